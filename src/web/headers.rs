//! Headers every response carries, whatever produced it (a handler, an
//! extractor's rejection, the error localiser).

use axum::extract::{Request, State};
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;

use super::AppState;

/// One year; browsers then refuse plain HTTP for the host for that long.
const HSTS: &str = "max-age=31536000";

/// What the console and kiosk APIs answer (cases, transcripts, files,
/// statistics) is about people: no cache, shared or private, may keep it.
fn personal(path: &str) -> bool {
    path.starts_with("/api/v1/console/") || path.starts_with("/api/v1/kiosk/")
}

/// Middleware: HSTS when the service is reached over https, `nosniff`
/// everywhere, and `no-store` on personal data.
pub async fn secure(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let no_store = personal(req.uri().path());
    let mut res = next.run(req).await;
    let h = res.headers_mut();
    if state.public_url.starts_with("https://") {
        h.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static(HSTS),
        );
    }
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    if no_store {
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    res
}
