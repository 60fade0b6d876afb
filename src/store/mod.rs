//! Storage behind one narrow trait, so channels and the domain never see
//! SQL. The backend is chosen by the database URL's scheme, here and only
//! here.

pub mod accounts;
pub mod cases;
mod changes;
pub mod delivery;
pub mod knowledge;
pub mod lease;
mod postgres;
pub mod relay;
mod rows;
mod schema;
mod sqlite;
pub mod telegram;
pub mod tickets;
pub mod turns;

use std::sync::Arc;

use async_trait::async_trait;
use chrono::NaiveDate;
use serde::Serialize;

use crate::lang::Lang;

pub use accounts::{AccountChange, AccountStore, AuditEntry, Credentials, NewMediator, Session};
pub use cases::{
    Applied, CaseChange, CaseStore, Effects, NewCase, NewEvent, NewMessage, Purged, RatingRow,
    StatRow,
};
pub use delivery::{DeliveryRow, DeliveryStore};
pub use knowledge::{
    ArticleVersion, Draft, DraftSaved, Kind, KnowledgeStore, ReaderCount, Review, Saved,
    UnhelpfulSearch,
};
pub use lease::LeaseStore;
pub use postgres::PostgresStore;
pub use relay::EventRelay;
pub use sqlite::SqliteStore;
pub use telegram::{Arrived, Handled, InboxItem, TelegramStore, TrailItem, TrailKind};
pub use tickets::{FeedbackCount, NewTicket, TicketChange, TicketStore};
pub use turns::{SendTurns, Turn, TurnLimits};

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("unsupported database URL (expected sqlite://PATH or postgres://…): {0}")]
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
    /// The last day it was searched: a gap nobody hit for weeks can wait.
    pub last_seen: String,
}

#[async_trait]
pub trait Store:
    AccountStore
    + CaseStore
    + TicketStore
    + TelegramStore
    + DeliveryStore
    + KnowledgeStore
    + LeaseStore
    + EventRelay
{
    /// Whether the database answers.
    async fn ping(&self) -> Result<(), StoreError>;
    async fn record_search_miss(&self, miss: &SearchMiss) -> Result<(), StoreError>;
    /// The most frequent misses since `since`, most frequent first.
    async fn search_misses(
        &self,
        since: NaiveDate,
        limit: i64,
    ) -> Result<Vec<MissCount>, StoreError>;
    /// Whether other processes may use this database at the same time
    /// (PostgreSQL); SQLite is one process's file.
    fn shared(&self) -> bool;
    /// Where Telegram's sending limits are counted when instances on
    /// several machines may share this database (PostgreSQL); `None` when
    /// one process's count in memory is the whole count.
    fn send_turns(&self) -> Option<std::sync::Arc<dyn SendTurns>>;
    /// Waits for in-flight writes and closes connections.
    async fn close(&self);
}

/// Opens (creating if needed) the database the URL names and brings its
/// schema up to date.
pub async fn open(url: &str) -> Result<Arc<dyn Store>, StoreError> {
    if url.starts_with("sqlite:") {
        Ok(Arc::new(SqliteStore::open(url).await?))
    } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
        Ok(Arc::new(PostgresStore::open(url).await?))
    } else {
        Err(StoreError::UnsupportedUrl(crate::config::redact_url(url)))
    }
}

/// Masks what could identify a person in a search text, which is stored
/// without anything linking it to them and so cannot be erased per person:
/// e-mail addresses, document numbers (letters and digits mixed, as in a
/// passport number), capitalised words `known` does not recognise (names:
/// the knowledge base's own words such as Lisboa or AIMA are kept), and
/// digit runs (phone, tax and case numbers). Lowercases and trims. A name
/// typed in lowercase cannot be told from a typo and is kept.
pub fn anonymise_query(text: &str, known: impl Fn(&str) -> bool) -> String {
    let mut out = String::new();
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        let core = word.trim_matches(|c: char| !c.is_alphanumeric());
        let lower = core.to_lowercase();
        let is_known = || {
            known(&lower)
                || lower
                    .split(|c: char| !c.is_alphanumeric())
                    .all(|part| part.is_empty() || known(part))
        };
        let letters = core.chars().any(char::is_alphabetic);
        let digits = core.chars().any(|c| c.is_ascii_digit());
        let document = letters && digits;
        let capitalised = core.chars().next().is_some_and(char::is_uppercase);
        if word.contains('@') {
            out.push_str("[email]");
        } else if (document || capitalised) && is_known() {
            // The knowledge base's own term (a visa type such as D7).
            out.push_str(&word.to_lowercase());
        } else if document {
            out.push_str("[document]");
        } else if capitalised {
            out.push_str("[name]");
        } else {
            mask_digits(word, &mut out);
        }
    }
    out.chars().take(200).collect()
}

/// Lowercases a word into `out` with each run of digits as one `#`.
fn mask_digits(word: &str, out: &mut String) {
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

#[cfg(test)]
mod tests {
    use super::anonymise_query;

    /// A few words of the knowledge base.
    fn known(w: &str) -> bool {
        [
            "meu",
            "nif",
            "e",
            "email",
            "lisboa",
            "aima",
            "visto",
            "d7",
            "como",
            "pedir",
            "segurança",
            "social",
            "renovar",
            "autorização",
            "residência",
            "з",
            "візою",
        ]
        .contains(&w)
    }

    #[test]
    fn anonymising_masks_numbers_and_emails() {
        assert_eq!(
            anonymise_query("Meu NIF 123456789  e email ana@x.pt", known),
            "meu nif # e email [email]"
        );
    }

    #[test]
    fn anonymising_masks_names_and_document_numbers_and_keeps_the_knowledge_bases_words() {
        assert_eq!(
            anonymise_query(
                "Como renovar autorização de residência Maria Kowalski, passaporte QX7734518",
                known
            ),
            "como renovar autorização de residência [name] [name] passaporte [document]"
        );
        assert_eq!(
            anonymise_query("AIMA Lisboa visto D7 Segurança-Social", known),
            "aima lisboa visto d7 segurança-social"
        );
        assert_eq!(
            anonymise_query("Олена Шевчук з візою", known),
            "[name] [name] з візою"
        );
        assert_eq!(anonymise_query("maria ab12cd", known), "maria [document]");
    }
}
