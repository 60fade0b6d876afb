//! The knowledge base as served: loaded texts, their search index and the
//! language identifier, built together and swapped together on reload so no
//! request ever sees half of one version and half of another.

use std::collections::HashSet;
use std::sync::{Arc, Mutex, RwLock};

use chrono::NaiveDate;
use serde::Serialize;

use crate::knowledge::files::Source;
use crate::knowledge::{self, Issue, Knowledge, Severity};
use crate::lang::identify::{Detection, Identifier};
use crate::lang::{Lang, LangSettings};
use crate::search::{self, ArticleTexts, SearchIndex, SearchQuery, SearchResult};

/// Everything built from one version of the knowledge files.
pub struct Content {
    pub knowledge: Knowledge,
    pub index: Arc<SearchIndex>,
    pub identifier: Arc<Identifier>,
    /// Every word of the articles' texts, lowercased, in all languages: a
    /// capitalised word outside it is taken for a name when a search text
    /// is stored.
    vocabulary: Arc<HashSet<String>>,
    /// Warnings found while loading (errors refuse the load).
    pub warnings: Vec<Issue>,
}

#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error(transparent)]
    Read(#[from] knowledge::files::ReadError),
    #[error("the knowledge base has {} error(s):\n{}", .0.len(), .0.iter().map(|i| i.to_string()).collect::<Vec<_>>().join("\n"))]
    Broken(Vec<Issue>),
    #[error(transparent)]
    Index(#[from] search::IndexError),
}

/// The answer to a search, in the reader's language.
#[derive(Debug, Clone, Serialize)]
pub struct SearchOutcome {
    pub query: String,
    pub lang: Lang,
    /// The language the text was confidently identified as, if any.
    pub detected_lang: Option<Lang>,
    pub results: Vec<SearchResult>,
}

impl Content {
    /// Loads and indexes for today (UTC); refuses a knowledge base with
    /// errors.
    pub fn load(source: &Source, settings: &LangSettings) -> Result<Content, LoadError> {
        Self::load_for(source, settings, chrono::Utc::now().date_naive())
    }

    /// Loads and indexes with the facts' values of `day` in every text.
    pub fn load_for(
        source: &Source,
        settings: &LangSettings,
        day: NaiveDate,
    ) -> Result<Content, LoadError> {
        Self::from_files(&source.read()?, settings, day)
    }

    /// Loads and indexes files already read (with the console's edits).
    pub fn from_files(
        files: &knowledge::files::Files,
        settings: &LangSettings,
        day: NaiveDate,
    ) -> Result<Content, LoadError> {
        let (knowledge, issues) = knowledge::load_for(files, settings, day);
        let (errors, warnings): (Vec<Issue>, Vec<Issue>) = issues
            .into_iter()
            .partition(|i| i.severity == Severity::Error);
        if !errors.is_empty() {
            return Err(LoadError::Broken(errors));
        }
        Ok(Self::build(knowledge, warnings)?)
    }

    /// Indexes a loaded knowledge base and trains the language identifier
    /// on its texts, or takes both from a recent build of the same texts.
    pub fn build(
        knowledge: Knowledge,
        warnings: Vec<Issue>,
    ) -> Result<Content, search::IndexError> {
        let texts = ArticleTexts::all(&knowledge);
        let built = match Built::recent(&texts) {
            Some(built) => built,
            None => Built::remember(Built::new(texts, Built::latest().as_deref())?),
        };
        Ok(Content {
            knowledge,
            index: built.index.clone(),
            identifier: built.identifier.clone(),
            vocabulary: built.vocabulary.clone(),
            warnings,
        })
    }

    /// Whether a lowercased word occurs in the knowledge base's texts.
    pub fn knows(&self, word: &str) -> bool {
        self.vocabulary.contains(word)
    }

    /// Identifies the language of free text among the nine.
    pub fn identify(&self, text: &str) -> Option<Detection> {
        self.identifier.identify(text)
    }

    /// Searches in the reader's language `lang`, or the identified language
    /// when none is given (then the default when identification is unsure).
    pub fn search(
        &self,
        text: &str,
        lang: Option<Lang>,
        limit: usize,
        as_you_type: bool,
    ) -> SearchOutcome {
        self.search_explained(text, lang, limit, as_you_type, false)
    }

    /// [`Content::search`], with each result's matches when `explain`.
    pub fn search_explained(
        &self,
        text: &str,
        lang: Option<Lang>,
        limit: usize,
        as_you_type: bool,
        explain: bool,
    ) -> SearchOutcome {
        let detected = self.identify(text).filter(|d| d.confident).map(|d| d.lang);
        let lang = lang.or(detected).unwrap_or(self.knowledge.settings.default);
        let hits = self.index.search(&SearchQuery {
            text,
            lang,
            detected,
            limit: limit.clamp(1, search::MAX_LIMIT),
            as_you_type,
            explain,
        });
        SearchOutcome {
            query: text.to_string(),
            lang,
            detected_lang: detected,
            results: search::results::present(
                &self.knowledge,
                &self.index,
                &hits,
                lang,
                text,
                explain,
            ),
        }
    }
}

/// What the texts alone determine: the index, the identifier and the
/// vocabulary. Most rebuilds change no text (a midnight without a dated
/// fact, a fact edit saved back unchanged, an edit of a UI string), and
/// several services in one process (the test suites) load the same
/// knowledge: those reuse a recent build instead of spending seconds of CPU
/// on the same result.
struct Built {
    texts: Vec<ArticleTexts>,
    index: Arc<SearchIndex>,
    identifier: Arc<Identifier>,
    vocabulary: Arc<HashSet<String>>,
}

/// How many builds are kept: the one serving and the one before it, so
/// going back to the previous texts (an edit undone) is free too.
const KEPT_BUILDS: usize = 2;

static RECENT: Mutex<Vec<Arc<Built>>> = Mutex::new(Vec::new());

impl Built {
    /// Builds what `texts` determine; the languages whose texts are those
    /// of `before` keep its index.
    fn new(texts: Vec<ArticleTexts>, before: Option<&Built>) -> Result<Built, search::IndexError> {
        // The identifier learns from the texts as written (markup too)
        // while the index is built.
        let (index, (identifier, vocabulary)) = std::thread::scope(|scope| {
            let learn = scope.spawn(|| {
                let raw: Vec<(Lang, String)> = texts
                    .iter()
                    .map(|a| {
                        let t = &a.text;
                        (
                            a.lang,
                            format!("{} {} {} {}", t.title, t.summary, t.body, t.keywords),
                        )
                    })
                    .collect();
                let identifier = Identifier::train(raw.iter().map(|(l, t)| (*l, t.as_str())));
                let vocabulary: HashSet<String> = raw
                    .iter()
                    .flat_map(|(_, t)| t.split(|c: char| !c.is_alphanumeric()))
                    .filter(|w| !w.is_empty())
                    .map(str::to_lowercase)
                    .collect();
                (identifier, vocabulary)
            });
            let before = before.map(|b| (&b.texts[..], &*b.index));
            let index = SearchIndex::build_reusing(&texts, before);
            (
                index,
                learn
                    .join()
                    .unwrap_or_else(|p| std::panic::resume_unwind(p)),
            )
        });
        Ok(Built {
            index: Arc::new(index?),
            identifier: Arc::new(identifier),
            vocabulary: Arc::new(vocabulary),
            texts,
        })
    }

    /// A kept build of exactly these texts.
    fn recent(texts: &[ArticleTexts]) -> Option<Arc<Built>> {
        let kept = RECENT.lock().unwrap_or_else(|e| e.into_inner());
        kept.iter().find(|b| b.texts == texts).cloned()
    }

    /// The newest build kept.
    fn latest() -> Option<Arc<Built>> {
        let kept = RECENT.lock().unwrap_or_else(|e| e.into_inner());
        kept.first().cloned()
    }

    /// Keeps `built` as the newest, dropping the oldest beyond the limit.
    fn remember(built: Built) -> Arc<Built> {
        let built = Arc::new(built);
        let mut kept = RECENT.lock().unwrap_or_else(|e| e.into_inner());
        kept.insert(0, built.clone());
        kept.truncate(KEPT_BUILDS);
        built
    }
}

/// The current content, replaced whole on reload.
pub struct ContentHandle {
    current: RwLock<Arc<Content>>,
    /// Counts replacements, so open pages (an editor's article, the review
    /// queue) can be told the knowledge changed.
    replaced: tokio::sync::watch::Sender<u64>,
}

impl ContentHandle {
    pub fn new(content: Content) -> Self {
        ContentHandle {
            current: RwLock::new(Arc::new(content)),
            replaced: tokio::sync::watch::channel(0).0,
        }
    }

    /// Changes each time new content is swapped in.
    pub fn replacements(&self) -> tokio::sync::watch::Receiver<u64> {
        self.replaced.subscribe()
    }

    /// The content as of now; a request keeps using it even if a reload
    /// happens meanwhile.
    pub fn current(&self) -> Arc<Content> {
        match self.current.read() {
            Ok(g) => g.clone(),
            Err(poisoned) => poisoned.into_inner().clone(),
        }
    }

    /// Swaps in new content.
    pub fn replace(&self, content: Content) {
        let new = Arc::new(content);
        match self.current.write() {
            Ok(mut g) => *g = new,
            Err(poisoned) => *poisoned.into_inner() = new,
        }
        self.replaced.send_modify(|n| *n += 1);
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    // No other unit test builds content, so the kept builds are this test's.
    #[test]
    fn unchanged_texts_reuse_the_index_and_a_changed_text_is_indexed_anew() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let files = Source::Dirs {
            knowledge: root.join("knowledge"),
            locales: root.join("locales"),
        }
        .read()
        .unwrap();
        let settings = LangSettings::default();
        let day = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let build = |files| Content::from_files(files, &settings, day).unwrap();
        let found = |c: &Content| {
            let hits = c.search("zyzzyva passport", Some(Lang::En), 3, false);
            hits.results.first().map(|r| r.id.clone())
        };

        let first = build(&files);
        assert!(Arc::ptr_eq(&first.index, &build(&files).index));

        let mut edited = files.clone();
        let path = "knowledge/en/citizenship.ftl";
        let text = edited.texts[path].replacen(
            ".keywords = nationality,",
            ".keywords = zyzzyva, nationality,",
            1,
        );
        edited.texts.insert(path.into(), text);
        let changed = build(&edited);
        assert!(!Arc::ptr_eq(&first.index, &changed.index));
        assert!(!Arc::ptr_eq(&first.identifier, &changed.identifier));
        // Only English was indexed again.
        for lang in Lang::ALL {
            let shared = changed.index.shares(&first.index, lang);
            assert_eq!(shared, lang != Lang::En, "{lang}");
        }
        assert_eq!(found(&changed).as_deref(), Some("naturalisation"));
        assert_ne!(found(&first).as_deref(), Some("naturalisation"));

        // The edit undone: the first build again.
        assert!(Arc::ptr_eq(&first.index, &build(&files).index));
    }
}
