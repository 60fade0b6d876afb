//! Following the events other instances store (`store::relay`). A write
//! that stores events sends a NOTIFY in its transaction, so it is delivered
//! when the write commits; the notification is only a wake-up, and each
//! instance reads what is new from the events table by id. A notification
//! lost with a dropped LISTEN connection loses nothing: after reconnecting,
//! and every few seconds anyway, the table is read again. An event that
//! may leave no row (an erasure) travels whole in its notification instead,
//! and only reaches the instances listening at that moment.

use std::collections::hash_map::Entry;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use sqlx::postgres::{PgListener, PgPool};
use sqlx::{PgConnection, Row};
use tokio::sync::mpsc;

use super::PostgresStore;
use crate::handoff::model::{About, Event, EventKind};
use crate::store::relay::EventRelay;
use crate::store::rows::{case, event, ms, select_case, select_event, select_ticket, ticket};
use crate::store::{Applied, StoreError};

/// The NOTIFY channel every instance listens on.
const CHANNEL: &str = "balcao_events";
/// How often the table is read with no notification: the bound on how late
/// an event whose notification was lost arrives.
const FALLBACK: Duration = Duration::from_secs(3);
/// How soon a LISTEN connection that could not be made is tried again.
const RECONNECT_AFTER: Duration = Duration::from_secs(1);
/// Ids come from a sequence, so a write can commit after one with a higher
/// id. An id skipped over is looked for this long, then taken for a write
/// that was rolled back. Writes that store events are short transactions.
const GAP_WAIT: Duration = Duration::from_secs(10);
/// At most this many skipped ids are looked for at once.
const MAX_GAPS: i64 = 1000;
/// Events read at once.
const BATCH: i64 = 500;

/// The events this process stored, so following does not hand them back
/// to the instance that published them already. Recorded inside the
/// writing transaction, before the row can be seen by anyone.
pub(super) struct OwnEvents {
    following: AtomicBool,
    ids: Mutex<BTreeSet<i64>>,
    /// Names this process in what it tells without a row
    /// ([`EventRelay::tell`]), which comes back to it too.
    origin: String,
}

impl Default for OwnEvents {
    fn default() -> Self {
        OwnEvents {
            following: AtomicBool::default(),
            ids: Mutex::default(),
            origin: format!("{:016x}", rand::random::<u64>()),
        }
    }
}

/// An event told without a row, as a notification's payload.
#[derive(serde::Serialize, serde::Deserialize)]
struct Told {
    from: String,
    event: Event,
}

impl OwnEvents {
    /// Remembers the ids of a write's events (only while following: nothing
    /// would ever forget them otherwise).
    pub fn wrote(&self, applied: &Applied) {
        if self.following.load(Ordering::Relaxed) {
            self.lock().extend(applied.events.iter().map(|e| e.id));
        }
    }

