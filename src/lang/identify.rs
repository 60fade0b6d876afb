//! Which of the nine languages a piece of free text is in.
//!
//! General-purpose detectors do not know Kriolu, so this is a small naive
//! Bayes classifier over character n-grams, trained on the project's own texts
//! (articles, keywords and UI strings) in each language.

use std::collections::HashMap;

use super::Lang;

const MAX_N: usize = 3;
/// Add-alpha smoothing: unseen n-grams cost, but do not veto a language.
const ALPHA: f64 = 0.5;
/// Average log-likelihood lead per n-gram the winner needs to be "confident".
const CONFIDENT_MARGIN: f64 = 0.35;
/// Fewer letters than this is too little to tell languages apart.
const MIN_LETTERS: usize = 6;

/// The result of identifying a text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Detection {
    pub lang: Lang,
    /// True when the text is long enough and the winner leads clearly.
    pub confident: bool,
    /// The winner's average log-likelihood lead over the runner-up.
    pub margin: f64,
}

/// Character n-gram profiles for the nine languages, kept as each n-gram's
/// log-probability in every language, so identifying a text looks each of
/// its n-grams up once rather than once per language.
#[derive(Default)]
pub struct Identifier {
    /// The languages trained, in [`Lang::ALL`] order.
    langs: Vec<Lang>,
    /// n-gram → its log-probability in each of `langs`.
    grams: HashMap<String, Vec<f64>>,
    /// Log-probability of an n-gram a language never showed, per length.
    unseen: Vec<[f64; MAX_N]>,
}

impl Identifier {
    /// Trains profiles from texts known to be in each language.
    pub fn train<'a>(texts: impl IntoIterator<Item = (Lang, &'a str)>) -> Self {
        let mut counts: HashMap<Lang, [HashMap<String, u32>; MAX_N]> = HashMap::new();
        let mut totals: HashMap<Lang, [u64; MAX_N]> = HashMap::new();
        for (lang, text) in texts {
            let c = counts.entry(lang).or_default();
            let t = totals.entry(lang).or_default();
            for_each_ngram(text, |n, g| {
                // Most n-grams were seen before: allocate only for new ones.
                match c[n - 1].get_mut(g) {
                    Some(count) => *count += 1,
                    None => {
                        c[n - 1].insert(g.to_string(), 1);
                    }
                }
                t[n - 1] += 1;
            });
        }
        let langs: Vec<Lang> = Lang::ALL
            .into_iter()
            .filter(|l| counts.contains_key(l))
            .collect();
        let mut vocab = [0usize; MAX_N];
        for (i, v) in vocab.iter_mut().enumerate() {
            let mut all: Vec<&String> = counts.values().flat_map(|c| c[i].keys()).collect();
            all.sort();
            all.dedup();
            *v = all.len().max(1);
        }
        let denom = |lang: &Lang, i: usize| totals[lang][i] as f64 + ALPHA * vocab[i] as f64;
        let unseen = langs
            .iter()
            .map(|l| std::array::from_fn(|i| (ALPHA / denom(l, i)).ln()))
            .collect();
        let mut grams: HashMap<String, Vec<f64>> = HashMap::new();
        for (i, _) in vocab.iter().enumerate() {
            for c in counts.values() {
                for g in c[i].keys() {
                    grams.entry(g.clone()).or_insert_with(|| {
                        langs
                            .iter()
                            .map(|l| {
                                let seen = counts[l][i].get(g).copied().unwrap_or(0) as f64;
                                ((seen + ALPHA) / denom(l, i)).ln()
                            })
                            .collect()
                    });
                }
            }
        }
        Identifier {
            langs,
            grams,
            unseen,
        }
    }

    /// Identifies `text`; `None` when it has no letters to go on or no
    /// language of its script was trained.
    pub fn identify(&self, text: &str) -> Option<Detection> {
        let (cyrillic, latin) = text.chars().fold((0usize, 0usize), |(c, l), ch| {
            if is_cyrillic(ch) {
                (c + 1, l)
            } else if ch.is_alphabetic() {
                (c, l + 1)
            } else {
                (c, l)
            }
        });
        if cyrillic + latin == 0 {
            return None;
        }
        // The script settles most of it: a Cyrillic sentence with "NIF" or
        // "AIMA" in it is still Ukrainian, Russian or Belarusian.
        let want_cyrillic = cyrillic > latin;
        let candidates: Vec<usize> = (0..self.langs.len())
            .filter(|i| self.langs[*i].is_cyrillic() == want_cyrillic)
            .collect();
        let mut totals = vec![0.0f64; self.langs.len()];
        let mut grams = 0usize;
        for_each_ngram(text, |n, g| {
            grams += 1;
            // Longer n-grams carry more evidence about the language.
            let weight = n as f64;
            match self.grams.get(g) {
                Some(p) => candidates.iter().for_each(|i| totals[*i] += weight * p[*i]),
                None => candidates
                    .iter()
                    .for_each(|i| totals[*i] += weight * self.unseen[*i][n - 1]),
            }
        });
        let mut scores: Vec<(Lang, f64)> = candidates
            .iter()
            .map(|i| (self.langs[*i], totals[*i]))
            .collect();
        scores.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        let (lang, best) = *scores.first()?;
        let second = scores.get(1).map(|s| s.1).unwrap_or(f64::NEG_INFINITY);
        let margin = if grams == 0 {
            0.0
        } else {
            (best - second) / grams as f64
        };
        let letters = if want_cyrillic { cyrillic } else { latin };
        Some(Detection {
            lang,
            confident: letters >= MIN_LETTERS && margin >= CONFIDENT_MARGIN,
            margin,
        })
    }
}

