//! What became of the messages sent to a case's visitor, for the console.

use async_trait::async_trait;

use super::StoreError;

/// One attempt to deliver a transcript message (a message moved to
/// another channel has a row per channel, oldest first).
#[derive(Debug, Clone, PartialEq)]
pub struct DeliveryRow {
    pub message_id: i64,
    /// `pending`, `sent` or `abandoned`.
    pub status: String,
    /// Why it was abandoned, as a stable code.
    pub failure: Option<String>,
    pub attempts: i64,
}

#[async_trait]
pub trait DeliveryStore: Send + Sync {
    /// The deliveries of a case's transcript messages, oldest first.
    async fn deliveries(&self, case_id: i64) -> Result<Vec<DeliveryRow>, StoreError>;
    /// Whether the case's visitor blocked the bot (and has not written
    /// since).
    async fn case_visitor_blocked(&self, case_id: i64) -> Result<bool, StoreError>;
}
