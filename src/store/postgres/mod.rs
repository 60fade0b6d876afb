//! The PostgreSQL backend, for deployments larger than one machine's
//! SQLite file. Same behaviour as the SQLite backend, query by query; where
//! SQLite serialises writers with `BEGIN IMMEDIATE`, here a read that
//! decides a write locks what it read (`SELECT … FOR UPDATE`), or, where
//! the row does not exist yet (the next ticket number, a new version), a
//! transaction-scoped advisory lock on what is being decided (`lock`), so
//! two writers never act on the same snapshot, whichever process they run
//! in. Times are Unix milliseconds, as in the SQLite files.
//!
//! A claim or a ticket call waits for the row (`FOR UPDATE`) rather than
//! skipping it (`SKIP LOCKED`): the lock may be held by an unrelated change
//! of the same case (a message arriving), and a claim that skipped it would
//! wrongly say "taken". The wait is one short transaction; the loser then
//! sees the winner's status. Skipping locked rows is for workers sharing a
//! queue, such as the places of Telegram's sending window (`turns`). The
//! outbox and the Telegram inbox are shared through claims (leases per
//! visitor or chat), since a send or an update's handling takes too long
//! to hold a row lock through.

mod accounts;
mod cases;
mod delivery;
mod erase;
mod knowledge;
mod lease;
mod relay;
mod telegram;
mod tickets;
mod turns;

use async_trait::async_trait;
use chrono::NaiveDate;
use sqlx::Error;
use sqlx::postgres::{PgConnection, PgPool, PgPoolOptions};

// The shared value helpers and row mappers (`ms`, `time`, `lang`, `case`, …)
// stay reachable as `super::…` from this backend's modules.
use super::rows::*;
use super::schema;
use super::{MissCount, SearchMiss, Store, StoreError};

pub struct PostgresStore {
    pool: PgPool,
    /// The events this process stored, which following skips.
    own: std::sync::Arc<relay::OwnEvents>,
}

impl PostgresStore {
    pub async fn open(url: &str) -> Result<Self, StoreError> {
        let pool = PgPoolOptions::new()
            .max_connections(16)
            .connect(url)
            .await?;
        let migrations = schema::for_rolling_upgrades(sqlx::migrate!("./migrations/postgres"));
        migrations.run(&pool).await?;
        let newest: Option<i64> = sqlx::query_scalar(schema::NEWEST_APPLIED)
            .fetch_one(&pool)
            .await?;
        schema::warn_if_newer(&migrations, newest);
        Ok(PostgresStore {
            pool,
            own: Default::default(),
        })
    }
}

#[async_trait]
impl Store for PostgresStore {
    async fn ping(&self) -> Result<(), StoreError> {
        sqlx::query("SELECT 1").execute(&self.pool).await?;
        Ok(())
    }

    async fn record_search_miss(&self, miss: &SearchMiss) -> Result<(), StoreError> {
        sqlx::query("INSERT INTO search_misses (day, lang, query) VALUES ($1, $2, $3)")
            .bind(miss.day.to_string())
            .bind(miss.lang.code())
            .bind(&miss.query)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn search_misses(
        &self,
        since: NaiveDate,
        limit: i64,
    ) -> Result<Vec<MissCount>, StoreError> {
        // COLLATE "C": text sorts by code point, as in SQLite.
        let rows = sqlx::query(
            "SELECT lang, query, COUNT(*) AS n, MAX(day) AS last FROM search_misses \
             WHERE day >= $1 GROUP BY lang, query ORDER BY n DESC, query COLLATE \"C\" LIMIT $2",
        )
        .bind(since.to_string())
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(miss_count).collect()
    }

    fn shared(&self) -> bool {
        true
    }

    fn send_turns(&self) -> Option<std::sync::Arc<dyn crate::store::SendTurns>> {
        Some(std::sync::Arc::new(turns::PgSendTurns::new(
            self.pool.clone(),
        )))
    }

    async fn close(&self) {
        self.pool.close().await;
    }
}

/// Holds, until the transaction ends, a lock on `key` (what a read-then-
/// write decides, such as "the next ticket number of this queue today"),
/// for writes whose rows do not exist yet and so cannot be locked.
async fn lock(tx: &mut PgConnection, key: &str) -> Result<(), StoreError> {
    sqlx::query("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))")
        .bind(key)
        .execute(tx)
        .await?;
    Ok(())
}

/// A unique value already taken, as the domain's error.
fn conflict(e: Error) -> StoreError {
    match e {
        Error::Database(d) if d.is_unique_violation() => StoreError::Conflict,
        e => e.into(),
    }
}
