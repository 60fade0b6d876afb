//! Who may see what in the console: a person's earlier cases, their files,
//! the live event stream and the team list follow the same rule as opening
//! a case.

use balcao::handoff::PersonRequest;
use balcao::handoff::model::Channel;
use balcao::lang::Lang;
use serde_json::{Value, json};

use crate::console_helpers::{Console, KioskStream};
use crate::helpers::{TestApp, spawn_app};

/// The same Telegram user asking for a person about `topic`, in Ukrainian.
pub(crate) fn ask(topic: &str) -> PersonRequest {
    ask_as("380501", topic)
}

/// Telegram user `chat` asking for a person about `topic`, in Ukrainian.
pub(crate) fn ask_as(chat: &str, topic: &str) -> PersonRequest {
    PersonRequest {
        channel: Channel::Telegram,
        address: chat.into(),
        lang: Lang::Uk,
        topic: Some(topic.into()),
        article: None,
        site: None,
        context: Default::default(),
    }
}

/// A case of that user about `topic`, taken, worked on (a note, and the
/// file the user sent, if any) and closed by `m`.
pub(crate) async fn closed_case(
    app: &TestApp,
    m: &Console,
    topic: &str,
    note: &str,
    file: Option<&[u8]>,
) -> i64 {
    let handoff = &app.running().state.handoff;
    let (case, _) = handoff.request_person(ask(topic)).await.unwrap();
    let path = |action: &str| format!("/cases/{}/{action}", case.id);
    assert_eq!(m.post(&path("claim"), json!({})).await.0, 200);
    assert_eq!(m.post(&path("note"), json!({ "text": note })).await.0, 200);
    if let Some(bytes) = file {
        let key = Some(format!("tg:{}", case.id));
        handoff
            .visitor_file(case.id, "passport.png", "image/png", bytes, "", key)
            .await
            .unwrap();
    }
    assert_eq!(
        m.post(&path("close"), json!({ "outcome": "answered" }))
            .await
            .0,
        200
    );
    case.id
}

/// The cases `username` was logged as opening, sorted.
async fn opened_by(admin: &Console, username: &str) -> Vec<i64> {
    let (_, a) = admin.get("/audit").await;
    let mut ids: Vec<i64> = a["audit"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["action"] == "open" && e["username"] == username)
        .map(|e| e["case_id"].as_i64().unwrap())
        .collect();
    ids.sort();
    ids
}

fn history_ids(v: &Value) -> Vec<i64> {
    v["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["case"]["id"].as_i64().unwrap())
        .collect()
}

#[tokio::test]
async fn a_case_history_shows_only_earlier_cases_the_mediator_may_open_and_refuses_their_files() {
    let app = spawn_app().await;
    let rita = app.available("rita", &["uk"], &["rights"]).await;
    let hanna = app.available("hanna", &["uk"], &["health"]).await;
    let handoff = &app.running().state.handoff;

    // A trafficking case, with a note and the passport the person sent.
    let png = b"\x89PNG\r\n\x1a\npassport scan";
    let secret = closed_case(&app, &rita, "rights", "SECRET-TRAFFICKING-NOTE", Some(png)).await;
    let (_, v) = rita.get(&format!("/cases/{secret}")).await;
    let file_id = v["messages"]
        .as_array()
        .unwrap()
        .iter()
        .find_map(|m| m["file_id"].as_i64())
        .expect("the passport is in the transcript");
    // An earlier health case, and the new one.
    let earlier = closed_case(&app, &hanna, "health", "health note", None).await;
    let (now, _) = handoff.request_person(ask("health")).await.unwrap();

    let (s, v) = hanna.get(&format!("/cases/{}", now.id)).await;
    assert_eq!(s, 200, "{v}");
    assert_eq!(history_ids(&v), vec![earlier]);
    assert_eq!(v["history_withheld"], 1, "said to exist, nothing more");
    let shown = v.to_string();
    assert!(!shown.contains("SECRET-TRAFFICKING-NOTE"), "{shown}");
    assert!(!shown.contains("rights"), "not even the topic: {shown}");
    assert!(
        !shown.contains(&format!("\"file_id\":{file_id}")),
        "{shown}"
    );

    let file = |m: &Console| {
        m.client
            .get(format!("{}/api/v1/console/files/{file_id}", app.base))
            .send()
    };
    assert_eq!(file(&hanna).await.unwrap().status(), 403);
    assert_eq!(file(&rita).await.unwrap().status(), 200);

    // Only what was shown is in the audit log; an administrator sees all.
    app.add_mediator("boss", &["pt"], &[], true).await;
    let boss = app.console("boss").await;
    assert_eq!(opened_by(&boss, "hanna").await, vec![earlier, now.id]);
    let (_, v) = boss.get(&format!("/cases/{}", now.id)).await;
    let mut all = history_ids(&v);
    all.sort();
    assert_eq!(all, vec![secret, earlier]);
    assert_eq!(v["history_withheld"], 0);
    assert_eq!(opened_by(&boss, "boss").await, {
        let mut ids = vec![secret, earlier, now.id];
        ids.sort();
        ids
    });
}

impl Console {
    /// The console's live event stream, open (and listening) on return.
    async fn events(&self) -> KioskStream {
        let r = self
            .client
            .get(format!("{}/api/v1/console/events", self.base))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 200);
        KioskStream::of(r)
    }
}

