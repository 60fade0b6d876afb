//! The kiosk's and display's pages and the kiosk's own API calls.

use serde_json::json;

use crate::helpers::spawn_app;

#[tokio::test]
async fn the_kiosk_and_display_pages_are_served_with_a_strict_policy() {
    let app = spawn_app().await;
    for path in ["/kiosk/", "/display"] {
        let r = app.get(path).await;
        assert_eq!(r.status(), 200, "{path}");
        let csp = r.headers()["content-security-policy"]
            .to_str()
            .unwrap()
            .to_string();
        assert!(
            csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"),
            "{csp}"
        );
        assert!(
            r.headers()["content-type"]
                .to_str()
                .unwrap()
                .starts_with("text/html")
        );
    }
    assert_eq!(app.get("/kiosk/nope.js").await.status(), 404);
    let (s, v) = app.get_json("/api/v1/kiosk/strings?lang=uk").await;
    assert_eq!(s, 200);
    assert_eq!(v["strings"]["kiosk-home"], "Головна");
    let (s, _) = app.get_json("/api/v1/kiosk/strings?lang=xx").await;
    assert_eq!(s, 400);
}

#[tokio::test]
async fn talk_gives_a_ticket_when_someone_here_speaks_the_language_else_a_remote_chat() {
    let app = spawn_app().await;
    // Nobody at a counter: a remote chat.
    let (s, v) = app
        .kiosk_post("/talk", json!({ "lang": "uk", "topic": "labour" }))
        .await;
    assert_eq!(s, 200, "{v}");
    assert_eq!(v["mode"], "chat");
    // A Ukrainian speaker at counter 4 of this site: a ticket for service B
    // (labour), in Ukrainian.
    app.add_mediator("olena", &["uk"], &[], false).await;
    let m = app.console("olena").await;
    m.post(
        "/presence",
        json!({ "site": "lisboa", "counter": "4", "available": true }),
    )
    .await;
    let (s, v) = app
        .kiosk_post("/talk", json!({ "lang": "uk", "topic": "labour" }))
        .await;
    assert_eq!(s, 200, "{v}");
    assert_eq!(v["mode"], "ticket");
    assert_eq!(v["ticket"]["ticket"]["service"], "B");
    assert_eq!(v["ticket"]["ticket"]["lang"], "uk");
    // A language nobody here speaks: still a remote chat.
    let (_, v) = app
        .kiosk_post("/talk", json!({ "lang": "kea", "topic": "labour" }))
        .await;
    assert_eq!(v["mode"], "chat");
    // Working remotely does not count as being here.
    app.add_mediator("ana", &["kea"], &[], false).await;
    let a = app.console("ana").await;
    a.post("/presence", json!({ "available": true })).await;
    let (_, v) = app
        .kiosk_post("/talk", json!({ "lang": "kea", "topic": "labour" }))
        .await;
    assert_eq!(v["mode"], "chat");
}
