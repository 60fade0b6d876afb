//! What a mediator sees in the console after things change under them:
//! calling tickets, transfers, erasure, errors in their own language,
//! statistics by name and the audit log.

use serde_json::json;

use crate::helpers::spawn_app;

#[tokio::test]
async fn call_next_with_nobody_waiting_says_so_and_keeps_the_current_ticket_called() {
    let app = spawn_app().await;
    app.add_mediator("ana", &["pt"], &[], false).await;
    let ana = app.console("ana").await;
    let here = json!({ "site": "lisboa", "counter": "2", "available": true });
    assert_eq!(ana.post("/presence", here).await.0, 200);
    let (s, v) = app
        .kiosk_post("/tickets", json!({ "lang": "pt", "topic": "labour" }))
        .await;
    assert_eq!(s, 200, "{v}");
    let (s, called) = ana.post("/tickets/next", json!({})).await;
    assert_eq!((s, called["label"].as_str()), (200, Some("B-001")));

    let (s, v) = ana.post("/tickets/next", json!({})).await;
    assert_eq!(
        (s, v["error"]["code"].as_str()),
        (400, Some("nothing_waiting"))
    );
    // The person called is still at the counter: the ticket stays called.
    let (_, q) = ana.get("/queue").await;
    assert_eq!(q["called"][0]["label"], "B-001", "{q}");

    // Calling the next one when someone is waiting finishes it.
    app.kiosk_post("/tickets", json!({ "lang": "pt", "topic": "social" }))
        .await;
    let (_, next) = ana.post("/tickets/next", json!({})).await;
    assert_eq!(next["label"], "B-002");
    let (_, q) = ana.get("/queue").await;
    let called: Vec<&str> = q["called"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["label"].as_str().unwrap())
        .collect();
    assert_eq!(called, ["B-002"]);
}

#[tokio::test]
async fn a_mediator_who_transferred_a_case_is_told_where_it_went_not_that_they_are_not_allowed() {
    let app = spawn_app().await;
    let ana = app.available("ana", &["pt"], &[]).await;
    let bruno_id = app.add_mediator("bruno", &["pt"], &[], false).await;
    let (_, case) = app.kiosk_chat("pt", "housing").await;
    assert_eq!(
        ana.post(&format!("/cases/{case}/claim"), json!({})).await.0,
        200
    );
    let (s, v) = ana
        .post(
            &format!("/cases/{case}/transfer"),
            json!({ "mediator_id": bruno_id }),
        )
        .await;
    assert_eq!(s, 200, "{v}");

    let (s, v) = ana.get(&format!("/cases/{case}")).await;
    assert_eq!(s, 200, "{v}");
    assert_eq!(v["moved"]["mediator"], "bruno Silva", "{v}");
    assert!(
        v.get("messages").is_none(),
        "no transcript once it moved: {v}"
    );

    // Bruno takes it.
    let bruno = app.console("bruno").await;
    assert_eq!(
        bruno
            .post(&format!("/cases/{case}/claim"), json!({}))
            .await
            .0,
        200
    );
    // Ana speaks its language, so she may read it again, as his.
    let (_, v) = ana.get(&format!("/cases/{case}")).await;
    assert_eq!(v["case"]["mediator_id"], bruno_id, "{v}");

    // Someone who never had the case is still refused.
    let carla = app.available("carla", &["uk"], &[]).await;
    let (s, v) = carla.get(&format!("/cases/{case}")).await;
    assert_eq!((s, v["error"]["code"].as_str()), (403, Some("forbidden")));
}

#[tokio::test]
async fn a_signed_in_mediators_errors_are_in_their_console_language_not_the_browsers() {
    let app = spawn_app().await;
    // The first language is the console's: Ukrainian.
    app.add_mediator("olena", &["uk", "pt"], &[], false).await;
    let olena = app.console("olena").await;
    let get = |path: &str| {
        let r = olena
            .client
            .get(format!("{}/api/v1/console{path}", app.base))
            .header("accept-language", "en-GB,en;q=0.9");
        async move {
            let r = r.send().await.unwrap();
            let s = r.status().as_u16();
            (s, r.json::<serde_json::Value>().await.unwrap())
        }
    };
    let (s, v) = get("/stats").await;
    assert_eq!(s, 403);
    assert_eq!(v["error"]["message"], "У вас немає дозволу на цю дію.");
    let (s, v) = get("/cases/999").await;
    assert_eq!(s, 404);
    assert_eq!(v["error"]["message"], "Такої сторінки не існує.");

    // She switches the console to French: errors follow at once.
    assert_eq!(olena.post("/me/lang", json!({ "lang": "fr" })).await.0, 200);
    let (_, v) = get("/stats").await;
    assert_eq!(
        v["error"]["message"],
        "Vous n'avez pas l'autorisation de faire cela."
    );
    // Signed out, the browser's language applies again.
    assert_eq!(olena.post("/logout", json!({})).await.0, 200);
    let (s, v) = get("/queue").await;
    assert_eq!(s, 401);
    assert_eq!(v["error"]["message"], "Please sign in to continue.");
}

