//! Search hits as the reader sees them: title and snippet in their language
//! (or the nearest fallback), whatever language the query matched in.

use serde::Serialize;

use super::{Hit, SearchIndex, TermMatch, analysis};
use crate::knowledge::Knowledge;
use crate::lang::Lang;

/// Snippets are cut to about this many characters.
const SNIPPET_CHARS: usize = 180;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SearchResult {
    pub id: String,
    pub category: String,
    /// The language of `title` and `snippet`.
    pub lang: Lang,
    pub title: String,
    pub snippet: String,
    pub score: f32,
    /// True when `lang` is a fallback for the reader's language.
    pub fallback: bool,
    /// Why it matched (only when asked for): the language whose text
    /// matched, the share of the query matched, and each word's matches.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub explain: Option<Explanation>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Explanation {
    pub matched_lang: Lang,
    pub coverage: f32,
    pub matches: Vec<TermMatch>,
}

/// Renders hits for a reader of `lang`.
pub fn present(
    k: &Knowledge,
    index: &SearchIndex,
    hits: &[Hit],
    lang: Lang,
    query: &str,
    explain: bool,
) -> Vec<SearchResult> {
    let wanted = analysis::analyze(lang, query);
    hits.iter()
        .filter_map(|h| {
            let meta = k.article_meta(&h.id)?;
            let shown = k.article_lang(&h.id, lang)?;
            let text = index.shown(&h.id, shown)?;
            let wanted = if shown == lang {
                wanted.clone()
            } else {
                analysis::analyze(shown, query)
            };
            Some(SearchResult {
                id: h.id.clone(),
                category: meta.category.clone(),
                lang: shown,
                snippet: snippet(&wanted, text),
                title: text.title.clone(),
                score: round(h.score),
                fallback: shown != lang,
                explain: explain.then(|| Explanation {
                    matched_lang: h.matched_lang,
                    coverage: round(h.coverage),
                    matches: h
                        .why
                        .iter()
                        .map(|m| TermMatch {
                            score: round(m.score),
                            ..m.clone()
                        })
                        .collect(),
                }),
            })
        })
        .collect()
}

fn round(x: f32) -> f32 {
    (x * 1000.0).round() / 1000.0
}

/// The sentence sharing most terms with the query (typo matches do not
/// count), or the summary when none does, e.g. for a match in another
/// language.
fn snippet(wanted: &[String], text: &super::shown::ShownText) -> String {
    let best = text
        .sentences
        .iter()
        .map(|s| (wanted.iter().filter(|w| s.has_term(w)).count(), s))
        .filter(|(n, _)| *n > 0)
        .max_by_key(|(n, _)| *n)
        .map_or(text.summary.as_str(), |(_, s)| s.text.as_str());
    shorten(best, SNIPPET_CHARS)
}

fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let cut: String = s.chars().take(max).collect();
    let at = cut.rfind(' ').unwrap_or(cut.len());
    format!("{}…", cut[..at].trim_end())
}
