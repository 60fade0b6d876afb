//! The Telegram bot end to end: the real teloxide client in the service
//! talking HTTP to the test Bot API server, which plays the users and
//! records what the bot sends. Mediators act through the console's API.

use std::time::Duration;

use balcao::config::TelegramConfig;
use balcao::lang::Lang;
use serde_json::{Value, json};

use crate::console_helpers::Console;
use crate::helpers::{Options, TestApp, eventually, spawn_with};
use crate::telegram_server::{BOT_USERNAME, BotApi, Call, TOKEN};

mod dialogue;
pub(crate) mod keeping_up;
mod reaching_a_person;

pub async fn spawn_bot(api: &BotApi, o: Options) -> TestApp {
    spawn_with(Options {
        telegram: TelegramConfig {
            token: Some(TOKEN.into()),
            api_url: Some(api.url.clone()),
            ..o.telegram
        },
        ..o
    })
    .await
}

fn ui(app: &TestApp, lang: Lang, id: &str) -> String {
    app.running().state.content.current().knowledge.ui(lang, id)
}

/// How the bot writes a UI string (escaped for HTML).
pub(crate) fn shown(app: &TestApp, lang: Lang, id: &str) -> String {
    balcao::telegram::format::escape(&ui(app, lang, id))
}

async fn case_view(m: &Console, case: i64) -> Value {
    let (s, v) = m.get(&format!("/cases/{case}")).await;
    assert_eq!(s, 200, "{v}");
    v
}

/// What the visitor wrote in a case, in order.
fn bodies(v: &Value) -> Vec<String> {
    v["messages"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["author"] == "visitor")
        .map(|m| m["body"].as_str().unwrap_or("").to_string())
        .collect()
}

#[tokio::test]
async fn start_greets_in_the_telegram_language_and_the_choice_is_remembered() {
    let api = BotApi::start().await;
    let app = spawn_bot(&api, Options::default()).await;
    let chat = 5001;
    api.say(chat, "uk-UA", "/start").await;
    let (_, hello) = api
        .wait_for(chat, 0, "greeting", |c| {
            c.text() == shown(&app, Lang::Uk, "bot-welcome")
        })
        .await;
    let names: Vec<String> = hello.buttons().into_iter().map(|b| b.0).collect();
    for native in ["Português", "English", "Українська", "Беларуская", "Kriolu"]
    {
        assert!(
            names.iter().any(|n| n.starts_with(native)),
            "{native} in {names:?}"
        );
    }
    assert_eq!(hello.params["parse_mode"], "HTML");

    // Kriolu chosen: the same message turns into the menu, in Kriolu.
    api.press(chat, "uk-UA", hello.message_id.unwrap(), "lang:kea")
        .await;
    let (_, menu) = api
        .wait_for(chat, 1, "menu in Kriolu", |c| c.method == "editmessagetext")
        .await;
    assert_eq!(menu.message_id, hello.message_id, "changed in place");
    assert!(
        menu.text()
            .starts_with(&shown(&app, Lang::Kea, "bot-language-set"))
    );
    assert!(menu.buttons().iter().any(|(_, d)| d == "cat:immigration"));
    let button_answered = api
        .calls()
        .iter()
        .any(|c| c.method == "answercallbackquery");
    assert!(button_answered, "the button's spinner is stopped");

    // Remembered, also after a restart: /language answers in Kriolu.
    let mut app = app;
    app.restart().await;
    let before = api.to(chat).len();
    api.say(chat, "uk-UA", "/language").await;
    api.wait_for(chat, before, "language list in Kriolu", |c| {
        c.text() == shown(&app, Lang::Kea, "bot-choose-language")
    })
    .await;
}

