//! Webhook mode: Telegram posts each update with the secret it was
//! registered with. The update is in the inbox before the 200 goes back;
//! anything else makes Telegram send it again. The web layer owns the
//! route and maps [`Refused`] to its responses.

use teloxide::types::Update;

use super::Gateway;
use super::inbox::record;
use crate::store::Store;

/// The header Telegram sends the registered secret in.
pub const SECRET_HEADER: &str = "x-telegram-bot-api-secret-token";

/// Why an update posted to the webhook was not taken.
#[derive(Debug, thiserror::Error)]
pub enum Refused {
    #[error("the bot does not run in webhook mode")]
    NotWebhook,
    #[error("the request did not carry the webhook's secret")]
    WrongSecret,
    #[error("the body is not a Telegram update")]
    NotAnUpdate,
    /// Not stored: Telegram sends it again.
    #[error("the update could not be stored: {0}")]
    NotStored(String),
}

/// Stores the update posted with `secret` in the inbox and wakes its
/// handler.
pub async fn take(
    gateway: &Gateway,
    store: &dyn Store,
    now: chrono::DateTime<chrono::Utc>,
    secret: Option<&[u8]>,
    body: &[u8],
) -> Result<(), Refused> {
    let expected = gateway.webhook_secret().ok_or(Refused::NotWebhook)?;
    if !crate::auth::secure_eq(secret.unwrap_or_default(), expected.as_bytes()) {
        tracing::warn!("Telegram webhook: request without the right secret refused");
        return Err(Refused::WrongSecret);
    }
    let update: Update = serde_json::from_slice(body).map_err(|e| {
        // serde's message quotes the offending value, which is what a
        // person wrote: log only where and what kind of fault it was.
        tracing::warn!(
            bytes = body.len(),
            kind = ?e.classify(),
            line = e.line(),
            column = e.column(),
            "Telegram webhook: not an update"
        );
        Refused::NotAnUpdate
    })?;
    record(store, std::slice::from_ref(&update), now)
        .await
        .map_err(|e| Refused::NotStored(e.to_string()))?;
    gateway.inbox_wake.notify_one();
    Ok(())
}
