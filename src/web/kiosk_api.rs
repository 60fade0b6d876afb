//! The visitor side of a lobby kiosk: tickets and the remote chat. A kiosk
//! is known by its token (from balcao.toml), never by its address.

use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::sse::Event as SseEvent;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use futures_util::StreamExt;
use serde::Deserialize;
use serde_json::{Value, json};

use super::AppState;
use super::error::ApiError;
use crate::handoff::PersonRequest;
use crate::handoff::model::{
    Author, CaseContext, CaseStatus, Channel, Event, EventKind, MessageKind,
};
use crate::handoff::settings::{Kiosk, Site};
use crate::lang::Lang;
use crate::telegram::links::{self, LinkTarget};

pub const TOKEN_HEADER: &str = "x-kiosk-token";

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/kiosk/me", get(me))
        .route("/api/v1/kiosk/tickets", post(ticket))
        .route("/api/v1/kiosk/chats", post(start_chat))
        .route("/api/v1/kiosk/chats/{secret}", get(chat))
        .route("/api/v1/kiosk/chats/{secret}/events", get(chat_events))
        .route("/api/v1/kiosk/chats/{secret}/messages", post(chat_message))
        .route("/api/v1/kiosk/chats/{secret}/leave", post(leave))
        .route("/api/v1/kiosk/chats/{secret}/heartbeat", post(heartbeat))
        .route("/api/v1/kiosk/chats/{secret}/rating", post(rate))
        .route(
            "/api/v1/kiosk/chats/{secret}/files/{id}",
            get(super::kiosk_chat::image),
        )
        .route("/api/v1/kiosk/phone-link", post(phone_link))
        .route("/api/v1/kiosk/talk", post(talk))
        .route("/api/v1/kiosk/strings", get(strings))
        .route("/api/v1/kiosk/hours", get(hours))
}

/// The kiosk a request comes from, within its request budget.
fn kiosk<'a>(state: &'a AppState, headers: &HeaderMap) -> Result<(&'a Site, &'a Kiosk), ApiError> {
    let token = headers
        .get(TOKEN_HEADER)
        .and_then(|v| v.to_str().ok())
        .ok_or(ApiError::KioskToken)?;
    let (site, kiosk) = state
        .handoff
        .settings
        .kiosk(token)
        .ok_or(ApiError::KioskToken)?;
    if !state
        .limits
        .public_writes
        .allow(&format!("kiosk:{}", kiosk.id), state.clock.now())
    {
        return Err(ApiError::RateLimited);
    }
    Ok((site, kiosk))
}

async fn me(State(state): State<AppState>, headers: HeaderMap) -> Result<Json<Value>, ApiError> {
    let (site, kiosk) = kiosk(&state, &headers)?;
    let services: Vec<Value> = state
        .handoff
        .settings
        .services
        .iter()
        .filter(|s| kiosk.services.is_empty() || kiosk.services.contains(&s.letter))
        .map(|s| json!({ "letter": s.letter, "categories": s.categories }))
        .collect();
    Ok(Json(
        // Without the bot there is no "continue on your phone" to offer.
        json!({ "kiosk": kiosk.id, "site": { "id": site.id, "name": site.name }, "services": services,
            "phone": state.telegram.username().is_some() }),
    ))
}

#[derive(Deserialize)]
struct TicketReq {
    lang: String,
    topic: Option<String>,
    service: Option<String>,
}

async fn ticket(
    State(state): State<AppState>,
    headers: HeaderMap,
    Json(req): Json<TicketReq>,
) -> Result<Json<Value>, ApiError> {
    let (site, k) = kiosk(&state, &headers)?;
    let lang = ApiError::lang(&req.lang)?;
    let settings = &state.handoff.settings;
    let letter = match (req.service, &req.topic) {
        (Some(s), _) => Some(s),
        (None, Some(t)) => settings.service_for(t).map(|s| s.letter.clone()),
        (None, None) => None,
    };
    if let Some(l) = &letter
        && !k.services.is_empty()
        && !k.services.contains(l)
    {
        return Err(ApiError::invalid(
            "unknown_service",
            "error-unknown-service",
        ));
    }
    let issued = state
        .handoff
        .issue_ticket(
            &site.id,
            Some(&k.id),
            letter.as_deref(),
            req.topic.as_deref(),
            lang,
        )
        .await?;
    Ok(Json(json!(issued)))
}

