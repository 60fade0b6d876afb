//! A Bot API server for tests: speaks Telegram's JSON over HTTP to the real
//! teloxide client, plays the users (their messages, button presses, photos
//! and documents), and records everything the bot sends.
//!
//! Method names are matched case-insensitively (teloxide writes `SendMessage`,
//! the documentation `sendMessage`). Answers have Telegram's shape:
//! `{"ok":true,"result":...}`, or `{"ok":false,"error_code":...,
//! "description":...,"parameters":{"retry_after":N}}`.

#![allow(dead_code)]

use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{any, get};
use serde_json::{Value, json};
use tokio::sync::Notify;

pub const TOKEN: &str = "123456:TEST-token_for-balcao";
pub const BOT_USERNAME: &str = "balcao_test_bot";
const BOT_ID: i64 = 1000;

/// One call the bot made.
#[derive(Debug, Clone)]
pub struct Call {
    pub method: String,
    pub params: Value,
    /// The message id this call created or edited, if any.
    pub message_id: Option<i64>,
    /// When the call arrived (before any latency): what Telegram's rate
    /// limits count.
    pub at: Instant,
    /// The client it came from, when it was given a `/via/NAME` URL.
    pub via: Option<String>,
}

impl Call {
    pub fn chat(&self) -> Option<i64> {
        self.params.get("chat_id").and_then(|c| {
            c.as_i64()
                .or_else(|| c.as_str().and_then(|s| s.parse().ok()))
        })
    }

    pub fn text(&self) -> &str {
        self.params["text"].as_str().unwrap_or("")
    }

    /// Inline buttons as (label, callback data).
    pub fn buttons(&self) -> Vec<(String, String)> {
        self.params["reply_markup"]["inline_keyboard"]
            .as_array()
            .into_iter()
            .flatten()
            .flat_map(|row| row.as_array().cloned().unwrap_or_default())
            .map(|b| {
                (
                    b["text"].as_str().unwrap_or("").to_string(),
                    b["callback_data"].as_str().unwrap_or("").to_string(),
                )
            })
            .collect()
    }

    /// The data of the button whose data starts with `prefix`.
    pub fn button(&self, prefix: &str) -> String {
        self.buttons()
            .into_iter()
            .map(|(_, d)| d)
            .find(|d| d.starts_with(prefix))
            .unwrap_or_else(|| panic!("no button {prefix}* in {:?}", self.buttons()))
    }

    pub fn is_message(&self) -> bool {
        self.method == "sendmessage" || self.method == "editmessagetext"
    }

    /// A file the bot uploaded (sendPhoto, sendDocument): its name and
    /// bytes.
    pub fn upload(&self) -> Option<(String, Vec<u8>)> {
        let f = [&self.params["photo"], &self.params["document"]]
            .into_iter()
            .find(|f| f["bytes"].is_array())?;
        let bytes = f["bytes"]
            .as_array()?
            .iter()
            .map(|b| b.as_u64().unwrap_or(0) as u8)
            .collect();
        Some((f["file_name"].as_str().unwrap_or("").to_string(), bytes))
    }
}

#[derive(Default)]
struct Inner {
    next_update: i64,
    next_message: i64,
    /// Updates not yet confirmed by an offset past them.
    updates: VecDeque<Value>,
    calls: Vec<Call>,
    /// The last text shown in each (chat, message): what a user sees.
    messages: HashMap<(i64, i64), Value>,
    files: HashMap<String, (String, Vec<u8>)>,
    /// Answers to give instead of the real one: (method, response) in order.
    faults: VecDeque<(String, u16, Value)>,
    blocked: HashSet<i64>,
    webhook: Option<(String, String)>,
    get_updates_calls: usize,
    /// getUpdates calls by the path prefix the client was given
    /// (`/via/NAME/`), to tell several clients apart.
    get_updates_via: HashMap<String, usize>,
    /// Updates returned by getUpdates at least once: only those can be
    /// confirmed by an offset past them.
    delivered: HashSet<i64>,
    /// Every update ever pushed, to deliver one again.
    pushed: HashMap<i64, Value>,
    /// Send attempts per chat, including refused ones.
    attempts: HashMap<i64, usize>,
    /// File downloads answer 404 (the file is gone from Telegram's side).
    downloads_lost: bool,
    /// How long each call but getUpdates takes to be answered, as over a
    /// slow network.
    latency: Duration,
    /// Methods whose calls wait, unanswered, until released.
    gated: HashSet<String>,
    /// Calls arrived and not yet answered, and the most at once, by method.
    in_flight: HashMap<String, usize>,
    most_in_flight: HashMap<String, usize>,
    /// Clients (by `via`) whose calls but getUpdates wait unanswered until
    /// released.
    gated_via: HashSet<String>,
    /// Calls arrived and not yet answered, by client.
    in_flight_via: HashMap<String, usize>,
    /// Sends under way to each chat, and the chats that ever had two at
    /// once (Telegram's per-chat limit is broken by that alone).
    chat_in_flight: HashMap<i64, usize>,
    chat_overlaps: HashSet<i64>,
    /// Webhook URLs that updates are posted to in turn, instead of the
    /// registered one (several instances behind a load balancer).
    webhook_targets: Vec<String>,
    next_target: usize,
}

