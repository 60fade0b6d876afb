//! Two instances on one PostgreSQL database sharing the Telegram work: the
//! outbox drained by both (each message once, each chat's in order, never
//! two sends to one chat at once, Telegram's limits kept in total), one of
//! them dying mid-drain, and webhook updates of one chat reaching both.

use std::time::Duration;

use balcao::config::TelegramConfig;
use balcao::lang::Lang;

use crate::helpers::{Options, TestApp, eventually, free_addr, spawn_with};
use crate::instances::instance;
use crate::postgres::Backend;
use crate::telegram_bot::keeping_up::{sends, texts_to, until, within_telegrams_limits};
use crate::telegram_bot::shown;
use crate::telegram_server::{BotApi, Call, TOKEN};

/// The instances take a send's turn in the database and the server counts
/// the send when it arrives; on a loaded machine the gap between the two
/// varies by more than it does within one process (in the whole test
/// command, two sends 30 apart arrived 0.874 s apart, and a chat got 5
/// messages in 1.86 s), so the slack is twice `telegram_bot::keeping_up`'s.
const SLACK: f64 = 0.2;

/// The instances' database: these tests are about PostgreSQL's sharing.
const POSTGRES: Option<Backend> = Some(Backend::Postgres);

/// What each chat types, and the answer each gets.
const STEPS: [(&str, &str); 4] = [
    ("/start", "bot-welcome"),
    ("/language", "bot-choose-language"),
    ("/end", "bot-nothing-to-end"),
    ("/help", "bot-help"),
];

/// Each chat typed every step once; all its answers came once each, in
/// order, and no more came after a pause.
async fn each_chat_answered_once_in_order(
    api: &BotApi,
    app: &TestApp,
    chats: std::ops::Range<i64>,
) -> Vec<Call> {
    let total = chats.clone().count() * STEPS.len();
    until(api, 120, "every answer", |c| sends(c).len() >= total).await;
    // Anything sent twice would come within this.
    tokio::time::sleep(Duration::from_secs(2)).await;
    let calls = api.calls();
    let expected: Vec<String> = STEPS
        .iter()
        .map(|(_, id)| shown(app, Lang::Pt, id))
        .collect();
    for chat in chats {
        let texts = texts_to(&calls, chat);
        assert_eq!(texts, expected, "chat {chat}");
    }
    calls
}

fn sent_via(calls: &[Call], via: &str) -> usize {
    sends(calls)
        .iter()
        .filter(|c| c.via.as_deref() == Some(via))
        .count()
}

async fn type_every_step(api: &BotApi, chats: std::ops::Range<i64>) {
    for (text, _) in STEPS {
        for chat in chats.clone() {
            api.say(chat, "pt", text).await;
        }
    }
}

#[tokio::test]
async fn two_instances_drain_one_outbox_each_message_once_in_order_within_telegrams_limits_in_total()
 {
    let api = BotApi::start().await;
    // Calls that take a while, so sends overlap and a second sender to one
    // chat would be seen.
    api.set_latency(Duration::from_millis(100));
    let a = instance(&api, "a", None, POSTGRES).await;
    let b = instance(&api, "b", Some(a.config.database_url.clone()), POSTGRES).await;
    // Enough for about twelve seconds of sending at Telegram's rate: two
    // instances each keeping the limit alone would send twice as fast.
    type_every_step(&api, 40_000..40_090).await;
    // A few chats say everything twice in a row: more than their burst,
    // which neither instance may exceed by sending after the other.
    let talkers = 40_100..40_103;
    for chat in talkers.clone() {
        for _ in 0..2 {
            for (text, _) in STEPS {
                api.say(chat, "pt", text).await;
            }
        }
    }
    let total = 90 * STEPS.len() + 3 * 2 * STEPS.len();
    until(&api, 120, "every answer", |c| sends(c).len() >= total).await;

    let calls = each_chat_answered_once_in_order(&api, &a, 40_000..40_090).await;
    let twice: Vec<String> = (0..2)
        .flat_map(|_| STEPS.iter().map(|(_, id)| shown(&a, Lang::Pt, id)))
        .collect();
    for chat in talkers {
        let texts: Vec<String> = sends(&calls)
            .iter()
            .filter(|c| c.chat() == Some(chat))
            .map(|c| c.text().to_string())
            .collect();
        assert_eq!(texts, twice, "chat {chat}");
    }
    assert_eq!(sends(&calls).len(), total, "no message sent twice");
    // Both drained: this is not one instance doing all the work.
    assert!(
        sent_via(&calls, "a") > 10,
        "{} via a",
        sent_via(&calls, "a")
    );
    assert!(
        sent_via(&calls, "b") > 10,
        "{} via b",
        sent_via(&calls, "b")
    );
    assert!(
        api.chat_overlaps().is_empty(),
        "chats with two sends at once: {:?}",
        api.chat_overlaps()
    );
    within_telegrams_limits(&calls, SLACK);
    drop(b);
}

