//! `daraja-sandbox`: the sandbox gateway as a program, on 127.0.0.1.

use std::time::Duration;

use clap::Parser;
use daraja_sandbox::{CONSUMER_KEY, CONSUMER_SECRET, Config, Sandbox};

/// A stateful fake of Safaricom's M-Pesa Daraja on 127.0.0.1, with test
/// controls under /_sandbox/.
#[derive(Debug, Parser)]
#[command(version)]
struct Args {
    /// The port to listen on (0 picks a free one).
    #[arg(long, default_value_t = 8090)]
    port: u16,
    /// The consumer key the token endpoint accepts.
    #[arg(long, default_value = CONSUMER_KEY)]
    consumer_key: String,
    /// The consumer secret the token endpoint accepts.
    #[arg(long, default_value = CONSUMER_SECRET)]
    consumer_secret: String,
    /// How long a token lives, in seconds.
    #[arg(long, default_value_t = 3600)]
    token_ttl: u64,
    /// How long before an asynchronous request's result is POSTed, in milliseconds.
    #[arg(long, default_value_t = 100)]
    result_delay_ms: u64,
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    pesa_sandbox::log_to_stdout("daraja_sandbox=info");
    let args = Args::parse();
    let config = Config {
        port: args.port,
        consumer_key: args.consumer_key,
        consumer_secret: args.consumer_secret,
        token_ttl: Duration::from_secs(args.token_ttl),
        result_delay: Duration::from_millis(args.result_delay_ms),
        ..Config::default()
    };
    let sandbox = Sandbox::start_with(config).await?;
    println!("daraja-sandbox listening on {}", sandbox.base_url());
    println!("consumer key:       {}", sandbox.consumer_key());
    println!("consumer secret:    {}", sandbox.consumer_secret());
    println!(
        "paybill / passkey:  {} / {}",
        daraja_sandbox::PAYBILL,
        daraja_sandbox::PASSKEY
    );
    println!(
        "business / initiator / password: {} / {} / {}",
        daraja_sandbox::BUSINESS,
        daraja_sandbox::INITIATOR,
        daraja_sandbox::INITIATOR_PASSWORD
    );
    println!(
        "controls:           {}/_sandbox/state (Ctrl-C to stop)",
        sandbox.base_url()
    );
    pesa_sandbox::stop_requested().await?;
    println!("stopping");
    sandbox.stop().await;
    Ok(())
}
