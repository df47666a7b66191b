//! `against`: an API's measured call through its client against a gateway
//! running elsewhere (the sandbox binary, for `bench/peers.sh`), one call at
//! a time and many in flight: iHela's bank list through `ihela`,
//! Daraja's STK query of a paid push through `daraja`, or MoMo's collection
//! balance through `momo`. Prints one line per
//! figure: `<client> <mode> <calls/s> <p50 µs>` (`-` where a figure does
//! not apply).

use clap::Parser;
use pesa_bench::contenders::daraja::Daraja;
use pesa_bench::contenders::ihela::Ihela;
use pesa_bench::contenders::momo::Momo;
use pesa_bench::contenders::{Api, Contender, Failure};
use pesa_bench::measure::{self, in_flight, sequential};

#[derive(Parser)]
#[command(about = "a client's measured call against a running gateway")]
struct Args {
    /// Which API's call.
    #[arg(long, value_enum, default_value = "ihela")]
    api: Api,
    /// The gateway's base URL.
    #[arg(long)]
    url: String,
    /// Its client id (iHela), consumer key (Daraja) or API user (MoMo).
    #[arg(long, default_value = "sandbox-client-id")]
    client_id: String,
    /// Its client secret (iHela), consumer secret (Daraja) or API key (MoMo).
    #[arg(long, default_value = "sandbox-client-secret")]
    client_secret: String,
    /// Daraja: the paid push to query.
    #[arg(long, default_value = "")]
    checkout: String,
    /// MoMo: the collection subscription key.
    #[arg(long, default_value = "")]
    subscription_key: String,
    /// Daraja: the gateway's certificate (PEM).
    #[arg(long)]
    certificate: Option<std::path::PathBuf>,
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
        match args.api {
            Api::Ihela => {
                let client = Ihela::with_credentials(&args.url, &args.client_id, &args.client_secret)?;
                measure_client("ihela", &client, &args).await
            }
            Api::Daraja => {
                let pem = match &args.certificate {
                    Some(path) => std::fs::read_to_string(path)?,
                    None => return Err("--certificate is needed for Daraja".into()),
                };
                let certificate = daraja::Certificate::from_pem(&pem)?;
                let client = Daraja::with_credentials(
                    &args.url,
                    certificate,
                    &args.client_id,
                    &args.client_secret,
                    &args.checkout,
                )?;
                measure_client("daraja", &client, &args).await
            }
            Api::Momo => {
                let client = Momo::with_credentials(
                    &args.url,
                    &args.subscription_key,
                    &args.client_id,
                    &args.client_secret,
                    None,
                )?;
                measure_client("momo", &client, &args).await
            }
        }
    })
}

/// Both figures of `client`, printed under `name`.
async fn measure_client<C: Contender>(name: &str, client: &C, args: &Args) -> Result<(), Failure> {
    // Warm-up: the token and the connections.
    in_flight(client, args.concurrency * 4, args.concurrency).await?;
    let started = std::time::Instant::now();
    let mut latencies = sequential(client, args.calls).await?;
    let rate = measure::count(args.calls) / started.elapsed().as_secs_f64();
    let p50 = measure::percentile(&mut latencies, 50.0).as_secs_f64() * 1e6;
    println!("{name} sequential {rate:.0} {p50:.0}");
    let elapsed = in_flight(client, args.calls * 4, args.concurrency).await?;
    let rate = measure::count(args.calls * 4) / elapsed.as_secs_f64();
    println!("{name} in-flight-{} {rate:.0} -", args.concurrency);
    Ok(())
}
