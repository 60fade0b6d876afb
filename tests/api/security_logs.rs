//! What the log says about refusals and bad input: enough to notice an
//! attack (who, from where), never what people typed.

use std::sync::{Arc, Mutex};

use balcao::config::TelegramConfig;
use serde_json::json;
use tracing_subscriber::fmt::MakeWriter;

use crate::helpers::{Options, TestApp, eventually, spawn_app};
use crate::telegram_bot::spawn_bot;
use crate::telegram_server::BotApi;

/// The log of everything run on this test's thread (a `#[tokio::test]`
/// runs the server's tasks there too).
#[derive(Clone, Default)]
struct Log(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Log {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> MakeWriter<'a> for Log {
    type Writer = Log;
    fn make_writer(&'a self) -> Log {
        self.clone()
    }
}

impl Log {
    fn capture() -> (Log, tracing::subscriber::DefaultGuard) {
        let log = Log::default();
        let subscriber = tracing_subscriber::fmt()
            .with_writer(log.clone())
            .with_ansi(false)
            .with_max_level(tracing::Level::DEBUG)
            .finish();
        (log.clone(), tracing::subscriber::set_default(subscriber))
    }

    fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().unwrap()).into_owned()
    }

    fn lines_with(&self, what: &str) -> Vec<String> {
        self.text()
            .lines()
            .filter(|l| l.contains(what))
            .map(str::to_string)
            .collect()
    }
}

const MARKER: &str = "Marker-7f3c-passport-AB123456";

#[tokio::test]
async fn a_malformed_webhook_update_is_logged_by_size_and_position_only() {
    let (log, _guard) = Log::capture();
    let api = BotApi::start().await;
    let addr = crate::helpers::free_addr();
    let app = spawn_bot(
        &api,
        Options {
            bind: Some(addr),
            telegram: TelegramConfig {
                webhook_url: Some(format!("http://{addr}")),
                ..TelegramConfig::default()
            },
            ..Options::default()
        },
    )
    .await;
    eventually("webhook registered", || async { api.webhook().is_some() }).await;
    let (_, secret) = api.webhook().unwrap();
    for body in [
        json!({ "update_id": MARKER }).to_string(),
        format!("{{\"update_id\": 1, \"message\": {{\"text\": \"{MARKER}\"}} oops"),
    ] {
        let r = app
            .client
            .post(format!("{}/telegram/webhook", app.base))
            .header("X-Telegram-Bot-Api-Secret-Token", &secret)
            .body(body.clone())
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 400);
        let lines = log.lines_with("not an update");
        let line = lines.last().expect("the refusal is logged");
        assert!(line.contains(&format!("bytes={}", body.len())), "{line}");
        assert!(line.contains("column="), "{line}");
    }
    assert!(!log.text().contains(MARKER), "{}", log.text());
}

async fn login(app: &TestApp, username: &str) -> u16 {
    app.client
        .post(format!("{}/api/v1/console/login", app.base))
        .json(&json!({ "username": username, "password": MARKER }))
        .send()
        .await
        .unwrap()
        .status()
        .as_u16()
}

#[tokio::test]
async fn refused_sign_ins_authorisations_and_csrf_checks_are_logged_with_the_address() {
    let (log, _guard) = Log::capture();
    let app = spawn_app().await;
    assert_eq!(login(&app, "nobody-here").await, 401);
    let line = log
        .lines_with("sign-in failed")
        .pop()
        .expect("an unknown username is logged");
    assert!(line.contains("client=127.0.0.1"), "{line}");

    app.add_mediator("ana", &["pt"], &[], false).await;
    let ana = app.console("ana").await;
    let (status, _) = ana.get("/stats").await;
    assert_eq!(status, 403);
    let line = log
        .lines_with("authorisation refused")
        .pop()
        .expect("a refused authorisation is logged");
    assert!(
        line.contains("client=127.0.0.1") && line.contains("/api/v1/console/stats"),
        "{line}"
    );

    let r = ana
        .client
        .post(format!("{}/api/v1/console/presence", app.base))
        .header("x-csrf-token", "forged")
        .json(&json!({ "available": true }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
    let line = log
        .lines_with("CSRF check failed")
        .pop()
        .expect("a CSRF rejection is logged");
    assert!(line.contains("client=127.0.0.1"), "{line}");
    assert!(!log.text().contains(MARKER), "no password in the log");
}
