use async_trait::async_trait;
use chrono::{DateTime, Utc};
use sqlx::Row;

use super::knowledge::count_read;
use super::{SqliteStore, cases::insert_outgoing};
use crate::lang::Lang;
use crate::store::StoreError;
use crate::store::rows::{inbox_item, lang, ms, trail_item};
use crate::store::telegram::{Arrived, Handled, InboxItem, TelegramStore, TrailItem};

#[async_trait]
impl TelegramStore for SqliteStore {
    async fn inbox_add(
        &self,
        updates: &[Arrived<'_>],
        at: DateTime<Utc>,
        dedup_since: DateTime<Utc>,
    ) -> Result<Vec<Option<i64>>, StoreError> {
        // A poll's batch in one transaction: one commit, not one per update.
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        let mut ids = Vec::with_capacity(updates.len());
        for u in updates {
            let res = sqlx::query(
                "INSERT INTO telegram_inbox (update_id, chat_id, body, received_at) \
                 SELECT ?, ?, ?, ? WHERE NOT EXISTS \
                 (SELECT 1 FROM telegram_inbox WHERE update_id = ? AND received_at >= ?)",
            )
            .bind(u.update_id)
            .bind(u.chat_id)
            .bind(u.body)
            .bind(ms(at))
            .bind(u.update_id)
            .bind(ms(dedup_since))
            .execute(&mut *tx)
            .await?;
            ids.push((res.rows_affected() == 1).then(|| res.last_insert_rowid()));
        }
        tx.commit().await?;
        Ok(ids)
    }

    async fn inbox_pending(&self, per_chat: i64, limit: i64) -> Result<Vec<InboxItem>, StoreError> {
        // An update without a chat is a chat of its own.
        let rows = sqlx::query(
            "SELECT id, chat_id, body FROM ( \
               SELECT id, chat_id, body, ROW_NUMBER() OVER \
                 (PARTITION BY COALESCE(chat_id, 'update:' || id) ORDER BY id) AS n \
               FROM telegram_inbox WHERE handled_at IS NULL) \
             WHERE n <= ? ORDER BY id LIMIT ?",
        )
        .bind(per_chat)
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(inbox_item).collect()
    }

    async fn inbox_is_pending(&self, id: i64) -> Result<bool, StoreError> {
        let pending: Option<i64> =
            sqlx::query_scalar("SELECT id FROM telegram_inbox WHERE id = ? AND handled_at IS NULL")
                .bind(id)
                .fetch_optional(&self.pool)
                .await?;
        Ok(pending.is_some())
    }

    async fn inbox_finish(
        &self,
        id: i64,
        handled: &Handled,
        at: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        let marked = sqlx::query(
            "UPDATE telegram_inbox SET handled_at = ?, body = '' \
             WHERE id = ? AND handled_at IS NULL",
        )
        .bind(ms(at))
        .bind(id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        // Already handled (or forgotten meanwhile): answering again would
        // repeat the answers.
        if marked == 1 {
            write_handled(&mut tx, handled, at).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    async fn inbox_purge(&self, before: DateTime<Utc>) -> Result<u64, StoreError> {
        let n = sqlx::query(
            "DELETE FROM telegram_inbox WHERE handled_at IS NOT NULL AND received_at < ?",
        )
        .bind(ms(before))
        .execute(&self.pool)
        .await?
        .rows_affected();
        // Handled updates were blanked (`inbox_finish`); this hourly pass
        // also takes their text out of the WAL.
        super::private::checkpoint(&self.pool).await?;
        Ok(n)
    }

    async fn inbox_forget_chat(&self, chat_id: &str) -> Result<(), StoreError> {
        sqlx::query("UPDATE telegram_inbox SET body = '', chat_id = NULL WHERE chat_id = ?")
            .bind(chat_id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn create_phone_link(
        &self,
        token_hash: &str,
        target: &str,
        expires_at: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM phone_links WHERE expires_at < ?")
            .bind(ms(expires_at - chrono::Duration::days(1)))
            .execute(&self.pool)
            .await?;
        sqlx::query("INSERT INTO phone_links (token_hash, target, expires_at) VALUES (?, ?, ?)")
            .bind(token_hash)
            .bind(target)
            .bind(ms(expires_at))
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn take_phone_link(
        &self,
        token_hash: &str,
        consumer: &str,
        now: DateTime<Utc>,
    ) -> Result<Option<String>, StoreError> {
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        let row =
            sqlx::query("SELECT target, expires_at, used_by FROM phone_links WHERE token_hash = ?")
                .bind(token_hash)
                .fetch_optional(&mut *tx)
                .await?;
        let Some(row) = row else { return Ok(None) };
        let used_by: Option<String> = row.try_get("used_by")?;
        let expires: i64 = row.try_get("expires_at")?;
        let target = match used_by.as_deref() {
            Some(u) if u == consumer => Some(row.try_get("target")?),
            Some(_) => None,
            None if expires < ms(now) => None,
            None => {
                sqlx::query("UPDATE phone_links SET used_by = ? WHERE token_hash = ?")
                    .bind(consumer)
                    .bind(token_hash)
                    .execute(&mut *tx)
                    .await?;
                Some(row.try_get("target")?)
            }
        };
        tx.commit().await?;
        Ok(target)
    }

    async fn talk_lang(&self, visitor_id: i64) -> Result<Option<Lang>, StoreError> {
        sqlx::query("SELECT lang FROM telegram_talk WHERE visitor_id = ?")
            .bind(visitor_id)
            .fetch_optional(&self.pool)
            .await?
            .map(|r| lang(&r, "lang"))
            .transpose()
    }

    async fn trail(
        &self,
        visitor_id: i64,
        since: DateTime<Utc>,
        n: i64,
    ) -> Result<Vec<TrailItem>, StoreError> {
        let rows = sqlx::query(
            "SELECT kind, item FROM telegram_trail WHERE visitor_id = ? AND at >= ? \
             ORDER BY id DESC LIMIT ?",
        )
        .bind(visitor_id)
        .bind(ms(since))
        .bind(n)
        .fetch_all(&self.pool)
        .await?;
        let mut items = rows.iter().map(trail_item).collect::<Result<Vec<_>, _>>()?;
        items.reverse();
        Ok(items)
    }

    async fn trail_question(
        &self,
        visitor_id: i64,
        update_key: &str,
    ) -> Result<Option<String>, StoreError> {
        Ok(sqlx::query_scalar(
            "SELECT item FROM telegram_trail \
             WHERE visitor_id = ? AND update_key = ? AND kind = 'searched'",
        )
        .bind(visitor_id)
        .bind(update_key)
        .fetch_optional(&self.pool)
        .await?)
    }

    async fn trail_purge(&self, before: DateTime<Utc>) -> Result<u64, StoreError> {
        let n = sqlx::query("DELETE FROM telegram_trail WHERE at < ?")
            .bind(ms(before))
            .execute(&self.pool)
            .await?
            .rows_affected();
        super::private::checkpoint(&self.pool).await?;
        Ok(n)
    }

    async fn setting_or_insert(&self, key: &str, value: &str) -> Result<String, StoreError> {
        sqlx::query(
            "INSERT INTO service_settings (key, value) VALUES (?, ?) ON CONFLICT DO NOTHING",
        )
        .bind(key)
        .bind(value)
        .execute(&self.pool)
        .await?;
        Ok(
            sqlx::query_scalar("SELECT value FROM service_settings WHERE key = ?")
                .bind(key)
                .fetch_one(&self.pool)
                .await?,
        )
    }
}

/// What handling an update left, in the transaction that marks it handled.
async fn write_handled(
    conn: &mut sqlx::SqliteConnection,
    h: &Handled,
    at: DateTime<Utc>,
) -> Result<(), StoreError> {
    for payload in &h.answers {
        insert_outgoing(conn, h.visitor_id, None, payload, at).await?;
    }
    for (kind, item) in &h.trail {
        sqlx::query(
            "INSERT INTO telegram_trail (visitor_id, kind, item, update_key, at) \
             VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
        )
        .bind(h.visitor_id)
        .bind(kind.as_str())
        .bind(item)
        .bind(&h.update_key)
        .bind(ms(at))
        .execute(&mut *conn)
        .await?;
    }
    if let Some(lang) = h.talk_lang {
        sqlx::query(
            "INSERT INTO telegram_talk (visitor_id, lang, at) VALUES (?, ?, ?) \
             ON CONFLICT (visitor_id) DO UPDATE SET lang = excluded.lang, at = excluded.at",
        )
        .bind(h.visitor_id)
        .bind(lang.code())
        .bind(ms(at))
        .execute(&mut *conn)
        .await?;
    }
    for (article, lang) in &h.reads {
        count_read(conn, at.date_naive(), article, *lang).await?;
    }
    Ok(())
}
