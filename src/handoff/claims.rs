//! Claims: work on one visitor or one chat that one instance at a time
//! does (sending a visitor's messages, handling a chat's updates), when
//! several instances share the database. A claim is a lease in the
//! database, held while the work lasts and renewed by
//! [`Claims::keep`] for as long as the process lives; a process that dies
//! stops renewing, and its claims lapse within [`TTL`], so another
//! instance picks the work up.
//!
//! On a database one process has to itself (SQLite), the claims are this
//! process's alone and live in memory: a lease row taken and deleted for
//! every chat handled would only add two writes to each.

use std::collections::HashSet;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::sync::watch;

use crate::store::{Store, StoreError};

/// How long a claim lasts unrenewed: several renewals, so a slow database
/// moment does not hand the work over, yet a dead instance's work moves
/// on within seconds.
pub const TTL: Duration = Duration::from_secs(10);
/// How often the claims held are renewed.
pub const RENEW_EVERY: Duration = Duration::from_secs(2);

/// This process's claims.
pub struct Claims {
    store: Arc<dyn Store>,
    /// This process, as the holder the database knows.
    holder: String,
    /// The claims held now: only these are renewed.
    held: Mutex<HashSet<String>>,
    /// Whether other processes may share the database.
    shared: bool,
}

impl Claims {
    pub fn new(store: Arc<dyn Store>) -> Self {
        Claims {
            shared: store.shared(),
            store,
            holder: crate::auth::random_token(16),
            held: Mutex::default(),
        }
    }

    fn held(&self) -> std::sync::MutexGuard<'_, HashSet<String>> {
        self.held.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Takes the claim `name`; false when another instance has it.
    pub async fn take(&self, name: &str) -> Result<bool, StoreError> {
        if !self.shared {
            self.held().insert(name.to_string());
            return Ok(true);
        }
        let got = self.store.lease_take(name, &self.holder, TTL).await?;
        if got {
            self.held().insert(name.to_string());
        }
        Ok(got)
    }

    /// Gives the claim up once its work is recorded. If the database does
    /// not answer, it is no longer renewed and lapses within [`TTL`].
    pub async fn release(&self, name: &str) {
        self.held().remove(name);
        if !self.shared {
            return;
        }
        if let Err(e) = self.store.lease_release(name, &self.holder).await {
            tracing::warn!(error = %e, name, "giving up a claim failed; it will lapse");
        }
    }

    /// Renews the claims held until told to stop (run once per process).
    pub async fn keep(self: Arc<Self>, mut stop: watch::Receiver<bool>) {
        if !self.shared {
            return;
        }
        loop {
            tokio::select! {
                _ = tokio::time::sleep(RENEW_EVERY) => {}
                _ = stop.wait_for(|s| *s) => return,
            }
            let names: Vec<String> = self.held().iter().cloned().collect();
            if let Err(e) = self.store.lease_renew(&names, &self.holder, TTL).await {
                tracing::warn!(error = %e, claims = names.len(), "renewing claims failed");
            }
        }
    }
}
