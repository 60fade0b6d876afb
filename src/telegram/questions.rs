//! Answering what a user types that is not a command: a question (one
//! clear article, several to choose from, or none), or small talk.

use std::sync::Arc;

use super::TelegramBot;
use super::commands::SmallTalk;
use super::dialogue::{Buttons, Result, Turn};
use crate::content::{Content, SearchOutcome};
use crate::lang::Lang;
use crate::store::{SearchMiss, TrailKind, anonymise_query};

/// Search results offered as buttons.
const RESULTS: usize = 5;
/// The first result is "confident" when it scores this much above the next.
const CONFIDENT_LEAD: f32 = 1.5;
/// The longest question kept in the trail a mediator sees.
const TRAIL_QUESTION_CHARS: usize = 300;

impl TelegramBot {
    /// A question typed in the user's words.
    pub(super) async fn search(&self, t: &mut Turn, text: &str) -> Result<()> {
        let kept: String = text.trim().chars().take(TRAIL_QUESTION_CHARS).collect();
        t.trail.push((TrailKind::Searched, kept));
        let detected = t
            .content
            .identify(text)
            .filter(|d| d.confident && d.lang != t.lang())
            .map(|d| d.lang);
        self.answer_question(t, text, detected, t.item).await
    }

    /// Answers a question in the language it was written in (`detected`,
    /// when not the reader's), with an offer in the reader's own language
    /// to switch or to see the answer in theirs; `asked` is the update the
    /// question was typed in.
    pub(super) async fn answer_question(
        &self,
        t: &mut Turn,
        text: &str,
        detected: Option<Lang>,
        asked: i64,
    ) -> Result<()> {
        let mut outcome = search_apart(&t.content, text, detected.unwrap_or(t.lang())).await;
        // Nothing found: the language guess is no help (gibberish "looks
        // like" something too); answer in the reader's own.
        let detected = detected.filter(|_| !outcome.results.is_empty());
        if detected.is_none() && outcome.lang != t.lang() {
            outcome = search_apart(&t.content, text, t.lang()).await;
        }
        let lang = detected.unwrap_or(t.lang());
        let results = &outcome.results;
        let confident = results.len() == 1
            || results
                .get(1)
                .is_some_and(|second| results[0].score >= CONFIDENT_LEAD * second.score);
        let k = &t.content.knowledge;
        let mut intro = String::new();
        let mut offers: Buttons = vec![];
        if let Some(other) = detected {
            // Said in the reader's own language: they may not read the
            // other one well.
            let other_name = k.native_name(other);
            intro = format!(
                "{}\n\n",
                t.ui_in(
                    t.lang(),
                    "bot-other-language",
                    &[("language", other_name.clone())]
                )
            );
            let mine = if confident {
                format!("art:{}", results[0].id)
            } else {
                format!("asked:{asked}")
            };
            offers.push(vec![(
                k.ui_with(
                    t.lang(),
                    "bot-button-show-in",
                    &[("language", k.native_name(t.lang()))],
                ),
                mine,
            )]);
            offers.push(vec![(
                k.ui_with(t.lang(), "bot-button-switch", &[("language", other_name)]),
                format!("lang:{}", other.code()),
            )]);
        }
        let person = vec![(k.ui(lang, "bot-button-person"), "person".to_string())];
        if results.is_empty() {
            self.handoff
                .store
                .record_search_miss(&SearchMiss {
                    day: crate::handoff::hours::local_day(
                        self.handoff.settings.timezone,
                        self.now(),
                    ),
                    lang,
                    query: anonymise_query(text, |w| t.content.knows(w)),
                })
                .await?;
            let mut buttons = offers;
            buttons.push(person);
            buttons.push(vec![(k.ui(lang, "bot-button-menu"), "menu".into())]);
            t.say(
                format!("{intro}{}", t.ui_in(lang, "bot-not-found", &[])),
                buttons,
            );
            return Ok(());
        }
        if confident {
            if !intro.is_empty() {
                t.say(intro.trim_end().to_string(), offers);
            }
            // Shown in the language the question was asked in.
            let reader = t.visitor.lang;
            t.visitor.lang = lang;
            let id = results[0].id.clone();
            let shown = self.article(t, &id).await;
            t.visitor.lang = reader;
            shown?;
            return Ok(());
        }
        // Opened in the language of the titles shown.
        let suffix = detected
            .map(|l| format!(":{}", l.code()))
            .unwrap_or_default();
        let mut buttons: Buttons = results
            .iter()
            .map(|r| vec![(r.title.clone(), format!("art:{}{suffix}", r.id))])
            .collect();
        buttons.extend(offers);
        buttons.push(person);
        t.say(
            format!("{intro}{}", t.ui_in(lang, "bot-results", &[])),
            buttons,
        );
        Ok(())
    }

    /// A short friendly answer to thanks, a yes or a greeting: in the
    /// conversation's language when it has those words, else in the only
    /// language that has them.
    pub(super) fn small_talk(&self, t: &mut Turn, kind: SmallTalk, langs: &[Lang], talk: Lang) {
        let lang = match langs {
            _ if langs.contains(&talk) => talk,
            [only] => *only,
            _ => talk,
        };
        let id = match kind {
            SmallTalk::Thanks => "bot-thanks-reply",
            SmallTalk::Chat => "bot-chat-reply",
        };
        let text = t.ui_in(lang, id, &[]);
        let menu = vec![(
            t.content.knowledge.ui(lang, "bot-button-menu"),
            "menu".to_string(),
        )];
        t.say(text, vec![menu]);
    }
}

/// Searches on a thread of its own: a search is milliseconds of work, and
/// with many chats handled at once the async threads must stay free to
/// send on time (the overall limit counts when a send leaves).
async fn search_apart(content: &Arc<Content>, text: &str, lang: Lang) -> SearchOutcome {
    let (content, text) = (content.clone(), text.to_string());
    tokio::task::spawn_blocking(move || content.search(&text, Some(lang), RESULTS, false))
        .await
        .unwrap_or_else(|e| std::panic::resume_unwind(e.into_panic()))
}
