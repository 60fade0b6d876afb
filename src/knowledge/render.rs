//! Articles and categories rendered for a reader: text in their language or
//! the nearest fallback, the body as structured blocks, public bodies with
//! their contacts, and the notes every channel shows with an article.

use chrono::NaiveDate;
use serde::Serialize;

use super::facts::{self, Shown};
pub use super::unsure::Unsure;
use super::{Knowledge, ReviewStatus};
use crate::lang::Lang;

/// A piece of an article body. Written in the `.body` attribute with a small
/// markup: blank lines between paragraphs, `## ` headings, `- ` bullets,
/// `1. ` steps.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "type", rename_all = "lowercase")]
pub enum Block {
    Heading { text: String },
    Paragraph { text: String },
    List { items: Vec<String> },
    Steps { items: Vec<String> },
}

/// Splits body markup into blocks.
pub fn blocks(body: &str) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::new();
    let mut para: Vec<&str> = Vec::new();
    let flush = |para: &mut Vec<&str>, out: &mut Vec<Block>| {
        if !para.is_empty() {
            out.push(Block::Paragraph {
                text: para.join(" "),
            });
            para.clear();
        }
    };
    for line in body.lines().map(str::trim) {
        if line.is_empty() {
            flush(&mut para, &mut out);
        } else if let Some(h) = line.strip_prefix("## ") {
            flush(&mut para, &mut out);
            out.push(Block::Heading {
                text: h.trim().to_string(),
            });
        } else if let Some(item) = line.strip_prefix("- ") {
            flush(&mut para, &mut out);
            match out.last_mut() {
                Some(Block::List { items }) => items.push(item.trim().to_string()),
                _ => out.push(Block::List {
                    items: vec![item.trim().to_string()],
                }),
            }
        } else if let Some(item) = step_text(line) {
            flush(&mut para, &mut out);
            match out.last_mut() {
                Some(Block::Steps { items }) => items.push(item.to_string()),
                _ => out.push(Block::Steps {
                    items: vec![item.to_string()],
                }),
            }
        } else {
            para.push(line);
        }
    }
    flush(&mut para, &mut out);
    out
}

/// `3. Do this` → `Do this`.
fn step_text(line: &str) -> Option<&str> {
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    if digits == 0 || digits > 2 {
        return None;
    }
    line[digits..].strip_prefix(". ").map(str::trim)
}

