//! The payment journal: every money-moving request recorded in a
//! [`pesa_store::Store`] before it leaves, its outcome when known, so that
//! a process that dies between sending and reading the answer leaves a
//! trace that the next one settles ([`Journal::reconcile`]) and a call that
//! repeats a reference never sends it twice ([`send`]).
//!
//! An entry's key is `{operation}/{reference}` under the client's namespace
//! (`ihela`, `mpesa`, `momo/disbursement`); its intent is an [`Intent`];
//! its outcome the JSON of the call's result, or of the refusal that shows
//! nothing was done.

use std::fmt;
use std::future::Future;
use std::sync::Arc;

use chrono::{DateTime, Utc};
use pesa_store::{Entry, Key, Recorded, Store, StoreError};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Provider};

/// What a journaled request asks, for the person reading the journal:
/// its amount (with its currency) and its party, masked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Intent {
    /// The amount and currency (`1500 KES`).
    pub amount: String,
    /// Who is paid or asked to pay, masked (`2547•••••678`).
    pub party: String,
}

impl Intent {
    /// `amount` to or from `party`, which is masked here.
    pub fn new(amount: impl fmt::Display, party: &str) -> Self {
        Self {
            amount: amount.to_string(),
            party: masked(party),
        }
    }
}

/// A lookup that finds nothing, at once.
type NoLookup<T, P> = fn() -> std::future::Ready<Result<Option<T>, Error<P>>>;

/// The `look_up` of [`send`] for an operation the API cannot look up.
pub fn no_lookup<T, P: Provider>() -> Option<NoLookup<T, P>> {
    None
}

/// How a journaled request ended, as the journal keeps it.
#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum Ended<T> {
    /// Carried out, or accepted: the call's result.
    Done(T),
    /// Refused, so that nothing was done: sending it again is allowed.
    Refused(String),
}

/// Where a client journals its money-moving requests: a store, under the
/// client's namespace. Set with the client builder's `journal`.
#[derive(Clone)]
pub struct Journal {
    store: Arc<dyn Store>,
    namespace: String,
}

impl fmt::Debug for Journal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Journal")
            .field("namespace", &self.namespace)
            .finish_non_exhaustive()
    }
}

/// What reconciling found about one request whose outcome was unknown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// The provider has it: it was carried out (or accepted); recorded so.
    CarriedOut,
    /// The provider has no trace of it: it never arrived; recorded so, and
    /// a call under the same reference may send it.
    NotCarriedOut,
    /// Still unknown: the provider cannot be asked about this operation,
    /// or the lookup failed. It stays in the journal, and a call under the
    /// same reference is refused ([`Error::Unsettled`]) until a person
    /// finds out.
    Unknown {
        /// Why.
        reason: String,
    },
}

/// One request of the journal whose outcome was unknown, and what
/// reconciling it found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reconciled {
    /// The operation (`cash_in`, `b2c_payment`, `transfer`).
    pub operation: String,
    /// The caller's reference it was sent under.
    pub reference: String,
    /// What it asked.
    pub intent: Intent,
    /// When it was recorded, before it was sent.
    pub recorded: DateTime<Utc>,
    /// What the provider says now.
    pub verdict: Verdict,
}

/// What a lookup by reference gave, when reconciling.
#[derive(Debug)]
pub enum Lookup<T> {
    /// Found: the result the call would have given.
    Found(T),
    /// The provider has nothing under the reference.
    NotFound,
    /// The API cannot look this operation up.
    Impossible,
}

impl Journal {
    /// A journal in `store` under `namespace`.
    pub fn new(store: Arc<dyn Store>, namespace: impl Into<String>) -> Self {
        Self {
            store,
            namespace: namespace.into(),
        }
    }

    /// The same store under `namespace`.
    #[must_use]
    pub fn namespaced(mut self, namespace: impl Into<String>) -> Self {
        self.namespace = namespace.into();
        self
    }

    fn key(&self, operation: &str, reference: &str) -> Key {
        Key::new(&*self.namespace, format!("{operation}/{reference}"))
    }

