//! Liveness, readiness and Prometheus metrics (served, and guarded, by
//! `metrics`).

use axum::Json;
use axum::Router;
use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::get;
use serde_json::{Value, json};

use super::AppState;

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
/// the database reachable (503 if not). Also says how this instance takes
/// part in Telegram: a standby instance (another one polls) is ready all
/// the same, for it serves HTTP.
async fn readyz(State(s): State<AppState>) -> (StatusCode, Json<Value>) {
    let telegram = s.telegram.receiving();
    match s.store.ping().await {
        Ok(()) => (
            StatusCode::OK,
            Json(json!({ "database": "ok", "telegram": telegram })),
        ),
        Err(e) => {
            tracing::warn!(error = %e, "readiness: the database does not answer");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                Json(json!({ "database": "unavailable", "telegram": telegram })),
            )
        }
    }
}
