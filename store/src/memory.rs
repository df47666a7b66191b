//! The store in this process's memory: what a test or a script needs, and
//! what a single process had before (it forgets everything when it stops).

use std::collections::HashMap;
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use chrono::{DateTime, Utc};

use crate::{Claim, Entry, Key, Store, StoreError, until};

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
    async fn claim(&self, key: &Key, holder: &str, lease: Duration, now: DateTime<Utc>) -> Result<Claim, StoreError> {
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

    async fn settle(&self, key: &Key, holder: &str, answer: &[u8]) -> Result<bool, StoreError> {
        let mut inner = self.lock();
        match inner.claims.get_mut(key) {
            Some(claimed) if claimed.answer.is_none() && claimed.holder.as_deref() == Some(holder) => {
                claimed.answer = Some(answer.to_vec());
                claimed.holder = None;
                Ok(true)
            }
            _ => Ok(false),
        }
    }

    async fn release(&self, key: &Key, holder: &str) -> Result<(), StoreError> {
        let mut inner = self.lock();
        if inner
            .claims
            .get(key)
            .is_some_and(|claimed| claimed.answer.is_none() && claimed.holder.as_deref() == Some(holder))
        {
            inner.claims.remove(key);
        }
        Ok(())
    }

    async fn record_intent(&self, key: &Key, intent: &str, now: DateTime<Utc>) -> Result<bool, StoreError> {
        let mut inner = self.lock();
        if inner.journal.iter().any(|entry| entry.key == *key) {
            return Ok(false);
        }
        inner.journal.push(Entry {
            key: key.clone(),
            intent: intent.to_owned(),
            outcome: None,
            recorded: now,
        });
        Ok(true)
    }

    async fn record_outcome(&self, key: &Key, outcome: &str) -> Result<(), StoreError> {
        let mut inner = self.lock();
        if let Some(entry) = inner.journal.iter_mut().find(|entry| entry.key == *key) {
            entry.outcome = Some(outcome.to_owned());
        }
        Ok(())
    }

    async fn unsettled(&self, provider: &str) -> Result<Vec<Entry>, StoreError> {
        let inner = self.lock();
        let mut entries: Vec<Entry> = inner
            .journal
            .iter()
            .filter(|entry| entry.key.provider == provider && entry.outcome.is_none())
            .cloned()
            .collect();
        entries.sort_by_key(|entry| entry.recorded);
        Ok(entries)
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
