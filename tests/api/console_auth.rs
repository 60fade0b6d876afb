//! Accounts, sessions, CSRF, lockout and authorisation on console routes.

use balcao::clock::Clock;
use serde_json::json;

use crate::console_helpers::PASSWORD;
use crate::helpers::{TestApp, spawn_app};

#[tokio::test]
async fn the_setup_link_creates_the_first_admin_once_and_expires_after_an_hour() {
    let app = spawn_app().await;
    let link = app
        .running()
        .setup_link
        .clone()
        .expect("fresh database prints a setup link");
    let token = link.rsplit('/').next().unwrap().to_string();
    assert!(link.contains("/console/#/setup/"), "{link}");
    let account = |t: &str, user: &str| json!({ "token": t, "username": user, "name": "Ana", "password": PASSWORD, "languages": ["pt", "uk"] });
    let post = |body: serde_json::Value| {
        let c = app.client.clone();
        let url = format!("{}/api/v1/console/setup", app.base);
        async move {
            let r = c.post(url).json(&body).send().await.unwrap();
            let s = r.status().as_u16();
            (s, r.json::<serde_json::Value>().await.unwrap())
        }
    };
    let (s, v) = post(account(&token, "ana")).await;
    assert_eq!(s, 200, "{v}");
    assert_eq!(v["mediator"]["role"], "admin");
    let (s, v) = post(account(&token, "bruno")).await;
    assert_eq!((s, v["error"]["code"].as_str()), (400, Some("setup_link")));

    // A second fresh app: its link no longer works after an hour.
    let app2 = spawn_app().await;
    let token2 = app2.running().setup_link.clone().unwrap();
    let token2 = token2.rsplit('/').next().unwrap();
    app2.clock.advance(chrono::Duration::minutes(61));
    let r = app2
        .client
        .post(format!("{}/api/v1/console/setup", app2.base))
        .json(&account(token2, "carla"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 400);
}

#[tokio::test]
async fn login_sets_a_strict_http_only_cookie_and_logout_ends_the_session() {
    let app = spawn_app().await;
    app.add_mediator("ana", &["pt"], &[], false).await;
    let r = app
        .client
        .post(format!("{}/api/v1/console/login", app.base))
        .json(&json!({ "username": "ana", "password": PASSWORD }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let cookie = r.headers()["set-cookie"].to_str().unwrap().to_string();
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"),
        "{cookie}"
    );
    assert!(!cookie.contains("Secure"), "plain http in tests");

    let c = app.console("ana").await;
    assert_eq!(c.get("/queue").await.0, 200);
    assert_eq!(c.post("/logout", json!({})).await.0, 200);
    let (s, v) = c.get("/queue").await;
    assert_eq!(
        (s, v["error"]["code"].as_str()),
        (401, Some("login_required"))
    );
}

#[tokio::test]
async fn sessions_expire_when_idle() {
    let app = spawn_app().await;
    app.add_mediator("ana", &["pt"], &[], false).await;
    let c = app.console("ana").await;
    app.clock.advance(chrono::Duration::minutes(119));
    assert_eq!(c.get("/queue").await.0, 200, "activity keeps it alive");
    app.clock.advance(chrono::Duration::minutes(121));
    assert_eq!(c.get("/queue").await.0, 401);
}

/// A sign-in from the test's address: status, error code and message, and
/// the Retry-After seconds of a refusal.
async fn sign_in(
    app: &TestApp,
    username: &str,
    password: &str,
) -> (u16, Option<String>, Option<String>, Option<u64>) {
    let r = app
        .client
        .post(format!("{}/api/v1/console/login?lang=en", app.base))
        .json(&json!({ "username": username, "password": password }))
        .send()
        .await
        .unwrap();
    let status = r.status().as_u16();
    let retry = r
        .headers()
        .get("retry-after")
        .map(|v| v.to_str().unwrap().parse().unwrap());
    let v: serde_json::Value = r.json().await.unwrap();
    let text = |k: &str| v["error"][k].as_str().map(str::to_string);
    (status, text("code"), text("message"), retry)
}

#[tokio::test]
async fn unknown_and_existing_usernames_are_answered_alike_and_throttled_alike() {
    let app = spawn_app().await;
    app.add_mediator("ana", &["pt"], &[], false).await;
    for user in ["ana", "nobody"] {
        // A new minute: the address's budget of 10 a minute is not at stake.
        app.clock.advance(chrono::Duration::minutes(2));
        let mut answers = vec![];
        for _ in 0..6 {
            answers.push(sign_in(&app, user, "wrong password!").await);
        }
        let bad = (
            401,
            Some("bad_credentials".to_string()),
            Some("Wrong username or password.".to_string()),
            None,
        );
        assert_eq!(answers[..5], vec![bad; 5][..], "{user}");
        assert_eq!(
            answers[5],
            (
                429,
                Some("throttled".to_string()),
                Some("Too many failed attempts. Wait 2 s and try again.".to_string()),
                Some(2)
            ),
            "{user}: the sixth attempt waits, known or not"
        );
    }
}

#[tokio::test]
async fn wrong_passwords_slow_the_next_attempt_with_a_growing_delay_but_never_lock_the_owner_out() {
    let app = spawn_app().await;
    app.add_mediator("ana", &["pt"], &[], false).await;
    for _ in 0..5 {
        assert_eq!(sign_in(&app, "ana", "wrong password!").await.0, 401);
    }
    // The right password, too soon: refused without being checked.
    let (s, code, _, retry) = sign_in(&app, "ana", PASSWORD).await;
    assert_eq!(
        (s, code.as_deref(), retry),
        (429, Some("throttled"), Some(2))
    );
    app.clock.advance(chrono::Duration::seconds(2));
    assert_eq!(sign_in(&app, "ana", "wrong again!!").await.0, 401);
    assert_eq!(sign_in(&app, "ana", PASSWORD).await.3, Some(4), "doubles");
    app.clock.advance(chrono::Duration::seconds(4));
    // The owner gets in after seconds, not a quarter of an hour.
    assert_eq!(sign_in(&app, "ana", PASSWORD).await.0, 200);
}

#[tokio::test]
async fn failures_older_than_an_hour_no_longer_count() {
    let app = spawn_app().await;
    app.add_mediator("ana", &["pt"], &[], false).await;
    for i in 0..7 {
        if i > 0 {
            app.clock.advance(chrono::Duration::seconds(30));
        }
        assert_eq!(sign_in(&app, "ana", "wrong password!").await.0, 401);
    }
    assert_eq!(sign_in(&app, "ana", PASSWORD).await.0, 429);
    app.clock.advance(chrono::Duration::minutes(61));
    for _ in 0..5 {
        assert_eq!(
            sign_in(&app, "ana", "wrong password!").await.0,
            401,
            "free again"
        );
    }
}

#[tokio::test]
async fn the_101st_attempt_within_an_hour_is_refused_without_checking_the_password() {
    let app = spawn_app().await;
    app.add_mediator("ana", &["pt"], &[], false).await;
    let start = app.clock.now();
    let mut failures = 0;
    while failures < 100 {
        match sign_in(&app, "ana", "wrong password!").await {
            (401, ..) => failures += 1,
            (429, _, _, Some(wait)) => app.clock.advance(chrono::Duration::seconds(wait as i64)),
            other => panic!("{other:?}"),
        }
    }
    // Past the bound, the right password is refused too, until the first
    // failure is an hour old: longer than any delay.
    let elapsed = app.clock.now() - start;
    assert!(elapsed < chrono::Duration::hours(1), "{elapsed}");
    let (s, code, _, wait) = sign_in(&app, "ana", PASSWORD).await;
    assert_eq!((s, code.as_deref()), (429, Some("throttled")));
    let wait = wait.unwrap() as i64;
    assert!(wait > 30, "the hourly bound, not the delay: {wait}");
    app.clock.advance(chrono::Duration::seconds(wait));
    assert_eq!(sign_in(&app, "ana", PASSWORD).await.0, 200);
}

#[tokio::test]
async fn failures_from_one_address_slow_it_for_every_username() {
    let app = spawn_app().await;
    app.add_mediator("ana", &["pt"], &[], false).await;
    for i in 0..20 {
        // Apart enough for the per-minute budget of the address.
        app.clock.advance(chrono::Duration::seconds(10));
        let (s, ..) = sign_in(&app, &format!("guess-{i}"), "wrong password!").await;
        assert_eq!(s, 401);
    }
    let (s, code, _, retry) = sign_in(&app, "ana", PASSWORD).await;
    assert_eq!(
        (s, code.as_deref(), retry),
        (429, Some("throttled"), Some(2))
    );
    app.clock.advance(chrono::Duration::seconds(2));
    assert_eq!(sign_in(&app, "ana", PASSWORD).await.0, 200);
}

#[tokio::test]
async fn state_changes_without_the_csrf_token_or_from_another_origin_are_refused() {
    let app = spawn_app().await;
    let c = app.available("ana", &["pt"], &[]).await;
    let (_, case) = app.kiosk_chat("pt", "labour").await;
    let url = format!("{}/api/v1/console/cases/{case}/claim", app.base);
    let r = c.client.post(&url).json(&json!({})).send().await.unwrap();
    assert_eq!(r.status(), 403, "no token");
    let r = c
        .client
        .post(&url)
        .header("x-csrf-token", "guess")
        .json(&json!({}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403, "wrong token");
    let r = c
        .client
        .post(&url)
        .header("x-csrf-token", &c.csrf)
        .header("origin", "https://evil.example")
        .json(&json!({}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403, "cross-origin");
    let v: serde_json::Value = r.json().await.unwrap();
    assert_eq!(v["error"]["code"], "csrf");
    assert_eq!(
        c.post(&format!("/cases/{case}/claim"), json!({})).await.0,
        200
    );
}

#[tokio::test]
async fn every_console_route_needs_a_session_and_admin_pages_need_an_admin() {
    let app = spawn_app().await;
    for path in [
        "/queue",
        "/me",
        "/events",
        "/cases/1",
        "/stats",
        "/stats.csv",
        "/mediators",
        "/audit",
        "/files/1",
    ] {
        let r = app.get(&format!("/api/v1/console{path}")).await;
        assert_eq!(r.status(), 401, "{path}");
    }
    for path in [
        "/cases/1/claim",
        "/cases/1/reply",
        "/tickets/next",
        "/presence",
        "/mediators",
        "/cases/1/erase",
    ] {
        let r = app
            .client
            .post(format!("{}/api/v1/console{path}", app.base))
            .json(&json!({}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 401, "{path}");
    }
    let m = app.available("bruno", &["pt"], &[]).await;
    for path in ["/stats", "/stats.csv", "/audit"] {
        assert_eq!(m.get(path).await.0, 403, "{path}");
    }
    let (s, _) = m
        .post(
            "/mediators",
            json!({ "username": "x", "name": "x", "password": PASSWORD, "languages": ["pt"] }),
        )
        .await;
    assert_eq!(s, 403);
    assert_eq!(m.post("/cases/1/erase", json!({})).await.0, 403);

    app.add_mediator("ana", &["pt"], &[], true).await;
    let admin = app.console("ana").await;
    assert_eq!(admin.get("/stats").await.0, 200);
    let (s, v) = admin.post("/mediators", json!({ "username": "carla", "name": "Carla", "password": "short", "languages": ["pt"] })).await;
    assert_eq!(
        (s, v["error"]["code"].as_str()),
        (400, Some("weak_password"))
    );
    let (s, _) = admin.post("/mediators", json!({ "username": "carla", "name": "Carla", "password": PASSWORD, "languages": ["pt", "kea"] })).await;
    assert_eq!(s, 200);
    let (s, v) = admin
        .post(
            "/mediators",
            json!({ "username": "Carla", "name": "C", "password": PASSWORD, "languages": ["pt"] }),
        )
        .await;
    assert_eq!(
        (s, v["error"]["code"].as_str()),
        (400, Some("username_taken"))
    );
    app.console("carla").await;
}

#[tokio::test]
async fn console_pages_are_served_with_a_script_safe_content_security_policy() {
    let app = spawn_app().await;
    for path in ["/console/", "/console/app.js", "/console/style.css"] {
        let r = app.get(path).await;
        assert_eq!(r.status(), 200, "{path}");
        let csp = r.headers()["content-security-policy"]
            .to_str()
            .unwrap()
            .to_string();
        assert!(
            csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"),
            "{csp}"
        );
        let body = r.text().await.unwrap();
        if path.ends_with('/') {
            assert!(!body.contains("<script>"), "no inline script");
        }
        if path.ends_with(".js") {
            assert!(!body.contains("innerHTML"), "text goes in as text");
        }
    }
    let r = app.get("/api/v1/console/strings?lang=uk").await;
    let v: serde_json::Value = r.json().await.unwrap();
    assert_eq!(v["lang"], "uk");
    assert_ne!(v["strings"]["console-claim"], serde_json::Value::Null);
    assert_ne!(
        v["strings"]["console-claim"], "Atender",
        "Ukrainian, not the Portuguese fallback"
    );
}

crate::postgres::on_postgres_too!(
    the_setup_link_creates_the_first_admin_once_and_expires_after_an_hour,
    login_sets_a_strict_http_only_cookie_and_logout_ends_the_session,
    sessions_expire_when_idle,
    unknown_and_existing_usernames_are_answered_alike_and_throttled_alike,
    wrong_passwords_slow_the_next_attempt_with_a_growing_delay_but_never_lock_the_owner_out,
    failures_older_than_an_hour_no_longer_count,
    the_101st_attempt_within_an_hour_is_refused_without_checking_the_password,
    failures_from_one_address_slow_it_for_every_username,
    state_changes_without_the_csrf_token_or_from_another_origin_are_refused,
    every_console_route_needs_a_session_and_admin_pages_need_an_admin,
    console_pages_are_served_with_a_script_safe_content_security_policy,
);
