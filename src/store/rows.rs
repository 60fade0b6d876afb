//! What both backends read the same way: stored values back into domain
//! types, and each table's rows back into its struct. The SQL that fetches
//! them stays with each backend (placeholders, locking and upserts differ);
//! the column lists they select are here, so a mapper and the columns it
//! reads change together.

use chrono::{DateTime, NaiveDate, Utc};
use sqlx::postgres::PgRow;
use sqlx::sqlite::SqliteRow;
use sqlx::{Decode, Postgres, Sqlite, Type};

use super::telegram::{InboxItem, TrailItem, TrailKind};
use super::{
    ArticleVersion, AuditEntry, Credentials, DeliveryRow, Draft, FeedbackCount, Kind, MissCount,
    RatingRow, ReaderCount, Review, Session, StatRow, StoreError, UnhelpfulSearch,
};
use crate::handoff::model::{
    About, Author, Case, CaseStatus, Channel, Event, EventKind, FileMeta, Mediator, Message,
    MessageKind, Outcome, Outgoing, Presence, Role, Ticket, TicketStatus, Visitor,
};
use crate::lang::Lang;

/// A value both backends decode from a column: integers, text, flags,
/// bytes and their `Option`s, the types the two schemas share.
pub(super) trait Value:
    for<'r> Decode<'r, Sqlite> + Type<Sqlite> + for<'r> Decode<'r, Postgres> + Type<Postgres>
{
}

impl<T> Value for T where
    T: for<'r> Decode<'r, Sqlite> + Type<Sqlite> + for<'r> Decode<'r, Postgres> + Type<Postgres>
{
}

/// A fetched row of either backend, so each mapper below is written once.
pub(super) trait Columns {
    fn get<T: Value>(&self, col: &str) -> Result<T, StoreError>;
}

macro_rules! columns {
    ($($row:ty),*) => {
        $(impl Columns for $row {
            fn get<T: Value>(&self, col: &str) -> Result<T, StoreError> {
                Ok(sqlx::Row::try_get(self, col)?)
            }
        })*
    };
}

columns!(SqliteRow, PgRow);

/// Times are stored as Unix milliseconds.
pub(super) fn ms(t: DateTime<Utc>) -> i64 {
    t.timestamp_millis()
}

pub(super) fn time(v: i64) -> DateTime<Utc> {
    DateTime::from_timestamp_millis(v).unwrap_or_default()
}

pub(super) fn opt_time(v: Option<i64>) -> Option<DateTime<Utc>> {
    v.map(time)
}

/// A stored name back into its enum, or a corrupt-row error.
pub(super) fn parsed<T>(
    row: &impl Columns,
    col: &str,
    parse: impl Fn(&str) -> Option<T>,
) -> Result<T, StoreError> {
    let s: String = row.get(col)?;
    parse(&s).ok_or_else(|| StoreError::Corrupt(format!("{col}={s}")))
}

pub(super) fn lang(row: &impl Columns, col: &str) -> Result<Lang, StoreError> {
    parsed(row, col, |s| s.parse().ok())
}

pub(super) fn day(row: &impl Columns, col: &str) -> Result<NaiveDate, StoreError> {
    parsed(row, col, |s| s.parse().ok())
}

/// Lists (languages, topics, draft bodies) are stored space-separated.
pub(super) fn join<S: AsRef<str>>(items: &[S]) -> String {
    items
        .iter()
        .map(|s| s.as_ref())
        .collect::<Vec<_>>()
        .join(" ")
}

pub(super) fn split(s: &str) -> Vec<String> {
    s.split_whitespace().map(str::to_string).collect()
}

/// The columns `case` reads, followed by the rest of the query.
macro_rules! select_case {
    ($tail:literal) => {
        concat!(
            "SELECT id, visitor_id, channel, lang, serve_lang, topic, article, site, status, mediator_id, \
             target_mediator, context, left_message, queued_at, claimed_at, closed_at, outcome, \
             rating, created_at FROM cases ",
            $tail
        )
    };
}