/// Outbox rows marked sent, read from the database itself.
async fn marked_sent(database: &str) -> i64 {
    let pool = sqlx::PgPool::connect(database).await.unwrap();
    let n = sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE status = 'sent'")
        .fetch_one(&pool)
        .await
        .unwrap();
    pool.close().await;
    n
}

#[tokio::test]
async fn an_instance_that_dies_mid_drain_leaves_no_message_lost_or_sent_twice() {
    let api = BotApi::start().await;
    api.set_latency(Duration::from_millis(50));
    let mut a = instance(&api, "a", None, POSTGRES).await;
    let database = a.config.database_url.clone();
    let b = instance(&api, "b", Some(database.clone()), POSTGRES).await;
    type_every_step(&api, 41_000..41_060).await;
    until(&api, 60, "both instances sending", |c| {
        sent_via(c, "a") >= 5 && sent_via(c, "b") >= 5
    })
    .await;

    // Telegram stops answering both, with sends of each under way. Once
    // everything it answered is marked, the first instance dies with its
    // held sends unanswered (Telegram never took them) and its claims on
    // visitors and chats held.
    api.hold_via("a");
    api.hold_via("b");
    eventually("a send of the first instance under way", || async {
        api.in_flight_via("a") > 0
    })
    .await;
    eventually("every answered send marked", || async {
        marked_sent(&database).await == sends(&api.calls()).len() as i64
    })
    .await;
    let before = sends(&api.calls()).len();
    a.running.take().unwrap().abort();
    api.release_via("b");

    // The other sends the rest, the dead instance's visitors too once its
    // claims lapse: every answer once, in order.
    let calls = each_chat_answered_once_in_order(&api, &b, 41_000..41_060).await;
    assert!(
        sends(&calls).len() > before,
        "the surviving instance sent the rest"
    );
    assert!(api.chat_overlaps().is_empty());
    // Not checked here: Telegram's limits. The server held the sends and
    // let them go together, so their arrival times say nothing of the
    // pacing (the test above checks it).
}

/// A webhook instance on PostgreSQL listening at `addr`.
async fn webhook_instance(
    api: &BotApi,
    via: &str,
    addr: std::net::SocketAddr,
    database: Option<String>,
) -> TestApp {
    spawn_with(Options {
        bind: Some(addr),
        telegram: TelegramConfig {
            token: Some(TOKEN.into()),
            api_url: Some(api.url_via(via)),
            webhook_url: Some(format!("http://{addr}")),
            ..TelegramConfig::default()
        },
        backend: Some(Backend::Postgres),
        database_url: database,
        ..Options::default()
    })
    .await
}

#[tokio::test]
async fn webhook_updates_of_one_chat_reaching_two_instances_in_turn_are_answered_once_in_order() {
    let api = BotApi::start().await;
    // Answering a button press takes a while: long enough for the other
    // instance to receive the chat's next update meanwhile.
    api.set_latency(Duration::from_millis(150));
    let (at_a, at_b) = (free_addr(), free_addr());
    let a = webhook_instance(&api, "a", at_a, None).await;
    let b = webhook_instance(&api, "b", at_b, Some(a.config.database_url.clone())).await;
    eventually("webhook registered", || async { api.webhook().is_some() }).await;
    api.alternate_webhooks(vec![
        format!("http://{at_a}/telegram/webhook"),
        format!("http://{at_b}/telegram/webhook"),
    ]);

    // Each chat: a button press, a command, a press, a command; each
    // update goes to the other instance than the one before.
    let chats = 42_000..42_008;
    let mut queries = Vec::new();
    for round in 0..2 {
        for chat in chats.clone() {
            queries.push(api.press_query(chat, "pt", 1, "menu").await.1);
        }
        for chat in chats.clone() {
            let text = if round == 0 { "/help" } else { "/end" };
            api.say(chat, "pt", text).await;
        }
    }

    let total = chats.clone().count() * 4;
    until(&api, 60, "every answer", |c| sends(c).len() >= total).await;
    tokio::time::sleep(Duration::from_secs(2)).await;
    let calls = api.calls();
    let (help, end) = (
        shown(&a, Lang::Pt, "bot-help"),
        shown(&a, Lang::Pt, "bot-nothing-to-end"),
    );
    for chat in chats {
        let texts = texts_to(&calls, chat);
        assert_eq!(texts.len(), 4, "chat {chat}: {texts:?}");
        assert_eq!(texts[1], help, "chat {chat}");
        assert_eq!(texts[3], end, "chat {chat}");
        assert_eq!(texts[0], texts[2], "chat {chat}: the menu both times");
    }
    for q in &queries {
        assert_eq!(api.answers_to(q).len(), 1, "press {q} answered once");
    }
    // Both instances took part.
    for via in ["a", "b"] {
        assert!(
            calls.iter().any(|c| c.via.as_deref() == Some(via)),
            "nothing via {via}"
        );
    }
    drop(b);
}
