//! `cargo bench -p ihela-bench`: the bank list through `ihela` against the
//! same call hand-written with reqwest (same settings) and with hyper alone,
//! on a loopback gateway in this process, with the ratios from one run.
//!
//! - **sequential p50**: gateway and client on one thread, one call at a
//!   time: the CPU each call costs, both sides together;
//! - **calls/s, 64 in flight**: gateway and client on a thread each;
//! - **peak RSS, 64 in flight**: each contender alone in a child process;
//! - **token requests**: how many the ihela client made, for 64 concurrent
//!   first calls and for the whole run.
//!
//! Rounds alternate between the contenders so that the machine's drift is
//! shared. Nothing fails on a number.

use std::process::Command;
use std::time::Duration;

use clap::{Parser, ValueEnum};
use ihela_bench::contenders::{Contender, Failure, Ihela, RawHyper, RawReqwest};
use ihela_bench::gateway::{BANKS, Gateway, bearer_of_fixture};
use ihela_bench::measure::{self, in_flight, sequential};

#[derive(Parser)]
#[command(about = "ihela against a hand-written reqwest call and hyper, on loopback")]
struct Args {
    /// Rounds per figure, alternating between the contenders.
    #[arg(long, default_value_t = 5)]
    rounds: usize,
    /// Calls per contender and round, one at a time.
    #[arg(long, default_value_t = 5_000)]
    sequential_calls: usize,
    /// Calls per contender and round, `concurrency` in flight.
    #[arg(long, default_value_t = 20_000)]
    in_flight_calls: usize,
    /// Calls in flight.
    #[arg(long, default_value_t = 64)]
    concurrency: usize,
    /// Runs one contender alone and prints its peak memory (the bench runs
    /// itself this way).
    #[arg(long, value_enum, hide = true)]
    child: Option<Kind>,
    /// Passed by `cargo bench`; nothing to do.
    #[arg(long, hide = true)]
    bench: bool,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Kind {
    Hyper,
    Reqwest,
    Ihela,
}

const KINDS: [Kind; 3] = [Kind::Hyper, Kind::Reqwest, Kind::Ihela];

/// The three contenders, for one gateway.
struct Contenders {
    hyper: RawHyper,
    reqwest: RawReqwest,
    ihela: Ihela,
}

impl Contenders {
    async fn new(gateway: &Gateway) -> Result<Contenders, Failure> {
        Ok(Contenders {
            hyper: RawHyper::new(&gateway.base_url)?,
            reqwest: RawReqwest::connect(&gateway.base_url).await?,
            ihela: Ihela::new(&gateway.base_url)?,
        })
    }

    async fn sequential(&self, kind: Kind, calls: usize) -> Result<Vec<Duration>, Failure> {
        match kind {
            Kind::Hyper => sequential(&self.hyper, calls).await,
            Kind::Reqwest => sequential(&self.reqwest, calls).await,
            Kind::Ihela => sequential(&self.ihela, calls).await,
        }
    }

