//! Signing in and out, the first administrator, the mediator's own
//! settings and presence, and the console's UI strings.

use axum::Json;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use serde_json::{Value, json};

use crate::auth::{self, Weakness};
use crate::handoff::accounts::{AccountError, NewAccount};
use crate::handoff::model::Outcome;
use crate::lang::Lang;
use crate::store::{NewMediator, StoreError};
use crate::web::AppState;
use crate::web::error::ApiError;
use crate::web::session::{self, Authed};

pub(super) fn with_cookie(state: &AppState, token: Option<&str>, body: Value) -> Response {
    let mut res = Json(body).into_response();
    res.headers_mut()
        .insert(header::SET_COOKIE, session::set_cookie(state, token));
    res
}

pub async fn logout(State(state): State<AppState>, who: Authed) -> Result<Response, ApiError> {
    state.store.delete_session(&who.session.token_hash).await?;
    state.session_ends.ended();
    // Signing out also means not available for new cases.
    state
        .handoff
        .set_presence(&who.mediator, None, None, false)
        .await?;
    Ok(with_cookie(&state, None, json!({ "ok": true })))
}

/// Checks and hashes a new account; `admin` forces the role.
pub async fn new_mediator(
    state: &AppState,
    mut a: NewAccount,
    admin: bool,
) -> Result<NewMediator, ApiError> {
    a.admin |= admin;
    let categories: Vec<String> = state
        .content
        .current()
        .knowledge
        .categories
        .iter()
        .map(|c| c.id.clone())
        .collect();
    let settings = state.handoff.settings.clone();
    tokio::task::spawn_blocking(move || {
        let cats: Vec<&str> = categories.iter().map(String::as_str).collect();
        a.validate(&cats, &settings)
    })
    .await
    .map_err(|e| ApiError::Internal(e.to_string()))?
    .map_err(account_error)
}

/// What a refused account or password says, in the reader's language.
pub fn account_error(e: AccountError) -> ApiError {
    let id = match e {
        AccountError::Field(f) => return ApiError::BadField(f),
        AccountError::WeakPassword(w) => match w {
            Weakness::TooShort => "error-weak-password",
            Weakness::TooLong => "error-password-too-long",
            Weakness::Common => "error-password-common",
            Weakness::Personal => "error-password-personal",
            Weakness::Pattern => "error-password-pattern",
            Weakness::Guessable => "error-password-guessable",
        },
    };
    ApiError::invalid("weak_password", id)
}

pub async fn create(state: &AppState, m: &NewMediator) -> Result<i64, ApiError> {
    state.store.create_mediator(m).await.map_err(|e| match e {
        StoreError::Conflict => ApiError::invalid("username_taken", "error-username-taken"),
        e => e.into(),
    })
}

#[derive(Deserialize)]
pub struct Setup {
    token: String,
    #[serde(flatten)]
    account: NewAccount,
}

/// Creates the first administrator with the single-use link printed at
/// start, and signs them in.
pub async fn setup(
    State(state): State<AppState>,
    headers: HeaderMap,
    Json(req): Json<Setup>,
) -> Result<Response, ApiError> {
    if !session::same_origin(&headers) {
        return Err(ApiError::Csrf);
    }
    // An administrator added another way (the command line) ends the link.
    if state.store.has_admin().await? {
        return Err(ApiError::invalid("setup_link", "error-setup-link"));
    }
    let m = new_mediator(&state, req.account, true).await?;
    let used = state
        .store
        .consume_setup_token(&auth::token_hash(&req.token), state.clock.now())
        .await?;
    if !used {
        return Err(ApiError::invalid("setup_link", "error-setup-link"));
    }
    let id = create(&state, &m).await?;
    let mediator = state.store.mediator(id).await?.ok_or(ApiError::NotFound)?;
    let (token, s) = session::start(&state, id).await?;
    Ok(with_cookie(
        &state,
        Some(&token),
        json!({ "mediator": mediator, "csrf": s.csrf }),
    ))
}

/// Who is signed in, with what the console needs to draw its forms.
pub async fn me(State(state): State<AppState>, who: Authed) -> Result<Json<Value>, ApiError> {
    let settings = &state.handoff.settings;
    let presence = state
        .store
        .presences()
        .await?
        .into_iter()
        .find(|p| p.mediator_id == who.mediator.id);
    let content = state.content.current();
    let k = &content.knowledge;
    let sites: Vec<Value> = settings
        .sites
        .iter()
        .map(|s| json!({ "id": s.id, "name": s.name, "counters": s.counters }))
        .collect();
    let services: Vec<Value> = settings
        .services
        .iter()
        .map(|s| json!({ "letter": s.letter, "categories": s.categories }))
        .collect();
    let languages: Vec<Value> = Lang::ALL
        .iter()
        .map(|l| json!({ "code": l.code(), "name": k.native_name(*l) }))
        .collect();
    let categories: Vec<&str> = k.categories.iter().map(|c| c.id.as_str()).collect();
    let outcomes: Vec<&str> = Outcome::ALL
        .iter()
        .filter(|o| **o != Outcome::VisitorLeft)
        .map(|o| o.as_str())
        .collect();
    Ok(Json(json!({
        "mediator": who.mediator,
        "csrf": who.session.csrf,
        "presence": presence,
        "sites": sites,
        "services": services,
        "languages": languages,
        "categories": categories,
        "outcomes": outcomes,
    })))
}

#[derive(Deserialize)]
pub struct LangChoice {
    lang: String,
}

pub async fn set_lang(
    State(state): State<AppState>,
    who: Authed,
    Json(req): Json<LangChoice>,
) -> Result<Json<Value>, ApiError> {
    let lang: Lang = req
        .lang
        .parse()
        .map_err(|_| ApiError::UnknownLang(req.lang))?;
    state.store.set_ui_lang(who.mediator.id, lang).await?;
    Ok(Json(json!({ "ok": true })))
}

#[derive(Deserialize)]
pub struct StringsQuery {
    lang: Option<String>,
}

/// The console's UI strings in one language (public: nothing secret).
pub async fn strings(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(q): Query<StringsQuery>,
) -> Json<Value> {
    let content = state.content.current();
    let k = &content.knowledge;
    let lang = q
        .lang
        .and_then(|l| l.parse().ok())
        .unwrap_or_else(|| crate::web::error::accept_language(&headers, &k.settings));
    let prefixes = ["console-", "channel-", "outcome-", "category-", "error-"];
    Json(json!({ "lang": lang, "strings": k.ui_templates(lang, &prefixes) }))
}

#[derive(Deserialize)]
pub struct PresenceReq {
    site: Option<String>,
    counter: Option<String>,
    available: bool,
}

pub async fn presence(
    State(state): State<AppState>,
    who: Authed,
    Json(req): Json<PresenceReq>,
) -> Result<Json<Value>, ApiError> {
    let empty = |s: Option<String>| s.filter(|s| !s.is_empty());
    let p = state
        .handoff
        .set_presence(
            &who.mediator,
            empty(req.site),
            empty(req.counter),
            req.available,
        )
        .await?;
    Ok(Json(json!({ "presence": p })))
}
