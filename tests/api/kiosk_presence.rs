//! A kiosk visitor who walked away or closed the page leaves the queue as
//! "visitor left"; a short lobby network outage does not end their chat.

use serde_json::{Value, json};

use crate::console_helpers::Console;
use crate::helpers::{TestApp, eventually, spawn_app};

async fn admin(app: &TestApp) -> Console {
    app.add_mediator("chefe", &["pt"], &[], true).await;
    app.console("chefe").await
}

async fn case(admin: &Console, id: i64) -> Value {
    let (s, v) = admin.get(&format!("/cases/{id}")).await;
    assert_eq!(s, 200, "{v}");
    v["case"].clone()
}

#[tokio::test]
async fn a_kiosk_chat_whose_page_is_gone_leaves_the_queue_as_visitor_left() {
    let app = spawn_app().await;
    let olena = app.available("olena", &["uk"], &[]).await;
    let admin = admin(&app).await;
    let (_, case_id) = app.kiosk_chat("uk", "health").await;
    assert!(olena.waiting().await.contains(&case_id));
    // No stream, no heartbeat, for longer than the kiosk's 10-minute guard.
    app.clock.advance(chrono::Duration::minutes(11));
    eventually("the abandoned chat leaves the queue", || async {
        !olena.waiting().await.contains(&case_id)
    })
    .await;
    let c = case(&admin, case_id).await;
    assert_eq!(c["status"], "closed");
    assert_eq!(c["outcome"], "visitor_left");
}

#[tokio::test]
async fn heartbeats_keep_a_kiosk_chat_through_a_lobby_network_outage() {
    let app = spawn_app().await;
    let admin = admin(&app).await;
    let (secret, case_id) = app.kiosk_chat("uk", "health").await;
    for _ in 0..3 {
        app.clock.advance(chrono::Duration::minutes(8));
        let (s, v) = app
            .kiosk_post(&format!("/chats/{secret}/heartbeat"), json!({}))
            .await;
        assert_eq!(s, 200, "{v}");
    }
    // 24 minutes in, the last sign of life 0 minutes ago, then an outage
    // of 9 minutes: still waiting.
    app.clock.advance(chrono::Duration::minutes(9));
    let handoff = &app.running().state.handoff;
    assert_eq!(
        handoff.end_abandoned_kiosk_chats(|_| false).await.unwrap(),
        0
    );
    assert_eq!(case(&admin, case_id).await["status"], "waiting");
    // A heartbeat needs the kiosk's token, like every kiosk call.
    let r = app
        .client
        .post(format!(
            "{}/api/v1/kiosk/chats/{secret}/heartbeat",
            app.base
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 401);
}

#[tokio::test]
async fn an_open_stream_keeps_a_silent_kiosk_chat() {
    let app = spawn_app().await;
    let admin = admin(&app).await;
    let (secret, case_id) = app.kiosk_chat("uk", "health").await;
    let _stream = crate::console_helpers::KioskStream::open(&app.base, &secret).await;
    app.clock.advance(chrono::Duration::minutes(30));
    let chats = app.running().state.kiosk_chat.clone();
    let handoff = &app.running().state.handoff;
    assert_eq!(
        handoff
            .end_abandoned_kiosk_chats(|c| chats.is_connected(c))
            .await
            .unwrap(),
        0
    );
    assert_eq!(case(&admin, case_id).await["status"], "waiting");
}

#[tokio::test]
async fn a_visitor_who_ends_an_attended_chat_is_recorded_as_left_not_answered() {
    let app = spawn_app().await;
    let olena = app.available("olena", &["uk"], &[]).await;
    let admin = admin(&app).await;
    let (secret, case_id) = app.kiosk_chat("uk", "health").await;
    olena
        .post(&format!("/cases/{case_id}/claim"), json!({}))
        .await;
    let (s, _) = app
        .kiosk_post(&format!("/chats/{secret}/leave"), json!({}))
        .await;
    assert_eq!(s, 200);
    assert_eq!(case(&admin, case_id).await["outcome"], "visitor_left");
}