/// The columns `ticket` reads, followed by the rest of the query.
macro_rules! select_ticket {
    ($tail:literal) => {
        concat!(
            "SELECT id, site, service, day, seq, lang, serve_lang, topic, kiosk, status, mediator_id, \
             counter, calls, issued_at, called_at FROM tickets ",
            $tail
        )
    };
}

/// The columns `version` reads, followed by the rest of the query.
macro_rules! select_version {
    ($tail:literal) => {
        concat!(
            "SELECT kind, article, lang, version, entry, base_hash, author, at, restores \
             FROM knowledge_versions ",
            $tail
        )
    };
}

/// The columns `event` reads, followed by the rest of the query.
macro_rules! select_event {
    ($tail:literal) => {
        concat!(
            "SELECT id, kind, case_id, ticket_id, site, mediator_id, lang, topic, detail, at \
             FROM events ",
            $tail
        )
    };
}

pub(super) use {select_case, select_event, select_ticket, select_version};

pub(super) fn case(r: &impl Columns) -> Result<Case, StoreError> {
    let context: String = r.get("context")?;
    let outcome: Option<String> = r.get("outcome")?;
    Ok(Case {
        id: r.get("id")?,
        visitor_id: r.get("visitor_id")?,
        channel: parsed(r, "channel", Channel::parse)?,
        lang: lang(r, "lang")?,
        serve_lang: serve_lang(r)?,
        topic: r.get("topic")?,
        article: r.get("article")?,
        site: r.get("site")?,
        status: parsed(r, "status", CaseStatus::parse)?,
        mediator_id: r.get("mediator_id")?,
        target_mediator: r.get("target_mediator")?,
        context: serde_json::from_str(&context).unwrap_or_default(),
        left_message: r.get("left_message")?,
        queued_at: time(r.get("queued_at")?),
        claimed_at: opt_time(r.get("claimed_at")?),
        closed_at: opt_time(r.get("closed_at")?),
        outcome: outcome.as_deref().and_then(Outcome::parse),
        rating: r.get("rating")?,
        created_at: time(r.get("created_at")?),
    })
}

/// Rows from before serving languages existed are served in the visitor's.
fn serve_lang(r: &impl Columns) -> Result<Lang, StoreError> {
    let code: String = r.get("serve_lang")?;
    if code.is_empty() {
        lang(r, "lang")
    } else {
        lang(r, "serve_lang")
    }
}

pub(super) fn visitor(r: &impl Columns) -> Result<Visitor, StoreError> {
    Ok(Visitor {
        id: r.get("id")?,
        channel: parsed(r, "channel", Channel::parse)?,
        address: r.get("address")?,
        lang: lang(r, "lang")?,
        blocked: r.get("blocked")?,
        last_seen: time(r.get("last_seen")?),
    })
}

pub(super) fn message(r: &impl Columns) -> Result<Message, StoreError> {
    Ok(Message {
        id: r.get("id")?,
        case_id: r.get("case_id")?,
        author: parsed(r, "author", Author::parse)?,
        mediator_id: r.get("mediator_id")?,
        kind: parsed(r, "kind", MessageKind::parse)?,
        body: r.get("body")?,
        file_id: r.get("file_id")?,
        created_at: time(r.get("created_at")?),
    })
}

/// A file's description and its bytes.
pub(super) fn file(r: &impl Columns) -> Result<(FileMeta, Vec<u8>), StoreError> {
    let bytes: Vec<u8> = r.get("bytes")?;
    Ok((
        FileMeta {
            id: r.get("id")?,
            case_id: r.get("case_id")?,
            name: r.get("name")?,
            mime: r.get("mime")?,
            size: bytes.len() as i64,
        },
        bytes,
    ))
}

/// An outbox row joined with its visitor's channel and address.
pub(super) fn outgoing(r: &impl Columns) -> Result<Outgoing, StoreError> {
    let payload: String = r.get("payload")?;
    Ok(Outgoing {
        id: r.get("id")?,
        visitor_id: r.get("visitor_id")?,
        case_id: r.get("case_id")?,
        channel: parsed(r, "channel", Channel::parse)?,
        address: r.get("address")?,
        attempts: r.get("attempts")?,
        payload: serde_json::from_str(&payload).map_err(|e| StoreError::Corrupt(e.to_string()))?,
    })
}

