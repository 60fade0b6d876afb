//! Storage of visitors, conversations, their messages, files, events and
//! the outbox. State changes and their consequences (messages, events,
//! outgoing messages, statistics) are written in one transaction.

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use super::StoreError;
use crate::handoff::model::{
    Author, Case, CaseContext, CaseStatus, Channel, Event, EventKind, FileMeta, Message,
    MessageKind, Outcome, Outgoing, Payload, Visitor,
};
use crate::lang::Lang;

#[derive(Debug, Clone)]
pub struct NewCase {
    pub visitor_id: i64,
    pub channel: Channel,
    pub lang: Lang,
    pub serve_lang: Lang,
    pub topic: String,
    pub article: Option<String>,
    pub site: Option<String>,
    pub context: CaseContext,
    pub at: DateTime<Utc>,
}

/// Fields to change on a case; `None` leaves a field as it is.
#[derive(Debug, Clone, Default)]
pub struct CaseChange {
    pub status: Option<CaseStatus>,
    pub mediator_id: Option<Option<i64>>,
    pub target_mediator: Option<Option<i64>>,
    pub serve_lang: Option<Lang>,
    pub topic: Option<String>,
    pub queued_at: Option<DateTime<Utc>>,
    pub claimed_at: Option<Option<DateTime<Utc>>>,
    pub closed_at: Option<DateTime<Utc>>,
    pub outcome: Option<Outcome>,
    pub rating: Option<i64>,
    pub left_message: Option<bool>,
    /// Moves the case (and its undelivered messages) to another visitor
    /// record, when a conversation changes channel.
    pub visitor: Option<(i64, Channel)>,
}

#[derive(Debug, Clone)]
pub struct NewMessage {
    pub author: Author,
    pub mediator_id: Option<i64>,
    pub kind: MessageKind,
    pub body: String,
    pub file_id: Option<i64>,
    /// The channel's id for the message (a Telegram update, a kiosk client
    /// id): the same key twice is stored once.
    pub dedup_key: Option<String>,
    /// Also send it to the visitor.
    pub deliver: Option<Payload>,
}

#[derive(Debug, Clone)]
pub struct NewEvent {
    pub kind: EventKind,
    pub mediator_id: Option<i64>,
    pub detail: serde_json::Value,
}

/// One attended case or called ticket, without anything about the person:
/// what the statistics keep after retention deletes the case.
#[derive(Debug, Clone, PartialEq)]
pub struct StatRow {
    pub day: chrono::NaiveDate,
    pub site: Option<String>,
    pub channel: String,
    pub lang: Lang,
    pub topic: String,
    pub service: Option<String>,
    pub wait_secs: i64,
}

/// A satisfaction rating, equally anonymous.
#[derive(Debug, Clone, PartialEq)]
pub struct RatingRow {
    pub day: chrono::NaiveDate,
    pub site: Option<String>,
    pub topic: String,
    pub service: Option<String>,
    pub rating: i64,
}

/// What a change brings with it, written atomically with it.
#[derive(Debug, Clone, Default)]
pub struct Effects {
    /// When it happened.
    pub at: DateTime<Utc>,
    pub messages: Vec<NewMessage>,
    pub events: Vec<NewEvent>,
    /// Notices to the visitor that are not transcript messages.
    pub notices: Vec<Payload>,
    pub stat: Option<StatRow>,
    pub rating: Option<RatingRow>,
}

/// What was written: the events to push live.
#[derive(Debug, Clone, Default)]
pub struct Applied {
    pub events: Vec<Event>,
    pub messages: Vec<Message>,
    /// Messages skipped as duplicates of ones already stored.
    pub duplicates: usize,
}

/// How many rows retention or erasure removed.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Purged {
    pub cases: u64,
    pub tickets: u64,
    pub visitors: u64,
}

#[async_trait]
pub trait CaseStore: Send + Sync {
    /// The visitor on a channel address, created if new; `lang` updates it.
    async fn visitor_for(
        &self,
        channel: Channel,
        address: &str,
        lang: Lang,
        at: DateTime<Utc>,
    ) -> Result<Visitor, StoreError>;
    async fn find_visitor(
        &self,
        channel: Channel,
        address: &str,
    ) -> Result<Option<Visitor>, StoreError>;
    async fn set_visitor_blocked(&self, id: i64, blocked: bool) -> Result<(), StoreError>;
    /// The visitor is still there (a kiosk's heartbeat).
    async fn touch_visitor(&self, id: i64, at: DateTime<Utc>) -> Result<(), StoreError>;
    /// Open kiosk conversations whose visitor was last seen before
    /// `before`, with the chat's address.
    async fn silent_kiosk_chats(
        &self,
        before: DateTime<Utc>,
    ) -> Result<Vec<(Case, String)>, StoreError>;

