//! The words of the hand-off, as types: visitors, cases (conversations),
//! messages, tickets, mediators, presence and events.

use std::sync::Arc;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::lang::Lang;

/// Declares a string-backed enum with its stored names.
macro_rules! named {
    ($(#[$m:meta])* $name:ident { $($(#[$vm:meta])* $v:ident = $s:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($(#[$vm])* $v),+ }
        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$v),+];
            pub fn as_str(self) -> &'static str {
                match self { $($name::$v => $s),+ }
            }
            pub fn parse(s: &str) -> Option<$name> {
                match s { $($s => Some($name::$v),)+ _ => None }
            }
        }
        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

named!(
    /// Where a visitor talks to us from.
    Channel { Telegram = "telegram", Kiosk = "kiosk" }
);
named!(
    /// Where a conversation stands.
    CaseStatus { Waiting = "waiting", Active = "active", Bot = "bot", Closed = "closed" }
);
named!(
    /// Who wrote a message.
    Author { Visitor = "visitor", Mediator = "mediator", Bot = "bot", System = "system" }
);
named!(
    /// A message to the visitor, a note only mediators see, or a file.
    MessageKind { Text = "text", Note = "note", File = "file" }
);
named!(Role { Mediator = "mediator", Admin = "admin" });
named!(
    /// How a conversation ended, for the statistics.
    Outcome {
        Answered = "answered",
        Referred = "referred",
        Appointment = "appointment",
        Unresolved = "unresolved",
        VisitorLeft = "visitor_left",
    }
);
named!(TicketStatus { Waiting = "waiting", Called = "called", Done = "done", Skipped = "skipped" });
named!(
    /// Every change of state.
    EventKind {
        Queued = "queued",
        Claimed = "claimed",
        Message = "message",
        Transferred = "transferred",
        Note = "note",
        Left = "left",
        HandedBack = "handed_back",
        Closed = "closed",
        Rated = "rated",
        ChannelChanged = "channel_changed",
        // The visitor erased their data (the case is gone).
        Erased = "erased",
        Delivery = "delivery",
        TicketIssued = "ticket_issued",
        TicketCalled = "ticket_called",
        TicketRecalled = "ticket_recalled",
        TicketSkipped = "ticket_skipped",
        TicketDone = "ticket_done",
        Presence = "presence",
        // The served knowledge changed (an edit, a file, midnight):
        // announced to open consoles. Stored only where other instances
        // share the database, to tell them of an edit (store::relay).
        Knowledge = "knowledge",
    }
);

/// A person on one channel: a Telegram chat, or one kiosk chat session.
#[derive(Debug, Clone, Serialize)]
pub struct Visitor {
    pub id: i64,
    pub channel: Channel,
    /// The chat id, or the kiosk chat's secret. Never shown.
    #[serde(skip)]
    pub address: String,
    pub lang: Lang,
    pub blocked: bool,
    /// When they last wrote, to within [`SEEN_EVERY`]: what retention
    /// counts from.
    #[serde(skip)]
    pub last_seen: DateTime<Utc>,
}

/// How often a visitor's last contact is written down: retention is
/// counted in days, and writing it for every message was one write of
/// the few each message costs.
pub const SEEN_EVERY: chrono::Duration = chrono::Duration::hours(1);

/// What the visitor read and searched before asking for a person.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct CaseContext {
    pub read: Vec<String>,
    pub searched: Vec<String>,
}

/// A conversation with a visitor, from the request for a person to its close.
#[derive(Debug, Clone, Serialize)]
pub struct Case {
    pub id: i64,
    pub visitor_id: i64,
    pub channel: Channel,
    /// The visitor's language: what they read (notices, replies, the bot).
    pub lang: Lang,
    /// The language it is served in: who may take it. The visitor's
    /// language unless nobody on duty speaks it (a routing fallback) or a
    /// mediator transferred it to another language.
    pub serve_lang: Lang,
    /// An article category.
    pub topic: String,
    pub article: Option<String>,
    /// The site of the kiosk it came from, if any.
    pub site: Option<String>,
    pub status: CaseStatus,
    pub mediator_id: Option<i64>,
    /// Set when transferred to one named mediator.
    pub target_mediator: Option<i64>,
    pub context: CaseContext,
    /// The visitor left a message for when mediators are back.
    pub left_message: bool,
    pub queued_at: DateTime<Utc>,
    pub claimed_at: Option<DateTime<Utc>>,
    pub closed_at: Option<DateTime<Utc>>,
    pub outcome: Option<Outcome>,
    pub rating: Option<i64>,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Message {
    pub id: i64,
    pub case_id: i64,
    pub author: Author,
    pub mediator_id: Option<i64>,
    pub kind: MessageKind,
    pub body: String,
    pub file_id: Option<i64>,
    pub created_at: DateTime<Utc>,
}

/// A stored file a visitor sent.
#[derive(Debug, Clone, Serialize)]
pub struct FileMeta {
    pub id: i64,
    pub case_id: i64,
    pub name: String,
    pub mime: String,
    pub size: i64,
}

/// A queue ticket, e.g. A-023.
#[derive(Debug, Clone, Serialize)]
pub struct Ticket {
    pub id: i64,
    pub site: String,
    pub service: String,
    pub day: NaiveDate,
    pub seq: i64,
    /// The visitor's language, and the one the ticket is served in (see
    /// [`Case::serve_lang`]).
    pub lang: Lang,
    pub serve_lang: Lang,
    pub topic: Option<String>,
    pub kiosk: Option<String>,
    pub status: TicketStatus,
    pub mediator_id: Option<i64>,
    pub counter: Option<String>,
    pub calls: i64,
    pub issued_at: DateTime<Utc>,
    pub called_at: Option<DateTime<Utc>>,
}

impl Ticket {
    /// What is printed and called: service letter and a three-digit number.
    pub fn label(&self) -> String {
        format!("{}-{:03}", self.service, self.seq)
    }
}

/// A mediator's account, without credentials.
#[derive(Debug, Clone, Serialize)]
pub struct Mediator {
    pub id: i64,
    pub username: String,
    pub name: String,
    pub role: Role,
    pub languages: Vec<Lang>,
    /// Article categories covered; empty means all.
    pub topics: Vec<String>,
    /// Service letters served at a counter; empty means all.
    pub services: Vec<String>,
    pub ui_lang: Lang,
    /// A disabled account cannot sign in.
    pub disabled: bool,
}

impl Mediator {
    pub fn is_admin(&self) -> bool {
        self.role == Role::Admin
    }

