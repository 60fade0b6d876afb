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

mod metrics_access {
    use balcao::config::MetricsConfig;

    use crate::helpers::{Options, TestApp, spawn_app, spawn_with};

    async fn metrics(app: &TestApp, base: &str, headers: &[(&str, &str)]) -> (u16, String) {
        let mut req = app.client.get(format!("{base}/metrics"));
        for (k, v) in headers {
            req = req.header(*k, *v);
        }
        let r = req.send().await.unwrap();
        let status = r.status().as_u16();
        let www = r
            .headers()
            .get("www-authenticate")
            .map(|v| v.to_str().unwrap().to_string());
        let body = r.text().await.unwrap();
        if status == 401 {
            assert_eq!(www.as_deref(), Some("Bearer"));
        }
        (status, body)
    }

    #[tokio::test]
    async fn by_default_metrics_answer_only_this_machine_not_what_a_proxy_forwards() {
        let app = spawn_app().await;
        assert_eq!(metrics(&app, &app.base, &[]).await.0, 200);
        for proxied in [
            ("x-forwarded-for", "203.0.113.9"),
            ("forwarded", "for=203.0.113.9"),
            ("x-real-ip", "203.0.113.9"),
        ] {
            let (status, body) = metrics(&app, &app.base, &[proxied]).await;
            assert_eq!(status, 404, "{proxied:?}");
            assert!(!body.contains("balcao_"), "{body}");
        }
    }

    #[tokio::test]
    async fn with_a_metrics_token_metrics_need_it_as_a_bearer_token() {
        let app = spawn_with(Options {
            metrics: MetricsConfig {
                bind: None,
                token: Some("a-long-scrape-token-for-tests".into()),
            },
            ..Options::default()
        })
        .await;
        let base = app.base.clone();
        assert_eq!(metrics(&app, &base, &[]).await.0, 401);
        let wrong = [("authorization", "Bearer a-long-scrape-token-for-test")];
        assert_eq!(metrics(&app, &base, &wrong).await.0, 401);
        let right = [
            ("authorization", "Bearer a-long-scrape-token-for-tests"),
            ("x-forwarded-for", "203.0.113.9"),
        ];
        let (status, body) = metrics(&app, &base, &right).await;
        assert_eq!(status, 200, "through a proxy too");
        assert!(body.contains("balcao_http_requests_total"), "{body}");
    }

    #[tokio::test]
    async fn with_metrics_bind_metrics_are_served_there_and_not_on_the_main_port() {
        let app = spawn_with(Options {
            metrics: MetricsConfig {
                bind: Some("127.0.0.1:0".parse().unwrap()),
                token: None,
            },
            ..Options::default()
        })
        .await;
        app.get("/api/v1/languages").await;
        assert_eq!(metrics(&app, &app.base, &[]).await.0, 404);
        let own = format!("http://{}", app.running().metrics_addr.unwrap());
        let (status, body) = metrics(&app, &own, &[]).await;
        assert_eq!(status, 200);
        assert!(body.contains("route=\"/api/v1/languages\""), "{body}");
        let r = app
            .client
            .get(format!("{own}/api/v1/languages"))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 404, "only metrics there");
    }
}
