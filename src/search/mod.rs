//! The tantivy index over every article in every language, and the query
//! logic: per-language analysis, field boosts, typo tolerance, searching
//! across languages, and a quality bar below which nothing is returned.
//!
//! Each language has its own small index and analyser. A query is scored
//! in full (typos, unfinished words) in the reader's language and the one
//! the text was identified as; in the others only words they really
//! contain count, so a Portuguese word typed in an English session is
//! found without expanding every word in nine dictionaries.

pub mod analysis;
mod lang_index;
pub mod results;
mod shown;
mod snowball;
mod stopwords;

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use serde::Serialize;
use tantivy::directory::RamDirectory;
use tantivy::schema::{
    Field, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing, TextOptions, Value,
};
use tantivy::tokenizer::{PreTokenizedString, TextAnalyzer, TokenizerManager};
use tantivy::{Index, TantivyDocument, doc};

use crate::knowledge::render::plain_text;
use crate::knowledge::{ArticleText, Knowledge};
use crate::lang::Lang;
use analysis::{Analyzer, LangTokenizer};
use lang_index::{LangIndex, Lookup, script_matches};
use shown::{Shown, ShownText};

pub use results::SearchResult;

/// The most results a caller may ask for.
pub const MAX_LIMIT: usize = 20;
/// The longest query accepted, in characters.
pub const MAX_QUERY_CHARS: usize = 1000;

/// A result must match words carrying at least this share of the query's
/// weight (rare words weigh more)...
const MIN_COVERAGE: f32 = 0.3;
/// ... and score at least this (BM25 plus typo matches, weighted).
const MIN_SCORE: f32 = 5.0;
/// Nothing is found for a question more than this share of whose words
/// the reader's language lacks (a word found only with a typo counts a
/// quarter).
const MAX_STRANGE_SHARE: f32 = 0.4;
/// How much a word the reader's language lacks weighs against coverage.
const UNKNOWN_WORD_WEIGHT: f32 = 2.0;
/// A match in another language than the reader's counts a little less.
const OTHER_LANGUAGE_WEIGHT: f32 = 0.8;

const TOKENIZER: &str = "balcao";

/// The article fields, with how much a match in each counts.
const FIELDS: [(FieldName, f32); 5] = [
    (FieldName::Title, 3.0),
    (FieldName::Keywords, 2.5),
    (FieldName::Questions, 2.0),
    (FieldName::Summary, 1.5),
    (FieldName::Body, 1.0),
];

#[derive(Debug, thiserror::Error)]
#[error("building the search index: {0}")]
pub struct IndexError(#[from] tantivy::TantivyError);

/// Where in an article a word matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FieldName {
    Title,
    Keywords,
    Questions,
    Summary,
    Body,
}

impl FieldName {
    fn as_str(self) -> &'static str {
        match self {
            FieldName::Title => "title",
            FieldName::Keywords => "keywords",
            FieldName::Questions => "questions",
            FieldName::Summary => "summary",
            FieldName::Body => "body",
        }
    }
}

/// How a query word matched an indexed term.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum MatchKind {
    Exact,
    /// Within a typo or two.
    Typo,
    /// The start of a longer word, while the user is typing.
    Prefix,
}

/// One reason an article matched: a query word, the indexed term it
/// matched, where, and how much it added.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TermMatch {
    pub word: String,
    pub term: String,
    pub kind: MatchKind,
    pub field: FieldName,
    pub score: f32,
}

/// One match of a query: an article and how well it matched.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub id: String,
    pub score: f32,
    /// The language whose text matched best.
    pub matched_lang: Lang,
    /// Share of the query's weight the article matched.
    pub coverage: f32,
    /// The matches behind the score, when an explanation was asked for.
    pub why: Vec<TermMatch>,
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
    /// Keep the matches behind each hit's score.
    pub explain: bool,
}

struct LangPart {
    index: LangIndex,
    analyzer: Analyzer,
    /// The texts its results show.
    shown: Shown,
}

