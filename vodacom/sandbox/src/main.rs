//! `vodacom-sandbox`: the sandbox gateway as a program, on 127.0.0.1.

use std::time::Duration;

use clap::Parser;
use vodacom::Market;
use vodacom_sandbox::{Config, Sandbox};

/// A stateful fake of Vodacom's M-Pesa OpenAPI gateway (Tanzania, Ghana)
/// on 127.0.0.1, with test controls under /_sandbox/.
#[derive(Debug, Parser)]
#[command(version)]
struct Args {
    /// The port to listen on (0 picks a free one).
    #[arg(long, default_value_t = 8092)]
    port: u16,
    /// How long after it is opened a session becomes live, in milliseconds
    /// (the gateway says "up to 30 seconds").
    #[arg(long, default_value_t = 1000)]
    session_live_after_ms: u64,
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    pesa_sandbox::log_to_stdout("vodacom_sandbox=info");
    let args = Args::parse();
    let config = Config {
        port: args.port,
        session_live_after: Duration::from_millis(args.session_live_after_ms),
        ..Config::default()
    };
    let sandbox = Sandbox::start_with(config).await?;
    println!("vodacom-sandbox listening on {}", sandbox.base_url());
    for market in [Market::Tanzania, Market::Ghana] {
        let base_url = sandbox.environment(market).base_url();
        println!("{:<9} {base_url}", format!("{market:?}:"));
    }
    if let vodacom::mozambique::Environment::Custom { host, ports } = sandbox.mozambique_environment() {
        use vodacom::mozambique::paths;
        let operations = [
            (paths::C2B_PAYMENT, ports.c2b),
            (paths::B2C_PAYMENT, ports.b2c),
            (paths::B2B_PAYMENT, ports.b2b),
            (paths::REVERSAL, ports.reversal),
            (paths::QUERY_TRANSACTION_STATUS, ports.status),
        ];
        for (path, port) in operations {
            println!("Mozambique {path}: {host}:{port}");
        }
    }
    let (initiator, credential) = vodacom_sandbox::MOZAMBIQUE_INITIATOR;
    println!("Mozambique initiator: {initiator} / {credential}");
    println!("API key: {}", sandbox.api_key());
    println!("public key: {}", vodacom_sandbox::PUBLIC_KEY.trim());
    println!("service provider code: {}", vodacom_sandbox::SERVICE_PROVIDER_CODE);
    println!("controls: {}/_sandbox/state (Ctrl-C to stop)", sandbox.base_url());
    pesa_sandbox::stop_requested().await?;
    println!("stopping");
    sandbox.stop().await;
    Ok(())
}
