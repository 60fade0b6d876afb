//! Receiving updates: each is written to the inbox before Telegram can
//! consider it delivered, then handled from there in arrival order.
//!
//! With long polling, asking for updates after offset N confirms everything
//! before N; so the next offset is only asked for once the batch is stored.
//! A crash before that gets the batch again, and the inbox drops the
//! repeats by update id.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use teloxide::RequestError;
use teloxide::payloads::GetUpdatesSetters;
use teloxide::prelude::Requester;
use teloxide::types::{AllowedUpdate, Update};
use tokio::sync::watch;
use tokio::task::JoinSet;

use super::delivery::redact;
use super::dialogue::BotError;
use super::{TelegramBot, lease, pause};
use crate::store::{Arrived, InboxItem, Store, StoreError};

/// The updates the bot acts on.
pub const ALLOWED: [AllowedUpdate; 2] = [AllowedUpdate::Message, AllowedUpdate::CallbackQuery];
/// Telegram keeps undelivered updates for 24 hours and restarts update ids
/// only after a week without updates: an id seen in the last two days is a
/// repeat, an older one is not.
pub const DEDUP_WINDOW: chrono::Duration = chrono::Duration::days(2);
/// Telegram restarts update ids after a week without updates.
const ID_RESTART_AFTER: chrono::Duration = chrono::Duration::days(6);
/// Long-poll duration; below the client's 17 s request timeout.
const POLL_SECS: u32 = 10;
/// An update that cannot be handled (not a network or database outage) is
/// set aside after this many tries, so it cannot hold up its chat for ever.
const MAX_TRIES: u32 = 4;
/// The wait after such a failure, doubling with each try.
const RETRY_FIRST_WAIT: Duration = Duration::from_millis(250);
/// The first wait during an outage, doubling up to 30 s.
const OUTAGE_FIRST_WAIT: Duration = Duration::from_millis(500);
/// Pending updates read at once: at most `PER_CHAT` of each chat, so a
/// flood from one chat leaves room for the others, and enough in all to
/// find chats without a task while many have one.
const PER_CHAT: i64 = 10;
const BATCH: i64 = 1_000;
/// Chats handled side by side. Handling waits mostly on the database and
/// on Telegram (a pressed button is answered before its update is marked
/// handled), so many more than the cores.
const CHATS_AT_ONCE: usize = 64;
/// How long to sleep with nothing to do (new updates wake the worker).
const IDLE: Duration = Duration::from_secs(5);
/// How long a chat that another instance is handling is left alone before
/// trying for its claim again.
const CLAIMED_ELSEWHERE: Duration = Duration::from_millis(250);

/// Records updates in one transaction; how many were not repeats.
pub async fn record(
    store: &dyn Store,
    updates: &[Update],
    now: DateTime<Utc>,
) -> Result<usize, StoreError> {
    let mut rows = Vec::with_capacity(updates.len());
    for u in updates {
        let body = serde_json::to_string(u).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        rows.push((
            i64::from(u.id.0),
            u.chat().map(|c| c.id.0.to_string()),
            body,
        ));
    }
    let arrived: Vec<Arrived<'_>> = rows
        .iter()
        .map(|(update_id, chat, body)| Arrived {
            update_id: *update_id,
            chat_id: chat.as_deref(),
            body,
        })
        .collect();
    let ids = store.inbox_add(&arrived, now, now - DEDUP_WINDOW).await?;
    Ok(ids.iter().flatten().count())
}

impl TelegramBot {
    pub(super) fn now(&self) -> DateTime<Utc> {
        self.handoff.clock.now()
    }

