//! The tantivy index over every article in every language, and the query
//! logic: per-language analysis, field boosts, typo tolerance, searching
//! across languages, and a quality bar below which nothing is returned.

pub mod analysis;
pub mod results;

use std::collections::{BTreeSet, HashMap, HashSet};

use tantivy::collector::{DocSetCollector, TopDocs};
use tantivy::query::{BooleanQuery, BoostQuery, FuzzyTermQuery, Occur, Query, TermQuery};
use tantivy::schema::{
    Field, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing, TextOptions, Value,
};
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{DocAddress, Index, IndexReader, Searcher, TantivyDocument, Term, doc};

use crate::knowledge::Knowledge;
use crate::knowledge::render::plain_text;
use crate::lang::Lang;
use analysis::LangTokenizer;

pub use results::SearchResult;

/// The most results a caller may ask for.
pub const MAX_LIMIT: usize = 20;
/// The longest query accepted, in characters.
pub const MAX_QUERY_CHARS: usize = 1000;
/// Only the first words of a long question are used: enough to find the
/// topic, and a bound on work per query.
const MAX_QUERY_TERMS: usize = 24;

/// A result must match at least this share of the query's meaningful terms.
const MIN_COVERAGE: f32 = 0.3;
/// ... and score at least this (BM25 plus fuzzy matches, weighted).
const MIN_SCORE: f32 = 1.0;
/// Terms found in more than this share of one language's articles are too
/// common to tell articles apart ("de", "the", "як").
const COMMON_TERM_SHARE: f64 = 0.8;
/// A match in another language than the reader's counts a little less.
const OTHER_LANGUAGE_WEIGHT: f32 = 0.8;

const TOKENIZER: &str = "balcao";
/// A short prefix could stand for hundreds of terms; the first ones do.
const MAX_EXPANSIONS: usize = 40;

#[derive(Debug, thiserror::Error)]
#[error("building the search index: {0}")]
pub struct IndexError(#[from] tantivy::TantivyError);

#[derive(Clone, Copy)]
struct Fields {
    id: Field,
    title: Field,
    keywords: Field,
    summary: Field,
    body: Field,
    /// Everything at once: used to decide which query terms an article has.
    all: Field,
}

impl Fields {
    fn boosted(&self) -> [(Field, f32); 4] {
        [
            (self.title, 3.0),
            (self.keywords, 2.5),
            (self.summary, 1.5),
            (self.body, 1.0),
        ]
    }
}

struct LangIndex {
    reader: IndexReader,
    fields: Fields,
    docs: u64,
}

/// One match of a query: an article and how well it matched.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub id: String,
    pub score: f32,
    /// The language whose text matched best.
    pub matched_lang: Lang,
}

/// What to search for.
#[derive(Debug, Clone)]
pub struct SearchQuery<'a> {
    pub text: &'a str,
    /// The reader's language: matches in it count fully.
    pub lang: Lang,
    /// A language the text was confidently identified as, if any.
    pub detected: Option<Lang>,
    pub limit: usize,
    /// Results as the user types: the last word may be unfinished.
    pub as_you_type: bool,
}

/// The index over all articles in all languages, one small index per
/// language so each has its own analyser.
pub struct SearchIndex {
    langs: HashMap<Lang, LangIndex>,
}

impl SearchIndex {
    /// Indexes every article of every language.
    pub fn build(k: &Knowledge) -> Result<Self, IndexError> {
        let mut langs = HashMap::new();
        for lang in Lang::ALL {
            let text = || {
                TextOptions::default().set_indexing_options(
                    TextFieldIndexing::default()
                        .set_tokenizer(TOKENIZER)
                        .set_index_option(IndexRecordOption::WithFreqsAndPositions),
                )
            };
            let mut sb = Schema::builder();
            let fields = Fields {
                id: sb.add_text_field("id", STRING | STORED),
                title: sb.add_text_field("title", text()),
                keywords: sb.add_text_field("keywords", text()),
                summary: sb.add_text_field("summary", text()),
                body: sb.add_text_field("body", text()),
                all: sb.add_text_field("all", text()),
            };
            let index = Index::create_in_ram(sb.build());
            index
                .tokenizers()
                .register(TOKENIZER, TextAnalyzer::from(LangTokenizer::new(lang)));
            let mut writer = index.writer_with_num_threads(1, 15_000_000)?;
            let mut docs = 0;
            for a in &k.articles {
                let Some(t) = k.article_text(&a.id, lang) else {
                    continue;
                };
                let body = plain_text(&t.body);
                let all = format!("{}\n{}\n{}\n{}", t.title, t.keywords, t.summary, body);
                writer.add_document(doc!(
                    fields.id => a.id.clone(),
                    fields.title => t.title,
                    fields.keywords => t.keywords,
                    fields.summary => t.summary,
                    fields.body => body,
                    fields.all => all,
                ))?;
                docs += 1;
            }
            writer.commit()?;
            let reader = index.reader()?;
            langs.insert(
                lang,
                LangIndex {
                    reader,
                    fields,
                    docs,
                },
            );
        }
        Ok(SearchIndex { langs })
    }

    /// Number of indexed article texts (articles × languages).
    pub fn documents(&self) -> u64 {
        self.langs.values().map(|l| l.docs).sum()
    }

