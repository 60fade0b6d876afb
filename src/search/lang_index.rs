//! One language's part of the index, and how a query is scored against it:
//! BM25 over the article fields read straight from tantivy's postings,
//! typo and prefix expansion for words the language's dictionary lacks,
//! and coverage weighted by how rare each matched word is, so the topical
//! words of a long question count and its small talk does not.

use std::collections::HashMap;
use std::sync::Arc;

use tantivy::fieldnorm::FieldNormReader;
use tantivy::postings::Postings;
use tantivy::query::FuzzyTermQuery;
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{DocSet, InvertedIndexReader, Searcher, TERMINATED, Term};

use super::analysis::Analyzer;
use super::{FIELDS, FieldName, MatchKind, TermMatch};
use crate::lang::Lang;

/// BM25's usual constants.
const K1: f32 = 1.2;
const B: f32 = 0.75;
/// Only the first meaningful words of a long question are used: enough to
/// find the topic, and a bound on work per query.
const MAX_QUERY_TERMS: usize = 32;
/// A short prefix could stand for hundreds of terms; the first ones do.
const MAX_EXPANSIONS: usize = 40;
/// A typo or an unfinished word counts as a fraction of an exact match.
const TYPO_WEIGHT: f32 = 0.4;
const PREFIX_WEIGHT: f32 = 0.6;
/// What two query words side by side that an article names together add,
/// as a share of their rarity.
const PAIR_WEIGHT: f32 = 1.0;
const PAIR_MATCHES: usize = 3;

/// One indexed field of one segment, ready to read postings from.
struct FieldReader {
    name: FieldName,
    field: Field,
    boost: f32,
    postings: Arc<InvertedIndexReader>,
    norms: FieldNormReader,
    avg_len: f32,
}

struct Segment {
    /// Index of the segment's first document in `LangIndex::ids`.
    base: usize,
    fields: Vec<FieldReader>,
    all: Arc<InvertedIndexReader>,
}

pub struct LangIndex {
    pub lang: Lang,
    /// Articles by the pairs of words next to each other in their titles,
    /// keywords and example questions ("residence permit", "user
    /// number"): a query with both words side by side names that thing.
    pairs: HashMap<String, HashMap<String, Vec<u32>>>,
    /// Kept so the segments the readers point into stay open.
    _searcher: Searcher,
    all_field: Field,
    segments: Vec<Segment>,
    /// Article id of each document, numbered across segments.
    pub ids: Vec<String>,
}

/// How query words are looked up in one language.
pub struct Lookup<'a> {
    /// Typo matches for words the dictionary lacks.
    pub fuzzy: bool,
    /// The last word may be unfinished.
    pub prefix_last: bool,
    /// What a word the language lacks weighs against coverage (0: nothing).
    pub unknown_weight: f32,
    /// Words left out.
    pub is_stop_word: &'a dyn Fn(&str) -> bool,
}

/// A query word as searched in one language: the indexed terms it stands
/// for, each with its kind and weight.
pub struct QueryTerm<'q> {
    pub word: &'q str,
    pub matches: Vec<(String, MatchKind, f32)>,
    /// For each match, how rare it is in each field (0 where the field
    /// lacks it): looked up once, used by coverage and by every score.
    field_idfs: Vec<[f32; FIELDS.len()]>,
    /// How rare the term is in this language (the best of its matches).
    pub idf: f32,
}

impl QueryTerm<'_> {
    /// 1 for a word the language's articles lack, ¼ for one they have
    /// only with a typo, 0 for a word they have.
    pub fn strangeness(&self) -> f32 {
        if self.matches.is_empty() {
            1.0
        } else if self.matches.iter().all(|(_, k, _)| *k == MatchKind::Typo) {
            0.25
        } else {
            0.0
        }
    }
}

/// An article's score in this language, before languages are combined.
pub struct Scored {
    pub doc: usize,
    pub score: f32,
    pub coverage: f32,
}