#[derive(Clone)]
pub struct BotApi {
    inner: Arc<Mutex<Inner>>,
    changed: Arc<Notify>,
    pub url: String,
    http: reqwest::Client,
}

impl BotApi {
    pub async fn start() -> BotApi {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let api = BotApi {
            inner: Arc::new(Mutex::new(Inner {
                next_update: 700_000_000,
                next_message: 1,
                ..Inner::default()
            })),
            changed: Arc::new(Notify::new()),
            url,
            http: reqwest::Client::new(),
        };
        let app = Router::new()
            .route("/bot{token}/{method}", any(method))
            .route("/via/{via}/bot{token}/{method}", any(method_via))
            .route("/file/bot{token}/{*path}", get(file))
            .with_state(api.clone());
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        api
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Delivers an update as Telegram would: to the webhook if one is set,
    /// else to the next getUpdates.
    pub async fn push(&self, mut update: Value) -> i64 {
        let (id, webhook) = {
            let mut s = self.lock();
            s.next_update += 1;
            let id = s.next_update;
            update["update_id"] = json!(id);
            s.pushed.insert(id, update.clone());
            s.delivered.remove(&id);
            let mut webhook = s.webhook.clone();
            if webhook.is_none() {
                s.updates.push_back(update.clone());
            }
            if let Some((url, _)) = webhook.as_mut()
                && !s.webhook_targets.is_empty()
            {
                *url = s.webhook_targets[s.next_target % s.webhook_targets.len()].clone();
                s.next_target += 1;
            }
            (id, webhook)
        };
        self.changed.notify_waiters();
        if let Some((url, secret)) = webhook {
            // Telegram retries until the webhook answers 2xx.
            for _ in 0..100 {
                let r = self
                    .http
                    .post(&url)
                    .header("X-Telegram-Bot-Api-Secret-Token", &secret)
                    .json(&update)
                    .send()
                    .await;
                if r.is_ok_and(|r| r.status().is_success()) {
                    break;
                }
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
        }
        id
    }

    /// Delivers an update again with its same id, as Telegram does when it
    /// did not see it confirmed.
    pub async fn redeliver(&self, update_id: i64) {
        let update = self.lock().pushed[&update_id].clone();
        let webhook = self.lock().webhook.clone();
        match webhook {
            None => {
                self.lock().updates.push_back(update);
                self.changed.notify_waiters();
            }
            Some((url, secret)) => {
                let r = self
                    .http
                    .post(&url)
                    .header("X-Telegram-Bot-Api-Secret-Token", &secret)
                    .json(&update)
                    .send()
                    .await
                    .unwrap();
                assert!(r.status().is_success());
            }
        }
    }

    /// How many times the bot tried to send to `chat` (refused tries too).
    pub fn attempts(&self, chat: i64) -> usize {
        self.lock().attempts.get(&chat).copied().unwrap_or(0)
    }

    /// Sets the next update id (Telegram picks a random one after a quiet
    /// week).
    pub fn restart_update_ids(&self, at: i64) {
        self.lock().next_update = at - 1;
    }

    fn user(chat: i64, lang: &str) -> Value {
        json!({ "id": chat, "is_bot": false, "first_name": "Visitante", "language_code": lang })
    }

    fn message(chat: i64, lang: &str, id: i64) -> Value {
        json!({
            "message_id": id,
            "date": 1_795_000_000,
            "chat": { "id": chat, "type": "private", "first_name": "Visitante" },
            "from": Self::user(chat, lang),
        })
    }

    fn next_message_id(&self) -> i64 {
        let mut s = self.lock();
        s.next_message += 1;
        s.next_message
    }

    /// The user types `text`.
    pub async fn say(&self, chat: i64, lang: &str, text: &str) -> i64 {
        let mut m = Self::message(chat, lang, self.next_message_id());
        m["text"] = json!(text);
        if text.starts_with('/') {
            let len = text
                .split_whitespace()
                .next()
                .unwrap_or("")
                .encode_utf16()
                .count();
            m["entities"] = json!([{ "type": "bot_command", "offset": 0, "length": len }]);
        }
        self.push(json!({ "message": m })).await
    }

    /// The user presses a button of the bot's message `message_id`.
    pub async fn press(&self, chat: i64, lang: &str, message_id: i64, data: &str) -> i64 {
        self.press_query(chat, lang, message_id, data).await.0
    }

    /// Presses a button; returns the update id and the callback query's id.
    pub async fn press_query(
        &self,
        chat: i64,
        lang: &str,
        message_id: i64,
        data: &str,
    ) -> (i64, String) {
        let shown = self
            .lock()
            .messages
            .get(&(chat, message_id))
            .cloned()
            .unwrap_or_else(|| {
                let mut m = Self::message(chat, lang, message_id);
                m["from"] = json!({ "id": BOT_ID, "is_bot": true, "first_name": "Balcão" });
                m["text"] = json!("…");
                m
            });
        let id = format!("cq{}", self.next_message_id());
        let update = self
            .push(json!({
                "callback_query": {
                    "id": id,
                    "from": Self::user(chat, lang),
                    "message": shown,
                    "chat_instance": format!("ci{chat}"),
                    "data": data,
                }
            }))
            .await;
        (update, id)
    }

    /// The answerCallbackQuery calls for one query: (toast text or "").
    pub fn answers_to(&self, query: &str) -> Vec<String> {
        self.calls()
            .into_iter()
            .filter(|c| c.method == "answercallbackquery" && c.params["callback_query_id"] == query)
            .map(|c| c.params["text"].as_str().unwrap_or("").to_string())
            .collect()
    }

    /// From now on file downloads answer 404 (getFile still answers).
    pub fn lose_downloads(&self) {
        self.lock().downloads_lost = true;
    }

    fn add_file(&self, bytes: &[u8], name: &str) -> String {
        let mut s = self.lock();
        let id = format!("file{}", s.files.len() + 1);
        s.files
            .insert(id.clone(), (format!("documents/{name}"), bytes.to_vec()));
        id
    }

    pub async fn send_photo(&self, chat: i64, lang: &str, bytes: &[u8], caption: &str) -> i64 {
        let file = self.add_file(bytes, "photo.jpg");
        let mut m = Self::message(chat, lang, self.next_message_id());
        m["photo"] = json!([
            { "file_id": format!("{file}-small"), "file_unique_id": "s", "width": 90, "height": 60, "file_size": 100 },
            { "file_id": file, "file_unique_id": "u", "width": 1280, "height": 960, "file_size": bytes.len() },
        ]);
        m["caption"] = json!(caption);
        self.push(json!({ "message": m })).await
    }

    pub async fn send_document(
        &self,
        chat: i64,
        lang: &str,
        bytes: &[u8],
        name: &str,
        mime: &str,
    ) -> i64 {
        let file = self.add_file(bytes, name);
        let mut m = Self::message(chat, lang, self.next_message_id());
        m["document"] = json!({
            "file_id": file, "file_unique_id": "d", "file_name": name,
            "mime_type": mime, "file_size": bytes.len()
        });
        self.push(json!({ "message": m })).await
    }

    /// The next `n` calls of `method` answer with this error instead.
    pub fn fail(&self, method: &str, n: usize, status: u16, body: Value) {
        let mut s = self.lock();
        for _ in 0..n {
            s.faults
                .push_back((method.to_lowercase(), status, body.clone()));
        }
    }

    /// Forgets the errors still planned with `fail`.
    pub fn clear_faults(&self) {
        self.lock().faults.clear();
    }

    pub fn too_many_requests(&self, method: &str, n: usize, retry_after: u64) {
        self.fail(
            method,
            n,
            429,
            json!({
                "ok": false, "error_code": 429,
                "description": format!("Too Many Requests: retry after {retry_after}"),
                "parameters": { "retry_after": retry_after }
            }),
        );
    }

    /// From now on every call but getUpdates is answered only after
    /// `latency` (as Telegram is, over the network).
    pub fn set_latency(&self, latency: Duration) {
        self.lock().latency = latency;
    }

    /// Calls of `method` wait unanswered from now on, until
    /// [`release_calls`](Self::release_calls).
    pub fn hold_calls(&self, method: &str) {
        self.lock().gated.insert(method.to_lowercase());
    }

    pub fn release_calls(&self, method: &str) {
        self.lock().gated.remove(&method.to_lowercase());
        self.changed.notify_waiters();
    }

    /// Updates go to these webhook URLs in turn from now on, with the
    /// registered secret.
    pub fn alternate_webhooks(&self, urls: Vec<String>) {
        self.lock().webhook_targets = urls;
    }

    /// Every call but getUpdates from the client `via` waits unanswered
    /// (and unrecorded: Telegram never took it) until released.
    pub fn hold_via(&self, via: &str) {
        self.lock().gated_via.insert(via.to_string());
    }

    pub fn release_via(&self, via: &str) {
        self.lock().gated_via.remove(via);
        self.changed.notify_waiters();
    }

    /// Calls from the client `via` arrived and not yet answered.
    pub fn in_flight_via(&self, via: &str) -> usize {
        self.lock().in_flight_via.get(via).copied().unwrap_or(0)
    }

    /// The chats that ever had two sends under way at once.
    pub fn chat_overlaps(&self) -> HashSet<i64> {
        self.lock().chat_overlaps.clone()
    }

    /// Calls of `method` arrived and not yet answered.
    pub fn in_flight(&self, method: &str) -> usize {
        let s = self.lock();
        s.in_flight
            .get(&method.to_lowercase())
            .copied()
            .unwrap_or(0)
    }

    /// The most calls of `method` that were ever under way at once.
    pub fn most_in_flight(&self, method: &str) -> usize {
        let s = self.lock();
        s.most_in_flight
            .get(&method.to_lowercase())
            .copied()
            .unwrap_or(0)
    }

    /// The user blocks the bot: sending to them gets 403.
    pub fn block(&self, chat: i64) {
        self.lock().blocked.insert(chat);
    }

    pub fn calls(&self) -> Vec<Call> {
        self.lock().calls.clone()
    }

    /// Messages sent to or edited in `chat`, in order.
    pub fn to(&self, chat: i64) -> Vec<Call> {
        self.calls()
            .into_iter()
            .filter(|c| c.is_message() && c.chat() == Some(chat))
            .collect()
    }

    /// Photos and documents the bot uploaded to `chat`, in order.
    pub fn files_to(&self, chat: i64) -> Vec<Call> {
        self.calls()
            .into_iter()
            .filter(|c| c.upload().is_some() && c.chat() == Some(chat))
            .collect()
    }

    pub fn webhook(&self) -> Option<(String, String)> {
        self.lock().webhook.clone()
    }

    /// The API URL for one of several clients, whose getUpdates calls
    /// [`get_updates_via`](Self::get_updates_via) counts apart.
    pub fn url_via(&self, name: &str) -> String {
        format!("{}/via/{name}", self.url)
    }

    pub fn get_updates_via(&self, name: &str) -> usize {
        self.lock().get_updates_via.get(name).copied().unwrap_or(0)
    }

    pub fn get_updates_calls(&self) -> usize {
        self.lock().get_updates_calls
    }

    /// Updates not yet confirmed by the bot.
    pub fn unconfirmed(&self) -> usize {
        self.lock().updates.len()
    }

    /// Waits until the bot has sent `chat` a message for which `pred`
    /// holds, among those after the first `after`; returns it and its index.
    pub async fn wait_for(
        &self,
        chat: i64,
        after: usize,
        what: &str,
        pred: impl Fn(&Call) -> bool,
    ) -> (usize, Call) {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
        loop {
            let notified = self.changed.notified();
            if let Some((i, c)) = self
                .to(chat)
                .into_iter()
                .enumerate()
                .skip(after)
                .find(|(_, c)| pred(c))
            {
                return (i, c);
            }
            if tokio::time::Instant::now() > deadline {
                let texts: Vec<String> =
                    self.to(chat).iter().map(|c| c.text().to_string()).collect();
                panic!("timed out waiting for a message to {chat}: {what}; got {texts:#?}");
            }
            let _ = tokio::time::timeout(Duration::from_millis(200), notified).await;
        }
    }

    /// Waits for a message containing `needle`.
    pub async fn wait_text(&self, chat: i64, after: usize, needle: &str) -> (usize, Call) {
        self.wait_for(chat, after, needle, |c| c.text().contains(needle))
            .await
    }
}

fn ok(result: Value) -> Response {
    axum::Json(json!({ "ok": true, "result": result })).into_response()
}

fn error(status: u16, description: &str) -> Response {
    (
        StatusCode::from_u16(status).unwrap(),
        axum::Json(json!({ "ok": false, "error_code": status, "description": description })),
    )
        .into_response()
}

/// Parameters as JSON, multipart form data (teloxide sends setWebhook so)
/// or a URL-encoded form: Telegram takes all three.
fn params(content_type: &str, body: &Bytes) -> Value {
    if let Some(boundary) = content_type.split("boundary=").nth(1) {
        return multipart(boundary.trim_matches('"'), body);
    }
    serde_json::from_slice(body).unwrap_or_else(|_| {
        let map: serde_json::Map<String, Value> = form_urlencoded::parse(body)
            .map(|(k, v)| {
                let v = serde_json::from_str(&v).unwrap_or(Value::String(v.into_owned()));
                (k.into_owned(), v)
            })
            .collect();
        Value::Object(map)
    })
}

/// Form fields as JSON values; an uploaded file (sendPhoto, sendDocument)
/// as `{"file_name", "bytes": [..]}`, its bytes kept exactly.
fn multipart(boundary: &str, body: &[u8]) -> Value {
    let delimiter = format!("--{boundary}");
    let mut map = serde_json::Map::new();
    for part in split_bytes(body, delimiter.as_bytes()) {
        let Some(at) = find_bytes(part, b"\r\n\r\n") else {
            continue;
        };
        let head = String::from_utf8_lossy(&part[..at]);
        let value = &part[at + 4..];
        let value = value.strip_suffix(b"\r\n").unwrap_or(value);
        let field = |key: &str| {
            head.split(&format!("{key}=\""))
                .nth(1)
                .and_then(|n| n.split('"').next())
                .map(str::to_string)
        };
        let Some(name) = field(" name").or_else(|| field(";name")) else {
            continue;
        };
        let v = match field("filename") {
            Some(file_name) => json!({ "file_name": file_name, "bytes": value }),
            None => {
                let text = String::from_utf8_lossy(value);
                serde_json::from_str(&text).unwrap_or(Value::String(text.into_owned()))
            }
        };
        map.insert(name, v);
    }
    // A field may name its file part: "attach://<part name>".
    let attached: Vec<(String, String)> = map
        .iter()
        .filter_map(|(k, v)| {
            Some((
                k.clone(),
                v.as_str()?.strip_prefix("attach://")?.to_string(),
            ))
        })
        .collect();
    for (field, part) in attached {
        if let Some(file) = map.remove(&part) {
            map.insert(field, file);
        }
    }
    Value::Object(map)
}

fn find_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

fn split_bytes<'a>(mut hay: &'a [u8], delimiter: &[u8]) -> Vec<&'a [u8]> {
    let mut parts = Vec::new();
    while let Some(i) = find_bytes(hay, delimiter) {
        parts.push(&hay[..i]);
        hay = &hay[i + delimiter.len()..];
    }
    parts.push(hay);
    parts
}