#[derive(Deserialize)]
struct ChatReq {
    lang: String,
    topic: Option<String>,
    article: Option<String>,
    #[serde(default)]
    context: CaseContext,
}

async fn start_chat(
    State(state): State<AppState>,
    headers: HeaderMap,
    Json(req): Json<ChatReq>,
) -> Result<Json<Value>, ApiError> {
    let (site, _) = kiosk(&state, &headers)?;
    let lang = ApiError::lang(&req.lang)?;
    Ok(Json(open_chat(&state, site, lang, req).await?))
}

/// A remote chat for this kiosk's visitor: its secret, case and the
/// honest wait.
async fn open_chat(
    state: &AppState,
    site: &Site,
    lang: Lang,
    req: ChatReq,
) -> Result<Value, ApiError> {
    let secret = crate::auth::random_token(32);
    let (case, availability) = state
        .handoff
        .request_person(PersonRequest {
            channel: Channel::Kiosk,
            address: chat_address(&secret),
            lang,
            topic: req.topic,
            article: req.article,
            site: Some(site.id.clone()),
            context: req.context,
        })
        .await?;
    Ok(json!({ "chat": secret, "case_id": case.id, "availability": availability }))
}

/// What the database and the delivery channel know a kiosk chat by: a hash
/// of its secret, so whoever reads the database cannot take over a live
/// chat (the secret is the only credential of the visitor's side).
pub(super) fn chat_address(secret: &str) -> String {
    crate::auth::token_hash(secret)
}

/// The chat's open case, found by its secret.
pub(super) async fn case_of(
    state: &AppState,
    secret: &str,
) -> Result<crate::handoff::model::Case, ApiError> {
    Ok(chat_of(state, secret).await?.0)
}

/// The chat's case and the address its messages are delivered to.
async fn chat_of(
    state: &AppState,
    secret: &str,
) -> Result<(crate::handoff::model::Case, String), ApiError> {
    let handoff = &state.handoff;
    let v = match handoff
        .visitor(Channel::Kiosk, &chat_address(secret))
        .await?
    {
        Some(v) => v,
        // A chat opened before secrets were hashed, still going on.
        None => handoff
            .visitor(Channel::Kiosk, secret)
            .await?
            .ok_or(ApiError::NotFound)?,
    };
    let cases = state.store.cases_of_visitor(v.id).await?;
    let case = cases.into_iter().next().ok_or(ApiError::NotFound)?;
    Ok((case, v.address))
}

/// What the visitor may see of their chat: their messages and the
/// mediator's replies, never internal notes.
async fn chat(
    State(state): State<AppState>,
    Path(secret): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let case = case_of(&state, &secret).await?;
    let mut messages = Vec::new();
    for m in state.store.messages(case.id).await? {
        if m.kind == MessageKind::Note {
            continue;
        }
        let file = super::kiosk_chat::file_ref(&state, m.file_id).await?;
        messages.push(
            json!({ "id": m.id, "from": m.author, "text": m.body, "at": m.created_at, "file": file }),
        );
    }
    let availability = if case.status == CaseStatus::Waiting {
        Some(state.handoff.availability_for_case(&case).await?)
    } else {
        None
    };
    Ok(Json(
        json!({ "status": case.status, "messages": messages, "availability": availability }),
    ))
}

