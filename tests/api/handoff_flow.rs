//! Conversations end to end: routing, claim, reply through the outbox,
//! notes, transfer, hand back, close, rating, history, retention, erasure.

use serde_json::json;

use crate::console_helpers::{KioskStream, kiosk_receive};
use crate::helpers::spawn_app;

#[tokio::test]
async fn a_request_goes_only_to_mediators_who_speak_its_language_and_cover_its_topic() {
    let app = spawn_app().await;
    let pt = app.available("ana", &["pt"], &[]).await;
    let uk_health = app.available("olena", &["uk", "ru"], &["health"]).await;
    let uk_labour = app.available("taras", &["uk"], &["labour"]).await;
    let (_, case) = app.kiosk_chat("uk", "health").await;
    assert!(uk_health.waiting().await.contains(&case));
    assert!(!pt.waiting().await.contains(&case), "does not speak uk");
    assert!(
        !uk_labour.waiting().await.contains(&case),
        "does not cover health"
    );
    let (s, v) = pt.post(&format!("/cases/{case}/claim"), json!({})).await;
    assert_eq!((s, v["error"]["code"].as_str()), (403, Some("forbidden")));
    assert_eq!(pt.get(&format!("/cases/{case}")).await.0, 403);
    assert_eq!(
        uk_health
            .post(&format!("/cases/{case}/claim"), json!({}))
            .await
            .0,
        200
    );
}

#[tokio::test]
async fn of_two_simultaneous_claims_exactly_one_wins() {
    let app = spawn_app().await;
    let a = app.available("ana", &["pt"], &[]).await;
    let b = app.available("bruno", &["pt"], &[]).await;
    for _ in 0..5 {
        let (_, case) = app.kiosk_chat("pt", "labour").await;
        let path = format!("/cases/{case}/claim");
        let (ra, rb) = tokio::join!(a.post(&path, json!({})), b.post(&path, json!({})));
        let mut codes = [ra.0, rb.0];
        codes.sort();
        assert_eq!(codes, [200, 409], "{ra:?} {rb:?}");
        let loser = if ra.0 == 409 { ra.1 } else { rb.1 };
        assert_eq!(loser["error"]["code"], "taken");
        // Close it so the next round starts fresh.
        let winner = if ra.0 == 200 { &a } else { &b };
        winner
            .post(
                &format!("/cases/{case}/close"),
                json!({ "outcome": "answered" }),
            )
            .await;
    }
}

