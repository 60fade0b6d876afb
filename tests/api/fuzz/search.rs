//! The search query path: whatever is typed, in whichever language, gives
//! well-formed results and never a panic.

use std::collections::HashSet;
use std::sync::OnceLock;

use balcao::content::Content;
use balcao::lang::{Lang, LangSettings};
use balcao::search::MAX_LIMIT;
use proptest::prelude::*;

use super::{check, human_text};
use crate::helpers::shipped;

fn content() -> &'static Content {
    static CONTENT: OnceLock<Content> = OnceLock::new();
    CONTENT.get_or_init(|| Content::load(&shipped(), &LangSettings::default()).unwrap())
}

fn reader_lang() -> impl Strategy<Value = Option<Lang>> {
    prop::option::of(prop::sample::select(Lang::ALL.to_vec()))
}

#[test]
fn any_query_in_any_language_gives_well_formed_results() {
    let content = content();
    let ids: HashSet<&str> = content
        .knowledge
        .articles
        .iter()
        .map(|a| a.id.as_str())
        .collect();
    check(
        "search",
        (human_text(), reader_lang(), 0..40usize, any::<bool>()),
        |(text, lang, limit, as_you_type)| {
            let out = content.search(&text, lang, limit, as_you_type);
            prop_assert!(out.results.len() <= limit.clamp(1, MAX_LIMIT));
            if let Some(l) = lang {
                prop_assert_eq!(out.lang, l);
            }
            let mut seen = HashSet::new();
            for r in &out.results {
                prop_assert!(ids.contains(r.id.as_str()), "unknown article {}", r.id);
                prop_assert!(seen.insert(r.id.clone()), "{} twice", r.id);
                prop_assert!(r.score.is_finite() && r.score > 0.0, "score {}", r.score);
                prop_assert!(!r.title.trim().is_empty());
                prop_assert_eq!(r.fallback, r.lang != out.lang);
            }
            prop_assert!(
                out.results.windows(2).all(|w| w[0].score >= w[1].score),
                "best first: {:?}",
                out.results.iter().map(|r| r.score).collect::<Vec<_>>()
            );
            // What the API sends must serialise.
            prop_assert!(serde_json::to_string(&out).is_ok());
            Ok(())
        },
    );
}
