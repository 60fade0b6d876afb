//! The accounts' lifecycle: what administrators do to accounts (disable,
//! enable, change, end sessions, reset links), a mediator's own password,
//! the password rules, and the same from the command line.

use serde_json::{Value, json};

use crate::console_helpers::{Console, PASSWORD};
use crate::helpers::{TestApp, spawn_app};

const NEW_PASSWORD: &str = "tram 28 to graca at dawn";

async fn login(app: &TestApp, username: &str, password: &str) -> (u16, Value) {
    let r = app
        .client
        .post(format!("{}/api/v1/console/login?lang=en", app.base))
        .json(&json!({ "username": username, "password": password }))
        .send()
        .await
        .unwrap();
    let s = r.status().as_u16();
    (s, r.json().await.unwrap())
}

/// The audit log's account entries: (action, who, subject).
async fn account_log(admin: &Console) -> Vec<(String, String, String)> {
    let (_, v) = admin.get("/audit").await;
    v["audit"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["subject"].is_string())
        .map(|e| {
            let s = |k: &str| e[k].as_str().unwrap_or_default().to_string();
            (s("action"), s("username"), s("subject"))
        })
        .collect()
}

fn logged(log: &[(String, String, String)], action: &str, by: &str, subject: &str) -> bool {
    log.iter()
        .any(|(a, w, s)| (a.as_str(), w.as_str(), s.as_str()) == (action, by, subject))
}

#[tokio::test]
async fn a_disabled_account_is_signed_out_at_once_cannot_sign_in_and_works_again_when_enabled() {
    let app = spawn_app().await;
    app.add_mediator("rui", &["en"], &[], true).await;
    let bruno_id = app.add_mediator("bruno", &["pt"], &[], false).await;
    let admin = app.console("rui").await;
    let bruno = app.console("bruno").await;
    assert_eq!(bruno.get("/queue").await.0, 200);

    let (s, v) = admin
        .post(&format!("/mediators/{bruno_id}/disable"), json!({}))
        .await;
    assert_eq!((s, &v["mediator"]["disabled"]), (200, &json!(true)), "{v}");
    assert_eq!(
        bruno.get("/queue").await.0,
        401,
        "the session ended at once"
    );
    let (s, v) = login(&app, "bruno", PASSWORD).await;
    assert_eq!(
        (s, v["error"]["code"].as_str()),
        (403, Some("account_disabled"))
    );
    let (s, _) = login(&app, "bruno", "not the password").await;
    assert_eq!(s, 401, "a wrong password says nothing about the account");

    let (s, v) = admin
        .post(&format!("/mediators/{}/disable", admin.id), json!({}))
        .await;
    assert_eq!((s, v["error"]["code"].as_str()), (400, Some("own_account")));

    let (s, _) = admin
        .post(&format!("/mediators/{bruno_id}/enable"), json!({}))
        .await;
    assert_eq!(s, 200);
    assert_eq!(login(&app, "bruno", PASSWORD).await.0, 200);

    let log = account_log(&admin).await;
    assert!(logged(&log, "account_disabled", "rui", "bruno"), "{log:?}");
    assert!(logged(&log, "account_enabled", "rui", "bruno"), "{log:?}");
}

#[tokio::test]
async fn an_administrator_changes_languages_topics_services_and_role_and_ends_all_sessions() {
    let app = spawn_app().await;
    app.add_mediator("rui", &["en"], &[], true).await;
    let id = app.add_mediator("olena", &["pt"], &[], false).await;
    let admin = app.console("rui").await;
    let olena = app.console("olena").await;
    let other_device = app.console("olena").await;
    assert_eq!(olena.get("/stats").await.0, 403);

    let change = json!({ "languages": ["uk", "ru"], "topics": ["health"], "services": ["C"], "admin": true });
    let (s, v) = admin.post(&format!("/mediators/{id}"), change).await;
    assert_eq!(s, 200, "{v}");
    let (_, me) = olena.get("/me").await;
    assert_eq!(me["mediator"]["languages"], json!(["uk", "ru"]));
    assert_eq!(me["mediator"]["topics"], json!(["health"]));
    assert_eq!(me["mediator"]["services"], json!(["C"]));
    assert_eq!(olena.get("/stats").await.0, 200, "now an administrator");
    let bad = json!({ "languages": ["uk"], "topics": ["astrology"] });
    let (s, v) = admin.post(&format!("/mediators/{id}"), bad).await;
    assert_eq!((s, v["error"]["code"].as_str()), (400, Some("bad_field")));
    let demote_self = json!({ "languages": ["en"], "admin": false });
    let (s, _) = admin
        .post(&format!("/mediators/{}", admin.id), demote_self)
        .await;
    assert_eq!(s, 400, "no administrator demotes themselves");

    let (s, _) = admin
        .post(&format!("/mediators/{id}/end-sessions"), json!({}))
        .await;
    assert_eq!(s, 200);
    assert_eq!(olena.get("/queue").await.0, 401);
    assert_eq!(other_device.get("/queue").await.0, 401);
    assert_eq!(admin.get("/queue").await.0, 200, "only that account's");

    let log = account_log(&admin).await;
    assert!(logged(&log, "account_changed", "rui", "olena"), "{log:?}");
    assert!(logged(&log, "sessions_ended", "rui", "olena"), "{log:?}");
}

