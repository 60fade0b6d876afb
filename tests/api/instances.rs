//! Several instances on one database: one polls Telegram at a time and
//! another takes over when it stops; failed sign-ins count per account
//! across instances.

use std::time::Duration;

use balcao::config::TelegramConfig;
use balcao::lang::Lang;
use serde_json::json;

use crate::helpers::{Options, TestApp, eventually, spawn_with};
use crate::postgres::{Backend, on_postgres_too};
use crate::telegram_server::{BotApi, TOKEN};

/// An instance whose Bot API calls the test server can tell apart by `via`;
/// on `database` if given (another instance's), else on a fresh one.
/// On `backend` if given, else the running test's.
pub(crate) async fn instance(
    api: &BotApi,
    via: &str,
    database: Option<String>,
    backend: Option<Backend>,
) -> TestApp {
    spawn_with(Options {
        telegram: TelegramConfig {
            token: Some(TOKEN.into()),
            api_url: Some(api.url_via(via)),
            ..TelegramConfig::default()
        },
        database_url: database,
        backend,
        ..Options::default()
    })
    .await
}

async fn telegram_state(app: &TestApp) -> String {
    let (status, v) = app.get_json("/readyz").await;
    assert_eq!(status, 200, "{v}");
    assert_eq!(v["database"], "ok", "{v}");
    v["telegram"].as_str().unwrap_or("").to_string()
}

/// Sends "thanks" from each chat and waits until each got its one reply.
async fn thank_and_wait(api: &BotApi, chats: std::ops::Range<i64>) {
    for chat in chats.clone() {
        api.say(chat, "en", "thanks").await;
    }
    for chat in chats {
        api.wait_for(chat, 0, "a reply to thanks", |_| true).await;
    }
}

#[tokio::test]
async fn one_instance_polls_and_the_other_takes_over_when_it_stops_answering_each_update_once() {
    let api = BotApi::start().await;
    let a = instance(&api, "a", None, None).await;
    let b = instance(&api, "b", Some(a.config.database_url.clone()), None).await;

    // Exactly one polls; the other stands by and is ready all the same.
    let first_polls = async {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
        loop {
            let states = (telegram_state(&a).await, telegram_state(&b).await);
            match (states.0.as_str(), states.1.as_str()) {
                ("polling", "standby") => return true,
                ("standby", "polling") => return false,
                _ => {}
            }
            assert!(
                tokio::time::Instant::now() < deadline,
                "one instance polls, the other stands by: {states:?}"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
    .await;
    let (mut holder, standby, holder_via, standby_via) = if first_polls {
        (a, b, "a", "b")
    } else {
        (b, a, "b", "a")
    };

    // Before: answered by the holder; the standby never asked Telegram.
    thank_and_wait(&api, 9100..9105).await;
    assert!(api.get_updates_via(holder_via) > 0);
    assert_eq!(
        api.get_updates_via(standby_via),
        0,
        "only one instance polls"
    );
    assert_eq!(telegram_state(&standby).await, "standby");

    // During: updates arrive while the holder stops and the other takes
    // over; after: once it polls.
    for chat in 9105..9110 {
        api.say(chat, "en", "thanks").await;
    }
    let stopping = holder.running.take().unwrap();
    let stopped = tokio::spawn(stopping.shutdown());
    for chat in 9110..9115 {
        api.say(chat, "en", "thanks").await;
    }
    stopped.await.unwrap().unwrap();
    eventually("the other instance takes over", || async {
        telegram_state(&standby).await == "polling"
    })
    .await;
    assert!(api.get_updates_via(standby_via) > 0);
    thank_and_wait(&api, 9115..9120).await;
    for chat in 9105..9115 {
        api.wait_for(chat, 0, "a reply to thanks", |_| true).await;
    }

    // Each update answered exactly once, however the takeover fell.
    tokio::time::sleep(Duration::from_millis(500)).await;
    let thanks = super::telegram_bot::shown(&standby, Lang::En, "bot-thanks-reply");
    for chat in 9100..9120 {
        let texts: Vec<String> = api.to(chat).iter().map(|c| c.text().to_string()).collect();
        assert_eq!(texts, vec![thanks.clone()], "chat {chat}");
    }
    assert_eq!(api.unconfirmed(), 0, "every update confirmed to Telegram");
}

#[tokio::test]
async fn readiness_fails_when_the_database_does_not_answer() {
    let plain = spawn_with(Options::default()).await;
    assert_eq!(telegram_state(&plain).await, "off");
    plain.running().state.store.close().await;
    let (status, v) = plain.get_json("/readyz").await;
    assert_eq!(
        (status, v),
        (503, json!({ "database": "unavailable", "telegram": "off" }))
    );
    assert_eq!(plain.get("/healthz").await.status(), 200);
}

/// A sign-in from the test's address: status and Retry-After seconds.
async fn sign_in(app: &TestApp, username: &str, password: &str) -> (u16, Option<u64>) {
    let r = app
        .client
        .post(format!("{}/api/v1/console/login?lang=en", app.base))
        .json(&json!({ "username": username, "password": password }))
        .send()
        .await
        .unwrap();
    let retry = r
        .headers()
        .get("retry-after")
        .map(|v| v.to_str().unwrap().parse().unwrap());
    (r.status().as_u16(), retry)
}

#[tokio::test]
async fn wrong_passwords_spread_over_two_instances_count_as_on_one() {
    let a = spawn_with(Options::default()).await;
    let b = spawn_with(Options {
        database_url: Some(a.config.database_url.clone()),
        ..Options::default()
    })
    .await;
    a.add_mediator("ana", &["pt"], &[], false).await;
    // Five failures, three through one instance and two through the other:
    // neither instance saw five of them.
    for app in [&a, &b, &a, &b, &a] {
        assert_eq!(sign_in(app, "ana", "wrong password!").await.0, 401);
    }
    // The account's five count on both: the right password waits, as it
    // would after five on one instance.
    for app in [&a, &b] {
        assert_eq!(
            sign_in(app, "ana", crate::console_helpers::PASSWORD).await,
            (429, Some(2))
        );
    }
    b.clock.advance(chrono::Duration::seconds(2));
    assert_eq!(
        sign_in(&b, "ana", crate::console_helpers::PASSWORD).await.0,
        200
    );
}

on_postgres_too!(
    one_instance_polls_and_the_other_takes_over_when_it_stops_answering_each_update_once,
    readiness_fails_when_the_database_does_not_answer,
    wrong_passwords_spread_over_two_instances_count_as_on_one,
);
