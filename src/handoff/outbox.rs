//! The one outbox every message to a visitor goes through. Channels
//! implement [`Delivery`]; the worker delivers each visitor's messages in
//! order, retries, and marks each sent once its channel accepted it.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use tokio::sync::watch;

use super::Handoff;
use super::model::{Channel, Outgoing};

/// Why a channel did not take a message.
#[derive(Debug, Clone, thiserror::Error)]
pub enum DeliveryError {
    /// Try again later (network down, rate limit, kiosk not connected);
    /// `after` when the channel said how long to wait.
    #[error("retry: {reason}")]
    Retry {
        after: Option<Duration>,
        reason: String,
    },
    /// The visitor cannot be reached on this channel (blocked the bot).
    #[error("unreachable: {0}")]
    Unreachable(String),
}

/// A channel's way of handing a message to a visitor.
#[async_trait]
pub trait Delivery: Send + Sync {
    /// Returns once the channel accepted the message.
    async fn deliver(&self, message: &Outgoing) -> Result<(), DeliveryError>;
}

/// The deliveries of the channels that are running.
pub type Deliveries = HashMap<Channel, Arc<dyn Delivery>>;

/// Longest wait between retries of one message.
const MAX_BACKOFF: Duration = Duration::from_secs(300);
/// How often to look again while something is pending but not yet due.
const POLL: Duration = Duration::from_millis(500);

fn backoff(attempts: i64) -> Duration {
    let secs = 1u64 << attempts.clamp(0, 8);
    Duration::from_secs(secs).min(MAX_BACKOFF)
}

impl Handoff {
    /// Delivers until told to stop.
    pub async fn run_outbox(&self, deliveries: Deliveries, mut stop: watch::Receiver<bool>) {
        loop {
            let sent = match self.deliver_due(&deliveries).await {
                Ok(n) => n,
                Err(e) => {
                    tracing::error!(error = %e, "outbox: reading pending messages failed");
                    0
                }
            };
            if sent > 0 {
                continue;
            }
            let pending = self
                .store
                .next_outgoing_due()
                .await
                .ok()
                .flatten()
                .is_some();
            tokio::select! {
                _ = self.outbox_wake.notified() => {}
                _ = tokio::time::sleep(POLL), if pending => {}
                _ = stop.wait_for(|s| *s) => return,
            }
        }
    }

    /// One pass: the oldest due message of each visitor. Returns how many
    /// were delivered.
    pub async fn deliver_due(&self, deliveries: &Deliveries) -> Result<usize, super::HandoffError> {
        let back: Vec<i64> = std::mem::take(
            &mut *self
                .outbox_retry_now
                .lock()
                .unwrap_or_else(|p| p.into_inner()),
        );
        for visitor in back {
            self.store.outgoing_due_now(visitor, self.now()).await?;
        }
        let due = self.store.due_outgoing(self.now(), 100).await?;
        let mut sent = 0;
        for m in due {
            let result = match deliveries.get(&m.channel) {
                Some(d) => d.deliver(&m).await,
                None => Err(DeliveryError::Retry {
                    after: None,
                    reason: format!("the {} channel is not running", m.channel),
                }),
            };
            match result {
                Ok(()) => {
                    self.store.outgoing_sent(m.id, self.now()).await?;
                    sent += 1;
                }
                Err(DeliveryError::Retry { after, reason }) => {
                    let wait = after.unwrap_or_else(|| backoff(m.attempts));
                    let next = self.now()
                        + chrono::Duration::from_std(wait).unwrap_or(chrono::Duration::MAX);
                    tracing::debug!(id = m.id, %reason, "outbox: will retry");
                    self.store.outgoing_retry(m.id, next, &reason).await?;
                }
                Err(DeliveryError::Unreachable(reason)) => {
                    tracing::info!(
                        visitor = m.visitor_id,
                        "outbox: visitor unreachable; stopped"
                    );
                    self.store.set_visitor_blocked(m.visitor_id, true).await?;
                    self.store.outgoing_abandon(m.visitor_id, &reason).await?;
                }
            }
        }
        Ok(sent)
    }

    /// A visitor's channel is back (a kiosk reconnected): deliver what waits
    /// for them now rather than at the next retry.
    pub fn channel_up(&self, visitor_id: i64) {
        self.outbox_retry_now
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .push(visitor_id);
        self.outbox_wake.notify_one();
    }
}
