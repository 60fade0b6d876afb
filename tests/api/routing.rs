//! Who may take a visitor: the visitor's language, the routing fallback,
//! administrators, and a kiosk visitor without a topic. No case may wait
//! where nobody can see it.

use serde_json::json;

use crate::console_helpers::Console;
use crate::helpers::{TestApp, spawn_app};

impl TestApp {
    /// A mediator signed in and sitting at a counter of the test site.
    async fn at_counter(&self, username: &str, langs: &[&str], counter: &str) -> Console {
        self.add_mediator(username, langs, &[], false).await;
        let c = self.console(username).await;
        let (s, v) = c
            .post(
                "/presence",
                json!({ "site": "lisboa", "counter": counter, "available": true }),
            )
            .await;
        assert_eq!(s, 200, "{v}");
        c
    }
}

#[tokio::test]
async fn talk_without_a_topic_gives_a_ticket_when_someone_here_speaks_the_language() {
    let app = spawn_app().await;
    app.at_counter("olena", &["uk"], "4").await;
    // From the home screen, no topic: the general services queue (C).
    let (s, v) = app.kiosk_post("/talk", json!({ "lang": "uk" })).await;
    assert_eq!(s, 200, "{v}");
    assert_eq!(v["mode"], "ticket", "{v}");
    assert_eq!(v["ticket"]["ticket"]["service"], "C");
    assert_eq!(v["ticket"]["ticket"]["lang"], "uk");
}

#[tokio::test]
async fn talk_without_a_topic_uses_a_service_the_mediator_here_serves() {
    let app = spawn_app().await;
    app.add_account("ivan", &["be"], &[], &["B"], false).await;
    let c = app.console("ivan").await;
    c.post(
        "/presence",
        json!({ "site": "lisboa", "counter": "2", "available": true }),
    )
    .await;
    let (_, v) = app.kiosk_post("/talk", json!({ "lang": "be" })).await;
    assert_eq!(v["mode"], "ticket", "{v}");
    // Ivan serves only B: the ticket is for B, which he can call.
    assert_eq!(v["ticket"]["ticket"]["service"], "B");
    let (s, called) = c.post("/tickets/next", json!({})).await;
    assert_eq!(s, 200, "{called}");
    assert_eq!(called["label"], v["ticket"]["label"]);
}

#[tokio::test]
async fn a_kriolu_chat_nobody_on_duty_speaks_goes_to_portuguese_mediators_with_an_honest_notice() {
    let app = spawn_app().await;
    let maria = app.available("maria", &["pt"], &[]).await;
    let (s, v) = app
        .kiosk_post("/chats", json!({ "lang": "kea", "topic": "labour" }))
        .await;
    assert_eq!(s, 200, "{v}");
    let case_id = v["case_id"].as_i64().unwrap();
    // The visitor is told, in Kriolu, who will answer.
    let msg = v["availability"]["message"].as_str().unwrap();
    assert!(msg.contains("ki ta papia Português"), "{msg}");
    // Maria sees it, served in Portuguese, for a Kriolu reader.
    assert!(maria.waiting().await.contains(&case_id));
    let (_, q) = maria.get("/queue").await;
    let case = &q["waiting"][0];
    assert_eq!(case["lang"], "kea");
    assert_eq!(case["serve_lang"], "pt");
    let (s, _) = maria
        .post(&format!("/cases/{case_id}/claim"), json!({}))
        .await;
    assert_eq!(s, 200);
}

#[tokio::test]
async fn ukrainian_visitors_are_never_routed_to_english_only_mediators() {
    let app = spawn_app().await;
    let john = app.available("john", &["en"], &[]).await;
    let (_, case_id) = app.kiosk_chat("uk", "health").await;
    assert!(!john.waiting().await.contains(&case_id));
    let (s, _) = john
        .post(&format!("/cases/{case_id}/claim"), json!({}))
        .await;
    assert_eq!(s, 403);
}

#[tokio::test]
async fn an_administrator_sees_and_takes_a_case_in_a_language_nobody_on_duty_speaks() {
    let app = spawn_app().await;
    app.available("john", &["en"], &[]).await;
    app.add_mediator("chefe", &["pt"], &[], true).await;
    let admin = app.console("chefe").await;
    let (s, v) = app
        .kiosk_post("/chats", json!({ "lang": "be", "topic": "rights" }))
        .await;
    assert_eq!(s, 200);
    let case_id = v["case_id"].as_i64().unwrap();
    // The visitor is not promised a wait that nobody will serve.
    assert_eq!(v["availability"]["mediators_now"], 0, "{v}");
    assert!(admin.waiting().await.contains(&case_id));
    let (s, v) = admin
        .post(
            &format!("/cases/{case_id}/transfer"),
            json!({ "lang": "ru" }),
        )
        .await;
    assert_eq!(s, 200, "{v}");
    let (s, v) = admin
        .post(&format!("/cases/{case_id}/claim"), json!({}))
        .await;
    assert_eq!(s, 200, "{v}");
}

