//! The store in a SQLite file: the default for one server, nothing to run.
//! Its schema is migrated on open (`migrations/sqlite/`).

use std::path::Path;
use std::time::Duration;

use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions};

use crate::StoreError;
use crate::sql::{Statements, failed, sql_store};

/// The store in a SQLite file.
#[derive(Debug, Clone)]
pub struct Sqlite {
    pool: SqlitePool,
    statements: Statements,
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
            .journal_mode(SqliteJournalMode::Wal)
            .busy_timeout(Duration::from_secs(5));
        let pool = SqlitePoolOptions::new().connect_with(options).await.map_err(failed)?;
        sqlx::migrate!("migrations/sqlite").run(&pool).await.map_err(failed)?;
        Ok(Sqlite {
            pool,
            statements: Statements::with_placeholders('?'),
        })
    }
}

sql_store!(Sqlite);

#[cfg(test)]
mod tests {
    use chrono::DateTime;

    use super::*;
    use crate::{Claim, Key, Store as _};

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
