//! The texts search results show, kept from indexing time: titles,
//! summaries and the sentences a snippet is chosen from, each with its
//! terms, so answering a query formats and analyses nothing again.

use std::collections::HashMap;

use super::analysis;
use crate::lang::Lang;

/// One sentence of an article with its search terms.
pub struct Sentence {
    pub text: String,
    pub terms: Vec<String>,
}

pub struct ShownText {
    pub title: String,
    pub summary: String,
    /// The summary's sentences, then the body's.
    pub sentences: Vec<Sentence>,
}

#[derive(Default)]
pub struct Shown {
    texts: HashMap<(String, Lang), ShownText>,
}

impl Shown {
    pub fn add(&mut self, lang: Lang, id: &str, title: String, summary: String, body: &str) {
        let sentences = summary
            .split_inclusive(['.', '!', '?', '\n'])
            .chain(body.split_inclusive(['.', '!', '?', '\n']))
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(|s| Sentence {
                text: s.to_string(),
                terms: analysis::analyze(lang, s),
            })
            .collect();
        self.texts.insert(
            (id.to_string(), lang),
            ShownText {
                title,
                summary,
                sentences,
            },
        );
    }

    pub fn get(&self, id: &str, lang: Lang) -> Option<&ShownText> {
        self.texts.get(&(id.to_string(), lang))
    }
}
