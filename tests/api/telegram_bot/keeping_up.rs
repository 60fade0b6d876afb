//! Many chats at once: each chat handled and answered in order, chats side
//! by side, and the sends within Telegram's limits as the Bot API server
//! records them.

use std::time::{Duration, Instant};

use balcao::lang::Lang;

use super::{shown, spawn_bot};
use crate::helpers::{Options, eventually};
use crate::telegram_server::{BotApi, Call};

/// Telegram's limits as the bot is meant to keep them.
const PER_SECOND: usize = 30;
const CHAT_BURST: f64 = 3.0;
/// The bot counts a send when it leaves and the server when it arrives:
/// on a loaded machine (tests run side by side on few cores) the two are
/// apart by however long the threads wait to run, which the bot's own
/// margin does not always cover. Without any limit, or with one per
/// calendar second, twice as many sends fit in a second.
const SLACK: f64 = 0.1;

/// Waits until `done` holds for the calls recorded, or fails after
/// `secs`.
pub(crate) async fn until(
    api: &BotApi,
    secs: u64,
    what: &str,
    done: impl Fn(&[Call]) -> bool,
) -> Vec<Call> {
    let deadline = Instant::now() + Duration::from_secs(secs);
    loop {
        let calls = api.calls();
        if done(&calls) {
            return calls;
        }
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

pub(crate) fn sends(calls: &[Call]) -> Vec<&Call> {
    calls.iter().filter(|c| c.is_message()).collect()
}

#[tokio::test]
async fn five_hundred_chats_are_answered_once_each_in_order_and_within_telegrams_limits() {
    let api = BotApi::start().await;
    let app = spawn_bot(&api, Options::default()).await;
    // Three chats say eight things in a row; five hundred others one.
    let steps = [
        ("/start", "bot-welcome"),
        ("/language", "bot-choose-language"),
        ("/end", "bot-nothing-to-end"),
        ("/help", "bot-help"),
    ];
    let talkers = [7001, 7002, 7003];
    for round in 0..2 {
        for chat in talkers {
            for (text, _) in steps {
                api.say(chat, "pt", text).await;
            }
        }
        if round == 0 {
            for chat in 0..500 {
                api.say(20_000 + chat, "pt", "/help").await;
            }
        }
    }
    let total = 500 + talkers.len() * steps.len() * 2;
    let calls = until(&api, 180, "every answer", |c| sends(c).len() >= total).await;
    // Nothing more comes (no answer twice).
    let sent = sends(&calls);
    assert_eq!(sent.len(), total);
    let help = shown(&app, Lang::Pt, "bot-help");
    for chat in 0..500 {
        let got: Vec<&&Call> = sent
            .iter()
            .filter(|c| c.chat() == Some(20_000 + chat))
            .collect();
        assert_eq!(got.len(), 1, "chat {chat}");
        assert_eq!(got[0].text(), help);
    }

    within_telegrams_limits(&calls, SLACK);

    // Each talker: its answers in the order it asked.
    let expected: Vec<String> = (0..2)
        .flat_map(|_| steps.iter().map(|(_, id)| shown(&app, Lang::Pt, id)))
        .collect();
    for chat in talkers {
        assert_eq!(texts_to(&calls, chat), expected, "chat {chat}");
    }
}

/// The texts sent to `chat`, in the order they arrived.
pub(crate) fn texts_to(calls: &[Call], chat: i64) -> Vec<&str> {
    sends(calls)
        .into_iter()
        .filter(|c| c.chat() == Some(chat))
        .map(|c| c.text())
        .collect()
}

/// No one-second window with more than thirty sends, all chats (and all
/// instances) together; no chat over its burst and then one a second.
/// `slack` is how far apart sending and arriving may be (see [`SLACK`]).
pub(crate) fn within_telegrams_limits(calls: &[Call], slack: f64) {
    let sent = sends(calls);
    let mut at: Vec<Instant> = sent.iter().map(|c| c.at).collect();
    at.sort();
    for (i, (first, last)) in at.iter().zip(at.iter().skip(PER_SECOND)).enumerate() {
        assert!(
            (*last - *first).as_secs_f64() >= 1.0 - slack,
            "sends {i} to {} within {:?}",
            i + PER_SECOND,
            *last - *first
        );
    }
    let mut chats: Vec<i64> = sent.iter().filter_map(|c| c.chat()).collect();
    chats.sort();
    chats.dedup();
    for chat in chats {
        let mine: Vec<&&Call> = sent.iter().filter(|c| c.chat() == Some(chat)).collect();
        for i in 0..mine.len() {
            for j in i + 1..mine.len() {
                let secs = (mine[j].at - mine[i].at).as_secs_f64();
                let n = (j - i + 1) as f64;
                assert!(
                    n <= CHAT_BURST + secs + slack,
                    "chat {chat}: {n} messages in {secs:.2} s"
                );
            }
        }
    }
}

#[tokio::test]
async fn a_chat_waiting_on_telegram_holds_up_no_other_chat() {
    let api = BotApi::start().await;
    let app = spawn_bot(&api, Options::default()).await;
    // Chat 7101's button press waits for Telegram to take its answer.
    api.hold_calls("answerCallbackQuery");
    api.press(7101, "pt", 1, "menu").await;
    eventually("the press being handled", || async {
        api.in_flight("answerCallbackQuery") == 1
    })
    .await;
    // Meanwhile another chat is answered, update after update.
    api.say(7102, "pt", "/help").await;
    let (i, _) = api
        .wait_text(7102, 0, &shown(&app, Lang::Pt, "bot-help"))
        .await;
    api.say(7102, "pt", "/end").await;
    api.wait_text(7102, i + 1, &shown(&app, Lang::Pt, "bot-nothing-to-end"))
        .await;
    assert_eq!(api.in_flight("answerCallbackQuery"), 1);
    assert!(api.to(7101).is_empty());
    // Telegram answers: the first chat gets its menu.
    api.release_calls("answerCallbackQuery");
    api.wait_for(7101, 0, "the menu", |c| !c.buttons().is_empty())
        .await;
}

#[tokio::test]
async fn with_a_slow_bot_api_answers_to_many_chats_go_out_side_by_side() {
    let api = BotApi::start().await;
    api.set_latency(Duration::from_millis(100));
    let app = spawn_bot(&api, Options::default()).await;
    for chat in 0..60 {
        api.press(30_000 + chat, "pt", 1, "menu").await;
    }
    let calls = until(&api, 120, "every menu", |c| sends(c).len() >= 60).await;
    for chat in 0..60 {
        assert_eq!(
            sends(&calls)
                .iter()
                .filter(|c| c.chat() == Some(30_000 + chat))
                .count(),
            1
        );
    }
    // Button presses answered, and menus sent, several at once: one call
    // at a time would cap delivery at ten a second.
    assert!(api.most_in_flight("answerCallbackQuery") > 1);
    let most_sends = api
        .most_in_flight("editMessageText")
        .max(api.most_in_flight("sendMessage"));
    assert!(most_sends > 1, "{most_sends} send at a time");
    drop(app);
}