#[tokio::test]
async fn menu_to_a_long_article_in_parts_with_its_buttons_and_feedback() {
    let api = BotApi::start().await;
    let app = spawn_bot(&api, Options::default()).await;
    let chat = 5002;
    api.say(chat, "fr", "/menu").await;
    let (_, menu) = api
        .wait_for(chat, 0, "menu", |c| !c.buttons().is_empty())
        .await;
    let cat = menu.button("cat:services");
    api.press(chat, "fr", menu.message_id.unwrap(), &cat).await;
    let (_, list) = api
        .wait_for(chat, 1, "article list", |c| c.method == "editmessagetext")
        .await;
    assert!(
        list.buttons().iter().any(|(_, d)| d == "back"),
        "a way back"
    );
    let art = list.button("art:one-stop-shop-services");
    api.press(chat, "fr", list.message_id.unwrap(), &art).await;

    // Longer than one Telegram message: sent in parts, each within the
    // limit and each valid HTML (the test server refuses anything else).
    let (last_i, last) = api
        .wait_for(chat, 2, "last part with buttons", |c| {
            c.method == "sendmessage" && !c.buttons().is_empty()
        })
        .await;
    let parts: Vec<Call> = api.to(chat)[2..=last_i].to_vec();
    assert!(parts.len() >= 2, "{} parts", parts.len());
    let total: usize = parts.iter().map(|p| p.text().encode_utf16().count()).sum();
    assert!(total > 4096, "{total}");
    assert!(
        parts
            .iter()
            .all(|p| p.text().encode_utf16().count() <= 4096)
    );
    assert!(parts[0].text().starts_with("<b>"), "title first");
    let view = app
        .running()
        .state
        .content
        .current()
        .knowledge
        .render_article("one-stop-shop-services", Lang::Fr)
        .unwrap();
    assert!(
        parts[0]
            .text()
            .contains(&balcao::telegram::format::escape(&view.title))
    );
    let all: String = parts.iter().map(|p| p.text()).collect();
    assert!(all.contains(&balcao::telegram::format::escape(&view.disclaimer)));
    for prefix in [
        "fb:one-stop-shop-services:1",
        "fb:one-stop-shop-services:0",
        "person:",
        "menu",
    ] {
        last.button(prefix);
    }

    // A related article opens from its button; the menu button goes back.
    let related = last
        .buttons()
        .into_iter()
        .find(|(_, d)| d.starts_with("art:"))
        .expect("related articles offered");
    let related_view = app
        .running()
        .state
        .content
        .current()
        .knowledge
        .render_article(related.1.trim_start_matches("art:"), Lang::Fr)
        .unwrap();
    api.press(chat, "fr", last.message_id.unwrap(), &related.1)
        .await;
    let related_title = format!(
        "<b>{}</b>",
        balcao::telegram::format::escape(&related_view.title)
    );
    let (after_related, _) = api
        .wait_for(chat, last_i + 1, "related article", |c| {
            c.text().starts_with(&related_title)
        })
        .await;
    // The main menu comes as a new message: the article stays readable.
    api.press(chat, "fr", last.message_id.unwrap(), "menu")
        .await;
    let (_, menu_again) = api
        .wait_for(chat, after_related + 1, "menu again", |c| {
            c.text() == shown(&app, Lang::Fr, "bot-menu")
        })
        .await;
    assert_eq!(menu_again.method, "sendmessage");
    assert_ne!(menu_again.message_id, last.message_id);
    let edited: Vec<Call> = api
        .to(chat)
        .into_iter()
        .filter(|c| c.method == "editmessagetext" && c.message_id == last.message_id)
        .collect();
    assert!(edited.is_empty(), "the article was changed: {edited:?}");

    // Helpful: thanked with a toast and counted.
    api.press(
        chat,
        "fr",
        last.message_id.unwrap(),
        "fb:one-stop-shop-services:1",
    )
    .await;
    let thanks = ui(&app, Lang::Fr, "bot-feedback-thanks");
    eventually("feedback toast", || async {
        api.calls()
            .iter()
            .any(|c| c.method == "answercallbackquery" && c.params["text"] == thanks.as_str())
    })
    .await;
    let counts = app
        .running()
        .state
        .store
        .feedback_counts(chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap())
        .await
        .unwrap();
    assert!(
        counts
            .iter()
            .any(|c| c.article == "one-stop-shop-services" && c.helpful == 1),
        "{counts:?}"
    );
}

