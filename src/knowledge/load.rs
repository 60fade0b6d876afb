//! Turning the files of a knowledge base into a [`Knowledge`], reporting
//! every problem found on the way rather than stopping at the first.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::NaiveDate;
use fluent_bundle::concurrent::FluentBundle;

use super::catalogue::{Catalogue, ReviewFile, ReviewStatus};
use super::facts::{self, Fact};
use super::files::Files;
use super::ftl;
use super::issues::{Issue, IssueKind, Severity};
use super::validate::{check_articles, check_bodies, check_catalogue, check_formatting, check_ui};
use super::{FactArg, Knowledge};
use crate::lang::{Lang, LangSettings};

pub const CATALOGUE: &str = "knowledge/catalogue.toml";
pub const FACTS: &str = "knowledge/facts.toml";
pub const REVIEW: &str = "knowledge/review.toml";

/// The attributes every article has in every language.
pub const ARTICLE_ATTRS: [&str; 3] = ["summary", "body", "keywords"];

/// What a Fluent file holds, by where it lives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Area {
    /// `knowledge/<lang>/<category>.ftl`
    Articles(String),
    /// `knowledge/<lang>/bodies.ftl`
    Bodies,
    /// `locales/<lang>/*.ftl`
    Ui,
}

#[derive(Debug, Clone)]
pub(super) struct MsgInfo {
    pub(super) file: String,
    pub(super) line: usize,
    pub(super) area: Area,
    pub(super) has_value: bool,
    pub(super) attrs: BTreeSet<String>,
    pub(super) vars: BTreeSet<String>,
}

/// Loads for today (UTC), for tools and tests to which the day makes no
/// difference.
pub fn load(files: &Files, settings: &LangSettings) -> (Knowledge, Vec<Issue>) {
    load_for(files, settings, chrono::Utc::now().date_naive())
}

/// Loads everything it can, with each fact's value of `day`. The caller
/// decides what the issues mean: the service refuses errors, `kb check`
/// prints them all.
pub fn load_for(files: &Files, settings: &LangSettings, day: NaiveDate) -> (Knowledge, Vec<Issue>) {
    let mut issues = Vec::new();
    for path in &files.not_utf8 {
        issues.push(Issue::new(Severity::Error, "not valid UTF-8").file(path));
    }

    let catalogue = read_catalogue(files, &mut issues);
    let facts = read_facts(files, day, &mut issues);
    let review: ReviewFile = match files.get(REVIEW) {
        None => ReviewFile::default(),
        Some(text) => toml::from_str(text).unwrap_or_else(|e| {
            issues.push(toml_issue(REVIEW, text, &e));
            ReviewFile::default()
        }),
    };
    check_catalogue(&catalogue, &facts, &mut issues);

    let categories: BTreeSet<&str> = catalogue.categories.iter().map(|c| c.id.as_str()).collect();
    let mut bundles = HashMap::new();
    let mut inventory: HashMap<Lang, BTreeMap<String, MsgInfo>> = HashMap::new();
    let mut source_spans: HashMap<String, String> = HashMap::new();

    for (path, text) in files.iter() {
        let Some((lang, area)) = classify(path, &categories, &mut issues) else {
            continue;
        };
        let (res, errors) = ftl::parse(text);
        for e in errors {
            let mut issue = Issue::new(Severity::Error, e.message)
                .file(path)
                .line(e.line)
                .kind(IssueKind::Syntax);
            if let Some(id) = e.id {
                issue = issue.id(id);
            }
            issues.push(issue);
        }
        let spans = ftl::entry_spans(text);
        let msgs = inventory.entry(lang).or_default();
        for m in ftl::messages(&res) {
            let id = m.id.name.to_string();
            let line = spans.iter().find(|s| s.id == id).map_or(0, |s| s.line);
            if let Some(prev) = msgs.get(&id) {
                issues.push(
                    Issue::new(
                        Severity::Error,
                        format!(
                            "message defined twice (also at {}:{})",
                            prev.file, prev.line
                        ),
                    )
                    .file(path)
                    .line(line)
                    .id(&id),
                );
                continue;
            }
            if lang == Lang::SOURCE
                && matches!(area, Area::Articles(_))
                && let Some(s) = spans.iter().find(|s| s.id == id)
            {
                source_spans.insert(id.clone(), ftl::version_hash(&s.text));
            }
            msgs.insert(
                id,
                MsgInfo {
                    file: path.to_string(),
                    line,
                    area: area.clone(),
                    has_value: m.value.is_some(),
                    attrs: m.attributes.iter().map(|a| a.id.name.to_string()).collect(),
                    vars: ftl::variables(m),
                },
            );
        }
        let bundle = bundles.entry(lang).or_insert_with(|| {
            let mut b = FluentBundle::new_concurrent(vec![lang.langid()]);
            // Isolation marks would show up as junk in Telegram and HTML.
            b.set_use_isolating(false);
            b
        });
        // Duplicates were reported above; the first definition stays.
        let _ = bundle.add_resource(res);
    }

    let mut translations = HashMap::new();
    check_articles(
        &catalogue,
        &facts,
        &inventory,
        &review,
        &source_spans,
        &mut translations,
        &mut issues,
    );
    // The day a mediator reviewed a translation that is still reviewed.
    let reviewed_on = review
        .iter()
        .flat_map(|(id, langs)| langs.iter().map(move |(lang, r)| ((id.clone(), *lang), r)))
        .filter(|(key, _)| translations.get(key) == Some(&ReviewStatus::Reviewed))
        .filter_map(|(key, r)| Some((key, r.reviewed_on.as_deref()?.parse().ok()?)))
        .collect();
    check_bodies(&catalogue, &inventory, &mut issues);
    check_ui(&catalogue, &inventory, &mut issues);
    super::kriolu::check(files, &mut issues);

    let mut knowledge = Knowledge {
        settings: settings.clone(),
        day,
        categories: catalogue.categories,
        bodies: catalogue
            .bodies
            .into_iter()
            .map(|b| (b.id.clone(), b))
            .collect(),
        articles: catalogue
            .articles
            .into_iter()
            .filter(|a| !a.draft)
            .collect(),
        facts: facts.into_iter().map(|f| (f.id.clone(), f)).collect(),
        bundles,
        fact_args: HashMap::new(),
        translations,
        reviewed_on,
        source_versions: source_spans,
        message_vars: inventory
            .iter()
            .flat_map(|(lang, msgs)| {
                msgs.iter()
                    .map(|(id, m)| ((id.clone(), *lang), m.vars.clone()))
            })
            .collect(),
    };
    knowledge.fact_args = Lang::ALL
        .into_iter()
        .map(|lang| (lang, format_facts(&knowledge, lang)))
        .collect();
    check_formatting(&knowledge, &inventory, &mut issues);
    for f in knowledge.facts.values() {
        if f.unconfirmed {
            let why = f.note.as_deref().unwrap_or("no source");
            issues.push(
                Issue::new(
                    Severity::Warning,
                    format!("unconfirmed fact, shown as such: {why}; {}", provenance(f)),
                )
                .file(FACTS)
                .id(&f.id),
            );
        }
        if let Some(until) = f.valid_until.filter(|_| f.out_of_date) {
            // Not an error: readers are told it may be out of date, and a
            // stale value beats no service; --strict makes CI insist.
            issues.push(
                Issue::new(
                    Severity::Incomplete,
                    format!(
                        "valid until {until}: shown as possibly out of date since then; {}",
                        provenance(f)
                    ),
                )
                .file(FACTS)
                .id(&f.id),
            );
        }
    }
    (knowledge, issues)
}