/// The index over all articles in all languages, one small index per
/// language so each has its own analyser, with the texts results show.
pub struct SearchIndex {
    /// Shared with the index built before when the language's texts did
    /// not change.
    langs: Vec<Arc<LangPart>>,
    any_stop_words: HashSet<&'static str>,
}

/// One article's texts in one language as readers see them (facts filled
/// in), formatted once for the index, the results and the language
/// identifier.
#[derive(PartialEq, Eq)]
pub struct ArticleTexts {
    pub lang: Lang,
    pub id: String,
    pub text: ArticleText,
    /// The body without its markup.
    pub plain_body: String,
}

impl ArticleTexts {
    /// Every article in every language it has.
    pub fn all(k: &Knowledge) -> Vec<ArticleTexts> {
        Lang::ALL
            .iter()
            .flat_map(|lang| {
                k.articles.iter().filter_map(move |a| {
                    let text = k.article_text(&a.id, *lang)?;
                    Some(ArticleTexts {
                        lang: *lang,
                        id: a.id.clone(),
                        plain_body: plain_text(&text.body),
                        text,
                    })
                })
            })
            .collect()
    }
}

impl SearchIndex {
    /// Indexes every article of every language.
    pub fn build(k: &Knowledge) -> Result<Self, IndexError> {
        Self::build_from(&ArticleTexts::all(k))
    }

    /// Indexes texts already formatted, one language per task on two
    /// threads (the languages' indexes are independent).
    pub fn build_from(texts: &[ArticleTexts]) -> Result<Self, IndexError> {
        Self::build_reusing(texts, None)
    }