    /// Long polling: asks for updates, stores them, and only then confirms
    /// them by asking for the next ones.
    /// With a lease (`held`), polls only while this instance holds it.
    pub(super) async fn poll(
        self,
        mut stop: watch::Receiver<bool>,
        mut held: Option<watch::Receiver<bool>>,
    ) {
        // getUpdates does not work while a webhook is set.
        if let Err(e) = self.tg.delete_webhook().await {
            tracing::warn!(error = %redact(&e, &self.token), "deleteWebhook failed");
        }
        let mut offset: Option<i32> = None;
        let mut last_update = self.now();
        let mut wait = Duration::from_millis(500);
        loop {
            if !lease::holds(&held) {
                // Another instance polled meanwhile and confirmed what it
                // stored: ask for whatever is unconfirmed now (the inbox
                // drops what this instance had already stored).
                offset = None;
                if let Some(h) = held.as_mut()
                    && !lease::until_held(h, &mut stop).await
                {
                    return;
                }
            }
            // After a quiet week Telegram numbers updates from a new random
            // id, possibly below our offset: ask for whatever is
            // unconfirmed instead (the inbox drops repeats).
            if self.now() - last_update > ID_RESTART_AFTER {
                offset = None;
            }
            let mut req = self
                .tg
                .get_updates()
                .timeout(POLL_SECS)
                .allowed_updates(ALLOWED.to_vec());
            if let Some(o) = offset {
                req = req.offset(o);
            }
            let result = tokio::select! {
                r = req => r,
                _ = stop.wait_for(|s| *s) => return,
                // Lost: stop at once; what this request would have
                // returned stays unconfirmed for the next holder.
                () = lease::until_lost(&mut held) => continue,
            };
            let pause_for = match result {
                Ok(updates) => match self.record_batch(&updates).await {
                    Ok(()) => {
                        if let Some(last) = updates.iter().map(|u| u.id.0).max() {
                            offset =
                                Some(i32::try_from(last).unwrap_or(i32::MAX).saturating_add(1));
                            last_update = self.now();
                        }
                        wait = Duration::from_millis(500);
                        continue;
                    }
                    Err(e) => {
                        // Not confirmed: the same batch comes again.
                        tracing::error!(error = %e, "Telegram: storing updates failed; will fetch them again");
                        wait
                    }
                },
                Err(RequestError::RetryAfter(s)) => s.duration(),
                Err(e) => {
                    tracing::warn!(error = %redact(&e, &self.token), "Telegram getUpdates failed");
                    wait
                }
            };
            if !pause(pause_for, &mut stop).await {
                return;
            }
            wait = (wait * 2).min(Duration::from_secs(30));
        }
    }

    async fn record_batch(&self, updates: &[Update]) -> Result<(), StoreError> {
        if updates.is_empty() {
            return Ok(());
        }
        record(self.handoff.store.as_ref(), updates, self.now()).await?;
        self.gateway.inbox_wake.notify_one();
        Ok(())
    }

    /// Handles recorded updates until stopped: each chat's in order, one
    /// task per chat, chats side by side. A chat is read again only once
    /// its task has ended, so no update overtakes an earlier one of its
    /// chat; and no chat waits for another's (a slow one, or one that
    /// cannot be handled now: Telegram or the database away, a file that
    /// cannot be fetched).
    ///
    /// Every instance runs this, in webhook and in long-polling mode alike:
    /// a chat's task works under a claim on the chat, so one instance at a
    /// time handles it, and the updates any instance stored are handled by
    /// whichever has room (with polling, the others also take over at
    /// once the chats of an instance that died, once its claims lapse).
    pub(super) async fn run_inbox(self, mut stop: watch::Receiver<bool>) {
        let mut held: HashMap<String, Held> = HashMap::new();
        let mut running: JoinSet<(String, ChatRun)> = JoinSet::new();
        // The chats with a task, and the task's id.
        let mut busy: HashMap<String, tokio::task::Id> = HashMap::new();
        let mut last_purge: Option<DateTime<Utc>> = None;
        // Chats read from the inbox and not started yet. The inbox is read
        // again when updates arrive, after a nap, or when these cannot
        // fill the room: reading it whenever a chat's task ended cost more
        // than handling the updates.
        let mut waiting: Vec<(String, Vec<InboxItem>)> = Vec::new();
        let mut fresh = true;
        loop {
            if !fresh {
                start_chats(&self, &mut waiting, &mut running, &mut busy, &held, &stop);
            }
            if running.len() < CHATS_AT_ONCE {
                waiting = self.read_pending().await;
                start_chats(&self, &mut waiting, &mut running, &mut busy, &held, &stop);
            }
            fresh = false;
            if last_purge.is_none_or(|t| self.now() - t > chrono::Duration::hours(1)) {
                last_purge = Some(self.now());
                self.purge().await;
            }
            let now = Instant::now();
            let nap = held
                .values()
                .map(|h| h.until.saturating_duration_since(now))
                .min()
                .map_or(IDLE, |d| d.min(IDLE));
            tokio::select! {
                Some(done) = running.join_next(), if !running.is_empty() => {
                    self.ended(done, &mut held, &mut busy).await;
                    while let Some(done) = running.try_join_next() {
                        self.ended(done, &mut held, &mut busy).await;
                    }
                }
                _ = self.gateway.inbox_wake.notified() => fresh = true,
                _ = tokio::time::sleep(nap) => fresh = true,
                _ = async { stop.wait_for(|s| *s).await.is_ok() } => {
                    // Each task stops before its next update; the one it
                    // is handling is finished, not cut in the middle.
                    while running.join_next().await.is_some() {}
                    return;
                }
            }
        }
    }

