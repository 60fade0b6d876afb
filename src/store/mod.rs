//! Storage behind one narrow trait, so channels and the domain never see
//! SQL. The backend is chosen by the database URL's scheme, here and only
//! here.

pub mod accounts;
pub mod cases;
pub mod delivery;
mod sqlite;
pub mod telegram;
pub mod tickets;

use std::sync::Arc;

use async_trait::async_trait;
use chrono::NaiveDate;
use serde::Serialize;

use crate::lang::Lang;

pub use accounts::{AccountStore, AuditEntry, Credentials, NewMediator, Session};
pub use cases::{
    Applied, CaseChange, CaseStore, Effects, NewCase, NewEvent, NewMessage, Purged, RatingRow,
    StatRow,
};
pub use delivery::{DeliveryRow, DeliveryStore};
pub use sqlite::SqliteStore;
pub use telegram::{InboxItem, TelegramStore, TrailItem, TrailKind};
pub use tickets::{FeedbackCount, NewTicket, TicketChange, TicketStore};

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("unsupported database URL (expected sqlite://PATH): {0}")]
    UnsupportedUrl(String),
    #[error("creating the database folder or file {path}: {source}")]
    CreateDir {
        path: String,
        #[source]
        source: std::io::Error,
    },
    /// A unique value (a username) is already taken.
    #[error("already exists")]
    Conflict,
    /// Stored data that does not parse (a hand-edited row).
    #[error("corrupt row: {0}")]
    Corrupt(String),
    #[error(transparent)]
    Database(#[from] sqlx::Error),
    #[error(transparent)]
    Migrate(#[from] sqlx::migrate::MigrateError),
}

/// A search that found no good answer, already anonymised.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchMiss {
    pub day: NaiveDate,
    pub lang: Lang,
    pub query: String,
}

/// How often a query found nothing, for the content-gap report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MissCount {
    pub lang: String,
    pub query: String,
    pub count: i64,
}

#[async_trait]
pub trait Store: AccountStore + CaseStore + TicketStore + TelegramStore + DeliveryStore {
    /// Whether the database answers.
    async fn ping(&self) -> Result<(), StoreError>;
    async fn record_search_miss(&self, miss: &SearchMiss) -> Result<(), StoreError>;
    /// The most frequent misses since `since`, most frequent first.
    async fn search_misses(
        &self,
        since: NaiveDate,
        limit: i64,
    ) -> Result<Vec<MissCount>, StoreError>;
    /// Waits for in-flight writes and closes connections.
    async fn close(&self);
}

/// Opens (creating if needed) the database the URL names and brings its
/// schema up to date.
pub async fn open(url: &str) -> Result<Arc<dyn Store>, StoreError> {
    if url.starts_with("sqlite:") {
        Ok(Arc::new(SqliteStore::open(url).await?))
    } else {
        Err(StoreError::UnsupportedUrl(crate::config::redact_url(url)))
    }
}

/// Masks what could identify a person in a search text: digit runs (phone,
/// document and case numbers) and e-mail addresses; lowercases and trims.
pub fn anonymise_query(text: &str) -> String {
    let mut out = String::new();
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        if word.contains('@') {
            out.push_str("[email]");
            continue;
        }
        let mut last_digit = false;
        for c in word.chars().flat_map(char::to_lowercase) {
            if c.is_ascii_digit() {
                if !last_digit {
                    out.push('#');
                }
                last_digit = true;
            } else {
                out.push(c);
                last_digit = false;
            }
        }
    }
    out.chars().take(200).collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn anonymising_masks_numbers_and_emails() {
        assert_eq!(
            super::anonymise_query("Meu NIF 123456789  e email ana@x.pt"),
            "meu nif # e email [email]"
        );
    }
}
