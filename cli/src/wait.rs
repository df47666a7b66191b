//! `--wait`: a payment asked about until it settles or the wait ends,
//! backing off from 1 s to 10 s, with a spinner on a terminal.

use std::time::Duration;

use indicatif::{ProgressBar, ProgressStyle};

use crate::output::{Exit, Failure};

/// Where a payment stands, as one question about it answered.
pub enum Progress<T> {
    /// Not settled: its status, for the spinner.
    Pending(String),
    /// Settled as asked: what to show.
    Settled(T),
    /// Settled without the money moving.
    Failed(Failure),
}

/// Asks `ask` until it settles, or `limit` passes ([`Exit::Timeout`]).
///
/// # Errors
/// The payment's failure, `ask`'s, or the timeout naming `what`.
pub async fn until<T, F, Fut>(what: &str, limit: Duration, mut ask: F) -> Result<T, Failure>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<Progress<T>, Failure>>,
{
    let spinner = ProgressBar::new_spinner();
    spinner.set_style(
        ProgressStyle::with_template("{spinner} {msg} ({elapsed})")
            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );
    spinner.enable_steady_tick(Duration::from_millis(120));
    let started = tokio::time::Instant::now();
    let mut pause = Duration::from_secs(1);
    let outcome = loop {
        let status = match ask().await {
            Ok(Progress::Pending(status)) => status,
            Ok(Progress::Settled(shown)) => break Ok(shown),
            Ok(Progress::Failed(failure)) | Err(failure) => break Err(failure),
        };
        spinner.set_message(format!("{what} is {status}"));
        if started.elapsed() + pause > limit {
            break Err(Failure::new(
                Exit::Timeout,
                format!("{what} is still {status} after {} s", limit.as_secs()),
            ));
        }
        tokio::time::sleep(pause).await;
        pause = (pause * 2).min(Duration::from_secs(10));
    };
    spinner.finish_and_clear();
    outcome
}