#[tokio::test]
async fn the_audit_log_records_one_opening_per_session_and_case_within_half_an_hour_in_words() {
    use balcao::handoff::PersonRequest;
    use balcao::handoff::model::Channel;
    let app = spawn_app().await;
    let ana = app.available("ana", &["pt"], &[]).await;
    let handoff = &app.running().state.handoff;
    let ask = || PersonRequest {
        channel: Channel::Telegram,
        address: "555002".into(),
        lang: balcao::lang::Lang::Pt,
        topic: Some("labour".into()),
        article: None,
        site: None,
        context: Default::default(),
    };
    let (first, _) = handoff.request_person(ask()).await.unwrap();
    ana.post(&format!("/cases/{}/claim", first.id), json!({}))
        .await;
    ana.post(
        &format!("/cases/{}/close", first.id),
        json!({ "outcome": "answered" }),
    )
    .await;
    let (second, _) = handoff.request_person(ask()).await.unwrap();
    app.add_mediator("admin", &["pt"], &[], true).await;
    let admin = app.console("admin").await;
    let opened = || async {
        let (_, a) = admin.get("/audit").await;
        let mut v: Vec<(String, i64)> = a["audit"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| e["action"] == "open" && e["username"] == "ana")
            .map(|e| {
                let case = e["case_id"].as_i64().unwrap();
                ("open".to_string(), case)
            })
            .collect();
        v.sort();
        v
    };

    // A live refresh redraws the case many times: one entry for it, and one
    // for the earlier case shown in its history.
    for _ in 0..5 {
        assert_eq!(ana.get(&format!("/cases/{}", second.id)).await.0, 200);
    }
    let once = vec![
        ("open".to_string(), first.id.min(second.id)),
        ("open".to_string(), first.id.max(second.id)),
    ];
    assert_eq!(opened().await, once);
    app.clock.advance(chrono::Duration::minutes(29));
    ana.get(&format!("/cases/{}", second.id)).await;
    assert_eq!(opened().await.len(), 2, "within half an hour");
    // Half an hour later, or in another session, it is a new access.
    app.clock.advance(chrono::Duration::minutes(2));
    ana.get(&format!("/cases/{}", second.id)).await;
    assert_eq!(opened().await.len(), 4);
    let again = app.console("ana").await;
    again.get(&format!("/cases/{}", second.id)).await;
    assert_eq!(opened().await.len(), 6);

    // The console words every action the log holds, in every language.
    let content = app.running().state.content.current();
    let (_, a) = admin.get("/audit").await;
    for e in a["audit"].as_array().unwrap() {
        let id = format!("console-audit-{}", e["action"].as_str().unwrap());
        for lang in balcao::lang::Lang::ALL {
            let text = content.knowledge.ui(lang, &id);
            assert!(!text.is_empty() && text != id, "{id} in {lang:?}");
        }
    }
}

#[tokio::test]
async fn statistics_name_topics_sites_services_and_articles_in_the_administrators_language() {
    let app = spawn_app().await;
    app.add_mediator("admin", &["uk", "pt"], &[], true).await;
    let admin = app.console("admin").await;
    let here = json!({ "site": "lisboa", "counter": "1", "available": true });
    assert_eq!(admin.post("/presence", here).await.0, 200);
    // A ticket without a topic, and a rated kiosk chat from the site.
    let (s, v) = app
        .kiosk_post("/tickets", json!({ "lang": "pt", "service": "C" }))
        .await;
    assert_eq!(s, 200, "{v}");
    assert_eq!(admin.post("/tickets/next", json!({})).await.0, 200);
    let (chat, case) = app.kiosk_chat("pt", "housing").await;
    admin.post(&format!("/cases/{case}/claim"), json!({})).await;
    admin
        .post(
            &format!("/cases/{case}/close"),
            json!({ "outcome": "answered" }),
        )
        .await;
    let (s, v) = app
        .kiosk_post(&format!("/chats/{chat}/rating"), json!({ "rating": 5 }))
        .await;
    assert_eq!(s, 200, "{v}");
    app.client
        .post(format!(
            "{}/api/v1/articles/renting-a-home/feedback",
            app.base
        ))
        .json(&json!({ "lang": "pt", "helpful": false }))
        .send()
        .await
        .unwrap();

    let (s, st) = admin.get("/stats").await;
    assert_eq!(s, 200, "{st}");
    let names = &st["names"];
    assert_eq!(names["topics"]["housing"], "Житло", "{names}");
    assert_eq!(names["topics"][""], "Без теми", "{names}");
    let service = names["services"]["C"].as_str().unwrap();
    assert!(service.starts_with("Послуга C: Житло"), "{service}");
    let sites = names["sites"].as_object().unwrap();
    assert!(
        sites
            .values()
            .all(|n| !n.as_str().unwrap().contains("lisboa")),
        "{names}"
    );
    let title = names["articles"]["renting-a-home"].as_str().unwrap();
    assert!(!title.contains('-'), "a title, not the id: {title}");
    // Every key shown has a name.
    for (table, kind) in [
        ("by_topic", "topics"),
        ("satisfaction_by_topic", "topics"),
        ("satisfaction_by_service", "services"),
        ("satisfaction_by_site", "sites"),
    ] {
        for key in st[table].as_object().unwrap().keys() {
            assert!(names[kind][key].is_string(), "{table} {key:?}: {names}");
        }
    }
}
