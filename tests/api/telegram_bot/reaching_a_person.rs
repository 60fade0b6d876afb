//! Reaching a person from Telegram: in the language the user writes, with
//! what they read and searched, and without one chat's trouble holding up
//! another's.

use serde_json::json;

use super::{ask_person, case_view, shown, spawn_bot};
use crate::helpers::{Options, TestApp, copy_of_shipped, eventually};
use crate::telegram_server::BotApi;
use balcao::clock::Clock;
use balcao::handoff::model::{Case, Channel};
use balcao::lang::Lang;

async fn open_case(app: &TestApp, chat: i64) -> Option<Case> {
    let store = &app.running().state.store;
    let visitor = store
        .find_visitor(Channel::Telegram, &chat.to_string())
        .await
        .unwrap()?;
    store.open_case_of(visitor.id).await.unwrap()
}

#[tokio::test]
async fn asking_for_a_person_in_kriolu_opens_the_case_in_kriolu_with_the_hours_in_kriolu() {
    let api = BotApi::start().await;
    let app = spawn_bot(&api, Options::default()).await;
    // Saturday: the answer is the mediators' hours.
    app.clock.advance(chrono::Duration::days(5));
    let chat = 5200;
    // A Portuguese phone; Kriolu typed without choosing it.
    api.say(chat, "pt-PT", "N kre papia ku un algen").await;
    let (_, hours) = api
        .wait_for(chat, 0, "hours", |c| {
            c.buttons().iter().any(|(_, d)| d.starts_with("leave:"))
        })
        .await;
    let closed =
        app.running()
            .state
            .content
            .current()
            .knowledge
            .ui_with(Lang::Kea, "handoff-closed", &[]);
    let first_words: String = closed.chars().take(12).collect();
    assert!(
        hours.text().starts_with(&first_words),
        "{} / {closed}",
        hours.text()
    );
    let leave = app
        .running()
        .state
        .content
        .current()
        .knowledge
        .ui(Lang::Kea, "bot-button-leave-message");
    assert!(hours.buttons().iter().any(|(l, _)| *l == leave));
    assert_eq!(open_case(&app, chat).await.unwrap().lang, Lang::Kea);
}

#[tokio::test]
async fn the_case_opens_in_the_language_of_the_conversation_in_all_nine_languages() {
    let api = BotApi::start().await;
    let app = spawn_bot(&api, Options::default()).await;
    // Each asked from a phone in another language.
    let asks = [
        (Lang::Kea, "N kre fala ku un pesoa"),
        (Lang::Kea, "N kre papia ku un algen, pur favor"),
        (Lang::Pt, "Quero falar com uma pessoa"),
        (Lang::Pt, "Preciso de atendimento humano"),
        (Lang::En, "I want to talk to a person"),
        (Lang::En, "Can I speak to somebody?"),
        (Lang::Fr, "Je veux parler à quelqu'un"),
        (Lang::Fr, "Je voudrais parler avec un médiateur"),
        (Lang::Es, "Quiero hablar con una persona"),
        (Lang::Es, "¿Puedo hablar con alguien?"),
        (Lang::Ru, "Хочу поговорить с человеком"),
        (Lang::Ru, "Можно поговорить с живым человеком?"),
        (Lang::Uk, "Хочу поговорити з людиною"),
        (Lang::Uk, "Можна поговорити з кимось?"),
        (Lang::Ro, "Vreau să vorbesc cu o persoană"),
        (Lang::Ro, "Pot vorbi cu cineva?"),
        (Lang::Be, "Хачу пагаварыць з чалавекам"),
        (Lang::Be, "Ці можна пагаварыць з жывым чалавекам?"),
    ];
    for (n, (lang, text)) in asks.iter().enumerate() {
        let phone = if *lang == Lang::En { "de" } else { "en" };
        api.say(5210 + n as i64, phone, text).await;
        let _ = lang;
    }
    for (n, (lang, text)) in asks.iter().enumerate() {
        let chat = 5210 + n as i64;
        let (_, told) = api
            .wait_for(chat, 0, text, |c| {
                c.buttons().iter().any(|(_, d)| d.starts_with("cancel:"))
            })
            .await;
        assert_eq!(
            open_case(&app, chat).await.map(|c| c.lang),
            Some(*lang),
            "{text}"
        );
        let cancel = app
            .running()
            .state
            .content
            .current()
            .knowledge
            .ui(*lang, "bot-button-cancel");
        assert!(
            told.buttons().iter().any(|(l, _)| *l == cancel),
            "{text}: {:?}",
            told.buttons()
        );
    }

    // A question written in Belarusian sets the conversation's language; a
    // short reply that says nothing of its language keeps it; /mediator
    // then opens the case in Belarusian.
    let chat = 5240;
    api.say(
        chat,
        "en",
        "Як атрымаць дазвол на жыхарства ў Партугаліі для працы?",
    )
    .await;
    let (i, _) = api.wait_for(chat, 0, "an answer", |_| true).await;
    api.say(chat, "en", "ok").await;
    let (i, _) = api.wait_for(chat, i + 1, "ok answered", |_| true).await;
    api.say(chat, "en", "/mediator").await;
    api.wait_for(chat, i + 1, "queued", |c| {
        c.buttons().iter().any(|(_, d)| d.starts_with("cancel:"))
    })
    .await;
    assert_eq!(open_case(&app, chat).await.unwrap().lang, Lang::Be);
}