/// The length Telegram checks: of the text as shown, after HTML entity
/// parsing, in UTF-16 units.
fn shown_len(text: &str, html: bool) -> usize {
    if !html {
        return text.encode_utf16().count();
    }
    let mut shown = String::new();
    let mut rest = text;
    while let Some(i) = rest.find(['<', '&']) {
        shown.push_str(&rest[..i]);
        let tail = &rest[i..];
        let end = tail.find(if tail.starts_with('<') { '>' } else { ';' });
        let Some(end) = end else {
            shown.push_str(tail);
            rest = "";
            break;
        };
        if tail.starts_with('&') {
            shown.push('x');
        }
        rest = &tail[end + 1..];
    }
    shown.push_str(rest);
    shown.encode_utf16().count()
}

async fn method_via(
    State(api): State<BotApi>,
    Path((via, token, name)): Path<(String, String, String)>,
    headers: axum::http::HeaderMap,
    body: Bytes,
) -> Response {
    if name.eq_ignore_ascii_case("getupdates") {
        *api.lock().get_updates_via.entry(via.clone()).or_default() += 1;
    }
    call(api, Some(via), token, name, headers, body).await
}

async fn method(
    State(api): State<BotApi>,
    Path((token, method)): Path<(String, String)>,
    headers: axum::http::HeaderMap,
    body: Bytes,
) -> Response {
    call(api, None, token, method, headers, body).await
}

