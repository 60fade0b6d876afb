//! The one outbox every message to a visitor goes through. Channels
//! implement [`Delivery`]; the worker delivers each visitor's messages in
//! order, retries, and marks each sent once its channel accepted it.
//!
//! Every instance on the database drains the outbox. A visitor's messages
//! go out under a claim on the visitor (see [`super::claims`]), so two
//! instances never send to one visitor at once, and the message is read
//! again under the claim and marked before the claim is given up: one that
//! another instance sent meanwhile is not sent again. A dead instance's
//! claims lapse, and its visitors' messages go out from another.

use std::collections::{HashMap, VecDeque};
use std::sync::Arc;
use std::time::{Duration, Instant};

use async_trait::async_trait;
use serde::Serialize;
use serde_json::json;
use tokio::sync::watch;
use tokio::task::JoinSet;

use super::Handoff;
use super::model::{Channel, EventKind, Outgoing};

/// Why a message never reached its visitor, as the console words it in the
/// mediator's language (`console-delivery-failed-<code>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Failure {
    /// The visitor blocked the bot: nothing reaches them until they write
    /// again.
    Blocked,
    /// The account is gone or the chat cannot be written to.
    Unreachable,
    /// Longer than the channel takes.
    TooLong,
    /// The channel refused this one message for another reason.
    Refused,
}

impl Failure {
    pub fn as_str(self) -> &'static str {
        match self {
            Failure::Blocked => "blocked",
            Failure::Unreachable => "unreachable",
            Failure::TooLong => "too_long",
            Failure::Refused => "refused",
        }
    }
}

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
    /// Not sent yet, to stay within the channel's rate limits: try this
    /// visitor again after the wait (not a failed attempt).
    #[error("paced for {0:?}")]
    Paced(Duration),
    /// The channel refused this one message for good (too long,
    /// malformed); the messages after it still go.
    #[error("rejected ({failure:?}): {reason}")]
    Rejected { failure: Failure, reason: String },
    /// The visitor cannot be reached on this channel (blocked the bot).
    #[error("unreachable ({failure:?}): {reason}")]
    Unreachable { failure: Failure, reason: String },
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
/// How often to look with nothing pending: another instance on the
/// database may have queued messages (its wake-ups do not reach this one),
/// or died with some unsent.
const IDLE_LOOK: Duration = Duration::from_secs(2);
/// Messages on their way at once, to different visitors. Telegram's limit
/// (30 a second) needs only a few with a fast Bot API; more keep it full
/// when each call takes long.
const SENDERS: usize = 32;
/// Due messages read at once: room for the visitors being sent to or
/// paced, which are skipped, and enough others to fill the senders.
const DUE_READ: i64 = 300;
/// Shortest time between two reads of the due messages while sends land.
const REREAD_EVERY: Duration = Duration::from_millis(50);
/// How long a visitor that another instance is sending to is left alone
/// before trying for its claim again.
const CLAIMED_ELSEWHERE: Duration = Duration::from_millis(250);

fn backoff(attempts: i64) -> Duration {
    let secs = 1u64 << attempts.clamp(0, 8);
    Duration::from_secs(secs).min(MAX_BACKOFF)
}

impl Handoff {
    /// Delivers until told to stop: visitors side by side, each one's
    /// messages one at a time and in order (the next is only read once the
    /// one before is marked sent or given up). Channels pace themselves
    /// within their limits; a slow send holds up only its visitor.
    ///
    /// The due messages are read when new ones are queued, after a nap, or
    /// when those read before ran out, and at most every `REREAD_EVERY`
    /// while sends are landing: the read goes over every pending message.
    /// A visitor whose message went out is tried again at once, for the
    /// next one, without a read.
    pub async fn run_outbox(&self, deliveries: Deliveries, mut stop: watch::Receiver<bool>) {
        let deliveries = Arc::new(deliveries);
        let mut flying: JoinSet<(i64, Result<bool, super::HandoffError>)> = JoinSet::new();
        // Visitors with a message on its way, and the task taking it.
        let mut busy: HashMap<i64, tokio::task::Id> = HashMap::new();
        // Visitors to try next, oldest message first.
        let mut ready: VecDeque<i64> = VecDeque::new();
        // Whether the database may hold due messages `ready` does not know.
        let mut stale = true;
        let mut last_read: Option<Instant> = None;
        let mut pending = false;
        loop {
            let may_read = (flying.is_empty() && ready.is_empty())
                || last_read.is_none_or(|t| t.elapsed() >= REREAD_EVERY);
            if stale && may_read && flying.len() < SENDERS {
                match self.due_now(&busy).await {
                    Ok(due) => {
                        stale = due.len() >= DUE_READ as usize;
                        ready = due.into();
                    }
                    Err(e) => {
                        tracing::error!(error = %e, "outbox: reading pending messages failed")
                    }
                }
                last_read = Some(Instant::now());
                pending = self
                    .store
                    .next_outgoing_due()
                    .await
                    .ok()
                    .flatten()
                    .is_some();
            }
            while flying.len() < SENDERS {
                let Some(visitor) = ready.pop_front() else {
                    break;
                };
                if busy.contains_key(&visitor) || self.is_paced(visitor) {
                    continue;
                }
                let (h, d) = (self.clone(), deliveries.clone());
                let task =
                    flying.spawn(async move { (visitor, h.deliver_claimed(&d, visitor).await) });
                busy.insert(visitor, task.id());
            }
            // A read put off while sends land happens when they give room,
            // or once `REREAD_EVERY` has passed.
            let nap = if stale && flying.len() < SENDERS {
                last_read.map_or(Duration::ZERO, |t| REREAD_EVERY.saturating_sub(t.elapsed()))
            } else if pending {
                self.next_unpaced().map_or(POLL, |d| d.min(POLL))
            } else {
                IDLE_LOOK
            };
            tokio::select! {
                Some(done) = flying.join_next(), if !flying.is_empty() => {
                    self.landed(done, &mut busy, &mut ready);
                    while let Some(done) = flying.try_join_next() {
                        self.landed(done, &mut busy, &mut ready);
                    }
                }
                _ = self.outbox_wake.notified() => stale = true,
                _ = tokio::time::sleep(nap) => stale = true,
                _ = async { stop.wait_for(|s| *s).await.is_ok() } => {
                    // A send under way finishes and is marked, so it does
                    // not go a second time after a restart.
                    while let Some(done) = flying.join_next().await {
                        self.landed(done, &mut busy, &mut ready);
                    }
                    return;
                }
            }
        }
    }

