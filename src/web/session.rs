//! Console sessions: the cookie, the CSRF check on every state-changing
//! request, and the extractors that give handlers the signed-in mediator.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, header};
use chrono::Duration;

use super::AppState;
use super::error::ApiError;
use crate::auth::{random_token, secure_eq, token_hash};
use crate::handoff::model::Mediator;
use crate::lang::Lang;
use crate::store::Session;

pub const COOKIE: &str = "balcao_session";
/// The name over https: with the `__Host-` prefix a browser keeps the
/// cookie only if it is Secure, for Path=/ and without Domain, so neither a
/// sibling subdomain nor plain http can plant or overwrite a session.
pub const SECURE_COOKIE: &str = "__Host-balcao_session";
/// A session ends after this long without a request...
pub const IDLE: Duration = Duration::hours(2);
/// ...and after this long in any case (one working day).
pub const HARD: Duration = Duration::hours(12);
pub const CSRF_HEADER: &str = "x-csrf-token";

/// The signed-in mediator of a request.
pub struct Authed {
    pub mediator: Mediator,
    pub session: Session,
}

/// A signed-in administrator.
pub struct Admin(pub Authed);

fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

fn secure(state: &AppState) -> bool {
    state.public_url.starts_with("https://")
}

/// The session cookie's name for this service.
pub fn cookie_name(state: &AppState) -> &'static str {
    if secure(state) { SECURE_COOKIE } else { COOKIE }
}

/// The session token a request's cookie carries, if any.
pub fn token<'a>(state: &AppState, headers: &'a HeaderMap) -> Option<&'a str> {
    cookie(headers, cookie_name(state))
}

/// The console language of the mediator a session token belongs to. Only
/// a preference, so an expired session still names it.
pub async fn ui_lang(state: &AppState, token: &str) -> Option<Lang> {
    let s = state.store.session(&token_hash(token)).await.ok()??;
    let m = state.store.mediator(s.mediator_id).await.ok()??;
    Some(m.ui_lang)
}

/// A browser sends Origin on cross-site requests; when present it must be
/// this site. (SameSite=Strict and the CSRF header are the main defence.)
pub fn same_origin(headers: &HeaderMap) -> bool {
    let Some(origin) = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) else {
        return true;
    };
    let host = headers.get(header::HOST).and_then(|v| v.to_str().ok());
    let origin_host = origin.split_once("://").map(|(_, h)| h);
    matches!((origin_host, host), (Some(o), Some(h)) if o == h)
}

/// The Set-Cookie value for a new session, or for clearing it.
pub fn set_cookie(state: &AppState, token: Option<&str>) -> HeaderValue {
    let name = cookie_name(state);
    let secure = if secure(state) { "; Secure" } else { "" };
    let value = match token {
        Some(t) => format!(
            "{name}={t}; HttpOnly; SameSite=Strict; Path=/; Max-Age={}{secure}",
            HARD.num_seconds()
        ),
        None => format!("{name}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0{secure}"),
    };
    HeaderValue::from_str(&value).unwrap_or_else(|_| HeaderValue::from_static(""))
}

/// Starts a session; returns the cookie token and the stored session.
pub async fn start(state: &AppState, mediator_id: i64) -> Result<(String, Session), ApiError> {
    let token = random_token(43);
    let now = state.clock.now();
    let session = Session {
        token_hash: token_hash(&token),
        mediator_id,
        csrf: random_token(32),
        expires_at: now + IDLE,
        hard_expires_at: now + HARD,
    };
    state.store.create_session(&session).await?;
    Ok((token, session))
}

/// The session named by the request's cookie, if still valid.
pub async fn current(state: &AppState, headers: &HeaderMap) -> Result<Option<Session>, ApiError> {
    let Some(token) = token(state, headers) else {
        return Ok(None);
    };
    let hash = token_hash(token);
    let Some(s) = state.store.session(&hash).await? else {
        return Ok(None);
    };
    let now = state.clock.now();
    if s.expires_at <= now || s.hard_expires_at <= now {
        state.store.delete_session(&hash).await?;
        return Ok(None);
    }
    // Extend the idle timeout, but write at most once a minute.
    if s.expires_at - now < IDLE - Duration::minutes(1) {
        state.store.extend_session(&hash, now + IDLE).await?;
    }
    Ok(Some(s))
}

/// Whether a session still stands (not signed out, ended or expired),
/// without counting as activity: for a live stream, which is not.
pub async fn still_valid(state: &AppState, token_hash: &str) -> bool {
    let now = state.clock.now();
    match state.store.session(token_hash).await {
        Ok(Some(s)) => s.expires_at > now && s.hard_expires_at > now,
        Ok(None) => false,
        // A database hiccup is not a sign-out: the next check decides.
        Err(_) => true,
    }
}

impl FromRequestParts<AppState> for Authed {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let session = current(state, &parts.headers)
            .await?
            .ok_or(ApiError::Unauthorized)?;
        if !parts.method.is_safe() {
            let sent = parts
                .headers
                .get(CSRF_HEADER)
                .map(|v| v.as_bytes())
                .unwrap_or_default();
            if !secure_eq(sent, session.csrf.as_bytes()) || !same_origin(&parts.headers) {
                return Err(ApiError::Csrf);
            }
        }
        let mediator = state
            .store
            .mediator(session.mediator_id)
            .await?
            .ok_or(ApiError::Unauthorized)?;
        Ok(Authed { mediator, session })
    }
}

impl FromRequestParts<AppState> for Admin {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let a = Authed::from_request_parts(parts, state).await?;
        if !a.mediator.is_admin() {
            return Err(ApiError::Forbidden);
        }
        Ok(Admin(a))
    }
}
