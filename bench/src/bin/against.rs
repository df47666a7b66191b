//! `against`: the bank list through `ihela` against a gateway running
//! elsewhere (the sandbox binary, for `bench/peers.sh`), one call at a time
//! and many in flight. Prints one line per figure:
//! `ihela <mode> <calls/s> <p50 µs>` (`-` where a figure does not apply).

use clap::Parser;
use ihela_bench::contenders::{Failure, Ihela};
use ihela_bench::measure::{self, in_flight, sequential};

#[derive(Parser)]
#[command(about = "ihela's list_banks against a running gateway")]
struct Args {
    /// The gateway's base URL.
    #[arg(long)]
    url: String,
    /// Its client id.
    #[arg(long, default_value = "sandbox-client-id")]
    client_id: String,
    /// Its client secret.
    #[arg(long, default_value = "sandbox-client-secret")]
    client_secret: String,
    /// Calls per figure.
    #[arg(long, default_value_t = 2_000)]
    calls: usize,
    /// Calls in flight for the second figure.
    #[arg(long, default_value_t = 64)]
    concurrency: usize,
}

fn main() -> Result<(), Failure> {
    let args = Args::parse();
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    runtime.block_on(async {
        let client = Ihela::with_credentials(&args.url, &args.client_id, &args.client_secret)?;
        // Warm-up: the token and the connections.
        in_flight(&client, args.concurrency * 4, args.concurrency).await?;
        let started = std::time::Instant::now();
        let mut latencies = sequential(&client, args.calls).await?;
        let rate = measure::count(args.calls) / started.elapsed().as_secs_f64();
        let p50 = measure::percentile(&mut latencies, 50.0).as_secs_f64() * 1e6;
        println!("ihela sequential {rate:.0} {p50:.0}");
        let elapsed = in_flight(&client, args.calls * 4, args.concurrency).await?;
        let rate = measure::count(args.calls * 4) / elapsed.as_secs_f64();
        println!("ihela in-flight-{} {rate:.0} -", args.concurrency);
        Ok(())
    })
}
