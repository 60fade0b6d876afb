//! "Continue on your phone": a short-lived, single-use token in a Telegram
//! deep link (`https://t.me/<bot>?start=<token>`), shown at the kiosk as a
//! QR code, that opens an article or moves a conversation onto the bot.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::Gateway;
use crate::auth::{random_token, token_hash};
use crate::lang::Lang;
use crate::store::{Store, StoreError};

/// How long a code stays valid: long enough to take out a phone and scan.
pub const LINK_VALID: chrono::Duration = chrono::Duration::minutes(10);
/// Telegram allows up to 64 characters from [A-Za-z0-9_-] in a start
/// parameter; 24 random ones are 144 bits.
const TOKEN_CHARS: usize = 24;

/// What a link opens.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "open", rename_all = "snake_case")]
pub enum LinkTarget {
    Article { id: String, lang: Lang },
    Case { id: i64, lang: Lang },
}

#[derive(Debug, Clone, Serialize)]
pub struct PhoneLink {
    pub url: String,
    /// The link as a QR code.
    pub svg: String,
    pub expires_at: DateTime<Utc>,
}

#[derive(Debug, thiserror::Error)]
pub enum LinkError {
    /// The bot is not running (no token), or has not yet learnt its name.
    #[error("the Telegram bot is not available")]
    BotOff,
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Whether `s` can be a token of ours (anything else in /start is ignored).
pub fn valid_token(s: &str) -> bool {
    (1..=64).contains(&s.len())
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// Stores a new single-use token for `target` and returns its link.
pub async fn create(
    store: &dyn Store,
    gateway: &Gateway,
    target: &LinkTarget,
    now: DateTime<Utc>,
) -> Result<PhoneLink, LinkError> {
    let username = gateway.username().ok_or(LinkError::BotOff)?;
    let token = random_token(TOKEN_CHARS);
    let expires_at = now + LINK_VALID;
    let json = serde_json::to_string(target).map_err(|e| StoreError::Corrupt(e.to_string()))?;
    store
        .create_phone_link(&token_hash(&token), &json, expires_at)
        .await?;
    let url = format!("https://t.me/{username}?start={token}");
    Ok(PhoneLink {
        svg: qr_svg(&url),
        url,
        expires_at,
    })
}

/// The target of a token, taking it (a second use by anyone else finds
/// nothing). `consumer` names the update taking it, so handling that same
/// update again after a crash finds it again.
pub async fn take(
    store: &dyn Store,
    token: &str,
    consumer: &str,
    now: DateTime<Utc>,
) -> Result<Option<LinkTarget>, StoreError> {
    if !valid_token(token) {
        return Ok(None);
    }
    Ok(store
        .take_phone_link(&token_hash(token), consumer, now)
        .await?
        .and_then(|t| serde_json::from_str(&t).ok()))
}

/// A QR code as SVG, dark on light with a quiet zone, scalable.
pub fn qr_svg(data: &str) -> String {
    match qrcode::QrCode::with_error_correction_level(data, qrcode::EcLevel::M) {
        Ok(code) => code
            .render::<qrcode::render::svg::Color>()
            .min_dimensions(240, 240)
            .quiet_zone(true)
            .build(),
        // Only data longer than a QR code holds fails; links are short.
        Err(_) => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_what_telegram_accepts() {
        assert!(valid_token(&random_token(TOKEN_CHARS)));
        assert!(valid_token(&"a".repeat(64)));
        assert!(!valid_token(&"a".repeat(65)));
        assert!(!valid_token(""));
        assert!(!valid_token("with space"));
        assert!(!valid_token("ünïcode"));
    }

    #[test]
    fn a_link_becomes_an_svg_qr_code() {
        let svg = qr_svg("https://t.me/balcao_bot?start=abcdefghijklmnopqrstuvwx");
        assert!(svg.starts_with("<?xml") || svg.starts_with("<svg"));
        assert!(svg.contains("<path") || svg.contains("<rect"));
    }
}
