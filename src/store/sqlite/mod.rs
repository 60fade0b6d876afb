//! The embedded SQLite backend (WAL mode, one file). Writes that read
//! before they write take `BEGIN IMMEDIATE`, so two of them never act on the
//! same snapshot (the second waits for the first).

mod accounts;
mod cases;
mod delivery;
mod erase;
mod knowledge;
mod lease;
mod private;
mod relay;
mod telegram;
mod tickets;

use std::str::FromStr;
use std::time::Duration;

use async_trait::async_trait;
use chrono::NaiveDate;
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous,
};

// The shared value helpers and row mappers (`ms`, `time`, `lang`, `case`, …)
// stay reachable as `super::…` from this backend's modules.
use super::rows::*;
use super::schema;
use super::{MissCount, SearchMiss, Store, StoreError};

pub struct SqliteStore {
    pool: SqlitePool,
}

impl SqliteStore {
    pub async fn open(url: &str) -> Result<Self, StoreError> {
        let opts = SqliteConnectOptions::from_str(url)?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .foreign_keys(true)
            // Deleted rows are overwritten with zeros, on every connection
            // of the pool (sqlx sets pragmas on each one it opens).
            .pragma("secure_delete", "ON")
            .busy_timeout(Duration::from_secs(5));
        private::prepare(opts.get_filename())?;
        let pool = SqlitePoolOptions::new()
            .max_connections(8)
            .connect_with(opts)
            .await?;
        let migrations = schema::for_rolling_upgrades(sqlx::migrate!("./migrations/sqlite"));
        migrations.run(&pool).await?;
        let newest: Option<i64> = sqlx::query_scalar(schema::NEWEST_APPLIED)
            .fetch_one(&pool)
            .await?;
        schema::warn_if_newer(&migrations, newest);
        Ok(SqliteStore { pool })
    }
}

#[async_trait]
impl Store for SqliteStore {
    async fn ping(&self) -> Result<(), StoreError> {
        sqlx::query("SELECT 1").execute(&self.pool).await?;
        Ok(())
    }

    async fn record_search_miss(&self, miss: &SearchMiss) -> Result<(), StoreError> {
        sqlx::query("INSERT INTO search_misses (day, lang, query) VALUES (?, ?, ?)")
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
        let rows = sqlx::query(
            "SELECT lang, query, COUNT(*) AS n, MAX(day) AS last FROM search_misses WHERE day >= ? \
             GROUP BY lang, query ORDER BY n DESC, query LIMIT ?",
        )
        .bind(since.to_string())
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(miss_count).collect()
    }

    fn shared(&self) -> bool {
        false
    }

    /// None: a SQLite file serves one machine and, in practice, one
    /// process, whose limiter in memory sees every send. Several instances
    /// need PostgreSQL, where the count is shared.
    fn send_turns(&self) -> Option<std::sync::Arc<dyn crate::store::SendTurns>> {
        None
    }

    async fn close(&self) {
        self.pool.close().await;
    }
}
