//! The kiosk's remote chat as a delivery channel: a message is accepted
//! when it is handed to the kiosk's open event stream.

use std::collections::HashMap;
use std::sync::Mutex;

use async_trait::async_trait;
use tokio::sync::mpsc;

use crate::handoff::model::{Outgoing, Payload};
use crate::handoff::outbox::{Delivery, DeliveryError};

/// Open kiosk chat streams, by chat secret.
#[derive(Default)]
pub struct KioskChat {
    open: Mutex<HashMap<String, mpsc::Sender<Payload>>>,
}

impl KioskChat {
    /// Registers the stream of a chat; a newer stream replaces an older one.
    pub fn connect(&self, secret: &str) -> mpsc::Receiver<Payload> {
        let (tx, rx) = mpsc::channel(64);
        self.lock().insert(secret.to_string(), tx);
        rx
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
