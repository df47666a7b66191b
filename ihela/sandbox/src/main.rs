//! `ihela-sandbox`: the sandbox gateway as a program, on 127.0.0.1.

use std::time::Duration;

use clap::Parser;
use ihela::callback::SignatureKey;
use ihela_sandbox::{Config, DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, Sandbox};

/// A stateful fake iHela merchant gateway on 127.0.0.1, with test controls
/// under /_sandbox/.
#[derive(Debug, Parser)]
#[command(version)]
struct Args {
    /// The port to listen on (0 picks a free one).
    #[arg(long, default_value_t = 8089)]
    port: u16,
    /// The client id the token endpoint accepts.
    #[arg(long, default_value = DEFAULT_CLIENT_ID)]
    client_id: String,
    /// The client secret the token endpoint accepts.
    #[arg(long, default_value = DEFAULT_CLIENT_SECRET)]
    client_secret: String,
    /// Where to POST the bill callback when a bill is paid or fails.
    #[arg(long)]
    callback_url: Option<String>,
    /// How long a token lives, in seconds.
    #[arg(long, default_value_t = 3600)]
    token_ttl: u64,
    /// The key the banking and agent services' money-moving calls must be
    /// signed with (X-iHela-Signature); unchecked without one.
    #[arg(long)]
    signature_key: Option<String>,
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    pesa_sandbox::log_to_stdout("ihela_sandbox=info");
    let args = Args::parse();
    let config = Config {
        port: args.port,
        client_id: args.client_id,
        client_secret: args.client_secret,
        callback_url: args.callback_url,
        token_ttl: Duration::from_secs(args.token_ttl),
        signature_key: args.signature_key.map(SignatureKey::new),
        ..Config::default()
    };
    let sandbox = Sandbox::start_with(config).await?;
    println!("ihela-sandbox listening on {}", sandbox.base_url());
    println!("client id:     {}", sandbox.client_id());
    println!("client secret: {}", sandbox.client_secret());
    for agent in [false, true] {
        let user = sandbox.banking_user(agent);
        let role = if agent { "agent" } else { "partner" };
        println!(
            "{role:<8} {} / {} (client {} / {}), PIN {}, account {}",
            user.username, user.password, user.client_id, user.client_secret, user.pin, user.account
        );
    }
    println!("controls:      {}/_sandbox/state (Ctrl-C to stop)", sandbox.base_url());
    pesa_sandbox::stop_requested().await?;
    println!("stopping");
    sandbox.stop().await;
    Ok(())
}