#[tokio::test]
async fn free_text_is_answered_in_the_users_language_or_in_the_language_it_was_written_in() {
    let api = BotApi::start().await;
    let app = spawn_bot(&api, Options::default()).await;
    let pt = 5003;
    // One clear answer: shown directly.
    api.say(pt, "pt-BR", "reagrupamento familiar").await;
    let (i, _) = api
        .wait_for(pt, 0, "the article", |c| {
            c.text().starts_with("<b>Reagrupamento familiar")
        })
        .await;
    // Several: offered as buttons.
    api.say(pt, "pt-BR", "como pedir autorização de residência")
        .await;
    let (i, list) = api
        .wait_for(pt, i + 1, "results", |c| {
            c.text() == shown(&app, Lang::Pt, "bot-results")
        })
        .await;
    let arts = list
        .buttons()
        .iter()
        .filter(|(_, d)| d.starts_with("art:"))
        .count();
    assert!(arts >= 2, "{:?}", list.buttons());
    // None: said plainly, with a mediator on offer, and counted as a gap.
    api.say(pt, "pt-BR", "xyzzy plugh qwertz").await;
    let (i, none) = api
        .wait_for(pt, i + 1, "not found", |c| {
            c.text() == shown(&app, Lang::Pt, "bot-not-found")
        })
        .await;
    none.button("person");
    let misses = app
        .running()
        .state
        .store
        .search_misses(chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(), 10)
        .await
        .unwrap();
    assert!(
        misses.iter().any(|m| m.query == "xyzzy plugh qwertz"),
        "{misses:?}"
    );

    // Ukrainian in a Portuguese session: answered in Ukrainian, with an
    // offer to switch.
    api.say(pt, "pt-BR", "як отримати податковий номер NIF")
        .await;
    let (_, uk) = api
        .wait_for(pt, i + 1, "answer in Ukrainian", |c| {
            c.text().contains("NIF")
        })
        .await;
    let all: String = api.to(pt)[i + 1..]
        .iter()
        .map(|c| c.text().to_string())
        .collect();
    assert!(all.contains("Податковий номер"), "{all}");
    let switch = api.to(pt)[i + 1..]
        .iter()
        .flat_map(|c| c.buttons())
        .find(|(_, d)| d == "lang:uk");
    assert!(switch.is_some(), "offers Українська");
    let _ = uk;
    // The offer is in the reader's own language, with a way to read the
    // answer in it too.
    let content = app.running().state.content.current();
    let k = &content.knowledge;
    let note = balcao::telegram::format::escape(&k.ui_with(
        Lang::Pt,
        "bot-other-language",
        &[("language", "Українська".to_string())],
    ));
    let (j, offer) = api
        .wait_for(pt, i + 1, "the note in Portuguese", |c| {
            c.text().contains(&note)
        })
        .await;
    let mine_label = k.ui_with(
        Lang::Pt,
        "bot-button-show-in",
        &[("language", "Português".to_string())],
    );
    let mine = offer
        .buttons()
        .into_iter()
        .find(|(label, _)| *label == mine_label)
        .unwrap_or_else(|| panic!("no {mine_label} in {:?}", offer.buttons()));
    api.press(pt, "pt-BR", offer.message_id.unwrap(), &mine.1)
        .await;
    let pt_title = format!(
        "<b>{}</b>",
        balcao::telegram::format::escape(
            &k.render_article("nif-tax-number", Lang::Pt).unwrap().title
        )
    );
    api.wait_for(pt, j + 1, "the answer in Portuguese", |c| {
        c.text().starts_with(&pt_title)
            || c.buttons().iter().any(|(_, d)| d == "art:nif-tax-number")
    })
    .await;

    // A Ukrainian session writing NIF and AIMA (official Portuguese terms):
    // still Ukrainian, no switch offered.
    let ua = 5004;
    api.say(ua, "uk", "як отримати NIF для AIMA").await;
    // Both the NIF and the AIMA articles fit: the answer may be the NIF
    // article or a list of articles that holds it.
    api.wait_for(ua, 0, "answer", |c| {
        c.text().contains("NIF") || c.buttons().iter().any(|(_, d)| d == "art:nif-tax-number")
    })
    .await;
    let offers: Vec<_> = api
        .to(ua)
        .iter()
        .flat_map(|c| c.buttons())
        .filter(|(_, d)| d.starts_with("lang:"))
        .collect();
    assert!(offers.is_empty(), "{offers:?}");
}

