//! Hot reload of the knowledge base and graceful shutdown.

use std::time::Duration;

use crate::helpers::{Options, eventually, spawn_on_copy, spawn_with};

async fn title(app: &crate::helpers::TestApp) -> String {
    let (_, a) = app
        .get_json("/api/v1/articles/emergency-and-sns24?lang=en")
        .await;
    a["title"].as_str().unwrap_or_default().to_string()
}

#[tokio::test]
async fn editing_a_file_on_disk_is_served_without_restart() {
    let dir = tempfile::tempdir().unwrap();
    let app = spawn_on_copy(
        dir.path(),
        Options {
            reload_every: Some(Duration::from_millis(100)),
            ..Options::default()
        },
    )
    .await;
    let before = title(&app).await;
    let file = dir.path().join("knowledge/en/health.ftl");
    let text = std::fs::read_to_string(&file).unwrap();
    let line = text
        .lines()
        .find(|l| l.starts_with("emergency-and-sns24 ="))
        .unwrap();
    std::fs::write(
        &file,
        text.replace(
            line,
            "emergency-and-sns24 = Emergencies: call the ambulance now",
        ),
    )
    .unwrap();
    eventually("the new title is served", || async {
        title(&app).await == "Emergencies: call the ambulance now"
    })
    .await;
    // The index was rebuilt too: the new words are searchable.
    let (_, s) = app
        .get_json("/api/v1/search?q=ambulance%20now&lang=en")
        .await;
    assert_eq!(s["results"][0]["id"], "emergency-and-sns24");
    assert_ne!(before, title(&app).await);
}

#[tokio::test]
async fn a_broken_edit_keeps_the_last_good_version_serving() {
    let dir = tempfile::tempdir().unwrap();
    let app = spawn_on_copy(dir.path(), Options::default()).await;
    let good = title(&app).await;
    let file = dir.path().join("knowledge/en/health.ftl");
    let mut text = std::fs::read_to_string(&file).unwrap();
    text.push_str("\nbroken = { $\n");
    std::fs::write(&file, &text).unwrap();
    let reloader = app.running().reloader().clone();
    let err = reloader.reload().await.unwrap_err().to_string();
    assert!(err.contains("knowledge/en/health.ftl"), "{err}");
    assert_eq!(title(&app).await, good);
    let metrics = app.get("/metrics").await.text().await.unwrap();
    assert!(metrics.contains("balcao_knowledge_reload_failures_total 1"));
    // Fixed: the next reload goes through.
    std::fs::write(&file, text.replace("\nbroken = { $\n", "\n")).unwrap();
    reloader.reload().await.unwrap();
}

#[tokio::test]
async fn requests_during_reloads_see_one_whole_version_or_the_other() {
    let dir = tempfile::tempdir().unwrap();
    let app = spawn_on_copy(dir.path(), Options::default()).await;
    let file = dir.path().join("knowledge/en/health.ftl");
    let original = std::fs::read_to_string(&file).unwrap();
    let line = original
        .lines()
        .find(|l| l.starts_with("emergency-and-sns24 ="))
        .unwrap()
        .to_string();
    let old_title = title(&app).await;
    let reloader = app.running().reloader().clone();
    let flipper = {
        let (file, original, line) = (file.clone(), original.clone(), line.clone());
        tokio::spawn(async move {
            for i in 0..6 {
                let text = if i % 2 == 0 {
                    original.replace(&line, "emergency-and-sns24 = Version two")
                } else {
                    original.clone()
                };
                std::fs::write(&file, text).unwrap();
                reloader.reload().await.unwrap();
            }
        })
    };
    while !flipper.is_finished() {
        let (status, a) = app
            .get_json("/api/v1/articles/emergency-and-sns24?lang=en")
            .await;
        assert_eq!(status, 200);
        let t = a["title"].as_str().unwrap();
        assert!(
            t == old_title || t == "Version two",
            "half-built state: {t}"
        );
    }
    flipper.await.unwrap();
}

#[tokio::test]
async fn shutdown_lets_in_flight_requests_finish() {
    let app = spawn_with(Options::default()).await;
    let mut app = app;
    let client = app.client.clone();
    let base = app.base.clone();
    // Start many requests, then stop the server while they are running.
    let requests: Vec<_> = (0..40)
        .map(|i| {
            let (client, base) = (client.clone(), base.clone());
            tokio::spawn(async move {
                client
                    .get(format!(
                        "{base}/api/v1/search?q=documentos%20residencia%20{i}&lang=pt"
                    ))
                    .send()
                    .await
            })
        })
        .collect();
    // Let them reach the server before asking it to stop.
    eventually("requests arrive", || async {
        let m = client
            .get(format!("{base}/metrics"))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        m.contains("route=\"/api/v1/search\"")
    })
    .await;
    let running = app.running.take().unwrap();
    running.shutdown().await.unwrap();
    let mut ok = 0;
    for r in requests {
        if let Ok(resp) = r.await.unwrap() {
            assert_eq!(resp.status(), 200, "an accepted request was cut off");
            ok += 1;
        }
    }
    assert!(ok > 0);
    // Afterwards nothing listens.
    assert!(client.get(format!("{base}/healthz")).send().await.is_err());
}

/// Reads an event stream to its end, returning everything it sent.
async fn read_to_end(r: reqwest::Response) -> String {
    use futures_util::StreamExt;
    let mut body = r.bytes_stream();
    let mut out = String::new();
    while let Some(chunk) = body.next().await {
        match chunk {
            Ok(c) => out.push_str(&String::from_utf8_lossy(&c)),
            Err(_) => break,
        }
    }
    out
}

#[tokio::test]
async fn shutdown_ends_open_event_streams_at_once_and_tells_clients_to_reconnect() {
    let mut app = spawn_with(Options::default()).await;
    app.available("olena", &["uk"], &[]).await;
    let console = app.console("olena").await;
    let (secret, _) = app.kiosk_chat("uk", "health").await;
    // A lobby display, a mediator's console and a kiosk chat, all live.
    let requests = [
        app.client
            .get(format!("{}/api/v1/display/lisboa/events", app.base)),
        console
            .client
            .get(format!("{}/api/v1/console/events", app.base)),
        app.client
            .get(format!("{}/api/v1/kiosk/chats/{secret}/events", app.base)),
    ];
    let mut streams = Vec::new();
    for r in requests {
        let r = r.send().await.unwrap();
        assert_eq!(r.status(), 200);
        streams.push(tokio::spawn(read_to_end(r)));
    }
    let running = app.running.take().unwrap();
    tokio::time::timeout(std::time::Duration::from_secs(10), running.shutdown())
        .await
        .expect("the service stops within seconds despite open streams")
        .unwrap();
    for s in streams {
        let sent = tokio::time::timeout(std::time::Duration::from_secs(5), s)
            .await
            .expect("the stream ended")
            .unwrap();
        assert!(sent.contains("event: reconnect"), "{sent}");
        assert!(sent.contains("retry: 1000"), "{sent}");
    }
}