    /// Calls per second of `calls` calls, `concurrency` in flight.
    async fn rate(&self, kind: Kind, calls: usize, concurrency: usize) -> Result<f64, Failure> {
        let elapsed = match kind {
            Kind::Hyper => in_flight(&self.hyper, calls, concurrency).await,
            Kind::Reqwest => in_flight(&self.reqwest, calls, concurrency).await,
            Kind::Ihela => in_flight(&self.ihela, calls, concurrency).await,
        }?;
        Ok(count(calls) / elapsed.as_secs_f64())
    }
}

/// One figure for each contender, in the order of [`KINDS`].
type Row = [f64; 3];

/// A row of figures and, where it was measured in rounds, ihela/reqwest in each.
struct Figure {
    row: Row,
    round_ratios: Vec<f64>,
}

impl From<Row> for Figure {
    fn from(row: Row) -> Figure {
        Figure {
            row,
            round_ratios: Vec::new(),
        }
    }
}

/// The token requests the ihela client made.
struct TokenRequests {
    /// For its first `concurrency` calls, made at once.
    first_calls: usize,
    /// Over the whole run.
    all: usize,
}

fn main() -> Result<(), Failure> {
    let args = Args::parse();
    if let Some(kind) = args.child {
        return child(kind, &args);
    }
    println!(
        "ihela bench: GET list_banks (the list_banks_count fixture, {} bytes) on loopback; {} rounds\n",
        BANKS.len(),
        args.rounds
    );
    let p50 = sequential_p50(&args)?;
    let (rates, tokens) = rates(&args)?;
    let rss = peak_rss(&args)?;
    let sizes = future_sizes()?;
    println!(
        "{:<38}{:>12}{:>12}{:>12}{:>14}",
        "", "hyper", "reqwest", "ihela", "ihela/reqwest"
    );
    print_row("sequential p50, one thread (µs)", &p50, 1);
    let in_flight = format!("calls/s, {} in flight, two threads", args.concurrency);
    print_row(&in_flight, &rates, 0);
    let memory = format!("peak RSS, {} in flight (KiB)", args.concurrency);
    print_row(&memory, &rss.into(), 0);
    print_row("size of one call's future (bytes)", &sizes.into(), 0);
    println!(
        "\ntoken requests by ihela: {} for its {} concurrent first calls, {} over its {} calls",
        tokens.first_calls,
        args.concurrency,
        tokens.all,
        args.concurrency + args.in_flight_calls * (args.rounds + 1)
    );
    Ok(())
}

/// Sequential p50 of each contender over all rounds, and ihela/reqwest per round.
fn sequential_p50(args: &Args) -> Result<Figure, Failure> {
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    runtime.block_on(async {
        let gateway = Gateway::start().await?;
        let contenders = Contenders::new(&gateway).await?;
        let mut all: [Vec<Duration>; 3] = Default::default();
        let mut round_ratios = Vec::new();
        for round in 0..=args.rounds {
            let mut p50 = [0.0; 3];
            for (i, kind) in KINDS.into_iter().enumerate() {
                let mut latencies = contenders.sequential(kind, args.sequential_calls).await?;
                p50[i] = micros(measure::percentile(&mut latencies, 50.0));
                // Round 0 warms the connections and caches up; it is not counted.
                if round > 0 {
                    all[i].extend(latencies);
                }
            }
            if round > 0 {
                round_ratios.push(p50[2] / p50[1]);
            }
        }
        Ok(Figure {
            row: all.map(|mut latencies| micros(measure::percentile(&mut latencies, 50.0))),
            round_ratios,
        })
    })
}

/// Median calls/s of each contender over the rounds, ihela/reqwest per
/// round, and ihela's token requests.
fn rates(args: &Args) -> Result<(Figure, TokenRequests), Failure> {
    let gateway = Gateway::start_on_own_thread()?;
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    runtime.block_on(async {
        let contenders = Contenders::new(&gateway).await?;
        let before = gateway.token_requests();
        contenders.rate(Kind::Ihela, args.concurrency, args.concurrency).await?;
        let first_calls = gateway.token_requests() - before;
        let mut rounds: [Vec<f64>; 3] = Default::default();
        let mut round_ratios = Vec::new();
        for round in 0..=args.rounds {
            let mut rate = [0.0; 3];
            for (i, kind) in KINDS.into_iter().enumerate() {
                rate[i] = contenders.rate(kind, args.in_flight_calls, args.concurrency).await?;
            }
            // Round 0 warms up.
            if round > 0 {
                for (rounds, rate) in rounds.iter_mut().zip(rate) {
                    rounds.push(rate);
                }
                round_ratios.push(rate[2] / rate[1]);
            }
        }
        let figure = Figure {
            row: rounds.map(|mut rates| measure::median(&mut rates)),
            round_ratios,
        };
        let tokens = TokenRequests {
            first_calls,
            all: gateway.token_requests() - before,
        };
        Ok((figure, tokens))
    })
}

/// Each contender's peak RSS, measured alone in a child process.
fn peak_rss(args: &Args) -> Result<Row, Failure> {
    let mut row = [0.0; 3];
    for (i, kind) in KINDS.into_iter().enumerate() {
        let name = kind.to_possible_value().expect("no variant is skipped");
        let output = Command::new(std::env::current_exe()?)
            .args(["--child", name.get_name()])
            .args(["--in-flight-calls", &args.in_flight_calls.to_string()])
            .args(["--concurrency", &args.concurrency.to_string()])
            .output()?;
        if !output.status.success() {
            let stderr = String::from_utf8_lossy(&output.stderr);
            return Err(format!("the {} child failed: {stderr}", name.get_name()).into());
        }
        row[i] = String::from_utf8_lossy(&output.stdout).trim().parse()?;
    }
    Ok(row)
}

/// The size of each contender's call future: what is moved, and kept per
/// call in flight.
fn future_sizes() -> Result<Row, Failure> {
    fn size<C: Contender>(contender: &C) -> f64 {
        count(std::mem::size_of_val(&contender.list_banks()))
    }
    let base_url = "http://127.0.0.1:9";
    let reqwest = RawReqwest::new(base_url, bearer_of_fixture())?;
    Ok([
        size(&RawHyper::new(base_url)?),
        size(&reqwest),
        size(&Ihela::new(base_url)?),
    ])
}

/// One contender alone: a warm-up, then `in_flight_calls` calls in flight;
/// prints the peak RSS in KiB.
fn child(kind: Kind, args: &Args) -> Result<(), Failure> {
    let gateway = Gateway::start_on_own_thread()?;
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    runtime.block_on(async {
        let contenders = Contenders::new(&gateway).await?;
        contenders.rate(kind, args.in_flight_calls, args.concurrency).await?;
        Ok::<_, Failure>(())
    })?;
    let rss = measure::peak_rss_kib().ok_or("no VmHWM in /proc/self/status")?;
    println!("{rss}");
    Ok(())
}

fn print_row(label: &str, figure: &Figure, decimals: usize) {
    let [hyper, reqwest, ihela] = figure.row;
    let mut line = format!("{label:<38}{hyper:>12.decimals$}{reqwest:>12.decimals$}{ihela:>12.decimals$}");
    line.push_str(&format!("{:>14.2}", ihela / reqwest));
    let ratios = &figure.round_ratios;
    if let (Some(low), Some(high)) = (
        ratios.iter().copied().reduce(f64::min),
        ratios.iter().copied().reduce(f64::max),
    ) {
        line.push_str(&format!("  (rounds {low:.2} – {high:.2})"));
    }
    println!("{line}");
}

fn micros(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1e6
}

#[allow(clippy::cast_precision_loss)] // call counts and sizes are far below 2^52
fn count(n: usize) -> f64 {
    n as f64
}
