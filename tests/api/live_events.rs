//! Live events across instances: two services on one PostgreSQL database,
//! in one test process. What one instance stores reaches the live streams
//! held by the other (consoles, kiosk chats, lobby displays) within
//! seconds, filtered as strictly as its own, and an edit of the knowledge
//! saved through one is served by the other.

use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::console_helpers::{Console, KioskStream};
use crate::helpers::{Options, TestApp, spawn_with};
use crate::postgres::Backend;

/// How soon an event stored through one instance must be live on the other.
const LIVE_WITHIN: Duration = Duration::from_secs(5);

/// Two instances on one fresh PostgreSQL database.
async fn two_instances() -> (TestApp, TestApp) {
    let a = spawn_with(Options {
        backend: Some(Backend::Postgres),
        ..Options::default()
    })
    .await;
    let b = spawn_with(Options {
        database_url: Some(a.config.database_url.clone()),
        ..Options::default()
    })
    .await;
    (a, b)
}

/// A console's live event stream, open on return.
async fn console_events(c: &Console) -> KioskStream {
    let r = c
        .client
        .get(format!("{}/api/v1/console/events", c.base))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    KioskStream::of(r)
}

/// The next event of a stream that `wanted` accepts, which must come within
/// [`LIVE_WITHIN`]; the events passed over on the way are returned too.
async fn next_where(
    s: &mut KioskStream,
    what: &str,
    wanted: impl Fn(&str, &Value) -> bool,
) -> (Value, Vec<(String, Value)>) {
    next_within(s, LIVE_WITHIN, what, wanted).await
}

async fn next_within(
    s: &mut KioskStream,
    within: Duration,
    what: &str,
    wanted: impl Fn(&str, &Value) -> bool,
) -> (Value, Vec<(String, Value)>) {
    let mut passed = Vec::new();
    let found = tokio::time::timeout(within, async {
        loop {
            let (event, data) = s.next().await.expect("the stream stays open");
            if wanted(&event, &data) {
                return data;
            }
            passed.push((event, data));
        }
    })
    .await;
    match found {
        Ok(data) => (data, passed),
        Err(_) => panic!("not live within {within:?}: {what}; heard only {passed:?}"),
    }
}

fn is_change_of(case: i64) -> impl Fn(&str, &Value) -> bool {
    move |event, data| event == "change" && data["case_id"] == case
}

#[tokio::test]
async fn a_kiosk_chat_opened_through_one_instance_is_live_on_the_other_and_the_reply_comes_back() {
    let (a, b) = two_instances().await;
    let olena = b.available("olena", &["uk"], &[]).await;
    b.add_mediator("boss", &["pt"], &[], true).await;
    // Sessions hold across instances: the administrator watches on A.
    let boss_on_a = a.console("boss").await;
    let mut olenas = console_events(&olena).await;
    let mut boss_s = console_events(&boss_on_a).await;

    let opened = Instant::now();
    let (chat, case) = a.kiosk_chat("uk", "health").await;
    let (queued, _) = next_where(&mut olenas, "the new case on B", is_change_of(case)).await;
    println!("queued on A, live on B after {:?}", opened.elapsed());
    let mut kiosk = KioskStream::open(&a.base, &chat).await;
    assert_eq!(queued["kind"], "queued");
    assert!(olena.waiting().await.contains(&case));

    let (s, v) = olena.post(&format!("/cases/{case}/claim"), json!({})).await;
    assert_eq!(s, 200, "{v}");
    let sent = Instant::now();
    let (s, v) = olena
        .post(
            &format!("/cases/{case}/reply"),
            json!({ "text": "Добрий день, чим можу допомогти?" }),
        )
        .await;
    assert_eq!(s, 200, "{v}");
    let got = tokio::time::timeout(LIVE_WITHIN, async {
        loop {
            let m = kiosk.messages(1).await.remove(0);
            if m["kind"] == "reply" {
                return m;
            }
        }
    })
    .await
    .expect("the reply reaches the kiosk chat held on A");
    println!(
        "replied on B, on A's kiosk stream after {:?}",
        sent.elapsed()
    );
    assert_eq!(got["text"], "Добрий день, чим можу допомогти?");

    // The administrator on A heard each change once: A's own (queued)
    // and B's (claimed, the reply), never one twice.
    let (_, passed) = next_where(&mut boss_s, "the reply on A's console", |e, d| {
        e == "change" && d["case_id"] == case && d["kind"] == "message"
    })
    .await;
    let mut ids: Vec<i64> = passed
        .iter()
        .filter(|(e, d)| e == "change" && d["case_id"] == case)
        .map(|(_, d)| d["id"].as_i64().unwrap())
        .collect();
    let kinds: Vec<&str> = passed
        .iter()
        .filter(|(e, d)| e == "change" && d["case_id"] == case)
        .map(|(_, d)| d["kind"].as_str().unwrap())
        .collect();
    assert!(
        kinds.contains(&"queued") && kinds.contains(&"claimed"),
        "{kinds:?}"
    );
    let heard = ids.len();
    ids.dedup();
    assert_eq!(ids.len(), heard, "an event heard twice: {passed:?}");
}

