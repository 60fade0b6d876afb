//! Live fan-out of stored events to consoles and displays.

use std::sync::Arc;

use tokio::sync::{broadcast, watch};

use super::model::Event;

/// Every listener gets every event and filters for itself. A listener that
/// falls behind loses the oldest and reloads its view (events are stored,
/// so nothing is lost for good).
#[derive(Clone)]
pub struct Hub {
    tx: broadcast::Sender<Event>,
    /// Set when the service stops: live streams last hours, so they are
    /// ended rather than waited for.
    closing: Arc<watch::Sender<bool>>,
}

impl Default for Hub {
    fn default() -> Self {
        Hub {
            tx: broadcast::channel(1024).0,
            closing: Arc::new(watch::channel(false).0),
        }
    }
}

impl Hub {
    pub fn publish(&self, events: impl IntoIterator<Item = Event>) {
        for e in events {
            // No listener is fine: nobody has a console open.
            let _ = self.tx.send(e);
        }
    }

    pub fn subscribe(&self) -> broadcast::Receiver<Event> {
        self.tx.subscribe()
    }

    /// Tells every live stream that the service is stopping.
    pub fn close(&self) {
        self.closing.send_replace(true);
    }

    pub fn is_closed(&self) -> bool {
        *self.closing.borrow()
    }

    /// Resolves once [`Hub::close`] was called (at once if it already was).
    pub fn closed(&self) -> impl Future<Output = ()> + Send + use<> {
        let mut rx = self.closing.subscribe();
        async move {
            let _ = rx.wait_for(|c| *c).await;
        }
    }
}
