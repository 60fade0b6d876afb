//! The Telegram channel: an inbox every update is written to before
//! Telegram may consider it delivered (long polling or webhook), a worker
//! that handles the inbox in order, the conversation itself, and delivery
//! through the hand-off outbox.

mod commands;
mod context;
pub mod delivery;
mod dialogue;
pub mod format;
mod inbox;
mod lease;
pub mod limits;
pub mod links;
mod questions;
pub mod webhook;

use std::sync::{Arc, RwLock};
use std::time::Duration;

use tokio::sync::{Notify, watch};
use tokio::task::JoinHandle;

use crate::config::TelegramConfig;
use crate::handoff::Handoff;
use crate::handoff::outbox::Delivery;
use delivery::{TelegramDelivery, redact};

/// The fixed path Telegram posts updates to in webhook mode.
pub const WEBHOOK_PATH: &str = "/telegram/webhook";
/// Key of the generated webhook secret in the settings table.
const SECRET_SETTING: &str = "telegram_webhook_secret";

/// What the rest of the service knows about the bot, whether it runs or not.
#[derive(Default)]
pub struct Gateway {
    username: RwLock<Option<String>>,
    webhook_secret: RwLock<Option<String>>,
    /// Wakes the inbox worker when an update was recorded.
    inbox_wake: Notify,
    /// In long-polling mode, whether this instance holds the polling lease.
    polling: RwLock<Option<watch::Receiver<bool>>>,
}

