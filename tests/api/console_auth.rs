//! Accounts, sessions, CSRF, lockout and authorisation on console routes.

use serde_json::json;

use crate::console_helpers::PASSWORD;
use crate::helpers::spawn_app;

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

#[tokio::test]
async fn five_wrong_passwords_lock_the_account_for_fifteen_minutes() {
    let app = spawn_app().await;
    app.add_mediator("ana", &["pt"], &[], false).await;
    let login = |password: &'static str| {
        let c = app.client.clone();
        let url = format!("{}/api/v1/console/login?lang=en", app.base);
        async move {
            let r = c
                .post(url)
                .json(&json!({ "username": "ana", "password": password }))
                .send()
                .await
                .unwrap();
            let s = r.status().as_u16();
            (s, r.json::<serde_json::Value>().await.unwrap())
        }
    };
    for _ in 0..5 {
        let (s, v) = login("wrong password!").await;
        assert_eq!(
            (s, v["error"]["code"].as_str()),
            (401, Some("bad_credentials"))
        );
        assert_eq!(v["error"]["message"], "Wrong username or password.");
    }
    let (s, v) = login(PASSWORD).await;
    assert_eq!(
        (s, v["error"]["code"].as_str()),
        (429, Some("locked")),
        "{v}"
    );
    app.clock.advance(chrono::Duration::minutes(16));
    assert_eq!(login(PASSWORD).await.0, 200);
    // An unknown user gets the same answer as a wrong password.
    let r = app
        .client
        .post(format!("{}/api/v1/console/login", app.base))
        .json(&json!({ "username": "nobody", "password": PASSWORD }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 401);
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
