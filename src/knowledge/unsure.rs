//! Where each unconfirmed value stands in an article. A deadline out of its
//! sentence ("48") tells a reader nothing they can act on, so the note names
//! the sentence too. The sentence is found by formatting the text again with
//! the fact standing in for another value: the sentences that change are the
//! ones it is in. This also holds where a plural form or a select moves the
//! value, which searching the text for "48" would not.

use serde::Serialize;

use super::render::{Block, blocks};
use super::{FactArg, Knowledge, facts};
use crate::lang::Lang;

/// Unconfirmed values as a reader meets them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Unsure {
    /// The values as written for the reader.
    pub values: Vec<String>,
    /// The sentence, heading or list item they stand in; `None` when the
    /// text uses a value without showing it in a sentence of its own.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub context: Option<String>,
}

/// A sentence's place in the article, for listing in reading order.
type Place = (usize, usize);

impl Knowledge {
    /// The unconfirmed values an article's text in `lang` shows, grouped by
    /// the sentence they are in, in reading order.
    pub(super) fn unsure_in_article(&self, id: &str, lang: Lang) -> Vec<Unsure> {
        let real = self.article_units(id, lang, None);
        let mut found: Vec<(Option<Place>, Unsure)> = Vec::new();
        for f in self
            .facts_used(id, lang)
            .into_iter()
            .filter(|f| f.unconfirmed)
        {
            let value = facts::show(&f.value, lang, &|k, a| self.ui_with(lang, k, a)).text;
            let places = match self.fact_args.get(&lang).and_then(|a| a.get(&f.id)) {
                Some(arg) => {
                    let other = self.article_units(id, lang, Some((&f.id, &stand_in(arg))));
                    changed(&real, &other)
                }
                None => Vec::new(),
            };
            if places.is_empty() {
                add(&mut found, None, value.clone());
            }
            for at in places {
                add(&mut found, Some(at), value.clone());
            }
        }
        // Values without a sentence last.
        found.sort_by_key(|(p, _)| p.map_or((usize::MAX, 0), |p| p));
        found.into_iter().map(|(_, u)| u).collect()
    }

    /// Title, summary and each heading, paragraph and item of the body.
    fn article_units(
        &self,
        id: &str,
        lang: Lang,
        stand_in: Option<(&str, &FactArg)>,
    ) -> Vec<String> {
        let get = |attr| {
            self.format_with(lang, id, attr, &[], stand_in)
                .unwrap_or_default()
        };
        let mut units = vec![get(None), get(Some("summary"))];
        for b in blocks(&get(Some("body"))) {
            match b {
                Block::Heading { text } | Block::Paragraph { text } => units.push(text),
                Block::List { items } | Block::Steps { items } => units.extend(items),
            }
        }
        units
    }
}

/// Another value of the same kind, different from the real one.
fn stand_in(arg: &FactArg) -> FactArg {
    match arg {
        FactArg::Number(n) => FactArg::Number(n + 1000.0),
        FactArg::Text(_) => FactArg::Text("\u{FFFC}".into()),
    }
}

/// The sentences of `real` that differ in `other`, with their places. A unit
/// whose sentences no longer line up is given whole.
fn changed(real: &[String], other: &[String]) -> Vec<(Place, String)> {
    if real.len() != other.len() {
        return Vec::new();
    }
    let mut out = Vec::new();
    for (u, (a, b)) in real.iter().zip(other).enumerate() {
        if a == b {
            continue;
        }
        let (sa, sb) = (sentences(a), sentences(b));
        if sa.len() != sb.len() {
            out.push(((u, 0), a.trim().to_string()));
            continue;
        }
        for (s, (x, y)) in sa.iter().zip(&sb).enumerate() {
            if x != y {
                out.push(((u, s), x.to_string()));
            }
        }
    }
    out
}

/// Splits text after `.`, `!`, `?` or `…` followed by a space and a word that
/// does not start in lower case or with a digit ("art. 86" stays whole).
fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if !matches!(c, '.' | '!' | '?' | '…') {
            continue;
        }
        let end = i + c.len_utf8();
        let rest = &text[end..];
        let next = rest.trim_start();
        let starts_sentence = next
            .chars()
            .next()
            .is_some_and(|n| !n.is_lowercase() && !n.is_ascii_digit());
        if rest.starts_with(char::is_whitespace) && starts_sentence {
            out.push(text[start..end].trim());
            start = end;
            while chars.peek().is_some_and(|(_, c)| c.is_whitespace()) {
                chars.next();
            }
        }
    }
    if !text[start..].trim().is_empty() {
        out.push(text[start..].trim());
    }
    out
}

/// Adds `value` to the entry for its sentence, or starts one.
fn add(found: &mut Vec<(Option<Place>, Unsure)>, at: Option<(Place, String)>, value: String) {
    let (place, context) = match at {
        Some((p, s)) => (Some(p), Some(s)),
        None => (None, None),
    };
    match found
        .iter_mut()
        .find(|(_, u)| context.is_some() && u.context == context)
    {
        Some((_, u)) if !u.values.contains(&value) => u.values.push(value),
        Some(_) => {}
        None => found.push((
            place,
            Unsure {
                values: vec![value],
                context,
            },
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_split_at_their_end_not_at_abbreviations() {
        assert_eq!(
            sentences("See art. 86 of the law. Then call 112! Done… ok?"),
            vec!["See art. 86 of the law.", "Then call 112!", "Done… ok?"]
        );
    }

    #[test]
    fn only_the_sentences_a_value_is_in_are_named() {
        let real = vec![
            "Title".to_string(),
            "A b. Within 48 hours. C d.".to_string(),
        ];
        let other = vec![
            "Title".to_string(),
            "A b. Within 1048 hours. C d.".to_string(),
        ];
        assert_eq!(
            changed(&real, &other),
            vec![((1, 1), "Within 48 hours.".to_string())]
        );
    }
}
