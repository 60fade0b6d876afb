use async_trait::async_trait;
use chrono::{DateTime, Utc};
use tokio::sync::mpsc;

use super::SqliteStore;
use crate::handoff::model::{Event, EventKind};
use crate::store::StoreError;
use crate::store::relay::EventRelay;

/// Nothing to follow: a SQLite file is written by one service on one
/// machine, and several instances run on PostgreSQL (README). Two services
/// on one file do work for the lease and the sign-in counts, but their live
/// events stay each their own; polling the file for them would cost every
/// single-instance counter a query a second for nobody.
#[async_trait]
impl EventRelay for SqliteStore {
    async fn follow(&self) -> Result<Option<mpsc::Receiver<Event>>, StoreError> {
        Ok(None)
    }

    async fn announce(&self, _kind: EventKind, _at: DateTime<Utc>) -> Result<(), StoreError> {
        Ok(())
    }

    async fn tell(&self, _events: &[Event]) -> Result<(), StoreError> {
        Ok(())
    }
}