pub(super) fn ticket(r: &impl Columns) -> Result<Ticket, StoreError> {
    Ok(Ticket {
        id: r.get("id")?,
        site: r.get("site")?,
        service: r.get("service")?,
        day: day(r, "day")?,
        seq: r.get("seq")?,
        lang: lang(r, "lang")?,
        serve_lang: serve_lang(r)?,
        topic: r.get("topic")?,
        kiosk: r.get("kiosk")?,
        status: parsed(r, "status", TicketStatus::parse)?,
        mediator_id: r.get("mediator_id")?,
        counter: r.get("counter")?,
        calls: r.get("calls")?,
        issued_at: time(r.get("issued_at")?),
        called_at: opt_time(r.get("called_at")?),
    })
}

/// A stored event, about nothing yet: what it is about is read apart (the
/// case or ticket as it stands), by whoever relays it.
pub(super) fn event(r: &impl Columns) -> Result<Event, StoreError> {
    let lang: Option<String> = r.get("lang")?;
    let detail: String = r.get("detail")?;
    Ok(Event {
        id: r.get("id")?,
        kind: parsed(r, "kind", EventKind::parse)?,
        case_id: r.get("case_id")?,
        ticket_id: r.get("ticket_id")?,
        site: r.get("site")?,
        mediator_id: r.get("mediator_id")?,
        lang: lang.and_then(|l| l.parse().ok()),
        topic: r.get("topic")?,
        detail: serde_json::from_str(&detail).unwrap_or_default(),
        at: time(r.get("at")?),
        about: About::default(),
    })
}

pub(super) fn mediator(r: &impl Columns) -> Result<Mediator, StoreError> {
    let languages: String = r.get("languages")?;
    Ok(Mediator {
        id: r.get("id")?,
        username: r.get("username")?,
        name: r.get("name")?,
        role: parsed(r, "role", Role::parse)?,
        languages: languages
            .split_whitespace()
            .filter_map(|l| l.parse().ok())
            .collect(),
        topics: split(&r.get::<String>("topics")?),
        services: split(&r.get::<String>("services")?),
        ui_lang: lang(r, "ui_lang")?,
        disabled: r.get("disabled")?,
    })
}

pub(super) fn presence(r: &impl Columns) -> Result<Presence, StoreError> {
    Ok(Presence {
        mediator_id: r.get("mediator_id")?,
        site: r.get("site")?,
        counter: r.get("counter")?,
        available: r.get("available")?,
        since: time(r.get("since")?),
    })
}

pub(super) fn audit_entry(r: &impl Columns) -> Result<AuditEntry, StoreError> {
    Ok(AuditEntry {
        at: time(r.get("at")?),
        mediator_id: r.get("mediator_id")?,
        username: r.get("username")?,
        action: r.get("action")?,
        case_id: r.get("case_id")?,
        subject: r.get("subject")?,
    })
}

pub(super) fn version(r: &impl Columns) -> Result<ArticleVersion, StoreError> {
    Ok(ArticleVersion {
        kind: parsed(r, "kind", Kind::parse)?,
        article: r.get("article")?,
        lang: lang(r, "lang")?,
        version: r.get("version")?,
        entry: r.get("entry")?,
        base_hash: r.get("base_hash")?,
        author: r.get("author")?,
        at: time(r.get("at")?),
        restores: r.get("restores")?,
    })
}

pub(super) fn draft(r: &impl Columns) -> Result<Draft, StoreError> {
    Ok(Draft {
        id: r.get("id")?,
        query: r.get("query")?,
        article: r.get("article")?,
        category: r.get("category")?,
        bodies: split(&r.get::<String>("bodies")?),
        title: r.get("title")?,
        summary: r.get("summary")?,
        body: r.get("body")?,
        keywords: r.get("keywords")?,
        questions: r.get("questions")?,
        author: r.get("author")?,
        created_at: time(r.get("created_at")?),
        changed_by: r.get("changed_by")?,
        changed_at: time(r.get("changed_at")?),
        revision: r.get("revision")?,
    })
}