/// A send's chat, counted while the send is under way.
struct ChatSend {
    api: BotApi,
    chat: i64,
}

impl ChatSend {
    fn start(api: &BotApi, chat: i64) -> ChatSend {
        let mut s = api.lock();
        let n = s.chat_in_flight.entry(chat).or_default();
        *n += 1;
        if *n > 1 {
            s.chat_overlaps.insert(chat);
        }
        ChatSend {
            api: api.clone(),
            chat,
        }
    }
}

impl Drop for ChatSend {
    /// Also when the client goes away mid-call and the call is dropped.
    fn drop(&mut self) {
        let mut s = self.api.lock();
        if let Some(n) = s.chat_in_flight.get_mut(&self.chat) {
            *n -= 1;
        }
    }
}

/// Counts a call from `via` under way until dropped.
struct ViaCall {
    api: BotApi,
    via: Option<String>,
}

impl Drop for ViaCall {
    fn drop(&mut self) {
        if let Some(via) = &self.via
            && let Some(n) = self.api.lock().in_flight_via.get_mut(via)
        {
            *n -= 1;
        }
    }
}

async fn call(
    api: BotApi,
    via: Option<String>,
    token: String,
    method: String,
    headers: axum::http::HeaderMap,
    body: Bytes,
) -> Response {
    let at = Instant::now();
    if token != TOKEN {
        return error(401, "Unauthorized");
    }
    let method = method.to_lowercase();
    if method == "getupdates" {
        return answer(api, method, headers, body, at, via).await;
    }
    let _chat_send = matches!(
        method.as_str(),
        "sendmessage" | "editmessagetext" | "sendphoto" | "senddocument"
    )
    .then(|| {
        let content_type = headers
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        let p = params(content_type, &body);
        let chat = p["chat_id"]
            .as_i64()
            .or_else(|| p["chat_id"].as_str().and_then(|s| s.parse().ok()))
            .unwrap_or(0);
        ChatSend::start(&api, chat)
    });
    if let Some(v) = &via {
        *api.lock().in_flight_via.entry(v.clone()).or_default() += 1;
    }
    let _via_call = ViaCall {
        api: api.clone(),
        via: via.clone(),
    };
    let latency = {
        let mut s = api.lock();
        let n = s.in_flight.entry(method.clone()).or_default();
        *n += 1;
        let n = *n;
        let most = s.most_in_flight.entry(method.clone()).or_default();
        *most = n.max(*most);
        s.latency
    };
    api.changed.notify_waiters();
    loop {
        let released = api.changed.notified();
        {
            let s = api.lock();
            let via_held = via.as_ref().is_some_and(|v| s.gated_via.contains(v));
            if !s.gated.contains(&method) && !via_held {
                break;
            }
        }
        released.await;
    }
    let response = answer(api.clone(), method.clone(), headers, body, at, via).await;
    tokio::time::sleep(latency).await;
    *api.lock().in_flight.entry(method).or_default() -= 1;
    api.changed.notify_waiters();
    response
}