impl LangIndex {
    pub fn new(
        lang: Lang,
        searcher: Searcher,
        fields: &[(FieldName, Field, f32)],
        all_field: Field,
        ids_of_segment: impl Fn(u32, u32) -> Option<String>,
        phrases: Vec<(String, Vec<String>)>,
    ) -> tantivy::Result<Self> {
        let mut segments = Vec::new();
        let mut ids = Vec::new();
        for (ord, reader) in searcher.segment_readers().iter().enumerate() {
            let docs = reader.max_doc();
            let mut readers = Vec::new();
            for (name, field, boost) in fields {
                let postings = reader.inverted_index(*field)?;
                let avg_len = postings.total_num_tokens() as f32 / docs.max(1) as f32;
                readers.push(FieldReader {
                    name: *name,
                    field: *field,
                    boost: *boost,
                    postings,
                    norms: reader.get_fieldnorms_reader(*field)?,
                    avg_len: avg_len.max(1.0),
                });
            }
            segments.push(Segment {
                base: ids.len(),
                fields: readers,
                all: reader.inverted_index(all_field)?,
            });
            for doc in 0..docs {
                ids.push(ids_of_segment(ord as u32, doc).unwrap_or_default());
            }
        }
        let mut pairs: HashMap<String, HashMap<String, Vec<u32>>> = HashMap::new();
        for (id, terms) in phrases {
            let Some(doc) = ids.iter().position(|i| *i == id) else {
                continue;
            };
            // Either order: "permit for residence" names a residence permit.
            for w in terms.windows(2) {
                for (a, b) in [(&w[0], &w[1]), (&w[1], &w[0])] {
                    let docs = pairs
                        .entry(a.clone())
                        .or_default()
                        .entry(b.clone())
                        .or_default();
                    if !docs.contains(&(doc as u32)) {
                        docs.push(doc as u32);
                    }
                }
            }
        }
        Ok(LangIndex {
            lang,
            pairs,
            _searcher: searcher,
            all_field,
            segments,
            ids,
        })
    }

    fn docs(&self) -> usize {
        self.ids.len()
    }

    /// In how many articles of this language a term occurs.
    fn doc_freq(&self, term: &str) -> u32 {
        let t = Term::from_field_text(self.all_field, term);
        self.segments
            .iter()
            .map(|s| s.all.doc_freq(&t).unwrap_or(0))
            .sum()
    }