pub(super) fn inbox_item(r: &impl Columns) -> Result<InboxItem, StoreError> {
    Ok(InboxItem {
        id: r.get("id")?,
        chat: r.get("chat_id")?,
        body: r.get("body")?,
    })
}

pub(super) fn trail_item(r: &impl Columns) -> Result<TrailItem, StoreError> {
    let kind: String = r.get("kind")?;
    Ok(TrailItem {
        kind: match kind.as_str() {
            "read" => TrailKind::Read,
            _ => TrailKind::Searched,
        },
        item: r.get("item")?,
    })
}

pub(super) fn miss_count(r: &impl Columns) -> Result<MissCount, StoreError> {
    Ok(MissCount {
        lang: r.get("lang")?,
        query: r.get("query")?,
        count: r.get("n")?,
        last_seen: r.get("last")?,
    })
}

/// A mediator with what proves it is them.
pub(super) fn credentials(r: &impl Columns) -> Result<(Mediator, Credentials), StoreError> {
    Ok((
        mediator(r)?,
        Credentials {
            password_hash: r.get("password_hash")?,
        },
    ))
}

pub(super) fn session(r: &impl Columns) -> Result<Session, StoreError> {
    Ok(Session {
        token_hash: r.get("token_hash")?,
        mediator_id: r.get("mediator_id")?,
        csrf: r.get("csrf")?,
        expires_at: time(r.get("expires_at")?),
        hard_expires_at: time(r.get("hard_expires_at")?),
    })
}

pub(super) fn delivery(r: &impl Columns) -> Result<DeliveryRow, StoreError> {
    Ok(DeliveryRow {
        message_id: r.get("message_id")?,
        status: r.get("status")?,
        failure: r.get("failure")?,
        attempts: r.get("attempts")?,
    })
}

pub(super) fn review(r: &impl Columns) -> Result<Review, StoreError> {
    Ok(Review {
        article: r.get("article")?,
        lang: lang(r, "lang")?,
        source_hash: r.get("source_hash")?,
        source_text: r.get("source_text")?,
        version: r.get("version")?,
        reviewer: r.get("reviewer")?,
        at: time(r.get("at")?),
    })
}

pub(super) fn reader_count(r: &impl Columns) -> Result<ReaderCount, StoreError> {
    Ok(ReaderCount {
        article: r.get("article")?,
        lang: lang(r, "lang")?,
        reads: r.get("reads")?,
        not_helpful: r.get("no")?,
    })
}

pub(super) fn unhelpful_search(r: &impl Columns) -> Result<UnhelpfulSearch, StoreError> {
    Ok(UnhelpfulSearch {
        article: r.get("article")?,
        lang: lang(r, "lang")?,
        query: r.get("query")?,
        count: r.get("n")?,
    })
}

pub(super) fn stat_row(r: &impl Columns) -> Result<StatRow, StoreError> {
    Ok(StatRow {
        day: day(r, "day")?,
        site: r.get("site")?,
        channel: r.get("channel")?,
        lang: lang(r, "lang")?,
        topic: r.get("topic")?,
        service: r.get("service")?,
        wait_secs: r.get("wait_secs")?,
    })
}

pub(super) fn rating_row(r: &impl Columns) -> Result<RatingRow, StoreError> {
    Ok(RatingRow {
        day: day(r, "day")?,
        site: r.get("site")?,
        topic: r.get("topic")?,
        service: r.get("service")?,
        rating: r.get("rating")?,
    })
}

pub(super) fn feedback_count(r: &impl Columns) -> Result<FeedbackCount, StoreError> {
    Ok(FeedbackCount {
        article: r.get("article")?,
        helpful: r.get("yes")?,
        not_helpful: r.get("no")?,
    })
}
