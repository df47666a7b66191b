//! What every callback endpoint shares: the merchant's closures run so that
//! their failure (an error or a panic) is an answer and not a crash
//! ([`catching`]), and the answers decided for a payment remembered, so that
//! a callback delivered again (even concurrently) gets the same answer and
//! the merchant's closure runs once ([`Remembered`]).
//!
//! The memory is per process and bounded: the merchant's own store must
//! still record a payment once (a unique key).

use std::fmt;
use std::hash::Hash;
use std::num::NonZeroUsize;
use std::panic::AssertUnwindSafe;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use futures_util::FutureExt;
use futures_util::future::BoxFuture;
use lru::LruCache;
use tokio::sync::OnceCell;

use crate::error::CallbackError;

/// How many payments' answers a handler remembers by default.
pub const DEFAULT_REMEMBERED_ANSWERS: usize = 10_000;

/// The largest callback body accepted. The contracts' bodies are at most a
/// few kilobytes; anything much larger is refused before it is parsed.
pub const MAX_CALLBACK_BODY: usize = 64 * 1024;

/// Decodes a callback body as `T`, within [`MAX_CALLBACK_BODY`]; a refusal
/// names the path of the field that is wrong (`Body.stkCallback.ResultCode`).
///
/// # Errors
/// [`CallbackError::Empty`], [`CallbackError::TooLarge`] or
/// [`CallbackError::Malformed`].
pub fn decode<T: serde::de::DeserializeOwned>(body: &[u8]) -> Result<T, CallbackError> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Err(CallbackError::Empty);
    }
    if body.len() > MAX_CALLBACK_BODY {
        return Err(CallbackError::TooLarge {
            size: body.len(),
            limit: MAX_CALLBACK_BODY,
        });
    }
    let mut decoder = serde_json::Deserializer::from_slice(body);
    let value = serde_path_to_error::deserialize(&mut decoder).map_err(|e| CallbackError::Malformed(e.to_string()))?;
    decoder.end().map_err(|e| CallbackError::Malformed(e.to_string()))?;
    Ok(value)
}

/// An error of a merchant's closure: the payment cannot be decided now
/// (database down…). The handler answers with an error status, so that the
/// provider delivers again.
pub type MerchantError = Box<dyn std::error::Error + Send + Sync>;

/// What one of the merchant's closures gave, its error or panic as a reason.
pub async fn catching<T>(answer: BoxFuture<'static, Result<T, MerchantError>>) -> Result<T, String> {
    match AssertUnwindSafe(answer).catch_unwind().await {
        Ok(Ok(value)) => Ok(value),
        Ok(Err(error)) => Err(error.to_string()),
        Err(_panic) => Err("it panicked".to_owned()),
    }
}

/// Why a durable store gave no answer for a delivery.
#[derive(Debug)]
pub enum Busy {
    /// Another delivery (in this process or another replica) is deciding it.
    InProgress,
    /// The store could not be asked: nothing was decided.
    Unavailable(pesa_store::StoreError),
}

/// A store every replica of a merchant shares and that outlives restarts
/// (`pesa_store::Sqlite` for one server, `pesa_store::Postgres` for many),
/// holding a callback handler's decided answers: a callback is fulfilled
/// once across replicas and restarts. Give it to the handler's `store`.
#[derive(Clone)]
pub struct Durable {
    store: Arc<dyn pesa_store::Store>,
    holder: String,
    lease: std::time::Duration,
    now: fn() -> chrono::DateTime<chrono::Utc>,
}

impl fmt::Debug for Durable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Durable")
            .field("holder", &self.holder)
            .field("lease", &self.lease)
            .finish_non_exhaustive()
    }
}

impl Durable {
    /// Decisions in `store`, claimed as `holder` (this process's name among
    /// the replicas). A claim lapses after `lease`, for another replica to
    /// take it over if this one died: make it longer than a decision (the
    /// provider's confirmation and your closure) ever takes.
    pub fn new(store: Arc<dyn pesa_store::Store>, holder: impl Into<String>, lease: std::time::Duration) -> Self {
        Self {
            store,
            holder: holder.into(),
            lease,
            now: chrono::Utc::now,
        }
    }

    /// Claims made by the clock `now` instead of the system's (tests).
    #[must_use]
    pub fn clock(mut self, now: fn() -> chrono::DateTime<chrono::Utc>) -> Self {
        self.now = now;
        self
    }
}

/// Where a handler keeps the answers it decided: this process's memory
/// ([`Remembered`]), or a [`Durable`] store, under the provider's namespace.
pub enum Decisions<K, V> {
    /// In memory: what one process needs.
    Memory(Remembered<K, V>),
    /// In a shared store, under `provider`'s namespace (`momo`).
    Durable(Durable, &'static str),
}

impl<K, V> fmt::Debug for Decisions<K, V>
where
    K: Hash + Eq,
{
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Decisions::Memory(memory) => f.debug_tuple("Memory").field(memory).finish(),
            Decisions::Durable(durable, provider) => f.debug_tuple("Durable").field(durable).field(provider).finish(),
        }
    }
}

