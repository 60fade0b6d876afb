//! The dialogue's small courtesies: small talk, buttons that always stop
//! spinning, and the rating after a hand-back.

use serde_json::json;

use super::{ask_person, shown, spawn_bot};
use crate::helpers::{Options, eventually};
use crate::telegram_server::BotApi;
use balcao::clock::Clock;
use balcao::handoff::model::Channel;
use balcao::lang::Lang;

#[tokio::test]
async fn small_talk_gets_a_short_friendly_reply_in_its_language_not_an_article() {
    let api = BotApi::start().await;
    let app = spawn_bot(&api, Options::default()).await;
    // (Telegram app language, what the user writes, the reply's language
    // and message.)
    let cases = [
        ("pt", "Obrigadu!", Lang::Kea, "bot-thanks-reply"),
        ("pt", "sin", Lang::Kea, "bot-chat-reply"),
        ("pt", "Ok, obrigado", Lang::Pt, "bot-thanks-reply"),
        ("en", "thanks", Lang::En, "bot-thanks-reply"),
        ("en", "ok", Lang::En, "bot-chat-reply"),
        ("ru", "да", Lang::Ru, "bot-chat-reply"),
        ("fr", "Merci !", Lang::Fr, "bot-thanks-reply"),
        ("es", "¡Gracias!", Lang::Es, "bot-thanks-reply"),
        ("uk", "Дякую", Lang::Uk, "bot-thanks-reply"),
        ("be", "дзякуй", Lang::Be, "bot-thanks-reply"),
        ("ro", "Mulțumesc frumos", Lang::Ro, "bot-thanks-reply"),
        ("en", "👍", Lang::En, "bot-chat-reply"),
    ];
    for (n, (code, text, _, _)) in cases.iter().enumerate() {
        api.say(5100 + n as i64, code, text).await;
    }
    for (n, (_, text, lang, id)) in cases.iter().enumerate() {
        let chat = 5100 + n as i64;
        let (_, reply) = api.wait_for(chat, 0, text, |_| true).await;
        assert_eq!(reply.text(), shown(&app, *lang, id), "{text}");
        reply.button("menu");
    }
    let misses = app
        .running()
        .state
        .store
        .search_misses(chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(), 50)
        .await
        .unwrap();
    assert!(misses.is_empty(), "small talk is not a search: {misses:?}");
}

#[tokio::test]
async fn every_button_is_answered_even_stale_or_forged_ones() {
    let api = BotApi::start().await;
    let app = spawn_bot(&api, Options::default()).await;
    let chat = 5120;
    api.say(chat, "uk", "/start").await;
    let (_, hello) = api.wait_for(chat, 0, "greeting", |_| true).await;
    let message = hello.message_id.unwrap();
    let expired = app
        .running()
        .state
        .content
        .current()
        .knowledge
        .ui(Lang::Uk, "bot-button-expired");
    // Someone else's or a deleted case, a case number that is no number,
    // an article and a category that do not exist, nonsense.
    let mut queries = Vec::new();
    for data in [
        "rate:999999:5",
        "leave:424242",
        "cancel:424242",
        "cancel:abc",
        "art:no-such-article",
        "cat:no-such-category",
        "asked:777",
        "again:1",
        "no-such-button",
    ] {
        let (_, query) = api.press_query(chat, "uk", message, data).await;
        queries.push((data, query));
    }
    for (data, query) in &queries {
        eventually(&format!("{data} answered"), || async {
            !api.answers_to(query).is_empty()
        })
        .await;
        assert_eq!(api.answers_to(query), vec![expired.as_str()], "{data}");
    }
    // And a button that works still does, after them.
    api.press(chat, "uk", message, "lang:be").await;
    api.wait_text(chat, 1, &shown(&app, Lang::Be, "bot-language-set"))
        .await;
}

#[tokio::test]
async fn a_hand_back_to_the_assistant_offers_the_rating() {
    let api = BotApi::start().await;
    let app = spawn_bot(&api, Options::default()).await;
    let m = app.available("olena", &["uk"], &[]).await;
    let chat = 5130;
    let (case, i) = ask_person(&api, &m, chat, "uk", "/mediator").await;
    m.post(&format!("/cases/{case}/claim"), json!({})).await;
    let (i, _) = api.wait_text(chat, i, "olena Silva").await;
    let (s, _) = m.post(&format!("/cases/{case}/hand-back"), json!({})).await;
    assert_eq!(s, 200);
    super::rate_with_survey(&api, &app, &m, chat, i, case, 5).await;
}

