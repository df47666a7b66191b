//! # pesa-store
//!
//! What a merchant's side must remember so that nothing is paid twice across
//! restarts and replicas, behind one interface ([`Store`]):
//!
//! - **callback claims**: one replica wins a callback ([`Store::claim`]),
//!   settles it with the answer every other delivery then gets
//!   ([`Store::settle`]), or releases it ([`Store::release`]); a lease that
//!   expires because its holder died lets another replica take it over;
//! - **the payment journal**: the intent of a money-moving request recorded
//!   before it leaves ([`Store::record_intent`]), its outcome when known
//!   ([`Store::record_outcome`]), and what is still unknown
//!   ([`Store::unsettled`]) for a restarted process to reconcile.
//!
//! Implementations: [`Memory`] (one process: tests, scripts), [`Sqlite`]
//! (a file: one server, nothing to run) and [`Postgres`] (many replicas).

#![warn(missing_docs)]

mod memory;
mod once;
mod postgres;
mod sql;
mod sqlite;
pub mod testing;

use std::time::Duration;

use futures_util::future::BoxFuture;

use chrono::{DateTime, Utc};

pub use memory::Memory;
pub use once::{Decided, once};
pub use postgres::Postgres;
pub use sqlite::Sqlite;

/// Which payment a callback or journal entry is about: the provider
/// (`ihela`, `mpesa`, `momo`) and its key there (a bill code, a checkout
/// id, a reference).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Key {
    /// The provider, a namespace.
    pub provider: String,
    /// The payment's key at the provider.
    pub key: String,
}

impl Key {
    /// The payment `key` of `provider`.
    pub fn new(provider: impl Into<String>, key: impl Into<String>) -> Self {
        Self {
            provider: provider.into(),
            key: key.into(),
        }
    }
}

/// What claiming a callback gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Claim {
    /// This holder won it, until the lease ends: decide, then settle or release.
    Won,
    /// It was decided: the answer to give every delivery.
    Settled(Vec<u8>),
    /// Another holder is deciding it, its lease running.
    InProgress,
}

/// A journal entry: a money-moving request recorded before it left, and its
/// outcome once known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The provider and the caller's reference.
    pub key: Key,
    /// What was asked (amount, currency, party), as the client wrote it.
    pub intent: String,
    /// How it ended, once known.
    pub outcome: Option<String>,
    /// When the intent was recorded.
    pub recorded: DateTime<Utc>,
}

/// What recording an intent found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Recorded {
    /// Nothing was recorded under the key: the intent is, and the request may leave.
    New,
    /// An intent was recorded under the key before: the request may have
    /// been sent. Its entry, with its outcome if known.
    Before(Entry),
}

/// Why the store could not answer: the payment must then not be decided
/// (a callback gets an error status, so that the provider retries) nor
/// sent (money that cannot be journaled is not sent).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the payment store is unavailable: {0}")]
pub struct StoreError(String);

impl StoreError {
    /// An error with `reason`.
    pub fn new(reason: impl Into<String>) -> Self {
        Self(reason.into())
    }
}

/// The store of callback claims and the payment journal. Object-safe: a
/// handler or a client holds an `Arc<dyn Store>`, whichever it is.
pub trait Store: Send + Sync {
    /// Claims `key` for `holder` at `now`, for `lease`.
    fn claim<'a>(
        &'a self,
        key: &'a Key,
        holder: &'a str,
        lease: Duration,
        now: DateTime<Utc>,
    ) -> BoxFuture<'a, Result<Claim, StoreError>>;

    /// Records `answer` as the decision of `key`, which `holder` claimed.
    /// Returns false when `holder` no longer holds it (its lease ended and
    /// another took it over): its decision is then not recorded.
    fn settle<'a>(&'a self, key: &'a Key, holder: &'a str, answer: &'a [u8])
    -> BoxFuture<'a, Result<bool, StoreError>>;

    /// Gives `key` up undecided (a transient failure): the next delivery decides.
    fn release<'a>(&'a self, key: &'a Key, holder: &'a str) -> BoxFuture<'a, Result<(), StoreError>>;

    /// Records the intent of a request under `key` before it is sent,
    /// unless one is already recorded: then its entry (the request may have
    /// been sent: look it up before sending again).
    fn record_intent<'a>(
        &'a self,
        key: &'a Key,
        intent: &'a str,
        now: DateTime<Utc>,
    ) -> BoxFuture<'a, Result<Recorded, StoreError>>;

    /// Replaces the entry under `key` with a new `intent` whose outcome is
    /// unknown, if its outcome is still `was` (a refusal, after which the
    /// request may be sent again); false when it is not (another caller
    /// reopened or settled it first).
    fn reopen<'a>(
        &'a self,
        key: &'a Key,
        intent: &'a str,
        was: &'a str,
        now: DateTime<Utc>,
    ) -> BoxFuture<'a, Result<bool, StoreError>>;

    /// Records how the request under `key` ended.
    fn record_outcome<'a>(&'a self, key: &'a Key, outcome: &'a str) -> BoxFuture<'a, Result<(), StoreError>>;

    /// Every entry of `provider` whose outcome is not known, oldest first.
    fn unsettled<'a>(&'a self, provider: &'a str) -> BoxFuture<'a, Result<Vec<Entry>, StoreError>>;
}

