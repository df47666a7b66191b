//! Nothing paid twice: a request that creates a payment or moves money is
//! sent once, under the caller's reference; when its outcome is unknown it
//! is looked up by that reference where the API allows it, never sent again.

use std::fmt;
use std::future::Future;

use tokio::time::Instant;

use crate::error::{Error, Provider};
use crate::retry::{self, RetryPolicy, Verdict};

/// The result of a request that must not be sent twice and that the API
/// lets the client look up: when its outcome is unknown, `find` is asked, on
/// `retry`'s schedule (a slow request may still be creating it), what was
/// created under `reference`. Found, it is the result; not found, or the
/// lookup failing, the error is [`Error::OutcomeUnknown`]. A lookup that
/// finds another payment under the reference ([`Error::Mismatch`]) is
/// returned as such.
pub async fn sent_once_or_found<T, P, F>(
    operation: &'static str,
    reference: &str,
    retry: &RetryPolicy,
    result: Result<T, Error<P>>,
    mut find: impl FnMut() -> F,
) -> Result<T, Error<P>>
where
    P: Provider,
    F: Future<Output = Result<Option<T>, Error<P>>>,
{
    let cause = match settled(result) {
        Ok(settled) => return settled,
        Err(cause) => cause,
    };
    tracing::warn!(operation, reference, error = %cause, "outcome unknown: looking it up by its reference");
    let lookups = retry::run(retry, Instant::now(), |_| {
        let lookup = find();
        async move {
            match lookup.await {
                Ok(Some(found)) => Ok(found),
                Ok(None) => Err((Lookup::NotFound, Verdict::Transient { retry_after: None })),
                Err(error) => Err((Lookup::Failed(error), Verdict::Final)),
            }
        }
    });
    // Boxed: the lookups' state is large and rarely needed.
    match Box::pin(lookups).await {
        Ok(found) => {
            tracing::info!(operation, reference, "found by its reference");
            Ok(found)
        }
        Err(Lookup::Failed(mismatch @ Error::Mismatch { .. })) => Err(mismatch),
        Err(lookup) => {
            tracing::error!(operation, reference, %lookup, "outcome unknown");
            Err(outcome_unknown(operation, reference, cause))
        }
    }
}

/// The result of a request that the API keys by the caller's `reference`
/// (MoMo's `X-Reference-Id`): a second request under it is refused as a
/// duplicate (`duplicate` says which errors are that refusal), never
/// carried out. So:
///
/// - a duplicate refusal means the request exists: `find` reads it, and
///   that is the result;
/// - a lost answer is reconciled first: `find` reads the request; found, it
///   is the result; not found (it never arrived, or is not visible yet),
///   `send` sends it again under the same reference, which cannot make a
///   second one;
/// - a request that never left, or a transient refusal, is sent again.
///
/// All on `retry`'s schedule; when it is spent with the outcome still
/// unknown, the error is [`Error::OutcomeUnknown`]. A lookup that finds
/// another request under the reference ([`Error::Mismatch`]) is returned as
/// such.
pub async fn sent_by_reference<T, P, S, F>(
    operation: &'static str,
    reference: &str,
    retry: &RetryPolicy,
    send: impl Fn() -> S,
    find: impl Fn() -> F,
    duplicate: impl Fn(&Error<P>) -> bool,
) -> Result<T, Error<P>>
where
    P: Provider,
    S: Future<Output = Result<T, Error<P>>>,
    F: Future<Output = Result<Option<T>, Error<P>>>,
{
    let (duplicate, find) = (&duplicate, &find);
    let attempts = retry::run(retry, Instant::now(), |attempt| {
        let sent = send();
        async move {
            let error = match sent.await {
                Ok(done) => return Ok(done),
                Err(error) => error,
            };
            let exists = duplicate(&error);
            if !exists && !error.leaves_outcome_unknown() {
                let never_left = matches!(&error, Error::Transport { source, .. } if source.is_connect());
                let verdict = if never_left || error.is_transient() {
                    Verdict::Transient { retry_after: None }
                } else {
                    Verdict::Final
                };
                return Err((error, verdict));
            }
            tracing::warn!(operation, reference, attempt, %error, "looking the request up by its reference");
            match find().await {
                Ok(Some(found)) => {
                    tracing::info!(operation, reference, "found by its reference");
                    Ok(found)
                }
                Err(mismatch @ Error::Mismatch { .. }) => Err((mismatch, Verdict::Final)),
                // Not there (yet): sent again under the same reference, which
                // the API refuses as a duplicate if the first one arrived.
                Ok(None) | Err(_) => Err((error, Verdict::Transient { retry_after: None })),
            }
        }
    });
    // Boxed: the attempts' state is large.
    match Box::pin(attempts).await {
        Ok(done) => Ok(done),
        Err(error) if error.leaves_outcome_unknown() || duplicate(&error) => {
            tracing::error!(operation, reference, %error, "outcome unknown");
            Err(outcome_unknown(operation, reference, error))
        }
        Err(error) => Err(error),
    }
}

/// The result of a request that must not be sent twice and that the API
/// cannot look up: an unknown outcome is [`Error::OutcomeUnknown`].
pub fn sent_once<T, P: Provider>(
    operation: &'static str,
    reference: &str,
    result: Result<T, Error<P>>,
) -> Result<T, Error<P>> {
    match settled(result) {
        Ok(settled) => settled,
        Err(cause) => {
            tracing::error!(operation, reference, error = %cause, "outcome unknown: not sent again");
            Err(outcome_unknown(operation, reference, cause))
        }
    }
}

/// `Ok` with `result` when its outcome is settled (a success, or an error
/// that shows nothing was done); `Err` with the error when it may have been
/// carried out all the same.
fn settled<T, P: Provider>(result: Result<T, Error<P>>) -> Result<Result<T, Error<P>>, Error<P>> {
    match result {
        Err(error) if error.leaves_outcome_unknown() => Err(error),
        settled => Ok(settled),
    }
}

fn outcome_unknown<P: Provider>(operation: &'static str, reference: &str, cause: Error<P>) -> Error<P> {
    Error::OutcomeUnknown {
        operation,
        reference: reference.to_owned(),
        source: Box::new(cause),
    }
}

/// How one lookup by reference ended, when it settled nothing.
enum Lookup<P: Provider> {
    NotFound,
    Failed(Error<P>),
}

impl<P: Provider> fmt::Display for Lookup<P> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Lookup::NotFound => f.write_str("nothing under this reference (yet)"),
            Lookup::Failed(error) => write!(f, "the lookup failed: {error}"),
        }
    }
}
