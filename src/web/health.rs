//! Liveness, readiness and Prometheus metrics.

use axum::Router;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::IntoResponse;
use axum::routing::get;

use super::AppState;
use super::error::ApiError;
use super::metrics::Gauges;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .route("/metrics", get(metrics))
}

/// The process is up.
async fn healthz() -> &'static str {
    "ok"
}

/// The service can answer: knowledge loaded (it always is once serving) and
/// the database reachable.
async fn readyz(State(s): State<AppState>) -> Result<&'static str, ApiError> {
    s.store
        .ping()
        .await
        .map_err(|e| ApiError::Unavailable(format!("database: {e}")))?;
    Ok("ready")
}

async fn metrics(State(s): State<AppState>) -> impl IntoResponse {
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
}
