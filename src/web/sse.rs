//! Server-sent events from the live event hub, filtered per listener.

use std::convert::Infallible;
use std::time::Duration;

use axum::response::sse::{Event as SseEvent, KeepAlive, Sse};
use futures_util::{Stream, StreamExt};
use tokio::sync::broadcast::{self, error::RecvError};

use crate::handoff::events::Hub;
use crate::handoff::model::Event;

/// How soon a client told to reconnect comes back.
const RECONNECT_AFTER: Duration = Duration::from_secs(1);
/// A comment line this often keeps proxies from closing a quiet stream.
const KEEP_ALIVE: Duration = Duration::from_secs(15);

/// A stream of the hub's events that `pick` turns into SSE events (or
/// skips). A listener that fell behind gets a `reload` event, so it
/// fetches its view again instead of missing changes. Ends at `until`.
pub fn stream<F>(
    hub: &Hub,
    until: tokio::time::Instant,
    pick: F,
) -> Sse<impl Stream<Item = Result<SseEvent, Infallible>> + use<F>>
where
    F: Fn(&Event) -> Option<SseEvent> + Send + 'static,
{
    Sse::new(closing(events(hub.subscribe(), until, pick), hub))
        .keep_alive(KeepAlive::new().interval(KEEP_ALIVE))
}

/// [`stream`] for one signed-in listener: also ends when `gone` resolves
/// (their session ended) or at `until`, saying `session_ended`, so the page
/// asks to sign in instead of reconnecting (when the service stops it says
/// `reconnect`, as every stream does).
pub fn stream_while<F, G>(
    hub: &Hub,
    until: tokio::time::Instant,
    gone: G,
    pick: F,
) -> Sse<impl Stream<Item = Result<SseEvent, Infallible>> + use<F, G>>
where
    F: Fn(&Event) -> Option<SseEvent> + Send + 'static,
    G: Future<Output = ()> + Send + 'static,
{
    let hub2 = hub.clone();
    let last = futures_util::stream::once(async move {
        Ok(if hub2.is_closed() {
            reconnect()
        } else {
            SseEvent::default().event("session_ended").data("{}")
        })
    });
    let live = events(hub.subscribe(), until, pick)
        .take_until(gone)
        .take_until(hub.closed())
        .chain(last);
    Sse::new(live).keep_alive(KeepAlive::new().interval(KEEP_ALIVE))
}

fn reconnect() -> SseEvent {
    SseEvent::default()
        .event("reconnect")
        .retry(RECONNECT_AFTER)
        .data("{}")
}

/// Ends `stream` when the service stops (or the stream itself ends), with a
/// last `reconnect` event: the client comes back within a second, to the
/// next process, and catches up as after any reconnection.
pub fn closing<S>(stream: S, hub: &Hub) -> impl Stream<Item = Result<SseEvent, Infallible>> + use<S>
where
    S: Stream<Item = Result<SseEvent, Infallible>>,
{
    let bye = futures_util::stream::once(async { Ok(reconnect()) });
    stream.take_until(hub.closed()).chain(bye)
}

/// The events of [`stream`], to merge with others.
pub fn events<F>(
    rx: broadcast::Receiver<Event>,
    until: tokio::time::Instant,
    pick: F,
) -> impl Stream<Item = Result<SseEvent, Infallible>>
where
    F: Fn(&Event) -> Option<SseEvent> + Send + 'static,
{
    futures_util::stream::unfold((rx, pick), move |(mut rx, pick)| async move {
        loop {
            let next = tokio::time::timeout_at(until, rx.recv()).await.ok()?;
            match next {
                Ok(e) => {
                    if let Some(out) = pick(&e) {
                        return Some((Ok(out), (rx, pick)));
                    }
                }
                Err(RecvError::Lagged(_)) => {
                    let out = SseEvent::default().event("reload").data("{}");
                    return Some((Ok(out), (rx, pick)));
                }
                Err(RecvError::Closed) => return None,
            }
        }
    })
}
