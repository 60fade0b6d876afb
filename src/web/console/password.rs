//! A mediator changes their own password (the current one required, under
//! the sign-in throttle), or sets a new one with a reset link from an
//! administrator. Either way every other session of the account ends.

use axum::Json;
use axum::extract::State;
use axum::http::HeaderMap;
use serde::Deserialize;
use serde_json::{Value, json};

use super::account::account_error;
use super::signin;
use crate::auth;
use crate::handoff::accounts::{self, Actor, action, hash_new_password};
use crate::handoff::model::Mediator;
use crate::web::error::ApiError;
use crate::web::session::{self, Authed};
use crate::web::{AppState, ClientIp};

/// Checks and hashes a new password off the async threads.
async fn new_hash(m: &Mediator, password: String) -> Result<String, ApiError> {
    let (username, name) = (m.username.clone(), m.name.clone());
    tokio::task::spawn_blocking(move || hash_new_password(&password, &username, &name))
        .await
        .map_err(|e| ApiError::Internal(e.to_string()))?
        .map_err(account_error)
}

#[derive(Deserialize)]
pub struct Change {
    current: String,
    password: String,
}

pub async fn change(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    who: Authed,
    Json(req): Json<Change>,
) -> Result<Json<Value>, ApiError> {
    let me = &who.mediator;
    let creds = state.store.mediator_login(&me.username).await?;
    let hash = creds.map(|(_, c)| c.password_hash);
    if !signin::check_password(&state, &ip, &me.username, req.current, hash).await? {
        return Err(ApiError::invalid("wrong_password", "error-wrong-password"));
    }
    let hash = new_hash(me, req.password).await?;
    state
        .store
        .set_password(me.id, &hash, Some(&who.session.token_hash))
        .await?;
    state.session_ends.ended();
    let now = state.clock.now();
    accounts::record(
        &*state.store,
        Actor::Mediator(me),
        action::PASSWORD_CHANGED,
        me,
        now,
    )
    .await?;
    Ok(Json(json!({ "ok": true })))
}

#[derive(Deserialize)]
pub struct Reset {
    token: String,
    password: String,
}

/// Sets a new password with a reset link (no session: the person cannot
/// sign in). The link then no longer works, and the account's sessions and
/// failed sign-ins are gone.
pub async fn reset(
    State(state): State<AppState>,
    headers: HeaderMap,
    Json(req): Json<Reset>,
) -> Result<Json<Value>, ApiError> {
    if !session::same_origin(&headers) {
        return Err(ApiError::Csrf);
    }
    let link = ApiError::invalid("reset_link", "error-reset-link");
    let token_hash = auth::token_hash(&req.token);
    let now = state.clock.now();
    let owner = state.store.reset_token_owner(&token_hash, now).await?;
    let Some(m) = (match owner {
        Some(id) => state.store.mediator(id).await?,
        None => None,
    }) else {
        return Err(link);
    };
    let hash = new_hash(&m, req.password).await?;
    if state
        .store
        .reset_password(&token_hash, now, &hash)
        .await?
        .is_none()
    {
        return Err(link);
    }
    state.session_ends.ended();
    state
        .store
        .clear_login_failures(&auth::account_key(&m.username))
        .await?;
    accounts::record(
        &*state.store,
        Actor::Mediator(&m),
        action::PASSWORD_RESET,
        &m,
        now,
    )
    .await?;
    Ok(Json(json!({ "ok": true, "username": m.username })))
}