#[tokio::test]
async fn a_mediator_changes_their_password_with_the_current_one_and_other_sessions_end() {
    let app = spawn_app().await;
    app.add_mediator("rui", &["en"], &[], true).await;
    app.add_mediator("ana", &["en"], &[], false).await;
    let ana = app.console("ana").await;
    let phone = app.console("ana").await;
    let change = |current: &str, new: &str| json!({ "current": current, "password": new });

    let (s, v) = ana
        .post("/me/password", change("a wrong guess!", NEW_PASSWORD))
        .await;
    assert_eq!(
        (s, v["error"]["code"].as_str()),
        (400, Some("wrong_password"))
    );
    let (s, v) = ana
        .post("/me/password", change(PASSWORD, "password123"))
        .await;
    assert_eq!(
        (s, v["error"]["code"].as_str()),
        (400, Some("weak_password"))
    );
    assert_eq!(phone.get("/queue").await.0, 200, "nothing changed yet");

    let (s, v) = ana
        .post("/me/password", change(PASSWORD, NEW_PASSWORD))
        .await;
    assert_eq!(s, 200, "{v}");
    assert_eq!(ana.get("/queue").await.0, 200, "this session goes on");
    assert_eq!(phone.get("/queue").await.0, 401, "the others end");
    assert_eq!(login(&app, "ana", PASSWORD).await.0, 401);
    assert_eq!(login(&app, "ana", NEW_PASSWORD).await.0, 200);

    let admin = app.console("rui").await;
    let log = account_log(&admin).await;
    assert!(logged(&log, "password_changed", "ana", "ana"), "{log:?}");
}

#[tokio::test]
async fn a_reset_link_sets_a_new_password_once_within_an_hour_and_ends_the_sessions() {
    let app = spawn_app().await;
    app.add_mediator("rui", &["en"], &[], true).await;
    let id = app.add_mediator("ana", &["en"], &[], false).await;
    let admin = app.console("rui").await;
    let ana = app.console("ana").await;
    assert_eq!(
        ana.post(&format!("/mediators/{id}/reset-link"), json!({}))
            .await
            .0,
        403,
        "administrators only"
    );
    let (s, v) = admin
        .post(&format!("/mediators/{id}/reset-link"), json!({}))
        .await;
    assert_eq!(s, 200, "{v}");
    let url = v["url"].as_str().unwrap();
    assert!(url.contains("/console/#/reset/"), "{url}");
    let token = url.rsplit('/').next().unwrap();
    let reset = |token: &str, password: &str, origin: Option<&str>| {
        let mut r = app
            .client
            .post(format!("{}/api/v1/console/reset?lang=en", app.base))
            .json(&json!({ "token": token, "password": password }));
        if let Some(o) = origin {
            r = r.header("origin", o);
        }
        async move {
            let r = r.send().await.unwrap();
            let s = r.status().as_u16();
            (s, r.json::<Value>().await.unwrap())
        }
    };
    let (s, _) = reset(token, NEW_PASSWORD, Some("https://evil.example")).await;
    assert_eq!(s, 403, "a cross-site form cannot use it");
    let (s, v) = reset(token, "ana Silva 1", None).await;
    assert_eq!(
        (s, v["error"]["message"].as_str()),
        (
            400,
            Some("The password must not contain your username or your name.")
        )
    );
    let (s, v) = reset(token, NEW_PASSWORD, None).await;
    assert_eq!(s, 200, "{v}");
    assert_eq!(ana.get("/queue").await.0, 401, "sessions ended");
    assert_eq!(login(&app, "ana", NEW_PASSWORD).await.0, 200);
    let (s, v) = reset(token, "another fine passphrase", None).await;
    assert_eq!((s, v["error"]["code"].as_str()), (400, Some("reset_link")));

    let (_, v) = admin
        .post(&format!("/mediators/{id}/reset-link"), json!({}))
        .await;
    let late = v["url"].as_str().unwrap().rsplit('/').next().unwrap();
    app.clock.advance(chrono::Duration::minutes(61));
    let (s, _) = reset(late, "another fine passphrase", None).await;
    assert_eq!(s, 400, "expired after an hour");

    let log = account_log(&admin).await;
    assert!(logged(&log, "reset_link_issued", "rui", "ana"), "{log:?}");
    assert!(logged(&log, "password_reset", "ana", "ana"), "{log:?}");
}

