//! Bad input gets a clear, localised error: never a panic, never a 500.

use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::helpers::spawn_app;

async fn error_of(
    app: &crate::helpers::TestApp,
    path: &str,
    accept_language: &str,
) -> (u16, String, String) {
    let r = app
        .client
        .get(format!("{}{path}", app.base))
        .header("accept-language", accept_language)
        .send()
        .await
        .unwrap();
    let status = r.status().as_u16();
    let body: serde_json::Value = r.json().await.unwrap();
    (
        status,
        body["error"]["code"].as_str().unwrap().to_string(),
        body["error"]["message"].as_str().unwrap().to_string(),
    )
}

#[tokio::test]
async fn an_unknown_language_is_a_400_in_the_readers_language() {
    let app = spawn_app().await;
    let (status, code, message) =
        error_of(&app, "/api/v1/search?q=nif&lang=de", "fr-FR,fr;q=0.9").await;
    assert_eq!((status, code.as_str()), (400, "unknown_lang"));
    assert!(
        message.contains("de") && message.contains("kea"),
        "{message}"
    );
    let (_, _, en) = error_of(&app, "/api/v1/search?q=nif&lang=de", "en").await;
    assert_ne!(message, en, "French and English messages differ");
}

#[tokio::test]
async fn missing_empty_or_overlong_queries_are_400s() {
    let app = spawn_app().await;
    for path in [
        "/api/v1/search?lang=uk",
        "/api/v1/search?q=&lang=uk",
        "/api/v1/search?q=%20%20%20",
    ] {
        let (status, code, message) = error_of(&app, path, "uk").await;
        assert_eq!((status, code.as_str()), (400, "missing_query"), "{path}");
        assert!(
            message.chars().any(|c| ('а'..='я').contains(&c)),
            "Ukrainian message: {message}"
        );
    }
    let long = "a".repeat(1001);
    let (status, code, _) = error_of(&app, &format!("/api/v1/search?q={long}&lang=pt"), "pt").await;
    assert_eq!((status, code.as_str()), (400, "query_too_long"));
    let ok = "a".repeat(1000);
    assert_eq!(
        app.get(&format!("/api/v1/search?q={ok}&lang=pt"))
            .await
            .status(),
        200
    );
    for limit in ["0", "21", "-1", "five", "99999999999999999999"] {
        let (status, code, _) =
            error_of(&app, &format!("/api/v1/search?q=nif&limit={limit}"), "pt").await;
        assert_eq!((status, code.as_str()), (400, "bad_limit"), "limit={limit}");
    }
}

#[tokio::test]
async fn unknown_articles_and_routes_are_localised_404s() {
    let app = spawn_app().await;
    let (status, code, message) =
        error_of(&app, "/api/v1/articles/no-such-thing?lang=es", "pt").await;
    assert_eq!((status, code.as_str()), (404, "unknown_article"));
    let (_, _, pt) = error_of(&app, "/api/v1/articles/no-such-thing?lang=pt", "pt").await;
    assert_ne!(message, pt);
    let (status, code, _) = error_of(&app, "/nothing/here", "ro").await;
    assert_eq!((status, code.as_str()), (404, "not_found"));
    let r = app
        .client
        .post(format!("{}/api/v1/search?q=nif", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 405);
    let body: serde_json::Value = r.json().await.unwrap();
    assert_eq!(body["error"]["code"], "method_not_allowed");
}

#[tokio::test]
async fn any_text_a_person_can_type_gets_an_answer_not_an_error() {
    let app = spawn_app().await;
    let inputs = [
        "\u{0}\u{1}\u{7f}",
        "🙂🙂🙂 ajuda",
        "' OR 1=1 --",
        "<script>alert(1)</script>",
        "%%%%",
        "\\\\\\",
        "ملف الإقامة",
        "签证 居留",
        "       nif      ",
        "é́́́́́́́́́́́",
        "\u{202e}nif",
        "AIMA?!?!?!",
        "\n\n\n",
        "x",
        "1",
        "-",
        "*",
        "\"",
        "(((",
        "[[[",
        "~nif^2",
        "title:nif",
        "nif AND OR NOT",
        "\u{feff}niss",
    ];
    for q in inputs {
        let path = format!(
            "/api/v1/search?q={}&lang=pt",
            crate::api_search::urlencode(q)
        );
        let r = app.get(&path).await;
        let status = r.status().as_u16();
        assert!(status == 200 || status == 400, "{q:?} gave {status}");
        let body: serde_json::Value = r.json().await.unwrap();
        if status == 400 {
            assert!(body["error"]["message"].is_string());
        }
    }
}

#[tokio::test]
async fn malformed_bytes_on_the_wire_never_cause_a_server_error() {
    let app = spawn_app().await;
    let addr = app.running().addr;
    let requests: [&[u8]; 6] = [
        b"GET /api/v1/search?q=%FF%FE%00%C3&lang=pt HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
        b"GET /api/v1/search?q=nif&lang=%FF HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
        b"GET /api/v1/articles/%FF%FE HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
        b"GET /api/v1/articles/\xff\xfe HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
        b"GET /api/v1/search?q=nif HTTP/1.1\r\nHost: x\r\nAccept-Language: \xff\xfe;;;q=abc\r\nConnection: close\r\n\r\n",
        b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03garbage\r\n\r\n",
    ];
    for raw in requests {
        let mut s = tokio::net::TcpStream::connect(addr).await.unwrap();
        s.write_all(raw).await.unwrap();
        let mut out = Vec::new();
        let _ = s.read_to_end(&mut out).await;
        let head = String::from_utf8_lossy(&out);
        let status: u16 = head
            .split_whitespace()
            .nth(1)
            .and_then(|s| s.parse().ok())
            .unwrap_or(0);
        assert!(
            status == 0 || status < 500,
            "{:?} → {head}",
            String::from_utf8_lossy(raw)
        );
    }
    // And the server still answers.
    assert_eq!(app.get("/healthz").await.status(), 200);
}
