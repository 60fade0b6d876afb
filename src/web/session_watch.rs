//! Ends a console's live event stream when its session ends. A stream is
//! one long request: the session check at its start would otherwise let it
//! run for the session's whole 12 hours, after a sign-out, an idle timeout
//! or an account being disabled.

use std::time::Duration;

use tokio::sync::watch;

use super::AppState;

/// How often an open stream checks its session, for the idle timeout
/// (nothing announces that one).
const CHECK_EVERY: Duration = Duration::from_secs(60);

/// Announces that sessions ended somewhere. Cheap: each stream then checks
/// its own session once.
pub struct SessionEnds {
    tx: watch::Sender<u64>,
}

impl Default for SessionEnds {
    fn default() -> Self {
        SessionEnds {
            tx: watch::channel(0).0,
        }
    }
}

impl SessionEnds {
    /// Call after deleting sessions (sign-out, an account disabled or all
    /// its sessions ended): their streams end within moments.
    pub fn ended(&self) {
        self.tx.send_modify(|n| *n = n.wrapping_add(1));
    }
}

/// Resolves once the session `token_hash` is no longer valid: checked when
/// sessions were announced ended, on every live event (so an idle timeout
/// never lets one more through unchecked for long) and every minute.
pub fn gone(state: &AppState, token_hash: String) -> impl Future<Output = ()> + Send + use<> {
    let mut ended = state.session_ends.tx.subscribe();
    let mut events = state.handoff.hub.subscribe();
    let state = state.clone();
    async move {
        loop {
            tokio::select! {
                changed = ended.changed() => if changed.is_err() { return },
                // Lagging behind is a wake-up like any other.
                _ = events.recv() => {}
                _ = tokio::time::sleep(CHECK_EVERY) => {}
            }
            if !super::session::still_valid(&state, &token_hash).await {
                return;
            }
        }
    }
}
