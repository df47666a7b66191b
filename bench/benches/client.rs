//! `cargo bench -p pesa-bench [-- --api daraja]`: an API's call through its
//! client (iHela's bank list through `ihela`, Daraja's STK query through
//! `daraja`) against the same call hand-written with reqwest (same
//! settings) and with hyper alone, on a loopback gateway in this process,
//! with the ratios from one run.
//!
//! - **sequential p50**: gateway and client on one thread, one call at a
//!   time: the CPU each call costs, both sides together;
//! - **calls/s, 64 in flight**: gateway and client on a thread each;
//! - **peak RSS and connections opened, 64 in flight**: each contender
//!   alone in a child process, from a new client;
//! - **token requests**: how many the client made, for 64 concurrent
//!   first calls and for the whole run;
//! - with `--instructions`: instructions per call under callgrind, which do
//!   not vary with what else the machine runs.
//!
//! Rounds alternate between the contenders so that the machine's drift is
//! shared. Nothing fails on a number.

use std::process::Command;
use std::time::Duration;

use clap::{Parser, ValueEnum};
use pesa_bench::contenders::{Api, Contenders, Failure, KINDS, Kind};
use pesa_bench::gateway::{BANKS, Gateway, RTP_STATUS, STK_QUERY};
use pesa_bench::measure::{self, count};

#[derive(Parser)]
#[command(about = "a client against a hand-written reqwest call and hyper, on loopback")]
struct Args {
    /// Which API's call to measure.
    #[arg(long, value_enum, default_value = "ihela")]
    api: Api,
    /// Rounds per figure, alternating between the contenders.
    #[arg(long, default_value_t = 10)]
    rounds: usize,
    /// Calls per contender and round, one at a time.
    #[arg(long, default_value_t = 3_000)]
    sequential_calls: usize,
    /// Calls per contender and round, `concurrency` in flight.
    #[arg(long, default_value_t = 10_000)]
    in_flight_calls: usize,
    /// Child processes per contender for the peak memory (the median is shown).
    #[arg(long, default_value_t = 3)]
    memory_runs: usize,
    /// Also count the instructions each call costs, client and gateway
    /// together, under valgrind's callgrind (slow; repeatable where timings
    /// are not, on a shared machine).
    #[arg(long)]
    instructions: bool,
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

/// One figure for each contender, in the order of [`KINDS`].
type Row = [f64; 3];

/// A row of figures and, where it was measured in rounds, client/reqwest in
/// each: the ratio shown is then their median (each round's contenders ran
/// back to back, so the machine's drift cancels out of it).
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

/// The token requests the client made.
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
    let (client, call) = match args.api {
        Api::Ihela => (
            "ihela",
            format!("GET list_banks (the list_banks_count fixture, {} bytes)", BANKS.len()),
        ),
        Api::Daraja => (
            "daraja",
            format!("POST stk_query (the stk_query_paid fixture, {} bytes)", STK_QUERY.len()),
        ),
        Api::Momo => (
            "momo",
            format!(
                "GET get_request_to_pay_status (the get_request_to_pay_status_successful fixture, {} bytes)",
                RTP_STATUS.len()
            ),
        ),
    };
    println!("{client} bench: {call} on loopback; {} rounds\n", args.rounds);
    let p50 = sequential_p50(&args)?;
    let (rates, tokens) = rates(&args)?;
    let (rss, connections) = alone(&args)?;
    let sizes = future_sizes(&args)?;
    println!(
        "{:<38}{:>12}{:>12}{:>12}{:>16}",
        "",
        "hyper",
        "reqwest",
        client,
        format!("{client}/reqwest")
    );
    print_row("sequential p50, one thread (µs)", &p50, 1);
    let in_flight = format!("calls/s, {} in flight, two threads", args.concurrency);
    print_row(&in_flight, &rates, 0);
    let memory = format!("peak RSS, {} in flight (KiB)", args.concurrency);
    print_row(&memory, &rss.into(), 0);
    let opened = format!("connections opened, {} in flight", args.concurrency);
    print_row(&opened, &connections.into(), 0);
    print_row("size of one call's future (bytes)", &sizes.into(), 0);
    if args.instructions {
        print_row(
            "instructions per call, sequential",
            &instructions(args.api, 1)?.into(),
            0,
        );
        let label = format!("instructions per call, {} in flight", args.concurrency);
        print_row(&label, &instructions(args.api, args.concurrency)?.into(), 0);
    }
    println!(
        "\ntoken requests by {client}: {} for its {} concurrent first calls, {} over its {} calls",
        tokens.first_calls,
        args.concurrency,
        tokens.all,
        args.concurrency + args.in_flight_calls * (args.rounds + 1)
    );
    Ok(())
}