impl Gateway {
    /// The bot's username once getMe answered.
    pub fn username(&self) -> Option<String> {
        self.username
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    /// The secret webhook updates must carry; `None` unless in webhook mode.
    pub fn webhook_secret(&self) -> Option<String> {
        self.webhook_secret
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    fn set_webhook_secret(&self, secret: String) {
        *self
            .webhook_secret
            .write()
            .unwrap_or_else(|p| p.into_inner()) = Some(secret);
    }

    /// How this instance receives Telegram updates, for readiness checks:
    /// `off`, `webhook`, or in long-polling mode `polling` (it holds the
    /// lease) or `standby` (another instance does).
    pub fn receiving(&self) -> &'static str {
        if self.webhook_secret().is_some() {
            return "webhook";
        }
        match &*self.polling.read().unwrap_or_else(|p| p.into_inner()) {
            None => "off",
            Some(held) if *held.borrow() => "polling",
            Some(_) => "standby",
        }
    }

    fn set_polling(&self, held: watch::Receiver<bool>) {
        *self.polling.write().unwrap_or_else(|p| p.into_inner()) = Some(held);
    }

    fn set_username(&self, name: String) {
        *self.username.write().unwrap_or_else(|p| p.into_inner()) = Some(name);
    }
}

/// A running bot's parts, for the service to register and stop.
pub struct Started {
    pub delivery: Arc<dyn Delivery>,
    pub tasks: Vec<JoinHandle<()>>,
}

/// The bot: the Telegram client and the hand-off core it talks to.
#[derive(Clone)]
pub struct TelegramBot {
    tg: teloxide::Bot,
    /// For redacting error messages (request URLs contain it).
    token: Arc<str>,
    handoff: Handoff,
    gateway: Arc<Gateway>,
    phrases: Arc<commands::PhraseCache>,
}

#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error("TELEGRAM_API_URL is not a URL: {0}")]
    ApiUrl(String),
    #[error("TELEGRAM_WEBHOOK_URL must be an https:// (or, for tests, http://) URL: {0}")]
    WebhookUrl(String),
    #[error("storing the webhook secret: {0}")]
    Store(#[from] crate::store::StoreError),
}

/// Starts the bot when a token is configured; logs that it is off if not.
pub async fn start(
    config: &TelegramConfig,
    handoff: Handoff,
    gateway: Arc<Gateway>,
    stop: watch::Receiver<bool>,
) -> Result<Option<Started>, StartError> {
    let Some(token) = config.token.clone() else {
        tracing::info!("Telegram bot off: TELEGRAM_BOT_TOKEN is not set");
        return Ok(None);
    };
    let mut tg = teloxide::Bot::new(token.clone());
    if let Some(url) = &config.api_url {
        let parsed = url::Url::parse(url).map_err(|_| StartError::ApiUrl(url.clone()))?;
        tg = tg.set_api_url(parsed);
    }
    let webhook = match &config.webhook_url {
        None => None,
        Some(u) => {
            let url = webhook_url(u).ok_or_else(|| StartError::WebhookUrl(u.clone()))?;
            let secret = match &config.webhook_secret {
                Some(s) => s.clone(),
                None => {
                    handoff
                        .store
                        .setting_or_insert(SECRET_SETTING, &crate::auth::random_token(48))
                        .await?
                }
            };
            gateway.set_webhook_secret(secret.clone());
            Some((url, secret))
        }
    };
    let bot = TelegramBot {
        tg: tg.clone(),
        token: token.as_str().into(),
        handoff,
        gateway,
        phrases: Arc::default(),
    };
    // Every instance handles the inbox (per chat, under claims); only
    // the lease holder polls.
    let mut tasks = vec![tokio::spawn(bot.clone().run_inbox(stop.clone()))];
    if webhook.is_some() {
        tasks.push(tokio::spawn(bot.clone().listen(webhook, stop, None)));
    } else {
        let (held_tx, held) = watch::channel(false);
        bot.gateway.set_polling(held.clone());
        let poll = bot.clone().listen(None, stop, Some(held));
        tasks.push(tokio::spawn(lease::hold_while(
            bot.handoff.store.clone(),
            crate::auth::random_token(16),
            held_tx,
            poll,
        )));
    }
    tracing::info!(
        mode = if config.webhook_url.is_some() {
            "webhook"
        } else {
            "long polling"
        },
        "Telegram bot on"
    );
    Ok(Some(Started {
        delivery: Arc::new(TelegramDelivery::new(
            tg,
            token,
            bot.handoff.store.clone(),
            limits::for_store(bot.handoff.store.as_ref(), limits::Limits::TELEGRAM),
        )),
        tasks,
    }))
}

/// The full webhook URL: the configured one, with the fixed path added when
/// only the site's address was given.
fn webhook_url(configured: &str) -> Option<url::Url> {
    let mut url = url::Url::parse(configured).ok()?;
    if !matches!(url.scheme(), "https" | "http") {
        return None;
    }
    if url.path() == "/" || url.path().is_empty() {
        url.set_path(WEBHOOK_PATH);
    }
    Some(url)
}

/// Waits `d` unless told to stop; false when stopping.
async fn pause(d: Duration, stop: &mut watch::Receiver<bool>) -> bool {
    tokio::select! {
        _ = tokio::time::sleep(d) => true,
        _ = stop.wait_for(|s| *s) => false,
    }
}

impl TelegramBot {
    /// Learns the bot's name (for deep links), then receives updates by
    /// webhook or long polling until stopped.
    async fn listen(
        self,
        webhook: Option<(url::Url, String)>,
        mut stop: watch::Receiver<bool>,
        held: Option<watch::Receiver<bool>>,
    ) {
        use teloxide::payloads::SetWebhookSetters;
        use teloxide::prelude::Requester;
        let mut wait = Duration::from_secs(1);
        loop {
            match self.tg.get_me().await {
                Ok(me) => {
                    if let Some(name) = me.user.username.clone() {
                        self.gateway.set_username(name);
                    }
                    break;
                }
                Err(e) => {
                    tracing::warn!(error = %redact(&e, &self.token), "Telegram getMe failed; retrying");
                }
            }
            if !pause(wait, &mut stop).await {
                return;
            }
            wait = (wait * 2).min(Duration::from_secs(60));
        }
        match webhook {
            Some((url, secret)) => {
                let mut wait = Duration::from_secs(1);
                loop {
                    let req = self
                        .tg
                        .set_webhook(url.clone())
                        .secret_token(secret.clone())
                        .allowed_updates(inbox::ALLOWED.to_vec());
                    match req.await {
                        Ok(_) => {
                            tracing::info!(url = %url, "Telegram webhook registered");
                            return;
                        }
                        Err(e) => {
                            tracing::warn!(error = %redact(&e, &self.token), "setWebhook failed; retrying")
                        }
                    }
                    if !pause(wait, &mut stop).await {
                        return;
                    }
                    wait = (wait * 2).min(Duration::from_secs(60));
                }
            }
            None => self.poll(stop, held).await,
        }
    }
}