/// The kiosk's live stream of messages for its visitor; opening it
/// delivers whatever waited while the kiosk was away.
async fn chat_events(
    State(state): State<AppState>,
    Path(secret): Path<String>,
) -> Result<Response, ApiError> {
    let (case, address) = chat_of(&state, &secret).await?;
    // Subscribed before anything else, so a move to the phone from now on
    // is seen.
    let hub = state.handoff.hub.subscribe();
    let rx = state.kiosk_chat.connect(&address);
    state.handoff.kiosk_visitor_seen(case.visitor_id).await?;
    state.handoff.channel_up(case.visitor_id);
    // "ready" first: from then on replies come on this stream, and the
    // kiosk fetches the transcript for anything sent before.
    let ready = futures_util::stream::once(async {
        Ok::<_, std::convert::Infallible>(SseEvent::default().event("ready").data("{}"))
    });
    let messages = futures_util::stream::unfold(rx, |mut rx| async move {
        let p = rx.recv().await?;
        let e = SseEvent::default().event("message").data(
            json!({ "kind": p.kind, "text": p.text, "message_id": p.message_id, "file": p.file() })
                .to_string(),
        );
        Some((Ok::<_, std::convert::Infallible>(e), rx))
    });
    // When the visitor continues on their phone, the kiosk is told at once.
    let (case_id, visitor_id) = (case.id, case.visitor_id);
    let until = tokio::time::Instant::now() + std::time::Duration::from_secs(6 * 3600);
    let handoff = state.handoff.clone();
    let moved = super::sse::events(hub, until, move |e: &Event| {
        if e.kind == EventKind::Message && e.case_id == Some(case_id) {
            deliver_here(&handoff, visitor_id);
        }
        (e.kind == EventKind::ChannelChanged && e.case_id == Some(case_id))
            .then(|| SseEvent::default().event("moved").data("{}"))
    });
    let stream = super::sse::closing(
        ready.chain(futures_util::stream::select(messages, moved)),
        &state.handoff.hub,
    );
    Ok(axum::response::sse::Sse::new(stream.boxed())
        .keep_alive(axum::response::sse::KeepAlive::default())
        .into_response())
}

/// A message for this chat was stored, perhaps by another instance sharing
/// the database, whose outbox may try it first and, not holding this
/// stream, put it off: the stream's instance delivers it now, and once
/// more shortly after, past such a failed try.
fn deliver_here(handoff: &crate::handoff::Handoff, visitor_id: i64) {
    handoff.channel_up(visitor_id);
    let handoff = handoff.clone();
    tokio::spawn(async move {
        tokio::time::sleep(AFTER_A_TRY_ELSEWHERE).await;
        handoff.channel_up(visitor_id);
    });
}

/// Longer than another instance takes to try a kiosk message and fail.
const AFTER_A_TRY_ELSEWHERE: std::time::Duration = std::time::Duration::from_millis(500);

#[derive(Deserialize)]
struct ChatMessage {
    text: String,
    /// The kiosk's id for this message, so a resend is stored once.
    client_id: Option<String>,
}

async fn chat_message(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(secret): Path<String>,
    Json(req): Json<ChatMessage>,
) -> Result<Json<Value>, ApiError> {
    kiosk(&state, &headers)?;
    let case = case_of(&state, &secret).await?;
    let key = req
        .client_id
        .filter(|c| !c.is_empty() && c.len() <= 64)
        .map(|c| format!("kiosk:{}:{c}", chat_address(&secret)));
    let a = state
        .handoff
        .visitor_message(case.id, &req.text, None, key)
        .await?;
    let ids: Vec<i64> = a
        .messages
        .iter()
        .filter(|m| m.author == Author::Visitor)
        .map(|m| m.id)
        .collect();
    Ok(Json(
        json!({ "stored": ids, "duplicate": a.duplicates > 0 }),
    ))
}

async fn leave(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(secret): Path<String>,
) -> Result<Json<Value>, ApiError> {
    kiosk(&state, &headers)?;
    let case = case_of(&state, &secret).await?;
    if matches!(case.status, CaseStatus::Waiting | CaseStatus::Active) {
        state.handoff.visitor_left(case.id).await?;
    }
    Ok(Json(json!({ "ok": true })))
}

/// The kiosk's page is still there with the chat open; a chat silent for
/// longer than its idle guard is ended as "visitor left".
async fn heartbeat(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(secret): Path<String>,
) -> Result<Json<Value>, ApiError> {
    kiosk(&state, &headers)?;
    let case = case_of(&state, &secret).await?;
    state.handoff.kiosk_visitor_seen(case.visitor_id).await?;
    Ok(Json(json!({ "status": case.status })))
}

#[derive(Deserialize)]
struct Rating {
    rating: i64,
}

async fn rate(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(secret): Path<String>,
    Json(req): Json<Rating>,
) -> Result<Json<Value>, ApiError> {
    kiosk(&state, &headers)?;
    let case = case_of(&state, &secret).await?;
    state.handoff.rate(case.id, req.rating).await?;
    Ok(Json(json!({ "ok": true })))
}