    fn wrote_id(&self, id: i64) {
        if self.following.load(Ordering::Relaxed) {
            self.lock().insert(id);
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, BTreeSet<i64>> {
        self.ids.lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// Wakes the instances following, once the transaction commits.
pub(super) async fn notify(conn: &mut PgConnection, newest: i64) -> Result<(), StoreError> {
    sqlx::query("SELECT pg_notify($1, $2)")
        .bind(CHANNEL)
        .bind(newest.to_string())
        .execute(conn)
        .await?;
    Ok(())
}

/// Where the stored detail keeps who a case was with before the change,
/// when that was someone else (an administrator transferred it away from
/// them, and they must hear of it on every instance). Only the relay
/// reads the events table, and it takes the key out again.
const WAS_WITH: &str = "_was_with";

/// An event's detail as stored: as published, plus [`WAS_WITH`].
pub(super) fn stored_detail(detail: &serde_json::Value, about: &About) -> String {
    let now_with = about.case.as_ref().and_then(|c| c.mediator_id);
    match (detail, about.was_with) {
        (serde_json::Value::Object(map), Some(was)) if now_with != Some(was) => {
            let mut map = map.clone();
            map.insert(WAS_WITH.into(), was.into());
            serde_json::Value::Object(map).to_string()
        }
        _ => detail.to_string(),
    }
}

#[async_trait]
impl EventRelay for PostgresStore {
    async fn follow(&self) -> Result<Option<mpsc::Receiver<Event>>, StoreError> {
        // From now on: what was stored before is history, which every
        // listener fetches when it opens its view.
        self.own.following.store(true, Ordering::Relaxed);
        let newest: i64 = sqlx::query_scalar("SELECT COALESCE(MAX(id), 0) FROM events")
            .fetch_one(&self.pool)
            .await?;
        let (tx, rx) = mpsc::channel(1024);
        tokio::spawn(follow(
            self.pool.clone(),
            self.own.clone(),
            Cursor::after(newest),
            tx,
        ));
        Ok(Some(rx))
    }

    async fn tell(&self, events: &[Event]) -> Result<(), StoreError> {
        for event in events {
            let told = Told {
                from: self.own.origin.clone(),
                event: event.clone(),
            };
            let payload =
                serde_json::to_string(&told).map_err(|e| StoreError::Corrupt(e.to_string()))?;
            sqlx::query("SELECT pg_notify($1, $2)")
                .bind(CHANNEL)
                .bind(payload)
                .execute(&self.pool)
                .await?;
        }
        Ok(())
    }

    async fn announce(&self, kind: EventKind, at: DateTime<Utc>) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO events (kind, detail, at) VALUES ($1, 'null', $2) RETURNING id",
        )
        .bind(kind.as_str())
        .bind(ms(at))
        .fetch_one(&mut *tx)
        .await?;
        self.own.wrote_id(id);
        notify(&mut tx, id).await?;
        tx.commit().await?;
        Ok(())
    }
}

/// Reads what is new at each wake-up (a notification, a reconnection, or
/// the fallback's timer) and hands it on, until nobody receives or the
/// pool closes.
async fn follow(pool: PgPool, own: Arc<OwnEvents>, mut cursor: Cursor, out: mpsc::Sender<Event>) {
    let (wake, mut woken) = mpsc::channel(1);
    let listening = tokio::spawn(listen(pool.clone(), wake, own.clone(), out.clone()));
    loop {
        match cursor.read(&pool, &own).await {
            Ok(events) => {
                for e in events {
                    if out.send(e).await.is_err() {
                        listening.abort();
                        return;
                    }
                }
            }
            Err(_) if pool.is_closed() => return,
            Err(e) => tracing::warn!(error = %e, "reading other instances' events failed"),
        }
        tokio::select! {
            _ = woken.recv() => {}
            _ = tokio::time::sleep(FALLBACK) => {}
            _ = out.closed() => {
                listening.abort();
                return;
            }
        }
        if pool.is_closed() {
            return;
        }
    }
}

/// Holds a LISTEN connection, reconnecting when it drops, and wakes the
/// reader at each notification and after each (re)connection, since what
/// was stored meanwhile was notified to nobody. It runs in a task of its
/// own so that no wait on the connection is ever cancelled halfway.
async fn listen(
    pool: PgPool,
    wake: mpsc::Sender<()>,
    own: Arc<OwnEvents>,
    out: mpsc::Sender<Event>,
) {
    loop {
        match PgListener::connect_with(&pool).await {
            Ok(mut listener) => match listener.listen(CHANNEL).await {
                Ok(()) => loop {
                    let _ = wake.try_send(());
                    match listener.try_recv().await {
                        Ok(Some(n)) => {
                            // A wake-up carries an id; an event without a
                            // row comes whole.
                            if let Ok(told) = serde_json::from_str::<Told>(n.payload())
                                && told.from != own.origin
                            {
                                let _ = out.send(told.event).await;
                            }
                        }
                        // Lost and connected again: read what was missed.
                        Ok(None) => tracing::warn!("the event notification connection dropped"),
                        // The store closing (the service stops) ends it.
                        Err(_) if pool.is_closed() => return,
                        Err(e) => {
                            tracing::warn!(error = %e, "listening for other instances' events failed");
                            break;
                        }
                    }
                },
                Err(e) => {
                    tracing::warn!(error = %e, "listening for other instances' events failed")
                }
            },
            Err(e) => tracing::warn!(error = %e, "listening for other instances' events failed"),
        }
        if pool.is_closed() {
            return;
        }
        tokio::time::sleep(RECONNECT_AFTER).await;
    }
}

/// Where reading has got to: the highest id seen, and the lower ids not
/// seen yet (a write that may still commit).
struct Cursor {
    high: i64,
    gaps: BTreeMap<i64, Instant>,
}

impl Cursor {
    fn after(id: i64) -> Cursor {
        Cursor {
            high: id,
            gaps: BTreeMap::new(),
        }
    }

    /// The events stored since the last reading, except this process's
    /// own, with what they are about.
    async fn read(&mut self, pool: &PgPool, own: &OwnEvents) -> Result<Vec<Event>, StoreError> {
        let mut out = Vec::new();
        loop {
            let gaps: Vec<i64> = self.gaps.keys().copied().collect();
            let rows = sqlx::query(select_event!(
                "WHERE id > $1 OR id = ANY($2) ORDER BY id LIMIT $3"
            ))
            .bind(self.high)
            .bind(&gaps)
            .bind(BATCH)
            .fetch_all(pool)
            .await?;
            let full = rows.len() as i64 == BATCH;
            let now = Instant::now();
            for row in &rows {
                let id: i64 = row.try_get("id")?;
                if id > self.high {
                    for skipped in (self.high + 1).max(id - MAX_GAPS)..id {
                        self.gaps.insert(skipped, now);
                    }
                    self.high = id;
                }
                self.gaps.remove(&id);
                if own.lock().remove(&id) {
                    continue;
                }
                out.push(event(row)?);
            }
            if !full {
                break;
            }
        }
        let now = Instant::now();
        self.gaps
            .retain(|_, seen| now.duration_since(*seen) < GAP_WAIT);
        // Own ids are forgotten once they can no longer arrive: seen (taken
        // above), or at or below the highest id and no longer looked for.
        own.lock()
            .retain(|id| *id > self.high || self.gaps.contains_key(id));
        about(pool, &mut out).await?;
        Ok(out)
    }
}

/// Fills in what each event is about: its case or ticket as it stands now
/// (read once per reading). One that is gone (erased) is about nothing,
/// which only administrators are told of.
async fn about(pool: &PgPool, events: &mut [Event]) -> Result<(), StoreError> {
    let mut cases = HashMap::new();
    let mut tickets = HashMap::new();
    for e in events.iter_mut() {
        let mut about = About::default();
        if let serde_json::Value::Object(map) = &mut e.detail {
            about.was_with = map.remove(WAS_WITH).and_then(|v| v.as_i64());
        }
        if let Some(id) = e.case_id {
            if let Entry::Vacant(slot) = cases.entry(id) {
                let row = sqlx::query(select_case!("WHERE id = $1"))
                    .bind(id)
                    .fetch_optional(pool)
                    .await?;
                slot.insert(row.as_ref().map(case).transpose()?.map(Arc::new));
            }
            about.case = cases[&id].clone();
        }
        if let Some(id) = e.ticket_id {
            if let Entry::Vacant(slot) = tickets.entry(id) {
                let row = sqlx::query(select_ticket!("WHERE id = $1"))
                    .bind(id)
                    .fetch_optional(pool)
                    .await?;
                slot.insert(row.as_ref().map(ticket).transpose()?.map(Arc::new));
            }
            about.ticket = tickets[&id].clone();
        }
        e.about = about;
    }
    Ok(())
}
