//! Signing in, and every other check of a password someone types, under
//! one throttle: failures slow the next attempts for the username typed
//! and for the client address, and an unknown username is answered
//! exactly like a known one (same status, code, message and work).

use axum::Json;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::Response;
use serde::Deserialize;
use serde_json::json;

use super::account::with_cookie;
use crate::auth::{self, Backoff};
use crate::web::error::ApiError;
use crate::web::session;
use crate::web::{AppState, ClientIp};

#[derive(Deserialize)]
pub struct Login {
    username: String,
    password: String,
}

/// Checks `password` against `hash` (the dummy hash for an unknown
/// username, so the work is the same), unless the username or the address
/// must wait first: then nothing is checked. A wrong password is recorded
/// against both.
pub async fn check_password(
    state: &AppState,
    ip: &str,
    username: &str,
    password: String,
    hash: Option<String>,
) -> Result<bool, ApiError> {
    let now = state.clock.now();
    let key = auth::account_key(username);
    let window = chrono::Duration::from_std(Backoff::ACCOUNT.window).unwrap_or_default();
    let failures = state.store.login_failures(&key, now - window).await?;
    let wait = [
        Backoff::ACCOUNT.wait(&failures, now),
        state.limits.login_failures.wait(ip, now),
    ]
    .into_iter()
    .flatten()
    .max();
    if let Some(wait) = wait {
        return Err(ApiError::throttled(wait));
    }
    let known = hash.is_some();
    let hash = hash.unwrap_or_else(|| state.limits.dummy_hash.clone());
    let ok = tokio::task::spawn_blocking(move || auth::verify_password(&password, &hash))
        .await
        .unwrap_or(false)
        && known;
    if !ok {
        state
            .store
            .record_login_failure(&key, now, now - window)
            .await?;
        state.limits.login_failures.record(ip, now);
    }
    Ok(ok)
}

pub async fn login(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    headers: HeaderMap,
    Json(req): Json<Login>,
) -> Result<Response, ApiError> {
    if !session::same_origin(&headers) {
        return Err(ApiError::Csrf);
    }
    if let Err(wait) = state.limits.login.check(&ip, state.clock.now()) {
        return Ok(ApiError::retry_after(wait));
    }
    let username = req.username.trim();
    let found = state.store.mediator_login(username).await?;
    let hash = found.as_ref().map(|(_, c)| c.password_hash.clone());
    if !check_password(&state, &ip, username, req.password, hash).await? {
        return Err(ApiError::BadCredentials);
    }
    let Some((mediator, _)) = found else {
        return Err(ApiError::BadCredentials);
    };
    // Said only to someone who knows the password.
    if mediator.disabled {
        return Err(ApiError::AccountDisabled);
    }
    let (token, s) = session::start(&state, mediator.id).await?;
    Ok(with_cookie(
        &state,
        Some(&token),
        json!({ "mediator": mediator, "csrf": s.csrf }),
    ))
}
