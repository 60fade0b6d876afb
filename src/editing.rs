//! Knowledge edited by mediators in the console: who may edit which
//! language, the checks an edit passes before it is published, and the
//! edits laid over the folder's files to make the knowledge that is served.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use chrono::{DateTime, NaiveDate, Utc};

use crate::handoff::model::Mediator;
use crate::knowledge::files::Files;
use crate::knowledge::{self, Issue, IssueKind, Knowledge, Severity, edits, entry, ftl};
use crate::lang::{Lang, LangSettings};
use crate::store::{ArticleVersion, Kind, KnowledgeStore, Store, StoreError};

/// Counts a reading of an article, without making the reader wait or fail
/// on it.
pub fn count_read(store: &Arc<dyn Store>, at: DateTime<Utc>, id: &str, lang: Lang) {
    let (store, id) = (store.clone(), id.to_string());
    tokio::spawn(async move {
        if let Err(e) = store.record_read(at.date_naive(), &id, lang).await {
            tracing::warn!(error = %e, "could not count an article reading");
        }
    });
}

/// Whether `who` may edit articles in `lang`: administrators every
/// language, the Portuguese sources included; editors the translations
/// they were granted.
pub fn may_edit(who: &Mediator, grants: &[Lang], lang: Lang) -> bool {
    who.is_admin() || (lang != Lang::SOURCE && grants.contains(&lang))
}

/// Where an edit stands against the knowledge folder.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum EditState {
    /// The folder still has the text the edit was made on: the edit is
    /// served, and `kb export` would write it.
    NotExported,
    /// The folder has the edit's text (a release shipped it).
    Exported,
    /// The folder's text changed since the edit was made, to something
    /// else: the folder's text is served until an editor resolves it.
    Conflict,
}

/// The text `files` hold for what a version is of: an article's entry in
/// one language, or a fact's table.
pub fn text_of(files: &Files, kind: Kind, id: &str, lang: Lang) -> Option<String> {
    match kind {
        Kind::Article => edits::article_entry(files, id, lang),
        Kind::Fact => edits::fact_entry(files, id),
        Kind::Catalogue => edits::catalogue_entry(files, id),
    }
}

fn put(files: &mut Files, kind: Kind, id: &str, lang: Lang, text: &str) -> bool {
    match kind {
        Kind::Article => edits::put_entry(files, id, lang, text),
        Kind::Fact => {
            edits::put_fact(files, id, text);
            true
        }
        Kind::Catalogue => {
            edits::put_catalogue(files, id, text);
            true
        }
    }
}

/// How `v` stands against the folder's `files`.
pub fn edit_state(files: &Files, v: &ArticleVersion) -> EditState {
    let folder = text_of(files, v.kind, &v.article, v.lang).map(|e| ftl::text_hash(&e));
    let folder = folder.unwrap_or_default();
    if folder == ftl::text_hash(&v.entry) {
        EditState::Exported
    } else if folder == v.base_hash {
        EditState::NotExported
    } else {
        EditState::Conflict
    }
}

/// The folder's files with every saved edit on top (unless the folder
/// changed underneath it, or its article or fact is in `skip`), and each
/// review that covers the newest version of what it reviewed. Returns the
/// edits skipped.
pub async fn overlay(
    files: &mut Files,
    store: &dyn KnowledgeStore,
    skip: Option<&HashSet<String>>,
) -> Result<Vec<String>, StoreError> {
    let mut newest: HashMap<(String, Lang), i64> = HashMap::new();
    let mut skipped = Vec::new();
    let mut versions = store.newest_versions().await?;
    // An article published from the console is in the catalogue before
    // its texts are put in its category's files.
    versions.sort_by_key(|v| v.kind != Kind::Catalogue);
    for v in versions {
        if skip.is_some_and(|s| s.contains(&v.article)) {
            skipped.push(format!("{} {} v{}", v.article, v.lang.code(), v.version));
            continue;
        }
        if edit_state(files, &v) == EditState::NotExported {
            put(files, v.kind, &v.article, v.lang, &v.entry);
        }
        if v.kind == Kind::Article {
            newest.insert((v.article, v.lang), v.version);
        }
    }
    let reviews = store.reviews().await?;
    let current: Vec<edits::Reviewed> = reviews
        .iter()
        .filter(|r| {
            let newest = newest.get(&(r.article.clone(), r.lang)).copied();
            r.version == newest.unwrap_or(0)
        })
        .map(|r| edits::Reviewed {
            id: &r.article,
            lang: r.lang,
            source: &r.source_hash,
            source_text: &r.source_text,
            day: r.at.date_naive().to_string(),
        })
        .collect();
    edits::put_reviews(files, &current);
    Ok(skipped)
}

/// Why an edit was refused, each problem in words a Fluent message takes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// A line of a text starts with a character Fluent reads as syntax.
    LineStart {
        attr: String,
        line: usize,
    },
    Syntax {
        line: Option<usize>,
        detail: String,
    },
    MissingTitle,
    MissingAttribute(String),
    UnknownFact(String),
    /// A fact's text that is not exactly the table `[id]`.
    FactTable(String),
    /// A new article's id that is not a lowercase slug.
    BadId,
    /// A new article's id that an article or message already has.
    IdUsed(String),
    UnknownCategory(String),
    UnknownBody(String),
    /// Anything else `kb check` reports, in its own (English) words.
    Other(String),
}

