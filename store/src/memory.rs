//! The store in this process's memory: what a test or a script needs, and
//! what a single process had before (it forgets everything when it stops).

use std::collections::HashMap;
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use chrono::{DateTime, Utc};

use futures_util::future::BoxFuture;

use crate::{Claim, Entry, Key, Recorded, Store, StoreError, until};

/// A claim: its holder and lease, or its answer once settled.
#[derive(Debug)]
struct Claimed {
    holder: Option<String>,
    lease_until: DateTime<Utc>,
    answer: Option<Vec<u8>>,
}

#[derive(Debug, Default)]
struct Inner {
    claims: HashMap<Key, Claimed>,
    journal: Vec<Entry>,
}

/// The store in memory. One per process; shared by reference.
#[derive(Debug, Default)]
pub struct Memory(Mutex<Inner>);

impl Memory {
    fn lock(&self) -> MutexGuard<'_, Inner> {
        self.0.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

impl Store for Memory {
    fn claim<'a>(
        &'a self,
        key: &'a Key,
        holder: &'a str,
        lease: Duration,
        now: DateTime<Utc>,
    ) -> BoxFuture<'a, Result<Claim, StoreError>> {
        Box::pin(async move { self.claim_now(key, holder, lease, now) })
    }

    fn settle<'a>(
        &'a self,
        key: &'a Key,
        holder: &'a str,
        answer: &'a [u8],
    ) -> BoxFuture<'a, Result<bool, StoreError>> {
        Box::pin(async move { Ok(self.settle_now(key, holder, answer)) })
    }

    fn release<'a>(&'a self, key: &'a Key, holder: &'a str) -> BoxFuture<'a, Result<(), StoreError>> {
        Box::pin(async move {
            self.release_now(key, holder);
            Ok(())
        })
    }

    fn record_intent<'a>(
        &'a self,
        key: &'a Key,
        intent: &'a str,
        now: DateTime<Utc>,
    ) -> BoxFuture<'a, Result<Recorded, StoreError>> {
        Box::pin(async move { Ok(self.record_intent_now(key, intent, now)) })
    }

    fn reopen<'a>(
        &'a self,
        key: &'a Key,
        intent: &'a str,
        was: &'a str,
        now: DateTime<Utc>,
    ) -> BoxFuture<'a, Result<bool, StoreError>> {
        Box::pin(async move { Ok(self.reopen_now(key, intent, was, now)) })
    }

    fn record_outcome<'a>(&'a self, key: &'a Key, outcome: &'a str) -> BoxFuture<'a, Result<(), StoreError>> {
        Box::pin(async move {
            self.record_outcome_now(key, outcome);
            Ok(())
        })
    }

    fn unsettled<'a>(&'a self, provider: &'a str) -> BoxFuture<'a, Result<Vec<Entry>, StoreError>> {
        Box::pin(async move { Ok(self.unsettled_now(provider)) })
    }
}

impl Memory {
    fn claim_now(&self, key: &Key, holder: &str, lease: Duration, now: DateTime<Utc>) -> Result<Claim, StoreError> {
        let mut inner = self.lock();
        let claimed = inner.claims.entry(key.clone()).or_insert(Claimed {
            holder: None,
            lease_until: now,
            answer: None,
        });
        if let Some(answer) = &claimed.answer {
            return Ok(Claim::Settled(answer.clone()));
        }
        if claimed.holder.is_some() && claimed.lease_until > now {
            return Ok(Claim::InProgress);
        }
        claimed.holder = Some(holder.to_owned());
        claimed.lease_until = until(now, lease);
        Ok(Claim::Won)
    }

    fn settle_now(&self, key: &Key, holder: &str, answer: &[u8]) -> bool {
        let mut inner = self.lock();
        match inner.claims.get_mut(key) {
            Some(claimed) if claimed.answer.is_none() && claimed.holder.as_deref() == Some(holder) => {
                claimed.answer = Some(answer.to_vec());
                claimed.holder = None;
                true
            }
            _ => false,
        }
    }

    fn release_now(&self, key: &Key, holder: &str) {
        let mut inner = self.lock();
        if inner
            .claims
            .get(key)
            .is_some_and(|claimed| claimed.answer.is_none() && claimed.holder.as_deref() == Some(holder))
        {
            inner.claims.remove(key);
        }
    }

    fn record_intent_now(&self, key: &Key, intent: &str, now: DateTime<Utc>) -> Recorded {
        let mut inner = self.lock();
        if let Some(entry) = inner.journal.iter().find(|entry| entry.key == *key) {
            return Recorded::Before(entry.clone());
        }
        inner.journal.push(Entry {
            key: key.clone(),
            intent: intent.to_owned(),
            outcome: None,
            recorded: now,
        });
        Recorded::New
    }

    fn reopen_now(&self, key: &Key, intent: &str, was: &str, now: DateTime<Utc>) -> bool {
        let mut inner = self.lock();
        match inner.journal.iter_mut().find(|entry| entry.key == *key) {
            Some(entry) if entry.outcome.as_deref() == Some(was) => {
                entry.intent = intent.to_owned();
                entry.outcome = None;
                entry.recorded = now;
                true
            }
            _ => false,
        }
    }

    fn record_outcome_now(&self, key: &Key, outcome: &str) {
        let mut inner = self.lock();
        if let Some(entry) = inner.journal.iter_mut().find(|entry| entry.key == *key) {
            entry.outcome = Some(outcome.to_owned());
        }
    }

    fn unsettled_now(&self, provider: &str) -> Vec<Entry> {
        let inner = self.lock();
        let mut entries: Vec<Entry> = inner
            .journal
            .iter()
            .filter(|entry| entry.key.provider == provider && entry.outcome.is_none())
            .cloned()
            .collect();
        entries.sort_by_key(|entry| entry.recorded);
        entries
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn claims_and_the_journal_behave_as_every_store_must() {
        let store = Memory::default();
        crate::contract::claims(&store).await;
        crate::contract::journal(&store).await;
    }
}
