//! The consistency rules of a knowledge base: catalogue links, articles in
//! every language, public bodies, UI strings, and every message formatted as
//! readers will see it.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use fluent_bundle::FluentError;
use fluent_bundle::resolver::{ResolverError, errors::ReferenceKind};

use super::Knowledge;
use super::catalogue::{Catalogue, ReviewFile, ReviewStatus};
use super::facts::Fact;
use super::issues::{Issue, IssueKind, Severity};
use super::load::{ARTICLE_ATTRS, Area, CATALOGUE, MsgInfo, REVIEW};
use crate::lang::Lang;

pub(super) fn check_catalogue(cat: &Catalogue, facts: &[Fact], issues: &mut Vec<Issue>) {
    let fact_ids: BTreeSet<&str> = facts.iter().map(|f| f.id.as_str()).collect();
    let categories: BTreeSet<&str> = cat.categories.iter().map(|c| c.id.as_str()).collect();
    let bodies: BTreeSet<&str> = cat.bodies.iter().map(|b| b.id.as_str()).collect();
    let mut seen = BTreeSet::new();
    for a in &cat.articles {
        let issue = |msg: String| Issue::new(Severity::Error, msg).file(CATALOGUE).id(&a.id);
        if !seen.insert(a.id.as_str()) {
            issues.push(issue("article listed twice".into()));
        }
        if !categories.contains(a.category.as_str()) {
            issues.push(issue(format!("unknown category {:?}", a.category)));
        }
        for b in a.bodies.iter().filter(|b| !bodies.contains(b.as_str())) {
            issues.push(issue(format!("unknown public body {b:?}")));
        }
    }
    let ids: BTreeSet<&str> = cat.articles.iter().map(|a| a.id.as_str()).collect();
    let drafts: BTreeSet<&str> = cat
        .articles
        .iter()
        .filter(|a| a.draft)
        .map(|a| a.id.as_str())
        .collect();
    for a in &cat.articles {
        for r in &a.related {
            let problem = if !ids.contains(r.as_str()) {
                format!("related article {r:?} does not exist")
            } else if !a.draft && drafts.contains(r.as_str()) {
                format!("related article {r:?} is a draft: readers could not open it")
            } else {
                continue;
            };
            issues.push(
                Issue::new(Severity::Error, problem)
                    .file(CATALOGUE)
                    .id(&a.id),
            );
        }
    }
    for b in &cat.bodies {
        for (kind, fact) in &b.contacts {
            if !fact_ids.contains(fact.as_str()) {
                issues.push(
                    Issue::new(
                        Severity::Error,
                        format!("contact {kind} names unknown fact {fact:?}"),
                    )
                    .file(CATALOGUE)
                    .id(&b.id),
                );
            }
        }
    }
}

