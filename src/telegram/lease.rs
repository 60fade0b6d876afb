//! Long polling by one instance at a time: Telegram answers only one
//! getUpdates caller per bot. The instance holding the polling lease in the
//! database polls; the others stand by and take the lease over once its
//! holder stops renewing it. Every instance handles the stored updates,
//! each chat under a claim (see `inbox`), so polling alone is leased.
//!
//! Nothing is lost or repeated at a takeover: an update is confirmed to
//! Telegram only after it is stored, so the new holder, asking without an
//! offset, gets every unconfirmed update again, and the inbox drops the
//! ones already stored.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::watch;

use crate::store::Store;

/// The lease's name in the database.
pub const NAME: &str = "telegram_polling";
/// How often the holder renews it, and a standby instance tries to take it.
pub const RENEW_EVERY: Duration = Duration::from_secs(2);
/// How long it lasts unrenewed: a few missed renewals, so a slow database
/// moment does not hand it over, yet a dead holder is replaced in seconds.
pub const TTL: Duration = Duration::from_secs(10);

/// Takes and renews the lease while `work` runs, telling `held` whether
/// this instance has it; gives it up once `work` has ended, so another
/// instance takes over at once after a clean stop.
///
/// A renewal that fails or is slower than [`RENEW_EVERY`] counts as lost
/// at once: the lease may then expire before the next renewal, and the
/// holder must stop before another instance could start.
pub async fn hold_while(
    store: Arc<dyn Store>,
    holder: String,
    held: watch::Sender<bool>,
    work: impl Future<Output = ()>,
) {
    tokio::pin!(work);
    loop {
        let has =
            match tokio::time::timeout(RENEW_EVERY, store.lease_take(NAME, &holder, TTL)).await {
                Ok(Ok(has)) => has,
                Ok(Err(e)) => {
                    tracing::warn!(error = %e, "Telegram polling lease: renewal failed");
                    false
                }
                Err(_) => {
                    tracing::warn!("Telegram polling lease: renewal too slow");
                    false
                }
            };
        let had = held.send_replace(has);
        if has && !had {
            tracing::info!("Telegram polling lease taken: this instance polls");
        } else if had && !has {
            tracing::warn!("Telegram polling lease lost: this instance stands by");
        }
        tokio::select! {
            () = &mut work => break,
            () = tokio::time::sleep(RENEW_EVERY) => {}
        }
    }
    if held.send_replace(false)
        && let Err(e) = store.lease_release(NAME, &holder).await
    {
        tracing::warn!(error = %e, "Telegram polling lease: giving it up failed");
    }
}

/// Waits until `held` says this instance has the lease; false if told to
/// stop first.
pub async fn until_held(
    held: &mut watch::Receiver<bool>,
    stop: &mut watch::Receiver<bool>,
) -> bool {
    tokio::select! {
        r = held.wait_for(|h| *h) => r.is_ok(),
        _ = stop.wait_for(|s| *s) => false,
    }
}

/// Waits until the lease is lost; never, without a lease (webhook mode).
pub async fn until_lost(held: &mut Option<watch::Receiver<bool>>) {
    match held {
        Some(h) => {
            // A closed channel means the lease keeper has ended: lost too.
            let _ = h.wait_for(|h| !*h).await;
        }
        None => std::future::pending().await,
    }
}

/// Whether this instance may poll now.
pub fn holds(held: &Option<watch::Receiver<bool>>) -> bool {
    held.as_ref().is_none_or(|h| *h.borrow())
}