/// Answers the 1–5 survey (in Ukrainian) with its buttons, as the user
/// would, and waits for the thanks and the stored rating.
pub async fn rate_with_survey(
    api: &BotApi,
    app: &TestApp,
    m: &Console,
    chat: i64,
    after: usize,
    case: i64,
    rating: u8,
) {
    let (_, survey) = api
        .wait_for(chat, after, "survey", |c| c.buttons().len() == 5)
        .await;
    assert!(
        survey
            .text()
            .contains(&shown(app, Lang::Uk, "handoff-survey"))
    );
    let button = survey.button(&format!("rate:{case}:{rating}"));
    api.press(chat, "uk", survey.message_id.unwrap(), &button)
        .await;
    api.wait_for(chat, after, "thanks", |c| {
        c.method == "editmessagetext" && c.text() == shown(app, Lang::Uk, "bot-rating-thanks")
    })
    .await;
    eventually("rating stored", || async {
        case_view(m, case).await["case"]["rating"] == rating
    })
    .await;
}

/// A user in `lang` asks for a person by a plain phrase; returns the case
/// waiting in the mediator's queue and the index after the bot's answer.
pub async fn ask_person(
    api: &BotApi,
    m: &Console,
    chat: i64,
    lang: &str,
    phrase: &str,
) -> (i64, usize) {
    let after = api.to(chat).len();
    api.say(chat, lang, phrase).await;
    let (i, _) = api
        .wait_for(chat, after, "queued", |c| {
            c.buttons().iter().any(|(_, d)| d.starts_with("cancel:"))
        })
        .await;
    eventually("case in the queue", || async {
        !m.waiting().await.is_empty()
    })
    .await;
    (m.waiting().await[0], i + 1)
}

#[tokio::test]
async fn a_hand_off_relays_text_photos_and_documents_both_ways_and_ends_with_the_survey() {
    let api = BotApi::start().await;
    let app = spawn_bot(&api, Options::default()).await;
    let m = app.available("olena", &["uk"], &[]).await;
    let chat = 5010;
    let (case, i) = ask_person(
        &api,
        &m,
        chat,
        "uk",
        "Я хочу поговорити з людиною, будь ласка",
    )
    .await;
    let told = &api.to(chat)[i - 1];
    assert!(
        told.text().contains("1"),
        "place in the queue: {}",
        told.text()
    );
    assert!(told.text().contains(&shown(&app, Lang::Uk, "bot-waiting")));

    let (s, _) = m.post(&format!("/cases/{case}/claim"), json!({})).await;
    assert_eq!(s, 200);
    let (i, _) = api.wait_text(chat, i, "olena Silva").await;

    // Visitor → mediator: text, a photo and a document, fetched with getFile.
    api.say(chat, "uk", "Мій дозвіл закінчується <завтра> & що робити?")
        .await;
    let jpeg = b"\xff\xd8\xff\xe0 not a real jpeg";
    api.send_photo(chat, "uk", jpeg, "фото паспорта").await;
    let pdf = b"%PDF-1.4 contract";
    api.send_document(chat, "uk", pdf, "договір.pdf", "application/pdf")
        .await;
    eventually("three messages in the case", || async {
        case_view(&m, case).await["messages"]
            .as_array()
            .unwrap()
            .len()
            >= 3
    })
    .await;
    let v = case_view(&m, case).await;
    let msgs = v["messages"].as_array().unwrap();
    assert_eq!(
        msgs[0]["body"],
        "Мій дозвіл закінчується <завтра> & що робити?"
    );
    assert_eq!(msgs[1]["body"], "фото паспорта");
    for (msg, bytes) in [(&msgs[1], &jpeg[..]), (&msgs[2], &pdf[..])] {
        let file = msg["file_id"].as_i64().expect("a file");
        let r = m
            .client
            .get(format!("{}/api/v1/console/files/{file}", app.base))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 200);
        assert_eq!(r.bytes().await.unwrap().as_ref(), bytes);
    }
    let (i, _) = api
        .wait_text(chat, i, &shown(&app, Lang::Uk, "bot-file-received"))
        .await;

    // Mediator → visitor, escaped for Telegram's HTML.
    m.post(
        &format!("/cases/{case}/reply"),
        json!({ "text": "Не хвилюйтеся: <b>ми</b> допоможемо & пояснимо." }),
    )
    .await;
    api.wait_text(
        chat,
        i,
        "💬 Не хвилюйтеся: &lt;b&gt;ми&lt;/b&gt; допоможемо &amp; пояснимо.",
    )
    .await;

    // The mediator closes; the visitor rates 4 of 5.
    let (s, _) = m
        .post(
            &format!("/cases/{case}/close"),
            json!({ "outcome": "answered" }),
        )
        .await;
    assert_eq!(s, 200);
    rate_with_survey(&api, &app, &m, chat, i, case, 4).await;
    // Nothing was sent twice.
    let replies = api
        .to(chat)
        .iter()
        .filter(|c| c.text().starts_with("💬"))
        .count();
    assert_eq!(replies, 1);
}