async fn answer(
    api: BotApi,
    method: String,
    headers: axum::http::HeaderMap,
    body: Bytes,
    at: Instant,
    via: Option<String>,
) -> Response {
    let content_type = headers
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let p = params(content_type, &body);
    if matches!(
        method.as_str(),
        "sendmessage" | "editmessagetext" | "sendphoto" | "senddocument"
    ) {
        let chat = p["chat_id"]
            .as_i64()
            .or_else(|| p["chat_id"].as_str().and_then(|s| s.parse().ok()))
            .unwrap_or(0);
        *api.lock().attempts.entry(chat).or_default() += 1;
    }
    if method != "getupdates" {
        let fault = {
            let mut s = api.lock();
            let at = s.faults.iter().position(|(m, _, _)| *m == method);
            at.and_then(|i| s.faults.remove(i))
        };
        if let Some((_, status, body)) = fault {
            return (StatusCode::from_u16(status).unwrap(), axum::Json(body)).into_response();
        }
    }
    let response = match method.as_str() {
        "getme" => ok(json!({
            "id": BOT_ID, "is_bot": true, "first_name": "Balcão", "username": BOT_USERNAME,
            "can_join_groups": false, "can_read_all_group_messages": false,
            "supports_inline_queries": false, "can_connect_to_business": false,
            "has_main_web_app": false
        })),
        "getupdates" => return get_updates(api, p).await,
        "sendmessage" | "editmessagetext" | "senddocument" | "sendphoto" => {
            let chat = p["chat_id"]
                .as_i64()
                .or_else(|| p["chat_id"].as_str().and_then(|s| s.parse().ok()))
                .unwrap_or(0);
            if api.lock().blocked.contains(&chat) {
                return error(403, "Forbidden: bot was blocked by the user");
            }
            let text = p["text"].as_str().unwrap_or("");
            let caption = p["caption"].as_str().unwrap_or("");
            let html = p["parse_mode"] == "HTML";
            if shown_len(text, html) > 4096 {
                return error(400, "Bad Request: message is too long");
            }
            if shown_len(caption, html) > 1024 {
                return error(400, "Bad Request: message caption is too long");
            }
            let upload = match method.as_str() {
                "sendphoto" => Some("photo"),
                "senddocument" => Some("document"),
                _ => None,
            };
            if let Some(field) = upload
                && p[field]["bytes"].as_array().is_none_or(|b| b.is_empty())
            {
                return error(400, "Bad Request: there is no file in the request");
            }
            if html && !balanced_html(caption) {
                return error(400, "Bad Request: can't parse entities: unclosed tag");
            }
            if html && !balanced_html(text) {
                return error(400, "Bad Request: can't parse entities: unclosed tag");
            }
            let id = match method.as_str() {
                "editmessagetext" => p["message_id"].as_i64().unwrap_or(0),
                _ => api.next_message_id(),
            };
            let mut m = BotApi::message(chat, "pt", id);
            m["from"] = json!({ "id": BOT_ID, "is_bot": true, "first_name": "Balcão", "username": BOT_USERNAME });
            match upload {
                Some(field) => {
                    m[field] = json!({ "file_id": format!("sent{id}"), "file_name": p[field]["file_name"] });
                    m["caption"] = json!(caption);
                }
                None => m["text"] = json!(text),
            }
            if !p["reply_markup"].is_null() {
                m["reply_markup"] = p["reply_markup"].clone();
            }
            let mut s = api.lock();
            s.messages.insert((chat, id), m.clone());
            s.calls.push(Call {
                method: method.clone(),
                params: p.clone(),
                message_id: Some(id),
                at,
                via: via.clone(),
            });
            drop(s);
            ok(m)
        }
        "answercallbackquery" => {
            api.lock().calls.push(Call {
                method: method.clone(),
                params: p.clone(),
                message_id: None,
                at,
                via: via.clone(),
            });
            ok(json!(true))
        }
        "getfile" => {
            let id = p["file_id"].as_str().unwrap_or("");
            let s = api.lock();
            match s.files.get(id) {
                Some((path, bytes)) => ok(json!({
                    "file_id": id, "file_unique_id": format!("u{id}"),
                    "file_size": bytes.len(), "file_path": path
                })),
                None => error(400, "Bad Request: invalid file_id"),
            }
        }
        "setwebhook" => {
            let url = p["url"].as_str().unwrap_or("").to_string();
            let secret = p["secret_token"].as_str().unwrap_or("").to_string();
            api.lock().webhook = Some((url, secret));
            ok(json!(true))
        }
        "deletewebhook" => {
            api.lock().webhook = None;
            ok(json!(true))
        }
        "getwebhookinfo" => {
            let url = api.lock().webhook.clone().map(|w| w.0).unwrap_or_default();
            ok(json!({ "url": url, "has_custom_certificate": false, "pending_update_count": 0 }))
        }
        _ => error(404, "Not Found: method not found"),
    };
    api.changed.notify_waiters();
    response
}

