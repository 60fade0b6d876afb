use async_trait::async_trait;
use chrono::{DateTime, Utc};

use super::SqliteStore;
use crate::handoff::model::{Mediator, Presence};
use crate::lang::Lang;
use crate::store::rows::{audit_entry, credentials, join, mediator, ms, presence, session, time};
use crate::store::{
    AccountChange, AccountStore, AuditEntry, Credentials, NewMediator, Session, StoreError,
};

#[async_trait]
impl AccountStore for SqliteStore {
    async fn count_mediators(&self) -> Result<i64, StoreError> {
        Ok(sqlx::query_scalar("SELECT COUNT(*) FROM mediators")
            .fetch_one(&self.pool)
            .await?)
    }

    async fn create_mediator(&self, m: &NewMediator) -> Result<i64, StoreError> {
        let res = sqlx::query(
            "INSERT INTO mediators (username, name, password_hash, role, languages, topics, \
             services, ui_lang, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        )
        .bind(&m.username)
        .bind(&m.name)
        .bind(&m.password_hash)
        .bind(m.role.as_str())
        .bind(join(
            &m.languages.iter().map(|l| l.code()).collect::<Vec<_>>(),
        ))
        .bind(join(&m.topics))
        .bind(join(&m.services))
        .bind(m.ui_lang.code())
        .bind(ms(Utc::now()))
        .execute(&self.pool)
        .await;
        match res {
            Ok(r) => Ok(r.last_insert_rowid()),
            Err(sqlx::Error::Database(e)) if e.is_unique_violation() => Err(StoreError::Conflict),
            Err(e) => Err(e.into()),
        }
    }

    async fn mediator(&self, id: i64) -> Result<Option<Mediator>, StoreError> {
        let row = sqlx::query(
            "SELECT id, username, name, role, languages, topics, services, ui_lang, disabled \
             FROM mediators WHERE id = ?",
        )
        .bind(id)
        .fetch_optional(&self.pool)
        .await?;
        row.as_ref().map(mediator).transpose()
    }

    async fn mediator_login(
        &self,
        username: &str,
    ) -> Result<Option<(Mediator, Credentials)>, StoreError> {
        let row = sqlx::query(
            "SELECT id, username, name, role, languages, topics, services, ui_lang, disabled, \
             password_hash FROM mediators WHERE username = ?",
        )
        .bind(username)
        .fetch_optional(&self.pool)
        .await?;
        row.as_ref().map(credentials).transpose()
    }

    async fn mediators(&self) -> Result<Vec<Mediator>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, username, name, role, languages, topics, services, ui_lang, disabled \
             FROM mediators ORDER BY name",
        )
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(mediator).collect()
    }

    async fn set_ui_lang(&self, id: i64, l: Lang) -> Result<(), StoreError> {
        sqlx::query("UPDATE mediators SET ui_lang = ? WHERE id = ?")
            .bind(l.code())
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn change_account(&self, id: i64, c: &AccountChange) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE mediators SET role = ?, languages = ?, topics = ?, services = ? WHERE id = ?",
        )
        .bind(c.role.as_str())
        .bind(join(
            &c.languages.iter().map(|l| l.code()).collect::<Vec<_>>(),
        ))
        .bind(join(&c.topics))
        .bind(join(&c.services))
        .bind(id)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    async fn set_disabled(&self, id: i64, disabled: bool) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await?;
        sqlx::query("UPDATE mediators SET disabled = ? WHERE id = ?")
            .bind(disabled)
            .bind(id)
            .execute(&mut *tx)
            .await?;
        if disabled {
            sqlx::query("DELETE FROM sessions WHERE mediator_id = ?")
                .bind(id)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    async fn set_password(
        &self,
        id: i64,
        password_hash: &str,
        keep: Option<&str>,
    ) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await?;
        sqlx::query("UPDATE mediators SET password_hash = ? WHERE id = ?")
            .bind(password_hash)
            .bind(id)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM sessions WHERE mediator_id = ? AND token_hash IS NOT ?")
            .bind(id)
            .bind(keep)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn end_sessions(&self, id: i64) -> Result<u64, StoreError> {
        let done = sqlx::query("DELETE FROM sessions WHERE mediator_id = ?")
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected())
    }

    async fn login_failures(
        &self,
        account: &str,
        since: DateTime<Utc>,
    ) -> Result<Vec<DateTime<Utc>>, StoreError> {
        let at: Vec<i64> = sqlx::query_scalar(
            "SELECT at FROM login_failures WHERE account = ? AND at >= ? ORDER BY at",
        )
        .bind(account)
        .bind(ms(since))
        .fetch_all(&self.pool)
        .await?;
        Ok(at.into_iter().map(time).collect())
    }

    async fn record_login_failure(
        &self,
        account: &str,
        at: DateTime<Utc>,
        forget_before: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await?;
        sqlx::query("DELETE FROM login_failures WHERE at < ?")
            .bind(ms(forget_before))
            .execute(&mut *tx)
            .await?;
        sqlx::query("INSERT INTO login_failures (account, at) VALUES (?, ?)")
            .bind(account)
            .bind(ms(at))
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn clear_login_failures(&self, account: &str) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM login_failures WHERE account = ?")
            .bind(account)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn create_reset_token(
        &self,
        token_hash: &str,
        mediator_id: i64,
        expires_at: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO reset_tokens (token_hash, mediator_id, expires_at) VALUES (?, ?, ?)",
        )
        .bind(token_hash)
        .bind(mediator_id)
        .bind(ms(expires_at))
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    async fn reset_password(
        &self,
        token_hash: &str,
        now: DateTime<Utc>,
        password_hash: &str,
    ) -> Result<Option<i64>, StoreError> {
        let mut tx = self.pool.begin().await?;
        let owner: Option<i64> = sqlx::query_scalar(
            "UPDATE reset_tokens SET used = 1 WHERE token_hash = ? AND used = 0 AND expires_at > ? \
             RETURNING mediator_id",
        )
        .bind(token_hash)
        .bind(ms(now))
        .fetch_optional(&mut *tx)
        .await?;
        let Some(id) = owner else {
            return Ok(None);
        };
        sqlx::query("UPDATE mediators SET password_hash = ? WHERE id = ?")
            .bind(password_hash)
            .bind(id)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM sessions WHERE mediator_id = ?")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(Some(id))
    }

    async fn reset_token_owner(
        &self,
        token_hash: &str,
        now: DateTime<Utc>,
    ) -> Result<Option<i64>, StoreError> {
        Ok(sqlx::query_scalar(
            "SELECT mediator_id FROM reset_tokens WHERE token_hash = ? AND used = 0 AND expires_at > ?",
        )
        .bind(token_hash)
        .bind(ms(now))
        .fetch_optional(&self.pool)
        .await?)
    }

    async fn create_session(&self, s: &Session) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO sessions (token_hash, mediator_id, csrf, expires_at, hard_expires_at) \
             VALUES (?, ?, ?, ?, ?)",
        )
        .bind(&s.token_hash)
        .bind(s.mediator_id)
        .bind(&s.csrf)
        .bind(ms(s.expires_at))
        .bind(ms(s.hard_expires_at))
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    async fn session(&self, token_hash: &str) -> Result<Option<Session>, StoreError> {
        let row = sqlx::query(
            "SELECT token_hash, mediator_id, csrf, expires_at, hard_expires_at FROM sessions \
             WHERE token_hash = ?",
        )
        .bind(token_hash)
        .fetch_optional(&self.pool)
        .await?;
        row.as_ref().map(session).transpose()
    }

    async fn extend_session(
        &self,
        token_hash: &str,
        expires_at: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE sessions SET expires_at = MIN(?, hard_expires_at) WHERE token_hash = ?",
        )
        .bind(ms(expires_at))
        .bind(token_hash)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    async fn delete_session(&self, token_hash: &str) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM sessions WHERE token_hash = ?")
            .bind(token_hash)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn create_setup_token(
        &self,
        token_hash: &str,
        expires_at: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        sqlx::query("INSERT INTO setup_tokens (token_hash, expires_at) VALUES (?, ?)")
            .bind(token_hash)
            .bind(ms(expires_at))
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn consume_setup_token(
        &self,
        token_hash: &str,
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError> {
        let res = sqlx::query(
            "UPDATE setup_tokens SET used = 1 WHERE token_hash = ? AND used = 0 AND expires_at > ?",
        )
        .bind(token_hash)
        .bind(ms(now))
        .execute(&self.pool)
        .await?;
        Ok(res.rows_affected() == 1)
    }

    async fn set_presence(&self, p: &Presence) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO presence (mediator_id, site, counter, available, since) \
             VALUES (?, ?, ?, ?, ?) ON CONFLICT (mediator_id) DO UPDATE SET \
             site = excluded.site, counter = excluded.counter, \
             available = excluded.available, since = excluded.since",
        )
        .bind(p.mediator_id)
        .bind(&p.site)
        .bind(&p.counter)
        .bind(p.available)
        .bind(ms(p.since))
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    async fn presences(&self) -> Result<Vec<Presence>, StoreError> {
        let rows = sqlx::query("SELECT mediator_id, site, counter, available, since FROM presence")
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(presence).collect()
    }

    async fn audit(&self, e: &AuditEntry) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO audit (at, mediator_id, username, action, case_id, subject) \
             VALUES (?, ?, ?, ?, ?, ?)",
        )
        .bind(ms(e.at))
        .bind(e.mediator_id)
        .bind(&e.username)
        .bind(&e.action)
        .bind(e.case_id)
        .bind(&e.subject)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    async fn audit_log(&self, limit: i64) -> Result<Vec<AuditEntry>, StoreError> {
        let rows = sqlx::query(
            "SELECT at, mediator_id, username, action, case_id, subject FROM audit \
             ORDER BY id DESC LIMIT ?",
        )
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(audit_entry).collect()
    }

    async fn audit_once(
        &self,
        e: &AuditEntry,
        session: &str,
        since: DateTime<Utc>,
    ) -> Result<bool, StoreError> {
        // One statement, so two refreshes at the same moment write one entry.
        let done = sqlx::query(
            "INSERT INTO audit (at, mediator_id, username, action, case_id, session) \
             SELECT ?1, ?2, ?3, ?4, ?5, ?6 WHERE NOT EXISTS (SELECT 1 FROM audit \
             WHERE case_id IS ?5 AND action = ?4 AND session = ?6 AND at >= ?7)",
        )
        .bind(ms(e.at))
        .bind(e.mediator_id)
        .bind(&e.username)
        .bind(&e.action)
        .bind(e.case_id)
        .bind(session)
        .bind(ms(since))
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    async fn audit_of_case(&self, case_id: i64) -> Result<Vec<AuditEntry>, StoreError> {
        let rows = sqlx::query(
            "SELECT at, mediator_id, username, action, case_id, subject FROM audit \
             WHERE case_id = ? ORDER BY id",
        )
        .bind(case_id)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(audit_entry).collect()
    }
}
