//! Pages and their scripts, embedded in the binary and served with a
//! strict Content-Security-Policy (no inline scripts, nothing from
//! elsewhere).

use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use rust_embed::RustEmbed;

use crate::web::error::ApiError;

/// One embedded file with its type and the page's policy.
pub fn serve<A: RustEmbed>(name: &str, csp: &'static str) -> Result<Response, ApiError> {
    let asset = A::get(name).ok_or(ApiError::NotFound)?;
    Ok(respond(name, asset.data.into_owned(), csp))
}

/// A file's bytes (perhaps filled in) with its type and the page's policy.
pub fn respond(name: &str, data: Vec<u8>, csp: &'static str) -> Response {
    let mime = match name.rsplit('.').next() {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("svg") => "image/svg+xml",
        Some("mp3") => "audio/mpeg",
        Some("wav") => "audio/wav",
        _ => "application/octet-stream",
    };
    let mut res = data.into_response();
    let h = res.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(mime));
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(csp),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    res
}
