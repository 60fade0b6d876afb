//! The knowledge checker on the shipped knowledge and on broken copies.

use std::path::Path;

use balcao::knowledge::{self, Issue, Severity, check};
use balcao::lang::LangSettings;

use crate::helpers::{copy_of_shipped, shipped};

fn load(source: &balcao::knowledge::files::Source) -> (knowledge::Knowledge, Vec<Issue>) {
    knowledge::load(&source.read().unwrap(), &LangSettings::default())
}

fn errors(issues: &[Issue]) -> Vec<String> {
    issues
        .iter()
        .filter(|i| i.severity == Severity::Error)
        .map(|i| i.to_string())
        .collect()
}

fn append(path: &Path, text: &str) {
    let mut s = std::fs::read_to_string(path).unwrap();
    s.push_str(text);
    std::fs::write(path, s).unwrap();
}

fn replace(path: &Path, from: &str, to: &str) {
    let s = std::fs::read_to_string(path).unwrap();
    assert!(
        s.contains(from),
        "{} does not contain {from:?}",
        path.display()
    );
    std::fs::write(path, s.replacen(from, to, 1)).unwrap();
}

#[test]
fn shipped_knowledge_passes_strict_check_with_full_coverage() {
    let (k, issues) = load(&shipped());
    let report = check::report(&k, &issues, true);
    assert!(report.passed, "{}", report.text);
    let coverage = report
        .text
        .lines()
        .find(|l| l.starts_with("coverage"))
        .unwrap();
    assert_eq!(coverage.matches("100%").count(), 9, "{coverage}");
}

#[test]
fn a_syntax_error_names_file_line_and_message() {
    let dir = tempfile::tempdir().unwrap();
    let src = copy_of_shipped(dir.path());
    let file = dir.path().join("knowledge/en/health.ftl");
    let before = std::fs::read_to_string(&file).unwrap().lines().count();
    append(
        &file,
        "\nbroken-thing = Text with { $unclosed\n\nnext-one = Fine\n",
    );
    let (_, issues) = load(&src);
    let broken = issues
        .iter()
        .find(|i| i.id.as_deref() == Some("broken-thing"))
        .unwrap_or_else(|| panic!("{issues:#?}"));
    assert_eq!(broken.severity, Severity::Error);
    assert_eq!(broken.file.as_deref(), Some("knowledge/en/health.ftl"));
    let line = broken.line.unwrap();
    assert!(
        line == before + 2 || line == before + 3,
        "line {line}, message at {}",
        before + 2
    );
}

#[test]
fn a_ui_string_missing_or_a_misspelt_variable_in_one_language_fails_the_check() {
    let dir = tempfile::tempdir().unwrap();
    let src = copy_of_shipped(dir.path());
    let file = dir.path().join("locales/uk/errors.ftl");
    let text = std::fs::read_to_string(&file).unwrap();
    let kept: Vec<&str> = text
        .lines()
        .filter(|l| !l.starts_with("error-missing-query"))
        .collect();
    std::fs::write(&file, kept.join("\n")).unwrap();
    let (k, issues) = load(&src);
    assert!(
        errors(&issues)
            .iter()
            .any(|e| e.contains("[error-missing-query] UI string missing in uk"))
    );
    assert!(!check::report(&k, &issues, false).passed);
}

#[test]
fn unknown_fact_variables_and_missing_attributes_are_errors() {
    let dir = tempfile::tempdir().unwrap();
    let src = copy_of_shipped(dir.path());
    let file = dir.path().join("knowledge/fr/health.ftl");
    replace(&file, "{ $sns24-phone }", "{ $sns24-phon }");
    let text = std::fs::read_to_string(&file).unwrap();
    let kept: Vec<&str> = text
        .lines()
        .filter(|l| !l.trim_start().starts_with(".keywords"))
        .collect();
    std::fs::write(&file, kept.join("\n")).unwrap();
    let (_, issues) = load(&src);
    let errs = errors(&issues);
    assert!(
        errs.iter()
            .any(|e| e.contains("unknown fact variable $sns24-phon")),
        "{errs:#?}"
    );
    assert!(
        errs.iter()
            .any(|e| e.contains("missing attribute .keywords")),
        "{errs:#?}"
    );
}

