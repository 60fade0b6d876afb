//! The Telegram side of the hand-off outbox: renders an outgoing message
//! (a mediator's reply, a notice, the survey, the bot's own answers) and
//! sends it when the shared [`SendLimiter`] gives it its turn.

use std::sync::Arc;

use async_trait::async_trait;
use serde::{Deserialize, Serialize};
use teloxide::ApiError;
use teloxide::RequestError;
use teloxide::payloads::{
    EditMessageTextSetters, SendDocumentSetters, SendMessageSetters, SendPhotoSetters,
};
use teloxide::prelude::Requester;
use teloxide::types::{
    ChatId, InlineKeyboardButton, InlineKeyboardMarkup, InputFile, MessageId, ParseMode,
};

use super::format::escape;
use super::limits::SendLimiter;
use crate::handoff::files::FileRef;
use crate::handoff::model::{Outgoing, PayloadKind};
use crate::handoff::outbox::{Delivery, DeliveryError, Failure};
use crate::store::Store;

/// What the bot's own answers carry in `Payload::extra`.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Extra {
    /// Rows of (label, callback data) buttons.
    pub buttons: Vec<Vec<(String, String)>>,
    /// Replace this earlier message of the bot instead of sending a new one
    /// (menus change in place).
    pub edit: Option<i32>,
}

pub struct TelegramDelivery {
    bot: teloxide::Bot,
    /// For taking the token out of error messages before they are logged.
    token: String,
    /// Shared by every sender of the process, and on PostgreSQL by every
    /// instance (through the database).
    limiter: Arc<dyn SendLimiter>,
    /// Where the files mediators send are kept until they go.
    store: Arc<dyn Store>,
}

impl TelegramDelivery {
    pub fn new(
        bot: teloxide::Bot,
        token: String,
        store: Arc<dyn Store>,
        limiter: Arc<dyn SendLimiter>,
    ) -> Self {
        TelegramDelivery {
            bot,
            token,
            limiter,
            store,
        }
    }

    /// A mediator's file as a photo (shown in the chat) or a document,
    /// uploaded from the store.
    async fn send_file(
        &self,
        chat: ChatId,
        file: &FileRef,
        bytes: Vec<u8>,
        caption: &str,
    ) -> Result<(), RequestError> {
        let upload = InputFile::memory(bytes).file_name(file.name.clone());
        let caption = (!caption.is_empty()).then(|| format!("💬 {}", escape(caption)));
        // Telegram makes a still picture of a GIF sent as a photo.
        if file.image && file.mime != "image/gif" {
            let mut req = self.bot.send_photo(chat, upload);
            if let Some(c) = caption {
                req = req.caption(c).parse_mode(ParseMode::Html);
            }
            req.await.map(|_| ())
        } else {
            let mut req = self.bot.send_document(chat, upload);
            if let Some(c) = caption {
                req = req.caption(c).parse_mode(ParseMode::Html);
            }
            req.await.map(|_| ())
        }
    }

    async fn send(&self, chat: ChatId, m: &Outgoing) -> Result<(), RequestError> {
        let p = &m.payload;
        let (text, extra) = match p.kind {
            // Files go by `send_file`; this is only reached without one.
            PayloadKind::Reply | PayloadKind::File => {
                (format!("💬 {}", escape(&p.text)), Extra::default())
            }
            PayloadKind::Notice => (format!("ℹ️ {}", escape(&p.text)), Extra::default()),
            PayloadKind::Survey => (escape(&p.text), survey(m.case_id)),
            PayloadKind::Channel => (
                p.text.clone(),
                serde_json::from_value(p.extra.clone()).unwrap_or_default(),
            ),
        };
        let markup = keyboard(&extra.buttons);
        if let Some(id) = extra.edit {
            let mut req = self
                .bot
                .edit_message_text(chat, MessageId(id), &text)
                .parse_mode(ParseMode::Html);
            if let Some(k) = &markup {
                req = req.reply_markup(k.clone());
            }
            match req.await {
                Ok(_) | Err(RequestError::Api(ApiError::MessageNotModified)) => return Ok(()),
                // The message is gone or too old to edit: send it anew.
                Err(RequestError::Api(_)) => {}
                Err(e) => return Err(e),
            }
        }
        let mut req = self
            .bot
            .send_message(chat, text)
            .parse_mode(ParseMode::Html);
        if let Some(k) = markup {
            req = req.reply_markup(k);
        }
        req.await.map(|_| ())
    }
}

