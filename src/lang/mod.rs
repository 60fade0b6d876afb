//! The nine languages balcao speaks: their codes, negotiation of whatever tag
//! a client sends, fallback chains, and identification of free text.

pub mod identify;

use std::collections::HashMap;
use std::fmt;
use std::str::FromStr;

use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

/// One of the nine languages. The bare code (`pt`, `kea`, ...) is what URLs,
/// the API and file names use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Pt,
    En,
    Fr,
    Es,
    Ru,
    Uk,
    Ro,
    Be,
    Kea,
}

impl Lang {
    /// All nine, Portuguese (the source language) first.
    pub const ALL: [Lang; 9] = [
        Lang::Pt,
        Lang::En,
        Lang::Fr,
        Lang::Es,
        Lang::Ru,
        Lang::Uk,
        Lang::Ro,
        Lang::Be,
        Lang::Kea,
    ];

    /// The language the knowledge base is written in; translations follow it.
    pub const SOURCE: Lang = Lang::Pt;

    pub fn code(self) -> &'static str {
        match self {
            Lang::Pt => "pt",
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Es => "es",
            Lang::Ru => "ru",
            Lang::Uk => "uk",
            Lang::Ro => "ro",
            Lang::Be => "be",
            Lang::Kea => "kea",
        }
    }

    pub fn langid(self) -> LanguageIdentifier {
        // The nine codes are valid BCP 47 primary subtags.
        self.code().parse().unwrap_or_default()
    }

    pub fn is_cyrillic(self) -> bool {
        matches!(self, Lang::Ru | Lang::Uk | Lang::Be)
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A language tag that names none of the nine.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown language code {0:?}")]
pub struct UnknownLang(pub String);

/// Any language tag as clients send them (`pt`, `pt-BR`, `pt_PT`, `uk-UA`,
/// `EN`) names one of the nine by its language subtag; region, script and
/// case do not matter.
impl FromStr for Lang {
    type Err = UnknownLang;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let unknown = || UnknownLang(s.to_string());
        let tag: LanguageIdentifier = s.trim().replace('_', "-").parse().map_err(|_| unknown())?;
        Lang::ALL
            .into_iter()
            .find(|l| l.code() == tag.language.as_str())
            .ok_or_else(unknown)
    }
}

/// Language settings: the default for unknown tags and the fallback chain of
/// each language (which languages to show, in order, when a text is missing).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct LangSettings {
    pub default: Lang,
    pub fallback: HashMap<Lang, Vec<Lang>>,
}

impl Default for LangSettings {
    fn default() -> Self {
        let fallback = Lang::ALL
            .into_iter()
            .map(|l| {
                // Kriolu readers read Portuguese; everyone else is likelier to
                // read English. Never Russian for Ukrainian or Belarusian.
                let chain = match l {
                    Lang::Kea => vec![Lang::Pt, Lang::En],
                    Lang::Pt => vec![Lang::En],
                    Lang::En => vec![Lang::Pt],
                    _ => vec![Lang::En, Lang::Pt],
                };
                (l, chain)
            })
            .collect();
        LangSettings {
            default: Lang::Pt,
            fallback,
        }
    }
}

impl LangSettings {
    /// The languages to try for `lang`, starting with itself, without repeats.
    pub fn chain(&self, lang: Lang) -> Vec<Lang> {
        let mut out = vec![lang];
        for l in self.fallback.get(&lang).into_iter().flatten() {
            if !out.contains(l) {
                out.push(*l);
            }
        }
        out
    }

    /// Maps any BCP 47 tags, best first (`pt-BR`, `uk-UA`, `*`), to one of the
    /// nine, or the default.
    pub fn negotiate<S: AsRef<str>>(&self, requested: &[S]) -> Lang {
        let requested: Vec<LanguageIdentifier> = requested
            .iter()
            .filter_map(|t| t.as_ref().trim().parse().ok())
            .collect();
        let available: Vec<LanguageIdentifier> = Lang::ALL.iter().map(|l| l.langid()).collect();
        let default = self.default.langid();
        negotiate_languages(
            &requested,
            &available,
            Some(&default),
            NegotiationStrategy::Lookup,
        )
        .first()
        .and_then(|id| id.language.as_str().parse().ok())
        .unwrap_or(self.default)
    }

    /// Negotiates an HTTP `Accept-Language` header.
    pub fn negotiate_accept_language(&self, header: &str) -> Lang {
        let tags: Vec<String> = fluent_langneg::parse_accepted_languages(header)
            .into_iter()
            .map(|id| id.to_string())
            .collect();
        self.negotiate(&tags)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regional_tags_negotiate_to_bare_codes() {
        let s = LangSettings::default();
        assert_eq!(s.negotiate(&["pt-BR"]), Lang::Pt);
        assert_eq!(s.negotiate(&["uk-UA"]), Lang::Uk);
        assert_eq!(s.negotiate(&["be-BY"]), Lang::Be);
        assert_eq!(s.negotiate(&["kea"]), Lang::Kea);
        assert_eq!(s.negotiate(&["de-DE"]), Lang::Pt);
        assert_eq!(s.negotiate(&["not a tag!"]), Lang::Pt);
        assert_eq!(s.negotiate::<&str>(&[]), Lang::Pt);
        assert_eq!(
            s.negotiate_accept_language("de-CH, fr-CA;q=0.8, en;q=0.5"),
            Lang::Fr
        );
    }

    #[test]
    fn any_tag_of_one_of_the_nine_names_it() {
        for (tag, lang) in [
            ("pt", Lang::Pt),
            ("pt-BR", Lang::Pt),
            ("pt_PT", Lang::Pt),
            ("uk-UA", Lang::Uk),
            ("EN", Lang::En),
            ("en-gb", Lang::En),
            (" be-BY ", Lang::Be),
            ("kea-CV", Lang::Kea),
        ] {
            assert_eq!(tag.parse::<Lang>(), Ok(lang), "{tag}");
        }
        for tag in ["de", "de-DE", "xx", "", "pt--BR", "português", "ua", "*"] {
            assert!(tag.parse::<Lang>().is_err(), "{tag}");
        }
    }

    #[test]
    fn default_chains_never_fall_back_to_russian_for_uk_or_be() {
        let s = LangSettings::default();
        assert_eq!(s.chain(Lang::Kea), vec![Lang::Kea, Lang::Pt, Lang::En]);
        assert_eq!(s.chain(Lang::Uk), vec![Lang::Uk, Lang::En, Lang::Pt]);
        assert_eq!(s.chain(Lang::Be), vec![Lang::Be, Lang::En, Lang::Pt]);
        assert_eq!(s.chain(Lang::Pt), vec![Lang::Pt, Lang::En]);
    }
}