pub(super) fn check_articles(
    cat: &Catalogue,
    facts: &[Fact],
    inventory: &HashMap<Lang, BTreeMap<String, MsgInfo>>,
    review: &ReviewFile,
    source_versions: &HashMap<String, String>,
    translations: &mut HashMap<(String, Lang), ReviewStatus>,
    issues: &mut Vec<Issue>,
) {
    let fact_ids: BTreeSet<&str> = facts.iter().map(|f| f.id.as_str()).collect();
    let articles: HashMap<&str, &str> = cat
        .articles
        .iter()
        .map(|a| (a.id.as_str(), a.category.as_str()))
        .collect();
    let empty = BTreeMap::new();
    for lang in Lang::ALL {
        let msgs = inventory.get(&lang).unwrap_or(&empty);
        for (id, m) in msgs {
            let Area::Articles(file_cat) = &m.area else {
                continue;
            };
            let at = |sev, msg: String| Issue::new(sev, msg).file(&m.file).line(m.line).id(id);
            match articles.get(id.as_str()) {
                None => issues.push(at(
                    Severity::Error,
                    "orphan message: no such article in the catalogue".into(),
                )),
                Some(c) if c != file_cat => issues.push(at(
                    Severity::Error,
                    format!("article of category {c:?} in the {file_cat:?} file"),
                )),
                Some(_) => {}
            }
            if !m.has_value {
                issues.push(
                    at(
                        Severity::Error,
                        "missing the title (the message value)".into(),
                    )
                    .kind(IssueKind::MissingTitle),
                );
            }
            for attr in ARTICLE_ATTRS.iter().filter(|a| !m.attrs.contains(**a)) {
                issues.push(
                    at(Severity::Error, format!("missing attribute .{attr}"))
                        .kind(IssueKind::MissingAttribute(attr.to_string())),
                );
            }
            if !m.attrs.contains("questions") {
                issues.push(at(
                    Severity::Warning,
                    "no .questions: search finds the article only by its own words, not by how people ask".into(),
                ));
            }
            for v in m.vars.iter().filter(|v| !fact_ids.contains(v.as_str())) {
                issues.push(
                    at(Severity::Error, format!("unknown fact variable ${v}"))
                        .kind(IssueKind::UnknownFact(v.clone())),
                );
            }
        }
        for a in cat.articles.iter().filter(|a| !a.draft) {
            let present = msgs
                .get(&a.id)
                .is_some_and(|m| matches!(m.area, Area::Articles(_)));
            if !present {
                let (sev, note) = match (lang == Lang::SOURCE, a.translations_pending) {
                    (true, _) => (Severity::Error, ""),
                    (false, true) => (Severity::Warning, " (translations_pending)"),
                    (false, false) => (Severity::Incomplete, ""),
                };
                issues.push(Issue::new(sev, format!("article missing in {lang}{note}")).id(&a.id));
                continue;
            }
            let status = if lang == Lang::SOURCE {
                ReviewStatus::Reviewed
            } else {
                let current = source_versions.get(&a.id);
                match review.get(&a.id).and_then(|r| r.get(&lang)) {
                    None => {
                        issues.push(
                            Issue::new(
                                Severity::Warning,
                                format!(
                                    "no review record for {lang}: treated as machine-translated"
                                ),
                            )
                            .file(REVIEW)
                            .id(&a.id),
                        );
                        ReviewStatus::MachineTranslated
                    }
                    Some(r) if current.is_some_and(|c| *c != r.source) => {
                        issues.push(
                            Issue::new(
                                Severity::Incomplete,
                                format!(
                                    "{lang} translation is outdated: it follows source {} but the Portuguese text is now {}",
                                    r.source,
                                    current.map_or("?", |c| c.as_str())
                                ),
                            )
                            .file(REVIEW)
                            .id(&a.id),
                        );
                        ReviewStatus::Outdated
                    }
                    Some(r) => r.status,
                }
            };
            translations.insert((a.id.clone(), lang), status);
        }
    }
    for a in cat
        .articles
        .iter()
        .filter(|a| a.translations_pending && !a.draft)
    {
        let all = Lang::ALL
            .into_iter()
            .all(|l| translations.contains_key(&(a.id.clone(), l)));
        if all {
            issues.push(
                Issue::new(
                    Severity::Warning,
                    "translated into every language: translations_pending can go",
                )
                .file(CATALOGUE)
                .id(&a.id),
            );
        }
    }
    for a in cat.articles.iter().filter(|a| a.draft) {
        let missing: Vec<&str> = Lang::ALL
            .into_iter()
            .filter(|l| {
                !inventory
                    .get(l)
                    .and_then(|m| m.get(&a.id))
                    .is_some_and(|m| matches!(m.area, Area::Articles(_)))
            })
            .map(Lang::code)
            .collect();
        let note = if missing.is_empty() {
            "draft, complete in every language: set draft = false to publish".to_string()
        } else {
            format!("draft, not published; missing in {}", missing.join(" "))
        };
        issues.push(
            Issue::new(Severity::Warning, note)
                .file(CATALOGUE)
                .id(&a.id),
        );
    }
    for (id, langs) in review {
        for lang in langs.keys() {
            let is_draft = cat.articles.iter().any(|a| a.draft && a.id == *id);
            if !is_draft && !translations.contains_key(&(id.clone(), *lang)) {
                issues.push(
                    Issue::new(
                        Severity::Warning,
                        format!("review record for {lang}, but there is no such translation"),
                    )
                    .file(REVIEW)
                    .id(id),
                );
            }
        }
    }
}

pub(super) fn check_bodies(
    cat: &Catalogue,
    inventory: &HashMap<Lang, BTreeMap<String, MsgInfo>>,
    issues: &mut Vec<Issue>,
) {
    let empty = BTreeMap::new();
    let known: BTreeSet<String> = cat
        .bodies
        .iter()
        .map(|b| format!("body-{}", b.id))
        .collect();
    // Only bodies that published articles name must exist in every language.
    let needed: BTreeSet<String> = cat
        .articles
        .iter()
        .filter(|a| !a.draft)
        .flat_map(|a| a.bodies.iter().map(|b| format!("body-{b}")))
        .collect();
    for lang in Lang::ALL {
        let msgs = inventory.get(&lang).unwrap_or(&empty);
        for (id, m) in msgs.iter().filter(|(_, m)| m.area == Area::Bodies) {
            if !known.contains(id) {
                issues.push(
                    Issue::new(
                        Severity::Error,
                        "orphan message: no such public body in the catalogue",
                    )
                    .file(&m.file)
                    .line(m.line)
                    .id(id),
                );
            }
        }
        for id in known.iter().filter(|id| !msgs.contains_key(*id)) {
            let sev = match (lang == Lang::SOURCE, needed.contains(id)) {
                (true, _) => Severity::Error,
                (false, true) => Severity::Incomplete,
                (false, false) => Severity::Warning,
            };
            issues.push(Issue::new(sev, format!("public body name missing in {lang}")).id(id));
        }
    }
}