/// `lease` after `now`.
fn until(now: DateTime<Utc>, lease: Duration) -> DateTime<Utc> {
    now + chrono::Duration::from_std(lease).unwrap_or(chrono::Duration::MAX)
}

#[cfg(test)]
pub(crate) mod contract {
    //! The behaviour every implementation must have, run against each.

    use super::*;

    fn at(seconds: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(1_780_000_000 + seconds, 0).unwrap()
    }

    const LEASE: Duration = Duration::from_secs(30);

    pub async fn claims(store: &impl Store) {
        let key = Key::new("momo", "ref-1");
        assert_eq!(store.claim(&key, "a", LEASE, at(0)).await.unwrap(), Claim::Won);
        assert_eq!(store.claim(&key, "b", LEASE, at(1)).await.unwrap(), Claim::InProgress);
        // The lease ends: b takes it over; a's late decision is refused.
        assert_eq!(store.claim(&key, "b", LEASE, at(31)).await.unwrap(), Claim::Won);
        assert!(!store.settle(&key, "a", b"late").await.unwrap());
        assert!(store.settle(&key, "b", b"ok").await.unwrap());
        assert_eq!(
            store.claim(&key, "c", LEASE, at(100)).await.unwrap(),
            Claim::Settled(b"ok".to_vec())
        );
        // Released undecided: the next delivery decides.
        let other = Key::new("momo", "ref-2");
        assert_eq!(store.claim(&other, "a", LEASE, at(0)).await.unwrap(), Claim::Won);
        store.release(&other, "a").await.unwrap();
        assert_eq!(store.claim(&other, "b", LEASE, at(1)).await.unwrap(), Claim::Won);
        // Namespaced by provider.
        let elsewhere = Key::new("mpesa", "ref-1");
        assert_eq!(store.claim(&elsewhere, "a", LEASE, at(0)).await.unwrap(), Claim::Won);
    }

    pub async fn journal(store: &impl Store) {
        let first = Key::new("momo", "ref-1");
        let second = Key::new("momo", "ref-2");
        let intent = "100 EUR to 256772123456";
        assert_eq!(store.record_intent(&first, intent, at(0)).await.unwrap(), Recorded::New);
        let before = Entry {
            key: first.clone(),
            intent: intent.to_owned(),
            outcome: None,
            recorded: at(0),
        };
        assert_eq!(
            store.record_intent(&first, "another", at(1)).await.unwrap(),
            Recorded::Before(before.clone())
        );
        assert_eq!(
            store.record_intent(&second, "5 EUR", at(2)).await.unwrap(),
            Recorded::New
        );
        let elsewhere = Key::new("ihela", "ref-1");
        assert_eq!(
            store.record_intent(&elsewhere, "10 BIF", at(3)).await.unwrap(),
            Recorded::New
        );
        let unsettled = store.unsettled("momo").await.unwrap();
        assert_eq!(
            unsettled,
            [
                before,
                Entry {
                    key: second.clone(),
                    intent: "5 EUR".to_owned(),
                    outcome: None,
                    recorded: at(2)
                }
            ]
        );
        store.record_outcome(&first, "accepted").await.unwrap();
        let unsettled = store.unsettled("momo").await.unwrap();
        assert_eq!(unsettled.len(), 1);
        assert_eq!(unsettled[0].key, second);
        let Recorded::Before(settled) = store.record_intent(&first, intent, at(4)).await.unwrap() else {
            panic!("recorded before");
        };
        assert_eq!(settled.outcome.as_deref(), Some("accepted"));
        // Reopened only from the outcome the caller saw.
        store.record_outcome(&second, "refused").await.unwrap();
        assert!(!store.reopen(&second, "5 EUR again", "accepted", at(5)).await.unwrap());
        assert!(store.reopen(&second, "5 EUR again", "refused", at(5)).await.unwrap());
        assert!(!store.reopen(&second, "5 EUR again", "refused", at(6)).await.unwrap());
        let unsettled = store.unsettled("momo").await.unwrap();
        assert_eq!(unsettled[0].intent, "5 EUR again");
        assert_eq!(unsettled[0].recorded, at(5));
    }
}
