//! The Telegram bot end to end on loopback: the service (real SQLite file,
//! real index, teloxide long polling) against the test Bot API server, with
//! the mix of a busy day: 2,000 updates from 500 chats, 60% free-text
//! questions, 30% button presses of the bot's menus, 10% messages inside a
//! hand-off a mediator has claimed.
//!
//! Prints how many updates per second are handled (answers queued), first
//! with an instant Bot API and then with one that takes 100 ms per call;
//! for the latter, how fast answers then go out and the most sends seen in
//! any one second. Targets: at least 1,000 updates/s handled, at least 28
//! messages/s sustained with 100 ms latency, no one-second window over 30
//! (Telegram's limit). Run with `cargo bench --bench telegram`.

mod common;
#[path = "../tests/api/telegram_server.rs"]
mod telegram_server;

use std::time::{Duration, Instant};

use balcao::config::TelegramConfig;
use balcao::handoff::accounts::NewAccount;
use balcao::handoff::settings::HandoffSettings;
use balcao::server::Running;
use serde_json::{Value, json};
use telegram_server::{BotApi, TOKEN};

const CHATS: i64 = 500;
const PER_CHAT: i64 = 4;
/// Chats talking to a mediator: 10% of the chats, so of the updates.
const IN_HANDOFF: i64 = CHATS / 10;
const FIRST_CHAT: i64 = 10_000;
const PASSWORD: &str = "a long enough password";

#[tokio::main]
async fn main() {
    // RUST_LOG=sqlx::query=debug shows each statement with its time, to
    // find where handling goes.
    if let Ok(filter) = std::env::var("RUST_LOG") {
        tracing_subscriber::fmt().with_env_filter(filter).init();
    }
    // Each figure is printed as soon as it is known.
    run(Duration::ZERO, false).await;
    run(Duration::from_millis(100), true).await;
}

struct Figures {
    sends: usize,
    sending: Duration,
    delivered: Duration,
    most_in_a_second: usize,
}

