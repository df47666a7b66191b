//! Retrying what is safe to repeat: exponential backoff with jitter, capped in
//! attempts and in total time, and `Retry-After` honoured.
//!
//! Which failures are worth another attempt is decided by the call path
//! (`call.rs`); this module only decides when, and whether the budget allows it.

use std::fmt;
use std::future::Future;
use std::time::Duration;

use reqwest::header::{HeaderMap, RETRY_AFTER};
use tokio::time::Instant;

/// How a client retries the calls that are safe to repeat: reads, status
/// checks and token calls (an operation the spec marks safe to repeat). A call
/// that creates something or moves money is never repeated once it may have
/// reached the gateway (see [`Error::OutcomeUnknown`](crate::Error::OutcomeUnknown)).
///
/// The wait before retry `n` (1-based) is drawn between half and all of
/// `initial_backoff × 2ⁿ⁻¹`, capped at `max_backoff`; a longer `Retry-After`
/// from the gateway wins. No retry starts once `max_attempts` attempts were
/// made, or when its wait would end past `max_elapsed` since the first one.
#[derive(Debug, Clone, PartialEq, Eq)]
#[must_use = "a retry policy does nothing until given to `ClientBuilder::retry`"]
pub struct RetryPolicy {
    max_attempts: u32,
    initial_backoff: Duration,
    max_backoff: Duration,
    max_elapsed: Duration,
}

impl Default for RetryPolicy {
    /// 4 attempts, 200 ms doubling to at most 5 s, within 30 s in all.
    fn default() -> Self {
        Self {
            max_attempts: 4,
            initial_backoff: Duration::from_millis(200),
            max_backoff: Duration::from_secs(5),
            max_elapsed: Duration::from_secs(30),
        }
    }
}

impl RetryPolicy {
    /// No retries: every call is attempted once.
    pub fn none() -> Self {
        Self {
            max_attempts: 1,
            ..Self::default()
        }
    }

    /// At most `attempts` attempts per call, the first included (at least 1).
    pub fn max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = attempts.max(1);
        self
    }

    /// The wait before the first retry, doubling up to `max` for later ones.
    pub fn backoff(mut self, initial: Duration, max: Duration) -> Self {
        self.initial_backoff = initial;
        self.max_backoff = max.max(initial);
        self
    }

    /// No retry starts when it would end later than this after the first attempt.
    pub fn max_elapsed(mut self, total: Duration) -> Self {
        self.max_elapsed = total;
        self
    }

    /// The wait before retry `retry` (1-based), given the server's `Retry-After`.
    fn wait(&self, retry: u32, retry_after: Option<Duration>) -> Duration {
        let exponent = retry.saturating_sub(1).min(31);
        let ceiling = self.initial_backoff.saturating_mul(1 << exponent).min(self.max_backoff);
        // Equal jitter: half fixed, half random, so that clients that failed
        // together do not retry together.
        let half = ceiling / 2;
        let jittered = half + half.mul_f64(fastrand::f64());
        jittered.max(retry_after.unwrap_or_default())
    }
}

/// What a failed attempt means for the next one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Verdict {
    /// Not worth repeating (or not safe to).
    Final,
    /// Worth repeating, after at least `retry_after` when the server said so.
    Transient {
        /// The server's `Retry-After`, when it sent one.
        retry_after: Option<Duration>,
    },
}

/// Runs `attempt` (given its 1-based number) until it succeeds, fails for
/// good, or the policy's budget is spent, counted from `started` (when the
/// first attempt starts); returns the last outcome.
pub(crate) async fn run<T, E, F, Fut>(policy: &RetryPolicy, started: Instant, mut attempt: F) -> Result<T, E>
where
    E: fmt::Display,
    F: FnMut(u32) -> Fut,
    Fut: Future<Output = Result<T, (E, Verdict)>>,
{
    let mut number = 1;
    loop {
        let (error, retry_after) = match attempt(number).await {
            Ok(value) => return Ok(value),
            Err((error, Verdict::Final)) => return Err(error),
            Err((error, Verdict::Transient { retry_after })) => (error, retry_after),
        };
        if number >= policy.max_attempts {
            return Err(error);
        }
        let wait = policy.wait(number, retry_after);
        if started.elapsed() + wait > policy.max_elapsed {
            tracing::debug!(attempt = number, wait_ms = millis(wait), "no time left to retry");
            return Err(error);
        }
        tracing::info!(attempt = number, wait_ms = millis(wait), %error, "transient failure; retrying");
        tokio::time::sleep(wait).await;
        number += 1;
    }
}