    /// A finished delivery task: its visitor may have the next message.
    fn landed(
        &self,
        done: Result<(i64, Result<bool, super::HandoffError>), tokio::task::JoinError>,
        busy: &mut HashMap<i64, tokio::task::Id>,
        ready: &mut VecDeque<i64>,
    ) {
        match done {
            Ok((visitor, result)) => {
                busy.remove(&visitor);
                match result {
                    Ok(true) => ready.push_back(visitor),
                    Ok(false) => {}
                    Err(e) => {
                        tracing::error!(error = %e, visitor, "outbox: recording a delivery failed")
                    }
                }
            }
            // Only a panic gets here: its message is still pending and
            // goes again.
            Err(e) => {
                tracing::error!(error = %e, "outbox: a delivery task failed");
                busy.retain(|_, id| *id != e.id());
            }
        }
    }

    /// The visitors with a message due that are neither being sent to nor
    /// paced (a full read of them leaves more to read), after making due
    /// now the messages of those whose channel came back.
    async fn due_now(
        &self,
        busy: &HashMap<i64, tokio::task::Id>,
    ) -> Result<Vec<i64>, super::HandoffError> {
        // A visitor with a send under way waits until it lands: that send
        // may yet write a later retry, which would push this one back.
        let back: Vec<i64> = {
            let mut list = self
                .outbox_retry_now
                .lock()
                .unwrap_or_else(|p| p.into_inner());
            let (later, now) = std::mem::take(&mut *list)
                .into_iter()
                .partition(|v| busy.contains_key(v));
            *list = later;
            now
        };
        for visitor in back {
            self.store.outgoing_due_now(visitor, self.now()).await?;
        }
        let due = self.store.due_visitors(self.now(), DUE_READ).await?;
        Ok(due
            .into_iter()
            .filter(|v| !busy.contains_key(v) && !self.is_paced(*v))
            .collect())
    }

    /// Delivers the visitor's next due message under a claim on the
    /// visitor, unless another instance is sending to them. True if it was
    /// handed over or given up, so the one after it may be due now.
    async fn deliver_claimed(
        &self,
        deliveries: &Deliveries,
        visitor_id: i64,
    ) -> Result<bool, super::HandoffError> {
        let claim = format!("outbox:{visitor_id}");
        if !self.claims.take(&claim).await? {
            self.pace(visitor_id, CLAIMED_ELSEWHERE);
            return Ok(false);
        }
        // Read under the claim: another instance may have sent what was
        // due when the visitor was queued here.
        let result = match self.store.due_outgoing_of(visitor_id, self.now()).await {
            Ok(Some(next)) => self.deliver_one(deliveries, next).await,
            Ok(None) => Ok(false),
            Err(e) => Err(e.into()),
        };
        // After the outcome is recorded (a failure to record it is logged
        // by the worker; the message then goes again, as it would on one
        // instance).
        self.claims.release(&claim).await;
        result
    }