/// Sequential p50 of each contender over all rounds, and client/reqwest per round.
fn sequential_p50(args: &Args) -> Result<Figure, Failure> {
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    runtime.block_on(async {
        let gateway = Gateway::start().await?;
        let contenders = Contenders::new(args.api, &gateway.base_url).await?;
        let mut all: [Vec<Duration>; 3] = Default::default();
        let mut round_ratios = Vec::new();
        for round in 0..=args.rounds {
            let mut p50 = [0.0; 3];
            for (i, kind) in in_turn(round) {
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

/// Median calls/s of each contender over the rounds, client/reqwest per
/// round, and the client's token requests.
fn rates(args: &Args) -> Result<(Figure, TokenRequests), Failure> {
    let gateway = Gateway::start_on_own_thread()?;
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    runtime.block_on(async {
        let contenders = Contenders::new(args.api, &gateway.base_url).await?;
        let before = gateway.token_requests();
        contenders
            .rate(Kind::Client, args.concurrency, args.concurrency)
            .await?;
        let first_calls = gateway.token_requests() - before;
        let mut rounds: [Vec<f64>; 3] = Default::default();
        let mut round_ratios = Vec::new();
        for round in 0..=args.rounds {
            let mut rate = [0.0; 3];
            for (i, kind) in in_turn(round) {
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

/// The contenders with their index in [`KINDS`], in the order they run in
/// `round`: forwards in even rounds, backwards in odd ones, so that none
/// always runs first or right after another.
fn in_turn(round: usize) -> impl Iterator<Item = (usize, Kind)> {
    let mut turn: Vec<_> = KINDS.into_iter().enumerate().collect();
    if round % 2 == 1 {
        turn.reverse();
    }
    turn.into_iter()
}

/// Each contender alone in child processes: its peak RSS and the
/// connections it opened (the medians of `memory_runs`, taken in turns).
fn alone(args: &Args) -> Result<(Row, Row), Failure> {
    let mut rss: [Vec<f64>; 3] = Default::default();
    let mut connections: [Vec<f64>; 3] = Default::default();
    for _ in 0..args.memory_runs {
        for (i, kind) in KINDS.into_iter().enumerate() {
            let name = kind.to_possible_value().expect("no variant is skipped");
            let output = Command::new(std::env::current_exe()?)
                .args(["--api", api_name(args.api)])
                .args(["--child", name.get_name()])
                .args(["--in-flight-calls", &args.in_flight_calls.to_string()])
                .args(["--concurrency", &args.concurrency.to_string()])
                .output()?;
            if !output.status.success() {
                let stderr = String::from_utf8_lossy(&output.stderr);
                return Err(format!("the {} child failed: {stderr}", name.get_name()).into());
            }
            let stdout = String::from_utf8_lossy(&output.stdout);
            let mut figures = stdout.split_whitespace().map(str::parse::<f64>);
            let (Some(Ok(peak)), Some(Ok(opened))) = (figures.next(), figures.next()) else {
                return Err(format!("the {} child printed {stdout:?}", name.get_name()).into());
            };
            rss[i].push(peak);
            connections[i].push(opened);
        }
    }
    let median = |runs: [Vec<f64>; 3]| runs.map(|mut runs| measure::median(&mut runs));
    Ok((median(rss), median(connections)))
}

/// Instructions per call of each contender alone, `concurrency` in flight,
/// counted by callgrind: the difference between a child making 3,000 calls
/// and one making 1,000, so that starting up cancels out.
fn instructions(api: Api, concurrency: usize) -> Result<Row, Failure> {
    let count_run = |kind: Kind, calls: usize| -> Result<f64, Failure> {
        let name = kind.to_possible_value().expect("no variant is skipped");
        let output = Command::new("valgrind")
            .args(["--tool=callgrind", "--callgrind-out-file=/dev/null"])
            .arg(std::env::current_exe()?)
            .args(["--api", api_name(api)])
            .args(["--child", name.get_name()])
            .args(["--in-flight-calls", &calls.to_string()])
            .args(["--concurrency", &concurrency.to_string()])
            .output()
            .map_err(|e| format!("valgrind (apt install valgrind): {e}"))?;
        let stderr = String::from_utf8_lossy(&output.stderr);
        let collected = stderr
            .lines()
            .find_map(|line| line.split("Collected :").nth(1))
            .ok_or_else(|| format!("no count from callgrind: {stderr}"))?;
        Ok(collected.trim().parse()?)
    };
    let mut row = [0.0; 3];
    for (figure, kind) in row.iter_mut().zip(KINDS) {
        *figure = (count_run(kind, 3_000)? - count_run(kind, 1_000)?) / 2_000.0;
    }
    Ok(row)
}

/// The size of each contender's call future: what is moved, and kept per
/// call in flight.
fn future_sizes(args: &Args) -> Result<Row, Failure> {
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    runtime.block_on(async {
        let gateway = Gateway::start().await?;
        let contenders = Contenders::new(args.api, &gateway.base_url).await?;
        Ok(KINDS.map(|kind| count(contenders.future_size(kind))))
    })
}

/// The name of `api` on the command line.
fn api_name(api: Api) -> &'static str {
    match api {
        Api::Ihela => "ihela",
        Api::Daraja => "daraja",
        Api::Momo => "momo",
    }
}

/// One contender alone: `in_flight_calls` calls in flight from a new
/// client; prints the peak RSS in KiB and the connections it opened.
fn child(kind: Kind, args: &Args) -> Result<(), Failure> {
    let gateway = Gateway::start_on_own_thread()?;
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    let connections = runtime.block_on(async {
        let contenders = Contenders::new(args.api, &gateway.base_url).await?;
        let before = gateway.connections();
        contenders.rate(kind, args.in_flight_calls, args.concurrency).await?;
        Ok::<_, Failure>(gateway.connections() - before)
    })?;
    let rss = measure::peak_rss_kib().ok_or("no VmHWM in /proc/self/status")?;
    println!("{rss} {connections}");
    Ok(())
}

fn print_row(label: &str, figure: &Figure, decimals: usize) {
    let [hyper, reqwest, client] = figure.row;
    let mut line = format!("{label:<38}{hyper:>12.decimals$}{reqwest:>12.decimals$}{client:>12.decimals$}");
    let mut ratios = figure.round_ratios.clone();
    if ratios.is_empty() {
        line.push_str(&format!("{:>16.2}", client / reqwest));
    } else {
        let low = ratios.iter().copied().fold(f64::INFINITY, f64::min);
        let high = ratios.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        let median = measure::median(&mut ratios);
        line.push_str(&format!("{median:>16.2}  (rounds {low:.2} – {high:.2})"));
    }
    println!("{line}");
}

fn micros(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1e6
}
