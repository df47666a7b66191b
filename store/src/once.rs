//! A callback decided once across processes: the delivery that wins the
//! claim decides and settles; every other gets the settled answer, or
//! "in progress" while the winner decides.

use std::future::Future;
use std::time::Duration;

use chrono::{DateTime, Utc};

use crate::{Claim, Key, Store, StoreError};

/// What one delivery gets.
#[derive(Debug, PartialEq, Eq)]
pub enum Decided<E> {
    /// The answer decided for the payment, now or before.
    Answer(Vec<u8>),
    /// Another delivery is deciding it: answer so that the provider delivers again.
    InProgress,
    /// This delivery won and could not decide (the merchant's error): the
    /// claim is released, the next delivery decides.
    Failed(E),
    /// The store could not be asked: nothing was decided.
    Unavailable(StoreError),
}

/// Decides `key` once, whichever process and delivery: `decide` runs only
/// for the delivery that wins the claim (`holder`, for `lease` from `now`),
/// and its answer is what every delivery then gets.
pub async fn once<E, F, Fut>(
    store: &dyn Store,
    key: &Key,
    holder: &str,
    lease: Duration,
    now: DateTime<Utc>,
    decide: F,
) -> Decided<E>
where
    F: FnOnce() -> Fut,
    Fut: Future<Output = Result<Vec<u8>, E>>,
{
    match store.claim(key, holder, lease, now).await {
        Err(error) => Decided::Unavailable(error),
        Ok(Claim::Settled(answer)) => Decided::Answer(answer),
        Ok(Claim::InProgress) => Decided::InProgress,
        Ok(Claim::Won) => match decide().await {
            Ok(answer) => match store.settle(key, holder, &answer).await {
                // Settled after the lease ended, another holder may decide
                // again: the lease must outlast any decision.
                Ok(_) => Decided::Answer(answer),
                Err(error) => Decided::Unavailable(error),
            },
            Err(error) => {
                // Released or not, the claim lapses with its lease.
                let _ = store.release(key, holder).await;
                Decided::Failed(error)
            }
        },
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicU32, Ordering};

    use super::*;
    use crate::{Memory, Sqlite};

    /// 200 concurrent deliveries of one callback, from 4 "replicas": one
    /// decision, every answer that decision or "in progress".
    pub(crate) async fn decided_once(store: Arc<dyn Store>) {
        let key = Key::new("momo", "ref-concurrent");
        let decisions = Arc::new(AtomicU32::new(0));
        let now = DateTime::from_timestamp(1_780_000_000, 0).unwrap();
        let deliveries = (0..200).map(|n| {
            let (store, key, decisions) = (store.clone(), key.clone(), decisions.clone());
            tokio::spawn(async move {
                let holder = format!("replica-{}", n % 4);
                once(&*store, &key, &holder, Duration::from_secs(30), now, || async {
                    decisions.fetch_add(1, Ordering::SeqCst);
                    tokio::task::yield_now().await;
                    Ok::<_, ()>(b"fulfilled".to_vec())
                })
                .await
            })
        });
        let answers = futures_util::future::join_all(deliveries).await;
        assert_eq!(decisions.load(Ordering::SeqCst), 1);
        for answer in answers {
            let answer = answer.unwrap();
            assert!(matches!(&answer, Decided::Answer(a) if a == b"fulfilled") || answer == Decided::InProgress);
        }
        let after = once(&*store, &key, "replica-9", Duration::from_secs(30), now, || async {
            Ok::<_, ()>(b"again".to_vec())
        });
        assert_eq!(after.await, Decided::Answer(b"fulfilled".to_vec()));
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    async fn a_callback_delivered_200_times_concurrently_is_decided_once() {
        decided_once(Arc::new(Memory::default())).await;
        let dir = tempfile::tempdir().unwrap();
        decided_once(Arc::new(Sqlite::open(dir.path().join("s.sqlite")).await.unwrap())).await;
    }
}
