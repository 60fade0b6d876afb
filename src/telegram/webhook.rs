//! Webhook mode: Telegram posts each update to a fixed path with the secret
//! it was registered with. The update is in the inbox before the 200 goes
//! back; anything else makes Telegram send it again.

use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use teloxide::types::Update;

use super::WEBHOOK_PATH;
use super::inbox::record;
use crate::web::AppState;
use crate::web::error::ApiError;

const SECRET_HEADER: &str = "x-telegram-bot-api-secret-token";

pub fn router() -> Router<AppState> {
    Router::new().route(WEBHOOK_PATH, post(receive))
}

async fn receive(
    State(s): State<AppState>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<StatusCode, ApiError> {
    let Some(secret) = s.telegram.webhook_secret() else {
        return Err(ApiError::NotFound);
    };
    let given = headers
        .get(SECRET_HEADER)
        .map(|v| v.as_bytes())
        .unwrap_or_default();
    if !crate::auth::secure_eq(given, secret.as_bytes()) {
        tracing::warn!("Telegram webhook: request without the right secret refused");
        return Err(ApiError::Unauthorized);
    }
    let update: Update = match serde_json::from_slice(&body) {
        Ok(u) => u,
        Err(e) => {
            // serde's message quotes the offending value, which is what a
            // person wrote: log only where and what kind of fault it was.
            tracing::warn!(
                bytes = body.len(),
                kind = ?e.classify(),
                line = e.line(),
                column = e.column(),
                "Telegram webhook: not an update"
            );
            return Err(ApiError::BadRequest);
        }
    };
    match record(s.store.as_ref(), &update, s.clock.now()).await {
        Ok(_) => {
            s.telegram.inbox_wake.notify_one();
            Ok(StatusCode::OK)
        }
        // Not stored: Telegram sends it again.
        Err(e) => Err(ApiError::Unavailable(e.to_string())),
    }
}