#[tokio::test]
async fn guessable_passwords_are_refused_with_the_reason_in_the_readers_language() {
    let app = spawn_app().await;
    // An administrator who reads the console in Ukrainian.
    app.add_mediator("rui", &["uk", "en"], &[], true).await;
    let admin = app.console("rui").await;
    let add = |password: &str| json!({ "username": "marta.rocha", "name": "Marta Rocha", "password": password, "languages": ["pt"] });
    for (password, reason) in [
        ("password123", "Це один із найпоширеніших паролів"),
        ("1234567890", "Це один із найпоширеніших паролів"),
        ("aaaaaaaaaa", "простий шаблон"),
        ("marta.rocha", "не повинен містити ваше ім’я користувача"),
        ("MartaRocha!", "не повинен містити ваше ім’я користувача"),
        ("lisboa", "щонайменше"),
    ] {
        let (s, v) = admin.post("/mediators", add(password)).await;
        assert_eq!(s, 400, "{password}");
        assert_eq!(v["error"]["code"], "weak_password", "{password}");
        let message = v["error"]["message"].as_str().unwrap();
        assert!(
            message.to_lowercase().contains(&reason.to_lowercase()),
            "{password}: {message}"
        );
    }
    assert_eq!(admin.post("/mediators", add(NEW_PASSWORD)).await.0, 200);
    let log = account_log(&admin).await;
    assert!(
        logged(&log, "account_created", "rui", "marta.rocha"),
        "{log:?}"
    );
}

#[tokio::test]
async fn the_first_administrator_cannot_choose_a_common_password() {
    let app = spawn_app().await;
    let link = app.running().setup_link.clone().unwrap();
    let token = link.rsplit('/').next().unwrap();
    let r = app
        .client
        .post(format!("{}/api/v1/console/setup?lang=en", app.base))
        .json(&json!({ "token": token, "username": "ana", "name": "Ana", "password": "password123", "languages": ["pt"] }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 400);
    let v: Value = r.json().await.unwrap();
    assert_eq!(v["error"]["code"], "weak_password");
}

/// `balcao mediator ...` on a database file, with `stdin` as its input.
fn cli(db: &str, args: &[&str], stdin: &str) -> std::process::Output {
    use std::io::Write;
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_balcao"))
        .current_dir(crate::helpers::repo())
        .env_remove("DATABASE_URL")
        .args(["--database-url", db, "mediator"])
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

#[tokio::test]
async fn a_locked_out_administrator_is_disabled_enabled_and_given_a_new_password_from_the_shell() {
    let dir = tempfile::tempdir().unwrap();
    let db = crate::helpers::database_url(dir.path()).await;
    let ok = |out: std::process::Output| {
        let text = String::from_utf8_lossy(&out.stdout).to_string();
        assert!(
            out.status.success(),
            "{text}{}",
            String::from_utf8_lossy(&out.stderr)
        );
        text
    };
    let add = ["add", "--username", "rui", "--languages", "pt", "--admin"];
    ok(cli(&db, &add, &format!("{PASSWORD}\n")));
    let text = ok(cli(&db, &["disable", "--username", "rui"], ""));
    assert!(text.contains("rui disabled"), "{text}");
    let weak = cli(
        &db,
        &["reset-password", "--username", "rui"],
        "1234567890\n",
    );
    assert!(!weak.status.success());
    assert!(String::from_utf8_lossy(&weak.stderr).contains("most common"));
    ok(cli(
        &db,
        &["reset-password", "--username", "rui"],
        &format!("{NEW_PASSWORD}\n"),
    ));
    assert!(
        !cli(&db, &["enable", "--username", "nobody"], "")
            .status
            .success()
    );

    let store = balcao::store::open(&db).await.unwrap();
    let (m, creds) = store.mediator_login("rui").await.unwrap().unwrap();
    assert!(m.disabled);
    assert!(balcao::auth::verify_password(
        NEW_PASSWORD,
        &creds.password_hash
    ));
    store.close().await;
    ok(cli(&db, &["enable", "--username", "rui"], ""));
    let store = balcao::store::open(&db).await.unwrap();
    let (m, _) = store.mediator_login("rui").await.unwrap().unwrap();
    assert!(!m.disabled);
    let log = store.audit_log(10).await.unwrap();
    store.close().await;
    let actions: Vec<(&str, Option<i64>)> = log
        .iter()
        .map(|e| (e.action.as_str(), e.mediator_id))
        .collect();
    assert_eq!(
        actions,
        [
            ("account_enabled", None),
            ("password_reset", None),
            ("account_disabled", None),
            ("account_created", None),
        ],
        "written as done from the command line"
    );
}

crate::postgres::on_postgres_too!(
    a_disabled_account_is_signed_out_at_once_cannot_sign_in_and_works_again_when_enabled,
    an_administrator_changes_languages_topics_services_and_role_and_ends_all_sessions,
    a_mediator_changes_their_password_with_the_current_one_and_other_sessions_end,
    a_reset_link_sets_a_new_password_once_within_an_hour_and_ends_the_sessions,
    guessable_passwords_are_refused_with_the_reason_in_the_readers_language,
    the_first_administrator_cannot_choose_a_common_password,
    a_locked_out_administrator_is_disabled_enabled_and_given_a_new_password_from_the_shell,
);
