//! Connections, client addresses behind a proxy, and the limits counted by
//! them: slow clients, event streams, search and login budgets.

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use balcao::web::HttpSettings;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpSocket, TcpStream};

use crate::helpers::{Options, TestApp, eventually, spawn_with};

async fn spawn_http(http: HttpSettings) -> TestApp {
    spawn_with(Options {
        http,
        ..Options::default()
    })
    .await
}

fn addr(app: &TestApp) -> SocketAddr {
    app.running().addr
}

/// A connection from another loopback address (all of 127/8 is local), so
/// a test can play a second client.
async fn connect_from(from: &str, to: SocketAddr) -> TcpStream {
    let s = TcpSocket::new_v4().unwrap();
    s.bind(format!("{from}:0").parse().unwrap()).unwrap();
    s.connect(to).await.unwrap()
}

/// How long until the server closes `s`, reading whatever it sends; `None`
/// if it is still open after `within`.
async fn closed_within(s: &mut TcpStream, within: Duration) -> Option<Duration> {
    let started = Instant::now();
    let mut buf = [0u8; 1024];
    tokio::time::timeout(within, async {
        loop {
            match s.read(&mut buf).await {
                Ok(0) | Err(_) => return started.elapsed(),
                Ok(_) => {}
            }
        }
    })
    .await
    .ok()
}