    /// Finds articles for a query in any of the nine languages, best first.
    /// Never fails: text that cannot be understood finds nothing.
    pub fn search(&self, q: &SearchQuery) -> Vec<Hit> {
        let mut best: HashMap<String, Hit> = HashMap::new();
        for (lang, li) in &self.langs {
            let weight = if *lang == q.lang || Some(*lang) == q.detected {
                1.0
            } else {
                OTHER_LANGUAGE_WEIGHT
            };
            for (id, score) in li.search(*lang, q.text, q.as_you_type) {
                let score = score * weight;
                let better = best.get(&id).is_none_or(|h| score > h.score);
                if better {
                    best.insert(
                        id.clone(),
                        Hit {
                            id,
                            score,
                            matched_lang: *lang,
                        },
                    );
                }
            }
        }
        let mut hits: Vec<Hit> = best.into_values().collect();
        hits.sort_by(|a, b| b.score.total_cmp(&a.score).then_with(|| a.id.cmp(&b.id)));
        hits.truncate(q.limit);
        hits
    }
}

impl LangIndex {
    /// The indexed terms a query term stands for: itself, and those within a
    /// typo or two of it (longer words allow more), or starting with it while
    /// the user is still typing. One automaton per term, run over the term
    /// dictionary once, rather than one per field.
    fn expand(&self, searcher: &Searcher, text: &str, prefix: bool) -> Vec<(String, bool)> {
        let len = text.chars().count();
        let distance = match len {
            0..=3 => 0,
            4..=7 => 1,
            _ => 2,
        };
        let mut out = vec![(text.to_string(), true)];
        let query = match (prefix, distance) {
            (true, _) if len >= 2 => FuzzyTermQuery::new_prefix(
                Term::from_field_text(self.fields.all, text),
                if len >= 5 { 1 } else { 0 },
                true,
            ),
            (false, d) if d > 0 => {
                FuzzyTermQuery::new(Term::from_field_text(self.fields.all, text), d, true)
            }
            _ => return out,
        };
        let Ok(automaton) = query.automaton() else {
            return out;
        };
        for segment in searcher.segment_readers() {
            let Ok(index) = segment.inverted_index(self.fields.all) else {
                continue;
            };
            let Ok(mut stream) = index.terms().search(&automaton).into_stream() else {
                continue;
            };
            while stream.advance() && out.len() < MAX_EXPANSIONS {
                if let Ok(term) = std::str::from_utf8(stream.key())
                    && term != text
                    && !out.iter().any(|(t, _)| t == term)
                {
                    out.push((term.to_string(), false));
                }
            }
        }
        out
    }

    /// Article ids with their score in this language, above the quality bar.
    fn search(&self, lang: Lang, text: &str, as_you_type: bool) -> Vec<(String, f32)> {
        if self.docs == 0 {
            return Vec::new();
        }
        let mut terms: Vec<String> = Vec::new();
        for t in analysis::analyze(lang, text) {
            if !terms.contains(&t) {
                terms.push(t);
            }
        }
        terms.truncate(MAX_QUERY_TERMS);
        let searcher = self.reader.searcher();
        let f = self.fields;
        let last = terms.len().saturating_sub(1);
        // Keep the terms that tell articles apart.
        let meaningful: Vec<(usize, &String)> = terms
            .iter()
            .enumerate()
            .filter(|(_, t)| {
                let df = searcher
                    .doc_freq(&Term::from_field_text(f.all, t))
                    .unwrap_or(0);
                (df as f64) <= COMMON_TERM_SHARE * self.docs as f64
            })
            .collect();
        if meaningful.is_empty() {
            return Vec::new();
        }
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        let mut per_term_docs: Vec<HashSet<DocAddress>> = Vec::new();
        for (i, t) in &meaningful {
            let prefix = as_you_type && *i == last;
            let expanded = self.expand(&searcher, t, prefix);
            let mut in_all: Vec<(Occur, Box<dyn Query>)> = Vec::new();
            for (term, exact) in &expanded {
                // Typo and prefix matches score as a fraction of exact ones.
                let weight = if *exact { 1.0 } else { 0.4 };
                for (field, boost) in f.boosted() {
                    clauses.push((Occur::Should, term_query(field, term, boost * weight)));
                }
                in_all.push((Occur::Should, term_query(f.all, term, 1.0)));
            }
            let matches = searcher
                .search(&BooleanQuery::new(in_all), &DocSetCollector)
                .unwrap_or_default();
            per_term_docs.push(matches);
        }
        let query = BooleanQuery::new(clauses);
        let Ok(top) = searcher.search(&query, &TopDocs::with_limit(MAX_LIMIT * 2).order_by_score())
        else {
            return Vec::new();
        };
        let n = meaningful.len() as f32;
        let mut out = Vec::new();
        let mut seen = BTreeSet::new();
        for (score, addr) in top {
            let coverage = per_term_docs.iter().filter(|s| s.contains(&addr)).count() as f32 / n;
            let score = score * (0.5 + coverage);
            if coverage < MIN_COVERAGE || score < MIN_SCORE {
                continue;
            }
            let Ok(doc) = searcher.doc::<TantivyDocument>(addr) else {
                continue;
            };
            let Some(id) = doc.get_first(f.id).and_then(|v| v.as_str()) else {
                continue;
            };
            if seen.insert(id.to_string()) {
                out.push((id.to_string(), score));
            }
        }
        out
    }
}

fn term_query(field: Field, text: &str, boost: f32) -> Box<dyn Query> {
    let q = TermQuery::new(
        Term::from_field_text(field, text),
        IndexRecordOption::WithFreqs,
    );
    Box::new(BoostQuery::new(Box::new(q), boost))
}