    /// Records how `key` ended; a store failing now leaves the entry open,
    /// for [`Journal::reconcile`] to settle (the request itself is done).
    async fn record<T: Serialize>(&self, key: &Key, operation: &str, reference: &str, ended: &Ended<T>) {
        let outcome = serde_json::to_string(ended).unwrap_or_default();
        if let Err(error) = self.store.record_outcome(key, &outcome).await {
            tracing::error!(operation, reference, %error, "outcome not journaled: reconcile_pending will settle it");
        }
    }

    /// Settles every request of the journal whose outcome is unknown,
    /// oldest first, with `look_up(operation, reference)`, the provider's
    /// lookup by reference; see [`Verdict`] for what each becomes.
    ///
    /// # Errors
    /// [`Error::Journal`] when the store cannot be read.
    pub async fn reconcile<T, P, F, Fut>(&self, look_up: F) -> Result<Vec<Reconciled>, Error<P>>
    where
        T: Serialize,
        P: Provider,
        F: Fn(String, String) -> Fut,
        Fut: Future<Output = Result<Lookup<T>, Error<P>>>,
    {
        let unsettled = self
            .store
            .unsettled(&self.namespace)
            .await
            .map_err(|source| Error::Journal {
                operation: "reconcile_pending",
                reference: String::new(),
                source,
            })?;
        let mut reconciled = Vec::with_capacity(unsettled.len());
        for entry in unsettled {
            reconciled.push(self.reconcile_one(entry, &look_up).await);
        }
        Ok(reconciled)
    }

    async fn reconcile_one<T, P, F, Fut>(&self, entry: Entry, look_up: &F) -> Reconciled
    where
        T: Serialize,
        P: Provider,
        F: Fn(String, String) -> Fut,
        Fut: Future<Output = Result<Lookup<T>, Error<P>>>,
    {
        let (operation, reference) = entry.key.key.split_once('/').unwrap_or(("", &entry.key.key));
        let (operation, reference) = (operation.to_owned(), reference.to_owned());
        let verdict = match look_up(operation.clone(), reference.clone()).await {
            Ok(Lookup::Found(found)) => {
                self.record(&entry.key, &operation, &reference, &Ended::Done(found))
                    .await;
                Verdict::CarriedOut
            }
            Ok(Lookup::NotFound) => {
                let never = Ended::<()>::Refused("not found at the provider when reconciled: never arrived".into());
                self.record(&entry.key, &operation, &reference, &never).await;
                Verdict::NotCarriedOut
            }
            Ok(Lookup::Impossible) => Verdict::Unknown {
                reason: format!(
                    "{} cannot look up a {operation} by reference: check the statement",
                    P::NAME
                ),
            },
            Err(error) => Verdict::Unknown {
                reason: format!("the lookup failed: {error}"),
            },
        };
        tracing::info!(%operation, %reference, ?verdict, "reconciled");
        Reconciled {
            intent: serde_json::from_str(&entry.intent).unwrap_or(Intent {
                amount: String::new(),
                party: entry.intent.clone(),
            }),
            recorded: entry.recorded,
            operation,
            reference,
            verdict,
        }
    }
}