    pub fn covers_topic(&self, topic: &str) -> bool {
        self.topics.is_empty() || self.topics.iter().any(|t| t == topic)
    }

    /// Whether this mediator may open a case and everything in it
    /// (transcript, notes, files): one they serve, or any for an
    /// administrator.
    pub fn may_open(&self, case: &Case) -> bool {
        self.is_admin() || self.serves_case(case)
    }

    /// Whether this mediator may see and take a conversation.
    pub fn serves_case(&self, case: &Case) -> bool {
        if let Some(target) = case.target_mediator {
            return target == self.id;
        }
        if case.mediator_id == Some(self.id) {
            return true;
        }
        self.languages.contains(&case.serve_lang) && self.covers_topic(&case.topic)
    }

    /// Whether this mediator may call a ticket at their counter.
    pub fn serves_ticket(&self, ticket: &Ticket) -> bool {
        self.languages.contains(&ticket.serve_lang) && self.serves_service(&ticket.service)
    }

    pub fn serves_service(&self, letter: &str) -> bool {
        self.services.is_empty() || self.services.iter().any(|s| s == letter)
    }
}

/// Where a mediator works right now.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Presence {
    pub mediator_id: i64,
    /// The site they are at; `None` when working remotely.
    pub site: Option<String>,
    pub counter: Option<String>,
    pub available: bool,
    pub since: DateTime<Utc>,
}

/// A stored change of state, as pushed to consoles and displays.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Event {
    pub id: i64,
    pub kind: EventKind,
    pub case_id: Option<i64>,
    pub ticket_id: Option<i64>,
    pub site: Option<String>,
    pub mediator_id: Option<i64>,
    /// Language and topic of the case or ticket, so listeners can filter.
    pub lang: Option<Lang>,
    pub topic: Option<String>,
    pub detail: serde_json::Value,
    pub at: DateTime<Utc>,
    /// What the event is about, for live listeners only (never stored or
    /// sent): consoles are told only of what their mediator may see.
    #[serde(skip)]
    pub about: About,
}

/// The case or ticket an event is about, as it stands after the change.
#[derive(Debug, Clone, Default)]
pub struct About {
    pub case: Option<Arc<Case>>,
    pub ticket: Option<Arc<Ticket>>,
    /// The mediator the case was with before the change (an administrator
    /// may transfer a case away from them: they must hear of it).
    pub was_with: Option<i64>,
}

impl About {
    pub fn case(c: &Case) -> About {
        About {
            case: Some(Arc::new(c.clone())),
            ..About::default()
        }
    }

    pub fn ticket(t: &Ticket) -> About {
        About {
            ticket: Some(Arc::new(t.clone())),
            ..About::default()
        }
    }
}

impl Event {
    /// An event about neither a case nor a ticket, told to every console
    /// and never stored.
    pub fn announcement(kind: EventKind, at: DateTime<Utc>) -> Event {
        Event {
            id: 0,
            kind,
            case_id: None,
            ticket_id: None,
            site: None,
            mediator_id: None,
            lang: None,
            topic: None,
            detail: serde_json::Value::Null,
            at,
            about: About::default(),
        }
    }

    /// Whether `who` may be told of this event: by the queue's rule (a case
    /// they may open, a ticket they may call), their own doing or cases,
    /// and everything for administrators. Events about neither a case nor a
    /// ticket say nothing about a visitor.
    pub fn concerns(&self, who: &Mediator) -> bool {
        let about = &self.about;
        let involved = self.mediator_id == Some(who.id) || about.was_with == Some(who.id);
        let may_see = match (&about.case, &about.ticket) {
            (Some(c), _) => who.may_open(c),
            (None, Some(t)) => {
                who.is_admin() || who.serves_ticket(t) || t.mediator_id == Some(who.id)
            }
            (None, None) => self.case_id.is_none() && self.ticket_id.is_none() || who.is_admin(),
        };
        involved || may_see
    }
}

/// A message waiting to reach a visitor through their channel.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Outgoing {
    pub id: i64,
    pub visitor_id: i64,
    pub case_id: Option<i64>,
    pub channel: Channel,
    pub address: String,
    pub attempts: i64,
    pub payload: Payload,
}

/// What a channel renders: the text (already in the visitor's language) and
/// what it is, so a channel can add buttons (a survey) or markup.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Payload {
    pub kind: PayloadKind,
    pub text: String,
    /// The transcript message this delivers, if any.
    #[serde(default)]
    pub message_id: Option<i64>,
    /// Channel-specific extras (e.g. the bot's buttons).
    #[serde(default)]
    pub extra: serde_json::Value,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PayloadKind {
    /// A mediator's reply.
    Reply,
    /// A notice from the system (taken, transferred, handed back).
    Notice,
    /// The conversation closed; ask for a rating.
    Survey,
    /// Anything a channel sends of its own (the bot's answers).
    Channel,
    /// A mediator's photo or document; `text` is its caption and
    /// `Payload::file()` says which file.
    File,
}
