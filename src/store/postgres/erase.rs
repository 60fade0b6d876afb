//! Deleting people's data, by retention or on request. Each deletion is one
//! transaction, followed by a `VACUUM` of the tables it deleted from.
//!
//! What each backend guarantees once an erasure returns:
//! - SQLite (`secure_delete` and a WAL checkpoint): the erased rows are
//!   overwritten with zeros in the database file and gone from its WAL.
//! - PostgreSQL: a deleted row stays in its table's pages as a dead tuple,
//!   readable from the files, until VACUUM removes it; the VACUUM here
//!   makes its space free for reuse, so it can no longer be read through
//!   the database, but its bytes may stay on disk until overwritten, and
//!   they stay in the write-ahead log, in WAL archives and in backups
//!   taken before the erasure until those are recycled. Deployments that
//!   must overwrite erased data need encrypted storage and backup
//!   retention to match.

use chrono::{DateTime, Utc};
use sqlx::{PgConnection, PgPool};

use crate::store::rows::ms;
use crate::store::{Purged, StoreError};

/// Deletes cases, tickets and idle visitors older than `cutoff`, and what
/// only they referred to.
pub(super) async fn purge_before(
    pool: &PgPool,
    cutoff: DateTime<Utc>,
) -> Result<Purged, StoreError> {
    let t = ms(cutoff);
    let mut tx = pool.begin().await?;
    let cases = sqlx::query("DELETE FROM cases WHERE created_at < $1")
        .bind(t)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    let tickets = sqlx::query("DELETE FROM tickets WHERE issued_at < $1")
        .bind(t)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    let visitors = sqlx::query(
        "DELETE FROM visitors WHERE last_seen < $1 \
         AND NOT EXISTS (SELECT 1 FROM cases WHERE cases.visitor_id = visitors.id)",
    )
    .bind(t)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    for sql in [
        "DELETE FROM events WHERE at < $1",
        "DELETE FROM outbox WHERE created_at < $1",
        "DELETE FROM sessions WHERE hard_expires_at < $1",
        "DELETE FROM phone_links WHERE expires_at < $1",
    ] {
        sqlx::query(sql).bind(t).execute(&mut *tx).await?;
    }
    for sql in [
        "DELETE FROM search_misses WHERE day < $1",
        "UPDATE article_feedback SET query = NULL WHERE day < $1 AND query IS NOT NULL",
    ] {
        sqlx::query(sql)
            .bind(cutoff.date_naive().to_string())
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    vacuum(
        pool,
        &[
            "cases",
            "messages",
            "files",
            "tickets",
            "visitors",
            "events",
            "outbox",
            "sessions",
            "phone_links",
            "search_misses",
            "article_feedback",
            "telegram_talk",
            "telegram_trail",
        ],
    )
    .await?;
    Ok(Purged {
        cases,
        tickets,
        visitors,
    })
}

/// Deletes a visitor and everything about them: their cases (messages,
/// files, notes, events and messages to them go with them), and what is
/// kept by their Telegram chat or their kiosk chat rather than by the
/// visitor record.
pub(super) async fn visitor(pool: &PgPool, visitor_id: i64) -> Result<Purged, StoreError> {
    let mut tx = pool.begin().await?;
    telegram_chat(&mut tx, visitor_id).await?;
    phone_links_and_kiosk_chats(&mut tx, visitor_id).await?;
    let cases = sqlx::query("DELETE FROM cases WHERE visitor_id = $1")
        .bind(visitor_id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    let visitors = sqlx::query("DELETE FROM visitors WHERE id = $1")
        .bind(visitor_id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    tx.commit().await?;
    vacuum(
        pool,
        &[
            "telegram_inbox",
            "phone_links",
            "cases",
            "messages",
            "files",
            "events",
            "outbox",
            "visitors",
            "telegram_talk",
            "telegram_trail",
        ],
    )
    .await?;
    Ok(Purged {
        cases,
        tickets: 0,
        visitors,
    })
}

/// The updates their Telegram chat sent (handled or not: one not yet
/// handled would bring them back), and the kiosk codes those updates took
/// (an update's key is `tg:<inbox id>`, see the bot's dialogue).
async fn telegram_chat(tx: &mut PgConnection, visitor_id: i64) -> Result<(), StoreError> {
    const CHAT: &str = "(SELECT address FROM visitors WHERE id = $1 AND channel = 'telegram')";
    sqlx::query(sqlx::AssertSqlSafe(format!(
        "DELETE FROM phone_links WHERE used_by IN \
         (SELECT 'tg:' || id FROM telegram_inbox WHERE chat_id = {CHAT})"
    )))
    .bind(visitor_id)
    .execute(&mut *tx)
    .await?;
    sqlx::query(sqlx::AssertSqlSafe(format!(
        "DELETE FROM telegram_inbox WHERE chat_id = {CHAT}"
    )))
    .bind(visitor_id)
    .execute(&mut *tx)
    .await?;
    Ok(())
}

/// Codes that move one of their cases to a phone (the target is the bot's
/// `{"open":"case","id":N}`), and the kiosk chat a case moved away from:
/// a visitor record left without cases, known only by the messages it was
/// sent for the case.
async fn phone_links_and_kiosk_chats(
    tx: &mut PgConnection,
    visitor_id: i64,
) -> Result<(), StoreError> {
    // PostgreSQL 15 has no test for valid JSON that a query could use
    // before casting, and one malformed target must not stop an erasure:
    // the targets are read and matched here.
    let cases: Vec<i64> = sqlx::query_scalar("SELECT id FROM cases WHERE visitor_id = $1")
        .bind(visitor_id)
        .fetch_all(&mut *tx)
        .await?;
    let links: Vec<(String, String)> =
        sqlx::query_as("SELECT token_hash, target FROM phone_links WHERE target LIKE '%\"case\"%'")
            .fetch_all(&mut *tx)
            .await?;
    for (token, target) in links {
        let Ok(t) = serde_json::from_str::<serde_json::Value>(&target) else {
            continue;
        };
        let is_case = t.get("open").and_then(|o| o.as_str()) == Some("case");
        let id = t.get("id").and_then(|i| i.as_i64());
        if is_case && id.is_some_and(|id| cases.contains(&id)) {
            sqlx::query("DELETE FROM phone_links WHERE token_hash = $1")
                .bind(token)
                .execute(&mut *tx)
                .await?;
        }
    }
    sqlx::query(
        "DELETE FROM visitors WHERE id != $1 AND id IN \
           (SELECT o.visitor_id FROM outbox o JOIN cases c ON c.id = o.case_id \
            WHERE c.visitor_id = $2) \
         AND NOT EXISTS (SELECT 1 FROM cases WHERE cases.visitor_id = visitors.id)",
    )
    .bind(visitor_id)
    .bind(visitor_id)
    .execute(&mut *tx)
    .await?;
    Ok(())
}

/// Removes the dead tuples erasure left in `tables`. VACUUM cannot run in a
/// transaction, so it runs after the deletion's commit, on its own.
pub(super) async fn vacuum(pool: &PgPool, tables: &[&str]) -> Result<(), StoreError> {
    let sql = format!("VACUUM {}", tables.join(", "));
    sqlx::raw_sql(sqlx::AssertSqlSafe(sql))
        .execute(pool)
        .await?;
    Ok(())
}
