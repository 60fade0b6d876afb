//! The one place errors become HTTP responses: a stable code, a message in
//! the reader's language, and for server faults only a request id (the
//! detail goes to the log, never to the client).

use axum::Json;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

use super::AppState;
use crate::auth::MIN_PASSWORD_CHARS;
use crate::editing::Problem;
use crate::handoff::files::MAX_FILE_MB;
use crate::handoff::{HandoffError, MAX_TEXT_CHARS};
use crate::lang::{Lang, LangSettings};
use crate::search::{MAX_LIMIT, MAX_QUERY_CHARS};
use crate::store::StoreError;

#[derive(Debug, Clone, thiserror::Error)]
pub enum ApiError {
    #[error("unknown language {0:?}")]
    UnknownLang(String),
    #[error("missing query")]
    MissingQuery,
    #[error("query too long")]
    QueryTooLong,
    #[error("bad limit")]
    BadLimit,
    #[error("unknown article")]
    UnknownArticle,
    #[error("not found")]
    NotFound,
    #[error("bad request")]
    BadRequest,
    #[error("method not allowed")]
    MethodNotAllowed,
    #[error("request too large")]
    TooLarge,
    #[error("login required")]
    Unauthorized,
    #[error("bad credentials")]
    BadCredentials,
    /// Sign-in attempts for this account or from this address must wait
    /// (failures slow further attempts).
    #[error("throttled")]
    Throttled { seconds: u64 },
    /// The right password for an account an administrator disabled.
    #[error("account disabled")]
    AccountDisabled,
    #[error("rate limited")]
    RateLimited,
    #[error("forbidden")]
    Forbidden,
    #[error("csrf check failed")]
    Csrf,
    #[error("taken")]
    Taken,
    #[error("wrong state")]
    WrongState,
    /// A request that names something unknown or breaks a rule; `code` is
    /// the stable code, `id` the Fluent message.
    #[error("invalid: {code}")]
    Invalid {
        code: &'static str,
        id: &'static str,
    },
    #[error("bad field {0}")]
    BadField(&'static str),
    /// Something that existed and was deleted for good (a visitor erased
    /// their data); `id` is the Fluent message.
    #[error("gone: {code}")]
    Gone {
        code: &'static str,
        id: &'static str,
    },
    #[error("unknown kiosk")]
    KioskToken,
    /// A part of the service switched off by its configuration (the
    /// Telegram bot): expected, so not logged as a fault.
    #[error("switched off: {code}")]
    SwitchedOff {
        code: &'static str,
        id: &'static str,
    },
    /// A knowledge edit that would break the article: nothing was saved.
    #[error("edit refused: {0:?}")]
    EditRefused(Vec<Problem>),
    /// Someone saved the article after the version the edit started from.
    #[error("edit conflict")]
    EditConflict { latest: Value },
    #[error("unavailable: {0}")]
    Unavailable(String),
    #[error("internal: {0}")]
    Internal(String),
}

impl ApiError {
    fn status(&self) -> StatusCode {
        match self {
            ApiError::UnknownLang(_)
            | ApiError::MissingQuery
            | ApiError::QueryTooLong
            | ApiError::BadLimit
            | ApiError::BadRequest
            | ApiError::Invalid { .. }
            | ApiError::BadField(_) => StatusCode::BAD_REQUEST,
            ApiError::Unauthorized | ApiError::BadCredentials | ApiError::KioskToken => {
                StatusCode::UNAUTHORIZED
            }
            ApiError::Throttled { .. } | ApiError::RateLimited => StatusCode::TOO_MANY_REQUESTS,
            ApiError::Forbidden | ApiError::Csrf | ApiError::AccountDisabled => {
                StatusCode::FORBIDDEN
            }
            ApiError::Taken | ApiError::WrongState | ApiError::EditConflict { .. } => {
                StatusCode::CONFLICT
            }
            ApiError::EditRefused(_) => StatusCode::UNPROCESSABLE_ENTITY,
            ApiError::UnknownArticle | ApiError::NotFound => StatusCode::NOT_FOUND,
            ApiError::Gone { .. } => StatusCode::GONE,
            ApiError::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            ApiError::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            ApiError::Unavailable(_) | ApiError::SwitchedOff { .. } => {
                StatusCode::SERVICE_UNAVAILABLE
            }
            ApiError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// Stable machine-readable code.
    pub fn code(&self) -> &'static str {
        match self {
            ApiError::UnknownLang(_) => "unknown_lang",
            ApiError::MissingQuery => "missing_query",
            ApiError::QueryTooLong => "query_too_long",
            ApiError::BadLimit => "bad_limit",
            ApiError::UnknownArticle => "unknown_article",
            ApiError::NotFound => "not_found",
            ApiError::BadRequest => "bad_request",
            ApiError::MethodNotAllowed => "method_not_allowed",
            ApiError::TooLarge => "too_large",
            ApiError::Unauthorized => "login_required",
            ApiError::BadCredentials => "bad_credentials",
            ApiError::Throttled { .. } => "throttled",
            ApiError::AccountDisabled => "account_disabled",
            ApiError::RateLimited => "rate_limited",
            ApiError::Forbidden => "forbidden",
            ApiError::Csrf => "csrf",
            ApiError::Taken => "taken",
            ApiError::WrongState => "wrong_state",
            ApiError::Invalid { code, .. } => code,
            ApiError::BadField(_) => "bad_field",
            ApiError::Gone { code, .. } => code,
            ApiError::KioskToken => "unknown_kiosk",
            ApiError::SwitchedOff { code, .. } => code,
            ApiError::EditRefused(_) => "edit_refused",
            ApiError::EditConflict { .. } => "edit_conflict",
            ApiError::Unavailable(_) => "unavailable",
            ApiError::Internal(_) => "internal",
        }
    }

    /// The Fluent message and its arguments.
    fn message(&self, request_id: &str) -> (&'static str, Vec<(&'static str, String)>) {
        match self {
            ApiError::UnknownLang(l) => (
                "error-unknown-lang",
                vec![
                    ("lang", l.chars().take(20).collect()),
                    ("codes", Lang::ALL.map(|l| l.code()).join(", ")),
                ],
            ),
            ApiError::MissingQuery => ("error-missing-query", vec![]),
            ApiError::QueryTooLong => (
                "error-query-too-long",
                vec![("max", MAX_QUERY_CHARS.to_string())],
            ),
            ApiError::BadLimit => ("error-bad-limit", vec![("max", MAX_LIMIT.to_string())]),
            ApiError::UnknownArticle => ("error-unknown-article", vec![]),
            ApiError::NotFound => ("error-not-found", vec![]),
            ApiError::BadRequest => ("error-bad-request", vec![]),
            ApiError::MethodNotAllowed => ("error-method-not-allowed", vec![]),
            ApiError::TooLarge => ("error-too-large", vec![]),
            ApiError::Unauthorized => ("error-login-required", vec![]),
            ApiError::BadCredentials => ("error-bad-credentials", vec![]),
            ApiError::Throttled { seconds } => {
                ("error-throttled", vec![("seconds", seconds.to_string())])
            }
            ApiError::AccountDisabled => ("error-account-disabled", vec![]),
            ApiError::RateLimited => ("error-rate-limited", vec![]),
            ApiError::Forbidden => ("error-forbidden", vec![]),
            ApiError::Csrf => ("error-csrf", vec![]),
            ApiError::Taken => ("error-taken", vec![]),
            ApiError::WrongState => ("error-wrong-state", vec![]),
            ApiError::Invalid { id, .. } => (
                id,
                vec![
                    ("max", MAX_TEXT_CHARS.to_string()),
                    ("min", MIN_PASSWORD_CHARS.to_string()),
                    ("megabytes", MAX_FILE_MB.to_string()),
                ],
            ),
            ApiError::BadField(f) => ("error-bad-field", vec![("field", f.to_string())]),
            ApiError::Gone { id, .. } => (id, vec![]),
            ApiError::KioskToken => ("error-kiosk-token", vec![]),
            ApiError::SwitchedOff { id, .. } => (id, vec![]),
            ApiError::EditRefused(_) => ("error-edit-refused", vec![]),
            ApiError::EditConflict { .. } => ("error-edit-conflict", vec![]),
            ApiError::Unavailable(_) => ("error-unavailable", vec![]),
            ApiError::Internal(_) => (
                "error-internal",
                vec![("request-id", request_id.to_string())],
            ),
        }
    }