/// Sends a money-moving request under `reference`, journaled when the
/// client has a journal (`send` alone when not): its `intent` is recorded
/// first (a store that cannot record it stops it:
/// [`Error::Journal`], nothing sent), then `send` runs and its outcome
/// is recorded. When the reference was journaled before:
///
/// - carried out: its recorded result is returned, nothing is sent;
/// - refused (nothing done): it is sent again;
/// - unknown (a process died, or the answer was lost): `look_up` asks
///   the provider; found, that is the result; not there, it is sent;
///   when the API cannot look it up (`None`), [`Error::Unsettled`].
///
/// # Errors
/// `send`'s, or the journal's ([`Error::Journal`], [`Error::Unsettled`]).
pub async fn send<T, P, S, L>(
    journal: Option<&Journal>,
    operation: &'static str,
    reference: &str,
    intent: &Intent,
    send: impl FnOnce() -> S,
    look_up: Option<impl FnOnce() -> L>,
) -> Result<T, Error<P>>
where
    T: Serialize + DeserializeOwned,
    P: Provider,
    S: Future<Output = Result<T, Error<P>>>,
    L: Future<Output = Result<Option<T>, Error<P>>>,
{
    let Some(journal) = journal else {
        return send().await;
    };
    let key = journal.key(operation, reference);
    let unjournaled = |source| Error::Journal {
        operation,
        reference: reference.to_owned(),
        source,
    };
    let written = serde_json::to_string(intent).map_err(|e| unjournaled(StoreError::new(e.to_string())))?;
    let recorded = journal.store.record_intent(&key, &written, Utc::now()).await;
    let before = match recorded.map_err(unjournaled)? {
        Recorded::New => None,
        Recorded::Before(entry) => Some(entry),
    };
    if let Some(entry) = before {
        match entry.outcome.as_deref().map(serde_json::from_str::<Ended<T>>) {
            Some(Ok(Ended::Done(result))) => {
                tracing::info!(
                    operation,
                    reference,
                    "sent before and carried out: its result again, nothing sent"
                );
                return Ok(result);
            }
            Some(Ok(Ended::Refused(_))) => {
                let was = entry.outcome.unwrap_or_default();
                let reopened = journal.store.reopen(&key, &written, &was, Utc::now()).await;
                if !reopened.map_err(unjournaled)? {
                    return Err(unsettled(operation, reference, &entry.recorded));
                }
            }
            None | Some(Err(_)) => {
                let Some(look_up) = look_up else {
                    tracing::error!(
                        operation,
                        reference,
                        "sent before with an outcome still unknown: not sent again"
                    );
                    return Err(unsettled(operation, reference, &entry.recorded));
                };
                tracing::warn!(
                    operation,
                    reference,
                    "sent before with an outcome unknown: looking it up first"
                );
                if let Some(found) = look_up().await? {
                    journal.record(&key, operation, reference, &Ended::Done(&found)).await;
                    return Ok(found);
                }
            }
        }
    }
    let result = send().await;
    match &result {
        Ok(done) => journal.record(&key, operation, reference, &Ended::Done(done)).await,
        Err(error) if !error.leaves_outcome_unknown() => {
            journal
                .record(&key, operation, reference, &Ended::<()>::Refused(error.to_string()))
                .await;
        }
        // Unknown: the entry stays open for `reconcile`.
        Err(_) => {}
    }
    result
}

fn unsettled<P: Provider>(operation: &'static str, reference: &str, recorded: &DateTime<Utc>) -> Error<P> {
    Error::Unsettled {
        operation,
        reference: reference.to_owned(),
        recorded: *recorded,
    }
}

