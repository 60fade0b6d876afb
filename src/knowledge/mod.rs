//! The knowledge base: articles, public bodies and facts from `knowledge/`,
//! UI strings from `locales/`, as Fluent bundles for the nine languages.

pub mod catalogue;
pub mod check;
pub mod edits;
pub mod entry;
pub mod facts;
pub mod files;
pub mod ftl;
pub mod issues;
mod kriolu;
pub mod load;
pub mod render;
mod unsure;
mod validate;

use std::collections::{BTreeMap, BTreeSet, HashMap};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

pub use catalogue::{ArticleMeta, Body, Category, ReviewStatus};
pub use facts::Fact;
pub use issues::{Issue, IssueKind, Severity};
pub use load::{load, load_for};

use crate::lang::{Lang, LangSettings};

/// A fact as passed to Fluent: formatted text, or a number so that plural
/// selectors can choose a form.
#[derive(Debug, Clone, PartialEq)]
pub enum FactArg {
    Text(String),
    Number(f64),
}

impl FactArg {
    fn to_fluent(&self) -> FluentValue<'static> {
        match self {
            FactArg::Text(t) => FluentValue::from(t.clone()),
            FactArg::Number(n) => FluentValue::from(*n),
        }
    }
}

/// A loaded knowledge base. Immutable: a reload builds a new one.
pub struct Knowledge {
    pub settings: LangSettings,
    /// The day the facts were chosen for: a fact that changes on a date has
    /// its value of this day baked into every text.
    pub day: chrono::NaiveDate,
    pub categories: Vec<Category>,
    pub bodies: BTreeMap<String, Body>,
    /// In catalogue order.
    pub articles: Vec<ArticleMeta>,
    pub facts: BTreeMap<String, Fact>,
    bundles: HashMap<Lang, FluentBundle<FluentResource>>,
    /// Facts formatted for each language.
    fact_args: HashMap<Lang, HashMap<String, FactArg>>,
    /// Which translations exist, with their review status.
    pub translations: HashMap<(String, Lang), ReviewStatus>,
    /// The day a mediator reviewed a translation, where one did.
    pub reviewed_on: HashMap<(String, Lang), chrono::NaiveDate>,
    /// Article id → version (hash) of its Portuguese source text.
    pub source_versions: HashMap<String, String>,
    /// The variables each message uses, per language: formatting passes a
    /// message only the facts it needs, not all of them.
    message_vars: HashMap<(String, Lang), BTreeSet<String>>,
}

/// The plain texts of one article in one language, as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleText {
    pub title: String,
    pub summary: String,
    pub body: String,
    pub keywords: String,
    /// Example questions as readers ask them, one per line (for search).
    pub questions: String,
}

impl Knowledge {
    pub fn article_meta(&self, id: &str) -> Option<&ArticleMeta> {
        self.articles.iter().find(|a| a.id == id)
    }

    /// Whether `lang` has its own version of the article.
    pub fn has_translation(&self, id: &str, lang: Lang) -> bool {
        self.translations.contains_key(&(id.to_string(), lang))
    }

    /// The first language in `lang`'s fallback chain that has the article.
    pub fn article_lang(&self, id: &str, lang: Lang) -> Option<Lang> {
        self.settings
            .chain(lang)
            .into_iter()
            .find(|l| self.has_translation(id, *l))
    }