    /// What a bare status from the framework (a rejected extractor, an
    /// unknown route or method) means to a reader.
    fn from_status(status: StatusCode) -> ApiError {
        match status {
            StatusCode::NOT_FOUND => ApiError::NotFound,
            StatusCode::METHOD_NOT_ALLOWED => ApiError::MethodNotAllowed,
            StatusCode::PAYLOAD_TOO_LARGE => ApiError::TooLarge,
            StatusCode::SERVICE_UNAVAILABLE => ApiError::Unavailable(status.to_string()),
            s if s.is_server_error() => ApiError::Internal(s.to_string()),
            _ => ApiError::BadRequest,
        }
    }
}

impl ApiError {
    /// One of the nine languages from any tag naming it, or the localised
    /// 400.
    pub fn lang(tag: &str) -> Result<Lang, ApiError> {
        tag.parse()
            .map_err(|_| ApiError::UnknownLang(tag.to_string()))
    }

    pub const fn invalid(code: &'static str, id: &'static str) -> ApiError {
        ApiError::Invalid { code, id }
    }

    /// A sign-in that must wait, in whole seconds rounded up.
    pub fn throttled(wait: std::time::Duration) -> ApiError {
        let seconds = (wait.as_secs() + u64::from(wait.subsec_nanos() > 0)).max(1);
        ApiError::Throttled { seconds }
    }