#[tokio::test]
async fn outside_hours_a_message_can_be_left_and_end_stops_waiting() {
    let api = BotApi::start().await;
    let app = spawn_bot(&api, Options::default()).await;
    // Saturday: mediators are not working.
    app.clock.advance(chrono::Duration::days(5));
    app.add_mediator("admin", &["kea"], &[], true).await;
    let m = app.console("admin").await;
    let chat = 5011;
    api.say(chat, "pt", "/start").await;
    let (_, hello) = api
        .wait_for(chat, 0, "hello", |c| !c.buttons().is_empty())
        .await;
    api.press(chat, "pt", hello.message_id.unwrap(), "lang:kea")
        .await;
    api.wait_for(chat, 1, "kea", |c| c.method == "editmessagetext")
        .await;
    let after = api.to(chat).len();
    api.say(chat, "pt", "/mediator").await;
    let (i, closed) = api
        .wait_for(chat, after, "hours", |c| {
            c.buttons().iter().any(|(_, d)| d.starts_with("leave:"))
        })
        .await;
    let hours =
        app.running()
            .state
            .content
            .current()
            .knowledge
            .ui_with(Lang::Kea, "handoff-closed", &[]);
    let first_words: String = hours.chars().take(12).collect();
    assert!(
        closed.text().starts_with(&first_words),
        "{} / {hours}",
        closed.text()
    );
    let leave = closed.button("leave:");
    api.press(chat, "pt", closed.message_id.unwrap(), &leave)
        .await;
    let (i, _) = api
        .wait_text(chat, i, &shown(&app, Lang::Kea, "bot-left-message"))
        .await;
    api.say(
        chat,
        "pt",
        "N ta studa na Lisboa i N mesti renova nha autorizason.",
    )
    .await;
    let case: i64 = leave.trim_start_matches("leave:").parse().unwrap();
    eventually("message left in the queue", || async {
        let (_, q) = m.get("/queue").await;
        q["waiting"][0]["id"] == case && q["waiting"][0]["left_message"] == true
    })
    .await;
    eventually("the message in the case", || async {
        bodies(&case_view(&m, case).await)
            == ["N ta studa na Lisboa i N mesti renova nha autorizason."]
    })
    .await;

    // /end: no longer waiting.
    api.say(chat, "pt", "/end").await;
    api.wait_text(chat, i, &shown(&app, Lang::Kea, "bot-cancelled"))
        .await;
    eventually("case closed", || async { m.waiting().await.is_empty() }).await;
}

#[tokio::test]
async fn privacy_says_what_is_kept_and_forget_deletes_it_after_confirmation() {
    let api = BotApi::start().await;
    let app = spawn_bot(&api, Options::default()).await;
    app.add_mediator("admin", &["en"], &[], true).await;
    let m = app.console("admin").await;
    m.post("/presence", json!({ "available": true })).await;
    let chat = 5012;
    api.say(chat, "en-GB", "/privacy").await;
    let (_, privacy) = api.wait_for(chat, 0, "privacy", |_| true).await;
    assert!(privacy.text().contains("90"), "{}", privacy.text());
    assert!(
        privacy.text().contains("24"),
        "names the trail: {}",
        privacy.text()
    );
    assert!(privacy.text().contains("/forget"));

    let (case, i) = ask_person(&api, &m, chat, "en-GB", "/mediator").await;
    api.say(chat, "en-GB", "My passport number is X1234567")
        .await;
    eventually("message stored", || async {
        bodies(&case_view(&m, case).await).len() == 1
    })
    .await;

    // Asked first; "no" keeps everything.
    api.say(chat, "en-GB", "/forget").await;
    let (i, ask) = api
        .wait_for(chat, i, "confirm", |c| c.buttons().len() == 2)
        .await;
    api.press(chat, "en-GB", ask.message_id.unwrap(), "forget:no")
        .await;
    let (i, _) = api
        .wait_text(chat, i, &shown(&app, Lang::En, "bot-forget-kept"))
        .await;
    assert_eq!(bodies(&case_view(&m, case).await).len(), 1);

    api.say(chat, "en-GB", "/forget").await;
    let (i, ask) = api
        .wait_for(chat, i, "confirm", |c| c.buttons().len() == 2)
        .await;
    api.press(chat, "en-GB", ask.message_id.unwrap(), "forget:yes")
        .await;
    api.wait_text(chat, i, &shown(&app, Lang::En, "bot-forgotten"))
        .await;
    let store = &app.running().state.store;
    assert!(
        store
            .find_visitor(balcao::handoff::model::Channel::Telegram, &chat.to_string())
            .await
            .unwrap()
            .is_none()
    );
    let (s, v) = m.get(&format!("/cases/{case}")).await;
    assert_eq!(
        (s, v["error"]["code"].as_str()),
        (410, Some("visitor_erased")),
        "the conversation is gone, and the mediator is told why"
    );
    assert_eq!(
        v["error"]["message"],
        ui(&app, Lang::En, "error-visitor-erased")
    );
    assert!(m.waiting().await.is_empty());
}

