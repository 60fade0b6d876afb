//! The hand-off from the knowledge base to a person: queue, tickets,
//! conversations, routing and delivery. Channels (Telegram, kiosk, console)
//! call these functions; storage is behind the store traits.

pub mod accounts;
pub mod audit;
pub mod claims;
mod conversations;
mod error;
pub mod events;
pub mod files;
pub mod hours;
pub mod model;
pub mod outbox;
mod routing;
pub mod settings;
pub mod stats;
mod tickets;

use std::sync::Arc;

use chrono::{DateTime, Utc};
use tokio::sync::Notify;

use crate::clock::Clock;
use crate::content::ContentHandle;
use crate::lang::Lang;
use crate::store::{Applied, Effects, NewEvent, Purged, Store};
pub use conversations::{KIOSK_GONE_AFTER, MAX_TEXT_CHARS, PersonRequest, Transfer};
pub use error::{HandoffError, Result};
use events::Hub;
use model::{EventKind, Mediator};
pub use routing::{Availability, CaseView, QueueView};
use settings::HandoffSettings;
pub use tickets::IssuedTicket;

/// The hand-off core, shared by every channel. Cheap to clone.
#[derive(Clone)]
pub struct Handoff {
    pub store: Arc<dyn Store>,
    pub clock: Arc<dyn Clock>,
    pub content: Arc<ContentHandle>,
    pub settings: Arc<HandoffSettings>,
    pub hub: Hub,
    /// Wakes the outbox worker when something was queued for a visitor.
    pub outbox_wake: Arc<Notify>,
    /// The visitors and chats this instance works on, so that instances
    /// sharing the database never work on the same one at once.
    pub claims: Arc<claims::Claims>,
    /// Visitors whose channel came back: the worker retries their messages
    /// at its next pass (it does so itself, so a retry it is writing at that
    /// moment cannot push them back again).
    outbox_retry_now: Arc<std::sync::Mutex<Vec<i64>>>,
    /// Visitors whose channel asked to wait (rate limits), until when.
    outbox_paced: Arc<std::sync::Mutex<std::collections::HashMap<i64, std::time::Instant>>>,
}

impl Handoff {
    pub fn new(
        store: Arc<dyn Store>,
        clock: Arc<dyn Clock>,
        content: Arc<ContentHandle>,
        settings: HandoffSettings,
    ) -> Self {
        Handoff {
            claims: Arc::new(claims::Claims::new(store.clone())),
            store,
            clock,
            content,
            settings: Arc::new(settings),
            hub: Hub::default(),
            outbox_wake: Arc::new(Notify::new()),
            outbox_retry_now: Arc::default(),
            outbox_paced: Arc::default(),
        }
    }

    fn now(&self) -> DateTime<Utc> {
        self.clock.now()
    }

    fn effects(&self) -> Effects {
        Effects {
            at: self.now(),
            ..Effects::default()
        }
    }

    /// A UI string in a visitor's language.
    fn ui(&self, lang: Lang, id: &str, args: &[(&str, String)]) -> String {
        self.content.current().knowledge.ui_with(lang, id, args)
    }

    /// After a write: push its events live and wake the outbox.
    fn publish(&self, applied: Applied) -> Applied {
        self.hub.publish(applied.events.iter().cloned());
        self.outbox_wake.notify_one();
        applied
    }

    /// Records who did what to which case, without anything about the
    /// visitor.
    async fn audit(&self, who: &Mediator, action: &str, case_id: Option<i64>) -> Result<()> {
        self.store
            .audit(&crate::store::AuditEntry {
                at: self.now(),
                mediator_id: Some(who.id),
                username: who.username.clone(),
                action: action.into(),
                case_id,
                subject: None,
            })
            .await?;
        Ok(())
    }

    /// Deletes what is older than the retention period.
    pub async fn purge_expired(&self) -> Result<Purged> {
        let cutoff = self.now() - chrono::Duration::days(self.settings.retention_days.into());
        let purged = self.store.purge_before(cutoff).await?;
        if purged != Purged::default() {
            tracing::info!(
                cases = purged.cases,
                tickets = purged.tickets,
                visitors = purged.visitors,
                "retention: deleted expired records"
            );
        }
        Ok(purged)
    }

    /// Erases one person (found by one of their case numbers): messages,
    /// files and profile. The audit log keeps only case numbers.
    pub async fn erase_person(&self, who: &Mediator, case_id: i64) -> Result<Purged> {
        let case = self.case(case_id).await?;
        let purged = self.store.erase_visitor(case.visitor_id).await?;
        self.audit(who, "erase", Some(case_id)).await?;
        Ok(purged)
    }

    fn event(kind: EventKind, by: Option<&Mediator>, detail: serde_json::Value) -> NewEvent {
        NewEvent {
            kind,
            mediator_id: by.map(|m| m.id),
            detail,
        }
    }
}
