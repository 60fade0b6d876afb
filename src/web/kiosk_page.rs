//! The lobby kiosk (`/kiosk`) and the lobby display (`/display`): static
//! pages embedded in the binary that talk to the kiosk and display APIs.

use axum::Router;
use axum::extract::{Path, RawQuery, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use rust_embed::RustEmbed;

use super::AppState;
use super::article_page::escape;
use super::error::{ApiError, accept_language};
use axum::http::HeaderMap;

#[derive(RustEmbed)]
#[folder = "kiosk/"]
struct Assets;

/// As the console's, plus the QR code images (inline SVG data) and the
/// display's sound.
const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; \
    img-src 'self' data:; media-src 'self'; connect-src 'self'; object-src 'none'; \
    base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/kiosk", get(|| async { Redirect::permanent("/kiosk/") }))
        .route(
            "/kiosk/",
            get(|State(s): State<AppState>, h: HeaderMap| async move {
                page(&s, &h, "index.html", "page-description-kiosk")
            }),
        )
        .route("/kiosk/{file}", get(file))
        .route("/display", get(display))
}

async fn file(Path(name): Path<String>) -> Result<Response, ApiError> {
    serve(&name)
}

/// The display of `?site=`; without one, of the first site, so a lone
/// centre needs no address to remember.
async fn display(
    State(state): State<AppState>,
    headers: HeaderMap,
    RawQuery(q): RawQuery,
) -> Result<Response, ApiError> {
    let has_site = form_urlencoded::parse(q.unwrap_or_default().as_bytes())
        .any(|(k, v)| k == "site" && !v.is_empty());
    match state.handoff.settings.sites.first() {
        Some(site) if !has_site => {
            let id: String = form_urlencoded::byte_serialize(site.id.as_bytes()).collect();
            Ok(Redirect::temporary(&format!("/display?site={id}")).into_response())
        }
        _ => Ok(page(
            &state,
            &headers,
            "display.html",
            "page-description-display",
        )?),
    }
}

/// A page with its description (for link previews and search engines) in
/// the reader's language.
fn page(
    state: &AppState,
    headers: &HeaderMap,
    name: &str,
    description: &str,
) -> Result<Response, ApiError> {
    let html = Assets::get(name).ok_or(ApiError::NotFound)?;
    let content = state.content.current();
    let k = &content.knowledge;
    let lang = accept_language(headers, &k.settings);
    let meta = format!(
        "<meta charset=\"utf-8\">\n<meta name=\"description\" lang=\"{lang}\" content=\"{}\">",
        escape(&k.ui(lang, description))
    );
    let html = String::from_utf8_lossy(&html.data).replacen("<meta charset=\"utf-8\">", &meta, 1);
    Ok(super::assets::respond(name, html.into_bytes(), CSP))
}

fn serve(name: &str) -> Result<Response, ApiError> {
    super::assets::serve::<Assets>(name, CSP)
}
