//! `knowledge/catalogue.toml` and `knowledge/review.toml`: what articles,
//! categories and public bodies exist, and how far each translation is
//! reviewed.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::lang::Lang;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Catalogue {
    #[serde(default, rename = "category")]
    pub categories: Vec<Category>,
    #[serde(default, rename = "body")]
    pub bodies: Vec<Body>,
    #[serde(default, rename = "article")]
    pub articles: Vec<ArticleMeta>,
}

/// A group of articles shown together (a kiosk tile, a bot menu button).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Category {
    pub id: String,
    /// Name of the icon the kiosk and console draw for it.
    pub icon: String,
}

/// A public body that handles matters (AIMA, ACT, ...). Its localised name
/// is the message `body-<id>`; its contacts name facts.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Body {
    pub id: String,
    /// Contact kind (phone, email, web, address, hours, ...) → fact id.
    #[serde(default)]
    pub contacts: BTreeMap<String, String>,
}

/// An article's language-independent data; its text is the Fluent message of
/// the same id in `knowledge/<lang>/<category>.ftl`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArticleMeta {
    pub id: String,
    pub category: String,
    #[serde(default)]
    pub bodies: Vec<String>,
    #[serde(default)]
    pub related: Vec<String>,
    #[serde(deserialize_with = "toml_date")]
    pub last_reviewed: NaiveDate,
    /// A draft is checked but not published (not served, indexed or
    /// counted in coverage) until every language has it.
    #[serde(default)]
    pub draft: bool,
    /// Published in Portuguese before it is translated (an article written
    /// in the console): the service gives readers of a language still
    /// missing it what it gives for any missing translation, and
    /// `kb check --strict` accepts the gap it announces.
    #[serde(default)]
    pub translations_pending: bool,
}

/// How far a language version of an article can be trusted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ReviewStatus {
    /// Checked by a native-speaking mediator (the Portuguese source counts
    /// as reviewed).
    Reviewed,
    /// Not yet checked by a native speaker.
    MachineTranslated,
    /// The Portuguese source changed after this translation was made.
    Outdated,
}

impl ReviewStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            ReviewStatus::Reviewed => "reviewed",
            ReviewStatus::MachineTranslated => "machine-translated",
            ReviewStatus::Outdated => "outdated",
        }
    }
}

/// One translation's record in `review.toml`: its status and the version
/// (hash) of the Portuguese source it was made from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReviewEntry {
    pub status: ReviewStatus,
    pub source: String,
    /// The day a mediator reviewed it (YYYY-MM-DD), when one did.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reviewed_on: Option<String>,
}

/// article id → language → record.
pub type ReviewFile = BTreeMap<String, BTreeMap<Lang, ReviewEntry>>;

/// TOML writes dates bare (`2026-11-20`); chrono wants a string.
pub(crate) fn toml_date<'de, D: serde::Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
    let dt = toml::value::Datetime::deserialize(d)?;
    match (dt.date, dt.time) {
        (Some(date), None) => {
            NaiveDate::from_ymd_opt(date.year.into(), date.month.into(), date.day.into())
                .ok_or_else(|| serde::de::Error::custom("not a calendar date"))
        }
        _ => Err(serde::de::Error::custom("expected a date like 2026-11-20")),
    }
}