/// Every UI string exists in every language with the same attributes: the
/// Portuguese files are the reference.
pub(super) fn check_ui(
    cat: &Catalogue,
    inventory: &HashMap<Lang, BTreeMap<String, MsgInfo>>,
    issues: &mut Vec<Issue>,
) {
    let empty = BTreeMap::new();
    let ui = |lang: Lang| -> BTreeMap<&String, &MsgInfo> {
        inventory
            .get(&lang)
            .unwrap_or(&empty)
            .iter()
            .filter(|(_, m)| m.area == Area::Ui)
            .collect()
    };
    let reference = ui(Lang::SOURCE);
    let contact_kinds: BTreeSet<String> = cat
        .bodies
        .iter()
        .flat_map(|b| b.contacts.keys().map(|k| format!("contact-{k}")))
        .collect();
    for id in contact_kinds
        .iter()
        .filter(|id| !reference.contains_key(id))
    {
        issues.push(Issue::new(Severity::Error, "contact kind has no label in locales/pt").id(id));
    }
    for c in &cat.categories {
        let id = format!("category-{}", c.id);
        if !reference.contains_key(&id) {
            issues.push(Issue::new(Severity::Error, "category has no name in locales/pt").id(id));
        }
    }
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::SOURCE) {
        let mine = ui(lang);
        for (id, r) in &reference {
            match mine.get(id) {
                None => issues.push(
                    Issue::new(Severity::Error, format!("UI string missing in {lang}")).id(*id),
                ),
                Some(m) => {
                    let at = |msg: String| {
                        Issue::new(Severity::Error, msg)
                            .file(&m.file)
                            .line(m.line)
                            .id(*id)
                    };
                    if m.has_value != r.has_value {
                        issues.push(at("value differs from the Portuguese message (one has a value, the other not)".into()));
                    }
                    for a in r.attrs.difference(&m.attrs) {
                        issues.push(at(format!("missing attribute .{a}")));
                    }
                    // A misspelt variable would silently show nothing.
                    for v in m.vars.difference(&r.vars) {
                        issues.push(at(format!(
                            "variable ${v} is not in the Portuguese message"
                        )));
                    }
                }
            }
        }
        for (id, m) in mine.iter().filter(|(id, _)| !reference.contains_key(*id)) {
            issues.push(
                Issue::new(
                    Severity::Error,
                    "orphan UI string: not in the Portuguese locale",
                )
                .file(&m.file)
                .line(m.line)
                .id(*id),
            );
        }
    }
}

/// Formats every message of every language, as readers will see it, and
/// reports what Fluent could not resolve (a missing term or message, a
/// variable that is not a fact).
pub(super) fn check_formatting(
    k: &Knowledge,
    inventory: &HashMap<Lang, BTreeMap<String, MsgInfo>>,
    issues: &mut Vec<Issue>,
) {
    for (lang, msgs) in inventory {
        let Some(bundle) = k.bundles.get(lang) else {
            continue;
        };
        let args = k.fluent_args(*lang);
        for (id, info) in msgs {
            let Some(msg) = bundle.get_message(id) else {
                continue;
            };
            let is_ui = info.area == Area::Ui;
            let patterns = msg
                .value()
                .into_iter()
                .chain(msg.attributes().map(|a| a.value()));
            for pattern in patterns {
                let mut errors = Vec::new();
                let _ = bundle.format_pattern(
                    pattern,
                    if is_ui { None } else { Some(&args) },
                    &mut errors,
                );
                for e in errors {
                    // UI strings get their variables at run time, and an
                    // article's unknown variables were reported by name.
                    let unknown_variable = matches!(
                        e,
                        FluentError::ResolverError(ResolverError::Reference(
                            ReferenceKind::Variable { .. }
                        ))
                    );
                    if unknown_variable && info.area != Area::Bodies {
                        continue;
                    }
                    issues.push(
                        Issue::new(Severity::Error, e.to_string())
                            .file(&info.file)
                            .line(info.line)
                            .id(id),
                    );
                }
            }
        }
    }
}
