//! Measuring a [`Contender`]: latencies of calls made one after another,
//! calls per second with many in flight, and the process's peak memory.

use std::hint::black_box;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use crate::contenders::{Contender, Failure};

/// The latency of each of `calls` calls made one after another.
pub async fn sequential<C: Contender>(contender: &C, calls: usize) -> Result<Vec<Duration>, Failure> {
    let mut latencies = Vec::with_capacity(calls);
    for _ in 0..calls {
        let started = Instant::now();
        let read = contender.call().await?;
        latencies.push(started.elapsed());
        black_box(read);
    }
    Ok(latencies)
}

/// How long `calls` calls take with `concurrency` of them in flight: that
/// many tasks, each calling until the calls are used up.
pub async fn in_flight<C: Contender>(contender: &C, calls: usize, concurrency: usize) -> Result<Duration, Failure> {
    let started_calls = Arc::new(AtomicUsize::new(0));
    let started = Instant::now();
    let tasks: Vec<_> = (0..concurrency)
        .map(|_| {
            let contender = contender.clone();
            let started_calls = Arc::clone(&started_calls);
            tokio::spawn(async move {
                while started_calls.fetch_add(1, Ordering::Relaxed) < calls {
                    black_box(contender.call().await?);
                }
                Ok::<_, Failure>(())
            })
        })
        .collect();
    for task in tasks {
        task.await??;
    }
    Ok(started.elapsed())
}

/// The `p`-th percentile (0 to 100) of `samples`, which it sorts.
pub fn percentile(samples: &mut [Duration], p: f64) -> Duration {
    samples.sort_unstable();
    if samples.is_empty() {
        return Duration::ZERO;
    }
    let last = samples.len() - 1;
    // Rounded to the nearest rank; `p` is within 0..=100, so this is too.
    #[allow(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        clippy::cast_precision_loss
    )]
    let rank = ((p / 100.0) * last as f64).round() as usize;
    samples[rank.min(last)]
}

/// The median of `values`, which it sorts.
pub fn median(values: &mut [f64]) -> f64 {
    values.sort_unstable_by(f64::total_cmp);
    match values.len() {
        0 => f64::NAN,
        n if n % 2 == 1 => values[n / 2],
        n => f64::midpoint(values[n / 2 - 1], values[n / 2]),
    }
}

/// `n` as a float, for rates and ratios.
#[allow(clippy::cast_precision_loss)] // call counts and sizes are far below 2^52
pub fn count(n: usize) -> f64 {
    n as f64
}

/// This process's peak resident memory in KiB (`VmHWM`), where Linux tells.
pub fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|line| line.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}