#[tokio::test]
async fn webhook_mode_registers_a_secret_and_refuses_updates_without_it() {
    let api = BotApi::start().await;
    let addr = crate::helpers::free_addr();
    let app = spawn_bot(
        &api,
        Options {
            bind: Some(addr),
            telegram: TelegramConfig {
                webhook_url: Some(format!("http://{addr}")),
                ..TelegramConfig::default()
            },
            ..Options::default()
        },
    )
    .await;
    eventually("webhook registered", || async { api.webhook().is_some() }).await;
    let (url, secret) = api.webhook().unwrap();
    assert_eq!(url, format!("http://{addr}/telegram/webhook"));
    assert!(secret.len() >= 32, "a generated secret");
    // Generated once and kept: the same after a restart.
    let mut app = app;
    app.restart().await;
    eventually("registered again", || async { api.webhook().is_some() }).await;
    assert_eq!(api.webhook().unwrap().1, secret);

    // Telegram's own posts (with the secret) are answered.
    let chat = 5020;
    api.say(chat, "ru", "/start").await;
    api.wait_text(chat, 0, &shown(&app, Lang::Ru, "bot-welcome"))
        .await;
    assert_eq!(api.get_updates_calls(), 0, "no polling in webhook mode");

    // Anyone else is refused, and nothing they sent is handled.
    let forged = json!({
        "update_id": 1, "message": {
            "message_id": 1, "date": 1_795_000_000, "text": "/start",
            "chat": { "id": 6666, "type": "private", "first_name": "X" },
            "from": { "id": 6666, "is_bot": false, "first_name": "X" }
        }
    });
    for header in [None, Some("wrong-secret")] {
        let mut req = app
            .client
            .post(format!("{}/telegram/webhook", app.base))
            .json(&forged);
        if let Some(h) = header {
            req = req.header("X-Telegram-Bot-Api-Secret-Token", h);
        }
        assert_eq!(req.send().await.unwrap().status(), 401);
    }
    let r = app
        .client
        .post(format!("{}/telegram/webhook", app.base))
        .header("X-Telegram-Bot-Api-Secret-Token", &secret)
        .body("{not json")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 400);
    api.say(chat, "ru", "/privacy").await;
    api.wait_for(chat, 1, "privacy", |c| c.text().contains("/forget"))
        .await;
    assert!(api.to(6666).is_empty(), "the forged update was not handled");
}