    /// A 429 that says when to try again, in whole seconds rounded up ("0"
    /// would invite an immediate retry).
    pub fn retry_after(wait: std::time::Duration) -> Response {
        let secs = (wait.as_secs() + u64::from(wait.subsec_nanos() > 0)).max(1);
        (
            [(header::RETRY_AFTER, secs.to_string())],
            ApiError::RateLimited,
        )
            .into_response()
    }
}

impl From<crate::content::LoadError> for ApiError {
    fn from(e: crate::content::LoadError) -> Self {
        ApiError::Internal(e.to_string())
    }
}

impl From<crate::telegram::webhook::Refused> for ApiError {
    fn from(e: crate::telegram::webhook::Refused) -> Self {
        use crate::telegram::webhook::Refused;
        match e {
            Refused::NotWebhook => ApiError::NotFound,
            Refused::WrongSecret => ApiError::Unauthorized,
            Refused::NotAnUpdate => ApiError::BadRequest,
            Refused::NotStored(e) => ApiError::Unavailable(e),
        }
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        ApiError::Internal(e.to_string())
    }
}

impl From<HandoffError> for ApiError {
    fn from(e: HandoffError) -> Self {
        match e {
            HandoffError::NotFound => ApiError::NotFound,
            HandoffError::Taken => ApiError::Taken,
            HandoffError::NotYours => ApiError::Forbidden,
            HandoffError::WrongState => ApiError::WrongState,
            HandoffError::UnknownTopic => ApiError::invalid("unknown_topic", "error-unknown-topic"),
            HandoffError::UnknownService => {
                ApiError::invalid("unknown_service", "error-unknown-service")
            }
            HandoffError::UnknownPlace => ApiError::invalid("unknown_place", "error-unknown-place"),
            HandoffError::UnknownMediator => {
                ApiError::invalid("unknown_mediator", "error-unknown-mediator")
            }
            HandoffError::NoCounter => ApiError::invalid("no_counter", "error-no-counter"),
            HandoffError::NothingWaiting => {
                ApiError::invalid("nothing_waiting", "error-nothing-waiting")
            }
            HandoffError::BadText => ApiError::invalid("bad_text", "error-bad-text"),
            HandoffError::BadRating => ApiError::invalid("bad_rating", "error-bad-rating"),
            HandoffError::ReplyTooLong => {
                ApiError::invalid("reply_too_long", "error-reply-too-long")
            }
            HandoffError::FileTooLarge => {
                ApiError::invalid("file_too_large", "error-file-too-large")
            }
            HandoffError::BadFile => ApiError::invalid("bad_file", "error-bad-file"),
            HandoffError::Store(e) => e.into(),
        }
    }
}

impl IntoResponse for ApiError {
    /// The body is written by [`localise_errors`], which knows the reader's
    /// language; here the error only travels in the response.
    fn into_response(self) -> Response {
        let mut res = self.status().into_response();
        if let ApiError::Throttled { seconds } = &self {
            res.headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(*seconds));
        }
        res.extensions_mut().insert(self);
        res
    }
}

