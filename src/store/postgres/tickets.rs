use async_trait::async_trait;
use chrono::NaiveDate;

use super::cases::apply;
use super::{PostgresStore, lock};
use crate::handoff::model::{Ticket, TicketStatus};
use crate::lang::Lang;
use crate::store::changes::{Subject, change_ticket};
use crate::store::rows::{feedback_count, ms, rating_row, select_ticket, stat_row, ticket};
use crate::store::{
    Applied, Effects, FeedbackCount, NewTicket, RatingRow, StatRow, StoreError, TicketChange,
    TicketStore,
};

#[async_trait]
impl TicketStore for PostgresStore {
    async fn issue_ticket(
        &self,
        t: &NewTicket,
        fx: Effects,
    ) -> Result<(Ticket, Applied), StoreError> {
        let mut tx = self.pool.begin().await?;
        // The next number of this queue today is decided by one issuer at a
        // time (the row it will follow may not exist to be locked).
        lock(
            &mut tx,
            &format!("ticket:{}:{}:{}", t.site, t.service, t.day),
        )
        .await?;
        let row = sqlx::query(
            "INSERT INTO tickets (site, service, day, seq, lang, serve_lang, topic, kiosk, status, \
             issued_at) \
             VALUES ($1, $2, $3, (SELECT COALESCE(MAX(seq), 0) + 1 FROM tickets \
                               WHERE site = $4 AND service = $5 AND day = $6), \
                     $7, $8, $9, $10, 'waiting', $11) \
             RETURNING id, site, service, day, seq, lang, serve_lang, topic, kiosk, status, mediator_id, \
             counter, calls, issued_at, called_at",
        )
        .bind(&t.site)
        .bind(&t.service)
        .bind(t.day.to_string())
        .bind(&t.site)
        .bind(&t.service)
        .bind(t.day.to_string())
        .bind(t.lang.code())
        .bind(t.serve_lang.code())
        .bind(&t.topic)
        .bind(&t.kiosk)
        .bind(ms(t.at))
        .fetch_one(&mut *tx)
        .await?;
        let issued = ticket(&row)?;
        let applied = apply(&mut tx, &Subject::of_ticket(&issued), fx).await?;
        self.own.wrote(&applied);
        tx.commit().await?;
        Ok((issued, applied))
    }

    async fn ticket(&self, id: i64) -> Result<Option<Ticket>, StoreError> {
        let row = sqlx::query(select_ticket!("WHERE id = $1"))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        row.as_ref().map(ticket).transpose()
    }

    async fn tickets(
        &self,
        site: &str,
        states: &[TicketStatus],
    ) -> Result<Vec<Ticket>, StoreError> {
        let rows = sqlx::query(select_ticket!("WHERE site = $1 ORDER BY issued_at, id"))
            .bind(site)
            .fetch_all(&self.pool)
            .await?;
        let mut out = Vec::new();
        for r in &rows {
            let t = ticket(r)?;
            if states.contains(&t.status) {
                out.push(t);
            }
        }
        Ok(out)
    }

    async fn update_ticket(
        &self,
        id: i64,
        expect: &[TicketStatus],
        ch: &TicketChange,
        fx: Effects,
    ) -> Result<Option<(Ticket, Applied)>, StoreError> {
        let mut tx = self.pool.begin().await?;
        // Locked until the end: a second call of this ticket waits, then
        // sees the first one's result.
        let row = sqlx::query(select_ticket!("WHERE id = $1 FOR UPDATE"))
            .bind(id)
            .fetch_optional(&mut *tx)
            .await?;
        let Some(mut t) = row.as_ref().map(ticket).transpose()? else {
            return Ok(None);
        };
        if !expect.contains(&t.status) {
            return Ok(None);
        }
        change_ticket(&mut t, ch);
        sqlx::query(
            "UPDATE tickets SET status = $1, mediator_id = $2, counter = $3, called_at = $4, calls = $5 \
             WHERE id = $6",
        )
        .bind(t.status.as_str())
        .bind(t.mediator_id)
        .bind(&t.counter)
        .bind(t.called_at.map(ms))
        .bind(t.calls)
        .bind(id)
        .execute(&mut *tx)
        .await?;
        let applied = apply(&mut tx, &Subject::of_ticket(&t), fx).await?;
        self.own.wrote(&applied);
        tx.commit().await?;
        Ok(Some((t, applied)))
    }

    async fn recent_calls(&self, site: &str, limit: i64) -> Result<Vec<Ticket>, StoreError> {
        let rows = sqlx::query(select_ticket!(
            "WHERE site = $1 AND called_at IS NOT NULL ORDER BY called_at DESC, id DESC LIMIT $2"
        ))
        .bind(site)
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(ticket).collect()
    }

    async fn stat_rows(&self, since: NaiveDate) -> Result<Vec<StatRow>, StoreError> {
        let rows = sqlx::query(
            "SELECT day, site, channel, lang, topic, service, wait_secs FROM stat_cases \
             WHERE day >= $1 ORDER BY day",
        )
        .bind(since.to_string())
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(stat_row).collect()
    }

    async fn rating_rows(&self, since: NaiveDate) -> Result<Vec<RatingRow>, StoreError> {
        let rows = sqlx::query(
            "SELECT day, site, topic, service, rating FROM stat_ratings WHERE day >= $1",
        )
        .bind(since.to_string())
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(rating_row).collect()
    }

    async fn recent_waits(
        &self,
        l: Lang,
        since: NaiveDate,
        limit: i64,
    ) -> Result<Vec<i64>, StoreError> {
        Ok(sqlx::query_scalar(
            "SELECT wait_secs FROM stat_cases WHERE lang = $1 AND day >= $2 \
             ORDER BY id DESC LIMIT $3",
        )
        .bind(l.code())
        .bind(since.to_string())
        .bind(limit)
        .fetch_all(&self.pool)
        .await?)
    }

    async fn record_feedback(
        &self,
        d: NaiveDate,
        article: &str,
        l: Lang,
        helpful: bool,
        query: Option<&str>,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO article_feedback (day, article, lang, helpful, query) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(d.to_string())
        .bind(article)
        .bind(l.code())
        .bind(helpful)
        .bind(query)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    async fn feedback_counts(&self, since: NaiveDate) -> Result<Vec<FeedbackCount>, StoreError> {
        let rows = sqlx::query(
            "SELECT article, COUNT(*) FILTER (WHERE helpful) AS yes, \
             COUNT(*) FILTER (WHERE NOT helpful) AS no FROM article_feedback \
             WHERE day >= $1 GROUP BY article ORDER BY no DESC, article COLLATE \"C\"",
        )
        .bind(since.to_string())
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(feedback_count).collect()
    }
}
