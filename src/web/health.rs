//! Liveness, readiness and Prometheus metrics (served, and guarded, by
//! `metrics`).

use axum::Router;
use axum::extract::State;
use axum::routing::get;

use super::AppState;
use super::error::ApiError;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .route("/metrics", get(super::metrics::scrape))
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