/// The case of the next change a stream tells of.
async fn next_case(s: &mut KioskStream) -> i64 {
    loop {
        let (event, data) = s.next().await.expect("the stream stays open");
        if event == "change"
            && let Some(id) = data["case_id"].as_i64()
        {
            return id;
        }
    }
}

/// The cases a stream tells of, in order and each once, up to `last`.
async fn cases_until(s: &mut KioskStream, last: i64) -> Vec<i64> {
    let mut heard = Vec::new();
    while heard.last() != Some(&last) {
        let id = next_case(s).await;
        if heard.last() != Some(&id) {
            heard.push(id);
        }
    }
    heard
}

/// Reads the stream to its end, which must come within seconds; the last
/// event it said.
async fn ends_soon(s: &mut KioskStream) -> Option<String> {
    let read = async {
        let mut last = None;
        while let Some((event, _)) = s.next().await {
            last = Some(event);
        }
        last
    };
    tokio::time::timeout(std::time::Duration::from_secs(5), read)
        .await
        .expect("the stream ends within seconds")
}

#[tokio::test]
async fn the_console_event_stream_tells_a_mediator_only_of_cases_they_may_open() {
    let app = spawn_app().await;
    let rita = app.available("rita", &["uk"], &["rights"]).await;
    let hanna = app.available("hanna", &["uk"], &["health"]).await;
    app.add_mediator("boss", &["pt"], &[], true).await;
    let boss = app.console("boss").await;
    let (mut hannas, mut boss_s) = (hanna.events().await, boss.events().await);
    let handoff = &app.running().state.handoff;

    let (rights, _) = handoff
        .request_person(ask_as("111", "rights"))
        .await
        .unwrap();
    // Sent to rita by name: health, but not hanna's to see.
    let (sent, _) = handoff
        .request_person(ask_as("222", "health"))
        .await
        .unwrap();
    let (s, v) = boss
        .post(
            &format!("/cases/{}/transfer", sent.id),
            json!({ "mediator_id": rita.id }),
        )
        .await;
    assert_eq!(s, 200, "{v}");
    let (health, _) = handoff
        .request_person(ask_as("333", "health"))
        .await
        .unwrap();

    let heard = cases_until(&mut hannas, health.id).await;
    // She heard of the health case while it waited for anyone, not after
    // it was sent to rita, and never of the rights case.
    assert_eq!(heard, vec![sent.id, health.id]);
    // An administrator hears of everything.
    let all = cases_until(&mut boss_s, health.id).await;
    assert_eq!(all, vec![rights.id, sent.id, health.id]);
}

#[tokio::test]
async fn signing_out_ends_that_sessions_event_stream_within_seconds() {
    let app = spawn_app().await;
    let laptop = app.available("hanna", &["uk"], &[]).await;
    let phone = app.console("hanna").await;
    let (mut on_laptop, mut on_phone) = (laptop.events().await, phone.events().await);

    assert_eq!(laptop.post("/logout", json!({})).await.0, 200);
    assert_eq!(
        ends_soon(&mut on_laptop).await.as_deref(),
        Some("session_ended")
    );
    // The session still signed in keeps its stream.
    let handoff = &app.running().state.handoff;
    let (case, _) = handoff.request_person(ask("health")).await.unwrap();
    assert_eq!(next_case(&mut on_phone).await, case.id);
}

