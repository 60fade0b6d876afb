//! Receiving updates: each is written to the inbox before Telegram can
//! consider it delivered, then handled from there in arrival order.
//!
//! With long polling, asking for updates after offset N confirms everything
//! before N; so the next offset is only asked for once the batch is stored.
//! A crash before that gets the batch again, and the inbox drops the
//! repeats by update id.

use std::collections::HashMap;
use std::time::Duration;

use chrono::{DateTime, Utc};
use teloxide::RequestError;
use teloxide::payloads::GetUpdatesSetters;
use teloxide::prelude::Requester;
use teloxide::types::{AllowedUpdate, Update};
use tokio::sync::watch;

use super::delivery::redact;
use super::{TelegramBot, pause};
use crate::store::{Store, StoreError};

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
/// set aside after this many tries, so it cannot hold up everyone after it.
const MAX_TRIES: u32 = 5;

/// Records one update. `false` when it was a repeat.
pub async fn record(
    store: &dyn Store,
    update: &Update,
    now: DateTime<Utc>,
) -> Result<bool, StoreError> {
    let body = serde_json::to_string(update).map_err(|e| StoreError::Corrupt(e.to_string()))?;
    let chat = update.chat().map(|c| c.id.0.to_string());
    Ok(store
        .inbox_add(
            i64::from(update.id.0),
            chat.as_deref(),
            &body,
            now,
            now - DEDUP_WINDOW,
        )
        .await?
        .is_some())
}

impl TelegramBot {
    pub(super) fn now(&self) -> DateTime<Utc> {
        self.handoff.clock.now()
    }

    /// Long polling: asks for updates, stores them, and only then confirms
    /// them by asking for the next ones.
    pub(super) async fn poll(self, mut stop: watch::Receiver<bool>) {
        // getUpdates does not work while a webhook is set.
        if let Err(e) = self.tg.delete_webhook().await {
            tracing::warn!(error = %redact(&e, &self.token), "deleteWebhook failed");
        }
        let mut offset: Option<i32> = None;
        let mut last_update = self.now();
        let mut wait = Duration::from_millis(500);
        loop {
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
        for u in updates {
            record(self.handoff.store.as_ref(), u, self.now()).await?;
        }
        self.gateway.inbox_wake.notify_one();
        Ok(())
    }

    /// Handles recorded updates in order until stopped.
    pub(super) async fn run_inbox(self, mut stop: watch::Receiver<bool>) {
        let mut tries: HashMap<i64, u32> = HashMap::new();
        let mut last_purge: Option<DateTime<Utc>> = None;
        let mut backoff = Duration::from_millis(500);
        loop {
            let items = match self.handoff.store.inbox_pending(50).await {
                Ok(items) => items,
                Err(e) => {
                    tracing::error!(error = %e, "Telegram inbox: reading failed");
                    Vec::new()
                }
            };
            let mut progressed = false;
            for item in &items {
                match self.handle(item).await {
                    Ok(()) => {
                        tries.remove(&item.id);
                        progressed = true;
                        backoff = Duration::from_millis(500);
                    }
                    Err(e) => {
                        let error = redact(&e, &self.token);
                        if e.transient() {
                            // Telegram or the database is away: wait and
                            // try again, however long it takes.
                            tracing::warn!(item = item.id, %error, "Telegram inbox: will retry");
                            backoff = (backoff * 2).min(Duration::from_secs(30));
                        } else {
                            let n = tries.entry(item.id).or_default();
                            *n += 1;
                            if *n >= MAX_TRIES {
                                tracing::error!(item = item.id, %error, "Telegram inbox: giving up on an update");
                                let _ = self
                                    .handoff
                                    .store
                                    .inbox_finish(item.id, &[], self.now())
                                    .await;
                                tries.remove(&item.id);
                            } else {
                                tracing::warn!(item = item.id, %error, "Telegram inbox: handling failed; will retry");
                            }
                        }
                        // Later updates of the same chat must not overtake it.
                        break;
                    }
                }
            }
            if last_purge.is_none_or(|t| self.now() - t > chrono::Duration::hours(1)) {
                last_purge = Some(self.now());
                if let Err(e) = self
                    .handoff
                    .store
                    .inbox_purge(self.now() - DEDUP_WINDOW)
                    .await
                {
                    tracing::warn!(error = %e, "Telegram inbox: purge failed");
                }
            }
            if progressed && items.len() == 50 {
                continue;
            }
            let nap = if progressed || items.is_empty() {
                Duration::from_secs(5)
            } else {
                backoff
            };
            tokio::select! {
                _ = self.gateway.inbox_wake.notified() => {}
                _ = tokio::time::sleep(nap) => {}
                _ = stop.wait_for(|s| *s) => return,
            }
        }
    }
}
