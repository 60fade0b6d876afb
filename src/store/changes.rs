//! What both backends do the same way around their writes: a change's
//! fields applied to the case or ticket read in the transaction, and what a
//! change's messages and events become once stored. Only the statements
//! that write them differ per backend.

use chrono::{DateTime, Utc};

use super::{Applied, CaseChange, NewEvent, NewMessage, TicketChange};
use crate::handoff::model::{About, Case, Event, Message, Payload, Ticket};
use crate::lang::Lang;

/// What events of a change are about.
#[derive(Default)]
pub(super) struct Subject {
    pub case_id: Option<i64>,
    pub ticket_id: Option<i64>,
    pub visitor_id: Option<i64>,
    pub site: Option<String>,
    pub lang: Option<Lang>,
    pub topic: Option<String>,
    pub about: About,
}

impl Subject {
    pub fn of_case(c: &Case) -> Subject {
        Subject {
            case_id: Some(c.id),
            visitor_id: Some(c.visitor_id),
            site: c.site.clone(),
            // Listeners filter by who may take it.
            lang: Some(c.serve_lang),
            topic: Some(c.topic.clone()),
            about: About::case(c),
            ..Subject::default()
        }
    }

    pub fn of_ticket(t: &Ticket) -> Subject {
        Subject {
            ticket_id: Some(t.id),
            site: Some(t.site.clone()),
            lang: Some(t.serve_lang),
            topic: t.topic.clone(),
            about: About::ticket(t),
            ..Subject::default()
        }
    }

    /// A new message as stored under `id`, and what to send the visitor.
    pub fn message(&self, id: i64, m: NewMessage, at: DateTime<Utc>) -> (Message, Option<Payload>) {
        let message = Message {
            id,
            case_id: self.case_id.unwrap_or_default(),
            author: m.author,
            mediator_id: m.mediator_id,
            kind: m.kind,
            body: m.body,
            file_id: m.file_id,
            created_at: at,
        };
        (message, m.deliver)
    }

    /// A new event as stored under `id`; its detail as `with_message_id`
    /// left it.
    pub fn event(&self, id: i64, e: NewEvent, at: DateTime<Utc>) -> Event {
        Event {
            id,
            kind: e.kind,
            case_id: self.case_id,
            ticket_id: self.ticket_id,
            site: self.site.clone(),
            mediator_id: e.mediator_id,
            lang: self.lang,
            topic: self.topic.clone(),
            detail: e.detail,
            at,
            about: self.about.clone(),
        }
    }
}

/// An event's detail names the last message the change stored, unless it
/// names one already, so listeners can fetch it.
pub(super) fn with_message_id(
    mut detail: serde_json::Value,
    applied: &Applied,
) -> serde_json::Value {
    if let (Some(m), serde_json::Value::Object(map)) = (applied.messages.last(), &mut detail) {
        map.entry("message_id").or_insert(m.id.into());
    }
    detail
}

/// A case's context as stored.
pub(super) fn ctx_json(c: &Case) -> String {
    serde_json::to_string(&c.context).unwrap_or_else(|_| "{}".into())
}

/// The change's fields onto the case, except the move to another visitor
/// (`ch.visitor`), which also moves outbox rows and so is each backend's.
pub(super) fn change_case(c: &mut Case, ch: &CaseChange) {
    if let Some(s) = ch.status {
        c.status = s;
    }
    if let Some(m) = ch.mediator_id {
        c.mediator_id = m;
    }
    if let Some(t) = ch.target_mediator {
        c.target_mediator = t;
    }
    if let Some(l) = ch.serve_lang {
        c.serve_lang = l;
    }
    if let Some(t) = &ch.topic {
        c.topic = t.clone();
    }
    if let Some(q) = ch.queued_at {
        c.queued_at = q;
    }
    if let Some(t) = ch.claimed_at {
        c.claimed_at = t;
    }
    if let Some(t) = ch.closed_at {
        c.closed_at = Some(t);
    }
    if let Some(o) = ch.outcome {
        c.outcome = Some(o);
    }
    if let Some(r) = ch.rating {
        c.rating = Some(r);
    }
    if let Some(l) = ch.left_message {
        c.left_message = l;
    }
}

/// The change's fields onto the ticket.
pub(super) fn change_ticket(t: &mut Ticket, ch: &TicketChange) {
    if let Some(s) = ch.status {
        t.status = s;
    }
    if let Some(m) = ch.mediator_id {
        t.mediator_id = Some(m);
    }
    if let Some(c) = &ch.counter {
        t.counter = Some(c.clone());
    }
    if let Some(at) = ch.called_at {
        t.called_at = Some(at);
    }
    if ch.call {
        t.calls += 1;
    }
}
