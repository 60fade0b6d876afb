use async_trait::async_trait;
use chrono::{DateTime, Utc};
use sqlx::{PgConnection, Row};

use super::PostgresStore;
use crate::handoff::model::{
    Case, CaseStatus, Channel, FileMeta, Message, Outgoing, Payload, Visitor,
};
use crate::lang::Lang;
use crate::store::changes::{Subject, change_case, ctx_json, with_message_id};
use crate::store::rows::{case, file, message, ms, opt_time, outgoing, select_case, visitor};
use crate::store::{Applied, CaseChange, CaseStore, Effects, NewCase, Purged, StoreError};

pub(super) async fn insert_outgoing(
    conn: &mut PgConnection,
    visitor_id: i64,
    case_id: Option<i64>,
    payload: &Payload,
    at: DateTime<Utc>,
) -> Result<i64, StoreError> {
    let text = serde_json::to_string(payload).map_err(|e| StoreError::Corrupt(e.to_string()))?;
    Ok(sqlx::query_scalar(
        "INSERT INTO outbox (visitor_id, case_id, payload, status, next_attempt_at, created_at) \
         VALUES ($1, $2, $3, 'pending', $4, $5) RETURNING id",
    )
    .bind(visitor_id)
    .bind(case_id)
    .bind(text)
    .bind(ms(at))
    .bind(ms(at))
    .fetch_one(conn)
    .await?)
}