/// `number` with all but its first four and last three characters hidden.
pub fn masked(number: &str) -> String {
    let chars: Vec<char> = number.chars().collect();
    if chars.len() <= 7 {
        return "•".repeat(chars.len());
    }
    let hidden = chars.len() - 7;
    chars[..4]
        .iter()
        .chain(std::iter::repeat_n(&'•', hidden))
        .chain(&chars[chars.len() - 3..])
        .collect()
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicU32, Ordering};

    use pesa_store::Memory;

    use super::*;
    use crate::error::InvalidInput;

    #[derive(Debug)]
    struct Test;

    impl Provider for Test {
        const NAME: &'static str = "Test";
        type Code = String;
    }

    type Result<T> = std::result::Result<T, Error<Test>>;

    fn intent() -> Intent {
        Intent {
            amount: "10 EUR".into(),
            party: masked("256772123456"),
        }
    }

    fn lost() -> Error<Test> {
        Error::OutcomeUnknown {
            operation: "pay",
            reference: "r".into(),
            source: Box::new(Error::InvalidInput(InvalidInput::new("x", "y"))),
        }
    }

    #[tokio::test]
    async fn a_reference_is_sent_once_refused_ones_again_and_unknown_ones_looked_up() {
        let journal = Journal::new(Arc::new(Memory::default()), "test");
        let sent = AtomicU32::new(0);
        let send = |answer: Result<u32>| {
            sent.fetch_add(1, Ordering::SeqCst);
            async move { answer }
        };
        let none = None::<fn() -> std::future::Ready<Result<Option<u32>>>>;
        // Carried out: the second call gets the first result, nothing sent.
        assert_eq!(
            super::send(Some(&journal), "pay", "a", &intent(), || send(Ok(1)), none)
                .await
                .unwrap(),
            1
        );
        assert_eq!(
            super::send(Some(&journal), "pay", "a", &intent(), || send(Ok(2)), none)
                .await
                .unwrap(),
            1
        );
        assert_eq!(sent.load(Ordering::SeqCst), 1);
        // Refused: sent again.
        let refused = Error::InvalidInput(InvalidInput::new("amount", "too much"));
        assert!(
            super::send(Some(&journal), "pay", "b", &intent(), || send(Err(refused)), none)
                .await
                .is_err()
        );
        assert_eq!(
            super::send(Some(&journal), "pay", "b", &intent(), || send(Ok(3)), none)
                .await
                .unwrap(),
            3
        );
        assert_eq!(sent.load(Ordering::SeqCst), 3);
        // Unknown, no lookup: never sent again.
        assert!(
            super::send(Some(&journal), "pay", "c", &intent(), || send(Err(lost())), none)
                .await
                .is_err()
        );
        let again = super::send(Some(&journal), "pay", "c", &intent(), || send(Ok(4)), none).await;
        assert!(matches!(again, Err(Error::Unsettled { .. })), "{again:?}");
        assert_eq!(sent.load(Ordering::SeqCst), 4);
        // Unknown, with a lookup that finds it: its result, nothing sent.
        let found = Some(|| async { Ok(Some(5)) });
        assert_eq!(
            super::send(Some(&journal), "pay", "c", &intent(), || send(Ok(6)), found)
                .await
                .unwrap(),
            5
        );
        assert_eq!(
            super::send(Some(&journal), "pay", "c", &intent(), || send(Ok(7)), none)
                .await
                .unwrap(),
            5
        );
        assert_eq!(sent.load(Ordering::SeqCst), 4);
    }

    #[tokio::test]
    async fn reconciling_settles_what_the_provider_knows_and_keeps_the_rest() {
        let journal = Journal::new(Arc::new(Memory::default()), "test");
        let none = None::<fn() -> std::future::Ready<Result<Option<u32>>>>;
        for reference in ["found", "missing", "opaque"] {
            let _ = send(
                Some(&journal),
                "pay",
                reference,
                &intent(),
                || async { Err(lost()) },
                none,
            )
            .await;
        }
        let reconciled = journal
            .reconcile(|_operation, reference| async move {
                Ok::<_, Error<Test>>(match reference.as_str() {
                    "found" => Lookup::Found(8_u32),
                    "missing" => Lookup::NotFound,
                    _ => Lookup::Impossible,
                })
            })
            .await
            .unwrap();
        let verdicts: Vec<_> = reconciled.iter().map(|r| (r.reference.as_str(), &r.verdict)).collect();
        assert!(matches!(
            verdicts[..],
            [
                ("found", Verdict::CarriedOut),
                ("missing", Verdict::NotCarriedOut),
                ("opaque", Verdict::Unknown { .. })
            ]
        ));
        assert_eq!(reconciled[0].intent, intent());
        // Found: its result; never arrived: sent; still unknown: refused.
        let send = || async { Ok(9) };
        assert_eq!(
            super::send(Some(&journal), "pay", "found", &intent(), send, none)
                .await
                .unwrap(),
            8
        );
        assert_eq!(
            super::send(Some(&journal), "pay", "missing", &intent(), send, none)
                .await
                .unwrap(),
            9
        );
        assert!(
            super::send(Some(&journal), "pay", "opaque", &intent(), send, none)
                .await
                .is_err()
        );
        let left = journal.reconcile(|_, _| async { Ok::<_, Error<Test>>(Lookup::<u32>::Impossible) });
        assert_eq!(left.await.unwrap().len(), 1);
    }

    #[test]
    fn a_party_is_masked() {
        assert_eq!(masked("254712345678"), "2547•••••678");
        assert_eq!(masked("1234"), "••••");
    }
}
