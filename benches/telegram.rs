//! The Telegram bot end to end on loopback: the service (real SQLite file,
//! real index, teloxide long polling) against the test Bot API server.
//! Prints how many updates per second are recorded and handled (answers
//! queued), and how fast answers then go out, which Telegram's limits
//! (30 per second overall) cap by design. Run with
//! `cargo bench --bench telegram`.

mod common;
#[path = "../tests/api/telegram_server.rs"]
mod telegram_server;

use std::time::{Duration, Instant};

use balcao::config::TelegramConfig;
use balcao::handoff::settings::HandoffSettings;
use telegram_server::{BotApi, TOKEN};

const CHATS: i64 = 200;
const PER_CHAT: usize = 3;
const QUESTIONS: [&str; PER_CHAT] = ["reagrupamento familiar", "/menu", "how do I get a NIF"];

#[tokio::main]
async fn main() {
    let dir = tempfile::tempdir().unwrap();
    let api = BotApi::start().await;
    let telegram = TelegramConfig {
        token: Some(TOKEN.into()),
        api_url: Some(api.url.clone()),
        ..TelegramConfig::default()
    };
    let running = common::start(dir.path(), HandoffSettings::default(), telegram).await;
    let store = running.state.store.clone();

    let total = CHATS as usize * PER_CHAT;
    let start = Instant::now();
    for question in QUESTIONS {
        for chat in 0..CHATS {
            api.say(10_000 + chat, "pt", question).await;
        }
    }
    let pushed = start.elapsed();
    // Handled: every update recorded and marked handled with its answers
    // queued.
    loop {
        let pending = store.inbox_pending(1, 1).await.unwrap().len();
        if pending == 0 && api.unconfirmed() == 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    let handled = start.elapsed();
    let answered = |api: &BotApi| {
        (0..CHATS)
            .filter(|c| api.to(10_000 + c).len() >= PER_CHAT)
            .count()
    };
    while answered(&api) < CHATS as usize {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let delivered = start.elapsed();
    let sent = api.calls().iter().filter(|c| c.is_message()).count();
    println!("{total} updates from {CHATS} chats ({PER_CHAT} each), pushed in {pushed:?}");
    println!(
        "recorded and handled: {handled:?} → {:.0} updates/s",
        total as f64 / handled.as_secs_f64()
    );
    println!(
        "all answered: {delivered:?} → {sent} messages, {:.1} messages/s (Telegram's limit: 30/s)",
        sent as f64 / delivered.as_secs_f64()
    );
    running.shutdown().await.unwrap();
}
