//! The Telegram update handler: any update JSON posted to the webhook is
//! stored (200) or refused as not an update (400), every stored one is
//! handled or set aside, nothing panics, and the bot still answers.

use std::sync::atomic::{AtomicI64, Ordering};
use std::time::Duration;

use balcao::config::TelegramConfig;
use proptest::prelude::*;
use serde_json::{Value, json};

use super::{check, human_text, lang_param, panics_on};
use crate::helpers::{Options, eventually};
use crate::telegram_bot::spawn_bot;
use crate::telegram_server::BotApi;

const THREADS: &str = "fuzz-telegram";
/// Fuzzed updates come from a few chats, so the dialogue's state carries
/// from one update to the next as it does for a real user.
const FIRST_CHAT: i64 = 9_100_000;

fn user(chat: i64, lang: String) -> Value {
    json!({ "id": chat, "is_bot": false, "first_name": "Fuzz", "language_code": lang })
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => human_text(),
        2 => prop::sample::select(vec![
            "/start", "/menu", "/mediator", "/end", "/privacy", "/forget", "/help",
            "obrigado", "quero falar com uma pessoa", "хочу поговорити з людиною",
        ])
        .prop_map(str::to_string),
        1 => (prop::sample::select(vec!["/start ", "/start@balcao_bot ", "/"]), "\\PC{0,40}")
            .prop_map(|(c, p)| format!("{c}{p}")),
    ]
}

fn button() -> impl Strategy<Value = String> {
    prop_oneof![
        (
            prop::sample::select(vec![
                "lang", "menu", "back", "cat", "art", "asked", "fb", "person", "leave", "cancel",
                "rate", "forget",
            ]),
            prop_oneof![
                "\\PC{0,20}",
                "-?[0-9]{1,20}(:-?[0-9]{1,20})?",
                Just("emergency-and-sns24:1".to_string()),
                Just("nif-tax-number:uk".to_string()),
                Just("yes".to_string()),
                Just("health".to_string()),
            ],
        )
            .prop_map(|(v, r)| format!("{v}:{r}")),
        any::<String>(),
    ]
}

fn message(chat: i64, lang: String, kind: String) -> Value {
    json!({
        "message_id": 1,
        "date": 1_795_000_000,
        "chat": { "id": chat, "type": kind, "first_name": "Fuzz" },
        "from": user(chat, lang),
    })
}

/// An update as Telegram might send it, with any field bent, or any JSON.
fn update() -> impl Strategy<Value = Value> {
    let chat = (0..12i64).prop_map(|c| FIRST_CHAT + c);
    let kind = prop_oneof![
        8 => Just("private".to_string()),
        1 => prop::sample::select(vec!["group", "supergroup", "channel"]).prop_map(str::to_string),
    ];
    let entity = (
        prop::sample::select(vec!["bot_command", "bold", "url", "mention", "text_link"]),
        -2..60i64,
        -2..60i64,
    )
        .prop_map(|(t, o, l)| json!({ "type": t, "offset": o, "length": l, "url": "https://x" }));
    let text_message = (
        chat.clone(),
        lang_param(),
        kind.clone(),
        text(),
        prop::collection::vec(entity, 0..3),
    )
        .prop_map(|(c, l, k, t, e)| {
            let mut m = message(c, l, k);
            m["text"] = json!(t);
            if !e.is_empty() {
                m["entities"] = json!(e);
            }
            json!({ "message": m })
        });
    let file_message = (chat.clone(), lang_param(), human_text(), any::<bool>(), -1..30_000_000i64)
        .prop_map(|(c, l, caption, photo, size)| {
            let mut m = message(c, l, "private".into());
            m["caption"] = json!(caption);
            if photo {
                m["photo"] = json!([{ "file_id": "nope", "file_unique_id": "u", "width": 1, "height": 1, "file_size": size }]);
            } else {
                m["document"] = json!({ "file_id": "nope", "file_unique_id": "u", "file_name": "../../x.pdf", "mime_type": "application/pdf", "file_size": size });
            }
            json!({ "message": m })
        });
    let press = (chat.clone(), lang_param(), button(), any::<bool>()).prop_map(|(c, l, data, with_message)| {
        let mut q = json!({ "id": "q1", "from": user(c, l.clone()), "chat_instance": "ci", "data": data });
        if with_message {
            q["message"] = message(c, l, "private".into());
        }
        json!({ "callback_query": q })
    });
    let other = prop_oneof![
        Just(
            json!({ "edited_message": { "message_id": 1, "date": 0, "chat": { "id": FIRST_CHAT, "type": "private" }, "text": "x" } })
        ),
        Just(
            json!({ "message": { "message_id": 1, "date": 0, "chat": { "id": FIRST_CHAT, "type": "private" } } })
        ),
        Just(json!({ "message": 5 })),
        Just(json!({ "poll": {} })),
        Just(json!({})),
    ];
    let shaped = prop_oneof![4 => text_message, 1 => file_message, 3 => press, 1 => other];
    prop_oneof![
        20 => shaped.prop_map(Some),
        // Not an update at all.
        1 => Just(None),
    ]
    .prop_map(|u| u.unwrap_or(json!(["not", "an", "update"])))
}

