//! Headers that keep personal data out of caches and the session out of
//! reach: no-store and nosniff on the console, HSTS and a `__Host-` cookie
//! over https, and public pages without inline styles or referrers.

use balcao::lang::Lang;
use reqwest::Response;
use serde_json::json;

use crate::helpers::{KIOSK_TOKEN, TestApp, spawn_app};

fn assert_private(what: &str, r: &Response) {
    let h = r.headers();
    assert_eq!(
        h.get("cache-control").map(|v| v.to_str().unwrap()),
        Some("no-store"),
        "{what}"
    );
    assert_eq!(
        h.get("x-content-type-options").map(|v| v.to_str().unwrap()),
        Some("nosniff"),
        "{what}"
    );
}

#[tokio::test]
async fn console_answers_files_and_csv_are_never_stored_or_sniffed() {
    use balcao::handoff::PersonRequest;
    use balcao::handoff::model::Channel;
    let app = spawn_app().await;
    app.add_mediator("admin", &["uk"], &[], true).await;
    let admin = app.console("admin").await;
    let get = |path: String| {
        let c = admin.client.clone();
        async move { c.get(path).send().await.unwrap() }
    };
    let console = |p: &str| format!("{}/api/v1/console{p}", app.base);
    assert_private("console JSON", &get(console("/me")).await);
    assert_private("statistics CSV", &get(console("/stats.csv")).await);
    let anonymous = app.client.get(console("/queue")).send().await.unwrap();
    assert_eq!(anonymous.status(), 401);
    assert_private("console error", &anonymous);
    let handoff = &app.running().state.handoff;
    let (case, _) = handoff
        .request_person(PersonRequest {
            channel: Channel::Telegram,
            address: "777".into(),
            lang: Lang::Uk,
            topic: Some("immigration".into()),
            article: None,
            site: None,
            context: Default::default(),
        })
        .await
        .unwrap();
    handoff
        .visitor_file(
            case.id,
            "a.png",
            "image/png",
            b"\x89PNG\r\n\x1a\nx",
            "",
            None,
        )
        .await
        .unwrap();
    let (_, v) = admin.get(&format!("/cases/{}", case.id)).await;
    let file = v["messages"][0]["file_id"]
        .as_i64()
        .expect("a file message");
    let download = get(console(&format!("/files/{file}"))).await;
    assert_eq!(download.status(), 200);
    assert_private("file download", &download);
    let kiosk = app
        .client
        .get(format!("{}/api/v1/kiosk/me", app.base))
        .header("x-kiosk-token", KIOSK_TOKEN)
        .send()
        .await
        .unwrap();
    assert_private("kiosk JSON", &kiosk);
}

async fn login(app: &TestApp) -> Response {
    app.client
        .post(format!("{}/api/v1/console/login", app.base))
        .json(&json!({ "username": "admin", "password": crate::console_helpers::PASSWORD }))
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn over_https_the_session_cookie_is_host_prefixed_and_hsts_is_sent() {
    let mut app = spawn_app().await;
    app.add_mediator("admin", &["pt"], &[], true).await;
    let plain = login(&app).await;
    let cookie = plain.headers()["set-cookie"].to_str().unwrap().to_string();
    assert!(cookie.starts_with("balcao_session="), "{cookie}");
    assert!(!plain.headers().contains_key("strict-transport-security"));

    app.config.public_url = "https://balcao.example.org".into();
    app.restart().await;
    let r = login(&app).await;
    assert_eq!(r.status(), 200);
    assert!(
        r.headers()["strict-transport-security"]
            .to_str()
            .unwrap()
            .starts_with("max-age=")
    );
    let cookie = r.headers()["set-cookie"].to_str().unwrap().to_string();
    let (pair, attributes) = cookie.split_once(';').unwrap();
    let token = pair.strip_prefix("__Host-balcao_session=").expect(&cookie);
    assert!(attributes.contains("Secure") && attributes.contains("Path=/"));
    assert!(!attributes.to_lowercase().contains("domain"), "{cookie}");
    let me = |name: &str| {
        app.client
            .get(format!("{}/api/v1/console/me", app.base))
            .header("cookie", format!("{name}={token}"))
            .send()
    };
    assert_eq!(me("__Host-balcao_session").await.unwrap().status(), 200);
    assert_eq!(
        me("balcao_session").await.unwrap().status(),
        401,
        "over https only the prefixed cookie is a session"
    );
}

#[tokio::test]
async fn the_public_article_page_has_no_inline_style_no_referrer_and_a_description() {
    let app = spawn_app().await;
    let r = app.get("/articles/residence-permit-work?lang=uk").await;
    assert_eq!(r.status(), 200);
    let csp = r.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_string();
    assert!(!csp.contains("unsafe-inline"), "{csp}");
    assert_eq!(r.headers()["referrer-policy"], "no-referrer");
    let html = r.text().await.unwrap();
    assert!(
        !html.contains("<style") && !html.contains("style="),
        "{html}"
    );
    let (_, article) = app
        .get_json("/api/v1/articles/residence-permit-work?lang=uk")
        .await;
    let summary = article["summary"].as_str().unwrap().replace('\'', "&#39;");
    assert!(
        html.contains(&format!(
            "<meta name=\"description\" content=\"{summary}\">"
        )),
        "{html}"
    );
    let href = html
        .split("<link rel=\"stylesheet\" href=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("a stylesheet link");
    let css = app.get(href).await;
    assert_eq!(css.status(), 200);
    assert!(
        css.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/css")
    );
    assert!(css.text().await.unwrap().contains("max-width"));
}

#[tokio::test]
async fn kiosk_and_display_pages_describe_themselves_in_the_readers_language() {
    let app = spawn_app().await;
    let k = app.running().state.content.current();
    for (path, id, lang) in [
        ("/kiosk/", "page-description-kiosk", Lang::Uk),
        ("/display?site=lisboa", "page-description-display", Lang::Be),
    ] {
        let html = app
            .client
            .get(format!("{}{path}", app.base))
            .header("accept-language", lang.code())
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        let text = k.knowledge.ui(lang, id);
        assert!(!text.is_empty() && text != id);
        let meta = format!(
            "<meta name=\"description\" lang=\"{}\" content=\"{text}\">",
            lang.code()
        );
        assert!(html.contains(&meta), "{path}: {html}");
    }
}