    /// Every fact as Fluent arguments for `lang` (for checking all messages).
    pub fn fluent_args(&self, lang: Lang) -> FluentArgs<'static> {
        let mut args = FluentArgs::new();
        for (id, v) in self.fact_args.get(&lang).into_iter().flatten() {
            args.set(id.clone(), v.to_fluent());
        }
        args
    }

    /// A UI string in `lang`, falling back along the chain; the message id
    /// itself if no language has it (kb check prevents that).
    pub fn ui(&self, lang: Lang, id: &str) -> String {
        self.ui_with(lang, id, &[])
    }

    /// A UI string with arguments. Facts are always available to UI strings
    /// too, so a helpline number is written once.
    pub fn ui_with(&self, lang: Lang, id: &str, args: &[(&str, String)]) -> String {
        for l in self.settings.chain(lang) {
            if let Some(text) = self.format(l, id, None, args) {
                return text;
            }
        }
        id.to_string()
    }

    /// Formats message `id` (or its attribute) in exactly `lang`.
    pub fn format(
        &self,
        lang: Lang,
        id: &str,
        attr: Option<&str>,
        extra: &[(&str, String)],
    ) -> Option<String> {
        self.format_with(lang, id, attr, extra, None)
    }

    /// `format` with one fact standing in for its real value.
    fn format_with(
        &self,
        lang: Lang,
        id: &str,
        attr: Option<&str>,
        extra: &[(&str, String)],
        stand_in: Option<(&str, &FactArg)>,
    ) -> Option<String> {
        let bundle = self.bundles.get(&lang)?;
        let msg = bundle.get_message(id)?;
        let pattern = match attr {
            None => msg.value()?,
            Some(a) => msg.get_attribute(a)?.value(),
        };
        let mut args = FluentArgs::new();
        let facts = self.fact_args.get(&lang);
        for var in self
            .message_vars
            .get(&(id.to_string(), lang))
            .into_iter()
            .flatten()
        {
            if let Some(v) = facts.and_then(|f| f.get(var)) {
                args.set(var.clone(), v.to_fluent());
            }
        }
        for (k, v) in extra {
            args.set(k.to_string(), FluentValue::from(v.clone()));
        }
        if let Some((k, v)) = stand_in {
            args.set(k.to_string(), v.to_fluent());
        }
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
        Some(text.into_owned())
    }

    /// An article's texts in exactly `lang`, facts filled in.
    pub fn article_text(&self, id: &str, lang: Lang) -> Option<ArticleText> {
        if !self.has_translation(id, lang) {
            return None;
        }
        let get = |attr| self.format(lang, id, attr, &[]).unwrap_or_default();
        Some(ArticleText {
            title: get(None),
            summary: get(Some("summary")),
            body: get(Some("body")),
            keywords: get(Some("keywords")),
            questions: get(Some("questions")),
        })
    }

    /// A fact as shown to readers of `lang` (a phone number, opening hours).
    pub fn fact_text(&self, lang: Lang, id: &str) -> Option<String> {
        match self.fact_args.get(&lang)?.get(id)? {
            FactArg::Text(t) => Some(t.clone()),
            FactArg::Number(n) => Some(facts::number(lang, *n)),
        }
    }

    /// UI strings whose ids start with one of `prefixes`, in `lang` (with
    /// fallback), for pages that format on the client: variables other than
    /// facts are left as `{name}` placeholders.
    pub fn ui_templates(&self, lang: Lang, prefixes: &[&str]) -> BTreeMap<String, String> {
        let mut out = BTreeMap::new();
        for ((id, l), vars) in &self.message_vars {
            if *l != Lang::SOURCE || !prefixes.iter().any(|p| id.starts_with(p)) {
                continue;
            }
            let args: Vec<(&str, String)> = vars
                .iter()
                .filter(|v| !self.facts.contains_key(*v))
                .map(|v| (v.as_str(), format!("{{{v}}}")))
                .collect();
            out.insert(id.clone(), self.ui_with(lang, id, &args));
        }
        out
    }

    /// The name a language has in itself ("Українська").
    pub fn native_name(&self, lang: Lang) -> String {
        self.format(lang, "language-native-name", None, &[])
            .unwrap_or_else(|| lang.code().to_string())
    }

    /// The facts an article's text uses in `lang`.
    pub fn facts_used(&self, id: &str, lang: Lang) -> Vec<&Fact> {
        self.message_vars
            .get(&(id.to_string(), lang))
            .into_iter()
            .flatten()
            .filter_map(|f| self.facts.get(f))
            .collect()
    }
}