/// A duration in whole milliseconds, for log fields.
pub(crate) fn millis(duration: Duration) -> u64 {
    u64::try_from(duration.as_millis()).unwrap_or(u64::MAX)
}

/// The `Retry-After` of an answer: delay-seconds or an HTTP date, in any of
/// the three forms RFC 9110 accepts (IMF-fixdate, RFC 850, asctime).
pub(crate) fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let value = headers.get(RETRY_AFTER)?.to_str().ok()?.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let date = httpdate::parse_http_date(value).ok()?;
    Some(date.duration_since(std::time::SystemTime::now()).unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicU32, Ordering};

    use reqwest::header::HeaderValue;

    use super::*;

    fn headers(value: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(RETRY_AFTER, HeaderValue::from_str(value).unwrap());
        headers
    }

    #[test]
    fn retry_after_reads_seconds_and_dates() {
        assert_eq!(retry_after(&headers("7")), Some(Duration::from_secs(7)));
        assert_eq!(
            retry_after(&headers("Wed, 21 Oct 2015 07:28:00 GMT")),
            Some(Duration::ZERO)
        );
        for past in ["Sunday, 06-Nov-94 08:49:37 GMT", "Sun Nov  6 08:49:37 1994"] {
            assert_eq!(retry_after(&headers(past)), Some(Duration::ZERO), "{past}");
        }
        let soon = httpdate::fmt_http_date(std::time::SystemTime::now() + Duration::from_secs(120));
        let wait = retry_after(&headers(&soon)).unwrap();
        assert!(
            wait > Duration::from_secs(100) && wait <= Duration::from_secs(120),
            "{wait:?}"
        );
        assert_eq!(retry_after(&headers("soon")), None);
        assert_eq!(retry_after(&HeaderMap::new()), None);
    }

    #[test]
    fn waits_double_with_jitter_up_to_the_cap_and_yield_to_retry_after() {
        let policy = RetryPolicy::default().backoff(Duration::from_millis(100), Duration::from_millis(400));
        for _ in 0..100 {
            let first = policy.wait(1, None);
            assert!((50..=100).contains(&first.as_millis()), "{first:?}");
            let second = policy.wait(2, None);
            assert!((100..=200).contains(&second.as_millis()), "{second:?}");
            let capped = policy.wait(30, None);
            assert!((200..=400).contains(&capped.as_millis()), "{capped:?}");
        }
        assert_eq!(policy.wait(1, Some(Duration::from_secs(3))), Duration::from_secs(3));
    }

    async fn count_attempts(policy: &RetryPolicy, verdict: Verdict) -> (Result<(), String>, u32) {
        let attempts = AtomicU32::new(0);
        let result = run(policy, Instant::now(), |_| {
            attempts.fetch_add(1, Ordering::Relaxed);
            async move { Err::<(), _>(("failed".to_owned(), verdict)) }
        })
        .await;
        (result, attempts.load(Ordering::Relaxed))
    }

    #[tokio::test(start_paused = true)]
    async fn attempts_and_total_time_are_capped() {
        let transient = Verdict::Transient { retry_after: None };
        let policy = RetryPolicy::default().max_attempts(3);
        assert_eq!(count_attempts(&policy, transient).await, (Err("failed".into()), 3));
        assert_eq!(count_attempts(&policy, Verdict::Final).await.1, 1);
        assert_eq!(count_attempts(&RetryPolicy::none(), transient).await.1, 1);
        let long_wait = Verdict::Transient {
            retry_after: Some(Duration::from_secs(60)),
        };
        assert_eq!(count_attempts(&RetryPolicy::default(), long_wait).await.1, 1);
    }

    #[tokio::test(start_paused = true)]
    async fn a_retry_after_is_waited_out_before_the_next_attempt() {
        let started = Instant::now();
        let verdict = Verdict::Transient {
            retry_after: Some(Duration::from_secs(7)),
        };
        let policy = RetryPolicy::default().max_attempts(2);
        assert_eq!(count_attempts(&policy, verdict).await.1, 2);
        assert_eq!(started.elapsed(), Duration::from_secs(7));
    }
}
