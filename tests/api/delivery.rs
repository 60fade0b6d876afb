//! What mediators send reaches the visitor, visibly: files both ways, and
//! each reply's real delivery state in the console (Telegram refusing one,
//! a visitor who blocked the bot).

use serde_json::{Value, json};

use crate::console_helpers::Console;
use crate::helpers::{Options, TestApp, eventually};
use crate::telegram_bot::spawn_bot;
use crate::telegram_server::BotApi;

/// A 1×1 PNG: real image bytes.
pub const PNG: &[u8] = &[
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
    0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4,
    0x89, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0xf8, 0xcf, 0xc0, 0xf0,
    0x1f, 0x00, 0x05, 0x00, 0x01, 0xff, 0x89, 0x99, 0x3d, 0x1d, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45,
    0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
];

/// A Telegram user who asked for a person, their case taken by `m`.
pub async fn claimed_telegram_case(api: &BotApi, m: &Console, chat: i64, lang: &str) -> i64 {
    api.say(chat, lang, "/mediator").await;
    eventually("case in the queue", || async {
        !m.waiting().await.is_empty()
    })
    .await;
    let case = m.waiting().await[0];
    let (s, v) = m.post(&format!("/cases/{case}/claim"), json!({})).await;
    assert_eq!(s, 200, "{v}");
    case
}

impl Console {
    /// Sends a file to the visitor as the console does: the bytes as the
    /// body, the name in the query.
    pub async fn send_file(&self, case: i64, name: &str, mime: &str, bytes: &[u8]) -> (u16, Value) {
        let r = self
            .client
            .post(format!("{}/api/v1/console/cases/{case}/file", self.base))
            .query(&[("name", name), ("caption", "")])
            .header("x-csrf-token", &self.csrf)
            .header("content-type", mime)
            .body(bytes.to_vec())
            .send()
            .await
            .unwrap();
        let s = r.status().as_u16();
        (s, r.json().await.unwrap_or(Value::Null))
    }
}

async fn view(m: &Console, case: i64) -> Value {
    let (s, v) = m.get(&format!("/cases/{case}")).await;
    assert_eq!(s, 200, "{v}");
    v
}

/// The delivery state the console shows for a transcript message.
async fn state_of(m: &Console, case: i64, message_id: i64) -> Value {
    view(m, case).await["delivery"]["messages"][message_id.to_string()].clone()
}

fn sent_id(v: &Value) -> i64 {
    v["messages"][0]["id"].as_i64().expect("a stored message")
}

async fn wait_state(m: &Console, case: i64, id: i64, state: &str) -> Value {
    eventually(&format!("message {id} {state}"), || async {
        state_of(m, case, id).await["state"] == state
    })
    .await;
    state_of(m, case, id).await
}

