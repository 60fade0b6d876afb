//! New articles written in the console: a draft checked as `kb check`
//! would check the article it becomes, and the catalogue table and
//! Portuguese entry it is published as.

use std::collections::BTreeSet;

use chrono::NaiveDate;

use crate::editing::{self, Edit, Problem};
use crate::knowledge::catalogue::Catalogue;
use crate::knowledge::files::Files;
use crate::knowledge::load::CATALOGUE;
use crate::knowledge::{Knowledge, edits, ftl};
use crate::lang::{Lang, LangSettings};
use crate::store::Draft;

/// Longest article id: it is part of addresses and file lines.
pub const MAX_ID_CHARS: usize = 60;

/// Whether `id` can name an article: a Fluent identifier (it starts with
/// a letter) that reads well in an address.
pub fn id_ok(id: &str) -> bool {
    id.len() <= MAX_ID_CHARS
        && id.starts_with(|c: char| c.is_ascii_lowercase())
        && !id.ends_with('-')
        && !id.contains("--")
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// A draft prefilled from a search nobody found an answer for: the search
/// as its first example question, its words as a start for keywords.
pub fn from_query(query: &str) -> Draft {
    let query = query.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut seen = BTreeSet::new();
    let words: Vec<String> = query
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() > 2)
        .map(str::to_lowercase)
        .filter(|w| seen.insert(w.clone()))
        .collect();
    Draft {
        keywords: words.join(", "),
        questions: query.clone(),
        query,
        ..Draft::default()
    }
}

/// The catalogue's categories and public bodies, from the served files.
pub fn catalogue(files: &Files) -> Option<Catalogue> {
    toml::from_str(files.get(CATALOGUE)?).ok()
}

/// Whether any Portuguese message (an article, a body's name, a UI
/// string) is already called `id`: Fluent has one name space per language.
fn message_exists(files: &Files, id: &str) -> bool {
    let source = Lang::SOURCE.code();
    let prefixes = [format!("knowledge/{source}/"), format!("locales/{source}/")];
    files
        .iter()
        .filter(|(p, _)| p.ends_with(".ftl") && prefixes.iter().any(|x| p.starts_with(x)))
        .any(|(_, text)| ftl::entry_spans(text).iter().any(|s| s.id == id))
}

/// What is wrong with the draft's id, category and bodies against the
/// served files.
fn catalogue_problems(files: &Files, d: &Draft) -> Vec<Problem> {
    let mut problems = Vec::new();
    let cat = catalogue(files);
    let cat = cat.as_ref();
    if !id_ok(&d.article) {
        problems.push(Problem::BadId);
    } else if cat.is_some_and(|c| c.articles.iter().any(|a| a.id == d.article))
        || message_exists(files, &d.article)
    {
        problems.push(Problem::IdUsed(d.article.clone()));
    }
    if !cat.is_some_and(|c| c.categories.iter().any(|x| x.id == d.category)) {
        problems.push(Problem::UnknownCategory(d.category.clone()));
    }
    for b in &d.bodies {
        if !cat.is_some_and(|c| c.bodies.iter().any(|x| x.id == *b)) {
            problems.push(Problem::UnknownBody(b.clone()));
        }
    }
    problems
}

/// The draft's Portuguese entry as Fluent text.
fn entry(d: &Draft) -> Result<String, Vec<Problem>> {
    let mut problems = Vec::new();
    for (name, text) in [
        ("summary", &d.summary),
        ("body", &d.body),
        ("keywords", &d.keywords),
    ] {
        if text.trim().is_empty() {
            problems.push(Problem::MissingAttribute(name.to_string()));
        }
    }
    let mut attrs = vec![
        ("summary", d.summary.as_str()),
        ("body", d.body.as_str()),
        ("keywords", d.keywords.as_str()),
    ];
    if !d.questions.trim().is_empty() {
        attrs.push(("questions", d.questions.as_str()));
    }
    let edit = Edit {
        id: &d.article,
        lang: Lang::SOURCE,
        title: &d.title,
        attrs: &attrs,
    };
    match editing::compose(&Files::default(), &edit) {
        Ok(text) if problems.is_empty() => Ok(text),
        Ok(_) => Err(problems),
        Err(more) => Err(more.into_iter().chain(problems).collect()),
    }
}

/// The article's `[[article]]` table for catalogue.toml. Its translations
/// are written after it is published, so it says they are pending.
fn table(d: &Draft, day: NaiveDate) -> String {
    let quoted = |s: &str| toml::Value::String(s.to_string()).to_string();
    let bodies: Vec<String> = d.bodies.iter().map(|b| quoted(b)).collect();
    format!(
        "[[article]]\nid = {}\ncategory = {}\nbodies = [{}]\nrelated = []\nlast_reviewed = {day}\ntranslations_pending = true",
        quoted(&d.article),
        quoted(&d.category),
        bodies.join(", "),
    )
}

/// A draft as it is published: its catalogue table and Portuguese entry,
/// and the knowledge they make with the served files.
pub struct Checked {
    pub table: String,
    pub entry: String,
    pub knowledge: Knowledge,
}

/// The draft checked as `kb check` would check the article it becomes on
/// top of the served `files`; every problem found, if any.
pub fn check(
    files: &Files,
    settings: &LangSettings,
    day: NaiveDate,
    d: &Draft,
) -> Result<Checked, Vec<Problem>> {
    let mut problems = catalogue_problems(files, d);
    let entry = match entry(d) {
        Ok(e) => Some(e),
        Err(more) => {
            problems.extend(more);
            None
        }
    };
    let Some(entry) = entry.filter(|_| problems.is_empty()) else {
        return Err(problems);
    };
    let table = table(d, day);
    let mut candidate = files.clone();
    edits::put_catalogue(&mut candidate, &d.article, &table);
    edits::put_entry(&mut candidate, &d.article, Lang::SOURCE, &entry);
    let knowledge = editing::load_checked(&candidate, settings, day)?;
    Ok(Checked {
        table,
        entry,
        knowledge,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_id_is_a_lowercase_slug_that_starts_with_a_letter() {
        for good in ["renting-a-room", "form-1", "a"] {
            assert!(id_ok(good), "{good}");
        }
        for bad in ["", "1-form", "Renting", "a--b", "b-", "ação", "a b", "a_b"] {
            assert!(!id_ok(bad), "{bad}");
        }
    }

    #[test]
    fn a_search_prefills_the_first_question_and_the_keywords() {
        let d = from_query("  Como  renovar o cartão de residência cartão ");
        assert_eq!(d.query, "Como renovar o cartão de residência cartão");
        assert_eq!(d.questions, d.query);
        assert_eq!(d.keywords, "como, renovar, cartão, residência");
    }
}
