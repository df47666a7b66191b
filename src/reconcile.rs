//! One payment per reference: a bill init or cash-in is sent once, and when
//! its outcome is unknown it is looked up by its merchant reference where
//! the API allows, never sent again.

use std::fmt;

use tokio::time::Instant;

use crate::client::Client;
use crate::error::{Error, Result};
use crate::retry::{self, Verdict};
use crate::types::MerchantReference;

impl Client {
    /// The result of a bill init that must not be repeated once it may have
    /// reached iHela. When its outcome is unknown, `find` is asked on the
    /// retry policy's schedule what was created under `merchant_reference`;
    /// when it finds nothing, the error is [`Error::OutcomeUnknown`].
    pub(crate) async fn sent_once_or_found<T, F>(
        &self,
        operation: &'static str,
        merchant_reference: &MerchantReference,
        result: Result<T>,
        find: impl FnMut() -> F,
    ) -> Result<T>
    where
        F: Future<Output = Result<Option<T>>>,
    {
        match settled(result) {
            Ok(settled) => settled,
            // Boxed: the lookups' state is large and rarely needed.
            Err(cause) => Box::pin(self.reconcile(operation, merchant_reference.as_str(), cause, find)).await,
        }
    }

    /// Looks up, on the retry policy's schedule, what an operation whose
    /// outcome is unknown (`cause`) may have created under `merchant_reference`.
    async fn reconcile<T, F>(
        &self,
        operation: &'static str,
        merchant_reference: &str,
        cause: Error,
        mut find: impl FnMut() -> F,
    ) -> Result<T>
    where
        F: Future<Output = Result<Option<T>>>,
    {
        tracing::warn!(operation, merchant_reference, error = %cause, "outcome unknown: looking the bill up by its merchant reference");
        let lookups = retry::run(&self.state().retry, Instant::now(), |_| {
            let lookup = find();
            async move {
                match lookup.await {
                    Ok(Some(found)) => Ok(found),
                    Ok(None) => Err((Lookup::NotFound, Verdict::Transient { retry_after: None })),
                    Err(error) => Err((Lookup::Failed(error), Verdict::Final)),
                }
            }
        });
        match lookups.await {
            Ok(found) => {
                tracing::info!(
                    operation,
                    merchant_reference,
                    "found the bill by its merchant reference"
                );
                Ok(found)
            }
            Err(Lookup::Failed(mismatch @ Error::Mismatch { .. })) => Err(mismatch),
            Err(lookup) => {
                tracing::error!(operation, merchant_reference, %lookup, "bill outcome unknown");
                Err(outcome_unknown(operation, merchant_reference, cause))
            }
        }
    }
}

/// The result of a request that must not be repeated once it may have
/// reached iHela and that the API cannot look up (a cash-in): an unknown
/// outcome is [`Error::OutcomeUnknown`].
pub(crate) fn sent_once<T>(
    operation: &'static str,
    merchant_reference: &MerchantReference,
    result: Result<T>,
) -> Result<T> {
    let cause = match settled(result) {
        Ok(settled) => return settled,
        Err(cause) => cause,
    };
    let merchant_reference = merchant_reference.as_str();
    tracing::error!(operation, merchant_reference, error = %cause, "outcome unknown: not sent again");
    Err(outcome_unknown(operation, merchant_reference, cause))
}

/// `Ok` with `result` when its outcome is settled (a success, or an error
/// that shows nothing was done); `Err` with the error when it may have been
/// carried out all the same.
fn settled<T>(result: Result<T>) -> std::result::Result<Result<T>, Error> {
    match result {
        Err(error) if error.leaves_outcome_unknown() => Err(error),
        settled => Ok(settled),
    }
}

fn outcome_unknown(operation: &'static str, merchant_reference: &str, cause: Error) -> Error {
    Error::OutcomeUnknown {
        operation,
        merchant_reference: merchant_reference.to_owned(),
        source: Box::new(cause),
    }
}

/// How one lookup of a bill by its reference ended, when it found nothing.
enum Lookup {
    NotFound,
    Failed(Error),
}

impl fmt::Display for Lookup {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Lookup::NotFound => f.write_str("no bill with this merchant reference (yet)"),
            Lookup::Failed(error) => write!(f, "the lookup failed: {error}"),
        }
    }
}