#[test]
fn orphans_and_broken_related_links_are_errors() {
    let dir = tempfile::tempdir().unwrap();
    let src = copy_of_shipped(dir.path());
    append(
        &dir.path().join("knowledge/es/health.ftl"),
        "\nno-such-article = T\n    .summary = s\n    .body = b\n    .keywords = k\n",
    );
    replace(
        &dir.path().join("knowledge/catalogue.toml"),
        "related = [\"emergency-and-sns24\"]",
        "related = [\"emergency-and-sns-24\"]",
    );
    let (_, issues) = load(&src);
    let errs = errors(&issues);
    assert!(
        errs.iter()
            .any(|e| e.contains("[no-such-article] orphan message")),
        "{errs:#?}"
    );
    assert!(
        errs.iter()
            .any(|e| e.contains("related article \"emergency-and-sns-24\" does not exist")),
        "{errs:#?}"
    );
}

#[test]
fn editing_the_portuguese_source_marks_translations_outdated() {
    let dir = tempfile::tempdir().unwrap();
    let src = copy_of_shipped(dir.path());
    replace(
        &dir.path().join("knowledge/pt/health.ftl"),
        "emergency-and-sns24 = ",
        "emergency-and-sns24 = Novo título: ",
    );
    let (k, issues) = load(&src);
    assert!(errors(&issues).is_empty(), "{:#?}", errors(&issues));
    let outdated: Vec<&Issue> = issues
        .iter()
        .filter(|i| i.message.contains("outdated"))
        .collect();
    assert_eq!(
        outdated.len(),
        8,
        "every translation of the article is outdated: {outdated:#?}"
    );
    assert!(check::report(&k, &issues, false).passed);
    let strict = check::report(&k, &issues, true);
    assert!(!strict.passed);
    let row = strict
        .text
        .lines()
        .find(|l| l.starts_with("emergency-and-sns24"))
        .unwrap();
    assert_eq!(row.matches(" O").count(), 8, "{row}");
}

#[test]
fn example_questions_are_each_languages_own_and_their_absence_is_noticed() {
    let dir = tempfile::tempdir().unwrap();
    let src = copy_of_shipped(dir.path());
    let pt = dir.path().join("knowledge/pt/health.ftl");
    // Writing other example questions in Portuguese leaves the translations
    // up to date: they are not translated from the source.
    replace(
        &pt,
        "    .questions =\n",
        "    .questions =\n        onde fica o centro de saúde mais perto\n",
    );
    let (_, issues) = load(&src);
    assert!(errors(&issues).is_empty(), "{:#?}", errors(&issues));
    assert!(
        !issues.iter().any(|i| i.message.contains("outdated")),
        "{issues:#?}"
    );
    // An article without them is loaded, with a warning saying why it matters.
    let text = std::fs::read_to_string(&pt).unwrap();
    let start = text.find("    .questions =").unwrap();
    let end = text[start + 1..]
        .find("\n\n")
        .map_or(text.len(), |e| start + 1 + e);
    std::fs::write(&pt, format!("{}{}", &text[..start], &text[end + 1..])).unwrap();
    let (_, issues) = load(&src);
    assert!(errors(&issues).is_empty(), "{:#?}", errors(&issues));
    assert!(
        issues
            .iter()
            .any(|i| i.severity == Severity::Warning && i.message.contains(".questions")),
        "{issues:#?}"
    );
}

#[test]
fn a_missing_translation_is_incomplete_not_broken() {
    let dir = tempfile::tempdir().unwrap();
    let src = copy_of_shipped(dir.path());
    std::fs::remove_file(dir.path().join("knowledge/kea/services.ftl")).unwrap();
    let (k, issues) = load(&src);
    assert!(errors(&issues).is_empty(), "{:#?}", errors(&issues));
    assert!(check::report(&k, &issues, false).passed);
    let strict = check::report(&k, &issues, true);
    assert!(!strict.passed);
    assert!(
        strict
            .text
            .contains("incomplete: [migrant-helpline] article missing in kea")
    );
}

