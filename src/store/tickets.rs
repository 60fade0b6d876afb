//! Storage of queue tickets and the anonymous statistics.

use async_trait::async_trait;
use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

use super::StoreError;
use super::cases::{Applied, Effects, RatingRow, StatRow};
use crate::handoff::model::{Ticket, TicketStatus};
use crate::lang::Lang;

#[derive(Debug, Clone)]
pub struct NewTicket {
    pub site: String,
    pub service: String,
    pub day: NaiveDate,
    pub lang: Lang,
    pub serve_lang: Lang,
    pub topic: Option<String>,
    pub kiosk: Option<String>,
    pub at: DateTime<Utc>,
}

#[derive(Debug, Clone, Default)]
pub struct TicketChange {
    pub status: Option<TicketStatus>,
    pub mediator_id: Option<i64>,
    pub counter: Option<String>,
    pub called_at: Option<DateTime<Utc>>,
    /// Counts one more call (a call or a recall).
    pub call: bool,
}

/// How often an article was marked helpful or not.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FeedbackCount {
    pub article: String,
    pub helpful: i64,
    pub not_helpful: i64,
}

#[async_trait]
pub trait TicketStore: Send + Sync {
    /// Issues the next number of the day for the site and service.
    async fn issue_ticket(
        &self,
        t: &NewTicket,
        fx: Effects,
    ) -> Result<(Ticket, Applied), StoreError>;
    async fn ticket(&self, id: i64) -> Result<Option<Ticket>, StoreError>;
    /// Tickets of a site in these states, oldest first.
    async fn tickets(&self, site: &str, states: &[TicketStatus])
    -> Result<Vec<Ticket>, StoreError>;
    async fn update_ticket(
        &self,
        id: i64,
        expect: &[TicketStatus],
        change: &TicketChange,
        fx: Effects,
    ) -> Result<Option<(Ticket, Applied)>, StoreError>;
    /// The most recently called tickets of a site, newest first.
    async fn recent_calls(&self, site: &str, limit: i64) -> Result<Vec<Ticket>, StoreError>;

    async fn stat_rows(&self, since: NaiveDate) -> Result<Vec<StatRow>, StoreError>;
    async fn rating_rows(&self, since: NaiveDate) -> Result<Vec<RatingRow>, StoreError>;
    /// Recent waits (seconds) until pick-up in a language, newest first.
    async fn recent_waits(
        &self,
        lang: Lang,
        since: NaiveDate,
        limit: i64,
    ) -> Result<Vec<i64>, StoreError>;
    async fn record_feedback(
        &self,
        day: NaiveDate,
        article: &str,
        lang: Lang,
        helpful: bool,
        query: Option<&str>,
    ) -> Result<(), StoreError>;
    async fn feedback_counts(&self, since: NaiveDate) -> Result<Vec<FeedbackCount>, StoreError>;
}
