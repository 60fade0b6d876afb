//! Live fan-out of stored events to consoles and displays.

use tokio::sync::broadcast;

use super::model::Event;

/// Every listener gets every event and filters for itself. A listener that
/// falls behind loses the oldest and reloads its view (events are stored,
/// so nothing is lost for good).
#[derive(Clone)]
pub struct Hub {
    tx: broadcast::Sender<Event>,
}

impl Default for Hub {
    fn default() -> Self {
        Hub {
            tx: broadcast::channel(1024).0,
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
}