impl<K, V> Decisions<K, V>
where
    K: Hash + Eq + Clone + fmt::Display,
    V: Clone + serde::Serialize + serde::de::DeserializeOwned,
{
    /// The answer decided for `key`, or `decide`'s, decided once (see
    /// [`Remembered::once`]; in a store, once across replicas and
    /// restarts). When the store has no answer to give, `busy` says what
    /// to answer instead (so that the provider delivers again).
    pub async fn once<F, Fut, U>(&self, key: &K, decide: F, busy: impl FnOnce(Busy) -> U) -> Result<V, U>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<V, U>>,
    {
        let (durable, provider) = match self {
            Decisions::Memory(memory) => return memory.once(key, decide).await,
            Decisions::Durable(durable, provider) => (durable, provider),
        };
        let Durable {
            store,
            holder,
            lease,
            now,
        } = durable;
        let stored = pesa_store::Key::new(*provider, key.to_string());
        let decided = pesa_store::once(&**store, &stored, holder, *lease, now(), || async {
            let answer = decide().await?;
            Ok(serde_json::to_vec(&answer).unwrap_or_default())
        })
        .await;
        match decided {
            pesa_store::Decided::Answer(bytes) => serde_json::from_slice(&bytes)
                .map_err(|e| busy(Busy::Unavailable(pesa_store::StoreError::new(e.to_string())))),
            pesa_store::Decided::Failed(undecided) => Err(undecided),
            pesa_store::Decided::InProgress => Err(busy(Busy::InProgress)),
            pesa_store::Decided::Unavailable(error) => Err(busy(Busy::Unavailable(error))),
        }
    }
}

/// An HTTP status as its number, for a reply kept in a store
/// (`#[serde(with = "pesa_core::callback::status_code")]`).
pub mod status_code {
    use reqwest::StatusCode;
    use serde::{Deserialize, Deserializer, Serializer};

    /// The status as its number.
    pub fn serialize<S: Serializer>(status: &StatusCode, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u16(status.as_u16())
    }

    /// The status from its number.
    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<StatusCode, D::Error> {
        StatusCode::from_u16(u16::deserialize(deserializer)?).map_err(serde::de::Error::custom)
    }
}

type Cells<K, V> = LruCache<K, Arc<OnceCell<V>>>;

/// The answers decided for the last payments, by key (a bill code, a
/// checkout request id): each is decided once, however many deliveries
/// arrive, and only decided answers are kept.
pub struct Remembered<K, V> {
    cells: Option<Mutex<Cells<K, V>>>,
}

impl<K: Hash + Eq, V> fmt::Debug for Remembered<K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let capacity = self.cells.as_ref().map(|cells| lock(cells).cap().get());
        f.debug_struct("Remembered").field("capacity", &capacity).finish()
    }
}

impl<K: Hash + Eq + Clone, V: Clone> Remembered<K, V> {
    /// A memory of the last `payments` decided answers; `0` remembers none
    /// (every delivery is decided again).
    pub fn new(payments: usize) -> Self {
        Self {
            cells: NonZeroUsize::new(payments).map(|cap| Mutex::new(LruCache::new(cap))),
        }
    }

    /// The answer decided for `key`, or `decide`'s: `Ok` is decided, and
    /// remembered; `Err` is not (a transient failure), and the next delivery
    /// decides again. Concurrent deliveries of one key wait for the first.
    pub async fn once<F, Fut, U>(&self, key: &K, decide: F) -> Result<V, U>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<V, U>>,
    {
        let Some(cells) = &self.cells else {
            return decide().await;
        };
        let cell = lock(cells).get_or_insert(key.clone(), Default::default).clone();
        match cell.get_or_try_init(decide).await {
            Ok(decided) => Ok(decided.clone()),
            Err(undecided) => {
                forget_undecided(cells, key, &cell);
                Err(undecided)
            }
        }
    }
}

/// Drops the entry of a key nobody decided, unless another delivery holds
/// it: only decided answers occupy the memory.
fn forget_undecided<K: Hash + Eq, V>(cells: &Mutex<Cells<K, V>>, key: &K, cell: &Arc<OnceCell<V>>) {
    let mut cells = lock(cells);
    let unused = cells
        .peek(key)
        .is_some_and(|entry| Arc::ptr_eq(entry, cell) && Arc::strong_count(cell) == 2 && !cell.initialized());
    if unused {
        cells.pop(key);
    }
}

/// Locks the memory; a panic elsewhere while it was held leaves it usable.
fn lock<K: Hash + Eq, V>(cells: &Mutex<Cells<K, V>>) -> MutexGuard<'_, Cells<K, V>> {
    cells.lock().unwrap_or_else(PoisonError::into_inner)
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicU32, Ordering};

    use super::*;

    #[tokio::test]
    async fn a_key_is_decided_once_and_a_failure_is_forgotten() {
        let memory: Remembered<&str, u32> = Remembered::new(8);
        let asked = AtomicU32::new(0);
        let decide = |answer: Result<u32, &'static str>| {
            asked.fetch_add(1, Ordering::SeqCst);
            async move { answer }
        };
        assert_eq!(memory.once(&"a", || decide(Err("busy"))).await, Err("busy"));
        assert_eq!(memory.once(&"a", || decide(Ok(7))).await, Ok(7));
        assert_eq!(memory.once(&"a", || decide(Ok(9))).await, Ok(7), "remembered");
        assert_eq!(asked.load(Ordering::SeqCst), 2);
        let none: Remembered<&str, u32> = Remembered::new(0);
        assert_eq!(none.once(&"a", || decide(Ok(1))).await, Ok(1));
        assert_eq!(none.once(&"a", || decide(Ok(2))).await, Ok(2), "nothing remembered");
    }

    #[tokio::test]
    async fn a_closure_that_fails_or_panics_is_a_reason() {
        let failed: BoxFuture<'static, Result<u8, MerchantError>> = Box::pin(async { Err("database down".into()) });
        assert_eq!(catching(failed).await, Err("database down".to_owned()));
        let panicked: BoxFuture<'static, Result<u8, MerchantError>> = Box::pin(async { panic!("boom") });
        assert_eq!(catching(panicked).await, Err("it panicked".to_owned()));
    }
}
