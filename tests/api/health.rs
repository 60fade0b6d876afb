//! /healthz, /readyz and /metrics.

use crate::helpers::spawn_app;

#[tokio::test]
async fn health_and_readiness_answer() {
    let app = spawn_app().await;
    assert_eq!(app.get("/healthz").await.status(), 200);
    let r = app.get("/readyz").await;
    assert_eq!(r.status(), 200);
    assert!(r.headers().contains_key("x-request-id"));
}

#[tokio::test]
async fn metrics_count_requests_searches_misses_and_index_size() {
    let app = spawn_app().await;
    app.get("/api/v1/search?q=nif&lang=pt").await;
    app.get("/api/v1/search?q=qqqqzzzz&lang=pt").await;
    app.get("/api/v1/search?q=ni&lang=pt&as_you_type=true")
        .await;
    let text = app.get("/metrics").await.text().await.unwrap();
    assert!(text.contains("balcao_searches_total 2"), "{text}");
    assert!(
        text.contains("balcao_searches_without_result_total 1"),
        "{text}"
    );
    assert!(
        text.contains("balcao_searches_as_you_type_total 1"),
        "{text}"
    );
    assert!(
        text.contains(
            r#"balcao_http_requests_total{method="GET",route="/api/v1/search",status="200"} 3"#
        ),
        "{text}"
    );
    assert!(text.contains(
        "balcao_http_request_duration_seconds_bucket{route=\"/api/v1/search\",le=\"+Inf\"} 3"
    ));
    let docs: u64 = text
        .lines()
        .find_map(|l| l.strip_prefix("balcao_index_documents "))
        .unwrap()
        .parse()
        .unwrap();
    let articles: u64 = text
        .lines()
        .find_map(|l| l.strip_prefix("balcao_articles "))
        .unwrap()
        .parse()
        .unwrap();
    assert_eq!(docs, articles * 9, "every article in nine languages");
    // Raw paths (which could hold personal data) never become labels.
    assert!(!text.contains("qqqqzzzz"));
}
