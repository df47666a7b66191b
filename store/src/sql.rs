//! What the SQL stores share: their statements, written once in
//! PostgreSQL's placeholders (`$1`) and given to SQLite in its own (`?1`),
//! and the one implementation of [`Store`](crate::Store) over a sqlx pool
//! ([`sql_store!`]). Every value is bound; no statement is built from data.

/// The statements of a SQL store, in one database's placeholders.
#[derive(Debug, Clone)]
pub(crate) struct Statements {
    /// Won when new, or when its holder's lease ended undecided: one statement, atomic.
    pub claim: String,
    pub answer: String,
    pub settle: String,
    pub release: String,
    pub record_intent: String,
    pub entry: String,
    pub reopen: String,
    pub record_outcome: String,
    pub unsettled: String,
}

impl Statements {
    /// The statements with `$` placeholders written as `placeholder` does.
    pub fn with_placeholders(placeholder: char) -> Self {
        let sql = |text: &str| text.replace('$', &placeholder.to_string());
        Statements {
            claim: sql(
                "INSERT INTO callback_claims (provider, payment_key, holder, lease_until_ms) VALUES ($1, $2, $3, $4)
                 ON CONFLICT (provider, payment_key) DO UPDATE
                 SET holder = excluded.holder, lease_until_ms = excluded.lease_until_ms
                 WHERE callback_claims.answer IS NULL
                   AND (callback_claims.holder IS NULL OR callback_claims.lease_until_ms <= $5)",
            ),
            answer: sql("SELECT answer FROM callback_claims WHERE provider = $1 AND payment_key = $2"),
            settle: sql("UPDATE callback_claims SET answer = $1, holder = NULL
                 WHERE provider = $2 AND payment_key = $3 AND holder = $4 AND answer IS NULL"),
            release: sql("DELETE FROM callback_claims
                 WHERE provider = $1 AND payment_key = $2 AND holder = $3 AND answer IS NULL"),
            record_intent: sql(
                "INSERT INTO payments (provider, reference, intent, recorded_ms) VALUES ($1, $2, $3, $4)
                 ON CONFLICT (provider, reference) DO NOTHING",
            ),
            entry: sql("SELECT reference, intent, outcome, recorded_ms FROM payments
                 WHERE provider = $1 AND reference = $2"),
            reopen: sql("UPDATE payments SET intent = $1, outcome = NULL, recorded_ms = $2
                 WHERE provider = $3 AND reference = $4 AND outcome = $5"),
            record_outcome: sql("UPDATE payments SET outcome = $1 WHERE provider = $2 AND reference = $3"),
            unsettled: sql("SELECT reference, intent, outcome, recorded_ms FROM payments
                 WHERE provider = $1 AND outcome IS NULL ORDER BY recorded_ms, reference"),
        }
    }
}

/// A store's failure, from any error of the database.
pub(crate) fn failed(error: impl std::fmt::Display) -> crate::StoreError {
    crate::StoreError::new(error.to_string())
}

/// The journal entry of `provider` in `row` (reference, intent, outcome, recorded_ms).
pub(crate) fn entry<R>(provider: &str, row: &R) -> Result<crate::Entry, crate::StoreError>
where
    R: sqlx::Row,
    for<'r> &'r str: sqlx::ColumnIndex<R>,
    for<'r> String: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
    for<'r> Option<String>: sqlx::Decode<'r, R::Database>,
    for<'r> i64: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
{
    let recorded: i64 = row.try_get("recorded_ms").map_err(failed)?;
    Ok(crate::Entry {
        key: crate::Key::new(provider, row.try_get::<String, _>("reference").map_err(failed)?),
        intent: row.try_get("intent").map_err(failed)?,
        outcome: row.try_get("outcome").map_err(failed)?,
        recorded: chrono::DateTime::from_timestamp_millis(recorded).ok_or_else(|| failed("a bad timestamp"))?,
    })
}

/// [`Store`](crate::Store) for `$store`, a struct with a sqlx `pool` and its
/// `statements`.
macro_rules! sql_store {
    ($store:ty) => {
        impl $crate::Store for $store {
            fn claim<'a>(
                &'a self,
                key: &'a $crate::Key,
                holder: &'a str,
                lease: ::std::time::Duration,
                now: ::chrono::DateTime<::chrono::Utc>,
            ) -> ::futures_util::future::BoxFuture<'a, Result<$crate::Claim, $crate::StoreError>> {
                Box::pin(async move {
                    use ::sqlx::Row as _;
                    let won = ::sqlx::query(&self.statements.claim)
                        .bind(&key.provider)
                        .bind(&key.key)
                        .bind(holder)
                        .bind($crate::until(now, lease).timestamp_millis())
                        .bind(now.timestamp_millis())
                        .execute(&self.pool)
                        .await
                        .map_err($crate::sql::failed)?
                        .rows_affected()
                        == 1;
                    if won {
                        return Ok($crate::Claim::Won);
                    }
                    let row = ::sqlx::query(&self.statements.answer)
                        .bind(&key.provider)
                        .bind(&key.key)
                        .fetch_one(&self.pool)
                        .await
                        .map_err($crate::sql::failed)?;
                    let answer: Option<Vec<u8>> = row.try_get("answer").map_err($crate::sql::failed)?;
                    Ok(answer.map_or($crate::Claim::InProgress, $crate::Claim::Settled))
                })
            }

            fn settle<'a>(
                &'a self,
                key: &'a $crate::Key,
                holder: &'a str,
                answer: &'a [u8],
            ) -> ::futures_util::future::BoxFuture<'a, Result<bool, $crate::StoreError>> {
                Box::pin(async move {
                    let settled = ::sqlx::query(&self.statements.settle)
                        .bind(answer)
                        .bind(&key.provider)
                        .bind(&key.key)
                        .bind(holder)
                        .execute(&self.pool)
                        .await
                        .map_err($crate::sql::failed)?;
                    Ok(settled.rows_affected() == 1)
                })
            }

            fn release<'a>(
                &'a self,
                key: &'a $crate::Key,
                holder: &'a str,
            ) -> ::futures_util::future::BoxFuture<'a, Result<(), $crate::StoreError>> {
                Box::pin(async move {
                    ::sqlx::query(&self.statements.release)
                        .bind(&key.provider)
                        .bind(&key.key)
                        .bind(holder)
                        .execute(&self.pool)
                        .await
                        .map_err($crate::sql::failed)?;
                    Ok(())
                })
            }

            fn record_intent<'a>(
                &'a self,
                key: &'a $crate::Key,
                intent: &'a str,
                now: ::chrono::DateTime<::chrono::Utc>,
            ) -> ::futures_util::future::BoxFuture<'a, Result<$crate::Recorded, $crate::StoreError>> {
                Box::pin(async move {
                    let recorded = ::sqlx::query(&self.statements.record_intent)
                        .bind(&key.provider)
                        .bind(&key.key)
                        .bind(intent)
                        .bind(now.timestamp_millis())
                        .execute(&self.pool)
                        .await
                        .map_err($crate::sql::failed)?;
                    if recorded.rows_affected() == 1 {
                        return Ok($crate::Recorded::New);
                    }
                    let row = ::sqlx::query(&self.statements.entry)
                        .bind(&key.provider)
                        .bind(&key.key)
                        .fetch_one(&self.pool)
                        .await
                        .map_err($crate::sql::failed)?;
                    $crate::sql::entry(&key.provider, &row).map($crate::Recorded::Before)
                })
            }

            fn reopen<'a>(
                &'a self,
                key: &'a $crate::Key,
                intent: &'a str,
                was: &'a str,
                now: ::chrono::DateTime<::chrono::Utc>,
            ) -> ::futures_util::future::BoxFuture<'a, Result<bool, $crate::StoreError>> {
                Box::pin(async move {
                    let reopened = ::sqlx::query(&self.statements.reopen)
                        .bind(intent)
                        .bind(now.timestamp_millis())
                        .bind(&key.provider)
                        .bind(&key.key)
                        .bind(was)
                        .execute(&self.pool)
                        .await
                        .map_err($crate::sql::failed)?;
                    Ok(reopened.rows_affected() == 1)
                })
            }

            fn record_outcome<'a>(
                &'a self,
                key: &'a $crate::Key,
                outcome: &'a str,
            ) -> ::futures_util::future::BoxFuture<'a, Result<(), $crate::StoreError>> {
                Box::pin(async move {
                    ::sqlx::query(&self.statements.record_outcome)
                        .bind(outcome)
                        .bind(&key.provider)
                        .bind(&key.key)
                        .execute(&self.pool)
                        .await
                        .map_err($crate::sql::failed)?;
                    Ok(())
                })
            }

            fn unsettled<'a>(
                &'a self,
                provider: &'a str,
            ) -> ::futures_util::future::BoxFuture<'a, Result<Vec<$crate::Entry>, $crate::StoreError>> {
                Box::pin(async move {
                    let rows = ::sqlx::query(&self.statements.unsettled)
                        .bind(provider)
                        .fetch_all(&self.pool)
                        .await
                        .map_err($crate::sql::failed)?;
                    rows.iter().map(|row| $crate::sql::entry(provider, row)).collect()
                })
            }
        }
    };
}
pub(crate) use sql_store;