    /// The chats with pending updates, each with its first few.
    async fn read_pending(&self) -> Vec<(String, Vec<InboxItem>)> {
        match self.handoff.store.inbox_pending(PER_CHAT, BATCH).await {
            Ok(items) => by_chat(items),
            Err(e) => {
                tracing::error!(error = %e, "Telegram inbox: reading failed");
                Vec::new()
            }
        }
    }

    /// A chat's task ended: forget or hold the chat, and set aside an
    /// update that failed too often.
    async fn ended(
        &self,
        done: Result<(String, ChatRun), tokio::task::JoinError>,
        held: &mut HashMap<String, Held>,
        busy: &mut HashMap<String, tokio::task::Id>,
    ) {
        let (chat, run) = match done {
            Ok(done) => done,
            // Only a panic gets here: the updates it left unhandled are
            // still pending and are read again.
            Err(e) => {
                tracing::error!(error = %e, "Telegram inbox: a chat's task failed");
                busy.retain(|_, id| *id != e.id());
                return;
            }
        };
        busy.remove(&chat);
        if run.elsewhere {
            // Another instance handles this chat now: look again shortly.
            held.insert(
                chat,
                Held {
                    item: 0,
                    tries: 0,
                    outage: OUTAGE_FIRST_WAIT,
                    until: Instant::now() + CLAIMED_ELSEWHERE,
                },
            );
            return;
        }
        match run.failed {
            None => {
                held.remove(&chat);
            }
            Some((item, e)) => {
                if self.hold(held, chat, &item, &e) {
                    self.set_aside(&item).await;
                }
            }
        }
    }

    /// Handles one chat's updates in order under a claim on the chat,
    /// unless another instance has it; stops at the first failure (a later
    /// update must not overtake it) or when told to stop.
    async fn run_chat(
        &self,
        chat: &str,
        items: Vec<InboxItem>,
        stop: watch::Receiver<bool>,
    ) -> ChatRun {
        let claim = format!("inbox:{chat}");
        match self.handoff.claims.take(&claim).await {
            Ok(true) => {}
            Ok(false) => {
                return ChatRun {
                    failed: None,
                    elsewhere: true,
                };
            }
            Err(e) => {
                return ChatRun {
                    failed: items.into_iter().next().map(|i| (i, e.into())),
                    elsewhere: false,
                };
            }
        }
        let failed = self.run_claimed(items, stop).await;
        // After the last update's outcome is recorded.
        self.handoff.claims.release(&claim).await;
        ChatRun {
            failed,
            elsewhere: false,
        }
    }

    async fn run_claimed(
        &self,
        items: Vec<InboxItem>,
        stop: watch::Receiver<bool>,
    ) -> Option<(InboxItem, BotError)> {
        for item in items {
            if *stop.borrow() {
                break;
            }
            // Read before the claim was taken: another instance may have
            // handled it since (then also every earlier one of the chat).
            let pending = self.handoff.store.inbox_is_pending(item.id).await;
            let result = match pending {
                Ok(false) => continue,
                Ok(true) => self.handle(&item).await,
                Err(e) => Err(e.into()),
            };
            if let Err(e) = result {
                return Some((item, e));
            }
        }
        None
    }