#[tokio::test]
async fn a_file_telegram_cannot_give_is_set_aside_with_the_user_told_and_other_chats_go_on() {
    let api = BotApi::start().await;
    let app = spawn_bot(&api, Options::default()).await;
    let m = app.available("ana", &["en"], &[]).await;
    let stuck = 5250;
    let (case, i) = ask_person(&api, &m, stuck, "en", "/mediator").await;
    m.post(&format!("/cases/{case}/claim"), json!({})).await;
    let (i, _) = api.wait_text(stuck, i, "ana Silva").await;

    // getFile answers 404 while another chat asks a question.
    api.fail(
        "getFile",
        50,
        404,
        json!({ "ok": false, "error_code": 404, "description": "Not Found" }),
    );
    api.send_photo(stuck, "en", b"\xff\xd8 photo", "my permit")
        .await;
    let other = 5251;
    api.say(other, "pt", "número de contribuinte").await;
    let (_, answer) = api
        .wait_for(other, 0, "the other chat's answer", |_| true)
        .await;
    let told = shown(&app, Lang::En, "bot-file-failed");
    let answered_at = api
        .calls()
        .iter()
        .position(|c| c.message_id == answer.message_id && c.chat() == Some(other))
        .unwrap();
    let (i, _) = api.wait_text(stuck, i, &told).await;
    let told_at = api
        .calls()
        .iter()
        .position(|c| c.chat() == Some(stuck) && c.text() == told)
        .unwrap();
    assert!(
        answered_at < told_at,
        "the other chat waited for the failing one"
    );

    // The chat goes on: what the user writes next reaches the mediator.
    api.say(stuck, "en", "I will bring it tomorrow").await;
    eventually("next message relayed", || async {
        case_view(&m, case).await["messages"]
            .as_array()
            .unwrap()
            .iter()
            .any(|v| v["body"] == "I will bring it tomorrow")
    })
    .await;

    // The same when getFile answers but the download is gone (404): not
    // taken for a network outage and retried for ever.
    api.clear_faults();
    api.lose_downloads();
    let lost = 5252;
    let m2 = app.available("rui", &["fr"], &[]).await;
    let (case2, j) = ask_person(&api, &m2, lost, "fr", "/mediator").await;
    m2.post(&format!("/cases/{case2}/claim"), json!({})).await;
    let (j, _) = api.wait_text(lost, j, "rui Silva").await;
    let _ = i;
    api.send_document(lost, "fr", b"%PDF-1.4", "bail.pdf", "application/pdf")
        .await;
    api.wait_text(lost, j, &shown(&app, Lang::Fr, "bot-file-failed"))
        .await;
}

