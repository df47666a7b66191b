//! The store in a SQLite file: the default for one server, nothing to run.
//! Its schema is migrated on connect (`migrations/sqlite/`); every query
//! binds its values.

use std::path::Path;
use std::time::Duration;

use chrono::{DateTime, Utc};
use sqlx::Row as _;
use sqlx::sqlite::{SqliteConnectOptions, SqlitePool, SqlitePoolOptions};

use crate::{Claim, Entry, Key, Store, StoreError, until};

/// The store in a SQLite file.
#[derive(Debug, Clone)]
pub struct Sqlite {
    pool: SqlitePool,
}

fn failed(error: impl std::fmt::Display) -> StoreError {
    StoreError::new(error.to_string())
}

fn millis(at: DateTime<Utc>) -> i64 {
    at.timestamp_millis()
}

impl Sqlite {
    /// The store in the file at `path`, made if missing, its schema migrated.
    ///
    /// # Errors
    /// When the file cannot be opened or migrated.
    pub async fn open(path: impl AsRef<Path>) -> Result<Sqlite, StoreError> {
        let options = SqliteConnectOptions::new()
            .filename(path)
            .create_if_missing(true)
            .journal_mode(sqlx::sqlite::SqliteJournalMode::Wal)
            .busy_timeout(Duration::from_secs(5));
        let pool = SqlitePoolOptions::new().connect_with(options).await.map_err(failed)?;
        sqlx::migrate!("migrations/sqlite").run(&pool).await.map_err(failed)?;
        Ok(Sqlite { pool })
    }
}

impl Store for Sqlite {
    async fn claim(&self, key: &Key, holder: &str, lease: Duration, now: DateTime<Utc>) -> Result<Claim, StoreError> {
        let lease_until = millis(until(now, lease));
        // Won when new, or when its holder's lease ended undecided: one statement, atomic.
        let won = sqlx::query(
            "INSERT INTO callback_claims (provider, payment_key, holder, lease_until_ms) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (provider, payment_key) DO UPDATE SET holder = excluded.holder, lease_until_ms = excluded.lease_until_ms
             WHERE callback_claims.answer IS NULL AND (callback_claims.holder IS NULL OR callback_claims.lease_until_ms <= ?5)",
        )
        .bind(&key.provider)
        .bind(&key.key)
        .bind(holder)
        .bind(lease_until)
        .bind(millis(now))
        .execute(&self.pool)
        .await
        .map_err(failed)?
        .rows_affected()
            == 1;
        if won {
            return Ok(Claim::Won);
        }
        let row = sqlx::query("SELECT answer FROM callback_claims WHERE provider = ?1 AND payment_key = ?2")
            .bind(&key.provider)
            .bind(&key.key)
            .fetch_one(&self.pool)
            .await
            .map_err(failed)?;
        let answer: Option<Vec<u8>> = row.try_get("answer").map_err(failed)?;
        Ok(answer.map_or(Claim::InProgress, Claim::Settled))
    }

    async fn settle(&self, key: &Key, holder: &str, answer: &[u8]) -> Result<bool, StoreError> {
        let settled = sqlx::query(
            "UPDATE callback_claims SET answer = ?1, holder = NULL
             WHERE provider = ?2 AND payment_key = ?3 AND holder = ?4 AND answer IS NULL",
        )
        .bind(answer)
        .bind(&key.provider)
        .bind(&key.key)
        .bind(holder)
        .execute(&self.pool)
        .await
        .map_err(failed)?;
        Ok(settled.rows_affected() == 1)
    }

    async fn release(&self, key: &Key, holder: &str) -> Result<(), StoreError> {
        sqlx::query(
            "DELETE FROM callback_claims WHERE provider = ?1 AND payment_key = ?2 AND holder = ?3 AND answer IS NULL",
        )
        .bind(&key.provider)
        .bind(&key.key)
        .bind(holder)
        .execute(&self.pool)
        .await
        .map_err(failed)?;
        Ok(())
    }

    async fn record_intent(&self, key: &Key, intent: &str, now: DateTime<Utc>) -> Result<bool, StoreError> {
        let recorded = sqlx::query(
            "INSERT INTO payments (provider, reference, intent, recorded_ms) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (provider, reference) DO NOTHING",
        )
        .bind(&key.provider)
        .bind(&key.key)
        .bind(intent)
        .bind(millis(now))
        .execute(&self.pool)
        .await
        .map_err(failed)?;
        Ok(recorded.rows_affected() == 1)
    }

    async fn record_outcome(&self, key: &Key, outcome: &str) -> Result<(), StoreError> {
        sqlx::query("UPDATE payments SET outcome = ?1 WHERE provider = ?2 AND reference = ?3")
            .bind(outcome)
            .bind(&key.provider)
            .bind(&key.key)
            .execute(&self.pool)
            .await
            .map_err(failed)?;
        Ok(())
    }

    async fn unsettled(&self, provider: &str) -> Result<Vec<Entry>, StoreError> {
        let rows = sqlx::query(
            "SELECT reference, intent, recorded_ms FROM payments
             WHERE provider = ?1 AND outcome IS NULL ORDER BY recorded_ms, reference",
        )
        .bind(provider)
        .fetch_all(&self.pool)
        .await
        .map_err(failed)?;
        rows.iter()
            .map(|row| {
                let recorded: i64 = row.try_get("recorded_ms").map_err(failed)?;
                Ok(Entry {
                    key: Key::new(provider, row.try_get::<String, _>("reference").map_err(failed)?),
                    intent: row.try_get("intent").map_err(failed)?,
                    outcome: None,
                    recorded: DateTime::from_timestamp_millis(recorded).ok_or_else(|| failed("a bad timestamp"))?,
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn claims_and_the_journal_behave_as_every_store_must_and_outlive_the_process() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("store.sqlite");
        let store = Sqlite::open(&path).await.unwrap();
        crate::contract::claims(&store).await;
        crate::contract::journal(&store).await;
        drop(store);
        // A restart: what was settled and journaled is still there.
        let reopened = Sqlite::open(&path).await.unwrap();
        let at = DateTime::from_timestamp(1_780_001_000, 0).unwrap();
        let settled = reopened
            .claim(&Key::new("momo", "ref-1"), "z", Duration::from_secs(30), at)
            .await
            .unwrap();
        assert_eq!(settled, Claim::Settled(b"ok".to_vec()));
        assert_eq!(reopened.unsettled("momo").await.unwrap().len(), 1);
    }
}