/// The 1–5 rating buttons of a closed conversation.
fn survey(case_id: Option<i64>) -> Extra {
    let Some(case) = case_id else {
        return Extra::default();
    };
    Extra {
        buttons: vec![
            (1..=5)
                .map(|n| (format!("{n} ⭐"), format!("rate:{case}:{n}")))
                .collect(),
        ],
        edit: None,
    }
}

pub fn keyboard(rows: &[Vec<(String, String)>]) -> Option<InlineKeyboardMarkup> {
    (!rows.is_empty()).then(|| {
        InlineKeyboardMarkup::new(rows.iter().map(|row| {
            row.iter()
                .map(|(label, data)| InlineKeyboardButton::callback(label, data))
                .collect::<Vec<_>>()
        }))
    })
}

/// Whether the user blocked the bot (rather than being gone altogether).
fn blocked(e: &ApiError) -> bool {
    matches!(e, ApiError::BotBlocked)
        || matches!(e, ApiError::Unknown(d) if d.starts_with("Forbidden: bot was blocked"))
}

/// Whether Telegram refused a text or caption for its length.
fn too_long(e: &ApiError) -> bool {
    matches!(
        e,
        ApiError::MessageIsTooLong | ApiError::EditedMessageIsTooLong
    ) || matches!(e, ApiError::Unknown(d) if d.contains("too long"))
}

/// Whether Telegram says this chat cannot be written to at all.
fn unreachable(e: &ApiError) -> bool {
    matches!(
        e,
        ApiError::BotBlocked
            | ApiError::UserDeactivated
            | ApiError::ChatNotFound
            | ApiError::BotKicked
            | ApiError::BotKickedFromSupergroup
            | ApiError::CantInitiateConversation
            | ApiError::CantTalkWithBots
    ) || matches!(e, ApiError::Unknown(d) if d.starts_with("Forbidden"))
}

/// A request error as it may be logged: without the bot token, which
/// appears in request URLs.
pub fn redact(e: &dyn std::fmt::Display, token: &str) -> String {
    let text = e.to_string();
    if token.is_empty() {
        text
    } else {
        text.replace(token, "<token>")
    }
}

#[async_trait]
impl Delivery for TelegramDelivery {
    async fn deliver(&self, m: &Outgoing) -> Result<(), DeliveryError> {
        let Ok(chat) = m.address.parse::<i64>() else {
            return Err(DeliveryError::Unreachable {
                failure: Failure::Unreachable,
                reason: format!("not a Telegram chat: {}", m.address),
            });
        };
        let sent = match m.payload.file() {
            Some(file) => {
                let bytes = match self.store.file(file.id).await {
                    Ok(Some((_, bytes))) => bytes,
                    Ok(None) => {
                        return Err(DeliveryError::Rejected {
                            failure: Failure::Refused,
                            reason: "the file was deleted".into(),
                        });
                    }
                    Err(e) => {
                        return Err(DeliveryError::Retry {
                            after: None,
                            reason: e.to_string(),
                        });
                    }
                };
                // The turn is taken once the file is read, right before
                // the send: the limits count when a send reaches Telegram.
                self.limiter
                    .acquire(chat)
                    .await
                    .map_err(DeliveryError::Paced)?;
                self.send_file(ChatId(chat), &file, bytes, &m.payload.text)
                    .await
            }
            None => {
                self.limiter
                    .acquire(chat)
                    .await
                    .map_err(DeliveryError::Paced)?;
                self.send(ChatId(chat), m).await
            }
        };
        match sent {
            Ok(()) => Ok(()),
            Err(RequestError::RetryAfter(s)) => Err(DeliveryError::Retry {
                after: Some(s.duration()),
                reason: "Telegram: too many requests".into(),
            }),
            Err(RequestError::Api(e)) if unreachable(&e) => Err(DeliveryError::Unreachable {
                failure: if blocked(&e) {
                    Failure::Blocked
                } else {
                    Failure::Unreachable
                },
                reason: e.to_string(),
            }),
            // "Bad Request": this message will never go; anything else
            // (Telegram's own 5xx) may pass later.
            Err(RequestError::Api(ApiError::Unknown(d))) if !d.starts_with("Bad Request") => {
                Err(DeliveryError::Retry {
                    after: None,
                    reason: d,
                })
            }
            Err(RequestError::Api(e)) => Err(DeliveryError::Rejected {
                failure: if too_long(&e) {
                    Failure::TooLong
                } else {
                    Failure::Refused
                },
                reason: e.to_string(),
            }),
            Err(RequestError::MigrateToChatId(_)) => Err(DeliveryError::Unreachable {
                failure: Failure::Unreachable,
                reason: "group moved".into(),
            }),
            Err(e) => Err(DeliveryError::Retry {
                after: None,
                reason: redact(&e, &self.token),
            }),
        }
    }
}
