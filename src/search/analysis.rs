//! Turning text into search terms, the same way for articles and queries:
//! words (apostrophes kept inside Ukrainian and Belarusian words), lowercase,
//! diacritics folded so "saude" finds "saúde", and a stem per language.

use std::collections::{HashMap, HashSet};
use std::sync::Mutex;

use rust_stemmers::{Algorithm, Stemmer};
use tantivy::tokenizer::{Token, TokenStream, Tokenizer};
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use super::shown::Sentence;
use super::stopwords;
use crate::lang::Lang;

/// Longer "words" are pasted junk, not terms worth indexing.
const MAX_WORD_CHARS: usize = 40;

/// Suffixes stripped from Ukrainian and Belarusian words (after folding),
/// longest first: no maintained stemmer exists for them, and fuzzy matching
/// covers the rest.
const UK_SUFFIXES: &[&str] = &[
    "ами", "ями", "ові", "еві", "ого", "ому", "ими", "ися", "ться", "ння", "ах", "ях", "ом", "ем",
    "ою", "ею", "ии", "их", "ие", "еи", "ои", "ся", "ам", "ям", "ів", "ев", "а", "я", "у", "ю",
    "і", "и", "о", "е", "ь",
];
const BE_SUFFIXES: &[&str] = &[
    "амі", "ямі", "ага", "аму", "ымі", "цца", "цца", "нне", "ам", "ям", "ах", "ях", "ом", "ем",
    "ою", "аи", "ыи", "ую", "ых", "ыя", "ць", "ся", "оу", "еу", "а", "я", "у", "ю", "і", "ы", "о",
    "е", "ь",
];

/// Folds a lowercase word: strips combining marks (á→a, ç→c, ș→s, й→и, ї→і,
/// ў→у, ё→е) and maps the few letters that do not decompose.
fn fold(word: &str) -> String {
    if word.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return word.to_string();
    }
    word.nfd()
        .filter(|c| !is_combining_mark(*c))
        .map(|c| match c {
            'ґ' => 'г',
            'ß' => 's',
            '’' | 'ʼ' | '‘' | '`' => '\'',
            c => c,
        })
        .collect()
}

fn stemmer(lang: Lang) -> Option<Stemmer> {
    let algo = match lang {
        Lang::Pt => Algorithm::Portuguese,
        Lang::En => Algorithm::English,
        Lang::Fr => Algorithm::French,
        Lang::Es => Algorithm::Spanish,
        Lang::Ru => Algorithm::Russian,
        Lang::Ro => Algorithm::Romanian,
        Lang::Uk | Lang::Be | Lang::Kea => return None,
    };
    Some(Stemmer::create(algo))
}

fn strip_suffix(word: &str, suffixes: &[&str]) -> String {
    for s in suffixes {
        if let Some(stem) = word.strip_suffix(s)
            && stem.chars().count() >= 3
        {
            return stem.to_string();
        }
    }
    word.to_string()
}

/// A word with its byte offsets in the original text.
pub struct Word<'a> {
    pub text: &'a str,
    pub from: usize,
    pub to: usize,
}

/// Splits text into words. Apostrophes join letters (м'ясо, sim'ya,
/// aujourd'hui) but never start or end a word.
/// Whether a character belongs in a word. Letters of the nine languages'
/// alphabets (Latin-1, Latin Extended-A and B, Cyrillic) are answered
/// without Unicode's general tables, which were the index build's slowest
/// step.
fn in_word(c: char) -> bool {
    match c {
        _ if c.is_ascii() => c.is_ascii_alphanumeric(),
        '×' | '÷' => false,
        '\u{00C0}'..='\u{024F}' => true,
        '\u{0400}'..='\u{0481}' | '\u{048A}'..='\u{04FF}' => true,
        _ => c.is_alphanumeric(),
    }
}

pub fn words(text: &str) -> Vec<Word<'_>> {
    let is_apostrophe = |c: char| matches!(c, '\'' | '’' | 'ʼ' | '‘' | '`');
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let inside = in_word(c)
            || (is_apostrophe(c)
                && start.is_some()
                && chars.peek().is_some_and(|(_, n)| in_word(*n)));
        match (inside, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(Word {
                    text: &text[s..i],
                    from: s,
                    to: i,
                });
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(Word {
            text: &text[s..],
            from: s,
            to: text.len(),
        });
    }
    out
}