#[tokio::test]
async fn a_mediator_on_the_other_instance_hears_only_of_cases_they_may_open() {
    let (a, b) = two_instances().await;
    let hanna = b.available("hanna", &["uk"], &["health"]).await;
    let mut hannas = console_events(&hanna).await;

    // Not hers: another topic, and another language.
    let (_, rights) = a.kiosk_chat("uk", "rights").await;
    let (_, french) = a.kiosk_chat("fr", "health").await;
    let (_, health) = a.kiosk_chat("uk", "health").await;
    let (_, passed) = next_where(&mut hannas, "her case, on B", is_change_of(health)).await;
    let told: Vec<&Value> = passed
        .iter()
        .filter(|(e, _)| e == "change")
        .map(|(_, d)| &d["case_id"])
        .collect();
    assert!(
        !told.contains(&&json!(rights)) && !told.contains(&&json!(french)),
        "told of {told:?}"
    );
    // Nor later, when a change of them is relayed again.
    a.add_mediator("boss", &["pt"], &[], true).await;
    let boss = a.console("boss").await;
    let (s, v) = boss
        .post(&format!("/cases/{rights}/claim"), json!({}))
        .await;
    assert_eq!(s, 200, "{v}");
    let (_, last) = a.kiosk_chat("uk", "health").await;
    let (_, passed) = next_where(&mut hannas, "her next case", is_change_of(last)).await;
    assert!(
        passed.iter().all(|(_, d)| d["case_id"] != rights),
        "{passed:?}"
    );

    // Hers until an administrator on A sends it to a topic she does not
    // cover: she still hears that it left her.
    let (s, v) = hanna
        .post(&format!("/cases/{health}/claim"), json!({}))
        .await;
    assert_eq!(s, 200, "{v}");
    let (s, v) = boss
        .post(
            &format!("/cases/{health}/transfer"),
            json!({ "topic": "rights" }),
        )
        .await;
    assert_eq!(s, 200, "{v}");
    next_where(&mut hannas, "the transfer away from her", |e, d| {
        e == "change" && d["case_id"] == health && d["kind"] == "transferred"
    })
    .await;
}