/// Update ids as Telegram numbers them: each new, so none is dropped as a
/// repeat.
static NEXT_ID: AtomicI64 = AtomicI64::new(800_000_000);

#[test]
fn any_update_is_stored_or_refused_and_the_bot_keeps_answering() {
    let panics = panics_on(THREADS);
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .thread_name(THREADS)
        .enable_all()
        .build()
        .unwrap();
    let api = rt.block_on(BotApi::start());
    let addr = crate::helpers::free_addr();
    let app = rt.block_on(spawn_bot(
        &api,
        Options {
            bind: Some(addr),
            telegram: TelegramConfig {
                webhook_url: Some(format!("http://{addr}")),
                ..TelegramConfig::default()
            },
            ..Options::default()
        },
    ));
    rt.block_on(eventually("webhook registered", || async {
        api.webhook().is_some()
    }));
    let (url, secret) = api.webhook().unwrap();
    let client = reqwest::Client::new();
    check(
        "telegram",
        prop::collection::vec(update(), 1..4),
        |updates| {
            for mut u in updates {
                let is_update = u.is_object();
                if is_update {
                    u["update_id"] = json!(NEXT_ID.fetch_add(1, Ordering::Relaxed));
                }
                let r = rt
                    .block_on(
                        client
                            .post(&url)
                            .header("X-Telegram-Bot-Api-Secret-Token", &secret)
                            .json(&u)
                            .send(),
                    )
                    .map_err(|e| TestCaseError::fail(format!("no answer (a panic?): {e}")))?;
                let status = r.status().as_u16();
                prop_assert!(
                    status == 200 || (status == 400 && !is_update),
                    "{status} for {u}"
                );
            }
            prop_assert_eq!(panics.load(Ordering::SeqCst), 0, "a service task panicked");
            Ok(())
        },
    );
    // Every stored update is handled or set aside: none stays stuck.
    let store = app.running().state.store.clone();
    rt.block_on(async {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(60);
        loop {
            let pending = store.inbox_pending(10, 200).await.unwrap();
            if pending.is_empty() {
                break;
            }
            assert!(
                tokio::time::Instant::now() < deadline,
                "updates still pending: {:?}",
                pending.iter().map(|p| &p.body).collect::<Vec<_>>()
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    });
    assert_eq!(panics.load(Ordering::SeqCst), 0, "a service task panicked");
    // And a new user is still greeted.
    let chat = FIRST_CHAT - 1;
    rt.block_on(api.say(chat, "pt", "/start"));
    rt.block_on(api.wait_for(chat, 0, "welcome", |c| c.is_message()));
    drop(app);
}
