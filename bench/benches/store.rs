//! `cargo bench -p pesa-bench --bench store`: what keeping payments in a
//! store (`pesa-store`) costs, on the loopback gateway of the client bench.
//!
//! - **callbacks handled per second, 64 deliveries in flight**: MoMo's
//!   callback endpoint (`momo::callback::Callbacks::handle`), each
//!   delivery a new request to pay confirmed with the gateway's status and
//!   fulfilled, its decision kept in this process's memory (the default),
//!   or in a store: `pesa_store::Memory`, SQLite (a file), PostgreSQL
//!   (when `PESA_STORE_POSTGRES_URL` is set);
//! - **a cash-in's latency, journaled**: iHela's `cash_in`, one at a time,
//!   each under a new merchant reference, without a journal and with each
//!   store: the p50, and what the journal adds to it.
//!
//! Rounds alternate between the stores so that the machine's drift is
//! shared. Nothing fails on a number.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use clap::Parser;
use momo::callback::{CallbackKind, Callbacks, Durable};
use momo::pesa_store::{self, Store};
use pesa_bench::contenders::Failure;
use pesa_bench::contenders::momo::Momo;
use pesa_bench::gateway::{Gateway, RTP_STATUS};
use pesa_bench::measure::percentile;

#[derive(Parser)]
#[command(about = "what a payment store costs: callbacks per second and a journaled cash-in's latency")]
struct Args {
    /// Rounds per figure, alternating between the stores.
    #[arg(long, default_value_t = 5)]
    rounds: usize,
    /// Callback deliveries per store and round.
    #[arg(long, default_value_t = 4_000)]
    deliveries: usize,
    /// Deliveries in flight.
    #[arg(long, default_value_t = 64)]
    concurrency: usize,
    /// Cash-ins per store and round, one at a time.
    #[arg(long, default_value_t = 1_000)]
    cash_ins: usize,
    /// Passed by `cargo bench`; nothing to do.
    #[arg(long, hide = true)]
    bench: bool,
}

/// Where decisions and the journal are kept.
#[derive(Clone)]
struct Backend {
    name: &'static str,
    store: Option<Arc<dyn Store>>,
}

/// Every backend this machine has: none (the process's memory), the
/// in-memory store, SQLite in a temporary file, PostgreSQL when configured.
async fn backends(dir: &std::path::Path) -> Result<Vec<Backend>, Failure> {
    let mut backends = vec![
        Backend {
            name: "none (memory)",
            store: None,
        },
        Backend {
            name: "pesa_store::Memory",
            store: Some(Arc::new(pesa_store::Memory::default())),
        },
        Backend {
            name: "SQLite (file)",
            store: Some(Arc::new(pesa_store::Sqlite::open(dir.join("bench.sqlite")).await?)),
        },
    ];
    match std::env::var("PESA_STORE_POSTGRES_URL") {
        Ok(url) => {
            let schema = format!("bench_{}", std::process::id());
            let store = pesa_store::Postgres::connect_in_schema(&url, &schema, 16).await?;
            backends.push(Backend {
                name: "PostgreSQL",
                store: Some(Arc::new(store)),
            });
        }
        Err(_) => eprintln!("PostgreSQL skipped: PESA_STORE_POSTGRES_URL is not set"),
    }
    Ok(backends)
}

fn main() -> Result<(), Failure> {
    let args = Args::parse();
    let gateway = Gateway::start_on_own_thread()?;
    let dir = std::env::temp_dir().join(format!("pesa-bench-store-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    let measured = runtime.block_on(async {
        let backends = backends(&dir).await?;
        let rates = callbacks_per_second(&gateway, &backends, &args).await?;
        let latencies = cash_in_latencies(&gateway, &backends, &args).await?;
        Ok::<_, Failure>((backends, rates, latencies))
    });
    std::fs::remove_dir_all(&dir)?;
    let (backends, rates, latencies) = measured?;
    println!(
        "MoMo callbacks handled per second, {} in flight; iHela cash-in p50, one at a time",
        args.concurrency
    );
    println!(
        "{:<22} {:>14} {:>14} {:>14}",
        "store", "callbacks/s", "cash-in p50", "journal adds"
    );
    let unjournaled = latencies[0];
    for ((backend, rate), latency) in backends.iter().zip(rates).zip(latencies) {
        let added = latency.saturating_sub(unjournaled);
        println!(
            "{:<22} {:>14.0} {:>11.1} µs {:>11.1} µs",
            backend.name,
            rate,
            micros(latency),
            micros(added)
        );
    }
    Ok(())
}

