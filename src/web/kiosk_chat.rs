//! The kiosk's remote chat as a delivery channel: a message is accepted
//! when it is handed to the kiosk's open event stream. Also the images
//! mediators send, which the kiosk shows while the chat is open.

use std::collections::HashMap;
use std::sync::Mutex;

use async_trait::async_trait;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use tokio::sync::mpsc;

use super::AppState;
use super::error::ApiError;
use crate::handoff::files::{FileRef, is_image};
use crate::handoff::model::{CaseStatus, Outgoing, Payload};
use crate::handoff::outbox::{Delivery, DeliveryError};

/// Open kiosk chat streams, by chat address (the hash of its secret).
#[derive(Default)]
pub struct KioskChat {
    open: Mutex<HashMap<String, mpsc::Sender<Payload>>>,
}

impl KioskChat {
    /// Registers the stream of a chat; a newer stream replaces an older one.
    pub fn connect(&self, address: &str) -> mpsc::Receiver<Payload> {
        let (tx, rx) = mpsc::channel(64);
        self.lock().insert(address.to_string(), tx);
        rx
    }

    /// Whether the chat's page holds its stream open now.
    pub fn is_connected(&self, address: &str) -> bool {
        self.lock().get(address).is_some_and(|tx| !tx.is_closed())
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, mpsc::Sender<Payload>>> {
        self.open.lock().unwrap_or_else(|p| p.into_inner())
    }
}

#[async_trait]
impl Delivery for KioskChat {
    async fn deliver(&self, m: &Outgoing) -> Result<(), DeliveryError> {
        let mut open = self.lock();
        let Some(tx) = open.get(&m.address) else {
            return Err(DeliveryError::Retry {
                after: None,
                reason: "kiosk chat not connected".into(),
            });
        };
        match tx.try_send(m.payload.clone()) {
            Ok(()) => Ok(()),
            Err(mpsc::error::TrySendError::Closed(_)) => {
                open.remove(&m.address);
                Err(DeliveryError::Retry {
                    after: None,
                    reason: "kiosk chat disconnected".into(),
                })
            }
            Err(mpsc::error::TrySendError::Full(_)) => Err(DeliveryError::Retry {
                after: None,
                reason: "kiosk chat busy".into(),
            }),
        }
    }
}

/// A file of a kiosk chat as the kiosk may show it.
pub async fn file_ref(state: &AppState, file_id: Option<i64>) -> Result<Option<FileRef>, ApiError> {
    let Some(id) = file_id else {
        return Ok(None);
    };
    Ok(state.store.file(id).await?.map(|(meta, _)| FileRef {
        id: meta.id,
        image: is_image(&meta.mime),
        name: meta.name,
        mime: meta.mime,
    }))
}

/// An image a mediator sent, for the kiosk to show inline while the chat is
/// open. A shared screen keeps nothing: never cached, and gone once the
/// chat ends. Documents are not served here; the visitor receives them on
/// their phone.
pub async fn image(
    State(state): State<AppState>,
    Path((secret, id)): Path<(String, i64)>,
) -> Result<Response, ApiError> {
    let case = super::kiosk_api::case_of(&state, &secret).await?;
    if !matches!(case.status, CaseStatus::Waiting | CaseStatus::Active) {
        return Err(ApiError::NotFound);
    }
    let (meta, bytes) = state.store.file(id).await?.ok_or(ApiError::NotFound)?;
    if meta.case_id != case.id || !is_image(&meta.mime) {
        return Err(ApiError::NotFound);
    }
    let mut res = bytes.into_response();
    let h = res.headers_mut();
    if let Ok(mime) = HeaderValue::from_str(&meta.mime) {
        h.insert(header::CONTENT_TYPE, mime);
    }
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("sandbox; default-src 'none'"),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    Ok(res)
}
