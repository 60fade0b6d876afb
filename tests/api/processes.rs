//! Two balcao processes (the real binary) on one PostgreSQL database and
//! one Bot API: what a visitor and mediators do through either one is live
//! on the other, a claim is won once across them, and killing the process
//! that polls Telegram (SIGKILL, no clean stop) hands polling to the other
//! with every update answered exactly once.

use std::io::Write;
use std::process::Stdio;
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::console_helpers::KioskStream;
use crate::helpers::{Served, binary as balcao, eventually, serve_binary};
use crate::telegram_server::{BotApi, TOKEN};

const KIOSK: &str = "processes-test-kiosk-token-01";
const PASSWORD: &str = "two ferries cross the Tagus at dusk 2026";
/// How soon what one process stores must be live on the other.
const LIVE_WITHIN: Duration = Duration::from_secs(5);

/// Starts a process whose Bot API calls the test server counts as `via`.
fn start(dir: &std::path::Path, database: &str, api: &BotApi, via: &str) -> Served {
    let mut command = balcao(dir, database);
    command
        .env("TELEGRAM_BOT_TOKEN", TOKEN)
        .env("TELEGRAM_API_URL", api.url_via(via));
    serve_binary(command)
}

fn add_mediator(dir: &std::path::Path, database: &str, username: &str) {
    let mut add = balcao(dir, database)
        .args([
            "mediator",
            "add",
            "--username",
            username,
            "--languages",
            "pt",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    writeln!(add.stdin.take().unwrap(), "{PASSWORD}").unwrap();
    assert!(add.wait().unwrap().success());
}

/// A mediator signed in through one process, who may send through either
/// (sessions are kept in the database).
struct Mediator {
    client: reqwest::Client,
    csrf: String,
}

impl Mediator {
    async fn sign_in(base: &str, username: &str) -> Mediator {
        let client = reqwest::Client::builder()
            .cookie_store(true)
            .timeout(Duration::from_secs(20))
            .build()
            .unwrap();
        let v: Value = client
            .post(format!("{base}/api/v1/console/login"))
            .json(&json!({ "username": username, "password": PASSWORD }))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let csrf = v["csrf"].as_str().expect("signed in").to_string();
        let m = Mediator { client, csrf };
        let (s, v) = m
            .post(base, "/presence", json!({ "available": true }))
            .await;
        assert_eq!(s, 200, "{v}");
        m
    }

    async fn post(&self, base: &str, path: &str, body: Value) -> (u16, Value) {
        let r = self
            .client
            .post(format!("{base}/api/v1/console{path}"))
            .header("x-csrf-token", &self.csrf)
            .header("origin", base)
            .json(&body)
            .send()
            .await
            .unwrap();
        let s = r.status().as_u16();
        (s, r.json().await.unwrap_or(Value::Null))
    }

    async fn events(&self, base: &str) -> KioskStream {
        let r = self
            .client
            .get(format!("{base}/api/v1/console/events"))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 200);
        KioskStream::of(r)
    }
}

async fn kiosk_chat(base: &str) -> (String, i64) {
    let v: Value = reqwest::Client::new()
        .post(format!("{base}/api/v1/kiosk/chats"))
        .header("x-kiosk-token", KIOSK)
        .json(&json!({ "lang": "pt", "topic": "health" }))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    (
        v["chat"].as_str().unwrap().to_string(),
        v["case_id"].as_i64().unwrap(),
    )
}

/// Reads a stream until `wanted`, within [`LIVE_WITHIN`].
async fn live(s: &mut KioskStream, what: &str, wanted: impl Fn(&str, &Value) -> bool) -> Value {
    tokio::time::timeout(LIVE_WITHIN, async {
        loop {
            let (event, data) = s.next().await.expect("the stream stays open");
            if wanted(&event, &data) {
                return data;
            }
        }
    })
    .await
    .unwrap_or_else(|_| panic!("not live within {LIVE_WITHIN:?}: {what}"))
}

/// Waits until every stored update is handled and every answer sent and
/// recorded as sent.
async fn settled(database: &str) {
    let pool = sqlx::PgPool::connect(database).await.unwrap();
    eventually("every update handled and every answer recorded", || async {
        let open: i64 = sqlx::query_scalar(
            "SELECT (SELECT COUNT(*) FROM telegram_inbox WHERE handled_at IS NULL) \
             + (SELECT COUNT(*) FROM outbox WHERE status = 'pending')",
        )
        .fetch_one(&pool)
        .await
        .unwrap();
        open == 0
    })
    .await;
    pool.close().await;
}

async fn telegram_state(base: &str) -> String {
    let v: Value = reqwest::get(format!("{base}/readyz"))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    v["telegram"].as_str().unwrap_or("").to_string()
}

/// Two processes on one fresh PostgreSQL database and the test Bot API,
/// with two mediators (ana, bruno); the processes' Bot API calls are told
/// apart as "a" and "b".
struct Pair {
    a: Option<Served>,
    b: Option<Served>,
    a_base: String,
    b_base: String,
    database: String,
    _dir: tempfile::TempDir,
}

async fn two_processes(api: &BotApi) -> Pair {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(
        d.join("balcao.toml"),
        format!(
            "reload_interval_secs = 0\n\n[[handoff.sites]]\nid = \"lisboa\"\nname = \"CNAI Lisboa\"\n\
             counters = [\"1\", \"2\"]\nkiosks = [{{ id = \"lobby-1\", token = \"{KIOSK}\" }}]\n"
        ),
    )
    .unwrap();
    let database = crate::postgres::fresh_database().await;
    // Migrates the database before the two processes start side by side.
    add_mediator(d, &database, "ana");
    add_mediator(d, &database, "bruno");
    let (a, b) = (start(d, &database, api, "a"), start(d, &database, api, "b"));
    Pair {
        a_base: a.base.clone(),
        b_base: b.base.clone(),
        a: Some(a),
        b: Some(b),
        database,
        _dir: dir,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_kiosk_chat_through_one_process_is_live_on_the_other_claimed_once_and_answered_across() {
    let api = BotApi::start().await;
    let pair = two_processes(&api).await;
    let (a_base, b_base) = (pair.a_base.clone(), pair.b_base.clone());
    let ana = Mediator::sign_in(&a_base, "ana").await;
    let bruno = Mediator::sign_in(&b_base, "bruno").await;

    // A kiosk chat opened through A is live in Bruno's console on B (the
    // time from the request on A to the event on B, a few times over).
    let mut brunos = bruno.events(&b_base).await;
    let mut delays = Vec::new();
    let mut opened = None;
    for _ in 0..5 {
        let asked = Instant::now();
        let (chat, case) = kiosk_chat(&a_base).await;
        live(&mut brunos, "the new case in B's console", |e, d| {
            e == "change" && d["case_id"] == case && d["kind"] == "queued"
        })
        .await;
        delays.push(asked.elapsed());
        opened = Some((chat, case));
    }
    eprintln!("opened on A, live on B after {delays:?}");
    let (chat, case) = opened.unwrap();
    let mut kiosk = KioskStream::open(&a_base, &chat).await;

    // Ana on A and Bruno on B claim it at the same moment: one wins.
    let path = format!("/cases/{case}/claim");
    let (ra, rb) = tokio::join!(
        ana.post(&a_base, &path, json!({})),
        bruno.post(&b_base, &path, json!({}))
    );
    let mut codes = [ra.0, rb.0];
    codes.sort();
    assert_eq!(codes, [200, 409], "{ra:?} {rb:?}");
    let loser = if ra.0 == 409 { &ra.1 } else { &rb.1 };
    assert_eq!(loser["error"]["code"], "taken");
    let winner = if ra.0 == 200 { &ana } else { &bruno };

    // The winner's reply sent through B reaches the kiosk stream on A.
    let sent = Instant::now();
    let (s, v) = winner
        .post(
            &b_base,
            &format!("/cases/{case}/reply"),
            json!({ "text": "Bom dia, em que posso ajudar?" }),
        )
        .await;
    assert_eq!(s, 200, "{v}");
    let reply = tokio::time::timeout(LIVE_WITHIN, async {
        loop {
            let m = kiosk.messages(1).await.remove(0);
            if m["kind"] == "reply" {
                return m;
            }
        }
    })
    .await
    .expect("the reply sent through B reaches the kiosk on A");
    eprintln!("replied on B, on A's kiosk after {:?}", sent.elapsed());
    assert_eq!(reply["text"], "Bom dia, em que posso ajudar?");
}

/// Killing the process that polls Telegram (SIGKILL) hands polling to the
/// other within seconds, and updates sent before, during and after the kill
/// are each answered exactly once.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn killing_the_polling_process_hands_the_bot_to_the_other_answering_each_update_once() {
    let api = BotApi::start().await;
    let mut pair = two_processes(&api).await;
    let (a_base, b_base) = (pair.a_base.clone(), pair.b_base.clone());
    // The bot: one process polls; killing it hands polling to the other.
    let deadline = Instant::now() + Duration::from_secs(20);
    let a_polls = loop {
        let states = (telegram_state(&a_base).await, telegram_state(&b_base).await);
        match (states.0.as_str(), states.1.as_str()) {
            ("polling", "standby") => break true,
            ("standby", "polling") => break false,
            _ => assert!(
                Instant::now() < deadline,
                "one process polls, the other stands by: {states:?}"
            ),
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    let (holder, standby_base) = if a_polls {
        (&mut pair.a, b_base.clone())
    } else {
        (&mut pair.b, a_base.clone())
    };
    // Before: answered, and recorded as such, before the kill.
    for chat in 7100..7105 {
        api.say(chat, "en", "thanks").await;
    }
    for chat in 7100..7105 {
        api.wait_for(chat, 0, "a reply before the kill", |_| true)
            .await;
    }
    settled(&pair.database).await;
    // During: on their way as the holder dies.
    for chat in 7105..7110 {
        api.say(chat, "en", "thanks").await;
    }
    drop(holder.take()); // SIGKILL
    let killed = Instant::now();
    for chat in 7110..7115 {
        api.say(chat, "en", "thanks").await;
    }
    eventually("the other process takes over", || async {
        telegram_state(&standby_base).await == "polling"
    })
    .await;
    eprintln!("killed; the other polls after {:?}", killed.elapsed());
    assert!(
        killed.elapsed() < Duration::from_secs(15),
        "taken over within seconds"
    );
    // After.
    for chat in 7115..7120 {
        api.say(chat, "en", "thanks").await;
    }
    for chat in 7100..7120 {
        api.wait_for(chat, 0, "a reply", |_| true).await;
    }
    settled(&pair.database).await;
    for chat in 7100..7120 {
        let answers = api.to(chat);
        // The one exception: an answer Telegram took in the milliseconds
        // between the send and the outbox recording it as sent goes out
        // again from the other instance. No Bot API call can be made
        // idempotent, so a kill (never a clean stop) can repeat that one
        // message; it can never lose one.
        let in_flight =
            (7105..7110).contains(&chat) && answers.len() == 2 && answers[0].at < killed;
        if in_flight {
            eprintln!("chat {chat}: answered again after the kill (in flight at the kill)");
        }
        assert!(
            answers.len() == 1 || in_flight,
            "chat {chat} answered {} times",
            answers.len()
        );
    }
    assert_eq!(api.unconfirmed(), 0, "every update confirmed to Telegram");
}
