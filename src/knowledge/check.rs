//! `balcao kb check`: the issues found and the coverage matrix (article ×
//! language, with review status).

use std::fmt::Write;

use super::{Issue, Knowledge, ReviewStatus, Severity};
use crate::lang::Lang;

/// The printed report and whether the check passed.
pub struct Report {
    pub text: String,
    pub passed: bool,
}

/// Builds the report for `kb check`.
pub fn report(k: &Knowledge, issues: &[Issue], strict: bool) -> Report {
    let mut out = String::new();
    let mut sorted: Vec<&Issue> = issues.iter().collect();
    sorted.sort_by_key(|i| (i.severity, i.file.clone(), i.line, i.id.clone()));
    for i in &sorted {
        let _ = writeln!(out, "{i}");
    }
    if !sorted.is_empty() {
        out.push('\n');
    }
    out.push_str(&coverage_matrix(k));
    let drafts = issues
        .iter()
        .filter(|i| i.message.starts_with("draft"))
        .count();
    if drafts > 0 {
        let _ = writeln!(
            out,
            "{drafts} draft article(s), not published and not in the matrix"
        );
    }
    let count = |s: Severity| issues.iter().filter(|i| i.severity == s).count();
    let passed = !issues.iter().any(|i| i.fails(strict));
    let _ = writeln!(
        out,
        "\n{} errors, {} incomplete{}, {} warnings: {}",
        count(Severity::Error),
        count(Severity::Incomplete),
        if strict {
            " (errors under --strict)"
        } else {
            ""
        },
        count(Severity::Warning),
        if passed { "passed" } else { "FAILED" }
    );
    Report { text: out, passed }
}

/// One row per article, one column per language: R reviewed, M
/// machine-translated, O outdated, - missing; then coverage per language.
pub fn coverage_matrix(k: &Knowledge) -> String {
    let width = k
        .articles
        .iter()
        .map(|a| a.id.len())
        .max()
        .unwrap_or(7)
        .max(7);
    let mut out = String::new();
    let _ = write!(out, "{:width$}", "article");
    for l in Lang::ALL {
        let _ = write!(out, " {:>4}", l.code());
    }
    out.push('\n');
    for a in &k.articles {
        let _ = write!(out, "{:width$}", a.id);
        for l in Lang::ALL {
            let cell = match k.translations.get(&(a.id.clone(), l)) {
                Some(ReviewStatus::Reviewed) => "R",
                Some(ReviewStatus::MachineTranslated) => "M",
                Some(ReviewStatus::Outdated) => "O",
                None => "-",
            };
            let _ = write!(out, " {cell:>4}");
        }
        out.push('\n');
    }
    let _ = write!(out, "{:width$}", "coverage");
    for l in Lang::ALL {
        let have = k
            .articles
            .iter()
            .filter(|a| k.has_translation(&a.id, l))
            .count();
        let pct = if k.articles.is_empty() {
            0
        } else {
            have * 100 / k.articles.len()
        };
        let _ = write!(out, " {:>3}%", pct);
    }
    out.push_str("\nR reviewed, M machine-translated, O outdated, - missing\n");
    out
}
