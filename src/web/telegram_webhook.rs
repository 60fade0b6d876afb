//! The route Telegram posts updates to in webhook mode; the telegram
//! module decides what to take.

use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;

use super::AppState;
use super::error::ApiError;
use crate::telegram::WEBHOOK_PATH;
use crate::telegram::webhook::{SECRET_HEADER, take};

pub fn router() -> Router<AppState> {
    Router::new().route(WEBHOOK_PATH, post(receive))
}

async fn receive(
    State(s): State<AppState>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<StatusCode, ApiError> {
    let secret = headers.get(SECRET_HEADER).map(|v| v.as_bytes());
    take(&s.telegram, s.store.as_ref(), s.clock.now(), secret, &body).await?;
    Ok(StatusCode::OK)
}
