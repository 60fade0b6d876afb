//! Accepting connections. `axum::serve` sets no timer on its connections,
//! so a client that never finishes its headers (or opens a connection and
//! says nothing) holds it for ever; the request timeout only starts once a
//! request is parsed. Here every connection must send its headers within
//! the header timeout, when it opens and after each response, and one
//! address holds a bounded number of connections.
//!
//! HTTP/1.1 only: TLS and HTTP/2 belong to the reverse proxy in front.

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::{ConnectInfo, Request};
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;
use tokio::sync::watch;
use tower::ServiceExt;

use super::transport::HttpSettings;
use crate::auth::Slots;

/// Serves `app` on `listener` until `stop` turns true, then lets open
/// requests finish.
pub async fn serve(
    listener: TcpListener,
    app: Router,
    settings: Arc<HttpSettings>,
    mut stop: watch::Receiver<bool>,
) -> std::io::Result<()> {
    let graceful = GracefulShutdown::new();
    let open: Slots<IpAddr> = Slots::new(usize::MAX, settings.connections_per_client);
    let mut builder = http1::Builder::new();
    builder
        .timer(TokioTimer::new())
        .header_read_timeout(settings.header_timeout())
        .keep_alive(true);
    loop {
        let accepted = tokio::select! {
            accepted = listener.accept() => accepted,
            _ = stop.wait_for(|s| *s) => break,
        };
        let (stream, peer) = match accepted {
            Ok(a) => a,
            Err(e) => {
                // Out of file descriptors and the like: wait rather than
                // spin.
                tracing::warn!(error = %e, "accepting a connection failed");
                tokio::select! {
                    _ = tokio::time::sleep(Duration::from_millis(500)) => continue,
                    _ = stop.wait_for(|s| *s) => break,
                }
            }
        };
        let ip = peer.ip().to_canonical();
        let slot = if settings.is_trusted(ip) {
            open.take_unlimited(ip)
        } else {
            open.take(ip)
        };
        let Some(slot) = slot else {
            tracing::debug!(%ip, "connection refused: too many open from this address");
            continue;
        };
        let _ = stream.set_nodelay(true);
        let service = app.clone().map_request(move |mut req: Request<Incoming>| {
            req.extensions_mut().insert(ConnectInfo::<SocketAddr>(peer));
            req
        });
        let conn =
            builder.serve_connection(TokioIo::new(stream), TowerToHyperService::new(service));
        let conn = graceful.watch(conn);
        tokio::spawn(async move {
            if let Err(e) = conn.await {
                tracing::debug!(error = %e, "connection ended with an error");
            }
            drop(slot);
        });
    }
    drop(listener);
    graceful.shutdown().await;
    Ok(())
}