async fn run(latency: Duration, deliver: bool) -> Figures {
    let dir = tempfile::tempdir().unwrap();
    let api = BotApi::start().await;
    let telegram = TelegramConfig {
        token: Some(TOKEN.into()),
        api_url: Some(api.url.clone()),
        ..TelegramConfig::default()
    };
    let running = common::start(dir.path(), HandoffSettings::default(), telegram).await;
    let store = running.state.store.clone();
    hand_offs(&running, &api).await;
    drained(&running).await;
    let before = api.calls().len();
    api.set_latency(latency);

    let questions = common::questions::realistic();
    let content = running.state.content.current();
    let articles: Vec<String> = content
        .knowledge
        .articles
        .iter()
        .map(|a| a.id.clone())
        .collect();
    let categories: Vec<String> = content
        .knowledge
        .categories
        .iter()
        .map(|c| c.id.clone())
        .collect();
    drop(content);
    let press = |n: usize| match n % 3 {
        0 => "menu".to_string(),
        1 => format!("cat:{}", categories[n % categories.len()]),
        _ => format!("art:{}", articles[n % articles.len()]),
    };
    let start = Instant::now();
    let mut updates = 0;
    let (mut asked, mut pressed) = (0, 0);
    for round in 0..PER_CHAT {
        for chat in 0..CHATS {
            let id = FIRST_CHAT + chat;
            let (lang, _) = &questions[chat as usize % questions.len()];
            let lang = lang.code();
            if chat < IN_HANDOFF {
                api.say(id, lang, &format!("Envio os documentos amanhã ({round})"))
                    .await;
            } else if (chat * PER_CHAT + round) % 3 == 2 {
                // A button of the bot's last message, or of a fresh one.
                api.press(id, lang, 1, &press(pressed)).await;
                pressed += 1;
            } else {
                let (_, text) = &questions[(chat as usize * 7 + asked) % questions.len()];
                api.say(id, lang, text).await;
                asked += 1;
            }
            updates += 1;
        }
    }
    // Handled: every update recorded and marked handled with its answers
    // queued. Looked at every 25 ms (the figure is that much late at
    // most): the look reads every unhandled update, and more often it took
    // a third of a core from the service measured.
    loop {
        let pending = store.inbox_pending(1, 1).await.unwrap().len();
        if pending == 0 && api.unconfirmed() == 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    let handled = start.elapsed();
    println!(
        "{} ms Bot API: {updates} updates ({asked} questions, {pressed} button presses, {} in hand-offs) from {CHATS} chats handled in {handled:.2?} → {:.0} updates/s",
        latency.as_millis(),
        updates - asked - pressed,
        updates as f64 / handled.as_secs_f64()
    );
    let mut figures = Figures {
        sends: 0,
        sending: Duration::ZERO,
        delivered: Duration::ZERO,
        most_in_a_second: 0,
    };
    if deliver {
        // A bot that sends one message at a time would take minutes: its
        // rate is measured over the first two.
        if !drained_within(&running, Duration::from_secs(120)).await {
            println!("(not all answered after 120 s: the rate is of those sent)");
        }
        figures.delivered = start.elapsed();
        let calls = api.calls();
        let mut at: Vec<Instant> = calls
            .iter()
            .filter(|c| c.is_message())
            .map(|c| c.at)
            .collect();
        at.sort();
        figures.most_in_a_second = most_in_a_second(&at);
        let after: Vec<Instant> = calls[before..]
            .iter()
            .filter(|c| c.is_message())
            .map(|c| c.at)
            .collect();
        figures.sends = after.len();
        figures.sending = *after.iter().max().unwrap() - *after.iter().min().unwrap();
        println!(
            "{} ms Bot API: {} messages sent in {:.2?} from the first to the last → {:.1} messages/s sustained; {:.2?} from the first update to the last answer",
            latency.as_millis(),
            figures.sends,
            figures.sending,
            (figures.sends - 1) as f64 / figures.sending.as_secs_f64(),
            figures.delivered
        );
        println!(
            "most sends in any one second: {} (Telegram's limit: 30)",
            figures.most_in_a_second
        );
    }
    // The service stops within seconds, or the bench says it did not.
    if tokio::time::timeout(Duration::from_secs(30), running.shutdown())
        .await
        .is_err()
    {
        println!("(the service did not stop within 30 s)");
    }
    figures
}

/// The most sends within any one second.
fn most_in_a_second(sorted: &[Instant]) -> usize {
    let mut most = 0;
    let mut first = 0;
    for (last, t) in sorted.iter().enumerate() {
        while *t - sorted[first] >= Duration::from_secs(1) {
            first += 1;
        }
        most = most.max(last - first + 1);
    }
    most
}

/// Waits until nothing is left in the outbox.
async fn drained(running: &Running) {
    assert!(drained_within(running, Duration::from_secs(300)).await);
}

/// Whether the outbox emptied within `time`.
async fn drained_within(running: &Running, time: Duration) -> bool {
    let store = &running.state.store;
    let deadline = Instant::now() + time;
    while store.next_outgoing_due().await.unwrap().is_some() {
        if Instant::now() > deadline {
            return false;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    true
}

/// The first tenth of the chats ask for a person, and a mediator who
/// speaks every language takes them all.
async fn hand_offs(running: &Running, api: &BotApi) {
    let cats: Vec<String> = running
        .state
        .content
        .current()
        .knowledge
        .categories
        .iter()
        .map(|c| c.id.clone())
        .collect();
    let cats: Vec<&str> = cats.iter().map(String::as_str).collect();
    let account = NewAccount {
        username: "mediadora".into(),
        name: "Bench Mediator".into(),
        password: PASSWORD.into(),
        languages: balcao::lang::Lang::ALL
            .iter()
            .map(|l| l.code().to_string())
            .collect(),
        topics: Vec::new(),
        services: Vec::new(),
        admin: false,
        ui_lang: None,
    };
    let new = account
        .validate(&cats, &HandoffSettings::default())
        .unwrap();
    running.state.store.create_mediator(&new).await.unwrap();
    let base = format!("http://{}", running.addr);
    let client = reqwest::Client::builder()
        .cookie_store(true)
        .build()
        .unwrap();
    let login: Value = client
        .post(format!("{base}/api/v1/console/login"))
        .json(&json!({ "username": "mediadora", "password": PASSWORD }))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let csrf = login["csrf"].as_str().unwrap().to_string();
    let post = |path: String| {
        client
            .post(format!("{base}/api/v1/console{path}"))
            .header("x-csrf-token", &csrf)
            .json(&json!({ "available": true }))
            .send()
    };
    assert!(
        post("/presence".into())
            .await
            .unwrap()
            .status()
            .is_success()
    );
    for chat in 0..IN_HANDOFF {
        api.say(FIRST_CHAT + chat, "pt", "/mediator").await;
    }
    let deadline = Instant::now() + Duration::from_secs(120);
    let waiting = loop {
        let q: Value = client
            .get(format!("{base}/api/v1/console/queue"))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let ids: Vec<i64> = q["waiting"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["id"].as_i64().unwrap())
            .collect();
        if ids.len() as i64 >= IN_HANDOFF {
            break ids;
        }
        assert!(Instant::now() < deadline, "{} cases waiting", ids.len());
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    for case in waiting {
        let r = post(format!("/cases/{case}/claim")).await.unwrap();
        assert!(r.status().is_success(), "claim of case {case}");
    }
}