async fn get_updates(api: BotApi, p: Value) -> Response {
    if api.lock().webhook.is_some() {
        return error(
            409,
            "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
        );
    }
    let offset = p["offset"].as_i64();
    // Held up to 2 s here rather than the asked-for timeout, so tests that
    // stop the bot do not wait long.
    let timeout = Duration::from_secs(p["timeout"].as_u64().unwrap_or(0).min(2));
    let deadline = tokio::time::Instant::now() + timeout;
    loop {
        let notified = api.changed.notified();
        let batch: Vec<Value> = {
            let mut s = api.lock();
            s.get_updates_calls += 1;
            if let Some(o) = offset {
                // Asking from `o` confirms what was returned before it.
                let delivered = std::mem::take(&mut s.delivered);
                s.updates.retain(|u| {
                    let id = u["update_id"].as_i64().unwrap_or(0);
                    id >= o || !delivered.contains(&id)
                });
                s.delivered = delivered;
            }
            let batch: Vec<Value> = s
                .updates
                .iter()
                .filter(|u| offset.is_none_or(|o| u["update_id"].as_i64().unwrap_or(0) >= o))
                .take(100)
                .cloned()
                .collect();
            for u in &batch {
                let id = u["update_id"].as_i64().unwrap_or(0);
                s.delivered.insert(id);
            }
            batch
        };
        if !batch.is_empty() || tokio::time::Instant::now() >= deadline {
            return ok(Value::Array(batch));
        }
        let _ = tokio::time::timeout_at(deadline, notified).await;
    }
}