    fn idf(&self, df: u32) -> f32 {
        let n = self.docs() as f32;
        let df = df as f32;
        (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
    }

    /// In how many articles of this language field `fi` has a term.
    fn field_doc_freq(&self, fi: usize, term: &str) -> u32 {
        self.segments
            .iter()
            .map(|s| {
                let f = &s.fields[fi];
                f.postings
                    .doc_freq(&Term::from_field_text(f.field, term))
                    .unwrap_or(0)
            })
            .sum()
    }

    /// A term's rarity in each field, 0 where the field lacks it. Its
    /// weight is the rarity where it is rarest: a word in every body but
    /// few titles ("residence") still picks out the articles it names.
    fn field_idfs(&self, term: &str) -> [f32; FIELDS.len()] {
        std::array::from_fn(|fi| match self.field_doc_freq(fi, term) {
            0 => 0.0,
            df => self.idf(df),
        })
    }

    /// The words of `text` as this language's terms, each with the indexed
    /// terms it stands for, as `how` says.
    pub fn query_terms<'q>(
        &self,
        analyzer: &Analyzer,
        text: &'q str,
        how: &Lookup,
    ) -> Vec<QueryTerm<'q>> {
        let Lookup {
            fuzzy,
            prefix_last,
            unknown_weight,
            is_stop_word,
        } = *how;
        let words = analyzer.words(text);
        let last = words.len().saturating_sub(1);
        let mut out: Vec<QueryTerm> = Vec::new();
        let mut seen: Vec<String> = Vec::new();
        for (i, (word, term)) in words.into_iter().enumerate() {
            let prefix = prefix_last && i == last;
            if (is_stop_word(word) && !prefix) || seen.contains(&term) {
                continue;
            }
            let df = self.doc_freq(&term);
            let mut matches = Vec::new();
            if df > 0 {
                matches.push((term.clone(), MatchKind::Exact, 1.0));
            }
            if prefix || (fuzzy && df == 0) {
                self.expand(&term, prefix, &mut matches);
            }
            let field_idfs: Vec<[f32; FIELDS.len()]> =
                matches.iter().map(|(t, _, _)| self.field_idfs(t)).collect();
            let idf = matches
                .iter()
                .zip(&field_idfs)
                .map(|((_, _, w), idfs)| w * idfs.iter().copied().fold(0.0, f32::max))
                .fold(0.0, f32::max);
            seen.push(term);
            // A word this language's articles lack still counts against
            // coverage in the reader's language: "receita de bacalhau" is
            // not a question about prescriptions.
            let idf = if matches.is_empty() {
                unknown_weight
            } else {
                idf
            };
            if idf > 0.0 {
                out.push(QueryTerm {
                    word,
                    matches,
                    field_idfs,
                    idf,
                });
                if out.len() == MAX_QUERY_TERMS {
                    break;
                }
            }
        }
        out
    }

    /// Indexed terms within a typo or two of `term` (longer words allow
    /// more), or starting with it while the user is still typing: one
    /// automaton run over the term dictionary.
    fn expand(&self, term: &str, prefix: bool, out: &mut Vec<(String, MatchKind, f32)>) {
        let len = term.chars().count();
        let distance = match len {
            0..=3 => 0,
            4..=8 => 1,
            _ => 2,
        };
        let t = Term::from_field_text(self.all_field, term);
        let (query, kind, weight) = match (prefix, distance) {
            (true, _) if len >= 2 => (
                FuzzyTermQuery::new_prefix(t, u8::from(len >= 5), true),
                MatchKind::Prefix,
                PREFIX_WEIGHT,
            ),
            (false, d) if d > 0 => (
                FuzzyTermQuery::new(t, d, true),
                MatchKind::Typo,
                TYPO_WEIGHT,
            ),
            _ => return,
        };
        let Ok(automaton) = query.automaton() else {
            return;
        };
        for segment in &self.segments {
            let Ok(mut stream) = segment.all.terms().search(&automaton).into_stream() else {
                continue;
            };
            while stream.advance() && out.len() < MAX_EXPANSIONS {
                if let Ok(found) = std::str::from_utf8(stream.key())
                    && !out.iter().any(|(t, _, _)| t == found)
                    && (prefix || typo_is_plausible(term, found))
                {
                    out.push((found.to_string(), kind, weight));
                }
            }
        }
    }

    /// Scores every article that matches a query term. `why`, when given,
    /// receives each match's contribution for explanations.
    pub fn score(
        &self,
        terms: &[QueryTerm],
        mut why: Option<&mut Vec<(usize, TermMatch)>>,
    ) -> Vec<Scored> {
        let n = self.docs();
        // Per article and query term: the term's score (the best of its
        // matches in each field, summed over fields).
        let mut per_term = vec![0f32; n * terms.len()];
        let mut best = vec![0f32; n];
        for (ti, qt) in terms.iter().enumerate() {
            for fi in 0..FIELDS.len() {
                best.iter_mut().for_each(|b| *b = 0.0);
                for ((text, kind, weight), idfs) in qt.matches.iter().zip(&qt.field_idfs) {
                    let idf = idfs[fi];
                    if idf == 0.0 {
                        continue;
                    }
                    for segment in &self.segments {
                        let f = &segment.fields[fi];
                        let term = Term::from_field_text(f.field, text);
                        let Ok(Some(mut postings)) = f
                            .postings
                            .read_postings(&term, IndexRecordOption::WithFreqs)
                        else {
                            continue;
                        };
                        while postings.doc() != TERMINATED {
                            let doc = postings.doc();
                            let tf = postings.term_freq() as f32;
                            let len = f.norms.fieldnorm(doc) as f32;
                            let norm = K1 * (1.0 - B + B * len / f.avg_len);
                            let s = weight * f.boost * idf * tf * (K1 + 1.0) / (tf + norm);
                            let d = segment.base + doc as usize;
                            if s > best[d] {
                                best[d] = s;
                            }
                            if let Some(why) = why.as_deref_mut() {
                                why.push((
                                    d,
                                    TermMatch {
                                        word: qt.word.to_string(),
                                        term: text.clone(),
                                        kind: *kind,
                                        field: f.name,
                                        score: s,
                                    },
                                ));
                            }
                            postings.advance();
                        }
                    }
                }
                for (d, b) in best.iter().enumerate() {
                    per_term[d * terms.len() + ti] += b;
                }
            }
        }
        let total_idf: f32 = terms.iter().map(|t| t.idf).sum();
        let named = self.pairs_named(terms);
        (0..n)
            .filter_map(|d| {
                let row = &per_term[d * terms.len()..(d + 1) * terms.len()];
                let score: f32 = row.iter().sum::<f32>() + PAIR_WEIGHT * named[d];
                if score <= 0.0 {
                    return None;
                }
                let matched: f32 = row
                    .iter()
                    .zip(terms)
                    .filter(|(s, _)| **s > 0.0)
                    .map(|(_, t)| t.idf)
                    .sum();
                Some(Scored {
                    doc: d,
                    score,
                    coverage: matched / total_idf.max(f32::EPSILON),
                })
            })
            .collect()
    }
}

