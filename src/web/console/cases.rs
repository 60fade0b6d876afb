//! The queue and the conversations, as the signed-in mediator sees them.

use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::sse::Event as SseEvent;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use serde_json::{Value, json};

use crate::handoff::files::{check_file, is_image};
use crate::handoff::model::{Case, Event, Outcome};
use crate::handoff::{HandoffError, Transfer};
use crate::web::AppState;
use crate::web::error::ApiError;
use crate::web::session::Authed;
use crate::web::{session_watch, sse};

/// A case as the queue lists it, with how long it has waited.
fn summary(state: &AppState, c: &Case) -> Value {
    let waited = (state.clock.now() - c.queued_at).num_seconds().max(0);
    let mut v = json!(c);
    v["waited_secs"] = json!(waited);
    v
}

pub async fn queue(State(state): State<AppState>, who: Authed) -> Result<Json<Value>, ApiError> {
    let q = state.handoff.queue(&who.mediator).await?;
    let list = |cases: &[Case]| cases.iter().map(|c| summary(&state, c)).collect::<Vec<_>>();
    Ok(Json(json!({
        "waiting": list(&q.waiting),
        "mine": list(&q.mine),
        "tickets": q.tickets.iter().map(|t| json!({ "label": t.label(), "ticket": t })).collect::<Vec<_>>(),
        "called": q.called.iter().map(|t| json!({ "label": t.label(), "ticket": t })).collect::<Vec<_>>(),
        "presence": q.presence,
    })))
}

/// Live notifications for the console: what changed, never its content,
/// and only about what the mediator may see (the queue's rule); the page
/// fetches what it may see through the API. Ends with the session.
pub async fn events(State(state): State<AppState>, who: Authed) -> Response {
    let me = who.mediator;
    let left = (who.session.hard_expires_at - state.clock.now())
        .to_std()
        .unwrap_or_default();
    let until = tokio::time::Instant::now() + left;
    let gone = session_watch::gone(&state, who.session.token_hash);
    sse::stream_while(&state.handoff.hub, until, gone, move |e: &Event| {
        e.concerns(&me).then(|| {
            SseEvent::default().event("change").data(
                json!({ "id": e.id, "kind": e.kind, "case_id": e.case_id, "ticket_id": e.ticket_id })
                    .to_string(),
            )
        })
    })
    .into_response()
}

/// Why a case cannot be acted on, in words a mediator understands: a case
/// that vanished because its visitor erased their data says so, rather
/// than "not found".
async fn explain(state: &AppState, case_id: i64, e: HandoffError) -> ApiError {
    if matches!(e, HandoffError::NotFound)
        && let Ok(true) = state.handoff.erased_by_visitor(case_id).await
    {
        return ApiError::Gone {
            code: "visitor_erased",
            id: "error-visitor-erased",
        };
    }
    e.into()
}

/// A case, or for the mediator who transferred it away, where it went.
pub async fn view(
    State(state): State<AppState>,
    who: Authed,
    Path(id): Path<i64>,
) -> Result<Json<Value>, ApiError> {
    let opened = state
        .handoff
        .case_view(&who.mediator, id, &who.session.token_hash)
        .await;
    let v = match opened {
        Ok(v) => v,
        Err(HandoffError::NotYours) => {
            return match state.handoff.moved_from(&who.mediator, id).await? {
                Some(moved) => Ok(Json(json!({ "moved": moved }))),
                None => Err(ApiError::Forbidden),
            };
        }
        Err(e) => return Err(explain(&state, id, e).await),
    };
    let delivery = state.handoff.delivery_report(id).await?;
    let history: Vec<Value> = v
        .history
        .iter()
        .map(|(c, m)| json!({ "case": c, "messages": m }))
        .collect();
    Ok(Json(json!({
        "case": summary(&state, &v.case),
        "messages": v.messages,
        "history": history,
        "history_withheld": v.withheld,
        "delivery": delivery,
    })))
}

pub async fn claim(
    State(state): State<AppState>,
    who: Authed,
    Path(id): Path<i64>,
) -> Result<Json<Value>, ApiError> {
    let c = match state.handoff.claim(&who.mediator, id).await {
        Ok(c) => c,
        Err(e) => return Err(explain(&state, id, e).await),
    };
    Ok(Json(json!({ "case": c })))
}

#[derive(Deserialize)]
pub struct Text {
    text: String,
}

pub async fn reply(
    State(state): State<AppState>,
    who: Authed,
    Path(id): Path<i64>,
    Json(req): Json<Text>,
) -> Result<Json<Value>, ApiError> {
    let a = match state.handoff.reply(&who.mediator, id, &req.text).await {
        Ok(a) => a,
        Err(e) => return Err(explain(&state, id, e).await),
    };
    Ok(Json(json!({ "messages": a.messages })))
}