#[tokio::test]
async fn a_transfer_to_another_language_changes_only_the_serving_language() {
    let app = spawn_app().await;
    let olena = app.available("olena", &["uk"], &[]).await;
    let pavel = app.available("pavel", &["ru"], &[]).await;
    let (secret, case_id) = app.kiosk_chat("uk", "labour").await;
    olena
        .post(&format!("/cases/{case_id}/claim"), json!({}))
        .await;
    let (s, v) = olena
        .post(
            &format!("/cases/{case_id}/transfer"),
            json!({ "lang": "ru" }),
        )
        .await;
    assert_eq!(s, 200, "{v}");
    assert_eq!(v["case"]["lang"], "uk", "{v}");
    assert_eq!(v["case"]["serve_lang"], "ru", "{v}");
    assert!(pavel.waiting().await.contains(&case_id));
    let (s, _) = pavel
        .post(&format!("/cases/{case_id}/claim"), json!({}))
        .await;
    assert_eq!(s, 200);
    // The visitor still reads Ukrainian: the notice that Pavel took over.
    let notices = crate::console_helpers::kiosk_receive(&app.base, &secret, 3).await;
    let text = notices[2]["text"].as_str().unwrap().to_string();
    let uk = app.running().state.content.current().knowledge.ui_with(
        balcao::lang::Lang::Uk,
        "handoff-claimed",
        &[("name", "pavel Silva".into())],
    );
    assert!(text.contains(&uk), "the notice is in Ukrainian: {text}");
}

#[tokio::test]
async fn a_kriolu_ticket_with_only_a_portuguese_speaker_at_a_counter_is_called_by_them() {
    let app = spawn_app().await;
    let maria = app.at_counter("maria", &["pt"], "3").await;
    let (s, v) = app
        .kiosk_post("/talk", json!({ "lang": "kea", "topic": "housing" }))
        .await;
    assert_eq!(s, 200, "{v}");
    assert_eq!(v["mode"], "ticket", "{v}");
    assert_eq!(v["ticket"]["ticket"]["lang"], "kea");
    assert_eq!(v["ticket"]["ticket"]["serve_lang"], "pt");
    let notice = v["ticket"]["availability"]["routing_notice"]
        .as_str()
        .unwrap();
    assert!(notice.contains("Português"), "{notice}");
    let msg = v["ticket"]["availability"]["message"].as_str().unwrap();
    assert!(msg.starts_with(notice), "{msg}");
    // The printed date is in Kriolu too (browsers know no Kriolu months).
    let issued = v["ticket"]["issued_text"].as_str().unwrap();
    assert!(issued.contains("novenbru"), "{issued}");
    let (s, called) = maria.post("/tickets/next", json!({})).await;
    assert_eq!(s, 200, "{called}");
    assert_eq!(called["label"], v["ticket"]["label"]);
}

#[tokio::test]
async fn a_ticket_in_a_language_nobody_here_speaks_is_listed_for_an_administrator() {
    let app = spawn_app().await;
    app.add_mediator("chefe", &["pt"], &[], true).await;
    let admin = app.console("chefe").await;
    admin
        .post(
            "/presence",
            json!({ "site": "lisboa", "counter": "1", "available": true }),
        )
        .await;
    // Russian: no routing fallback, nobody here speaks it.
    let (s, v) = app
        .kiosk_post("/tickets", json!({ "lang": "ru", "service": "A" }))
        .await;
    assert_eq!(s, 200, "{v}");
    let (_, q) = admin.get("/queue").await;
    let labels: Vec<&str> = q["tickets"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|t| t["label"].as_str())
        .collect();
    assert!(labels.contains(&v["label"].as_str().unwrap()), "{q}");
}

#[tokio::test]
async fn a_kriolu_telegram_user_with_nobody_for_kea_on_duty_is_served_in_portuguese() {
    use crate::telegram_server::BotApi;
    let api = BotApi::start().await;
    let app = crate::telegram_bot::spawn_bot(&api, crate::helpers::Options::default()).await;
    let maria = app.available("maria", &["pt"], &[]).await;
    let chat = 7100;
    let (case_id, _) =
        crate::telegram_bot::ask_person(&api, &maria, chat, "pt-PT", "N kre papia ku un algen")
            .await;
    // The bot told the user, in Kriolu, who will answer.
    api.wait_text(chat, 0, "ki ta papia Português").await;
    let (_, v) = maria.get(&format!("/cases/{case_id}")).await;
    assert_eq!(v["case"]["lang"], "kea");
    assert_eq!(v["case"]["serve_lang"], "pt");
    // Maria's ready-made replies are in the language the user reads.
    let (_, canned) = maria.get(&format!("/cases/{case_id}/canned")).await;
    assert_eq!(canned["lang"], "kea", "{canned}");
}
