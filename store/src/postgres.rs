//! The store in PostgreSQL: for many replicas of one merchant, which all
//! claim callbacks and journal payments in the same tables. Its schema is
//! migrated on connect (`migrations/postgres/`).

use sqlx::postgres::{PgPool, PgPoolOptions};

use crate::StoreError;
use crate::sql::{Statements, failed, sql_store};

/// The store in a PostgreSQL database.
#[derive(Debug, Clone)]
pub struct Postgres {
    pool: PgPool,
    statements: Statements,
}

impl Postgres {
    /// The store in the database at `url` (`postgres://user@host/db`, or a
    /// unix socket's `postgres:///db?host=/run/postgresql`), its schema
    /// migrated; `connections` at most in its pool.
    ///
    /// # Errors
    /// When the database cannot be reached or migrated.
    pub async fn connect(url: &str, connections: u32) -> Result<Postgres, StoreError> {
        let pool = PgPoolOptions::new()
            .max_connections(connections)
            .connect(url)
            .await
            .map_err(failed)?;
        sqlx::migrate!("migrations/postgres").run(&pool).await.map_err(failed)?;
        Ok(Postgres {
            pool,
            statements: Statements::with_placeholders('$'),
        })
    }

    /// [`Postgres::connect`] to the store in `schema` of the database,
    /// created if missing: one database for several stores (a test mode
    /// and a live one, or several merchants), each in its own tables.
    ///
    /// # Errors
    /// When `schema` is not a plain name (letters, digits, `_`), or the
    /// database cannot be reached or migrated.
    pub async fn connect_in_schema(url: &str, schema: &str, connections: u32) -> Result<Postgres, StoreError> {
        let plain = !schema.is_empty() && schema.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
        if !plain {
            return Err(StoreError::new(format!("{schema:?} is not a plain schema name")));
        }
        let admin = PgPoolOptions::new()
            .max_connections(1)
            .connect(url)
            .await
            .map_err(failed)?;
        // A name cannot be bound as a parameter; it was checked to be plain above.
        sqlx::query(&format!("CREATE SCHEMA IF NOT EXISTS {schema}"))
            .execute(&admin)
            .await
            .map_err(failed)?;
        admin.close().await;
        let separator = if url.contains('?') { '&' } else { '?' };
        Postgres::connect(
            &format!("{url}{separator}options=-csearch_path%3D{schema}"),
            connections,
        )
        .await
    }
}

sql_store!(Postgres);

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicU64, Ordering};

    use super::*;

    /// The database of the Postgres tests: `PESA_STORE_POSTGRES_URL`, or
    /// none (the tests then say they were skipped).
    fn url() -> Option<String> {
        let url = std::env::var("PESA_STORE_POSTGRES_URL")
            .ok()
            .filter(|url| !url.is_empty());
        if url.is_none() {
            eprintln!("skipped: PESA_STORE_POSTGRES_URL is not set (.ci/run sets it, starting PostgreSQL)");
        }
        url
    }

    /// A store in a new schema of its own: the tests run in parallel on one
    /// database, and a rerun starts empty.
    async fn fresh(url: &str, connections: u32) -> Postgres {
        static NEXT: AtomicU64 = AtomicU64::new(0);
        let schema = format!("test_{}_{}", std::process::id(), NEXT.fetch_add(1, Ordering::SeqCst));
        Postgres::connect_in_schema(url, &schema, connections).await.unwrap()
    }

    #[tokio::test]
    async fn a_schema_name_is_checked_before_it_is_used() {
        let refused = Postgres::connect_in_schema("postgres://nowhere.invalid/db", "x; DROP TABLE y", 1).await;
        assert!(refused.unwrap_err().to_string().contains("not a plain schema name"));
    }

    #[tokio::test]
    async fn claims_and_the_journal_behave_as_every_store_must() {
        let Some(url) = url() else { return };
        let store = fresh(&url, 4).await;
        crate::contract::claims(&store).await;
        crate::contract::journal(&store).await;
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    async fn a_callback_delivered_200_times_concurrently_is_decided_once() {
        let Some(url) = url() else { return };
        crate::once::tests::decided_once(std::sync::Arc::new(fresh(&url, 8).await)).await;
    }
}