crate::postgres::on_postgres_too!(
    small_talk_gets_a_short_friendly_reply_in_its_language_not_an_article,
    every_button_is_answered_even_stale_or_forged_ones,
    a_hand_back_to_the_assistant_offers_the_rating,
);

/// Retention counts from a visitor's last contact, written at most once
/// an hour: a visitor who keeps writing moves it on, hour by hour.
#[tokio::test]
async fn a_visitor_who_keeps_writing_has_their_last_contact_moved_on_each_hour() {
    let api = BotApi::start().await;
    let app = spawn_bot(&api, Options::default()).await;
    let chat = 5140;
    let store = app.running().state.store.clone();
    let last_seen = || async {
        let v = store
            .find_visitor(Channel::Telegram, &chat.to_string())
            .await
            .unwrap()
            .expect("the chat has a visitor");
        v.last_seen
    };
    let mut answers = 0;
    let mut say = async |text: &str| {
        api.say(chat, "en", text).await;
        answers = api.wait_for(chat, answers, text, |_| true).await.0 + 1;
    };

    say("thanks").await;
    let first = last_seen().await;
    assert_eq!(first, app.clock.now());
    app.clock.advance(chrono::Duration::minutes(40));
    say("thanks again").await;
    assert_eq!(
        last_seen().await,
        first,
        "within the hour it is not written"
    );
    app.clock.advance(chrono::Duration::minutes(40));
    say("ok").await;
    assert_eq!(last_seen().await, app.clock.now(), "after the hour it is");
}

#[tokio::test]
async fn a_question_in_another_language_is_answered_again_in_the_readers_own_after_a_restart_and_for_no_one_else()
 {
    let api = BotApi::start().await;
    let mut app = spawn_bot(&api, Options::default()).await;
    let chat = 5301;
    // A Portuguese reader writes in Ukrainian, a question with several
    // answers: the list is in Ukrainian, with an offer in Portuguese.
    api.say(chat, "pt", "де зробити документи для роботи і житла")
        .await;
    let (i, list) = api
        .wait_for(chat, 0, "the list with the offer", |c| {
            c.buttons().iter().any(|(_, d)| d.starts_with("asked:"))
        })
        .await;
    let content = app.running().state.content.current();
    let label = content.knowledge.ui_with(
        Lang::Pt,
        "bot-button-show-in",
        &[("language", "Português".to_string())],
    );
    drop(content);
    let (shown_label, asked) = list
        .buttons()
        .into_iter()
        .find(|(_, d)| d.starts_with("asked:"))
        .unwrap();
    assert_eq!(shown_label, label);
    assert!(
        list.buttons().iter().any(|(_, d)| d.ends_with(":uk")),
        "the list is of Ukrainian articles: {:?}",
        list.buttons()
    );

    // The question is kept with its update: the offer still works after a
    // restart, and answers in Portuguese.
    app.restart().await;
    api.press(chat, "pt", list.message_id.unwrap(), &asked)
        .await;
    let (_, again) = api
        .wait_for(chat, i + 1, "the list in Portuguese", |c| {
            c.buttons().iter().any(|(_, d)| d.starts_with("art:"))
        })
        .await;
    assert!(
        again
            .buttons()
            .iter()
            .filter(|(_, d)| d.starts_with("art:"))
            .all(|(_, d)| !d.ends_with(":uk")),
        "{:?}",
        again.buttons()
    );

    // Another user pressing the same data (forged) gets nothing of it.
    let expired = app
        .running()
        .state
        .content
        .current()
        .knowledge
        .ui(Lang::Pt, "bot-button-expired");
    let (_, query) = api.press_query(5302, "pt", 1, &asked).await;
    eventually("the forged button answered", || async {
        !api.answers_to(&query).is_empty()
    })
    .await;
    assert_eq!(api.answers_to(&query), vec![expired.as_str()]);
    assert!(
        api.to(5302).iter().all(|c| c.method != "sendmessage"),
        "{:?}",
        api.to(5302)
    );
}
