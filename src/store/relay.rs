//! Events that other instances sharing the database stored, handed to this
//! instance so its live listeners (consoles, kiosk chats, lobby displays)
//! hear of them as of its own. The events table is the record; a backend
//! only has to say when to look at it again and what is new there.

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use tokio::sync::mpsc;

use super::StoreError;
use crate::handoff::model::{Event, EventKind};

#[async_trait]
pub trait EventRelay: Send + Sync {
    /// Starts following the events other instances store from now on.
    /// Each arrives once, in the order of its id (give or take a write that
    /// committed late), with what it is about read again from the database:
    /// the case or ticket as it stands, so listeners filter it as strictly
    /// as their own. Events this instance stored itself never arrive: it
    /// published them already. `None` where no other instance can write.
    /// Following ends when the receiver is dropped or the store closes.
    async fn follow(&self) -> Result<Option<mpsc::Receiver<Event>>, StoreError>;

    /// Tells the other instances of something about no case or ticket
    /// (the knowledge an editor changed), as an event they receive through
    /// [`EventRelay::follow`]; this instance does not receive it.
    async fn announce(&self, kind: EventKind, at: DateTime<Utc>) -> Result<(), StoreError>;

    /// Tells the other instances at once of events that are not stored
    /// (an erasure: nothing about the visitor may stay behind). They arrive
    /// about nothing (what they were about is gone), so only whoever they
    /// name and administrators are told; an instance not listening at that
    /// moment never hears of them.
    async fn tell(&self, events: &[Event]) -> Result<(), StoreError>;
}