#[tokio::test]
async fn events_stored_at_once_and_while_the_notification_connection_is_down_all_arrive_once() {
    let (a, b) = two_instances().await;
    b.add_mediator("boss", &["pt"], &[], true).await;
    let boss = b.console("boss").await;
    let mut boss_s = console_events(&boss).await;

    // Many writes at once: their ids may commit out of order.
    let opened =
        futures_util::future::join_all((0..20).map(|_| a.kiosk_chat("pt", "labour"))).await;
    let mut cases: Vec<i64> = opened.iter().map(|(_, c)| *c).collect();
    let mut heard = Vec::new();
    while heard.len() < cases.len() {
        let (d, _) = next_where(&mut boss_s, "every case opened at once", |e, d| {
            e == "change" && d["kind"] == "queued"
        })
        .await;
        heard.push(d["case_id"].as_i64().unwrap());
    }
    heard.sort();
    cases.sort();
    assert_eq!(heard, cases, "each once");

    // The connections listening for notifications are cut; what is stored
    // meanwhile and after arrives all the same.
    let pool = sqlx::PgPool::connect(&a.config.database_url).await.unwrap();
    let cut: Vec<i32> = sqlx::query_scalar(
        "SELECT pid FROM pg_stat_activity WHERE datname = current_database() \
         AND query LIKE 'LISTEN%'",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    assert_eq!(cut.len(), 2, "one listening connection per instance");
    for pid in cut {
        sqlx::query("SELECT pg_terminate_backend($1)")
            .bind(pid)
            .execute(&pool)
            .await
            .unwrap();
    }
    let (_, during) = a.kiosk_chat("pt", "labour").await;
    next_where(
        &mut boss_s,
        "the case opened while cut off",
        is_change_of(during),
    )
    .await;
    let (_, after) = a.kiosk_chat("pt", "labour").await;
    next_where(&mut boss_s, "the case opened after", is_change_of(after)).await;

    // A write whose notification never came (stored here without one) is
    // found all the same, a few seconds later.
    sqlx::query(
        "INSERT INTO events (kind, case_id, site, lang, topic, detail, at) \
         VALUES ('note', $1, 'lisboa', 'pt', 'labour', '{}', 0)",
    )
    .bind(after)
    .execute(&pool)
    .await
    .unwrap();
    pool.close().await;
    next_where(&mut boss_s, "an event never notified", |e, d| {
        e == "change" && d["case_id"] == after && d["kind"] == "note"
    })
    .await;
}

#[tokio::test]
async fn a_ticket_called_on_one_instance_shows_on_a_lobby_display_of_the_other() {
    let (a, b) = two_instances().await;
    let display = a
        .client
        .get(format!("{}/api/v1/display/lisboa/events", a.base))
        .send()
        .await
        .unwrap();
    assert_eq!(display.status(), 200);
    let mut display = KioskStream::of(display);
    let (s, t) = a
        .kiosk_post("/tickets", json!({ "lang": "pt", "topic": "labour" }))
        .await;
    assert_eq!(s, 200, "{t}");

    b.add_mediator("ana", &["pt"], &[], false).await;
    let ana = b.console("ana").await;
    let (s, _) = ana
        .post(
            "/presence",
            json!({ "site": "lisboa", "counter": "4", "available": true }),
        )
        .await;
    assert_eq!(s, 200);
    let called_at = Instant::now();
    let (s, called) = ana.post("/tickets/next", json!({})).await;
    assert_eq!(s, 200, "{called}");
    let (call, _) = next_where(&mut display, "the call on A's display", |e, _| e == "call").await;
    println!(
        "called on B, on A's display after {:?}",
        called_at.elapsed()
    );
    assert_eq!(call["label"], t["label"]);
    assert_eq!(call["counter"], "4");
}

const ARTICLE: &str = "/knowledge/articles/renting-a-home";
const NEW_SENTENCE: &str = "Посередник центру перевірив цей текст разом із відвідувачами.";

async fn public_text(app: &TestApp) -> String {
    let (s, a) = app
        .get_json("/api/v1/articles/renting-a-home?lang=uk")
        .await;
    assert_eq!(s, 200);
    a["blocks"].to_string()
}

#[tokio::test]
async fn a_knowledge_edit_saved_on_one_instance_is_served_and_announced_by_the_other() {
    let (a, b) = two_instances().await;
    let (a, _rui, olena, _bruno) = crate::knowledge_editing::team_on(a).await;
    // Rui's editor page is open on B.
    let rui_on_b = b.console("rui").await;
    let mut ruis = console_events(&rui_on_b).await;
    assert!(!public_text(&b).await.contains(NEW_SENTENCE));

    let (s, view) = olena.get(&format!("{ARTICLE}/uk")).await;
    assert_eq!(s, 200, "{view}");
    let t = &view["translation"];
    let edit = json!({
        "title": t["title"],
        "summary": t["summary"],
        "body": format!("{}\n\n{NEW_SENTENCE}", t["body"].as_str().unwrap()),
        "keywords": t["keywords"],
        "base_version": 0,
    });
    let saving = Instant::now();
    let (s, saved) = olena.put(&format!("{ARTICLE}/uk"), edit).await;
    assert_eq!(s, 200, "{saved}");
    // The save answers once A serves the edit: B needs as long to rebuild
    // (seconds in a debug build), after hearing of it.
    let (saved_at, rebuild) = (Instant::now(), saving.elapsed());
    assert!(public_text(&a).await.contains(NEW_SENTENCE));

    next_within(
        &mut ruis,
        rebuild + LIVE_WITHIN,
        "the knowledge event on B",
        |e, d| e == "change" && d["kind"] == "knowledge",
    )
    .await;
    println!(
        "saved on A (its rebuild took {rebuild:?}), announced on B after {:?}",
        saved_at.elapsed()
    );
    assert!(
        public_text(&b).await.contains(NEW_SENTENCE),
        "B serves the edit once it announces it"
    );
    let (_, found) = b
        .get_json("/api/v1/search?lang=uk&q=посередник%20перевірив%20текст%20оренда")
        .await;
    assert_eq!(found["results"][0]["id"], "renting-a-home", "{found}");
}

#[tokio::test]
async fn an_erasure_through_one_instance_reaches_the_mediator_of_the_case_on_the_other() {
    let (a, b) = two_instances().await;
    let olena = b.available("olena", &["uk"], &[]).await;
    let taras = b.available("taras", &["uk"], &[]).await;
    let (mut olenas, mut tarases) = (console_events(&olena).await, console_events(&taras).await);
    let (_, case) = a.kiosk_chat("uk", "health").await;
    let (s, v) = olena.post(&format!("/cases/{case}/claim"), json!({})).await;
    assert_eq!(s, 200, "{v}");
    next_where(&mut olenas, "her claim", |e, d| {
        e == "change" && d["case_id"] == case && d["kind"] == "claimed"
    })
    .await;

    // The visitor asks to be forgotten through A: nothing of the case is
    // stored to relay, yet Olena's console on B is told at once.
    let state = &a.running().state;
    let visitor = state.store.case(case).await.unwrap().unwrap().visitor_id;
    state.handoff.forget_visitor(visitor).await.unwrap();
    next_where(&mut olenas, "the erasure of her case", |e, d| {
        e == "change" && d["case_id"] == case && d["kind"] == "erased"
    })
    .await;
    // Told with nothing left to say what the case was, a colleague is not
    // told of it (a case of someone else's, now gone).
    let (_, next) = a.kiosk_chat("uk", "health").await;
    let (_, passed) = next_where(&mut tarases, "the next case", is_change_of(next)).await;
    assert!(
        passed
            .iter()
            .all(|(e, d)| !(e == "change" && d["kind"] == "erased")),
        "{passed:?}"
    );
}

#[tokio::test]
async fn an_event_committed_after_a_later_one_still_arrives() {
    let (a, b) = two_instances().await;
    b.add_mediator("boss", &["pt"], &[], true).await;
    let boss = b.console("boss").await;
    let mut boss_s = console_events(&boss).await;
    let (_, first) = a.kiosk_chat("pt", "labour").await;
    next_where(&mut boss_s, "the first case", is_change_of(first)).await;

    // A slow writer takes the next event id and commits only after a
    // later event is stored and heard (and never notifies).
    let pool = sqlx::PgPool::connect(&a.config.database_url).await.unwrap();
    let mut slow = pool.begin().await.unwrap();
    sqlx::query(
        "INSERT INTO events (kind, case_id, site, lang, topic, detail, at) \
         VALUES ('note', $1, 'lisboa', 'pt', 'labour', '{}', 0)",
    )
    .bind(first)
    .execute(&mut *slow)
    .await
    .unwrap();
    let (_, second) = a.kiosk_chat("pt", "labour").await;
    next_where(&mut boss_s, "the later case", is_change_of(second)).await;
    slow.commit().await.unwrap();
    pool.close().await;
    next_where(&mut boss_s, "the event that committed late", |e, d| {
        e == "change" && d["case_id"] == first && d["kind"] == "note"
    })
    .await;
}
