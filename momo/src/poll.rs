//! Waiting for a request to end when its callback does not come: MTN sends
//! one callback, once, with no retry (MTN-CB), so a merchant polls the
//! request's status, with backoff, until it is final or a deadline passes.

use std::future::Future;
use std::time::Duration;

use tokio::time::Instant;

use crate::error::Result;
use crate::outcome::Transaction;

/// How to poll: the first wait, doubling up to `max_interval`, until
/// `deadline` after the first look.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Polling {
    /// The wait before the second look (default 2 s).
    pub first_interval: Duration,
    /// The longest wait between looks (default 30 s).
    pub max_interval: Duration,
    /// How long to poll in all (default 6 minutes: MTN gives a customer 5
    /// to approve, `COULD_NOT_PERFORM_TRANSACTION` after).
    pub deadline: Duration,
}

impl Default for Polling {
    fn default() -> Self {
        Self {
            first_interval: Duration::from_secs(2),
            max_interval: Duration::from_secs(30),
            deadline: Duration::from_secs(360),
        }
    }
}

/// Looks the request up with `status` until it is final or `polling`'s
/// deadline passed, and returns what it last said: a final request, or a
/// pending one at the deadline (check [`Transaction::outcome`]). An error of
/// a look is returned at once: a transient one was already retried by the
/// client's policy.
///
/// ```no_run
/// # async fn run(collection: momo::Collection, reference: momo::ReferenceId) -> momo::Result<()> {
/// use momo::Transaction as _;
/// use momo::poll::{Polling, until_final};
///
/// let request = until_final(Polling::default(), || collection.request_to_pay_status(&reference)).await?;
/// if request.outcome().is_final() {
///     println!("{:?}", request.outcome());
/// }
/// # Ok(())
/// # }
/// ```
pub async fn until_final<T, F>(polling: Polling, status: impl Fn() -> F) -> Result<T>
where
    T: Transaction,
    F: Future<Output = Result<T>>,
{
    let started = Instant::now();
    let mut wait = polling.first_interval;
    loop {
        let request = status().await?;
        let left = polling.deadline.saturating_sub(started.elapsed());
        if request.outcome().is_final() || left.is_zero() {
            return Ok(request);
        }
        tokio::time::sleep(wait.min(left)).await;
        wait = (wait * 2).min(polling.max_interval);
    }
}
