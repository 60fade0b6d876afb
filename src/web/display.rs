//! The lobby display's data: a site's recent calls, live. Public: ticket
//! numbers and counters only.

use axum::extract::{Path, State};
use axum::response::sse::Event as SseEvent;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde_json::{Value, json};

use super::AppState;
use super::error::ApiError;
use super::sse;
use crate::handoff::model::{Event, EventKind};

const RECENT: i64 = 6;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/display/{site}/calls", get(calls))
        .route("/api/v1/display/{site}/events", get(events))
}

async fn calls(
    State(state): State<AppState>,
    Path(site): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let calls: Vec<Value> = state
        .handoff
        .recent_calls(&site, RECENT)
        .await?
        .into_iter()
        .map(|t| json!({ "label": t.label(), "counter": t.counter, "service": t.service, "at": t.called_at }))
        .collect();
    Ok(Json(json!({ "site": site, "calls": calls })))
}

async fn events(
    State(state): State<AppState>,
    Path(site): Path<String>,
) -> Result<Response, ApiError> {
    state
        .handoff
        .settings
        .site(&site)
        .ok_or(ApiError::NotFound)?;
    // Displays run for days; they reconnect when the stream ends.
    let until = tokio::time::Instant::now() + std::time::Duration::from_secs(6 * 3600);
    Ok(sse::stream(&state.handoff.hub, until, move |e: &Event| {
        let call = matches!(e.kind, EventKind::TicketCalled | EventKind::TicketRecalled);
        (call && e.site.as_deref() == Some(site.as_str())).then(|| {
            SseEvent::default().event("call").data(
                json!({ "label": e.detail.get("label"), "counter": e.detail.get("counter"), "recall": e.kind == EventKind::TicketRecalled })
                    .to_string(),
            )
        })
    })
    .into_response())
}
