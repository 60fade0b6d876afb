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
mod telegram;
mod tickets;

use std::str::FromStr;
use std::time::Duration;

use async_trait::async_trait;
use chrono::{DateTime, NaiveDate, Utc};
use sqlx::Row;
use sqlx::sqlite::SqliteRow;
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous,
};

use super::{MissCount, SearchMiss, Store, StoreError};
use crate::lang::Lang;

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
        sqlx::migrate!("./migrations/sqlite").run(&pool).await?;
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
        rows.into_iter()
            .map(|r| {
                Ok(MissCount {
                    lang: r.try_get("lang")?,
                    query: r.try_get("query")?,
                    count: r.try_get("n")?,
                    last_seen: r.try_get("last")?,
                })
            })
            .collect()
    }

    async fn close(&self) {
        self.pool.close().await;
    }
}

/// Times are stored as Unix milliseconds.
fn ms(t: DateTime<Utc>) -> i64 {
    t.timestamp_millis()
}

fn time(v: i64) -> DateTime<Utc> {
    DateTime::from_timestamp_millis(v).unwrap_or_default()
}

fn opt_time(v: Option<i64>) -> Option<DateTime<Utc>> {
    v.map(time)
}

/// A stored name back into its enum, or a corrupt-row error.
fn parsed<T>(
    row: &SqliteRow,
    col: &str,
    parse: impl Fn(&str) -> Option<T>,
) -> Result<T, StoreError> {
    let s: String = row.try_get(col)?;
    parse(&s).ok_or_else(|| StoreError::Corrupt(format!("{col}={s}")))
}

fn lang(row: &SqliteRow, col: &str) -> Result<Lang, StoreError> {
    parsed(row, col, |s| s.parse().ok())
}

fn day(row: &SqliteRow, col: &str) -> Result<NaiveDate, StoreError> {
    parsed(row, col, |s| s.parse().ok())
}

fn join<S: AsRef<str>>(items: &[S]) -> String {
    items
        .iter()
        .map(|s| s.as_ref())
        .collect::<Vec<_>>()
        .join(" ")
}

fn split(s: &str) -> Vec<String> {
    s.split_whitespace().map(str::to_string).collect()
}