/// For each backend, the median over the rounds of callbacks handled per
/// second.
async fn callbacks_per_second(gateway: &Gateway, backends: &[Backend], args: &Args) -> Result<Vec<f64>, Failure> {
    let collection = Momo::new(&gateway.base_url)?.collection();
    let mut rates = vec![Vec::new(); backends.len()];
    for round in 0..args.rounds {
        for (index, backend) in backends.iter().enumerate() {
            let fulfilled = Arc::new(AtomicUsize::new(0));
            let counter = fulfilled.clone();
            let callbacks = Callbacks::new(move |_settled| {
                counter.fetch_add(1, Ordering::Relaxed);
                async { Ok::<_, std::convert::Infallible>(()) }
            })
            .collection(collection.clone());
            let callbacks = match &backend.store {
                Some(store) => callbacks.store(Durable::new(
                    store.clone(),
                    format!("bench-{round}"),
                    Duration::from_secs(30),
                )),
                None => callbacks,
            };
            let elapsed = deliver(Arc::new(callbacks), args.deliveries, args.concurrency).await?;
            if fulfilled.load(Ordering::Relaxed) != args.deliveries {
                return Err(format!("{}: not every callback was fulfilled", backend.name).into());
            }
            #[allow(clippy::cast_precision_loss)] // thousands of deliveries
            rates[index].push(args.deliveries as f64 / elapsed.as_secs_f64());
        }
    }
    Ok(rates.into_iter().map(median).collect())
}

/// Delivers `deliveries` callbacks, each for a new request, `concurrency`
/// at a time; how long they took. A reply other than 200 is a failure.
async fn deliver(callbacks: Arc<Callbacks>, deliveries: usize, concurrency: usize) -> Result<Duration, Failure> {
    let next = Arc::new(AtomicUsize::new(0));
    let started = Instant::now();
    let tasks: Vec<_> = (0..concurrency)
        .map(|_| {
            let (callbacks, next) = (callbacks.clone(), next.clone());
            tokio::spawn(async move {
                while next.fetch_add(1, Ordering::Relaxed) < deliveries {
                    let reference = momo::ReferenceId::new();
                    let reply = callbacks
                        .handle(CallbackKind::RequestToPay, reference, RTP_STATUS.as_bytes())
                        .await;
                    if reply.status() != 200 {
                        return Err::<(), Failure>(format!("a delivery was answered {}", reply.status()).into());
                    }
                }
                Ok(())
            })
        })
        .collect();
    for task in tasks {
        task.await??;
    }
    Ok(started.elapsed())
}

/// For each backend, the p50 of cash-ins made one at a time, over every
/// round's calls.
async fn cash_in_latencies(gateway: &Gateway, backends: &[Backend], args: &Args) -> Result<Vec<Duration>, Failure> {
    let clients = backends
        .iter()
        .map(|backend| {
            let builder = ihela::Client::builder(ihela::Environment::Custom(gateway.base_url.clone()))
                .credentials("bench-client-id", "bench-client-secret");
            let builder = match &backend.store {
                Some(store) => builder.journal(store.clone()),
                None => builder,
            };
            builder.build()
        })
        .collect::<Result<Vec<_>, _>>()?;
    let mut latencies = vec![Vec::new(); backends.len()];
    let mut next = 0_u64;
    for _ in 0..args.rounds {
        for (index, client) in clients.iter().enumerate() {
            for _ in 0..args.cash_ins / args.rounds.max(1) {
                next += 1;
                let cash_in = ihela::gen1::CashIn::new(
                    "MF1-0001".parse()?,
                    "000001-01".parse()?,
                    ihela::Francs::new(20_000)?,
                    format!("BENCH-{}-{next}", std::process::id()).parse()?,
                    "Bench cash-in",
                );
                let started = Instant::now();
                client.cash_in(cash_in).await?;
                latencies[index].push(started.elapsed());
            }
        }
    }
    Ok(latencies
        .into_iter()
        .map(|mut samples| percentile(&mut samples, 50.0))
        .collect())
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values.get(values.len() / 2).copied().unwrap_or_default()
}

fn micros(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1e6
}