impl LangIndex {
    /// Per article, the rarity of the word pairs the query has side by side
    /// and the article names.
    fn pairs_named(&self, terms: &[QueryTerm]) -> Vec<f32> {
        let mut out = vec![0f32; self.docs()];
        for w in terms.windows(2) {
            let mut found: Vec<(u32, f32)> = Vec::new();
            // A word's closest matches only: a prefix may stand for dozens.
            for (a, _, wa) in w[0].matches.iter().take(PAIR_MATCHES) {
                let Some(next) = self.pairs.get(a) else {
                    continue;
                };
                for (b, _, wb) in w[1].matches.iter().take(PAIR_MATCHES) {
                    let Some(docs) = next.get(b) else {
                        continue;
                    };
                    let value = wa * w[0].idf + wb * w[1].idf;
                    for d in docs {
                        match found.iter_mut().find(|(x, _)| x == d) {
                            Some((_, v)) => *v = v.max(value),
                            None => found.push((*d, value)),
                        }
                    }
                }
            }
            for (d, v) in found {
                out[d as usize] += v;
            }
        }
        out
    }
}

/// Whether an indexed term is a plausible typo of a query term: it keeps
/// the first letter and, for a stem of four letters, its length. Otherwise
/// other words of the language pass for typos ("tarte" for "carte",
/// "pommes" for "commune", "mâine" for "mine").
fn typo_is_plausible(term: &str, found: &str) -> bool {
    let len = term.chars().count();
    found.chars().next() == term.chars().next() && (len > 4 || found.chars().count() >= len)
}

/// Whether `text` has letters in the script `lang` is written in, so a
/// query in Cyrillic is not analysed as Portuguese and the reverse.
pub fn script_matches(lang: Lang, text: &str) -> bool {
    let cyrillic = |c: char| ('\u{0400}'..='\u{04FF}').contains(&c);
    if lang.is_cyrillic() {
        text.chars().any(cyrillic)
    } else {
        text.chars().any(|c| c.is_alphanumeric() && !cyrillic(c))
    }
}
