//! Storage of knowledge edited in the console: versions of article entries,
//! mediators' reviews, and who may edit which language.

use async_trait::async_trait;
use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

use super::StoreError;
use crate::lang::Lang;

/// What a version is of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// An article in one language: its Fluent entry.
    Article,
    /// A fact (language: the source's): its table in facts.toml.
    Fact,
    /// An article's `[[article]]` table in catalogue.toml (language: the
    /// source's), for an article published from the console.
    Catalogue,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Article => "article",
            Kind::Fact => "fact",
            Kind::Catalogue => "catalogue",
        }
    }

    pub fn parse(s: &str) -> Option<Kind> {
        match s {
            "article" => Some(Kind::Article),
            "fact" => Some(Kind::Fact),
            "catalogue" => Some(Kind::Catalogue),
            _ => None,
        }
    }
}

/// One saved version of an article in one language, or of a fact.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ArticleVersion {
    pub kind: Kind,
    pub article: String,
    pub lang: Lang,
    /// 1 for the first edit; the shipped folder's text is version 0.
    pub version: i64,
    /// The whole Fluent entry.
    pub entry: String,
    /// Version hash of the folder's entry the edit was made on.
    pub base_hash: String,
    pub author: String,
    pub at: DateTime<Utc>,
    pub restores: Option<i64>,
}

/// What saving a version came to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Saved {
    Version(i64),
    /// Someone saved a newer version first.
    Stale {
        latest: i64,
    },
}

/// A mediator's "I read it against the source, it is right".
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Review {
    pub article: String,
    pub lang: Lang,
    pub source_hash: String,
    pub source_text: String,
    /// The translation's version that was read (0: the folder's text).
    pub version: i64,
    pub reviewer: String,
    pub at: DateTime<Utc>,
}

/// What readers did with an article in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReaderCount {
    pub article: String,
    pub lang: Lang,
    pub reads: i64,
    pub not_helpful: i64,
}

/// A search that led readers to an article they found not helpful.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnhelpfulSearch {
    pub article: String,
    pub lang: Lang,
    pub query: String,
    pub count: i64,
}

/// A new article being written, not yet part of the knowledge.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Draft {
    /// 0 for a draft not saved yet.
    pub id: i64,
    /// The unanswered search that started it, if one did.
    pub query: String,
    /// The article id it will be published as.
    pub article: String,
    pub category: String,
    pub bodies: Vec<String>,
    pub title: String,
    pub summary: String,
    pub body: String,
    pub keywords: String,
    pub questions: String,
    pub author: String,
    pub created_at: DateTime<Utc>,
    pub changed_by: String,
    pub changed_at: DateTime<Utc>,
    /// Grows with each save; a save or publish names the one it was made on.
    pub revision: i64,
}

/// What saving or publishing a draft came to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DraftSaved {
    Saved {
        id: i64,
        revision: i64,
    },
    /// Someone saved the draft after the revision given, or published an
    /// article of the same id first.
    Stale,
    /// No such draft (deleted, or published).
    Missing,
}

#[async_trait]
pub trait KnowledgeStore: Send + Sync {
    /// The newest version of every edited article-language and fact.
    async fn newest_versions(&self) -> Result<Vec<ArticleVersion>, StoreError>;
    /// Every version of one article-language (or fact), newest first.
    async fn versions(
        &self,
        kind: Kind,
        article: &str,
        lang: Lang,
    ) -> Result<Vec<ArticleVersion>, StoreError>;
    /// Saves `v` as the version after `base` (0: the folder's text), unless
    /// another was saved after `base` meanwhile. `v.version` is ignored.
    async fn save_version(&self, v: &ArticleVersion, base: i64) -> Result<Saved, StoreError>;
    async fn reviews(&self) -> Result<Vec<Review>, StoreError>;
    async fn save_review(&self, r: &Review) -> Result<(), StoreError>;
    /// Counts one reading of an article in a language on `day`.
    async fn record_read(
        &self,
        day: NaiveDate,
        article: &str,
        lang: Lang,
    ) -> Result<(), StoreError>;
    /// Per article and language since `since`: readings and 👎.
    async fn reader_counts(&self, since: NaiveDate) -> Result<Vec<ReaderCount>, StoreError>;
    /// The searches that led readers to articles they marked 👎 since
    /// `since`, most frequent first.
    async fn unhelpful_searches(
        &self,
        since: NaiveDate,
    ) -> Result<Vec<UnhelpfulSearch>, StoreError>;
    async fn editor_langs(&self, mediator_id: i64) -> Result<Vec<Lang>, StoreError>;
    async fn set_editor_langs(&self, mediator_id: i64, langs: &[Lang]) -> Result<(), StoreError>;
    /// Every draft, the most recently changed first.
    async fn drafts(&self) -> Result<Vec<Draft>, StoreError>;
    /// Saves a new draft (`d.id` 0) or a change to one made on revision
    /// `d.revision`. `created_at` and `author` are kept from the first save.
    async fn save_draft(&self, d: &Draft) -> Result<DraftSaved, StoreError>;
    async fn delete_draft(&self, id: i64) -> Result<bool, StoreError>;
    /// In one transaction: checks the draft is still at `revision`, saves
    /// each of `versions` as the first version of what it is of (stale if
    /// one exists) and deletes the draft.
    async fn publish_draft(
        &self,
        id: i64,
        revision: i64,
        versions: &[ArticleVersion],
    ) -> Result<DraftSaved, StoreError>;
}
