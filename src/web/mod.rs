//! HTTP: one router per area, merged into one app with the layers every
//! request goes through (error localisation, metrics, tracing, limits).

pub mod api;
mod article_page;
pub mod assets;
mod console;
mod display;
pub mod error;
mod headers;
pub mod health;
mod kiosk_api;
pub mod kiosk_chat;
pub mod kiosk_page;
pub mod metrics;
mod refusals;
pub mod serve;
mod session;
pub mod session_watch;
mod sse;
mod streams;
mod telegram_webhook;
pub mod transport;

use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::Router;
use axum::extract::{MatchedPath, Request, State};
use axum::middleware::{self, Next};
use axum::response::Response;
use tower_http::compression::CompressionLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

use crate::auth::{Backoff, FailureLog, RateLimiter, Slots};
use crate::clock::Clock;
use crate::content::ContentHandle;
use crate::handoff::Handoff;
use crate::store::Store;
use error::ApiError;
use kiosk_chat::KioskChat;
use metrics::Metrics;
pub use transport::{ClientIp, HttpSettings};

/// Requests bigger than this are refused before a handler sees them.
const MAX_BODY_BYTES: usize = 64 * 1024;
const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// What every handler may use. Cheap to clone.
#[derive(Clone)]
pub struct AppState {
    pub content: Arc<ContentHandle>,
    pub store: Arc<dyn Store>,
    pub clock: Arc<dyn Clock>,
    pub metrics: Arc<Metrics>,
    pub handoff: Handoff,
    /// Where people reach the service (links; `https` makes cookies Secure).
    pub public_url: Arc<str>,
    pub limits: Arc<Limits>,
    pub kiosk_chat: Arc<KioskChat>,
    /// The Telegram bot's name and webhook secret, once known.
    pub telegram: Arc<crate::telegram::Gateway>,
    /// Trusted proxies and connection limits.
    pub http: Arc<HttpSettings>,
    /// Tells open console streams that sessions ended, so theirs can end.
    pub session_ends: Arc<session_watch::SessionEnds>,
    /// Publishes the console's knowledge edits.
    pub reloader: crate::reload::Reloader,
}

/// Request budgets, kept in memory (a restart forgives).
pub struct Limits {
    /// Login attempts per client address.
    pub login: RateLimiter,
    /// Failed sign-ins per client address, which slow its next attempts
    /// (each account's failures are kept in the database).
    pub login_failures: FailureLog,
    /// Requests per kiosk (by its token, not its address: kiosks often
    /// share one) or per client address for public writes.
    pub public_writes: RateLimiter,
    /// Public searches per kiosk or client address: enough for results
    /// as one types (a request per key press, pauses between words).
    pub search: RateLimiter,
    /// Live event streams open at once, per client address and in all.
    pub streams: Slots<String>,
    /// Hashed once at start, verified when a username is unknown, so a
    /// login takes as long whether or not the account exists.
    pub dummy_hash: String,
}

impl Limits {
    pub fn new(http: &HttpSettings) -> Self {
        Limits {
            login: RateLimiter::new(10, Duration::from_secs(60)),
            login_failures: FailureLog::new(Backoff::ADDRESS),
            public_writes: RateLimiter::new(120, Duration::from_secs(60)),
            search: RateLimiter::new(http.searches_per_minute, Duration::from_secs(60)),
            streams: Slots::new(http.event_streams, http.event_streams_per_client),
            dummy_hash: crate::auth::hash_password(&crate::auth::random_token(16))
                .unwrap_or_default(),
        }
    }
}

/// The whole HTTP application.
pub fn app(state: AppState) -> Router {
    Router::new()
        .merge(api::router())
        .merge(health::router())
        .merge(console::router())
        .merge(kiosk_api::router())
        .merge(display::router())
        .merge(kiosk_page::router())
        .merge(article_page::router())
        .merge(telegram_webhook::router())
        .layer(RequestBodyLimitLayer::new(MAX_BODY_BYTES))
        .merge(console::uploads())
        .fallback(|| async { ApiError::NotFound })
        .layer(middleware::from_fn_with_state(state.clone(), streams::cap))
        .layer(middleware::from_fn(refusals::log))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            error::localise_errors,
        ))
        .layer(middleware::from_fn_with_state(state.clone(), track_metrics))
        // Pages and JSON go compressed to clients that ask (kiosks on slow
        // lobby networks); event streams never are.
        .layer(CompressionLayer::new())
        .layer(TimeoutLayer::with_status_code(
            axum::http::StatusCode::REQUEST_TIMEOUT,
            REQUEST_TIMEOUT,
        ))
        .layer(TraceLayer::new_for_http().make_span_with(|req: &Request| {
            // The path only: query strings carry what people typed.
            tracing::info_span!("http", method = %req.method(), path = %req.uri().path())
        }))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            headers::secure,
        ))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            transport::resolve,
        ))
        .with_state(state)
}

/// Counts requests by route template (never the raw path, which could hold
/// personal data or explode the number of series).
async fn track_metrics(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map_or_else(|| "unmatched".to_string(), |p| p.as_str().to_string());
    let method = req.method().to_string();
    let started = Instant::now();
    let res = next.run(req).await;
    state
        .metrics
        .record_request(&method, &route, res.status().as_u16(), started.elapsed());
    res
}
