//! The texts search results show, kept from indexing time: titles,
//! summaries and the sentences a snippet is chosen from, each with its
//! terms, so answering a query formats and analyses nothing again.

use std::collections::HashMap;

use tantivy::tokenizer::Token;

/// One sentence of an article with its search terms.
pub struct Sentence {
    pub text: String,
    pub tokens: Vec<Token>,
}

impl Sentence {
    pub fn has_term(&self, term: &str) -> bool {
        self.tokens.iter().any(|t| t.text == term)
    }
}

pub struct ShownText {
    pub title: String,
    pub summary: String,
    /// The summary's sentences, then the body's.
    pub sentences: Vec<Sentence>,
}

/// One language's texts, by article id.
#[derive(Default)]
pub struct Shown {
    texts: HashMap<String, ShownText>,
}

impl Shown {
    pub fn add(
        &mut self,
        id: &str,
        title: String,
        summary: String,
        sentences: impl IntoIterator<Item = Sentence>,
    ) {
        self.texts.insert(
            id.to_string(),
            ShownText {
                title,
                summary,
                sentences: sentences.into_iter().collect(),
            },
        );
    }

    pub fn get(&self, id: &str) -> Option<&ShownText> {
        self.texts.get(id)
    }
}