#[tokio::test]
async fn replies_written_while_the_kiosk_is_away_arrive_later_in_order_and_once() {
    let app = spawn_app().await;
    let m = app.available("ana", &["pt"], &[]).await;
    let (chat, case) = app.kiosk_chat("pt", "housing").await;
    assert_eq!(
        m.post(&format!("/cases/{case}/claim"), json!({})).await.0,
        200
    );
    for i in 1..=3 {
        let (s, _) = m
            .post(
                &format!("/cases/{case}/reply"),
                json!({ "text": format!("reply {i}") }),
            )
            .await;
        assert_eq!(s, 200);
    }
    // The kiosk connects only now: the notice and three replies, in order.
    let got = kiosk_receive(&app.base, &chat, 4).await;
    assert_eq!(got[0]["kind"], "notice");
    assert!(
        got[0]["text"].as_str().unwrap().contains("ana Silva"),
        "{}",
        got[0]
    );
    let texts: Vec<&str> = got[1..]
        .iter()
        .map(|m| m["text"].as_str().unwrap())
        .collect();
    assert_eq!(texts, ["reply 1", "reply 2", "reply 3"]);
    // Reconnected, the kiosk gets only what is new: nothing is sent twice.
    let mut live = KioskStream::open(&app.base, &chat).await;
    m.post(
        &format!("/cases/{case}/reply"),
        json!({ "text": "reply 4" }),
    )
    .await;
    assert_eq!(live.messages(1).await[0]["text"], "reply 4");
    // And the transcript holds each reply once.
    let r = app.get(&format!("/api/v1/kiosk/chats/{chat}")).await;
    let t: serde_json::Value = r.json().await.unwrap();
    let texts: Vec<&str> = t["messages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["text"].as_str().unwrap())
        .collect();
    assert_eq!(texts, ["reply 1", "reply 2", "reply 3", "reply 4"]);
}

#[tokio::test]
async fn a_visitor_message_sent_twice_is_stored_once_and_notes_stay_internal() {
    let app = spawn_app().await;
    let m = app.available("ana", &["pt"], &[]).await;
    let (chat, case) = app.kiosk_chat("pt", "housing").await;
    for _ in 0..2 {
        let (s, _) = app
            .kiosk_post(
                &format!("/chats/{chat}/messages"),
                json!({ "text": "<b>Olá</b> preciso de ajuda", "client_id": "m1" }),
            )
            .await;
        assert_eq!(s, 200);
    }
    m.post(&format!("/cases/{case}/claim"), json!({})).await;
    m.post(
        &format!("/cases/{case}/note"),
        json!({ "text": "check the lease" }),
    )
    .await;
    let (_, v) = m.get(&format!("/cases/{case}")).await;
    let msgs = v["messages"].as_array().unwrap();
    assert_eq!(msgs.len(), 2, "{msgs:?}");
    assert_eq!(
        msgs[0]["body"], "<b>Olá</b> preciso de ajuda",
        "stored as typed; shown as text"
    );
    assert_eq!(msgs[1]["kind"], "note");
    let r = app.get(&format!("/api/v1/kiosk/chats/{chat}")).await;
    let visitor: serde_json::Value = r.json().await.unwrap();
    let seen: Vec<&str> = visitor["messages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["text"].as_str().unwrap())
        .collect();
    assert_eq!(
        seen,
        ["<b>Olá</b> preciso de ajuda"],
        "the note is not shown to the visitor"
    );
}

#[tokio::test]
async fn transfer_hand_back_close_and_rating_each_reach_the_right_people() {
    let app = spawn_app().await;
    let ana = app.available("ana", &["pt", "en"], &[]).await;
    let olena = app.available("olena", &["uk"], &[]).await;
    let (chat, case) = app.kiosk_chat("pt", "health").await;
    ana.post(&format!("/cases/{case}/claim"), json!({})).await;
    // To another language: Olena now sees it, Ana no longer has it.
    let (s, _) = ana
        .post(&format!("/cases/{case}/transfer"), json!({ "lang": "uk" }))
        .await;
    assert_eq!(s, 200);
    assert!(olena.waiting().await.contains(&case));
    assert!(!ana.waiting().await.contains(&case));
    assert_eq!(
        ana.post(&format!("/cases/{case}/reply"), json!({ "text": "x" }))
            .await
            .0,
        409
    );
    // To a named mediator: only she sees it.
    olena.post(&format!("/cases/{case}/claim"), json!({})).await;
    let (s, _) = olena
        .post(
            &format!("/cases/{case}/transfer"),
            json!({ "mediator_id": ana.id, "lang": "pt" }),
        )
        .await;
    assert_eq!(s, 200);
    assert!(ana.waiting().await.contains(&case));
    assert!(!olena.waiting().await.contains(&case));
    ana.post(&format!("/cases/{case}/claim"), json!({})).await;
    let (s, v) = ana
        .post(&format!("/cases/{case}/hand-back"), json!({}))
        .await;
    assert_eq!((s, v["case"]["status"].as_str()), (200, Some("bot")));

    // A new request, closed with an outcome: the visitor is asked to rate.
    let (chat2, case2) = app.kiosk_chat("pt", "health").await;
    ana.post(&format!("/cases/{case2}/claim"), json!({})).await;
    let (s, _) = ana
        .post(
            &format!("/cases/{case2}/close"),
            json!({ "outcome": "nonsense" }),
        )
        .await;
    assert_eq!(s, 400);
    assert_eq!(
        ana.post(
            &format!("/cases/{case2}/close"),
            json!({ "outcome": "referred" })
        )
        .await
        .0,
        200
    );
    let got = kiosk_receive(&app.base, &chat2, 2).await;
    assert_eq!(got[1]["kind"], "survey");
    assert!(got[1]["text"].as_str().unwrap().contains("1"));
    assert_eq!(
        app.kiosk_post(&format!("/chats/{chat2}/rating"), json!({ "rating": 9 }))
            .await
            .0,
        400
    );
    assert_eq!(
        app.kiosk_post(&format!("/chats/{chat2}/rating"), json!({ "rating": 5 }))
            .await
            .0,
        200
    );
    assert_eq!(
        app.kiosk_post(&format!("/chats/{chat2}/rating"), json!({ "rating": 1 }))
            .await
            .0,
        409,
        "rated once"
    );
    let _ = chat;

    app.add_mediator("admin", &["pt"], &[], true).await;
    let admin = app.console("admin").await;
    let (_, st) = admin.get("/stats?days=7").await;
    assert_eq!(st["attended"], 4, "{st}");
    assert_eq!(st["satisfaction_by_topic"]["health"]["share"], 1.0);
    assert_eq!(st["by_channel"]["kiosk"], 4);
}

#[tokio::test]
async fn the_visitor_is_told_honestly_when_nobody_can_answer() {
    let app = spawn_app().await;
    let (s, v) = app
        .kiosk_post("/chats", json!({ "lang": "en", "topic": "labour" }))
        .await;
    assert_eq!(s, 200);
    let msg = v["availability"]["message"].as_str().unwrap();
    assert!(
        msg.contains("No mediator") && msg.contains("808 257 257"),
        "{msg}"
    );
    // Saturday evening: the hours and the next opening are given.
    app.clock.advance(chrono::Duration::hours(24 * 5 + 9));
    let (_, v) = app
        .kiosk_post("/chats", json!({ "lang": "en", "topic": "health" }))
        .await;
    let msg = v["availability"]["message"].as_str().unwrap();
    assert_eq!(v["availability"]["open_now"], false);
    assert!(
        msg.contains("Mon") && msg.contains("30 November 2026") && msg.contains("08:00"),
        "{msg}"
    );
    // With a mediator present, a wait estimate.
    app.clock.advance(chrono::Duration::hours(24 * 2 - 9));
    let _m = app.available("ana", &["en"], &[]).await;
    let (_, v) = app
        .kiosk_post("/chats", json!({ "lang": "en", "topic": "housing" }))
        .await;
    assert!(
        v["availability"]["wait_minutes"].as_i64().unwrap() >= 1,
        "{v}"
    );
}

#[tokio::test]
async fn a_mediator_sees_the_same_persons_earlier_cases_and_opening_is_audited() {
    use balcao::handoff::PersonRequest;
    use balcao::handoff::model::Channel;
    let app = spawn_app().await;
    let m = app.available("ana", &["pt"], &[]).await;
    let handoff = &app.running().state.handoff;
    let ask = || PersonRequest {
        channel: Channel::Telegram,
        address: "555001".into(),
        lang: balcao::lang::Lang::Pt,
        topic: Some("immigration".into()),
        article: None,
        site: None,
        context: Default::default(),
    };
    let (first, _) = handoff.request_person(ask()).await.unwrap();
    handoff
        .visitor_message(first.id, "primeira pergunta", None, Some("tg:1".into()))
        .await
        .unwrap();
    m.post(&format!("/cases/{}/claim", first.id), json!({}))
        .await;
    m.post(
        &format!("/cases/{}/close", first.id),
        json!({ "outcome": "answered" }),
    )
    .await;
    let (second, _) = handoff.request_person(ask()).await.unwrap();
    assert_ne!(first.id, second.id);
    let (_, v) = m.get(&format!("/cases/{}", second.id)).await;
    let history = v["history"].as_array().unwrap();
    assert_eq!(history.len(), 1);
    assert_eq!(history[0]["messages"][0]["body"], "primeira pergunta");

    app.add_mediator("admin", &["pt"], &[], true).await;
    let admin = app.console("admin").await;
    let (_, a) = admin.get("/audit").await;
    let opened: Vec<_> = a["audit"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["action"] == "open")
        .collect();
    assert!(
        opened
            .iter()
            .any(|e| e["username"] == "ana" && e["case_id"] == second.id)
    );
}

#[tokio::test]
async fn retention_deletes_old_cases_but_keeps_anonymous_statistics() {
    let app = spawn_app().await;
    let m = app.available("ana", &["pt"], &[]).await;
    let (_, case) = app.kiosk_chat("pt", "labour").await;
    m.post(&format!("/cases/{case}/claim"), json!({})).await;
    m.post(&format!("/cases/{case}/reply"), json!({ "text": "olá" }))
        .await;
    m.post(
        &format!("/cases/{case}/close"),
        json!({ "outcome": "answered" }),
    )
    .await;
    app.clock.advance(chrono::Duration::days(89));
    let purged = app.running().state.handoff.purge_expired().await.unwrap();
    assert_eq!(purged.cases, 0, "not yet 90 days");
    app.clock.advance(chrono::Duration::days(2));
    let purged = app.running().state.handoff.purge_expired().await.unwrap();
    assert_eq!(purged.cases, 1);
    app.add_mediator("admin", &["pt"], &[], true).await;
    let admin = app.console("admin").await;
    assert_eq!(admin.get(&format!("/cases/{case}")).await.0, 404);
    let (_, st) = admin.get("/stats?days=120").await;
    assert_eq!(st["attended"], 1, "aggregates survive");
}

#[tokio::test]
async fn erasing_a_person_removes_their_messages_and_the_audit_keeps_only_case_numbers() {
    let app = spawn_app().await;
    app.add_mediator("admin", &["pt"], &[], true).await;
    let admin = app.console("admin").await;
    admin.post("/presence", json!({ "available": true })).await;
    let (chat, case) = app.kiosk_chat("pt", "labour").await;
    app.kiosk_post(
        &format!("/chats/{chat}/messages"),
        json!({ "text": "o meu nome é Maria" }),
    )
    .await;
    admin.post(&format!("/cases/{case}/claim"), json!({})).await;
    let (s, v) = admin.post(&format!("/cases/{case}/erase"), json!({})).await;
    assert_eq!(s, 200, "{v}");
    assert_eq!(admin.get(&format!("/cases/{case}")).await.0, 404);
    assert_eq!(
        app.get(&format!("/api/v1/kiosk/chats/{chat}"))
            .await
            .status(),
        404
    );
    let (_, a) = admin.get("/audit").await;
    let text = a.to_string();
    assert!(
        text.contains("\"erase\"") && !text.contains("Maria"),
        "{text}"
    );
}

#[tokio::test]
async fn the_statistics_export_is_a_csv_that_defuses_formulas() {
    let app = spawn_app().await;
    app.add_mediator("admin", &["pt"], &[], true).await;
    let admin = app.console("admin").await;
    // Lower case: a capitalised unknown word would be masked as a name.
    let r = app.get("/api/v1/search?q=%3Dzzqqxxkkvv&lang=pt").await;
    assert_eq!(r.status(), 200);
    let r = admin
        .client
        .get(format!("{}/api/v1/console/stats.csv", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert!(
        r.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/csv")
    );
    let body = r.text().await.unwrap();
    assert!(body.starts_with("section,key,value,share\n"), "{body}");
    assert!(
        body.contains("\"search_gap pt\",\"'=zzqqxxkkvv\""),
        "{body}"
    );
}

#[tokio::test]
async fn files_a_visitor_sends_are_shown_only_to_mediators_of_the_case_and_erased_with_it() {
    use balcao::handoff::PersonRequest;
    use balcao::handoff::model::Channel;
    let app = spawn_app().await;
    app.add_mediator("admin", &["uk"], &[], true).await;
    let olena = app.console("admin").await;
    let pt = app.available("ana", &["pt"], &[]).await;
    let handoff = &app.running().state.handoff;
    let (case, _) = handoff
        .request_person(PersonRequest {
            channel: Channel::Telegram,
            address: "777".into(),
            lang: balcao::lang::Lang::Uk,
            topic: Some("immigration".into()),
            article: None,
            site: None,
            context: Default::default(),
        })
        .await
        .unwrap();
    let png = b"\x89PNG\r\n\x1a\nnot really an image";
    handoff
        .visitor_file(
            case.id,
            "паспорт.png",
            "image/png",
            png,
            "мій паспорт",
            Some("tg:9".into()),
        )
        .await
        .unwrap();
    let (_, v) = olena.get(&format!("/cases/{}", case.id)).await;
    let file_id = v["messages"][0]["file_id"].as_i64().expect("file message");
    assert_eq!(v["messages"][0]["body"], "мій паспорт");
    let r = olena
        .client
        .get(format!("{}/api/v1/console/files/{file_id}", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(r.headers()["x-content-type-options"], "nosniff");
    assert!(
        r.headers()["content-security-policy"]
            .to_str()
            .unwrap()
            .contains("sandbox")
    );
    assert_eq!(r.bytes().await.unwrap().as_ref(), png);
    let r = pt
        .client
        .get(format!("{}/api/v1/console/files/{file_id}", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403, "a mediator who does not serve the case");
    olena
        .post(&format!("/cases/{}/erase", case.id), json!({}))
        .await;
    let r = olena
        .client
        .get(format!("{}/api/v1/console/files/{file_id}", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 404, "erased with the person");
}

#[tokio::test]
async fn a_message_left_outside_hours_stays_queued_and_a_case_can_move_to_another_channel() {
    use balcao::handoff::model::{CaseStatus, Channel};
    let app = spawn_app().await;
    let handoff = &app.running().state.handoff;
    // Saturday: nobody answers, the visitor leaves a message.
    app.clock.advance(chrono::Duration::days(5));
    let (chat, case) = app.kiosk_chat("pt", "labour").await;
    app.kiosk_post(
        &format!("/chats/{chat}/messages"),
        json!({ "text": "Podem ligar-me na segunda?" }),
    )
    .await;
    let left = handoff.leave_message(case).await.unwrap();
    assert!(left.left_message && left.status == CaseStatus::Waiting);
    // Monday: a mediator finds it, marked, and takes it.
    app.clock.advance(chrono::Duration::days(2));
    let m = app.available("ana", &["pt"], &[]).await;
    let (_, q) = m.get("/queue").await;
    assert_eq!(q["waiting"][0]["id"], case);
    assert_eq!(q["waiting"][0]["left_message"], true);
    m.post(&format!("/cases/{case}/claim"), json!({})).await;
    m.post(
        &format!("/cases/{case}/reply"),
        json!({ "text": "Bom dia! Sim." }),
    )
    .await;

    // The visitor continues on Telegram: history and undelivered replies go with the case.
    let moved = handoff
        .move_channel(case, Channel::Telegram, "4242", balcao::lang::Lang::Pt)
        .await
        .unwrap();
    assert_eq!(moved.channel, Channel::Telegram);
    let (_, v) = m.get(&format!("/cases/{case}")).await;
    assert_eq!(v["messages"][0]["body"], "Podem ligar-me na segunda?");
    let store = &app.running().state.store;
    let later = balcao::clock::Clock::now(app.clock.as_ref()) + chrono::Duration::hours(1);
    let mut pending = Vec::new();
    for visitor in store.due_visitors(later, 10).await.unwrap() {
        pending.extend(store.due_outgoing_of(visitor, later).await.unwrap());
    }
    assert!(
        pending
            .iter()
            .all(|o| o.channel == Channel::Telegram && o.address == "4242"),
        "{pending:?}"
    );
    assert!(pending.iter().any(|o| o.case_id == Some(case)));
}

#[tokio::test]
async fn canned_replies_and_article_links_are_in_the_visitors_language_and_the_links_open() {
    let app = spawn_app().await;
    let m = app.available("ana", &["en", "uk"], &[]).await;
    let (_, case) = app.kiosk_chat("uk", "health").await;
    let (s, v) = m.get(&format!("/cases/{case}/canned")).await;
    assert_eq!(s, 200);
    assert_eq!(v["lang"], "uk");
    let greeting = v["replies"]["canned-greeting"].as_str().unwrap();
    assert!(
        greeting.chars().any(|c| ('а'..='я').contains(&c)),
        "{greeting}"
    );
    let link = v["articles"][0]["text"].as_str().unwrap();
    let url = link.rsplit(' ').next().unwrap();
    let path = url.strip_prefix("http://127.0.0.1").expect("public url");
    let r = app.get(path).await;
    assert_eq!(r.status(), 200, "{path}");
    assert!(
        r.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/html")
    );
    let page = r.text().await.unwrap();
    let title = v["articles"][0]["title"].as_str().unwrap();
    assert!(page.contains(&balcao_escape(title)), "{title}");
    assert!(!page.contains("<script"));
    assert_eq!(
        app.get("/articles/no-such-article?lang=uk").await.status(),
        404
    );
}

fn balcao_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

crate::postgres::on_postgres_too!(
    a_request_goes_only_to_mediators_who_speak_its_language_and_cover_its_topic,
    of_two_simultaneous_claims_exactly_one_wins,
    replies_written_while_the_kiosk_is_away_arrive_later_in_order_and_once,
    a_visitor_message_sent_twice_is_stored_once_and_notes_stay_internal,
    transfer_hand_back_close_and_rating_each_reach_the_right_people,
    the_visitor_is_told_honestly_when_nobody_can_answer,
    a_mediator_sees_the_same_persons_earlier_cases_and_opening_is_audited,
    retention_deletes_old_cases_but_keeps_anonymous_statistics,
    erasing_a_person_removes_their_messages_and_the_audit_keeps_only_case_numbers,
    the_statistics_export_is_a_csv_that_defuses_formulas,
    files_a_visitor_sends_are_shown_only_to_mediators_of_the_case_and_erased_with_it,
    a_message_left_outside_hours_stays_queued_and_a_case_can_move_to_another_channel,
    canned_replies_and_article_links_are_in_the_visitors_language_and_the_links_open,
);
