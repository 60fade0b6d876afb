//! The lobby kiosk (`/kiosk`) and the lobby display (`/display`): static
//! pages embedded in the binary that talk to the kiosk and display APIs.

use axum::Router;
use axum::extract::Path;
use axum::response::{Redirect, Response};
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
        .route("/display", get(|| async { serve("display.html") }))
}

async fn file(Path(name): Path<String>) -> Result<Response, ApiError> {
    serve(&name)
}

fn serve(name: &str) -> Result<Response, ApiError> {
    super::assets::serve::<Assets>(name, CSP)
}