#[tokio::test]
async fn an_event_stream_ends_when_its_session_times_out_idle() {
    let app = spawn_app().await;
    let hanna = app.available("hanna", &["uk"], &[]).await;
    let mut stream = hanna.events().await;

    app.clock
        .advance(chrono::Duration::hours(2) + chrono::Duration::minutes(1));
    // The next change anywhere makes it check, and it ends.
    let handoff = &app.running().state.handoff;
    handoff.request_person(ask("health")).await.unwrap();
    assert_eq!(
        ends_soon(&mut stream).await.as_deref(),
        Some("session_ended")
    );
}

#[tokio::test]
async fn mediators_see_only_what_a_transfer_needs_of_the_team_and_administrators_everything() {
    let app = spawn_app().await;
    let hanna = app.available("hanna", &["uk"], &["health"]).await;
    app.add_mediator("rita.k", &["uk", "ru"], &["rights"], false)
        .await;
    app.add_mediator("boss", &["pt"], &[], true).await;
    let boss = app.console("boss").await;

    let (s, v) = hanna.get("/mediators").await;
    assert_eq!(s, 200);
    let team = v["mediators"].as_array().unwrap();
    assert_eq!(team.len(), 3);
    let rita = team.iter().find(|m| m["name"] == "rita.k Silva").unwrap();
    assert_eq!(rita["languages"], json!(["uk", "ru"]));
    assert_eq!(rita["topics"], json!(["rights"]));
    for m in team {
        let mut keys: Vec<&str> = m.as_object().unwrap().keys().map(String::as_str).collect();
        keys.sort();
        assert_eq!(keys, ["id", "languages", "name", "topics"], "{m}");
    }
    let text = v.to_string();
    assert!(
        !text.contains("\"rita.k\"") && !text.contains("admin"),
        "{text}"
    );

    let (s, v) = boss.get("/mediators").await;
    assert_eq!(s, 200);
    let rita = v["mediators"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["username"] == "rita.k")
        .expect("administrators see usernames");
    assert_eq!(rita["role"], "mediator");
    assert_eq!(rita["services"], json!([]));
}

#[tokio::test]
async fn the_setup_link_refuses_other_sites_and_stops_working_once_an_administrator_exists() {
    let app = spawn_app().await;
    let link = app.running().setup_link.clone().expect("a fresh database");
    let token = link.rsplit('/').next().unwrap();
    let setup = |origin: &str| {
        app.client
            .post(format!("{}/api/v1/console/setup", app.base))
            .header("origin", origin)
            .json(&json!({ "token": token, "username": "eve", "name": "Eve",
                "password": crate::console_helpers::PASSWORD, "languages": ["pt"] }))
            .send()
    };
    let code = |r: reqwest::Response| async move {
        let s = r.status().as_u16();
        let v: Value = r.json().await.unwrap();
        (s, v["error"]["code"].as_str().map(str::to_string))
    };
    let (s, c) = code(setup("http://evil.example").await.unwrap()).await;
    assert_eq!((s, c.as_deref()), (403, Some("csrf")));

    // An administrator added from the command line ends the link.
    app.add_mediator("ana", &["pt"], &[], true).await;
    let own = app.base.clone();
    let (s, c) = code(setup(&own).await.unwrap()).await;
    assert_eq!((s, c.as_deref()), (400, Some("setup_link")));
    let (s, v) = app.console("ana").await.get("/mediators").await;
    assert_eq!((s, v["mediators"].as_array().unwrap().len()), (200, 1));
}

#[test]
fn serving_on_port_0_prints_a_setup_link_with_the_port_actually_bound() {
    use std::io::{BufRead, BufReader};
    let dir = tempfile::tempdir().unwrap();
    let mut child = crate::cli::balcao()
        .current_dir(dir.path())
        .env("BALCAO_BIND", "127.0.0.1:0")
        .env_remove("BALCAO_PUBLIC_URL")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let link = lines
        .find_map(|l| l.ok().filter(|l| l.contains("/console/#/setup/")))
        .expect("the link is printed");
    let origin = link.split("/console/").next().unwrap().to_string();
    let page = reqwest::blocking::get(format!("{origin}/console/")).map(|r| r.status());
    let _ = child.kill();
    let _ = child.wait();
    assert!(origin.starts_with("http://127.0.0.1:"), "{link}");
    assert_ne!(origin, "http://127.0.0.1:0", "{link}");
    assert_eq!(page.ok().map(|s| s.as_u16()), Some(200), "{link} opens");
}