    /// Opens a case with its first effects (the queued event).
    async fn open_case(&self, c: &NewCase, fx: Effects) -> Result<(Case, Applied), StoreError>;
    async fn case(&self, id: i64) -> Result<Option<Case>, StoreError>;
    /// The visitor's case that is waiting or with a mediator, if any.
    async fn open_case_of(&self, visitor_id: i64) -> Result<Option<Case>, StoreError>;
    /// Cases in these states, oldest queued first.
    async fn cases_in(&self, states: &[CaseStatus]) -> Result<Vec<Case>, StoreError>;
    /// Earlier cases of the same visitor (and of visitor records merged
    /// into it), newest first.
    async fn cases_of_visitor(&self, visitor_id: i64) -> Result<Vec<Case>, StoreError>;
    /// Applies `change` only if the case is in one of `expect`; `None` when
    /// it was not (someone else changed it first).
    async fn update_case(
        &self,
        id: i64,
        expect: &[CaseStatus],
        change: &CaseChange,
        fx: Effects,
    ) -> Result<Option<(Case, Applied)>, StoreError>;
    /// Adds messages and events to a case without changing its state.
    async fn append(&self, case_id: i64, fx: Effects) -> Result<Applied, StoreError>;
    async fn messages(&self, case_id: i64) -> Result<Vec<Message>, StoreError>;

    async fn add_file(
        &self,
        case_id: i64,
        name: &str,
        mime: &str,
        bytes: &[u8],
        at: DateTime<Utc>,
    ) -> Result<i64, StoreError>;
    async fn file(&self, id: i64) -> Result<Option<(FileMeta, Vec<u8>)>, StoreError>;

    /// Queues something for a visitor outside any case (the bot's answers).
    async fn enqueue_outgoing(
        &self,
        visitor_id: i64,
        payload: &Payload,
        at: DateTime<Utc>,
    ) -> Result<i64, StoreError>;
    /// The visitors whose oldest undelivered message is due, oldest first.
    async fn due_visitors(&self, now: DateTime<Utc>, limit: i64) -> Result<Vec<i64>, StoreError>;
    /// One visitor's oldest undelivered message, if it is due: read under
    /// the visitor's claim, since another instance may have sent the one
    /// that was due when `due_visitors` named them.
    async fn due_outgoing_of(
        &self,
        visitor_id: i64,
        now: DateTime<Utc>,
    ) -> Result<Option<Outgoing>, StoreError>;
    async fn outgoing_sent(&self, id: i64, at: DateTime<Utc>) -> Result<(), StoreError>;
    async fn outgoing_retry(
        &self,
        id: i64,
        next: DateTime<Utc>,
        error: &str,
    ) -> Result<(), StoreError>;
    /// Makes a visitor's pending messages due now.
    async fn outgoing_due_now(&self, visitor_id: i64, now: DateTime<Utc>)
    -> Result<(), StoreError>;
    /// Gives up on everything pending for a visitor (they blocked us);
    /// `failure` is the code the console words (see `outbox::Failure`).
    async fn outgoing_abandon(
        &self,
        visitor_id: i64,
        failure: &str,
        error: &str,
    ) -> Result<(), StoreError>;
    /// Gives up on one message its channel refused for good.
    async fn outgoing_rejected(
        &self,
        id: i64,
        failure: &str,
        error: &str,
    ) -> Result<(), StoreError>;
    /// The earliest time a pending message becomes due.
    async fn next_outgoing_due(&self) -> Result<Option<DateTime<Utc>>, StoreError>;

    /// Deletes cases, tickets and idle visitors older than `cutoff`.
    async fn purge_before(&self, cutoff: DateTime<Utc>) -> Result<Purged, StoreError>;
    /// Deletes a visitor and everything about them.
    async fn erase_visitor(&self, visitor_id: i64) -> Result<Purged, StoreError>;
}