    /// Holds a chat back after a failure; true when its update has failed
    /// too often and must be set aside.
    fn hold(
        &self,
        held: &mut HashMap<String, Held>,
        chat: String,
        item: &InboxItem,
        e: &BotError,
    ) -> bool {
        let error = redact(e, &self.token);
        let h = held.entry(chat.clone()).or_insert(Held {
            item: item.id,
            tries: 0,
            outage: OUTAGE_FIRST_WAIT,
            until: Instant::now(),
        });
        if h.item != item.id {
            *h = Held {
                item: item.id,
                tries: 0,
                outage: OUTAGE_FIRST_WAIT,
                until: Instant::now(),
            };
        }
        if e.transient() {
            // Telegram or the database is away: wait and try again,
            // however long it takes.
            tracing::warn!(item = item.id, %error, "Telegram inbox: will retry");
            h.until = Instant::now() + h.outage;
            h.outage = (h.outage * 2).min(Duration::from_secs(30));
            return false;
        }
        h.tries += 1;
        if h.tries >= MAX_TRIES {
            tracing::error!(item = item.id, %error, "Telegram inbox: giving up on an update");
            held.remove(&chat);
            return true;
        }
        tracing::warn!(item = item.id, %error, "Telegram inbox: handling failed; will retry");
        h.until = Instant::now() + RETRY_FIRST_WAIT * 2u32.pow(h.tries - 1);
        false
    }

    async fn purge(&self) {
        let store = &self.handoff.store;
        if let Err(e) = store.inbox_purge(self.now() - DEDUP_WINDOW).await {
            tracing::warn!(error = %e, "Telegram inbox: purge failed");
        }
        if let Err(e) = store
            .trail_purge(self.now() - super::context::TRAIL_KEPT)
            .await
        {
            tracing::warn!(error = %e, "Telegram: purging what users read failed");
        }
    }
}

/// A chat waiting to try its first pending update again.
struct Held {
    item: i64,
    /// Failed tries that an outage does not explain.
    tries: u32,
    /// The next wait during an outage.
    outage: Duration,
    until: Instant,
}

struct ChatRun {
    failed: Option<(InboxItem, BotError)>,
    /// Another instance had the chat's claim: nothing was handled.
    elsewhere: bool,
}

/// Starts a task for each waiting chat that has none and is not held
/// back, up to [`CHATS_AT_ONCE`]; the chats started, and those with a
/// task, leave `waiting`.
fn start_chats(
    bot: &TelegramBot,
    waiting: &mut Vec<(String, Vec<InboxItem>)>,
    running: &mut JoinSet<(String, ChatRun)>,
    busy: &mut HashMap<String, tokio::task::Id>,
    held: &HashMap<String, Held>,
    stop: &watch::Receiver<bool>,
) {
    let now = Instant::now();
    let mut left = Vec::with_capacity(waiting.len());
    for (chat, items) in waiting.drain(..) {
        // A chat with a task is read again once it has ended.
        if busy.contains_key(&chat) {
            continue;
        }
        let startable =
            running.len() < CHATS_AT_ONCE && held.get(&chat).is_none_or(|h| h.until <= now);
        if !startable {
            left.push((chat, items));
            continue;
        }
        let (bot, stop, key) = (bot.clone(), stop.clone(), chat.clone());
        let task = running.spawn(async move {
            let run = bot.run_chat(&key, items, stop).await;
            (key, run)
        });
        busy.insert(chat, task.id());
    }
    *waiting = left;
}

/// Pending updates grouped by chat, each group in arrival order; the chats
/// in the order their first update arrived.
fn by_chat(items: Vec<InboxItem>) -> Vec<(String, Vec<InboxItem>)> {
    let mut chats: Vec<(String, Vec<InboxItem>)> = Vec::new();
    let mut place: HashMap<String, usize> = HashMap::new();
    for item in items {
        let chat = item
            .chat
            .clone()
            .unwrap_or_else(|| format!("update:{}", item.id));
        match place.get(&chat) {
            Some(&at) => chats[at].1.push(item),
            None => {
                place.insert(chat.clone(), chats.len());
                chats.push((chat, vec![item]));
            }
        }
    }
    chats
}