#[tokio::test]
async fn a_restart_in_the_middle_of_a_hand_off_loses_and_repeats_nothing() {
    let api = BotApi::start().await;
    let mut app = spawn_bot(&api, Options::default()).await;
    let m = app.available("ana", &["pt"], &[]).await;
    let chat = 5030;
    let (case, i) = ask_person(&api, &m, chat, "pt-PT", "quero falar com uma pessoa").await;
    m.post(&format!("/cases/{case}/claim"), json!({})).await;
    let (i, _) = api.wait_text(chat, i, "ana Silva").await;
    let first = api.say(chat, "pt-PT", "Primeira mensagem").await;
    eventually("first stored", || async {
        bodies(&case_view(&m, case).await).len() == 1
    })
    .await;

    // A reply Telegram does not take yet (flood control), then the
    // service stops.
    api.too_many_requests("sendMessage", 1, 5);
    m.post(
        &format!("/cases/{case}/reply"),
        json!({ "text": "Resposta durante a paragem" }),
    )
    .await;
    eventually("reply tried", || async { api.attempts(chat) > i + 1 }).await;
    app.running.take().unwrap().shutdown().await.unwrap();

    // While it is down the visitor writes twice; Telegram keeps the updates.
    api.say(chat, "pt-PT", "Segunda mensagem").await;
    api.say(chat, "pt-PT", "Terceira mensagem").await;
    app.restart().await;
    let m = app.console("ana").await;
    eventually("both stored", || async {
        bodies(&case_view(&m, case).await).len() == 3
    })
    .await;
    // Telegram delivers an update again (it did not see it confirmed).
    api.redeliver(first).await;
    api.say(chat, "pt-PT", "Quarta mensagem").await;
    eventually("fourth stored", || async {
        bodies(&case_view(&m, case).await).len() == 4
    })
    .await;
    assert_eq!(
        bodies(&case_view(&m, case).await),
        [
            "Primeira mensagem",
            "Segunda mensagem",
            "Terceira mensagem",
            "Quarta mensagem"
        ]
    );
    // The reply goes out once its retry_after has passed, exactly once.
    app.clock.advance(chrono::Duration::seconds(6));
    api.wait_text(chat, i, "Resposta durante a paragem").await;
    tokio::time::sleep(Duration::from_millis(700)).await;
    let sent = api
        .to(chat)
        .iter()
        .filter(|c| c.text().contains("Resposta durante a paragem"))
        .count();
    assert_eq!(sent, 1);
}

#[tokio::test]
async fn flood_control_is_honoured_and_a_user_who_blocked_the_bot_is_not_retried() {
    let api = BotApi::start().await;
    let app = spawn_bot(&api, Options::default()).await;
    let m = app.available("ana", &["en"], &[]).await;
    // 429 with retry_after 30: nothing more is tried before those seconds pass.
    api.too_many_requests("sendMessage", 1, 30);
    let chat = 5040;
    api.say(chat, "en", "/start").await;
    eventually("first try refused", || async { api.attempts(chat) == 1 }).await;
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert_eq!(api.attempts(chat), 1, "waited as told");
    assert!(api.to(chat).is_empty());
    app.clock.advance(chrono::Duration::seconds(31));
    api.wait_text(chat, 0, &shown(&app, Lang::En, "bot-welcome"))
        .await;
    assert_eq!(api.attempts(chat), 2);

    // 403: marked blocked; what follows is not tried.
    let blocked = 5041;
    api.block(blocked);
    api.say(blocked, "en", "/mediator").await;
    eventually("tried once", || async { api.attempts(blocked) == 1 }).await;
    eventually("marked blocked", || async {
        app.running()
            .state
            .store
            .find_visitor(
                balcao::handoff::model::Channel::Telegram,
                &blocked.to_string(),
            )
            .await
            .unwrap()
            .is_some_and(|v| v.blocked)
    })
    .await;
    let case = m.waiting().await[0];
    m.post(&format!("/cases/{case}/claim"), json!({})).await;
    m.post(&format!("/cases/{case}/reply"), json!({ "text": "Hello?" }))
        .await;
    app.clock.advance(chrono::Duration::minutes(10));
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert_eq!(api.attempts(blocked), 1, "not retried");
}