#[derive(Deserialize)]
pub struct FileQuery {
    name: String,
    #[serde(default)]
    caption: String,
}

/// A photo or document for the visitor: the body is the file itself, its
/// type in `Content-Type`, its name and an optional caption in the query.
pub async fn send_file(
    State(state): State<AppState>,
    who: Authed,
    Path(id): Path<i64>,
    Query(q): Query<FileQuery>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Json<Value>, ApiError> {
    let mime = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let file = check_file(&q.name, mime, &body)?;
    let a = state
        .handoff
        .send_file(&who.mediator, id, &file, &body, &q.caption)
        .await?;
    Ok(Json(json!({ "messages": a.messages })))
}

pub async fn note(
    State(state): State<AppState>,
    who: Authed,
    Path(id): Path<i64>,
    Json(req): Json<Text>,
) -> Result<Json<Value>, ApiError> {
    let a = match state.handoff.note(&who.mediator, id, &req.text).await {
        Ok(a) => a,
        Err(e) => return Err(explain(&state, id, e).await),
    };
    Ok(Json(json!({ "messages": a.messages })))
}

pub async fn transfer(
    State(state): State<AppState>,
    who: Authed,
    Path(id): Path<i64>,
    Json(req): Json<Transfer>,
) -> Result<Json<Value>, ApiError> {
    if req.mediator_id.is_none() && req.lang.is_none() && req.topic.is_none() {
        return Err(ApiError::BadField("to"));
    }
    let c = state.handoff.transfer(&who.mediator, id, &req).await?;
    Ok(Json(json!({ "case": c })))
}

pub async fn hand_back(
    State(state): State<AppState>,
    who: Authed,
    Path(id): Path<i64>,
) -> Result<Json<Value>, ApiError> {
    let c = state.handoff.hand_back(&who.mediator, id).await?;
    Ok(Json(json!({ "case": c })))
}

#[derive(Deserialize)]
pub struct Close {
    outcome: String,
}

pub async fn close(
    State(state): State<AppState>,
    who: Authed,
    Path(id): Path<i64>,
    Json(req): Json<Close>,
) -> Result<Json<Value>, ApiError> {
    let outcome = Outcome::parse(&req.outcome)
        .filter(|o| *o != Outcome::VisitorLeft)
        .ok_or(ApiError::BadField("outcome"))?;
    let c = state.handoff.close(&who.mediator, id, outcome).await?;
    Ok(Json(json!({ "case": c })))
}

/// Ready-made replies and article links in the visitor's language.
pub async fn canned(
    State(state): State<AppState>,
    who: Authed,
    Path(id): Path<i64>,
) -> Result<Json<Value>, ApiError> {
    let case = match state.handoff.case_for(&who.mediator, id).await {
        Ok(c) => c,
        Err(e) => return Err(explain(&state, id, e).await),
    };
    let content = state.content.current();
    let k = &content.knowledge;
    let replies = k.ui_templates(case.lang, &["canned-"]);
    let articles: Vec<Value> = k
        .articles
        .iter()
        .filter(|a| !a.draft)
        .filter_map(|a| k.link(&a.id, case.lang))
        .map(|l| {
            let url = format!("{}/articles/{}?lang={}", state.public_url, l.id, case.lang);
            json!({ "id": l.id, "title": l.title, "text": format!("{} — {url}", l.title) })
        })
        .collect();
    Ok(Json(
        json!({ "lang": case.lang, "replies": replies, "articles": articles }),
    ))
}

/// A file a visitor sent, for a mediator who may see the case. Served as
/// a download (images inline), never as a page that could run scripts.
pub async fn file(
    State(state): State<AppState>,
    who: Authed,
    Path(id): Path<i64>,
) -> Result<Response, ApiError> {
    let (meta, bytes) = state.store.file(id).await?.ok_or(ApiError::NotFound)?;
    state.handoff.case_for(&who.mediator, meta.case_id).await?;
    let image = is_image(&meta.mime);
    let mime = if image {
        meta.mime.as_str()
    } else {
        "application/octet-stream"
    };
    let safe_name: String = meta
        .name
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || "._-".contains(*c))
        .take(80)
        .collect();
    let disposition = if image { "inline" } else { "attachment" };
    let mut res = bytes.into_response();
    let h = res.headers_mut();
    let hv = |s: &str| {
        HeaderValue::from_str(s).unwrap_or(HeaderValue::from_static("application/octet-stream"))
    };
    h.insert(header::CONTENT_TYPE, hv(mime));
    h.insert(
        header::CONTENT_DISPOSITION,
        hv(&format!("{disposition}; filename=\"{safe_name}\"")),
    );
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("sandbox; default-src 'none'"),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    Ok(res)
}
