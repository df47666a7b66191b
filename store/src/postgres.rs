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
}

sql_store!(Postgres);

#[cfg(test)]
mod tests {
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

    #[tokio::test]
    async fn claims_and_the_journal_behave_as_every_store_must() {
        let Some(url) = url() else { return };
        let store = Postgres::connect(&url, 4).await.unwrap();
        sqlx::query("TRUNCATE callback_claims, payments")
            .execute(&store.pool)
            .await
            .unwrap();
        crate::contract::claims(&store).await;
        crate::contract::journal(&store).await;
    }
}
