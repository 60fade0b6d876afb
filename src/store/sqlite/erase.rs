//! Deleting people's data, by retention or on request. Each deletion is one
//! transaction, and is followed by emptying the WAL (see `private`), so the
//! deleted text is gone from the files too.

use chrono::{DateTime, Utc};
use sqlx::{SqliteConnection, SqlitePool};

use super::private;
use crate::store::rows::ms;
use crate::store::{Purged, StoreError};

/// Deletes cases, tickets and idle visitors older than `cutoff`, and what
/// only they referred to.
pub(super) async fn purge_before(
    pool: &SqlitePool,
    cutoff: DateTime<Utc>,
) -> Result<Purged, StoreError> {
    let t = ms(cutoff);
    let mut tx = pool.begin_with("BEGIN IMMEDIATE").await?;
    let cases = sqlx::query("DELETE FROM cases WHERE created_at < ?")
        .bind(t)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    let tickets = sqlx::query("DELETE FROM tickets WHERE issued_at < ?")
        .bind(t)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    let visitors = sqlx::query(
        "DELETE FROM visitors WHERE last_seen < ? \
         AND NOT EXISTS (SELECT 1 FROM cases WHERE cases.visitor_id = visitors.id)",
    )
    .bind(t)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    for sql in [
        "DELETE FROM events WHERE at < ?",
        "DELETE FROM outbox WHERE created_at < ?",
        "DELETE FROM sessions WHERE hard_expires_at < ?",
        "DELETE FROM phone_links WHERE expires_at < ?",
    ] {
        sqlx::query(sql).bind(t).execute(&mut *tx).await?;
    }
    for sql in [
        "DELETE FROM search_misses WHERE day < ?",
        "UPDATE article_feedback SET query = NULL WHERE day < ? AND query IS NOT NULL",
    ] {
        sqlx::query(sql)
            .bind(cutoff.date_naive().to_string())
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    private::checkpoint(pool).await?;
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
pub(super) async fn visitor(pool: &SqlitePool, visitor_id: i64) -> Result<Purged, StoreError> {
    let mut tx = pool.begin_with("BEGIN IMMEDIATE").await?;
    telegram_chat(&mut tx, visitor_id).await?;
    phone_links_and_kiosk_chats(&mut tx, visitor_id).await?;
    let cases = sqlx::query("DELETE FROM cases WHERE visitor_id = ?")
        .bind(visitor_id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    let visitors = sqlx::query("DELETE FROM visitors WHERE id = ?")
        .bind(visitor_id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    tx.commit().await?;
    private::checkpoint(pool).await?;
    Ok(Purged {
        cases,
        tickets: 0,
        visitors,
    })
}

/// The updates their Telegram chat sent (handled or not: one not yet
/// handled would bring them back), and the kiosk codes those updates took
/// (an update's key is `tg:<inbox id>`, see the bot's dialogue).
async fn telegram_chat(tx: &mut SqliteConnection, visitor_id: i64) -> Result<(), StoreError> {
    const CHAT: &str = "(SELECT address FROM visitors WHERE id = ? AND channel = 'telegram')";
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
    tx: &mut SqliteConnection,
    visitor_id: i64,
) -> Result<(), StoreError> {
    sqlx::query(
        "DELETE FROM phone_links WHERE json_valid(target) \
         AND json_extract(target, '$.open') = 'case' \
         AND json_extract(target, '$.id') IN (SELECT id FROM cases WHERE visitor_id = ?)",
    )
    .bind(visitor_id)
    .execute(&mut *tx)
    .await?;
    sqlx::query(
        "DELETE FROM visitors WHERE id != ? AND id IN \
           (SELECT o.visitor_id FROM outbox o JOIN cases c ON c.id = o.case_id \
            WHERE c.visitor_id = ?) \
         AND NOT EXISTS (SELECT 1 FROM cases WHERE cases.visitor_id = visitors.id)",
    )
    .bind(visitor_id)
    .bind(visitor_id)
    .execute(&mut *tx)
    .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use sqlx::SqlitePool;

    use crate::store::SqliteStore;

    /// A database from before ids were kept unique, with one case and the
    /// audit entry of a case retention already deleted, brought up to date.
    #[tokio::test]
    async fn the_migration_to_unique_ids_keeps_the_rows_and_starts_above_deleted_case_numbers() {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}", dir.path().join("old.db").display());
        let pool = SqlitePool::connect(&format!("{url}?mode=rwc"))
            .await
            .unwrap();
        sqlx::migrate!("./migrations/sqlite")
            .run_to(8, &pool)
            .await
            .unwrap();
        for sql in [
            "INSERT INTO visitors (id, channel, address, lang, created_at, last_seen) \
             VALUES (3, 'kiosk', 'k', 'pt', 0, 0)",
            "INSERT INTO cases (id, visitor_id, channel, lang, serve_lang, topic, status, \
             context, queued_at, created_at) VALUES (7, 3, 'kiosk', 'pt', 'pt', 'labour', \
             'waiting', '{}', 0, 0)",
            "INSERT INTO messages (case_id, author, kind, body, created_at) \
             VALUES (7, 'visitor', 'text', 'olá', 0)",
            "INSERT INTO audit (at, username, action, case_id) VALUES (0, 'ana', 'erase', 41)",
        ] {
            sqlx::query(sql).execute(&pool).await.unwrap();
        }
        pool.close().await;

        let store = SqliteStore::open(&url).await.unwrap();
        let body: String = sqlx::query_scalar("SELECT body FROM messages WHERE case_id = 7")
            .fetch_one(&store.pool)
            .await
            .unwrap();
        assert_eq!(body, "olá");
        sqlx::query("DELETE FROM visitors WHERE id = 3")
            .execute(&store.pool)
            .await
            .unwrap();
        let left: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM messages")
            .fetch_one(&store.pool)
            .await
            .unwrap();
        assert_eq!(left, 0, "foreign keys still cascade");
        let visitor = sqlx::query(
            "INSERT INTO visitors (channel, address, lang, created_at, last_seen) \
             VALUES ('kiosk', 'n', 'pt', 0, 0)",
        )
        .execute(&store.pool)
        .await
        .unwrap()
        .last_insert_rowid();
        assert_eq!(visitor, 4, "above the visitor deleted after the migration");
        let new_case = sqlx::query(
            "INSERT INTO cases (visitor_id, channel, lang, topic, status, context, queued_at, \
             created_at) VALUES (?, 'kiosk', 'pt', 'labour', 'waiting', '{}', 0, 0)",
        )
        .bind(visitor)
        .execute(&store.pool)
        .await
        .unwrap()
        .last_insert_rowid();
        assert_eq!(new_case, 42, "above the erased case 41 of the audit log");
    }
}