#[tokio::test]
async fn kiosk_codes_open_the_article_or_move_the_chat_once() {
    let api = BotApi::start().await;
    let app = spawn_bot(&api, Options::default()).await;
    eventually("bot knows its name", || async {
        app.running().state.telegram.username().is_some()
    })
    .await;
    let link = |v: &Value| -> String {
        let url = v["url"].as_str().unwrap();
        let prefix = format!("https://t.me/{BOT_USERNAME}?start=");
        assert!(url.starts_with(&prefix), "{url}");
        assert!(v["svg"].as_str().unwrap().contains("<svg"));
        url[prefix.len()..].to_string()
    };
    let (s, v) = app
        .kiosk_post(
            "/phone-link",
            json!({ "lang": "ru", "article": "nif-tax-number" }),
        )
        .await;
    assert_eq!(s, 200, "{v}");
    let token = link(&v);
    assert!(
        token.len() <= 64
            && token
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    );
    let chat = 5050;
    api.say(chat, "en", &format!("/start {token}")).await;
    let view = app
        .running()
        .state
        .content
        .current()
        .knowledge
        .render_article("nif-tax-number", Lang::Ru)
        .unwrap();
    let title = format!("<b>{}</b>", balcao::telegram::format::escape(&view.title));
    let (i, _) = api
        .wait_for(chat, 0, "article in Russian", |c| {
            c.text().starts_with(&title)
        })
        .await;
    // Single use.
    api.say(5051, "en", &format!("/start {token}")).await;
    api.wait_text(5051, 0, &shown(&app, Lang::En, "bot-link-expired"))
        .await;

    // A kiosk chat moves to the phone with its history.
    let m = app.available("ivan", &["ru"], &[]).await;
    let (secret, case) = app.kiosk_chat("ru", "immigration").await;
    app.kiosk_post(
        &format!("/chats/{secret}/messages"),
        json!({ "text": "Здравствуйте, у меня вопрос" }),
    )
    .await;
    m.post(&format!("/cases/{case}/claim"), json!({})).await;
    m.post(
        &format!("/cases/{case}/reply"),
        json!({ "text": "Слушаю вас" }),
    )
    .await;
    let (s, v) = app
        .kiosk_post("/phone-link", json!({ "lang": "ru", "chat": secret }))
        .await;
    assert_eq!(s, 200, "{v}");
    api.say(chat, "en", &format!("/start {}", link(&v))).await;
    let (i, history) = api
        .wait_text(chat, i + 1, &shown(&app, Lang::Ru, "bot-moved"))
        .await;
    assert!(history.text().contains("Здравствуйте, у меня вопрос"));
    assert!(history.text().contains("Слушаю вас"));
    m.post(
        &format!("/cases/{case}/reply"),
        json!({ "text": "Теперь пишу вам в Telegram" }),
    )
    .await;
    api.wait_text(chat, i, "💬 Теперь пишу вам в Telegram")
        .await;
    api.say(chat, "en", "Спасибо, вижу").await;
    eventually("phone message in the same case", || async {
        bodies(&case_view(&m, case).await).contains(&"Спасибо, вижу".to_string())
    })
    .await;
    // A code for nothing open, and a malformed one, are refused plainly.
    let (s, _) = app.kiosk_post("/phone-link", json!({ "lang": "ru" })).await;
    assert_eq!(s, 400);
    api.say(5052, "en", "/start %%%not-a-token%%%").await;
    api.wait_text(5052, 0, &shown(&app, Lang::En, "bot-link-expired"))
        .await;
}

#[tokio::test]
async fn update_ids_that_restart_after_a_quiet_week_are_not_taken_for_repeats() {
    let api = BotApi::start().await;
    let app = spawn_bot(&api, Options::default()).await;
    let chat = 5060;
    api.restart_update_ids(424_242);
    api.say(chat, "es", "/privacy").await;
    api.wait_for(chat, 0, "privacy", |c| c.text().contains("/forget"))
        .await;
    // Eight quiet days later Telegram starts again from a random id, which
    // happens to be the same.
    app.clock.advance(chrono::Duration::days(8));
    api.restart_update_ids(424_242);
    api.say(chat, "es", "/start").await;
    api.wait_text(chat, 1, &shown(&app, Lang::Es, "bot-welcome"))
        .await;
}

crate::postgres::on_postgres_too!(
    start_greets_in_the_telegram_language_and_the_choice_is_remembered,
    menu_to_a_long_article_in_parts_with_its_buttons_and_feedback,
    free_text_is_answered_in_the_users_language_or_in_the_language_it_was_written_in,
    a_hand_off_relays_text_photos_and_documents_both_ways_and_ends_with_the_survey,
    outside_hours_a_message_can_be_left_and_end_stops_waiting,
    privacy_says_what_is_kept_and_forget_deletes_it_after_confirmation,
    webhook_mode_registers_a_secret_and_refuses_updates_without_it,
    a_restart_in_the_middle_of_a_hand_off_loses_and_repeats_nothing,
    flood_control_is_honoured_and_a_user_who_blocked_the_bot_is_not_retried,
    kiosk_codes_open_the_article_or_move_the_chat_once,
    update_ids_that_restart_after_a_quiet_week_are_not_taken_for_repeats,
);
