//! Refusals worth an administrator's attention (ASVS 7.2.1): failed
//! sign-ins, whether or not the username exists, refused authorisations
//! and failed CSRF checks, each with the client's address. Never what was
//! typed: the body is not read here.

use axum::extract::Request;
use axum::middleware::Next;
use axum::response::Response;

use super::error::ApiError;
use super::transport::ClientAddr;

/// Middleware, inside the error localiser (which takes the error out).
pub async fn log(req: Request, next: Next) -> Response {
    let client = req
        .extensions()
        .get::<ClientAddr>()
        .map_or_else(String::new, |c| c.0.to_string());
    let (method, path) = (req.method().clone(), req.uri().path().to_string());
    let res = next.run(req).await;
    let what = match res.extensions().get::<ApiError>() {
        Some(ApiError::BadCredentials) => "sign-in failed: unknown username or wrong password",
        Some(ApiError::Throttled { .. }) => "sign-in refused: too many failures, must wait",
        Some(ApiError::Forbidden) => "authorisation refused",
        Some(ApiError::Csrf) => "CSRF check failed",
        _ => return res,
    };
    tracing::warn!(target: "balcao::security", %client, %method, %path, "{what}");
    res
}