    /// [`SearchIndex::build_from`], taking each language whose texts are
    /// those `before` was built from from it (an edit changes one).
    pub fn build_reusing<'a>(
        texts: &'a [ArticleTexts],
        before: Option<(&'a [ArticleTexts], &SearchIndex)>,
    ) -> Result<Self, IndexError> {
        let reused = |lang: Lang| {
            let (was, index) = before?;
            let part = index.part(lang)?;
            let of = |t: &'a [ArticleTexts]| t.iter().filter(move |a| a.lang == lang);
            of(was).eq(of(texts)).then(|| part.clone())
        };
        let halves = [&Lang::ALL[..4], &Lang::ALL[4..]];
        let built: Vec<Result<Vec<Arc<LangPart>>, IndexError>> = std::thread::scope(|scope| {
            let tasks: Vec<_> = halves
                .iter()
                .map(|langs| {
                    scope.spawn(move || {
                        langs
                            .iter()
                            .map(|lang| match reused(*lang) {
                                Some(part) => Ok(part),
                                None => build_lang(*lang, texts).map(Arc::new),
                            })
                            .collect::<Result<Vec<_>, _>>()
                    })
                })
                .collect();
            tasks
                .into_iter()
                .map(|t| t.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
                .collect()
        });
        let mut langs = Vec::new();
        for half in built {
            langs.extend(half?);
        }
        Ok(SearchIndex {
            langs,
            any_stop_words: analysis::any_stop_words(),
        })
    }

    fn part(&self, lang: Lang) -> Option<&Arc<LangPart>> {
        self.langs.iter().find(|p| p.index.lang == lang)
    }

    /// The texts a result shows of article `id` in `lang`.
    pub fn shown(&self, id: &str, lang: Lang) -> Option<&ShownText> {
        self.part(lang)?.shown.get(id)
    }

    /// Whether both indexes hold the same index of `lang`, not two alike.
    #[cfg(test)]
    pub(crate) fn shares(&self, other: &SearchIndex, lang: Lang) -> bool {
        matches!((self.part(lang), other.part(lang)), (Some(a), Some(b)) if Arc::ptr_eq(a, b))
    }

    /// Number of indexed article texts (articles × languages).
    pub fn documents(&self) -> u64 {
        self.langs.iter().map(|l| l.index.ids.len() as u64).sum()
    }

    /// Finds articles for a query in any of the nine languages, best first.
    /// Never fails: text that cannot be understood finds nothing.
    pub fn search(&self, q: &SearchQuery) -> Vec<Hit> {
        let mut best: HashMap<&str, Hit> = HashMap::new();
        let is_primary =
            |p: &&Arc<LangPart>| p.index.lang == q.lang || Some(p.index.lang) == q.detected;
        // The reader's and the identified language first: the words they
        // lack are what another language must know for its matches to
        // count.
        let parts = self.langs.iter().filter(is_primary);
        let parts = parts.chain(self.langs.iter().filter(|p| !is_primary(p)));
        // Each content word of the question, with how strange the primary
        // languages found it (the least of them).
        let mut words: Vec<(&str, f32)> = Vec::new();
        for part in parts {
            let lang = part.index.lang;
            let primary = is_primary(&part);
            // A text identified with confidence is searched in its language
            // and the reader's; otherwise (a name, an abbreviation, mixed
            // languages) the others may hold its words.
            if !primary && (q.detected.is_some() || !script_matches(lang, q.text)) {
                continue;
            }
            let weight = if primary { 1.0 } else { OTHER_LANGUAGE_WEIGHT };
            let is_stop_word = |w: &str| {
                if primary {
                    part.analyzer.is_stop_word(w)
                } else {
                    analysis::is_in(&self.any_stop_words, w)
                }
            };
            let how = Lookup {
                fuzzy: primary,
                prefix_last: primary && q.as_you_type,
                unknown_weight: if primary { UNKNOWN_WORD_WEIGHT } else { 0.0 },
                is_stop_word: &is_stop_word,
            };
            let terms = part.index.query_terms(&part.analyzer, q.text, &how);
            if primary {
                for t in &terms {
                    match words.iter_mut().find(|(w, _)| *w == t.word) {
                        Some((_, s)) => *s = s.min(t.strangeness()),
                        None => words.push((t.word, t.strangeness())),
                    }
                }
            }
            if terms.iter().all(|t| t.matches.is_empty()) {
                continue;
            }
            // A question whose words the articles mostly lack is about
            // something else, however well one word matches; in another
            // language, the words neither it nor the primary ones know
            // ("рецепт борщу": a prescription, in Russian, is no answer to
            // a recipe asked in Ukrainian).
            let strange = if primary {
                terms.iter().map(|t| t.strangeness()).sum::<f32>() / terms.len() as f32
            } else {
                let known = |w: &str| terms.iter().any(|t| t.word == w);
                let lacking: f32 = words
                    .iter()
                    .filter(|(w, _)| !known(w))
                    .map(|(_, s)| s)
                    .sum();
                lacking / words.len().max(1) as f32
            };
            if strange > MAX_STRANGE_SHARE {
                continue;
            }
            let mut why = Vec::new();
            let scored = part.index.score(&terms, q.explain.then_some(&mut why));
            for s in scored {
                let score = s.score * (0.5 + s.coverage) * weight;
                if s.coverage < MIN_COVERAGE || score < MIN_SCORE {
                    continue;
                }
                let id = part.index.ids[s.doc].as_str();
                if best.get(id).is_some_and(|h| h.score >= score) {
                    continue;
                }
                let mut reasons: Vec<TermMatch> = why
                    .iter()
                    .filter(|(d, _)| *d == s.doc)
                    .map(|(_, m)| m.clone())
                    .collect();
                reasons.sort_by(|a, b| b.score.total_cmp(&a.score));
                best.insert(
                    id,
                    Hit {
                        id: id.to_string(),
                        score,
                        matched_lang: lang,
                        coverage: s.coverage,
                        why: reasons,
                    },
                );
            }
        }
        let mut hits: Vec<Hit> = best.into_values().collect();
        hits.sort_by(|a, b| b.score.total_cmp(&a.score).then_with(|| a.id.cmp(&b.id)));
        hits.truncate(q.limit);
        hits
    }
}

/// One language's index, from its texts analysed once: each field's
/// tokens go to the index as they are, and to the `all` field, and the
/// sentences keep their terms for snippets.
fn build_lang(lang: Lang, texts: &[ArticleTexts]) -> Result<LangPart, IndexError> {
    let text = || {
        TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(TOKENIZER)
                .set_index_option(IndexRecordOption::WithFreqs),
        )
    };
    let mut sb = Schema::builder();
    let id = sb.add_text_field("id", STRING | STORED);
    let fields: Vec<(FieldName, Field, f32)> = FIELDS
        .iter()
        .map(|(name, boost)| (*name, sb.add_text_field(name.as_str(), text()), *boost))
        .collect();
    // Everything at once: which terms an article has at all, and the
    // dictionary typos are looked up in.
    let all = sb.add_text_field(
        "all",
        TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(TOKENIZER)
                .set_index_option(IndexRecordOption::Basic),
        ),
    );
    let tokenizers = TokenizerManager::default();
    tokenizers.register(TOKENIZER, TextAnalyzer::from(LangTokenizer::new(lang)));
    // One segment written on this thread, without the merging machinery of
    // an index that grows: the index is built whole and never changes.
    let mut writer = Index::builder()
        .schema(sb.build())
        .tokenizers(tokenizers)
        .single_segment_index_writer(RamDirectory::create(), 1_000_000)?;
    let analyzer = Analyzer::new(lang);
    let mut shown = Shown::default();
    let mut phrases = Vec::new();
    for a in texts.iter().filter(|a| a.lang == lang) {
        let t = &a.text;
        let summary = analyzer.sentences(&t.summary);
        let body = analyzer.sentences(&a.plain_body);
        let field_tokens = [
            analyzer.tokens(&t.title),
            analyzer.tokens(&t.keywords),
            analyzer.tokens(&t.questions),
            summary
                .iter()
                .flat_map(|s| s.tokens.iter().cloned())
                .collect(),
            body.iter().flat_map(|s| s.tokens.iter().cloned()).collect(),
        ];
        // Title, keywords and example questions name things: their word
        // runs (a keyword ends at a comma, a question at its line's end).
        for (text, tokens) in [&t.title, &t.keywords, &t.questions]
            .into_iter()
            .zip(&field_tokens)
        {
            let mut run: Vec<String> = Vec::new();
            let mut end = 0;
            for token in tokens {
                if text[end..token.offset_from].contains([',', '\n']) {
                    if run.len() > 1 {
                        phrases.push((a.id.clone(), std::mem::take(&mut run)));
                    }
                    run.clear();
                }
                end = token.offset_to;
                if !analyzer.is_stop_word(&text[token.offset_from..token.offset_to]) {
                    run.push(token.text.clone());
                }
            }
            if run.len() > 1 {
                phrases.push((a.id.clone(), run));
            }
        }
        let mut d = doc!(id => a.id.clone());
        let mut everything = Vec::new();
        for ((_, field, _), tokens) in fields.iter().zip(field_tokens) {
            everything.extend(tokens.iter().cloned());
            d.add_pre_tokenized_text(*field, pre_tokenized(tokens));
        }
        d.add_pre_tokenized_text(all, pre_tokenized(everything));
        writer.add_document(d)?;
        shown.add(
            &a.id,
            t.title.clone(),
            t.summary.clone(),
            summary.into_iter().chain(body),
        );
    }
    let index = writer.finalize()?;
    let searcher = index.reader()?.searcher();
    let ids = {
        let searcher = searcher.clone();
        move |segment: u32, doc: u32| {
            let d: TantivyDocument = searcher.doc(tantivy::DocAddress::new(segment, doc)).ok()?;
            d.get_first(id).and_then(|v| v.as_str()).map(str::to_string)
        }
    };
    analyzer.forget();
    Ok(LangPart {
        index: LangIndex::new(lang, searcher, &fields, all, ids, phrases)?,
        analyzer,
        shown,
    })
}

/// Tokens as tantivy takes text analysed beforehand; only the terms count,
/// so the text itself is left empty and positions are renumbered.
fn pre_tokenized(mut tokens: Vec<tantivy::tokenizer::Token>) -> PreTokenizedString {
    for (i, t) in tokens.iter_mut().enumerate() {
        t.position = i;
    }
    PreTokenizedString {
        text: String::new(),
        tokens,
    }
}
