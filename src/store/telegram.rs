//! Storage for the Telegram channel: the inbox of updates, the single-use
//! phone links shared with the kiosk, and generated settings.

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use super::StoreError;
use crate::handoff::model::Payload;
use crate::lang::Lang;

/// An update waiting to be handled.
#[derive(Debug, Clone)]
pub struct InboxItem {
    /// The inbox row: unique forever, unlike Telegram's update ids.
    pub id: i64,
    /// The chat it came from; updates of one chat are handled in order.
    pub chat: Option<String>,
    pub body: String,
}

/// An update as it arrived, to be recorded.
#[derive(Debug, Clone, Copy)]
pub struct Arrived<'a> {
    pub update_id: i64,
    pub chat_id: Option<&'a str>,
    pub body: &'a str,
}

/// What a Telegram user did before asking for a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TrailKind {
    /// An article read (its id).
    Read,
    /// A question typed (its text).
    Searched,
}

impl TrailKind {
    pub fn as_str(self) -> &'static str {
        match self {
            TrailKind::Read => "read",
            TrailKind::Searched => "searched",
        }
    }
}

/// One thing read or searched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrailItem {
    pub kind: TrailKind,
    pub item: String,
}

/// What handling one update leaves besides the mark that it was handled,
/// written in the same transaction: all of it once, or none of it. One
/// write per update, not one per thing remembered, keeps the writers of
/// many chats from queueing for the database one after another.
#[derive(Debug, Default)]
pub struct Handled {
    /// The visitor the update is from, who gets the answers.
    pub visitor_id: i64,
    /// The bot's answers.
    pub answers: Vec<Payload>,
    /// What the update adds to the visitor's trail, under the update's key.
    pub update_key: String,
    pub trail: Vec<(TrailKind, String)>,
    /// The conversation's language, when the update changed it.
    pub talk_lang: Option<Lang>,
    /// Articles shown, counted as read on the day handled.
    pub reads: Vec<(String, Lang)>,
}

#[async_trait]
pub trait TelegramStore: Send + Sync {
    /// Records updates, in one transaction, each unless the same
    /// `update_id` arrived since `dedup_since` (Telegram restarts its ids
    /// after a quiet week, so only recent ids count as repeats). The inbox
    /// row of each, `None` for a repeat.
    async fn inbox_add(
        &self,
        updates: &[Arrived<'_>],
        at: DateTime<Utc>,
        dedup_since: DateTime<Utc>,
    ) -> Result<Vec<Option<i64>>, StoreError>;
    /// Unhandled updates in arrival order, at most `per_chat` of each chat
    /// (so one busy chat cannot crowd out the others) and `limit` in all.
    async fn inbox_pending(&self, per_chat: i64, limit: i64) -> Result<Vec<InboxItem>, StoreError>;
    /// Whether an update is still unhandled: checked under the chat's claim
    /// before handling it, since another instance may have handled it
    /// since it was read.
    async fn inbox_is_pending(&self, id: i64) -> Result<bool, StoreError>;
    /// Marks an update handled and writes what handling it left (the bot's
    /// answers queued, the trail, the language, the readings), in one
    /// transaction: handled once, answered once. The update's text is
    /// dropped; only its id stays, for deduplication.
    async fn inbox_finish(
        &self,
        id: i64,
        handled: &Handled,
        at: DateTime<Utc>,
    ) -> Result<(), StoreError>;
    /// Deletes handled updates received before `before`.
    async fn inbox_purge(&self, before: DateTime<Utc>) -> Result<u64, StoreError>;
    /// Blanks every recorded update of a chat and unlinks it from the chat
    /// (the user asked to be forgotten); the bare update ids stay for
    /// deduplication.
    async fn inbox_forget_chat(&self, chat_id: &str) -> Result<(), StoreError>;

    async fn create_phone_link(
        &self,
        token_hash: &str,
        target: &str,
        expires_at: DateTime<Utc>,
    ) -> Result<(), StoreError>;
    /// The link's target if it is unexpired and unused, or was used by this
    /// same `consumer` (so handling an update again gives the same answer).
    async fn take_phone_link(
        &self,
        token_hash: &str,
        consumer: &str,
        now: DateTime<Utc>,
    ) -> Result<Option<String>, StoreError>;

    /// The language a visitor's messages were last confidently identified
    /// as, if any (written by [`Self::inbox_finish`]).
    async fn talk_lang(&self, visitor_id: i64) -> Result<Option<Lang>, StoreError>;
    /// The visitor's last `n` items since `since`, oldest first.
    async fn trail(
        &self,
        visitor_id: i64,
        since: DateTime<Utc>,
        n: i64,
    ) -> Result<Vec<TrailItem>, StoreError>;
    /// The question the visitor typed in the update `update_key`, while
    /// its trail is kept.
    async fn trail_question(
        &self,
        visitor_id: i64,
        update_key: &str,
    ) -> Result<Option<String>, StoreError>;
    /// Deletes trail items from before `before`.
    async fn trail_purge(&self, before: DateTime<Utc>) -> Result<u64, StoreError>;

    /// A stored setting, or `value` stored now if there was none.
    async fn setting_or_insert(&self, key: &str, value: &str) -> Result<String, StoreError>;
}
