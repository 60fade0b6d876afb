//! Telegram's sending limits counted for every instance at once, in one
//! statement per turn, by the database's clock.
//!
//! The overall limit is a sliding window kept as `per_window` places, each
//! holding the time of a send: a send takes a place whose time has left
//! the window, so no window ever holds more sends than places. Places are
//! taken with `FOR UPDATE SKIP LOCKED`, so two instances taking turns at
//! once take different places. A chat's pacing is a virtual schedule (the
//! generic cell rate algorithm): its next free turn `tat` moves on by
//! `chat_every` per send, and a send is allowed while `tat` is less than a
//! burst ahead of now. Only one instance sends to a chat at a time (the
//! outbox's claim per visitor), so the chat's row is not raced for.

use async_trait::async_trait;
use sqlx::Row;
use sqlx::postgres::PgPool;

use crate::store::StoreError;
use crate::store::turns::{SendTurns, Turn, TurnLimits};

/// The database's time in milliseconds since 1970, read once per
/// statement.
const NOW_MS: &str = "(EXTRACT(EPOCH FROM clock_timestamp()) * 1000)::BIGINT";

pub struct PgSendTurns {
    pool: PgPool,
    /// Whether the places of the window exist yet.
    ready: tokio::sync::OnceCell<()>,
}

impl PgSendTurns {
    pub fn new(pool: PgPool) -> Self {
        PgSendTurns {
            pool,
            ready: tokio::sync::OnceCell::new(),
        }
    }

    /// Creates the window's places, once per process (any instance may
    /// be the first).
    async fn places(&self, n: u32) -> Result<(), StoreError> {
        self.ready
            .get_or_try_init(|| async {
                sqlx::query(
                    "INSERT INTO send_slots (slot, at) \
                     SELECT g, 0 FROM generate_series(0, $1 - 1) AS g \
                     ON CONFLICT (slot) DO NOTHING",
                )
                .bind(i32::try_from(n).unwrap_or(i32::MAX))
                .execute(&self.pool)
                .await
                .map(|_| ())
            })
            .await?;
        Ok(())
    }
}

fn ms(d: std::time::Duration) -> i64 {
    i64::try_from(d.as_millis()).unwrap_or(i64::MAX)
}

#[async_trait]
impl SendTurns for PgSendTurns {
    async fn take_turn(&self, chat: i64, limits: TurnLimits) -> Result<Turn, StoreError> {
        self.places(limits.per_window).await?;
        // $1 chat, $2 places, $3 window, $4 chat gap, $5 burst tolerance.
        // Data-modifying CTEs run once whether or not the final SELECT
        // reads them; it reads the waits from the statement's snapshot.
        let sql = format!(
            "WITH now AS MATERIALIZED (SELECT {NOW_MS} AS t), \
             chat AS (SELECT tat FROM chat_turns WHERE chat = $1), \
             chat_wait AS (SELECT GREATEST(COALESCE((SELECT tat FROM chat), 0) - $5 \
                                           - (SELECT t FROM now), 0) AS ms), \
             free AS (SELECT slot FROM send_slots \
                      WHERE slot < $2 AND at <= (SELECT t FROM now) - $3 \
                      AND (SELECT ms FROM chat_wait) = 0 \
                      ORDER BY at LIMIT 1 FOR UPDATE SKIP LOCKED), \
             took AS (UPDATE send_slots s SET at = (SELECT t FROM now) FROM free \
                      WHERE s.slot = free.slot RETURNING s.slot), \
             paced AS (INSERT INTO chat_turns (chat, tat) \
                       SELECT $1, GREATEST(COALESCE((SELECT tat FROM chat), 0), \
                                           (SELECT t FROM now)) + $4 FROM took \
                       ON CONFLICT (chat) DO UPDATE SET tat = excluded.tat \
                       RETURNING chat) \
             SELECT (SELECT COUNT(*) FROM paced) AS taken, \
                    (SELECT ms FROM chat_wait) AS chat_wait, \
                    (SELECT MIN(at) FROM send_slots WHERE slot < $2) + $3 \
                      - (SELECT t FROM now) AS full_wait"
        );
        let gap = ms(limits.chat_every);
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(chat)
            .bind(i32::try_from(limits.per_window).unwrap_or(i32::MAX))
            .bind(ms(limits.window))
            .bind(gap)
            .bind(gap.saturating_mul(i64::from(limits.chat_burst.saturating_sub(1))))
            .fetch_one(&self.pool)
            .await?;
        let taken: i64 = row.try_get("taken")?;
        let chat_wait: i64 = row.try_get("chat_wait")?;
        let full_wait: Option<i64> = row.try_get("full_wait")?;
        let millis = |v: i64| std::time::Duration::from_millis(u64::try_from(v).unwrap_or(0));
        Ok(if taken > 0 {
            Turn::Taken
        } else if chat_wait > 0 {
            Turn::ChatWait(millis(chat_wait))
        } else {
            // A place may have been taken by another instance after this
            // statement's snapshot: the wait can come out as zero, and the
            // caller tries again.
            Turn::Full(millis(full_wait.unwrap_or(0)))
        })
    }

    async fn forget_quiet_chats(&self, limits: TurnLimits) -> Result<(), StoreError> {
        // A chat whose schedule is in the past has its whole burst.
        let sql = format!("DELETE FROM chat_turns WHERE tat < {NOW_MS} - $1");
        sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(ms(limits.window))
            .execute(&self.pool)
            .await?;
        Ok(())
    }
}
