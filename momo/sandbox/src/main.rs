//! `mtn-momo-sandbox`: the sandbox gateway as a program, on 127.0.0.1.

use std::time::Duration;

use clap::Parser;
use momo::types::Product;
use momo_sandbox::{Config, Sandbox};

/// A stateful fake of MTN's Mobile Money Open API on 127.0.0.1, with test
/// controls under /_sandbox/.
#[derive(Debug, Parser)]
#[command(version)]
struct Args {
    /// The port to listen on (0 picks a free one).
    #[arg(long, default_value_t = 8091)]
    port: u16,
    /// Requests to pay from ordinary numbers succeed at once, as MTN's
    /// sandbox does, instead of waiting for POST /_sandbox/requests/{id}.
    #[arg(long)]
    auto_approve: bool,
    /// How long a token lives, in seconds.
    #[arg(long, default_value_t = 3600)]
    token_ttl: u64,
    /// How long before a payout is final, in milliseconds.
    #[arg(long, default_value_t = 50)]
    payout_delay_ms: u64,
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    pesa_sandbox::log_to_stdout("momo_sandbox=info");
    let args = Args::parse();
    let config = Config {
        port: args.port,
        auto_approve: args.auto_approve,
        token_ttl: Duration::from_secs(args.token_ttl),
        payout_delay: Duration::from_millis(args.payout_delay_ms),
        ..Config::default()
    };
    let sandbox = Sandbox::start_with(config).await?;
    println!("mtn-momo-sandbox listening on {}", sandbox.base_url());
    for product in [Product::Collection, Product::Disbursement, Product::Remittance] {
        println!("{product:<13} subscription key: {}", sandbox.subscription_key(product));
    }
    println!("target environment: sandbox, currency: {}", momo_sandbox::CURRENCY);
    println!("controls: {}/_sandbox/state (Ctrl-C to stop)", sandbox.base_url());
    pesa_sandbox::stop_requested().await?;
    println!("stopping");
    sandbox.stop().await;
    Ok(())
}
