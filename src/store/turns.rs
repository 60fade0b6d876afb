//! Turns to send to Telegram counted in the database, so several instances
//! keep Telegram's limits together rather than each on its own.

use std::time::Duration;

use async_trait::async_trait;

use super::StoreError;

/// The limits a turn is taken within, in the database's terms.
#[derive(Debug, Clone, Copy)]
pub struct TurnLimits {
    /// Sends allowed in any one `window`, all chats together.
    pub per_window: u32,
    pub window: Duration,
    /// The steady gap between two sends to one chat…
    pub chat_every: Duration,
    /// …and how many a chat may get at once before that gap applies.
    pub chat_burst: u32,
}

/// What became of asking for a turn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Turn {
    /// Taken: send now.
    Taken,
    /// The chat must wait this long; nothing was taken.
    ChatWait(Duration),
    /// Every place in the window is taken for this long yet; nothing was
    /// taken.
    Full(Duration),
}

#[async_trait]
pub trait SendTurns: Send + Sync {
    /// Takes a turn to send to `chat` now if both the chat's pacing and the
    /// overall window allow it, in one statement.
    async fn take_turn(&self, chat: i64, limits: TurnLimits) -> Result<Turn, StoreError>;
    /// Forgets the pacing of chats that have been quiet long enough to have
    /// their whole burst again.
    async fn forget_quiet_chats(&self, limits: TurnLimits) -> Result<(), StoreError>;
}