#[tokio::test]
async fn slow_and_silent_connections_are_closed_while_others_are_served() {
    let app = spawn_http(HttpSettings {
        header_timeout_secs: 1,
        ..HttpSettings::default()
    })
    .await;
    let to = addr(&app);
    let mut silent = TcpStream::connect(to).await.unwrap();
    let mut partial = TcpStream::connect(to).await.unwrap();
    partial.write_all(b"GET /healthz HT").await.unwrap();
    // One byte of headers every 200 ms, for ever.
    let (mut drip_read, mut drip_write) = TcpStream::connect(to).await.unwrap().into_split();
    let dripping = tokio::spawn(async move {
        for b in b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: "
            .iter()
            .cycle()
        {
            if drip_write.write_all(&[*b]).await.is_err() {
                return;
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    });
    for _ in 0..10 {
        let r = app.get("/healthz").await;
        assert_eq!(r.status(), 200, "normal requests are served meanwhile");
    }
    let mut buf = [0u8; 64];
    let drip_closed = tokio::time::timeout(Duration::from_secs(5), async {
        while !matches!(drip_read.read(&mut buf).await, Ok(0) | Err(_)) {}
    })
    .await;
    dripping.abort();
    assert!(
        drip_closed.is_ok(),
        "a client dripping its headers is cut off"
    );
    for (what, s) in [("silent", &mut silent), ("partial", &mut partial)] {
        let after = closed_within(s, Duration::from_secs(5)).await;
        assert!(
            after.is_some(),
            "the {what} connection is closed in bounded time"
        );
    }
}

#[tokio::test]
async fn an_idle_kept_alive_connection_is_closed() {
    let app = spawn_http(HttpSettings {
        header_timeout_secs: 1,
        ..HttpSettings::default()
    })
    .await;
    let mut s = TcpStream::connect(addr(&app)).await.unwrap();
    s.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        .await
        .unwrap();
    let mut buf = [0u8; 1024];
    let n = s.read(&mut buf).await.unwrap();
    assert!(buf[..n].starts_with(b"HTTP/1.1 200"));
    assert!(
        closed_within(&mut s, Duration::from_secs(5))
            .await
            .is_some(),
        "a kept-alive connection that sends nothing more is closed"
    );
}

#[tokio::test]
async fn one_address_cannot_hold_more_connections_than_its_share() {
    let app = spawn_http(HttpSettings {
        connections_per_client: 3,
        ..HttpSettings::default()
    })
    .await;
    let to = addr(&app);
    let mut held = Vec::new();
    for _ in 0..3 {
        held.push(connect_from("127.0.0.2", to).await);
    }
    // The held connections are accepted (and counted) in order; the next
    // one from that address is closed at once.
    let mut extra = connect_from("127.0.0.2", to).await;
    extra
        .write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        .await
        .ok();
    let mut buf = [0u8; 64];
    let n = tokio::time::timeout(Duration::from_secs(5), extra.read(&mut buf))
        .await
        .expect("the extra connection is closed, not left hanging")
        .unwrap_or(0);
    assert_eq!(n, 0, "no answer on a connection over the limit");
    assert_eq!(
        app.get("/healthz").await.status(),
        200,
        "other addresses are served"
    );
    held.pop();
    eventually("a freed place is taken by the next connection", || async {
        let mut s = connect_from("127.0.0.2", to).await;
        if s.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            .await
            .is_err()
        {
            return false;
        }
        let mut out = Vec::new();
        let _ = s.read_to_end(&mut out).await;
        out.starts_with(b"HTTP/1.1 200")
    })
    .await;
}

fn behind_proxy() -> HttpSettings {
    HttpSettings {
        trusted_proxies: vec!["127.0.0.1".parse().unwrap()],
        ..HttpSettings::default()
    }
}

async fn stream_as(app: &TestApp, client: &str) -> reqwest::Response {
    app.client
        .get(format!("{}/api/v1/display/lisboa/events", app.base))
        .header("x-forwarded-for", client)
        .header("accept-language", "uk")
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn event_streams_are_capped_per_client_and_in_all() {
    let app = spawn_http(HttpSettings {
        event_streams: 3,
        event_streams_per_client: 2,
        ..behind_proxy()
    })
    .await;
    let a1 = stream_as(&app, "198.51.100.1").await;
    let _a2 = stream_as(&app, "198.51.100.1").await;
    assert_eq!((a1.status().as_u16(), _a2.status().as_u16()), (200, 200));
    let a3 = stream_as(&app, "198.51.100.1").await;
    assert_eq!(a3.status(), 429, "a third stream for one client is refused");
    assert!(a3.headers().contains_key("retry-after"));
    let body: serde_json::Value = a3.json().await.unwrap();
    assert_eq!(body["error"]["code"], "rate_limited");
    assert!(
        body["error"]["message"].as_str().unwrap().contains("запит"),
        "the refusal is in the reader's language: {body}"
    );
    let _b1 = stream_as(&app, "203.0.113.7").await;
    assert_eq!(_b1.status(), 200, "another client has its own share");
    let b2 = stream_as(&app, "203.0.113.7").await;
    assert_eq!(b2.status(), 429, "the total is reached");
    drop(a1);
    eventually("a closed stream gives its place back", || async {
        stream_as(&app, "203.0.113.7").await.status() == 200
    })
    .await;
}

#[tokio::test]
async fn an_event_stream_outlives_the_header_timeout() {
    let app = spawn_http(HttpSettings {
        header_timeout_secs: 1,
        ..HttpSettings::default()
    })
    .await;
    let mut s = TcpStream::connect(addr(&app)).await.unwrap();
    s.write_all(b"GET /api/v1/display/lisboa/events HTTP/1.1\r\nHost: x\r\n\r\n")
        .await
        .unwrap();
    let mut buf = [0u8; 1024];
    let n = s.read(&mut buf).await.unwrap();
    assert!(buf[..n].starts_with(b"HTTP/1.1 200"));
    assert_eq!(
        closed_within(&mut s, Duration::from_secs(3)).await,
        None,
        "an open stream is not an idle connection"
    );
}

async fn search_as(app: &TestApp, xff: &str) -> reqwest::Response {
    app.client
        .get(format!(
            "{}/api/v1/search?q=nif&lang=pt&as_you_type=1",
            app.base
        ))
        .header("x-forwarded-for", xff)
        .send()
        .await
        .unwrap()
}

/// Searches as `xff` until refused; how many were answered.
async fn searches_until_refused(app: &TestApp, xff: &str) -> usize {
    for n in 0..500 {
        if search_as(app, xff).await.status() == 429 {
            return n;
        }
    }
    panic!("never refused");
}

#[tokio::test]
async fn searches_are_limited_per_client_with_retry_after() {
    let app = spawn_http(HttpSettings::default()).await;
    let answered = searches_until_refused(&app, "198.51.100.1").await;
    assert!(answered >= 120, "as-you-type needs room: {answered}");
    let r = search_as(&app, "203.0.113.7").await;
    assert_eq!(
        r.status(),
        429,
        "a forwarded-for header from an untrusted peer changes nothing"
    );
    let wait: u64 = r.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=60).contains(&wait), "retry after {wait}s");
    // A kiosk counts by its token, not by the address it shares.
    let kiosk = app
        .client
        .get(format!("{}/api/v1/search?q=nif&lang=pt", app.base))
        .header("x-kiosk-token", crate::helpers::KIOSK_TOKEN)
        .send()
        .await
        .unwrap();
    assert_eq!(kiosk.status(), 200);
}

#[tokio::test]
async fn behind_a_trusted_proxy_each_client_has_its_own_search_budget() {
    let app = spawn_http(behind_proxy()).await;
    searches_until_refused(&app, "198.51.100.1").await;
    assert_eq!(search_as(&app, "203.0.113.7").await.status(), 200);
    // What the client wrote left of the proxy's own entry proves nothing.
    assert_eq!(
        search_as(&app, "203.0.113.7, 198.51.100.1").await.status(),
        429
    );
}

/// A wrong sign-in from `xff`; each username its own, so that only the
/// address's budget is at stake (failures for one username slow it for
/// everyone).
async fn login_as(app: &TestApp, xff: &str, username: &str) -> u16 {
    app.client
        .post(format!("{}/api/v1/console/login", app.base))
        .header("x-forwarded-for", xff)
        .json(&serde_json::json!({ "username": username, "password": "wrong-password-1" }))
        .send()
        .await
        .unwrap()
        .status()
        .as_u16()
}

async fn logins_until_refused(app: &TestApp, xff: &str) {
    for i in 0..50 {
        if login_as(app, xff, &format!("nobody-{i}")).await == 429 {
            return;
        }
    }
    panic!("logins never refused");
}

#[tokio::test]
async fn login_budgets_follow_the_client_behind_a_trusted_proxy_only() {
    let direct = spawn_http(HttpSettings::default()).await;
    logins_until_refused(&direct, "198.51.100.1").await;
    assert_eq!(
        login_as(&direct, "203.0.113.7", "someone").await,
        429,
        "spoofed forwarded-for from an untrusted peer is ignored"
    );
    let proxied = spawn_http(behind_proxy()).await;
    logins_until_refused(&proxied, "198.51.100.1").await;
    assert_ne!(
        login_as(&proxied, "203.0.113.7", "someone").await,
        429,
        "another client behind the proxy has its own budget"
    );
}
