//! Counters and latency histograms in the Prometheus text format. Kept in the
//! application state (not a process-wide recorder) so that every server, in
//! tests too, counts only its own traffic.
//!
//! Who may read them: route names, traffic and search counts tell an
//! outsider how the service is used, so `/metrics` is not public. With
//! `metrics_bind` it is served only on that address; with `metrics_token`
//! only with that bearer token; with neither, the main port answers it only
//! to the machine itself (a loopback peer, not forwarded by a proxy).

use std::collections::BTreeMap;
use std::fmt::Write;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use axum::Router;
use axum::extract::{ConnectInfo, Request, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;

use super::AppState;
use super::error::ApiError;

/// Upper bounds of the latency buckets, in seconds.
const BUCKETS: [f64; 10] = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0];

#[derive(Default)]
struct Histogram {
    counts: [u64; BUCKETS.len()],
    count: u64,
    sum: f64,
}

#[derive(Default)]
pub struct Metrics {
    requests: Mutex<BTreeMap<(String, String, u16), u64>>,
    latency: Mutex<BTreeMap<String, Histogram>>,
    pub searches: AtomicU64,
    pub searches_without_result: AtomicU64,
    pub searches_as_you_type: AtomicU64,
    pub reloads: AtomicU64,
    pub reload_failures: AtomicU64,
    access: MetricsAccess,
}

/// Who may read `/metrics`, from the configuration.
#[derive(Debug, Clone, Default)]
pub struct MetricsAccess {
    /// Required as `Authorization: Bearer <token>` wherever it is served.
    pub token: Option<String>,
    /// Served on its own address (`metrics_bind`), not on the main port.
    pub own_listener: bool,
}

/// Gauges read from the current state when scraped.
pub struct Gauges {
    pub index_documents: u64,
    pub articles: u64,
}

impl Metrics {
    pub fn new(access: MetricsAccess) -> Self {
        Metrics {
            access,
            ..Metrics::default()
        }
    }

    pub fn record_request(&self, method: &str, route: &str, status: u16, took: Duration) {
        let mut r = self.requests.lock().unwrap_or_else(|p| p.into_inner());
        *r.entry((method.to_string(), route.to_string(), status))
            .or_default() += 1;
        drop(r);
        let secs = took.as_secs_f64();
        let mut l = self.latency.lock().unwrap_or_else(|p| p.into_inner());
        let h = l.entry(route.to_string()).or_default();
        for (i, b) in BUCKETS.iter().enumerate() {
            if secs <= *b {
                h.counts[i] += 1;
            }
        }
        h.count += 1;
        h.sum += secs;
    }

    pub fn count(counter: &AtomicU64) {
        counter.fetch_add(1, Ordering::Relaxed);
    }

    pub fn render(&self, g: &Gauges) -> String {
        let mut out = String::new();
        out.push_str(
            "# HELP balcao_http_requests_total HTTP requests by method, route and status.\n",
        );
        out.push_str("# TYPE balcao_http_requests_total counter\n");
        for ((m, r, s), n) in self
            .requests
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .iter()
        {
            let _ = writeln!(
                out,
                "balcao_http_requests_total{{method=\"{m}\",route=\"{}\",status=\"{s}\"}} {n}",
                escape(r)
            );
        }
        out.push_str(
            "# HELP balcao_http_request_duration_seconds HTTP request latency by route.\n",
        );
        out.push_str("# TYPE balcao_http_request_duration_seconds histogram\n");
        for (r, h) in self
            .latency
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .iter()
        {
            let r = escape(r);
            for (i, b) in BUCKETS.iter().enumerate() {
                let _ = writeln!(
                    out,
                    "balcao_http_request_duration_seconds_bucket{{route=\"{r}\",le=\"{b}\"}} {}",
                    h.counts[i]
                );
            }
            let _ = writeln!(
                out,
                "balcao_http_request_duration_seconds_bucket{{route=\"{r}\",le=\"+Inf\"}} {}",
                h.count
            );
            let _ = writeln!(
                out,
                "balcao_http_request_duration_seconds_sum{{route=\"{r}\"}} {}",
                h.sum
            );
            let _ = writeln!(
                out,
                "balcao_http_request_duration_seconds_count{{route=\"{r}\"}} {}",
                h.count
            );
        }
        let counters = [
            (
                "balcao_searches_total",
                "Searches submitted (not as-you-type).",
                &self.searches,
            ),
            (
                "balcao_searches_without_result_total",
                "Submitted searches that found no good result.",
                &self.searches_without_result,
            ),
            (
                "balcao_searches_as_you_type_total",
                "Results-as-you-type requests.",
                &self.searches_as_you_type,
            ),
            (
                "balcao_knowledge_reloads_total",
                "Successful knowledge reloads.",
                &self.reloads,
            ),
            (
                "balcao_knowledge_reload_failures_total",
                "Reloads refused for errors.",
                &self.reload_failures,
            ),
        ];
        for (name, help, c) in counters {
            let _ = writeln!(
                out,
                "# HELP {name} {help}\n# TYPE {name} counter\n{name} {}",
                c.load(Ordering::Relaxed)
            );
        }
        let gauges = [
            (
                "balcao_index_documents",
                "Article texts in the search index (articles x languages).",
                g.index_documents,
            ),
            ("balcao_articles", "Articles in the catalogue.", g.articles),
        ];
        for (name, help, v) in gauges {
            let _ = writeln!(out, "# HELP {name} {help}\n# TYPE {name} gauge\n{name} {v}");
        }
        out
    }
}

fn escape(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

/// The router for `metrics_bind`: `/metrics` and nothing else.
pub fn app(state: AppState) -> Router {
    Router::new()
        .route("/metrics", get(scrape_own_listener))
        .with_state(state)
}

/// `/metrics` on the main port.
pub async fn scrape(State(s): State<AppState>, req: Request) -> Response {
    let access = &s.metrics.access;
    // Not found, rather than refused: nothing to probe for.
    if access.own_listener || (access.token.is_none() && !from_this_machine(&req)) {
        return ApiError::NotFound.into_response();
    }
    exposition(&s, req.headers())
}

async fn scrape_own_listener(State(s): State<AppState>, headers: HeaderMap) -> Response {
    exposition(&s, &headers)
}

/// A loopback peer, and no proxy header: a reverse proxy on the same
/// machine connects from loopback too, for clients anywhere.
fn from_this_machine(req: &Request) -> bool {
    let loopback = req
        .extensions()
        .get::<ConnectInfo<std::net::SocketAddr>>()
        .is_some_and(|ConnectInfo(peer)| peer.ip().to_canonical().is_loopback());
    let forwarded = ["forwarded", "x-forwarded-for", "x-real-ip"]
        .iter()
        .any(|h| req.headers().contains_key(*h));
    loopback && !forwarded
}

fn exposition(s: &AppState, headers: &HeaderMap) -> Response {
    if let Some(token) = &s.metrics.access.token {
        let given = headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .unwrap_or("");
        if !crate::auth::secure_eq(given.as_bytes(), token.as_bytes()) {
            let mut refused = ApiError::Unauthorized.into_response();
            refused.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                header::HeaderValue::from_static("Bearer"),
            );
            return refused;
        }
    }
    let content = s.content.current();
    let gauges = Gauges {
        index_documents: content.index.documents(),
        articles: content.knowledge.articles.len() as u64,
    };
    (
        StatusCode::OK,
        [(header::CONTENT_TYPE, "text/plain; version=0.0.4")],
        s.metrics.render(&gauges),
    )
        .into_response()
}
