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
async fn the_display_without_a_site_shows_the_first_and_pages_go_compressed_but_live_streams_do_not()
 {
    let app = spawn_app().await;
    let plain = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let r = plain
        .get(format!("{}/display", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 307);
    assert_eq!(r.headers()["location"], "/display?site=lisboa");
    assert_eq!(app.get("/display?site=lisboa").await.status(), 200);

    // Kiosks on a slow lobby network get the script gzip-compressed.
    let get = |path: &str| {
        plain
            .get(format!("{}{path}", app.base))
            .header("accept-encoding", "gzip")
            .send()
    };
    let js = get("/kiosk/kiosk.js").await.unwrap();
    assert_eq!(js.headers()["content-encoding"], "gzip");
    let sent = js.bytes().await.unwrap().len();
    let size = std::fs::read(crate::helpers::repo().join("kiosk/kiosk.js"))
        .unwrap()
        .len();
    assert!(sent * 2 < size, "{sent} bytes sent for {size}");
    // An event stream is never buffered by compression.
    let events = get("/api/v1/display/lisboa/events").await.unwrap();
    assert_eq!(events.status(), 200);
    assert!(events.headers().get("content-encoding").is_none());
    assert_eq!(
        app.get("/api/v1/display/nowhere/events").await.status(),
        404
    );
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

#[tokio::test]
async fn each_kiosk_has_its_own_request_budget_though_kiosks_share_an_address() {
    use balcao::handoff::settings::Kiosk;
    let mut handoff = crate::helpers::test_handoff();
    handoff.sites[0].kiosks.push(Kiosk {
        id: "lobby-2".into(),
        token: "kiosk-token-for-tests-0002".into(),
        services: vec![],
    });
    let app = crate::helpers::spawn_with(crate::helpers::Options {
        handoff: Some(handoff),
        ..Default::default()
    })
    .await;
    let me = |token: &'static str| {
        app.client
            .get(format!("{}/api/v1/kiosk/me", app.base))
            .header("x-kiosk-token", token)
            .header("accept-language", "uk")
            .send()
    };
    // Both kiosks call from 127.0.0.1. The first spends its minute's budget.
    let mut first_refused = None;
    for n in 1..=130 {
        if me(crate::helpers::KIOSK_TOKEN).await.unwrap().status() == 429 {
            first_refused = Some(n);
            break;
        }
    }
    assert_eq!(first_refused, Some(121), "120 requests a minute per kiosk");
    let r = me(crate::helpers::KIOSK_TOKEN).await.unwrap();
    let body: serde_json::Value = r.json().await.unwrap();
    assert_eq!(body["error"]["code"], "rate_limited");
    let msg = body["error"]["message"].as_str().unwrap();
    assert!(
        msg.chars().any(|c| ('а'..='я').contains(&c)),
        "in Ukrainian: {msg}"
    );
    // The other kiosk, same address, is not held back.
    assert_eq!(
        me("kiosk-token-for-tests-0002").await.unwrap().status(),
        200
    );
    // A minute later the first may ask again.
    app.clock.advance(chrono::Duration::seconds(61));
    assert_eq!(me(crate::helpers::KIOSK_TOKEN).await.unwrap().status(), 200);
}

#[tokio::test]
async fn without_the_bot_a_phone_link_is_refused_as_switched_off_and_the_kiosk_is_told_beforehand()
{
    let app = spawn_app().await;
    let (s, v) = app
        .kiosk_post(
            "/phone-link",
            json!({ "lang": "be", "article": "nif-tax-number" }),
        )
        .await;
    assert_eq!(s, 503, "{v}");
    // Not a fault of the service: its own code, and the kiosk's sentence.
    assert_eq!(v["error"]["code"], "bot_off");
    let me = app
        .client
        .get(format!("{}/api/v1/kiosk/me", app.base))
        .header("x-kiosk-token", crate::helpers::KIOSK_TOKEN)
        .send()
        .await
        .unwrap();
    let me: serde_json::Value = me.json().await.unwrap();
    assert_eq!(me["phone"], false);
}

#[tokio::test]
async fn the_kiosk_learns_whether_mediators_are_working_and_their_hours_in_the_visitor_s_language()
{
    let app = spawn_app().await;
    let hours = |lang: &'static str| {
        app.client
            .get(format!("{}/api/v1/kiosk/hours?lang={lang}", app.base))
            .header("x-kiosk-token", crate::helpers::KIOSK_TOKEN)
            .send()
    };
    let v: serde_json::Value = hours("uk").await.unwrap().json().await.unwrap();
    assert_eq!(v["open_now"], true, "{v}");
    // Monday 20:00 in Lisbon.
    app.clock.advance(chrono::Duration::hours(10));
    let v: serde_json::Value = hours("uk").await.unwrap().json().await.unwrap();
    assert_eq!(v["open_now"], false, "{v}");
    let text = v["hours"].as_str().unwrap();
    assert!(text.contains("08:00") && text.contains("Пн"), "{text}");
}
