//! The lobby kiosk (`/kiosk`) and the lobby display (`/display`): static
//! pages embedded in the binary that talk to the kiosk and display APIs.

use axum::Router;
use axum::extract::{Path, RawQuery, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use rust_embed::RustEmbed;

use super::AppState;
use super::error::ApiError;

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
        .route("/kiosk/", get(|| async { serve("index.html") }))
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
    RawQuery(q): RawQuery,
) -> Result<Response, ApiError> {
    let has_site = form_urlencoded::parse(q.unwrap_or_default().as_bytes())
        .any(|(k, v)| k == "site" && !v.is_empty());
    match state.handoff.settings.sites.first() {
        Some(site) if !has_site => {
            let id: String = form_urlencoded::byte_serialize(site.id.as_bytes()).collect();
            Ok(Redirect::temporary(&format!("/display?site={id}")).into_response())
        }
        _ => serve("display.html"),
    }
}

fn serve(name: &str) -> Result<Response, ApiError> {
    super::assets::serve::<Assets>(name, CSP)
}
