use async_trait::async_trait;
use chrono::{DateTime, Utc};
use sqlx::Row;
use sqlx::sqlite::SqliteRow;

use super::{SqliteStore, join, lang, ms, opt_time, parsed, split, time};
use crate::handoff::model::{Mediator, Presence, Role};
use crate::lang::Lang;
use crate::store::{AccountStore, AuditEntry, Credentials, NewMediator, Session, StoreError};

fn mediator(r: &SqliteRow) -> Result<Mediator, StoreError> {
    let languages: String = r.try_get("languages")?;
    Ok(Mediator {
        id: r.try_get("id")?,
        username: r.try_get("username")?,
        name: r.try_get("name")?,
        role: parsed(r, "role", Role::parse)?,
        languages: languages
            .split_whitespace()
            .filter_map(|l| l.parse().ok())
            .collect(),
        topics: split(r.try_get("topics")?),
        services: split(r.try_get("services")?),
        ui_lang: lang(r, "ui_lang")?,
    })
}

fn presence(r: &SqliteRow) -> Result<Presence, StoreError> {
    Ok(Presence {
        mediator_id: r.try_get("mediator_id")?,
        site: r.try_get("site")?,
        counter: r.try_get("counter")?,
        available: r.try_get("available")?,
        since: time(r.try_get("since")?),
    })
}

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
            "SELECT id, username, name, role, languages, topics, services, ui_lang \
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
            "SELECT id, username, name, role, languages, topics, services, ui_lang, \
             password_hash, failed_logins, locked_until FROM mediators WHERE username = ?",
        )
        .bind(username)
        .fetch_optional(&self.pool)
        .await?;
        row.map(|r| {
            Ok((
                mediator(&r)?,
                Credentials {
                    password_hash: r.try_get("password_hash")?,
                    failed_logins: r.try_get("failed_logins")?,
                    locked_until: opt_time(r.try_get("locked_until")?),
                },
            ))
        })
        .transpose()
    }

    async fn mediators(&self) -> Result<Vec<Mediator>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, username, name, role, languages, topics, services, ui_lang \
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

    async fn login_failed(
        &self,
        id: i64,
        lock_until: Option<DateTime<Utc>>,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE mediators SET failed_logins = CASE WHEN ? IS NULL THEN failed_logins + 1 ELSE 0 END, \
             locked_until = COALESCE(?, locked_until) WHERE id = ?",
        )
        .bind(lock_until.map(ms))
        .bind(lock_until.map(ms))
        .bind(id)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    async fn login_succeeded(&self, id: i64) -> Result<(), StoreError> {
        sqlx::query("UPDATE mediators SET failed_logins = 0, locked_until = NULL WHERE id = ?")
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(())
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
        row.map(|r| {
            Ok(Session {
                token_hash: r.try_get("token_hash")?,
                mediator_id: r.try_get("mediator_id")?,
                csrf: r.try_get("csrf")?,
                expires_at: time(r.try_get("expires_at")?),
                hard_expires_at: time(r.try_get("hard_expires_at")?),
            })
        })
        .transpose()
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
            "INSERT INTO audit (at, mediator_id, username, action, case_id) VALUES (?, ?, ?, ?, ?)",
        )
        .bind(ms(e.at))
        .bind(e.mediator_id)
        .bind(&e.username)
        .bind(&e.action)
        .bind(e.case_id)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    async fn audit_log(&self, limit: i64) -> Result<Vec<AuditEntry>, StoreError> {
        let rows = sqlx::query(
            "SELECT at, mediator_id, username, action, case_id FROM audit ORDER BY id DESC LIMIT ?",
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
            "SELECT at, mediator_id, username, action, case_id FROM audit WHERE case_id = ? ORDER BY id",
        )
        .bind(case_id)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(audit_entry).collect()
    }
}

fn audit_entry(r: &SqliteRow) -> Result<AuditEntry, StoreError> {
    Ok(AuditEntry {
        at: time(r.try_get("at")?),
        mediator_id: r.try_get("mediator_id")?,
        username: r.try_get("username")?,
        action: r.try_get("action")?,
        case_id: r.try_get("case_id")?,
    })
}
