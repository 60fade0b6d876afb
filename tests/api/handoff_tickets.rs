//! Queue tickets: numbering per service and day, calling, recall, skip,
//! and the lobby display.

use serde_json::json;

use crate::helpers::spawn_app;

#[tokio::test]
async fn tickets_are_numbered_per_service_restart_each_day_and_are_called_oldest_first() {
    let app = spawn_app().await;
    let issue = |topic: &'static str, lang: &'static str| {
        app.kiosk_post("/tickets", json!({ "lang": lang, "topic": topic }))
    };
    let (s, a1) = issue("immigration", "uk").await;
    assert_eq!(s, 200, "{a1}");
    assert_eq!(a1["label"], "A-001");
    assert_eq!(issue("citizenship", "pt").await.1["label"], "A-002");
    assert_eq!(issue("labour", "pt").await.1["label"], "B-001");
    let (s, v) = app
        .kiosk_post("/tickets", json!({ "lang": "pt", "service": "Z" }))
        .await;
    assert_eq!(
        (s, v["error"]["code"].as_str()),
        (400, Some("unknown_service"))
    );
    let r = app
        .client
        .post(format!("{}/api/v1/kiosk/tickets", app.base))
        .json(&json!({ "lang": "pt", "topic": "labour" }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 401, "no kiosk token");

    app.add_mediator("ana", &["pt"], &[], false).await;
    let ana = app.console("ana").await;
    let (s, v) = ana.post("/tickets/next", json!({})).await;
    assert_eq!((s, v["error"]["code"].as_str()), (400, Some("no_counter")));
    assert_eq!(
        ana.post("/presence", json!({ "site": "lisboa", "counter": "9" }))
            .await
            .0,
        400
    );
    assert_eq!(
        ana.post(
            "/presence",
            json!({ "site": "lisboa", "counter": "4", "available": true })
        )
        .await
        .0,
        200
    );
    // A-001 was asked in Ukrainian, which Ana does not speak: A-002 is hers.
    let (_, called) = ana.post("/tickets/next", json!({})).await;
    assert_eq!(called["label"], "A-002");
    let id = called["ticket"]["id"].as_i64().unwrap();
    assert_eq!(
        ana.post(&format!("/tickets/{id}/recall"), json!({}))
            .await
            .1["ticket"]["calls"],
        2
    );
    assert_eq!(
        ana.post(&format!("/tickets/{id}/skip"), json!({})).await.1["ticket"]["status"],
        "skipped"
    );
    assert_eq!(
        ana.post("/tickets/next", json!({})).await.1["label"],
        "B-001"
    );
    let (s, v) = ana.post("/tickets/next", json!({})).await;
    assert_eq!(
        (s, v["error"]["code"].as_str()),
        (400, Some("nothing_waiting"))
    );

    let r = app.get("/api/v1/display/lisboa/calls").await;
    let d: serde_json::Value = r.json().await.unwrap();
    assert_eq!(d["calls"][0]["label"], "B-001");
    assert_eq!(d["calls"][0]["counter"], "4");
    assert_eq!(app.get("/api/v1/display/nowhere/calls").await.status(), 400);

    app.clock.advance(chrono::Duration::days(1));
    assert_eq!(
        issue("labour", "pt").await.1["label"],
        "B-001",
        "a new day restarts"
    );
}

#[tokio::test]
async fn two_mediators_calling_at_once_never_get_the_same_ticket() {
    let app = spawn_app().await;
    for _ in 0..6 {
        app.kiosk_post("/tickets", json!({ "lang": "pt", "topic": "labour" }))
            .await;
    }
    let mut consoles = Vec::new();
    for (name, counter) in [("ana", "1"), ("bruno", "2")] {
        app.add_mediator(name, &["pt"], &[], false).await;
        let c = app.console(name).await;
        c.post(
            "/presence",
            json!({ "site": "lisboa", "counter": counter, "available": true }),
        )
        .await;
        consoles.push(c);
    }
    let mut labels = Vec::new();
    for _ in 0..3 {
        let (a, b) = tokio::join!(
            consoles[0].post("/tickets/next", json!({})),
            consoles[1].post("/tickets/next", json!({}))
        );
        labels.push(a.1["label"].as_str().unwrap().to_string());
        labels.push(b.1["label"].as_str().unwrap().to_string());
    }
    labels.sort();
    labels.dedup();
    assert_eq!(labels.len(), 6, "{labels:?}");
}

#[tokio::test]
async fn a_ticket_tells_the_visitor_the_expected_wait_when_someone_is_at_the_site() {
    let app = spawn_app().await;
    app.add_mediator("ana", &["pt"], &[], false).await;
    let ana = app.console("ana").await;
    ana.post(
        "/presence",
        json!({ "site": "lisboa", "counter": "1", "available": true }),
    )
    .await;
    let (_, t1) = app
        .kiosk_post("/tickets", json!({ "lang": "pt", "topic": "labour" }))
        .await;
    let (_, t2) = app
        .kiosk_post("/tickets", json!({ "lang": "pt", "topic": "labour" }))
        .await;
    assert_eq!(t1["availability"]["position"], 1);
    assert_eq!(t2["availability"]["position"], 2);
    let (w1, w2) = (
        t1["availability"]["wait_minutes"].as_i64().unwrap(),
        t2["availability"]["wait_minutes"].as_i64().unwrap(),
    );
    assert!(w2 > w1, "{w1} {w2}");
    assert!(
        t2["availability"]["message"]
            .as_str()
            .unwrap()
            .contains("posição 2")
    );
}

crate::postgres::on_postgres_too!(
    tickets_are_numbered_per_service_restart_each_day_and_are_called_oldest_first,
    two_mediators_calling_at_once_never_get_the_same_ticket,
    a_ticket_tells_the_visitor_the_expected_wait_when_someone_is_at_the_site,
);
