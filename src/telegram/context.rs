//! What the bot remembers of a conversation for a short while: the
//! language the user writes in (a case opens in it), and what they read
//! and searched (the mediator sees it when they ask for a person).

use chrono::Duration;

use super::TelegramBot;
use crate::content::Content;
use crate::handoff::model::{CaseContext, Visitor};
use crate::lang::Lang;
use crate::store::{StoreError, TrailItem, TrailKind};

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
        content: &Content,
        visitor: &Visitor,
        text: &str,
        phrase_langs: &[Lang],
    ) -> Result<Lang, StoreError> {
        let store = &self.handoff.store;
        let seen = match phrase_langs {
            [only] => Some(*only),
            _ => content
                .identify(text)
                .filter(|d| d.confident)
                .map(|d| d.lang),
        };
        let known = store.talk_lang(visitor.id).await?;
        match seen {
            Some(lang) => {
                if known != Some(lang) {
                    store.set_talk_lang(visitor.id, lang, self.now()).await?;
                }
                Ok(lang)
            }
            None => Ok(known.unwrap_or(visitor.lang)),
        }
    }

    /// Adds an article read or a question typed to the visitor's trail;
    /// returns the item's number.
    pub(super) async fn remember(
        &self,
        visitor: &Visitor,
        kind: TrailKind,
        item: &str,
        update_key: &str,
    ) -> Result<i64, StoreError> {
        self.handoff
            .store
            .trail_add(visitor.id, kind, item, update_key, self.now())
            .await
    }

    /// One item of the visitor's own trail, while it is kept.
    pub(super) async fn remembered(
        &self,
        visitor: &Visitor,
        id: i64,
    ) -> Result<Option<TrailItem>, StoreError> {
        self.handoff.store.trail_item(visitor.id, id).await
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