/// Writes a change's messages, outgoing messages, events and statistics.
/// A message whose dedup key was seen before is skipped, and so is
/// everything else when all its messages were duplicates.
pub(super) async fn apply(
    conn: &mut PgConnection,
    subject: &Subject,
    fx: Effects,
) -> Result<Applied, StoreError> {
    let mut applied = Applied::default();
    let at = fx.at;
    for m in fx.messages {
        let inserted: Option<i64> = sqlx::query_scalar(
            "INSERT INTO messages (case_id, author, mediator_id, kind, body, file_id, dedup_key, \
             created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (dedup_key) DO NOTHING \
             RETURNING id",
        )
        .bind(subject.case_id)
        .bind(m.author.as_str())
        .bind(m.mediator_id)
        .bind(m.kind.as_str())
        .bind(&m.body)
        .bind(m.file_id)
        .bind(&m.dedup_key)
        .bind(ms(at))
        .fetch_optional(&mut *conn)
        .await?;
        let Some(id) = inserted else {
            applied.duplicates += 1;
            continue;
        };
        let (message, deliver) = subject.message(id, m, at);
        if let (Some(mut payload), Some(v)) = (deliver, subject.visitor_id) {
            payload.message_id = Some(id);
            insert_outgoing(conn, v, subject.case_id, &payload, at).await?;
        }
        applied.messages.push(message);
    }
    if applied.duplicates > 0 && applied.messages.is_empty() {
        return Ok(applied);
    }
    if let Some(v) = subject.visitor_id {
        for n in &fx.notices {
            insert_outgoing(conn, v, subject.case_id, n, at).await?;
        }
    }
    for mut e in fx.events {
        e.detail = with_message_id(e.detail, &applied);
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO events (kind, case_id, ticket_id, site, mediator_id, lang, topic, detail, at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
        )
        .bind(e.kind.as_str())
        .bind(subject.case_id)
        .bind(subject.ticket_id)
        .bind(&subject.site)
        .bind(e.mediator_id)
        .bind(subject.lang.map(|l| l.code()))
        .bind(&subject.topic)
        .bind(super::relay::stored_detail(&e.detail, &subject.about))
        .bind(ms(at))
        .fetch_one(&mut *conn)
        .await?;
        applied.events.push(subject.event(id, e, at));
    }
    if let Some(newest) = applied.events.last() {
        super::relay::notify(conn, newest.id).await?;
    }
    if let Some(s) = fx.stat {
        sqlx::query(
            "INSERT INTO stat_cases (day, site, channel, lang, topic, service, wait_secs) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(s.day.to_string())
        .bind(&s.site)
        .bind(&s.channel)
        .bind(s.lang.code())
        .bind(&s.topic)
        .bind(&s.service)
        .bind(s.wait_secs)
        .execute(&mut *conn)
        .await?;
    }
    if let Some(r) = fx.rating {
        sqlx::query(
            "INSERT INTO stat_ratings (day, site, topic, service, rating) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(r.day.to_string())
        .bind(&r.site)
        .bind(&r.topic)
        .bind(&r.service)
        .bind(r.rating)
        .execute(&mut *conn)
        .await?;
    }
    Ok(applied)
}

async fn case_in(conn: &mut PgConnection, id: i64) -> Result<Option<Case>, StoreError> {
    let row = sqlx::query(select_case!("WHERE id = $1"))
        .bind(id)
        .fetch_optional(conn)
        .await?;
    row.as_ref().map(case).transpose()
}

/// The case, locked until the transaction ends: a second change of it (a
/// second mediator's claim) waits, then sees the first one's result.
async fn case_locked(conn: &mut PgConnection, id: i64) -> Result<Option<Case>, StoreError> {
    let row = sqlx::query(select_case!("WHERE id = $1 FOR UPDATE"))
        .bind(id)
        .fetch_optional(conn)
        .await?;
    row.as_ref().map(case).transpose()
}

#[async_trait]
impl CaseStore for PostgresStore {
    async fn visitor_for(
        &self,
        channel: Channel,
        address: &str,
        l: Lang,
        at: DateTime<Utc>,
    ) -> Result<Visitor, StoreError> {
        let row = sqlx::query(
            "INSERT INTO visitors (channel, address, lang, created_at, last_seen) \
             VALUES ($1, $2, $3, $4, $5) ON CONFLICT (channel, address) DO UPDATE SET \
             lang = excluded.lang, last_seen = excluded.last_seen \
             RETURNING id, channel, address, lang, blocked, last_seen",
        )
        .bind(channel.as_str())
        .bind(address)
        .bind(l.code())
        .bind(ms(at))
        .bind(ms(at))
        .fetch_one(&self.pool)
        .await?;
        visitor(&row)
    }

    async fn find_visitor(
        &self,
        channel: Channel,
        address: &str,
    ) -> Result<Option<Visitor>, StoreError> {
        let row = sqlx::query(
            "SELECT id, channel, address, lang, blocked, last_seen FROM visitors WHERE channel = $1 AND address = $2",
        )
        .bind(channel.as_str())
        .bind(address)
        .fetch_optional(&self.pool)
        .await?;
        row.as_ref().map(visitor).transpose()
    }

    async fn set_visitor_blocked(&self, id: i64, blocked: bool) -> Result<(), StoreError> {
        sqlx::query("UPDATE visitors SET blocked = $1 WHERE id = $2")
            .bind(blocked)
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn touch_visitor(&self, id: i64, at: DateTime<Utc>) -> Result<(), StoreError> {
        sqlx::query("UPDATE visitors SET last_seen = GREATEST(last_seen, $1) WHERE id = $2")
            .bind(ms(at))
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn silent_kiosk_chats(
        &self,
        before: DateTime<Utc>,
    ) -> Result<Vec<(Case, String)>, StoreError> {
        let rows = sqlx::query(
            "SELECT c.id, v.address FROM cases c JOIN visitors v ON v.id = c.visitor_id \
             WHERE c.channel = 'kiosk' AND c.status IN ('waiting', 'active') AND v.last_seen < $1",
        )
        .bind(ms(before))
        .fetch_all(&self.pool)
        .await?;
        let mut conn = self.pool.acquire().await?;
        let mut out = Vec::new();
        for r in rows {
            if let Some(c) = case_in(&mut conn, r.try_get("id")?).await? {
                out.push((c, r.try_get("address")?));
            }
        }
        Ok(out)
    }

    async fn open_case(&self, c: &NewCase, fx: Effects) -> Result<(Case, Applied), StoreError> {
        let mut tx = self.pool.begin().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO cases (visitor_id, channel, lang, serve_lang, topic, article, site, status, \
             context, queued_at, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, 'waiting', $8, $9, $10) \
             RETURNING id",
        )
        .bind(c.visitor_id)
        .bind(c.channel.as_str())
        .bind(c.lang.code())
        .bind(c.serve_lang.code())
        .bind(&c.topic)
        .bind(&c.article)
        .bind(&c.site)
        .bind(serde_json::to_string(&c.context).unwrap_or_else(|_| "{}".into()))
        .bind(ms(c.at))
        .bind(ms(c.at))
        .fetch_one(&mut *tx)
        .await?;
        let created = case_in(&mut tx, id)
            .await?
            .ok_or_else(|| StoreError::Corrupt("case vanished".into()))?;
        let applied = apply(&mut tx, &Subject::of_case(&created), fx).await?;
        self.own.wrote(&applied);
        tx.commit().await?;
        Ok((created, applied))
    }

    async fn case(&self, id: i64) -> Result<Option<Case>, StoreError> {
        let mut conn = self.pool.acquire().await?;
        case_in(&mut conn, id).await
    }

    async fn open_case_of(&self, visitor_id: i64) -> Result<Option<Case>, StoreError> {
        let row = sqlx::query(select_case!(
            "WHERE visitor_id = $1 AND status IN ('waiting', 'active') ORDER BY id DESC LIMIT 1"
        ))
        .bind(visitor_id)
        .fetch_optional(&self.pool)
        .await?;
        row.as_ref().map(case).transpose()
    }

    async fn cases_in(&self, states: &[CaseStatus]) -> Result<Vec<Case>, StoreError> {
        let rows = sqlx::query(select_case!(
            "WHERE status IN ('waiting', 'active', 'bot', 'closed') ORDER BY queued_at, id"
        ))
        .fetch_all(&self.pool)
        .await?;
        // Filtering here keeps the SQL static; the open cases are few.
        let mut out = Vec::new();
        for r in &rows {
            let c = case(r)?;
            if states.contains(&c.status) {
                out.push(c);
            }
        }
        Ok(out)
    }

    async fn cases_of_visitor(&self, visitor_id: i64) -> Result<Vec<Case>, StoreError> {
        let rows = sqlx::query(select_case!("WHERE visitor_id = $1 ORDER BY id DESC"))
            .bind(visitor_id)
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(case).collect()
    }

    async fn update_case(
        &self,
        id: i64,
        expect: &[CaseStatus],
        ch: &CaseChange,
        fx: Effects,
    ) -> Result<Option<(Case, Applied)>, StoreError> {
        let mut tx = self.pool.begin().await?;
        let Some(mut c) = case_locked(&mut tx, id).await? else {
            return Ok(None);
        };
        if !expect.contains(&c.status) {
            return Ok(None);
        }
        let was_with = c.mediator_id;
        change_case(&mut c, ch);
        if let Some((v, channel)) = ch.visitor {
            // Undelivered messages follow the conversation to its new channel.
            sqlx::query(
                "UPDATE outbox SET visitor_id = $1 WHERE case_id = $2 AND status = 'pending'",
            )
            .bind(v)
            .bind(id)
            .execute(&mut *tx)
            .await?;
            c.visitor_id = v;
            c.channel = channel;
        }
        sqlx::query(
            "UPDATE cases SET visitor_id = $1, channel = $2, serve_lang = $3, topic = $4, status = $5, \
             mediator_id = $6, target_mediator = $7, context = $8, left_message = $9, queued_at = $10, \
             claimed_at = $11, closed_at = $12, outcome = $13, rating = $14 WHERE id = $15",
        )
        .bind(c.visitor_id)
        .bind(c.channel.as_str())
        .bind(c.serve_lang.code())
        .bind(&c.topic)
        .bind(c.status.as_str())
        .bind(c.mediator_id)
        .bind(c.target_mediator)
        .bind(ctx_json(&c))
        .bind(c.left_message)
        .bind(ms(c.queued_at))
        .bind(c.claimed_at.map(ms))
        .bind(c.closed_at.map(ms))
        .bind(c.outcome.map(|o| o.as_str()))
        .bind(c.rating)
        .bind(id)
        .execute(&mut *tx)
        .await?;
        let mut subject = Subject::of_case(&c);
        subject.about.was_with = was_with;
        let applied = apply(&mut tx, &subject, fx).await?;
        self.own.wrote(&applied);
        tx.commit().await?;
        Ok(Some((c, applied)))
    }

    async fn append(&self, case_id: i64, fx: Effects) -> Result<Applied, StoreError> {
        let mut tx = self.pool.begin().await?;
        let c = case_locked(&mut tx, case_id)
            .await?
            .ok_or_else(|| StoreError::Corrupt(format!("no case {case_id}")))?;
        let applied = apply(&mut tx, &Subject::of_case(&c), fx).await?;
        self.own.wrote(&applied);
        tx.commit().await?;
        Ok(applied)
    }

    async fn messages(&self, case_id: i64) -> Result<Vec<Message>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, case_id, author, mediator_id, kind, body, file_id, created_at \
             FROM messages WHERE case_id = $1 ORDER BY id",
        )
        .bind(case_id)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(message).collect()
    }

    async fn add_file(
        &self,
        case_id: i64,
        name: &str,
        mime: &str,
        bytes: &[u8],
        at: DateTime<Utc>,
    ) -> Result<i64, StoreError> {
        Ok(sqlx::query_scalar(
            "INSERT INTO files (case_id, name, mime, bytes, created_at) VALUES ($1, $2, $3, $4, $5) \
             RETURNING id",
        )
        .bind(case_id)
        .bind(name)
        .bind(mime)
        .bind(bytes)
        .bind(ms(at))
        .fetch_one(&self.pool)
        .await?)
    }

    async fn file(&self, id: i64) -> Result<Option<(FileMeta, Vec<u8>)>, StoreError> {
        let row = sqlx::query("SELECT id, case_id, name, mime, bytes FROM files WHERE id = $1")
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        row.as_ref().map(file).transpose()
    }

    async fn enqueue_outgoing(
        &self,
        visitor_id: i64,
        payload: &Payload,
        at: DateTime<Utc>,
    ) -> Result<i64, StoreError> {
        let mut conn = self.pool.acquire().await?;
        insert_outgoing(&mut conn, visitor_id, None, payload, at).await
    }

    async fn due_visitors(&self, now: DateTime<Utc>, limit: i64) -> Result<Vec<i64>, StoreError> {
        Ok(sqlx::query_scalar(
            // Each visitor's oldest pending message, found on the index
            // alone: a correlated subquery per pending row made this read
            // every pending row's page on each call (5 ms with 3,000
            // pending answers).
            "SELECT o.visitor_id \
             FROM (SELECT MIN(id) AS id FROM outbox WHERE status = 'pending' \
                   GROUP BY visitor_id) f \
             JOIN outbox o ON o.id = f.id JOIN visitors v ON v.id = o.visitor_id \
             WHERE NOT v.blocked AND o.next_attempt_at <= $1 \
             ORDER BY o.id LIMIT $2",
        )
        .bind(ms(now))
        .bind(limit)
        .fetch_all(&self.pool)
        .await?)
    }

    async fn due_outgoing_of(
        &self,
        visitor_id: i64,
        now: DateTime<Utc>,
    ) -> Result<Option<Outgoing>, StoreError> {
        let row = sqlx::query(
            "SELECT o.id, o.visitor_id, o.case_id, o.payload, o.attempts, v.channel, v.address \
             FROM outbox o JOIN visitors v ON v.id = o.visitor_id \
             WHERE o.visitor_id = $1 AND o.status = 'pending' AND NOT v.blocked \
             AND o.next_attempt_at <= $2 \
             AND o.id = (SELECT MIN(p.id) FROM outbox p \
                         WHERE p.status = 'pending' AND p.visitor_id = $1)",
        )
        .bind(visitor_id)
        .bind(ms(now))
        .fetch_optional(&self.pool)
        .await?;
        row.as_ref().map(outgoing).transpose()
    }

    async fn outgoing_sent(&self, id: i64, at: DateTime<Utc>) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE outbox SET status = 'sent', sent_at = $1, attempts = attempts + 1 WHERE id = $2",
        )
        .bind(ms(at))
        .bind(id)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    async fn outgoing_retry(
        &self,
        id: i64,
        next: DateTime<Utc>,
        error: &str,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE outbox SET attempts = attempts + 1, next_attempt_at = $1, last_error = $2 \
             WHERE id = $3",
        )
        .bind(ms(next))
        .bind(error)
        .bind(id)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    async fn outgoing_due_now(
        &self,
        visitor_id: i64,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE outbox SET next_attempt_at = $1 WHERE visitor_id = $2 AND status = 'pending'",
        )
        .bind(ms(now))
        .bind(visitor_id)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    async fn outgoing_abandon(
        &self,
        visitor_id: i64,
        failure: &str,
        error: &str,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE outbox SET status = 'abandoned', failure = $1, last_error = $2 \
             WHERE visitor_id = $3 AND status = 'pending'",
        )
        .bind(failure)
        .bind(error)
        .bind(visitor_id)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    async fn outgoing_rejected(
        &self,
        id: i64,
        failure: &str,
        error: &str,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE outbox SET status = 'abandoned', failure = $1, last_error = $2 WHERE id = $3",
        )
        .bind(failure)
        .bind(error)
        .bind(id)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    async fn next_outgoing_due(&self) -> Result<Option<DateTime<Utc>>, StoreError> {
        let v: Option<i64> = sqlx::query_scalar(
            // In `outbox_due` order, stopping at the first visitor not
            // blocked: MIN() over the join read every pending row.
            "SELECT o.next_attempt_at FROM outbox o JOIN visitors v ON v.id = o.visitor_id \
             WHERE o.status = 'pending' AND NOT v.blocked ORDER BY o.next_attempt_at LIMIT 1",
        )
        .fetch_optional(&self.pool)
        .await?;
        Ok(opt_time(v))
    }

    async fn purge_before(&self, cutoff: DateTime<Utc>) -> Result<Purged, StoreError> {
        super::erase::purge_before(&self.pool, cutoff).await
    }

    async fn erase_visitor(&self, visitor_id: i64) -> Result<Purged, StoreError> {
        super::erase::visitor(&self.pool, visitor_id).await
    }
}
