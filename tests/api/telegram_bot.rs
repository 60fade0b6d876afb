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
fn shown(app: &TestApp, lang: Lang, id: &str) -> String {
    balcao::telegram::format::escape(&ui(app, lang, id))
}

async fn case_view(m: &Console, case: i64) -> Value {
    let (s, v) = m.get(&format!("/cases/{case}")).await;
    assert_eq!(s, 200, "{v}");
    v
}

fn bodies(v: &Value) -> Vec<String> {
    v["messages"]
        .as_array()
        .unwrap()
        .iter()
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
        list.buttons().iter().any(|(_, d)| d == "menu"),
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

    // A Ukrainian session writing NIF and AIMA (official Portuguese terms):
    // still Ukrainian, no switch offered.
    let ua = 5004;
    api.say(ua, "uk", "як отримати NIF для AIMA").await;
    api.wait_for(ua, 0, "answer", |c| c.text().contains("NIF"))
        .await;
    let offers: Vec<_> = api
        .to(ua)
        .iter()
        .flat_map(|c| c.buttons())
        .filter(|(_, d)| d.starts_with("lang:"))
        .collect();
    assert!(offers.is_empty(), "{offers:?}");
}
