//! The console's pages, embedded in the binary.

use axum::extract::Path;
use axum::response::{Redirect, Response};
use rust_embed::RustEmbed;

use crate::web::error::ApiError;

#[derive(RustEmbed)]
#[folder = "console/"]
struct Assets;

pub const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; \
    img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; \
    frame-ancestors 'none'; form-action 'self'";

pub async fn redirect() -> Redirect {
    Redirect::permanent("/console/")
}

pub async fn index() -> Result<Response, ApiError> {
    serve("index.html")
}

pub async fn file(Path(name): Path<String>) -> Result<Response, ApiError> {
    serve(&name)
}

fn serve(name: &str) -> Result<Response, ApiError> {
    crate::web::assets::serve::<Assets>(name, CSP)
}