    /// Hands one message to its channel and records what became of it;
    /// true if it is done with (sent, or refused for good).
    async fn deliver_one(
        &self,
        deliveries: &Deliveries,
        m: Outgoing,
    ) -> Result<bool, super::HandoffError> {
        let result = match deliveries.get(&m.channel) {
            Some(d) => d.deliver(&m).await,
            None => Err(DeliveryError::Retry {
                after: None,
                reason: format!("the {} channel is not running", m.channel),
            }),
        };
        Ok(match result {
            Ok(()) => {
                self.store.outgoing_sent(m.id, self.now()).await?;
                self.delivery_changed(&m, "delivered").await;
                true
            }
            Err(DeliveryError::Retry { after, reason }) => {
                let wait = after.unwrap_or_else(|| backoff(m.attempts));
                let next =
                    self.now() + chrono::Duration::from_std(wait).unwrap_or(chrono::Duration::MAX);
                tracing::debug!(id = m.id, %reason, "outbox: will retry");
                self.store.outgoing_retry(m.id, next, &reason).await?;
                false
            }
            Err(DeliveryError::Paced(wait)) => {
                self.pace(m.visitor_id, wait);
                false
            }
            Err(DeliveryError::Rejected { failure, reason }) => {
                tracing::warn!(id = m.id, %reason, "outbox: channel refused a message");
                self.store
                    .outgoing_rejected(m.id, failure.as_str(), &reason)
                    .await?;
                self.delivery_changed(&m, "failed").await;
                true
            }
            Err(DeliveryError::Unreachable { failure, reason }) => {
                tracing::info!(
                    visitor = m.visitor_id,
                    "outbox: visitor unreachable; stopped"
                );
                self.store.set_visitor_blocked(m.visitor_id, true).await?;
                self.store
                    .outgoing_abandon(m.visitor_id, failure.as_str(), &reason)
                    .await?;
                self.delivery_changed(&m, "failed").await;
                false
            }
        })
    }

    /// Tells the consoles that a case's message reached its visitor or
    /// failed to, so the state they show is the real one.
    async fn delivery_changed(&self, m: &Outgoing, state: &str) {
        let Some(case_id) = m.case_id else {
            return;
        };
        let mut fx = self.effects();
        fx.events.push(Self::event(
            EventKind::Delivery,
            None,
            json!({ "outgoing": m.id, "message_id": m.payload.message_id, "state": state }),
        ));
        // The case may have been erased meanwhile; the delivery stands.
        match self.store.append(case_id, fx).await {
            Ok(applied) => self.hub.publish(applied.events),
            Err(e) => tracing::warn!(error = %e, case_id, "outbox: delivery event not stored"),
        }
    }

    /// Holds a visitor's messages back for `wait` (in real time, kept in
    /// memory: pacing is not a failure worth recording).
    fn pace(&self, visitor_id: i64, wait: Duration) {
        let mut paced = self.outbox_paced.lock().unwrap_or_else(|p| p.into_inner());
        paced.insert(visitor_id, Instant::now() + wait);
    }

    fn is_paced(&self, visitor_id: i64) -> bool {
        let mut paced = self.outbox_paced.lock().unwrap_or_else(|p| p.into_inner());
        let now = Instant::now();
        paced.retain(|_, until| *until > now);
        paced.contains_key(&visitor_id)
    }

    /// How long until the first paced visitor may go again.
    fn next_unpaced(&self) -> Option<Duration> {
        let paced = self.outbox_paced.lock().unwrap_or_else(|p| p.into_inner());
        let now = Instant::now();
        paced
            .values()
            .map(|u| u.saturating_duration_since(now))
            .min()
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

/// Where one message to the visitor stands, as the console shows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DeliveryState {
    /// `queued`, `delivered`, `failed`, or `held` (kept until a visitor
    /// who blocked the bot writes again).
    pub state: &'static str,
    /// Why it failed or is held (a [`Failure`] code).
    pub failure: Option<String>,
    /// Tried and not yet taken (a kiosk that is not connected).
    pub retrying: bool,
}

/// What became of a case's messages to its visitor.
#[derive(Debug, Clone, Default, Serialize)]
pub struct DeliveryReport {
    /// By transcript message id.
    pub messages: HashMap<i64, DeliveryState>,
    pub visitor_blocked: bool,
}

impl Handoff {
    pub async fn delivery_report(
        &self,
        case_id: i64,
    ) -> Result<DeliveryReport, super::HandoffError> {
        let blocked = self.store.case_visitor_blocked(case_id).await?;
        let mut messages = HashMap::new();
        // The newest row wins: a message that followed the visitor to their
        // phone reports the phone's delivery.
        for row in self.store.deliveries(case_id).await? {
            let state = match row.status.as_str() {
                "sent" => DeliveryState {
                    state: "delivered",
                    failure: None,
                    retrying: false,
                },
                "abandoned" => DeliveryState {
                    state: "failed",
                    failure: Some(row.failure.unwrap_or_else(|| "refused".into())),
                    retrying: false,
                },
                _ if blocked => DeliveryState {
                    state: "held",
                    failure: Some(Failure::Blocked.as_str().into()),
                    retrying: false,
                },
                _ => DeliveryState {
                    state: "queued",
                    failure: None,
                    retrying: row.attempts > 0,
                },
            };
            messages.insert(row.message_id, state);
        }
        Ok(DeliveryReport {
            messages,
            visitor_blocked: blocked,
        })
    }
}