fn is_cyrillic(c: char) -> bool {
    ('\u{0400}'..='\u{04FF}').contains(&c)
}

/// Calls `f(n, gram)` for every 1..=3-gram of every word, padded with spaces
/// so word beginnings and endings count. All-capital words (NIF, AIMA, SNS)
/// are official acronyms shared by every language and are skipped.
fn for_each_ngram(text: &str, mut f: impl FnMut(usize, &str)) {
    let mut buf = String::new();
    for word in text.split(|c: char| !(c.is_alphabetic() || c == '\'' || c == '’')) {
        let letters = word.chars().filter(|c| c.is_alphabetic()).count();
        if letters == 0 || (letters >= 2 && word.chars().all(|c| !c.is_lowercase())) {
            continue;
        }
        let padded: Vec<char> = std::iter::once(' ')
            .chain(word.chars().flat_map(char::to_lowercase))
            .chain(std::iter::once(' '))
            .collect();
        for n in 1..=MAX_N {
            for w in padded.windows(n) {
                if n == 1 && w[0] == ' ' {
                    continue;
                }
                buf.clear();
                buf.extend(w);
                f(n, &buf);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tiny() -> Identifier {
        Identifier::train([
            (
                Lang::Pt,
                "onde posso pedir o número de contribuinte e a autorização de residência",
            ),
            (
                Lang::Es,
                "dónde puedo pedir el número de identificación y el permiso de residencia",
            ),
            (
                Lang::Uk,
                "де я можу отримати дозвіл на проживання і податковий номер",
            ),
            (
                Lang::Ru,
                "где я могу получить вид на жительство и налоговый номер",
            ),
        ])
    }

    #[test]
    fn acronyms_do_not_pull_a_cyrillic_sentence_to_latin() {
        let d = tiny().identify("де отримати NIF і AIMA дозвіл").unwrap();
        assert_eq!(d.lang, Lang::Uk);
    }

    #[test]
    fn text_without_letters_is_not_identified() {
        assert_eq!(tiny().identify("123 456 !!"), None);
    }

    #[test]
    fn very_short_text_is_never_confident() {
        let d = tiny().identify("onde").unwrap();
        assert!(!d.confident);
    }
}