impl Problem {
    fn from_issue(i: Issue) -> Problem {
        match i.kind {
            Some(IssueKind::Syntax) => Problem::Syntax {
                line: i.line,
                detail: i.message,
            },
            Some(IssueKind::MissingTitle) => Problem::MissingTitle,
            Some(IssueKind::MissingAttribute(a)) => Problem::MissingAttribute(a),
            Some(IssueKind::UnknownFact(f)) => Problem::UnknownFact(f),
            None => Problem::Other(i.message),
        }
    }
}

/// What an editor changes in an article: its title and attribute texts.
/// Attributes left out keep their current text.
pub struct Edit<'a> {
    pub id: &'a str,
    pub lang: Lang,
    pub title: &'a str,
    pub attrs: &'a [(&'a str, &'a str)],
}

/// The article's entry with the edit applied, as Fluent text.
pub fn compose(files: &Files, edit: &Edit) -> Result<String, Vec<Problem>> {
    let mut problems = Vec::new();
    let mut current = edits::article_entry(files, edit.id, edit.lang)
        .and_then(|t| entry::split(&t))
        .unwrap_or(entry::Entry {
            id: edit.id.to_string(),
            title: String::new(),
            attrs: Vec::new(),
        });
    if edit.title.trim().is_empty() || edit.title.contains(['\n', '\r']) {
        problems.push(Problem::MissingTitle);
    }
    current.title = edit.title.trim().to_string();
    for (name, text) in edit.attrs {
        // Fluent reads a line starting with "." as a new attribute: in a
        // text it would silently cut it there.
        for (n, line) in text.lines().enumerate() {
            if line.trim_start().starts_with('.') {
                problems.push(Problem::LineStart {
                    attr: name.to_string(),
                    line: n + 1,
                });
            }
        }
        match current.attrs.iter_mut().find(|(n, _)| n == name) {
            Some((_, t)) => *t = text.to_string(),
            None => current.attrs.push((name.to_string(), text.to_string())),
        }
    }
    if problems.is_empty() {
        Ok(entry::compose(&current))
    } else {
        Err(problems)
    }
}

/// The knowledge the files make with `text` as the article's entry (or
/// the fact's table), if it passes every check `kb check` makes; if not,
/// what is wrong with it. The served knowledge has no errors, so every
/// error is the edit's, wherever it shows.
pub fn check(
    files: &Files,
    settings: &LangSettings,
    day: NaiveDate,
    (kind, id, lang): (Kind, &str, Lang),
    text: &str,
) -> Result<Knowledge, Vec<Problem>> {
    if kind == Kind::Fact {
        check_fact_table(id, text)?;
    }
    let mut candidate = files.clone();
    if !put(&mut candidate, kind, id, lang, text) {
        return Err(vec![Problem::Other(format!("no article {id}"))]);
    }
    load_checked(&candidate, settings, day)
}

/// The knowledge `files` make, if they load without errors.
pub fn load_checked(
    files: &Files,
    settings: &LangSettings,
    day: NaiveDate,
) -> Result<Knowledge, Vec<Problem>> {
    let (knowledge, issues) = knowledge::load_for(files, settings, day);
    let problems: Vec<Problem> = issues
        .into_iter()
        .filter(|i| i.severity == Severity::Error)
        .map(Problem::from_issue)
        .collect();
    if problems.is_empty() {
        Ok(knowledge)
    } else {
        Err(problems)
    }
}

/// A fact's text must be its own TOML table and nothing else.
fn check_fact_table(id: &str, text: &str) -> Result<(), Vec<Problem>> {
    let table: toml::Table = toml::from_str(text).map_err(|e| {
        let line = e.span().map(|s| text[..s.start].lines().count().max(1));
        vec![Problem::Syntax {
            line,
            detail: e.message().to_string(),
        }]
    })?;
    if table.len() == 1 && table.contains_key(id) {
        Ok(())
    } else {
        Err(vec![Problem::FactTable(id.to_string())])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files() -> Files {
        let mut f = Files::default();
        for (p, t) in [
            (
                "knowledge/pt/housing.ftl",
                "casa = Casa\n    .summary = Resumo\n    .body = Corpo\n    .keywords = k\n",
            ),
            (
                "knowledge/uk/housing.ftl",
                "casa = Житло\n    .summary = Коротко\n    .body = Текст\n    .keywords = к\n",
            ),
        ] {
            f.texts.insert(p.into(), t.into());
        }
        f
    }

    #[test]
    fn an_edit_keeps_the_attributes_it_leaves_out_and_refuses_a_line_fluent_would_cut() {
        let f = files();
        let edit = Edit {
            id: "casa",
            lang: Lang::Uk,
            title: "Оренда житла",
            attrs: &[("body", "Перший рядок.\n\nДругий.")],
        };
        let text = compose(&f, &edit).unwrap();
        assert_eq!(
            text,
            "casa = Оренда житла\n    .summary = Коротко\n    .body =\n        Перший рядок.\n\n        Другий.\n    .keywords = к"
        );
        let bad = Edit {
            attrs: &[("body", "Текст\n.keywords = зламано")],
            ..edit
        };
        assert_eq!(
            compose(&f, &bad),
            Err(vec![Problem::LineStart {
                attr: "body".into(),
                line: 2
            }])
        );
        let no_title = Edit {
            title: "Рядок\nінший = вставка",
            attrs: &[],
            ..bad
        };
        assert_eq!(compose(&f, &no_title), Err(vec![Problem::MissingTitle]));
    }
}