async fn file(State(api): State<BotApi>, Path((token, path)): Path<(String, String)>) -> Response {
    if token != TOKEN {
        return error(401, "Unauthorized");
    }
    let s = api.lock();
    if s.downloads_lost {
        return error(404, "Not Found");
    }
    match s.files.values().find(|(p, _)| *p == path) {
        Some((_, bytes)) => bytes.clone().into_response(),
        None => error(404, "Not Found"),
    }
}

/// Whether the tags Telegram's HTML mode knows are properly nested and
/// closed, and entities complete: what Telegram would refuse to parse.
fn balanced_html(text: &str) -> bool {
    let mut open: Vec<String> = Vec::new();
    let mut rest = text;
    while let Some(i) = rest.find(['<', '&']) {
        let tail = &rest[i..];
        if tail.starts_with('&') {
            let Some(end) = tail.find(';') else {
                return false;
            };
            if !matches!(&tail[..=end], "&lt;" | "&gt;" | "&amp;" | "&quot;") {
                return false;
            }
            rest = &tail[end + 1..];
            continue;
        }
        let Some(end) = tail.find('>') else {
            return false;
        };
        let tag = &tail[1..end];
        if let Some(name) = tag.strip_prefix('/') {
            if open.pop().as_deref() != Some(name) {
                return false;
            }
        } else {
            let name = tag.split_whitespace().next().unwrap_or("");
            if !matches!(
                name,
                "b" | "i" | "u" | "s" | "a" | "code" | "pre" | "tg-spoiler" | "blockquote"
            ) {
                return false;
            }
            open.push(name.to_string());
        }
        rest = &tail[end + 1..];
    }
    open.is_empty()
}