/// The reader's language for a request: an exact `lang` parameter, else the
/// `Accept-Language` header, else the default.
pub fn request_lang(req: &Request, settings: &LangSettings) -> Lang {
    let from_query = req.uri().query().and_then(|q| {
        form_urlencoded::parse(q.as_bytes())
            .find(|(k, _)| k == "lang")
            .and_then(|(_, v)| v.parse::<Lang>().ok())
    });
    from_query.unwrap_or_else(|| accept_language(req.headers(), settings))
}

pub fn accept_language(headers: &axum::http::HeaderMap, settings: &LangSettings) -> Lang {
    headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|h| h.to_str().ok())
        .map(|h| settings.negotiate_accept_language(h))
        .unwrap_or(settings.default)
}

/// Middleware: gives every error response a localised JSON body and every
/// response a request id.
pub async fn localise_errors(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let content = state.content.current();
    let lang = request_lang(&req, &content.knowledge.settings);
    // A signed-in mediator reads the console in the language they chose,
    // whatever their browser says; looked up only when there is an error.
    let console_session = req
        .uri()
        .path()
        .starts_with("/api/v1/console/")
        .then(|| super::session::token(&state, req.headers()).map(str::to_string))
        .flatten();
    let request_id = format!("{:016x}", rand::random::<u64>());
    let mut res = next.run(req).await;
    let is_json = res
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"application/json"));
    let error = match res.extensions_mut().remove::<ApiError>() {
        Some(e) => Some(e),
        None if (res.status().is_client_error() || res.status().is_server_error()) && !is_json => {
            Some(ApiError::from_status(res.status()))
        }
        None => None,
    };
    if let Some(e) = error {
        if let ApiError::Internal(detail) | ApiError::Unavailable(detail) = &e {
            tracing::error!(request_id, code = e.code(), detail, "request failed");
        }
        let lang = match console_session {
            Some(token) => super::session::ui_lang(&state, &token)
                .await
                .unwrap_or(lang),
            None => lang,
        };
        let (id, args) = e.message(&request_id);
        let message = content.knowledge.ui_with(lang, id, &args);
        let mut body = json!({ "error": { "code": e.code(), "message": message } });
        match &e {
            ApiError::EditRefused(problems) => {
                let texts: Vec<String> = problems
                    .iter()
                    .map(|p| problem_text(p, &content.knowledge, lang))
                    .collect();
                body["error"]["problems"] = json!(texts);
            }
            ApiError::EditConflict { latest } => body["error"]["latest"] = latest.clone(),
            _ => {}
        }
        if e.status().is_server_error() {
            body["error"]["request_id"] = json!(request_id);
        }
        let status = e.status();
        let headers = res.headers().clone();
        res = (status, Json(body)).into_response();
        // Keep headers such as Allow on a 405, Retry-After on a 429 and
        // WWW-Authenticate on a 401.
        let kept = [header::ALLOW, header::RETRY_AFTER, header::WWW_AUTHENTICATE];
        for (k, v) in headers.iter().filter(|(k, _)| kept.contains(k)) {
            res.headers_mut().insert(k, v.clone());
        }
    }
    if let Ok(v) = HeaderValue::from_str(&request_id) {
        res.headers_mut().insert("x-request-id", v);
    }
    res
}

/// One reason an edit was refused, in the editor's language.
fn problem_text(p: &Problem, k: &crate::knowledge::Knowledge, lang: Lang) -> String {
    let ui = |id: &str, args: &[(&str, String)]| k.ui_with(lang, id, args);
    match p {
        Problem::LineStart { attr, line } => ui(
            "edit-problem-line-start",
            &[("field", attr.clone()), ("line", line.to_string())],
        ),
        Problem::Syntax { line, detail } => ui(
            "edit-problem-syntax",
            &[
                ("line", line.map_or_else(|| "?".into(), |l| l.to_string())),
                ("detail", detail.clone()),
            ],
        ),
        Problem::MissingTitle => ui("edit-problem-missing-title", &[]),
        Problem::MissingAttribute(a) => ui("edit-problem-missing-field", &[("field", a.clone())]),
        Problem::UnknownFact(f) => ui("edit-problem-unknown-fact", &[("name", f.clone())]),
        Problem::FactTable(f) => ui("edit-problem-fact-table", &[("name", f.clone())]),
        Problem::Other(detail) => ui("edit-problem-other", &[("detail", detail.clone())]),
    }
}
