//! What an administrator does to an account: change what it serves and its
//! role, disable or enable it, end its sessions, issue a reset link. Each is
//! written to the audit log. No one disables or demotes their own account,
//! so there is always an administrator left.

use axum::Json;
use axum::extract::{Path, State};
use serde_json::{Value, json};

use super::account::account_error;
use crate::handoff::accounts::{self, AccountEdit, Actor, action};
use crate::handoff::model::Mediator;
use crate::web::AppState;
use crate::web::error::ApiError;
use crate::web::session::Admin;

async fn account(state: &AppState, id: i64) -> Result<Mediator, ApiError> {
    state.store.mediator(id).await?.ok_or(ApiError::NotFound)
}

fn not_mine(who: &Admin, target: &Mediator) -> Result<(), ApiError> {
    if who.0.mediator.id == target.id {
        return Err(ApiError::invalid("own_account", "error-own-account"));
    }
    Ok(())
}

async fn done(
    state: &AppState,
    who: &Admin,
    what: &str,
    target: &Mediator,
) -> Result<Json<Value>, ApiError> {
    let by = Actor::Mediator(&who.0.mediator);
    accounts::record(&*state.store, by, what, target, state.clock.now()).await?;
    tracing::info!(
        by = who.0.mediator.id,
        mediator = target.id,
        what,
        "console: account"
    );
    Ok(Json(
        json!({ "mediator": state.store.mediator(target.id).await? }),
    ))
}

pub async fn edit(
    State(state): State<AppState>,
    who: Admin,
    Path(id): Path<i64>,
    Json(req): Json<AccountEdit>,
) -> Result<Json<Value>, ApiError> {
    let target = account(&state, id).await?;
    if !req.admin {
        not_mine(&who, &target)?;
    }
    let content = state.content.current();
    let categories: Vec<&str> = content
        .knowledge
        .categories
        .iter()
        .map(|c| c.id.as_str())
        .collect();
    let change = req
        .validate(&categories, &state.handoff.settings)
        .map_err(account_error)?;
    state.store.change_account(id, &change).await?;
    done(&state, &who, action::CHANGED, &target).await
}

async fn set_disabled(
    state: AppState,
    who: Admin,
    id: i64,
    disabled: bool,
) -> Result<Json<Value>, ApiError> {
    let target = account(&state, id).await?;
    not_mine(&who, &target)?;
    state.store.set_disabled(id, disabled).await?;
    if disabled {
        state.session_ends.ended();
        // Nothing is routed to someone who cannot sign in.
        state
            .handoff
            .set_presence(&target, None, None, false)
            .await?;
    }
    let what = if disabled {
        action::DISABLED
    } else {
        action::ENABLED
    };
    done(&state, &who, what, &target).await
}

pub async fn disable(
    State(state): State<AppState>,
    who: Admin,
    Path(id): Path<i64>,
) -> Result<Json<Value>, ApiError> {
    set_disabled(state, who, id, true).await
}

pub async fn enable(
    State(state): State<AppState>,
    who: Admin,
    Path(id): Path<i64>,
) -> Result<Json<Value>, ApiError> {
    set_disabled(state, who, id, false).await
}

pub async fn end_sessions(
    State(state): State<AppState>,
    who: Admin,
    Path(id): Path<i64>,
) -> Result<Json<Value>, ApiError> {
    let target = account(&state, id).await?;
    state.store.end_sessions(id).await?;
    state.session_ends.ended();
    done(&state, &who, action::SESSIONS_ENDED, &target).await
}

/// A single-use link, valid one hour, for the administrator to hand over
/// in person (it is shown once and only its hash is kept).
pub async fn reset_link(
    State(state): State<AppState>,
    who: Admin,
    Path(id): Path<i64>,
) -> Result<Json<Value>, ApiError> {
    let target = account(&state, id).await?;
    let (url, expires_at) = accounts::issue_reset_link(
        &*state.store,
        Actor::Mediator(&who.0.mediator),
        &target,
        &state.public_url,
        state.clock.now(),
    )
    .await?;
    Ok(Json(json!({ "url": url, "expires_at": expires_at })))
}
