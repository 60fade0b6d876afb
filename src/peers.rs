//! What other instances sharing the database did, made live here: their
//! events reach this instance's consoles, kiosk chats and lobby displays
//! through its own hub, as its own do, and knowledge an editor changed
//! through another instance is served here too. Where the store has no
//! other writers (SQLite) there is nothing to follow.

use std::time::Duration;

use tokio::sync::{mpsc, watch};

use crate::handoff::Handoff;
use crate::handoff::model::{Event, EventKind};
use crate::reload::Reloader;

/// How soon following is tried again when the database did not answer.
const RETRY_AFTER: Duration = Duration::from_secs(1);

/// Hands other instances' events to this one's listeners until told to
/// stop.
pub async fn follow(handoff: Handoff, reloader: Reloader, mut stop: watch::Receiver<bool>) {
    let Some(mut events) = start(&handoff, &mut stop).await else {
        return;
    };
    loop {
        let e = tokio::select! {
            e = events.recv() => match e {
                Some(e) => e,
                None => return,
            },
            _ = stop.wait_for(|s| *s) => return,
        };
        if e.kind == EventKind::Knowledge {
            // Served from the database as the editor's instance serves it;
            // the swap is announced to this instance's consoles as any is.
            let r = reloader.clone();
            tokio::spawn(async move {
                let _ = r.reload().await;
            });
        } else {
            handoff.hub.publish([e]);
            // What another instance stored may be this one's to deliver:
            // a reply to a kiosk chat whose stream is open here.
            handoff.outbox_wake.notify_one();
        }
    }
}

async fn start(
    handoff: &Handoff,
    stop: &mut watch::Receiver<bool>,
) -> Option<mpsc::Receiver<Event>> {
    loop {
        match handoff.store.follow().await {
            Ok(events) => return events,
            Err(e) => {
                tracing::error!(error = %e, "following other instances' events failed; trying again")
            }
        }
        tokio::select! {
            _ = tokio::time::sleep(RETRY_AFTER) => {}
            _ = stop.wait_for(|s| *s) => return None,
        }
    }
}