#[test]
fn a_draft_is_checked_but_not_published_and_cannot_be_linked_to() {
    let dir = tempfile::tempdir().unwrap();
    let src = copy_of_shipped(dir.path());
    let catalogue = dir.path().join("knowledge/catalogue.toml");
    append(
        &catalogue,
        "\n[[article]]\nid = \"work-in-progress\"\ncategory = \"health\"\nlast_reviewed = 2026-11-23\ndraft = true\n",
    );
    append(
        &dir.path().join("knowledge/pt/health.ftl"),
        "\nwork-in-progress = Em preparação\n    .summary = Texto com { $no-such-fact }\n    .body = Corpo\n    .keywords = x\n",
    );
    let (k, issues) = load(&src);
    // Checked like any article: its broken variable is an error ...
    assert!(
        errors(&issues)
            .iter()
            .any(|e| e.contains("[work-in-progress]") && e.contains("$no-such-fact"))
    );
    // ... but missing translations are not, and it is not published.
    assert!(
        !issues
            .iter()
            .any(|i| i.id.as_deref() == Some("work-in-progress")
                && i.severity == Severity::Incomplete)
    );
    assert!(k.article_meta("work-in-progress").is_none());
    assert!(!check::coverage_matrix(&k).contains("work-in-progress"));

    replace(
        &catalogue,
        "related = [\"emergency-and-sns24\"]",
        "related = [\"work-in-progress\"]",
    );
    let (_, issues) = load(&src);
    assert!(
        errors(&issues)
            .iter()
            .any(|e| e.contains("related article \"work-in-progress\" is a draft"))
    );
}

#[test]
fn portuguese_left_in_kriolu_text_is_flagged_and_fails_strict() {
    let dir = tempfile::tempdir().unwrap();
    let src = copy_of_shipped(dir.path());
    let file = dir.path().join("knowledge/kea/labour.ftl");
    let text = std::fs::read_to_string(&file).unwrap();
    let (at, summary) = text
        .lines()
        .enumerate()
        .find(|(_, l)| l.trim_start().starts_with(".summary = "))
        .unwrap();
    // A Portuguese sentence left in, beside what stays allowed: an official
    // name, a quotation and search keywords.
    let planted = format!(
        "{summary} O pedido foi recusado, não sabe porquê. Pidi livru (Livro de Reclamações) i skrebe \"não aceito\"."
    );
    replace(&file, summary, &planted);

    let (k, issues) = load(&src);
    let flagged: Vec<&Issue> = issues
        .iter()
        .filter(|i| i.message.starts_with("Portuguese"))
        .collect();
    let words: Vec<&str> = flagged
        .iter()
        .map(|i| i.message.split('"').nth(1).unwrap())
        .collect();
    assert_eq!(words, ["foi", "não"], "{flagged:#?}");
    for i in &flagged {
        assert_eq!(i.file.as_deref(), Some("knowledge/kea/labour.ftl"));
        assert_eq!(i.line, Some(at + 1));
        assert!(i.message.contains("O pedido foi recusado"), "{i}");
    }
    assert!(check::report(&k, &issues, false).passed);
    let strict = check::report(&k, &issues, true);
    assert!(!strict.passed);
    assert!(
        strict.text.contains("Portuguese \"foi\" in Kriolu text"),
        "{}",
        strict.text
    );

    let (_, shipped_issues) = load(&shipped());
    let leftovers: Vec<String> = shipped_issues
        .iter()
        .filter(|i| i.message.starts_with("Portuguese"))
        .map(ToString::to_string)
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:#?}");
}

/// Dates end with an abbreviation in ru, uk and be ("2026 р."): a text
/// that puts its own full stop after one shows "р.." to readers.
#[test]
fn no_article_doubles_the_full_stop_after_a_date() {
    let mut files = shipped().read().unwrap();
    let (k, _) = knowledge::load(&files, &LangSettings::default());
    // Every translation reviewed by a mediator, so its note carries a date.
    let reviewed: Vec<knowledge::edits::Reviewed> = k
        .articles
        .iter()
        .flat_map(|a| {
            balcao::lang::Lang::ALL
                .into_iter()
                .map(move |lang| (a, lang))
        })
        .filter_map(|(a, lang)| {
            Some(knowledge::edits::Reviewed {
                id: &a.id,
                lang,
                source: k.source_versions.get(&a.id)?,
                source_text: "",
                day: "2026-12-07".into(),
            })
        })
        .collect();
    knowledge::edits::put_reviews(&mut files, &reviewed);
    let (k, _) = knowledge::load(&files, &LangSettings::default());
    let mut doubled = Vec::new();
    for a in &k.articles {
        for lang in balcao::lang::Lang::ALL {
            let Some(view) = k.render_article(&a.id, lang) else {
                continue;
            };
            // An ellipsis ("...") is not a doubled full stop.
            let text = serde_json::to_string(&view).unwrap().replace("...", "…");
            if let Some(at) = text.find("..") {
                let from = text[..at]
                    .char_indices()
                    .rev()
                    .nth(30)
                    .map_or(0, |(i, _)| i);
                doubled.push(format!(
                    "{} {}: …{}",
                    a.id,
                    lang.code(),
                    &text[from..at + 2]
                ));
            }
        }
    }
    assert_eq!(doubled, Vec::<String>::new());
}