/// Where a fact's value comes from and when that was looked at.
fn provenance(f: &Fact) -> String {
    let date = |d: Option<NaiveDate>| d.map_or_else(|| "unknown".to_string(), |d| d.to_string());
    format!(
        "source: {} (source date {}, checked {})",
        f.source.as_deref().unwrap_or("none"),
        date(f.source_date),
        date(f.checked),
    )
}

fn read_catalogue(files: &Files, issues: &mut Vec<Issue>) -> Catalogue {
    let empty = Catalogue {
        categories: vec![],
        bodies: vec![],
        articles: vec![],
    };
    match files.get(CATALOGUE) {
        None => {
            issues.push(Issue::new(Severity::Error, "missing").file(CATALOGUE));
            empty
        }
        Some(text) => toml::from_str(text).unwrap_or_else(|e| {
            issues.push(toml_issue(CATALOGUE, text, &e));
            empty
        }),
    }
}

fn read_facts(files: &Files, day: NaiveDate, issues: &mut Vec<Issue>) -> Vec<Fact> {
    let Some(text) = files.get(FACTS) else {
        issues.push(Issue::new(Severity::Error, "missing").file(FACTS));
        return Vec::new();
    };
    match facts::parse(text, day) {
        Ok((facts, errors)) => {
            for (id, e) in errors {
                issues.push(Issue::new(Severity::Error, e).file(FACTS).id(id));
            }
            facts
        }
        Err(e) => {
            issues.push(Issue::new(Severity::Error, e).file(FACTS));
            Vec::new()
        }
    }
}

fn toml_issue(path: &str, text: &str, e: &toml::de::Error) -> Issue {
    let mut issue = Issue::new(Severity::Error, e.message().to_string()).file(path);
    if let Some(span) = e.span() {
        let line = text.as_bytes()[..span.start.min(text.len())]
            .iter()
            .filter(|b| **b == b'\n')
            .count()
            + 1;
        issue = issue.line(line);
    }
    issue
}

/// Which language and area a file belongs to; `None` for files that are not
/// Fluent (the TOML files) or are misplaced (reported).
fn classify(
    path: &str,
    categories: &BTreeSet<&str>,
    issues: &mut Vec<Issue>,
) -> Option<(Lang, Area)> {
    let name = path.strip_suffix(".ftl")?;
    let mut parts = name.split('/');
    let (Some(root), Some(code), Some(stem), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        issues.push(
            Issue::new(Severity::Error, "Fluent files belong in <lang>/<name>.ftl").file(path),
        );
        return None;
    };
    let Ok(lang) = code.parse::<Lang>() else {
        issues.push(
            Issue::new(
                Severity::Error,
                format!("{code:?} is not one of the nine language codes"),
            )
            .file(path),
        );
        return None;
    };
    let area = match (root, stem) {
        ("locales", _) => Area::Ui,
        ("knowledge", "bodies") => Area::Bodies,
        ("knowledge", c) if categories.contains(c) => Area::Articles(c.to_string()),
        _ => {
            issues.push(
                Issue::new(
                    Severity::Error,
                    format!("no category {stem:?} in the catalogue"),
                )
                .file(path),
            );
            return None;
        }
    };
    Some((lang, area))
}

/// Formats every fact for one language, once per load.
fn format_facts(k: &Knowledge, lang: Lang) -> HashMap<String, FactArg> {
    k.facts
        .values()
        .map(|f| {
            let arg = match &f.value {
                facts::FactValue::Duration { value, .. } => FactArg::Number(*value),
                v => {
                    FactArg::Text(facts::show(v, lang, &|id, args| k.ui_with(lang, id, args)).text)
                }
            };
            (f.id.clone(), arg)
        })
        .collect()
}
