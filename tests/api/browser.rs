//! Real-browser tests: headless Chromium driven by Playwright (Node), run
//! from here against the real server. The README's test command installs
//! Chromium and the Node packages first.

use std::io::{BufRead, BufReader, Write};
use std::path::PathBuf;
use std::process::{Command, Stdio};

use crate::console_helpers::PASSWORD;
use crate::helpers::{KIOSK_TOKEN, Options, eventually, repo, spawn_app};
use crate::telegram_bot::spawn_bot;
use crate::telegram_server::{BOT_USERNAME, BotApi};

/// Where the tests leave screenshots for a person to look at.
pub fn screenshots() -> PathBuf {
    let dir = repo().join("screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn node(script: &str, args: &[&str]) {
    node_talking(script, args, |_| None);
}

/// Runs a browser script. A line it prints that `answer` recognises is
/// answered on its standard input: the script asks the test to act as
/// someone outside the browser (a phone on Telegram).
fn node_talking(script: &str, args: &[&str], mut answer: impl FnMut(&str) -> Option<String>) {
    let e2e = repo().join("tests/e2e");
    assert!(
        e2e.join("node_modules/playwright-core").is_dir(),
        "run `npm ci --prefix tests/e2e` first (the README's test command does)"
    );
    let mut child = Command::new("node")
        .arg(e2e.join(script))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("node runs");
    let mut stdin = child.stdin.take().unwrap();
    let mut printed = String::new();
    for line in BufReader::new(child.stdout.take().unwrap()).lines() {
        let line = line.unwrap_or_default();
        if let Some(reply) = answer(&line) {
            writeln!(stdin, "{reply}").unwrap();
        }
        printed.push_str(&line);
        printed.push('\n');
    }
    let out = child.wait_with_output().expect("node ends");
    let stderr = String::from_utf8_lossy(&out.stderr);
    if !out.status.success() {
        // The whole output first, the error last: a long log is cut in the
        // middle, and what failed must survive the cut.
        eprintln!("{script} printed:\n{printed}");
        let last: Vec<&str> = stderr.lines().rev().take(12).collect();
        let last: Vec<&str> = last.into_iter().rev().collect();
        panic!("{script} failed:\n{}", last.join("\n"));
    }
    println!("{printed}");
}

#[tokio::test]
async fn in_chromium_a_mediator_signs_in_sees_a_new_case_live_replies_and_closes_it() {
    let api = BotApi::start().await;
    let app = spawn_bot(&api, Options::default()).await;
    // English consoles (the first language is the UI language), Portuguese
    // visitors; "bruno" to transfer to, "rui" the administrator.
    app.add_mediator("ana", &["en", "pt"], &[], false).await;
    app.add_mediator("bruno", &["pt"], &[], false).await;
    app.add_mediator("rui", &["en", "pt"], &[], true).await;
    let shots = screenshots();
    let (base, shots_s) = (app.base.clone(), shots.display().to_string());
    let runtime = tokio::runtime::Handle::current();
    tokio::task::spawn_blocking(move || {
        node_talking(
            "console.mjs",
            &[&base, KIOSK_TOKEN, "ana", PASSWORD, &shots_s],
            |line| {
                let what = line.strip_prefix("TELEGRAM ")?;
                runtime.block_on(play_telegram_user(&api, what));
                Some("done".into())
            },
        );
    })
    .await
    .unwrap();
    println!("screenshots in {}", shots.display());
}

/// A Telegram user asks for a person, or erases their data (confirmed).
async fn play_telegram_user(api: &BotApi, what: &str) {
    let chat = 7171;
    let from = api.to(chat).len();
    match what {
        "ask" => {
            api.say(chat, "pt-PT", "/mediator").await;
            api.wait_for(chat, from, "queued", |c| {
                c.buttons().iter().any(|(_, d)| d.starts_with("cancel:"))
            })
            .await;
        }
        "forget" => {
            api.say(chat, "pt-PT", "/forget").await;
            let (i, ask) = api
                .wait_for(chat, from, "confirm", |c| c.buttons().len() == 2)
                .await;
            api.press(chat, "pt-PT", ask.message_id.unwrap(), "forget:yes")
                .await;
            api.wait_for(chat, i + 1, "forgotten", |c| c.text().starts_with("Feito"))
                .await;
        }
        other => panic!("unknown request {other}"),
    }
}

#[tokio::test]
async fn in_chromium_a_visitor_uses_the_kiosk_takes_a_ticket_called_on_the_display_chats_and_is_cleared_when_idle()
 {
    let api = BotApi::start().await;
    let app = spawn_bot(&api, Options::default()).await;
    eventually("bot knows its name", || async {
        app.running().state.telegram.username().is_some()
    })
    .await;
    // English consoles. At counter 4 of the site, Ukrainian; working
    // remotely, Portuguese.
    app.add_mediator("olena", &["en", "uk"], &[], false).await;
    app.add_mediator("ana", &["en", "pt"], &[], false).await;
    let shots = screenshots();
    let (base, shots_s) = (app.base.clone(), shots.display().to_string());
    let runtime = tokio::runtime::Handle::current();
    tokio::task::spawn_blocking(move || {
        node_talking(
            "kiosk.mjs",
            &[&base, KIOSK_TOKEN, PASSWORD, &shots_s],
            |line| {
                // The visitor scans the kiosk's code: Telegram opens the bot
                // with /start and the code.
                let prefix = format!("PHONE https://t.me/{BOT_USERNAME}?start=");
                let code = line.strip_prefix(&prefix)?;
                runtime.block_on(async {
                    let chat = 7070;
                    api.say(chat, "fr", &format!("/start {code}")).await;
                    api.wait_for(chat, 0, "the conversation's history", |c| {
                        c.text().contains("bonjour")
                    })
                    .await;
                });
                Some("scanned".into())
            },
        );
    })
    .await
    .unwrap();
    println!("screenshots in {}", shots.display());
}

/// Runs one case of `tests/e2e/kiosk-cases.mjs` against `app`; `answer`
/// acts as a mediator when the script asks.
async fn kiosk_case(
    app: &crate::helpers::TestApp,
    case: &'static str,
    answer: impl FnMut(&str) -> Option<String> + Send + 'static,
) {
    let (base, shots) = (app.base.clone(), screenshots().display().to_string());
    tokio::task::spawn_blocking(move || {
        node_talking(
            "kiosk-cases.mjs",
            &[case, &base, KIOSK_TOKEN, &shots],
            answer,
        );
    })
    .await
    .unwrap();
}

#[tokio::test]
async fn in_chromium_the_kiosk_keyboard_has_the_ukrainian_belarusian_and_russian_layouts_a_shift_and_punctuation()
 {
    let app = spawn_app().await;
    kiosk_case(&app, "keyboard", |_| None).await;
}

#[tokio::test]
async fn in_chromium_with_larger_text_no_kiosk_screen_scrolls_sideways_or_breaks_a_keyboard_row_or_a_label_in_any_language()
 {
    let app = spawn_app().await;
    kiosk_case(&app, "fit", |_| None).await;
}

/// A Ukrainian-speaking mediator at counter 4 of the kiosk's site.
async fn at_counter(app: &crate::helpers::TestApp) {
    app.add_mediator("olena", &["uk"], &[], false).await;
    let (s, _) = app
        .console("olena")
        .await
        .post(
            "/presence",
            serde_json::json!({ "site": "lisboa", "counter": "4", "available": true }),
        )
        .await;
    assert_eq!(s, 200);
}

#[tokio::test]
async fn in_chromium_the_ticket_prints_on_one_80_mm_receipt_with_the_site_and_the_date() {
    let app = spawn_app().await;
    at_counter(&app).await;
    kiosk_case(&app, "receipt", |_| None).await;
}

#[tokio::test]
async fn in_chromium_outside_mediator_hours_the_kiosk_says_the_centre_is_closed_before_issuing_a_ticket()
 {
    let app = spawn_app().await;
    at_counter(&app).await;
    // Monday 20:00 in Lisbon: the hours are 08:00 to 17:00.
    app.clock.advance(chrono::Duration::hours(10));
    kiosk_case(&app, "closed", |_| None).await;
}

#[tokio::test]
async fn in_chromium_without_the_bot_the_kiosk_does_not_offer_to_continue_on_the_phone() {
    let app = spawn_app().await;
    app.available("ana", &["uk"], &[]).await;
    let base = app.base.clone();
    kiosk_case(&app, "phone-off", move |line| {
        (line == "send a document").then(|| {
            send_document_as(&base, "ana", "dovidka.pdf", b"%PDF-1.4\n%%EOF\n");
            "sent".to_string()
        })
    })
    .await;
}

/// A mediator takes the first waiting case and sends it a document, from
/// outside the browser (a blocking client: this runs on the script's
/// answering thread).
fn send_document_as(base: &str, username: &str, name: &str, bytes: &[u8]) {
    let client = reqwest::blocking::Client::builder()
        .cookie_store(true)
        .build()
        .unwrap();
    let login: serde_json::Value = client
        .post(format!("{base}/api/v1/console/login"))
        .json(&serde_json::json!({ "username": username, "password": PASSWORD }))
        .send()
        .unwrap()
        .json()
        .unwrap();
    let csrf = login["csrf"].as_str().unwrap().to_string();
    let queue: serde_json::Value = client
        .get(format!("{base}/api/v1/console/queue"))
        .send()
        .unwrap()
        .json()
        .unwrap();
    let case = queue["waiting"][0]["id"].as_i64().expect("a waiting case");
    let post = |path: String| {
        client
            .post(format!("{base}/api/v1/console/cases/{case}{path}"))
            .header("x-csrf-token", &csrf)
    };
    assert!(
        post("/claim".into())
            .json(&serde_json::json!({}))
            .send()
            .unwrap()
            .status()
            .is_success()
    );
    let sent = post(format!("/file?name={name}&caption="))
        .header("content-type", "application/pdf")
        .body(bytes.to_vec())
        .send()
        .unwrap();
    assert!(sent.status().is_success(), "{}", sent.text().unwrap());
}

#[tokio::test]
async fn in_chromium_a_mediators_photo_shows_on_the_kiosk_a_document_is_offered_on_the_phone_and_delivery_is_shown()
 {
    let api = BotApi::start().await;
    let app = spawn_bot(&api, Options::default()).await;
    // A Telegram case whose visitor blocked the bot before a reply went.
    let m = app.available("ana", &["en", "kea", "uk"], &[]).await;
    let chat = 6201;
    let blocked = crate::delivery::claimed_telegram_case(&api, &m, chat, "uk").await;
    // The claim's greeting must have gone first: blocked while it is still
    // queued, the greeting fails and the reply after it is held instead.
    api.wait_text(chat, 0, "З вами зараз медіатор").await;
    api.block(chat);
    m.post(
        &format!("/cases/{blocked}/reply"),
        serde_json::json!({ "text": "Ви тут?" }),
    )
    .await;
    eventually("the visitor is seen as blocked", || async {
        m.get(&format!("/cases/{blocked}")).await.1["delivery"]["visitor_blocked"] == true
    })
    .await;
    let shots = screenshots();
    let (base, shots_s, case) = (
        app.base.clone(),
        shots.display().to_string(),
        blocked.to_string(),
    );
    tokio::task::spawn_blocking(move || {
        node(
            "files.mjs",
            &[&base, KIOSK_TOKEN, "ana", PASSWORD, &shots_s, &case],
        );
    })
    .await
    .unwrap();
}

/// Answers the script's requests as the mediator `m`: take the case and
/// greet ("CLAIM 12"), close it ("CLOSE 12"), or take it and write thirty
/// replies ("REPLIES 12").
fn mediator_acts(m: crate::console_helpers::Console) -> impl FnMut(&str) -> Option<String> + Send {
    let runtime = tokio::runtime::Handle::current();
    move |line| {
        let (what, case) = line.split_once(' ')?;
        let case: i64 = case.parse().ok()?;
        let post = |path: String, body: serde_json::Value| {
            let (s, v) = runtime.block_on(m.post(&path, body));
            assert_eq!(s, 200, "{path}: {v}");
        };
        let reply = |text: String| {
            post(
                format!("/cases/{case}/reply"),
                serde_json::json!({ "text": text }),
            )
        };
        match what {
            "CLAIM" | "REPLIES" => {
                post(format!("/cases/{case}/claim"), serde_json::json!({}));
                let replies = if what == "CLAIM" { 1 } else { 30 };
                for n in 1..=replies {
                    reply(format!("Resposta {n}: estou a ver o seu caso."));
                }
            }
            "CLOSE" => post(
                format!("/cases/{case}/close"),
                serde_json::json!({ "outcome": "answered" }),
            ),
            _ => return None,
        }
        Some("done".into())
    }
}

#[tokio::test]
async fn in_chromium_the_language_screen_offers_larger_text_and_high_contrast_and_topic_tiles_in_a_row_are_equally_tall()
 {
    let app = spawn_app().await;
    kiosk_case(&app, "start", |_| None).await;
}

#[tokio::test]
async fn in_chromium_the_display_s_headings_turn_through_the_languages_with_its_welcome() {
    let app = spawn_app().await;
    kiosk_case(&app, "display", |_| None).await;
}

#[tokio::test]
async fn in_chromium_a_kiosk_chat_asks_for_one_rating_whether_the_mediator_or_the_visitor_ends_it()
{
    let app = spawn_app().await;
    let ana = app.available("ana", &["pt"], &[]).await;
    kiosk_case(&app, "rating", mediator_acts(ana)).await;
}

#[tokio::test]
async fn in_chromium_a_long_kiosk_transcript_scrolls_from_the_keyboard_and_passes_the_audit() {
    let app = spawn_app().await;
    let olena = app.available("olena", &["uk"], &[]).await;
    kiosk_case(&app, "transcript", mediator_acts(olena)).await;
}

#[tokio::test]
async fn in_chromium_an_earlier_case_in_another_topic_is_only_counted_and_a_timed_out_session_asks_to_sign_in()
 {
    let app = spawn_app().await;
    let rita = app.available("rita", &["en", "uk"], &["rights"]).await;
    let hanna = app.available("hanna", &["en", "uk"], &["health"]).await;
    let secret = "SECRET-TRAFFICKING-NOTE";
    crate::access_control::closed_case(&app, &rita, "rights", secret, None).await;
    let handoff = app.running().state.handoff.clone();
    let (now, _) = handoff
        .request_person(crate::access_control::ask("health"))
        .await
        .unwrap();
    drop(hanna);
    let (base, clock) = (app.base.clone(), app.clock.clone());
    let runtime = tokio::runtime::Handle::current();
    let case = now.id.to_string();
    tokio::task::spawn_blocking(move || {
        node_talking(
            "console-access.mjs",
            &[&base, "hanna", PASSWORD, &case, secret],
            |line| {
                (line == "EXPIRE").then(|| {
                    clock.advance(chrono::Duration::hours(2) + chrono::Duration::minutes(1));
                    // Any change makes open streams check their session.
                    runtime
                        .block_on(
                            handoff
                                .request_person(crate::access_control::ask_as("380999", "health")),
                        )
                        .unwrap();
                    "done".to_string()
                })
            },
        );
    })
    .await
    .unwrap();
}

#[tokio::test]
async fn in_chromium_an_administrator_manages_an_account_and_the_mediator_resets_their_password() {
    let app = spawn_app().await;
    app.add_mediator("rui", &["en", "pt"], &[], true).await;
    app.add_mediator("bruno", &["en", "pt"], &[], false).await;
    let shots = screenshots().display().to_string();
    let base = app.base.clone();
    tokio::task::spawn_blocking(move || {
        node(
            "console-accounts.mjs",
            &[&base, PASSWORD, "tram 28 to graca at dawn", &shots],
        );
    })
    .await
    .unwrap();
}

#[tokio::test]
async fn in_chromium_an_editor_corrects_previews_saves_and_reviews_an_article_sees_a_conflict_and_restores_the_shipped_text()
 {
    let app = spawn_app().await;
    // "olena" edits Ukrainian (console in Ukrainian), granted by the
    // administrator "rui" through the console API; "bruno" has no grant.
    app.add_mediator("rui", &["en", "pt"], &[], true).await;
    let olena = app.add_mediator("olena", &["uk"], &[], false).await;
    app.add_mediator("bruno", &["pt"], &[], false).await;
    let (s, v) = app
        .console("rui")
        .await
        .post(
            &format!("/mediators/{olena}/editor-langs"),
            serde_json::json!({ "langs": ["uk"] }),
        )
        .await;
    assert_eq!(s, 200, "{v}");
    let shots = screenshots();
    let (base, shots_s) = (app.base.clone(), shots.display().to_string());
    tokio::task::spawn_blocking(move || {
        node("knowledge.mjs", &[&base, PASSWORD, &shots_s, KIOSK_TOKEN]);
    })
    .await
    .unwrap();
    println!("screenshots in {}", shots.display());
}

#[tokio::test]
async fn in_chromium_an_administrator_writes_a_new_article_from_an_unanswered_search_previews_and_publishes_it()
 {
    let app = spawn_app().await;
    app.add_mediator("rui", &["en", "pt"], &[], true).await;
    let (base, shots) = (app.base.clone(), screenshots().display().to_string());
    tokio::task::spawn_blocking(move || {
        node("knowledge-drafts.mjs", &[&base, PASSWORD, &shots]);
    })
    .await
    .unwrap();
}

#[tokio::test]
async fn in_chromium_an_administrator_reads_content_health_changes_a_fact_from_the_list_and_restores_it()
 {
    let app = spawn_app().await;
    // "rui" is an administrator (console in English); "bruno" is not.
    app.add_mediator("rui", &["en", "pt"], &[], true).await;
    app.add_mediator("bruno", &["pt"], &[], false).await;
    let shots = screenshots();
    let (base, shots_s) = (app.base.clone(), shots.display().to_string());
    tokio::task::spawn_blocking(move || {
        node("knowledge-health.mjs", &[&base, PASSWORD, &shots_s]);
    })
    .await
    .unwrap();
    println!("screenshots in {}", shots.display());
}
