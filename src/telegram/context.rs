//! What the bot remembers of a conversation for a short while: the
//! language the user writes in (a case opens in it), and what they read
//! and searched (the mediator sees it when they ask for a person).

use chrono::Duration;

use super::TelegramBot;
use super::dialogue::{Turn, update_key};
use crate::handoff::model::{CaseContext, Visitor};
use crate::lang::Lang;
use crate::store::{StoreError, TrailKind};

/// What users read and searched is kept this long.
pub const TRAIL_KEPT: Duration = Duration::hours(24);
/// The most recent items a mediator is shown.
const TRAIL_SHOWN: i64 = 5;

impl TelegramBot {
    /// The language of the conversation after `text`: the language it is
    /// confidently written in (or the only language whose words it uses
    /// to ask for a person), remembered; else the last one remembered;
    /// else the visitor's own.
    pub(super) async fn talk_lang(
        &self,
        t: &mut Turn,
        text: &str,
        phrase_langs: &[Lang],
    ) -> Result<Lang, StoreError> {
        let seen = match phrase_langs {
            [only] => Some(*only),
            _ => t
                .content
                .identify(text)
                .filter(|d| d.confident)
                .map(|d| d.lang),
        };
        let known = self.known_talk_lang(t).await?;
        match seen {
            Some(lang) => {
                if known != Some(lang) {
                    t.talk_lang = Some(lang);
                }
                Ok(lang)
            }
            None => Ok(known.unwrap_or(t.visitor.lang)),
        }
    }

    /// The conversation's language as this update left it so far.
    pub(super) async fn known_talk_lang(&self, t: &Turn) -> Result<Option<Lang>, StoreError> {
        match t.talk_lang {
            Some(lang) => Ok(Some(lang)),
            None => self.handoff.store.talk_lang(t.visitor.id).await,
        }
    }

    /// The question the visitor typed in update `item`, while kept.
    pub(super) async fn asked_in(&self, t: &Turn, item: i64) -> Result<Option<String>, StoreError> {
        self.handoff
            .store
            .trail_question(t.visitor.id, &update_key(item))
            .await
    }

    /// The search that led the visitor to `article`: the last one before
    /// they last read it, if any.
    pub(super) async fn search_before(
        &self,
        visitor: &Visitor,
        article: &str,
    ) -> Result<Option<String>, StoreError> {
        let items = self
            .handoff
            .store
            .trail(visitor.id, self.now() - TRAIL_KEPT, TRAIL_SHOWN)
            .await?;
        let (mut searched, mut led) = (None, None);
        for i in items {
            match i.kind {
                TrailKind::Searched => searched = Some(i.item),
                TrailKind::Read if i.item == article => led = searched.clone(),
                TrailKind::Read => {}
            }
        }
        Ok(led)
    }

    /// What the visitor read and searched lately, for a new case.
    pub(super) async fn case_context(&self, visitor: &Visitor) -> Result<CaseContext, StoreError> {
        let items = self
            .handoff
            .store
            .trail(visitor.id, self.now() - TRAIL_KEPT, TRAIL_SHOWN)
            .await?;
        let mut context = CaseContext::default();
        for i in items {
            match i.kind {
                TrailKind::Read => context.read.push(i.item),
                TrailKind::Searched => context.searched.push(i.item),
            }
        }
        Ok(context)
    }
}