/// The search term for one word in `lang`, or `None` for junk.
pub fn term(lang: Lang, stemmer: Option<&Stemmer>, word: &str) -> Option<String> {
    if word.chars().count() > MAX_WORD_CHARS {
        return None;
    }
    let lower = word.to_lowercase();
    let t = if lang.is_cyrillic() {
        // Russian stemming needs й and ё-free endings intact: stem first,
        // then fold for typo tolerance.
        let lower = lower.replace('ё', "е");
        let stemmed = match (lang, stemmer) {
            (_, Some(s)) => s.stem(&lower).into_owned(),
            (Lang::Uk, None) => strip_suffix(&fold(&lower), UK_SUFFIXES),
            (_, None) => strip_suffix(&fold(&lower), BE_SUFFIXES),
        };
        fold(&stemmed)
    } else {
        // Latin: fold first, so a query typed without accents stems like the
        // accented text ("informacao" and "informação").
        let folded = fold(&lower);
        let folded = if lang == Lang::En {
            british(&folded)
        } else {
            folded
        };
        match stemmer {
            Some(s) => s.stem(&folded).into_owned(),
            None => folded,
        }
    };
    (!t.is_empty()).then_some(t)
}

/// American spellings of words the English articles use, by their
/// British stem: the articles write "licence", readers often "license".
const AMERICAN: &[(&str, &str)] = &[
    ("license", "licence"),
    ("center", "centre"),
    ("labor", "labour"),
    ("enroll", "enrol"),
    ("program", "programme"),
    ("pediatric", "paediatric"),
    ("color", "colour"),
    ("neighbor", "neighbour"),
    ("favor", "favour"),
    ("honor", "honour"),
    ("behavior", "behaviour"),
    ("counselor", "counsellor"),
    ("fulfill", "fulfil"),
    ("defense", "defence"),
    ("offense", "offence"),
    ("fetus", "foetus"),
    ("anemia", "anaemia"),
    ("hospitaliz", "hospitalis"),
];

/// A word in British spelling: the American forms above, and -ize words
/// as -ise ("recognize", "organization").
fn british(word: &str) -> String {
    for (us, uk) in AMERICAN {
        if word.starts_with(uk) {
            break;
        }
        if let Some(rest) = word.strip_prefix(us) {
            // Only the word and its endings, not a longer word it starts
            // ("centering" yes, "programmer" too, "labored" yes).
            if rest.chars().count() <= 4 {
                return format!("{uk}{rest}");
            }
        }
    }
    for (us, uk) in [
        ("ization", "isation"),
        ("izing", "ising"),
        ("ized", "ised"),
        ("izes", "ises"),
        ("ize", "ise"),
    ] {
        if let Some(stem) = word.strip_suffix(us)
            && stem.chars().count() >= 3
        {
            return format!("{stem}{uk}");
        }
    }
    word.to_string()
}

/// All terms of a text.
pub fn analyze(lang: Lang, text: &str) -> Vec<String> {
    let st = stemmer(lang);
    words(text)
        .into_iter()
        .filter_map(|w| term(lang, st.as_ref(), w.text))
        .collect()
}

/// One language's analysis of queries, made once per index: terms with
/// the words they came from, and the language's function words.
pub struct Analyzer {
    lang: Lang,
    stemmer: Option<Stemmer>,
    stop_words: HashSet<&'static str>,
    /// Terms of words seen while indexing: articles repeat their words, and
    /// stemming each occurrence again was most of the index build.
    known: Mutex<HashMap<String, Option<String>>>,
}

impl Analyzer {
    pub fn new(lang: Lang) -> Self {
        Analyzer {
            lang,
            stemmer: stemmer(lang),
            stop_words: stopwords::list(lang).collect(),
            known: Mutex::new(HashMap::new()),
        }
    }

    fn term(&self, word: &str) -> Option<String> {
        let mut known = self.known.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(t) = known.get(word) {
            return t.clone();
        }
        let t = term(self.lang, self.stemmer.as_ref(), word);
        known.insert(word.to_string(), t.clone());
        t
    }

    /// Forgets the words seen while indexing; queries are not remembered.
    pub fn forget(&self) {
        let mut known = self.known.lock().unwrap_or_else(|p| p.into_inner());
        *known = HashMap::new();
    }

    /// Each word of `text` with its term.
    pub fn words<'t>(&self, text: &'t str) -> Vec<(&'t str, String)> {
        words(text)
            .into_iter()
            .filter_map(|w| Some((w.text, term(self.lang, self.stemmer.as_ref(), w.text)?)))
            .collect()
    }

    /// The tokens of a text, as the index takes them.
    pub fn tokens(&self, text: &str) -> Vec<Token> {
        words(text)
            .into_iter()
            .filter_map(|w| {
                Some(Token {
                    offset_from: w.from,
                    offset_to: w.to,
                    position: 0,
                    text: self.term(w.text)?,
                    position_length: 1,
                })
            })
            .collect()
    }

    /// A text cut into sentences (at `.`, `!`, `?` and line ends), each
    /// with its tokens.
    pub fn sentences(&self, text: &str) -> Vec<Sentence> {
        text.split_inclusive(['.', '!', '?', '\n'])
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(|s| Sentence {
                text: s.to_string(),
                tokens: self.tokens(s),
            })
            .collect()
    }

    /// Whether a word is one of the language's function words.
    pub fn is_stop_word(&self, word: &str) -> bool {
        is_in(&self.stop_words, word)
    }
}

