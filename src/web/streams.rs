//! A cap on live event streams (server-sent events), apart from the
//! connection limit: a stream holds its connection for hours, so without
//! its own cap a few clients could hold every place there is.

use std::time::Duration;

use axum::body::Body;
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;
use futures_util::StreamExt;

use super::AppState;
use super::error::ApiError;
use super::transport::ClientAddr;

/// Every event stream's route ends so (console, kiosk chat, display).
fn is_stream(req: &Request) -> bool {
    req.uri().path().starts_with("/api/v1/") && req.uri().path().ends_with("/events")
}

/// How soon a refused stream should try again.
const RETRY_AFTER: Duration = Duration::from_secs(30);

/// Middleware: a stream takes a place before its handler runs and gives it
/// back when its body ends (the client left, or the stream closed).
pub async fn cap(State(state): State<AppState>, req: Request, next: Next) -> Response {
    if !is_stream(&req) {
        return next.run(req).await;
    }
    let client = req
        .extensions()
        .get::<ClientAddr>()
        .map(|c| c.0.to_string())
        .unwrap_or_default();
    let Some(slot) = state.limits.streams.take(client) else {
        return ApiError::retry_after(RETRY_AFTER);
    };
    let res = next.run(req).await;
    let (parts, body) = res.into_parts();
    let body = body.into_data_stream().map(move |chunk| {
        let _held = &slot;
        chunk
    });
    Response::from_parts(parts, Body::from_stream(body))
}