#[tokio::test]
async fn a_mediator_sends_a_photo_and_a_document_that_arrive_on_telegram_as_uploads() {
    let api = BotApi::start().await;
    let app: TestApp = spawn_bot(&api, Options::default()).await;
    let m = app.available("nadia", &["en", "be"], &[]).await;
    let chat = 6101;
    let case = claimed_telegram_case(&api, &m, chat, "be").await;

    let (s, photo) = m.send_file(case, "мапа.png", "image/png", PNG).await;
    assert_eq!(s, 200, "{photo}");
    let pdf = b"%PDF-1.4 declaration";
    let (s, doc) = m
        .send_file(case, "даведка.pdf", "application/pdf", pdf)
        .await;
    assert_eq!(s, 200, "{doc}");

    eventually("both uploaded", || async { api.files_to(chat).len() == 2 }).await;
    let files = api.files_to(chat);
    assert_eq!(files[0].method, "sendphoto");
    assert_eq!(
        files[0].upload().unwrap(),
        ("мапа.png".to_string(), PNG.to_vec())
    );
    assert_eq!(files[1].method, "senddocument");
    assert_eq!(
        files[1].upload().unwrap(),
        ("даведка.pdf".to_string(), pdf.to_vec())
    );
    // The console shows both as delivered, and keeps the files like the
    // visitor's (downloadable by the mediator).
    for sent in [&photo, &doc] {
        wait_state(&m, case, sent_id(sent), "delivered").await;
    }
    let file = photo["messages"][0]["file_id"].as_i64().unwrap();
    let r = m
        .client
        .get(format!("{}/api/v1/console/files/{file}", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(r.bytes().await.unwrap().as_ref(), PNG);

    // A page passed off as an image, an empty file and one over the limit
    // are refused with the reason.
    let (s, v) = m
        .send_file(
            case,
            "x.png",
            "image/png",
            b"<html><script>alert(1)</script>",
        )
        .await;
    assert_eq!((s, v["error"]["code"].as_str()), (400, Some("bad_file")));
    let (s, v) = m.send_file(case, "x.pdf", "application/pdf", b"").await;
    assert_eq!((s, v["error"]["code"].as_str()), (400, Some("bad_file")));
    let big = vec![b'a'; 10 * 1024 * 1024 + 1];
    let (s, v) = m.send_file(case, "big.pdf", "application/pdf", &big).await;
    assert_eq!(
        (s, v["error"]["code"].as_str()),
        (400, Some("file_too_large"))
    );
    assert!(v["error"]["message"].as_str().unwrap().contains("10"));
    assert_eq!(api.files_to(chat).len(), 2, "nothing refused was sent");
}

#[tokio::test]
async fn replies_telegram_refuses_show_as_failed_and_a_visitor_who_blocked_the_bot_is_shown() {
    let api = BotApi::start().await;
    let app = spawn_bot(&api, Options::default()).await;
    let m = app.available("olena", &["en", "uk"], &[]).await;
    let chat = 6102;
    let case = claimed_telegram_case(&api, &m, chat, "uk").await;

    // Longer than Telegram takes once emoji count double: refused before
    // sending, with the reason, instead of being lost.
    let emoji = "🙂".repeat(2100);
    let (s, v) = m
        .post(&format!("/cases/{case}/reply"), json!({ "text": emoji }))
        .await;
    assert_eq!(
        (s, v["error"]["code"].as_str()),
        (400, Some("reply_too_long"))
    );
    assert!(v["error"]["message"].as_str().unwrap().contains("4000"));
    // Long in HTML but not as shown: it goes.
    let amps = "&".repeat(3000);
    let (_, v) = m
        .post(&format!("/cases/{case}/reply"), json!({ "text": amps }))
        .await;
    wait_state(&m, case, sent_id(&v), "delivered").await;

    // Telegram refuses one reply: the console says so and why; the next
    // one still goes.
    api.fail(
        "sendMessage",
        1,
        400,
        json!({ "ok": false, "error_code": 400, "description": "Bad Request: message is too long" }),
    );
    let (_, refused) = m
        .post(
            &format!("/cases/{case}/reply"),
            json!({ "text": "Перша відповідь" }),
        )
        .await;
    let st = wait_state(&m, case, sent_id(&refused), "failed").await;
    assert_eq!(st["failure"], "too_long");
    let (_, next) = m
        .post(
            &format!("/cases/{case}/reply"),
            json!({ "text": "Друга відповідь" }),
        )
        .await;
    wait_state(&m, case, sent_id(&next), "delivered").await;
    assert_eq!(view(&m, case).await["delivery"]["visitor_blocked"], false);

    // The visitor blocks the bot: that reply failed because of it, the
    // mediator is told, and what follows is held, not shown as sent.
    api.block(chat);
    let (_, blocked) = m
        .post(
            &format!("/cases/{case}/reply"),
            json!({ "text": "Ви тут?" }),
        )
        .await;
    let st = wait_state(&m, case, sent_id(&blocked), "failed").await;
    assert_eq!(st["failure"], "blocked");
    assert_eq!(view(&m, case).await["delivery"]["visitor_blocked"], true);
    let (_, held) = m
        .post(
            &format!("/cases/{case}/reply"),
            json!({ "text": "Напишіть нам" }),
        )
        .await;
    assert_eq!(state_of(&m, case, sent_id(&held)).await["state"], "held");
}

crate::postgres::on_postgres_too!(
    a_mediator_sends_a_photo_and_a_document_that_arrive_on_telegram_as_uploads,
    replies_telegram_refuses_show_as_failed_and_a_visitor_who_blocked_the_bot_is_shown,
);
