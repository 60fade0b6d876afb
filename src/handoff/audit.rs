//! What the audit log records of mediators' work on cases, and what it
//! tells a mediator about a case they can no longer see: moved on by their
//! own transfer, or erased by the visitor.

use chrono::Duration;
use serde::Serialize;
use serde_json::json;

use super::model::{About, Case, CaseStatus, Event, EventKind, Mediator};
use super::{Handoff, Result};
use crate::lang::Lang;
use crate::store::{AuditEntry, Purged};

/// The audit log's actions (stable codes the console words).
pub mod action {
    pub const OPEN: &str = "open";
    pub const CLAIM: &str = "claim";
    pub const TRANSFER: &str = "transfer";
    pub const ERASE: &str = "erase";
    /// The visitor erased everything about themselves (/forget).
    pub const VISITOR_ERASED: &str = "visitor_erased";
}

/// Reopening a case within this time in the same session (a live refresh,
/// a second look) is not a new access.
pub const OPENED_ONCE_PER: Duration = Duration::minutes(30);

/// Where a case went after the mediator who asks transferred it away.
#[derive(Debug, Clone, Serialize)]
pub struct Moved {
    pub case_id: i64,
    pub status: CaseStatus,
    /// The mediator it is with, or was sent to.
    pub mediator: Option<String>,
    /// The language it is served in, and its topic: the queue it waits in.
    pub lang: Lang,
    pub topic: String,
}

impl Handoff {
    /// Records that `who` opened these cases (one, and the same person's
    /// earlier ones shown with it): once per session and case within
    /// [`OPENED_ONCE_PER`].
    pub(super) async fn audit_opened(
        &self,
        who: &Mediator,
        session: &str,
        case_ids: &[i64],
    ) -> Result<()> {
        let now = self.now();
        for id in case_ids {
            let entry = AuditEntry {
                at: now,
                mediator_id: Some(who.id),
                username: who.username.clone(),
                action: action::OPEN.into(),
                case_id: Some(*id),
                subject: None,
            };
            self.store
                .audit_once(&entry, session, now - OPENED_ONCE_PER)
                .await?;
        }
        Ok(())
    }

    /// Where a case went, if `who` transferred it at some point; for a
    /// mediator who may no longer see it.
    pub async fn moved_from(&self, who: &Mediator, case_id: i64) -> Result<Option<Moved>> {
        let log = self.store.audit_of_case(case_id).await?;
        let transferred = log
            .iter()
            .any(|e| e.action == action::TRANSFER && e.mediator_id == Some(who.id));
        let Some(case) = self.store.case(case_id).await?.filter(|_| transferred) else {
            return Ok(None);
        };
        let with = match case.status {
            CaseStatus::Active => case.mediator_id,
            _ => case.target_mediator,
        };
        let mediator = match with {
            Some(id) => self.store.mediator(id).await?.map(|m| m.name),
            None => None,
        };
        Ok(Some(Moved {
            case_id,
            status: case.status,
            mediator,
            lang: case.serve_lang,
            topic: case.topic,
        }))
    }

    /// Whether the visitor of a case that no longer exists erased their
    /// data themselves.
    pub async fn erased_by_visitor(&self, case_id: i64) -> Result<bool> {
        let log = self.store.audit_of_case(case_id).await?;
        Ok(log.iter().any(|e| e.action == action::VISITOR_ERASED))
    }

    /// The visitor asked to be forgotten: everything about them goes, the
    /// audit log keeps that it happened to which case numbers, and consoles
    /// showing one of their open cases are told at once.
    pub async fn forget_visitor(&self, visitor_id: i64) -> Result<Purged> {
        let cases = self.store.cases_of_visitor(visitor_id).await?;
        let purged = self.store.erase_visitor(visitor_id).await?;
        let now = self.now();
        for case in &cases {
            self.store
                .audit(&AuditEntry {
                    at: now,
                    mediator_id: None,
                    username: String::new(),
                    action: action::VISITOR_ERASED.into(),
                    case_id: Some(case.id),
                    subject: None,
                })
                .await?;
        }
        // Not stored: the case and its events are gone with the visitor.
        let erased: Vec<Event> = cases
            .iter()
            .filter(|c| is_open(c))
            .map(|c| Event {
                id: 0,
                kind: EventKind::Erased,
                case_id: Some(c.id),
                ticket_id: None,
                site: c.site.clone(),
                mediator_id: c.mediator_id,
                lang: Some(c.serve_lang),
                topic: Some(c.topic.clone()),
                detail: json!({}),
                at: now,
                about: About::case(c),
            })
            .collect();
        // Other instances' consoles too, as far as they are listening now.
        if let Err(e) = self.store.tell(&erased).await {
            tracing::warn!(error = %e, "other instances were not told of an erasure");
        }
        self.hub.publish(erased);
        Ok(purged)
    }
}

fn is_open(c: &Case) -> bool {
    matches!(c.status, CaseStatus::Waiting | CaseStatus::Active)
}