#[tokio::test]
async fn the_mediator_sees_what_the_user_read_and_searched_and_it_goes_with_forget() {
    let api = BotApi::start().await;
    let app = spawn_bot(&api, Options::default()).await;
    let m = app.available("olena", &["uk"], &[]).await;
    let chat = 5260;
    // Read an article from the menu, and typed a question.
    api.say(chat, "uk", "/menu").await;
    let (_, menu) = api
        .wait_for(chat, 0, "menu", |c| !c.buttons().is_empty())
        .await;
    api.press(chat, "uk", menu.message_id.unwrap(), "cat:services")
        .await;
    let (_, list) = api
        .wait_for(chat, 1, "list", |c| c.method == "editmessagetext")
        .await;
    api.press(
        chat,
        "uk",
        list.message_id.unwrap(),
        "art:one-stop-shop-services",
    )
    .await;
    let (i, _) = api
        .wait_for(chat, 2, "article", |c| !c.buttons().is_empty())
        .await;
    api.say(chat, "uk", "як отримати податковий номер").await;
    let (i, _) = api
        .wait_for(chat, i + 1, "search answered", |c| !c.buttons().is_empty())
        .await;
    let _ = i;
    let (case, _) = ask_person(&api, &m, chat, "uk", "/mediator").await;
    let v = case_view(&m, case).await;
    let context = &v["case"]["context"];
    assert_eq!(context["read"][0], "one-stop-shop-services", "{v}");
    assert_eq!(
        context["searched"],
        json!(["як отримати податковий номер"]),
        "{v}"
    );

    // /forget deletes it with the person.
    let store = app.running().state.store.clone();
    let visitor = store
        .find_visitor(Channel::Telegram, &chat.to_string())
        .await
        .unwrap()
        .unwrap();
    api.say(chat, "uk", "/forget").await;
    let (_, ask) = api
        .wait_for(chat, 0, "confirm", |c| {
            c.buttons().iter().any(|(_, d)| d == "forget:yes")
        })
        .await;
    api.press(chat, "uk", ask.message_id.unwrap(), "forget:yes")
        .await;
    api.wait_text(chat, 0, &shown(&app, Lang::Uk, "bot-forgotten"))
        .await;
    let since = app.clock.now() - chrono::Duration::days(30);
    assert!(store.trail(visitor.id, since, 10).await.unwrap().is_empty());

    // Only the last day counts: what was read two days ago is not shown,
    // and the hourly purge deletes it.
    let old = 5261;
    api.say(old, "ro", "cum obțin numărul de contribuabil NIF")
        .await;
    api.wait_for(old, 0, "answer", |_| true).await;
    let visitor = store
        .find_visitor(Channel::Telegram, &old.to_string())
        .await
        .unwrap()
        .unwrap();
    assert!(!store.trail(visitor.id, since, 10).await.unwrap().is_empty());
    app.clock.advance(chrono::Duration::days(2));
    api.say(old, "ro", "/privacy").await;
    eventually("purged", || async {
        store.trail(visitor.id, since, 10).await.unwrap().is_empty()
    })
    .await;
    let ion = app.available("ion", &["ro"], &[]).await;
    let (case, _) = ask_person(&api, &ion, old, "ro", "/mediator").await;
    let v = case_view(&ion, case).await;
    assert_eq!(
        v["case"]["context"],
        json!({ "read": [], "searched": [] }),
        "{v}"
    );
}

#[tokio::test]
async fn a_photo_is_not_lost_while_a_proxy_in_front_of_telegram_answers_502() {
    let api = BotApi::start().await;
    let app = spawn_bot(&api, Options::default()).await;
    let m = app.available("ana", &["en"], &[]).await;
    let chat = 5260;
    let (case, i) = ask_person(&api, &m, chat, "en", "/mediator").await;
    m.post(&format!("/cases/{case}/claim"), json!({})).await;
    api.wait_text(chat, i, "ana Silva").await;
    // As many failures in a row as make an update that cannot be handled
    // be set aside; an outage is waited out instead. (teloxide itself
    // waits 10 s after each 5xx, hence the long deadline.)
    api.fail(
        "getFile",
        4,
        502,
        json!("<html><body>502 Bad Gateway</body></html>"),
    );
    api.send_photo(chat, "en", b"\xff\xd8 photo", "my permit")
        .await;
    let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(120);
    loop {
        let v = case_view(&m, case).await;
        if v["messages"]
            .as_array()
            .unwrap()
            .iter()
            .any(|v| v["kind"] == "file")
        {
            break;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "the photo was lost: {v}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
}

crate::postgres::on_postgres_too!(
    asking_for_a_person_in_kriolu_opens_the_case_in_kriolu_with_the_hours_in_kriolu,
    the_case_opens_in_the_language_of_the_conversation_in_all_nine_languages,
    a_file_telegram_cannot_give_is_set_aside_with_the_user_told_and_other_chats_go_on,
    the_mediator_sees_what_the_user_read_and_searched_and_it_goes_with_forget,
    a_photo_is_not_lost_while_a_proxy_in_front_of_telegram_answers_502,
);

/// The phrases that ask for a person are UI strings: one added while the
/// bot runs asks for a person once the knowledge is reloaded.
#[tokio::test]
async fn a_phrase_added_to_the_ui_strings_asks_for_a_person_after_a_reload() {
    let dir = tempfile::tempdir().unwrap();
    let api = BotApi::start().await;
    let source = Some(copy_of_shipped(dir.path()));
    let app = spawn_bot(
        &api,
        Options {
            source,
            ..Options::default()
        },
    )
    .await;
    let chat = 5260;
    let phrase = "fetch me the counter clerk";
    api.say(chat, "en", phrase).await;
    api.wait_for(chat, 0, "an answer", |_| true).await;
    assert!(open_case(&app, chat).await.is_none(), "not yet a phrase");

    let file = dir.path().join("locales/en/bot.ftl");
    let ftl = std::fs::read_to_string(&file).unwrap().replacen(
        "bot-person-phrases = ",
        &format!("bot-person-phrases = {phrase} | "),
        1,
    );
    std::fs::write(&file, ftl).unwrap();
    app.running().state.reloader.reload().await.unwrap();

    let after = api.to(chat).len();
    api.say(chat, "en", phrase).await;
    api.wait_for(chat, after, "queued", |c| {
        c.buttons().iter().any(|(_, d)| d.starts_with("cancel:"))
    })
    .await;
    assert_eq!(open_case(&app, chat).await.unwrap().lang, Lang::En);
}