#[derive(Deserialize)]
struct PhoneLinkReq {
    lang: String,
    article: Option<String>,
    /// A kiosk chat to move to the phone.
    chat: Option<String>,
}

/// "Continue on your phone": a single-use Telegram link, and its QR code,
/// to the article on screen or to the open chat.
async fn phone_link(
    State(state): State<AppState>,
    headers: HeaderMap,
    Json(req): Json<PhoneLinkReq>,
) -> Result<Json<links::PhoneLink>, ApiError> {
    kiosk(&state, &headers)?;
    let lang = ApiError::lang(&req.lang)?;
    let target = match (req.article, req.chat) {
        (Some(id), None) => {
            if state
                .content
                .current()
                .knowledge
                .article_meta(&id)
                .is_none()
            {
                return Err(ApiError::UnknownArticle);
            }
            LinkTarget::Article { id, lang }
        }
        (None, Some(secret)) => LinkTarget::Case {
            id: case_of(&state, &secret).await?.id,
            lang,
        },
        _ => return Err(ApiError::BadRequest),
    };
    let link = links::create(
        state.store.as_ref(),
        &state.telegram,
        &target,
        state.clock.now(),
    )
    .await
    .map_err(|e| match e {
        links::LinkError::BotOff => ApiError::SwitchedOff {
            code: "bot_off",
            id: "kiosk-phone-off",
        },
        links::LinkError::Store(e) => e.into(),
    })?;
    Ok(Json(link))
}

/// "Talk to a mediator", with or without a topic: a ticket when someone at a
/// counter here can serve the visitor's language (or its routing fallback),
/// else a remote chat.
async fn talk(
    State(state): State<AppState>,
    headers: HeaderMap,
    Json(req): Json<ChatReq>,
) -> Result<Json<Value>, ApiError> {
    let (site, k) = kiosk(&state, &headers)?;
    let lang = ApiError::lang(&req.lang)?;
    // The service follows the topic, or the category of the article read.
    let topic = req.topic.clone().or_else(|| {
        let content = state.content.current();
        req.article
            .as_deref()
            .and_then(|a| content.knowledge.article_meta(a))
            .map(|m| m.category.clone())
    });
    let service = state
        .handoff
        .counter_service(&site.id, lang, topic.as_deref(), &k.services)
        .await?;
    if let Some(service) = service {
        let issued = state
            .handoff
            .issue_ticket(
                &site.id,
                Some(&k.id),
                Some(&service),
                topic.as_deref(),
                lang,
            )
            .await?;
        return Ok(Json(json!({ "mode": "ticket", "ticket": issued })));
    }
    let mut chat = open_chat(&state, site, lang, ChatReq { topic, ..req }).await?;
    chat["mode"] = json!("chat");
    Ok(Json(chat))
}

#[derive(Deserialize)]
struct LangQuery {
    lang: String,
}

/// Whether mediators are working now and their hours in the visitor's
/// language, so the kiosk says the centre is closed before a ticket.
async fn hours(
    State(state): State<AppState>,
    headers: HeaderMap,
    axum::extract::Query(q): axum::extract::Query<LangQuery>,
) -> Result<Json<Value>, ApiError> {
    kiosk(&state, &headers)?;
    let lang = ApiError::lang(&q.lang)?;
    let (open_now, _) = state.handoff.open_now();
    let content = state.content.current();
    let hours = content
        .knowledge
        .fact_text(lang, &state.handoff.settings.mediator_hours_fact);
    Ok(Json(json!({ "open_now": open_now, "hours": hours })))
}

#[derive(Deserialize)]
struct StringsQuery {
    lang: Option<String>,
}

/// The kiosk's and display's UI strings in one language, with the
/// category names and the hand-off's messages. Public: nothing secret.
async fn strings(
    State(state): State<AppState>,
    axum::extract::Query(q): axum::extract::Query<StringsQuery>,
) -> Result<Json<Value>, ApiError> {
    let lang = match q.lang {
        Some(l) => ApiError::lang(&l)?,
        None => Lang::SOURCE,
    };
    let content = state.content.current();
    let prefixes = ["kiosk-", "display-", "category-", "handoff-", "error-"];
    Ok(Json(
        json!({ "lang": lang, "strings": content.knowledge.ui_templates(lang, &prefixes) }),
    ))
}
