//! Calling tickets at a counter.

use axum::Json;
use axum::extract::{Path, State};
use serde_json::{Value, json};

use crate::handoff::model::Ticket;
use crate::web::AppState;
use crate::web::error::ApiError;
use crate::web::session::Authed;

fn shown(t: Ticket) -> Json<Value> {
    Json(json!({ "label": t.label(), "ticket": t }))
}

pub async fn call_next(
    State(state): State<AppState>,
    who: Authed,
) -> Result<Json<Value>, ApiError> {
    Ok(shown(state.handoff.call_next(&who.mediator).await?))
}

pub async fn recall(
    State(state): State<AppState>,
    who: Authed,
    Path(id): Path<i64>,
) -> Result<Json<Value>, ApiError> {
    Ok(shown(state.handoff.recall(&who.mediator, id).await?))
}

pub async fn skip(
    State(state): State<AppState>,
    who: Authed,
    Path(id): Path<i64>,
) -> Result<Json<Value>, ApiError> {
    Ok(shown(state.handoff.skip(&who.mediator, id).await?))
}

pub async fn done(
    State(state): State<AppState>,
    who: Authed,
    Path(id): Path<i64>,
) -> Result<Json<Value>, ApiError> {
    Ok(shown(state.handoff.finish_ticket(&who.mediator, id).await?))
}