/// Whether a word, lowercased and folded, is in a set of function words.
pub fn is_in(words: &HashSet<&'static str>, word: &str) -> bool {
    let lower = word.to_lowercase();
    words.contains(lower.as_str()) || words.contains(fold(&lower).as_str())
}

/// The function words of all nine languages: a word that is small talk in
/// one ("me", "as", "have") must not count as a rare word in another.
pub fn any_stop_words() -> HashSet<&'static str> {
    Lang::ALL.iter().flat_map(|l| stopwords::list(*l)).collect()
}

/// The analyser as a tantivy tokenizer, so the index and the queries agree.
#[derive(Clone)]
pub struct LangTokenizer {
    lang: Lang,
}

impl LangTokenizer {
    pub fn new(lang: Lang) -> Self {
        LangTokenizer { lang }
    }
}

pub struct VecTokenStream {
    tokens: Vec<Token>,
    next: usize,
}

impl TokenStream for VecTokenStream {
    fn advance(&mut self) -> bool {
        self.next += 1;
        self.next <= self.tokens.len()
    }
    fn token(&self) -> &Token {
        &self.tokens[self.next - 1]
    }
    fn token_mut(&mut self) -> &mut Token {
        &mut self.tokens[self.next - 1]
    }
}

impl Tokenizer for LangTokenizer {
    type TokenStream<'a> = VecTokenStream;
    fn token_stream<'a>(&'a mut self, text: &'a str) -> VecTokenStream {
        let st = stemmer(self.lang);
        let tokens = words(text)
            .into_iter()
            .filter_map(|w| {
                let t = term(self.lang, st.as_ref(), w.text)?;
                Some((w.from, w.to, t))
            })
            .enumerate()
            .map(|(position, (from, to, text))| Token {
                offset_from: from,
                offset_to: to,
                position,
                text,
                position_length: 1,
            })
            .collect();
        VecTokenStream { tokens, next: 0 }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accents_do_not_matter() {
        assert_eq!(analyze(Lang::Pt, "saúde"), analyze(Lang::Pt, "saude"));
        assert_eq!(
            analyze(Lang::Pt, "informação"),
            analyze(Lang::Pt, "informacao")
        );
        assert_eq!(analyze(Lang::Es, "niños"), analyze(Lang::Es, "ninos"));
        assert_eq!(analyze(Lang::Ro, "sănătate"), analyze(Lang::Ro, "sanatate"));
    }

    #[test]
    fn american_and_british_spellings_share_a_term() {
        for (us, uk) in [
            ("driver's license", "driving licence"),
            ("health center", "health centre"),
            ("labor inspection", "labour inspection"),
            ("enroll", "enrol"),
            ("recognize", "recognise"),
            ("organization", "organisation"),
            ("pediatrician", "paediatrician"),
            ("programs", "programmes"),
        ] {
            assert_eq!(
                analyze(Lang::En, us).last(),
                analyze(Lang::En, uk).last(),
                "{us}"
            );
        }
        // Other languages keep their words.
        assert_ne!(analyze(Lang::Pt, "center"), analyze(Lang::Pt, "centre"));
    }

    #[test]
    fn apostrophes_stay_inside_ukrainian_words() {
        let w: Vec<&str> = words("сім’я і м'ясо 'quoted'")
            .into_iter()
            .map(|w| w.text)
            .collect();
        assert_eq!(w, vec!["сім’я", "і", "м'ясо", "quoted"]);
        assert_eq!(analyze(Lang::Uk, "сім’я"), analyze(Lang::Uk, "сім'я"));
    }

    #[test]
    fn inflected_forms_share_a_term() {
        assert_eq!(
            analyze(Lang::Ru, "документы"),
            analyze(Lang::Ru, "документов")
        );
        assert_eq!(
            analyze(Lang::Uk, "документи"),
            analyze(Lang::Uk, "документів")
        );
        assert_eq!(analyze(Lang::En, "permits"), analyze(Lang::En, "permit"));
    }

    #[test]
    fn long_junk_is_dropped() {
        assert!(analyze(Lang::En, &"x".repeat(500)).is_empty());
    }
}
