//! Search hits as the reader sees them: title and snippet in their language
//! (or the nearest fallback), whatever language the query matched in.

use serde::Serialize;

use super::Hit;
use super::analysis;
use crate::knowledge::Knowledge;
use crate::knowledge::render::plain_text;
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
}

/// Renders hits for a reader of `lang`.
pub fn present(k: &Knowledge, hits: &[Hit], lang: Lang, query: &str) -> Vec<SearchResult> {
    hits.iter()
        .filter_map(|h| {
            let meta = k.article_meta(&h.id)?;
            let shown = k.article_lang(&h.id, lang)?;
            let text = k.article_text(&h.id, shown)?;
            Some(SearchResult {
                id: h.id.clone(),
                category: meta.category.clone(),
                lang: shown,
                snippet: snippet(shown, query, &text.summary, &plain_text(&text.body)),
                title: text.title,
                score: (h.score * 1000.0).round() / 1000.0,
                fallback: shown != lang,
            })
        })
        .collect()
}

/// The sentence sharing most terms with the query (typo matches do not
/// count), or the summary when none does, e.g. for a match in another
/// language.
fn snippet(lang: Lang, query: &str, summary: &str, body: &str) -> String {
    let wanted = analysis::analyze(lang, query);
    let best = summary
        .split_inclusive(['.', '!', '?', '\n'])
        .chain(body.split_inclusive(['.', '!', '?', '\n']))
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| {
            let terms = analysis::analyze(lang, s);
            (wanted.iter().filter(|w| terms.contains(w)).count(), s)
        })
        .filter(|(n, _)| *n > 0)
        .max_by_key(|(n, _)| *n)
        .map(|(_, s)| s)
        .unwrap_or(summary);
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