/// Body text without markup, for search and snippets.
pub fn plain_text(body: &str) -> String {
    blocks(body)
        .into_iter()
        .map(|b| match b {
            Block::Heading { text } | Block::Paragraph { text } => text,
            Block::List { items } | Block::Steps { items } => items.join(". "),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The order contacts are shown in; other kinds come last.
const CONTACT_ORDER: [&str; 7] = [
    "phone", "mobile", "email", "web", "form", "address", "hours",
];

#[derive(Debug, Clone, Serialize)]
pub struct Contact {
    pub kind: String,
    pub label: String,
    #[serde(flatten)]
    pub shown: Shown,
    pub unconfirmed: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct BodyView {
    pub id: String,
    pub name: String,
    pub contacts: Vec<Contact>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ArticleLink {
    pub id: String,
    pub title: String,
    pub lang: Lang,
    pub fallback: bool,
}

/// An article as a reader sees it.
#[derive(Debug, Clone, Serialize)]
pub struct ArticleView {
    pub id: String,
    pub category: String,
    pub category_name: String,
    /// The language asked for.
    pub requested_lang: Lang,
    /// The language the text is in.
    pub lang: Lang,
    /// True when `lang` is a fallback for `requested_lang`.
    pub fallback: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fallback_note: Option<String>,
    pub review_status: ReviewStatus,
    pub review_note: String,
    pub last_reviewed: NaiveDate,
    pub last_reviewed_text: String,
    pub title: String,
    pub summary: String,
    pub blocks: Vec<Block>,
    pub bodies: Vec<BodyView>,
    pub related: Vec<ArticleLink>,
    /// The values in this text not yet confirmed by an official source.
    pub unconfirmed_facts: Vec<String>,
    /// The same with the sentence each stands in, in reading order.
    pub unconfirmed_values: Vec<Unsure>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unconfirmed_note: Option<String>,
    /// The values in this text whose `valid_until` day has come: nobody has
    /// confirmed they still hold.
    pub outdated_facts: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outdated_note: Option<String>,
    /// General information, not legal advice, and where to get help.
    pub disclaimer: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct CategoryView {
    pub id: String,
    pub name: String,
    pub icon: String,
    pub articles: Vec<ArticleLink>,
}

impl Knowledge {
    /// The note shown whenever a text comes from a fallback language.
    pub fn fallback_note(&self, requested: Lang, shown: Lang) -> Option<String> {
        (requested != shown).then(|| {
            self.ui_with(
                requested,
                "fallback-note",
                &[("shown", self.native_name(shown))],
            )
        })
    }

    pub fn link(&self, id: &str, lang: Lang) -> Option<ArticleLink> {
        let shown = self.article_lang(id, lang)?;
        Some(ArticleLink {
            id: id.to_string(),
            title: self.format(shown, id, None, &[]).unwrap_or_default(),
            lang: shown,
            fallback: shown != lang,
        })
    }

    /// Renders an article for a reader of `lang`; `None` for an unknown id.
    pub fn render_article(&self, id: &str, lang: Lang) -> Option<ArticleView> {
        let meta = self.article_meta(id)?;
        let shown = self.article_lang(id, lang)?;
        let text = self.article_text(id, shown)?;
        let status = self
            .translations
            .get(&(id.to_string(), shown))
            .copied()
            .unwrap_or(ReviewStatus::MachineTranslated);
        let ui = |key: &str, args: &[(&str, String)]| self.ui_with(lang, key, args);
        let unsure = self.unsure_in_article(id, shown);
        let outdated: Vec<String> = self
            .facts_used(id, shown)
            .into_iter()
            .filter(|f| f.out_of_date)
            .map(|f| facts::show(&f.value, shown, &|k, a| self.ui_with(shown, k, a)).text)
            .collect();
        let unconfirmed_note = self.unconfirmed_note(&unsure, lang);
        Some(ArticleView {
            id: meta.id.clone(),
            category: meta.category.clone(),
            category_name: ui(&format!("category-{}", meta.category), &[]),
            requested_lang: lang,
            lang: shown,
            fallback: shown != lang,
            fallback_note: self.fallback_note(lang, shown),
            review_status: status,
            review_note: match self.reviewed_on.get(&(id.to_string(), shown)) {
                Some(day) if status == ReviewStatus::Reviewed => ui(
                    "review-reviewed-on",
                    &[("date", facts::date(*day, &|k, a| self.ui_with(lang, k, a)))],
                ),
                _ => ui(&format!("review-{}", status.as_str()), &[]),
            },
            last_reviewed: meta.last_reviewed,
            last_reviewed_text: ui(
                "article-last-reviewed",
                &[(
                    "date",
                    facts::date(meta.last_reviewed, &|k, a| self.ui_with(lang, k, a)),
                )],
            ),
            title: text.title,
            summary: text.summary,
            blocks: blocks(&text.body),
            bodies: meta
                .bodies
                .iter()
                .filter_map(|b| self.body_view(b, lang))
                .collect(),
            related: meta
                .related
                .iter()
                .filter_map(|r| self.link(r, lang))
                .collect(),
            unconfirmed_facts: unsure.iter().flat_map(|u| u.values.clone()).collect(),
            unconfirmed_note,
            outdated_note: (!outdated.is_empty())
                .then(|| ui("article-outdated", &[("facts", outdated.join("; "))])),
            outdated_facts: outdated,
            unconfirmed_values: unsure,
            disclaimer: ui("article-disclaimer", &[]),
        })
    }

    /// "Not yet confirmed: 48 (“Tell your employer within 48 hours”); …",
    /// in the reader's language; `None` when everything is confirmed.
    fn unconfirmed_note(&self, unsure: &[Unsure], lang: Lang) -> Option<String> {
        if unsure.is_empty() {
            return None;
        }
        let items: Vec<String> = unsure
            .iter()
            .map(|u| {
                let values = u.values.join(", ");
                match &u.context {
                    Some(c) => self.ui_with(
                        lang,
                        "article-unconfirmed-in",
                        &[
                            ("values", values),
                            ("context", c.trim_end_matches('.').to_string()),
                        ],
                    ),
                    None => values,
                }
            })
            .collect();
        Some(self.ui_with(lang, "article-unconfirmed", &[("facts", items.join("; "))]))
    }

    fn body_view(&self, id: &str, lang: Lang) -> Option<BodyView> {
        let body = self.bodies.get(id)?;
        let mut contacts: Vec<(&String, &String)> = body.contacts.iter().collect();
        // How a person gets in touch first: a phone number before opening hours.
        contacts.sort_by_key(|(kind, _)| {
            CONTACT_ORDER
                .iter()
                .position(|k| k == kind)
                .unwrap_or(CONTACT_ORDER.len())
        });
        let contacts = contacts
            .into_iter()
            .filter_map(|(kind, fact)| {
                let f = self.facts.get(fact)?;
                Some(Contact {
                    kind: kind.clone(),
                    label: self.ui(lang, &format!("contact-{kind}")),
                    shown: facts::show(&f.value, lang, &|k, a| self.ui_with(lang, k, a)),
                    unconfirmed: f.unconfirmed,
                })
            })
            .collect();
        Some(BodyView {
            id: id.to_string(),
            name: self.ui(lang, &format!("body-{id}")),
            contacts,
        })
    }

    /// Categories with their articles, for menus and tiles.
    pub fn categories_view(&self, lang: Lang) -> Vec<CategoryView> {
        self.categories
            .iter()
            .map(|c| CategoryView {
                id: c.id.clone(),
                name: self.ui(lang, &format!("category-{}", c.id)),
                icon: c.icon.clone(),
                articles: self
                    .articles
                    .iter()
                    .filter(|a| a.category == c.id)
                    .filter_map(|a| self.link(&a.id, lang))
                    .collect(),
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn body_markup_becomes_blocks() {
        let b =
            blocks("Intro line one\nline two\n\n## Steps\n1. First\n2. Second\n\n- a\n- b\nAfter");
        assert_eq!(
            b,
            vec![
                Block::Paragraph {
                    text: "Intro line one line two".into()
                },
                Block::Heading {
                    text: "Steps".into()
                },
                Block::Steps {
                    items: vec!["First".into(), "Second".into()]
                },
                Block::List {
                    items: vec!["a".into(), "b".into()]
                },
                Block::Paragraph {
                    text: "After".into()
                },
            ]
        );
    }
}
