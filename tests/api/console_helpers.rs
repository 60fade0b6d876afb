//! Signing mediators in, and playing the visitor at a kiosk, over HTTP.

use balcao::handoff::accounts::NewAccount;
use balcao::handoff::settings::HandoffSettings;
use futures_util::StreamExt;
use serde_json::{Value, json};

use crate::helpers::{KIOSK_TOKEN, TestApp};

pub const PASSWORD: &str = "a long enough password";

/// A signed-in console session.
pub struct Console {
    pub client: reqwest::Client,
    pub base: String,
    pub csrf: String,
    pub id: i64,
}

impl TestApp {
    /// Creates an account straight in the store (as `balcao mediator add`).
    pub async fn add_mediator(
        &self,
        username: &str,
        langs: &[&str],
        topics: &[&str],
        admin: bool,
    ) -> i64 {
        self.add_account(username, langs, topics, &[], admin).await
    }

    /// The same, with the ticket services the mediator serves.
    pub async fn add_account(
        &self,
        username: &str,
        langs: &[&str],
        topics: &[&str],
        services: &[&str],
        admin: bool,
    ) -> i64 {
        let list = |xs: &[&str]| xs.iter().map(|s| s.to_string()).collect();
        let account = NewAccount {
            username: username.into(),
            name: format!("{username} Silva"),
            password: PASSWORD.into(),
            languages: list(langs),
            topics: list(topics),
            services: list(services),
            admin,
            ui_lang: None,
        };
        let cats: Vec<String> = self
            .running()
            .state
            .content
            .current()
            .knowledge
            .categories
            .iter()
            .map(|c| c.id.clone())
            .collect();
        let cats: Vec<&str> = cats.iter().map(String::as_str).collect();
        let new = account
            .validate(&cats, &HandoffSettings::default())
            .unwrap();
        self.running()
            .state
            .store
            .create_mediator(&new)
            .await
            .unwrap()
    }

    pub async fn console(&self, username: &str) -> Console {
        let client = reqwest::Client::builder()
            .cookie_store(true)
            .build()
            .unwrap();
        let r = client
            .post(format!("{}/api/v1/console/login", self.base))
            .json(&json!({ "username": username, "password": PASSWORD }))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 200, "login of {username}");
        let body: Value = r.json().await.unwrap();
        Console {
            client,
            base: self.base.clone(),
            csrf: body["csrf"].as_str().unwrap().to_string(),
            id: body["mediator"]["id"].as_i64().unwrap(),
        }
    }

    /// A mediator signed in and available remotely.
    pub async fn available(&self, username: &str, langs: &[&str], topics: &[&str]) -> Console {
        self.add_mediator(username, langs, topics, false).await;
        let c = self.console(username).await;
        let (s, _) = c.post("/presence", json!({ "available": true })).await;
        assert_eq!(s, 200);
        c
    }

    pub async fn kiosk_post(&self, path: &str, body: Value) -> (u16, Value) {
        let r = self
            .client
            .post(format!("{}/api/v1/kiosk{path}", self.base))
            .header("x-kiosk-token", KIOSK_TOKEN)
            .json(&body)
            .send()
            .await
            .unwrap();
        let s = r.status().as_u16();
        (s, r.json().await.unwrap_or(Value::Null))
    }

    /// Starts a remote chat at the kiosk: (chat secret, case id).
    pub async fn kiosk_chat(&self, lang: &str, topic: &str) -> (String, i64) {
        let (s, v) = self
            .kiosk_post("/chats", json!({ "lang": lang, "topic": topic }))
            .await;
        assert_eq!(s, 200, "{v}");
        (
            v["chat"].as_str().unwrap().to_string(),
            v["case_id"].as_i64().unwrap(),
        )
    }
}

impl Console {
    pub async fn get(&self, path: &str) -> (u16, Value) {
        let r = self
            .client
            .get(format!("{}/api/v1/console{path}", self.base))
            .send()
            .await
            .unwrap();
        let s = r.status().as_u16();
        (s, r.json().await.unwrap_or(Value::Null))
    }

    pub async fn post(&self, path: &str, body: Value) -> (u16, Value) {
        self.send(reqwest::Method::POST, path, body).await
    }

    pub async fn put(&self, path: &str, body: Value) -> (u16, Value) {
        self.send(reqwest::Method::PUT, path, body).await
    }

    pub async fn delete(&self, path: &str) -> (u16, Value) {
        self.send(reqwest::Method::DELETE, path, Value::Null).await
    }

    async fn send(&self, method: reqwest::Method, path: &str, body: Value) -> (u16, Value) {
        let r = self
            .client
            .request(method, format!("{}/api/v1/console{path}", self.base))
            .header("x-csrf-token", &self.csrf)
            .json(&body)
            .send()
            .await
            .unwrap();
        let s = r.status().as_u16();
        (s, r.json().await.unwrap_or(Value::Null))
    }

    /// Case ids in my waiting list.
    pub async fn waiting(&self) -> Vec<i64> {
        let (_, q) = self.get("/queue").await;
        q["waiting"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["id"].as_i64().unwrap())
            .collect()
    }
}

/// A kiosk chat's open event stream (or any other one, see
/// [`KioskStream::of`]).
pub struct KioskStream {
    stream: std::pin::Pin<
        Box<dyn futures_util::Stream<Item = reqwest::Result<axum::body::Bytes>> + Send>,
    >,
    buf: String,
}

impl KioskStream {
    /// Opens the stream and waits until the server has it registered.
    pub async fn open(base: &str, secret: &str) -> KioskStream {
        let r = reqwest::get(format!("{base}/api/v1/kiosk/chats/{secret}/events"))
            .await
            .unwrap();
        assert_eq!(r.status(), 200);
        let mut s = KioskStream {
            stream: Box::pin(r.bytes_stream()),
            buf: String::new(),
        };
        let (event, _) = s.frame().await;
        assert_eq!(event, "ready");
        s
    }

    /// Reads any event stream's response.
    pub fn of(r: reqwest::Response) -> KioskStream {
        KioskStream {
            stream: Box::pin(r.bytes_stream()),
            buf: String::new(),
        }
    }

    async fn frame(&mut self) -> (String, serde_json::Value) {
        self.next().await.expect("stream open")
    }

    /// The next event and its data, or `None` once the server ended the
    /// stream; fails after a deadline.
    pub async fn next(&mut self) -> Option<(String, serde_json::Value)> {
        let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(20);
        loop {
            if let Some(end) = self.buf.find("\n\n") {
                let frame: String = self.buf.drain(..end + 2).collect();
                let field = |name: &str| {
                    frame
                        .lines()
                        .find_map(|l| l.strip_prefix(name))
                        .map(str::to_string)
                };
                if let (Some(event), Some(data)) = (field("event: "), field("data: ")) {
                    return Some((event, serde_json::from_str(&data).unwrap()));
                }
                continue;
            }
            let chunk = tokio::time::timeout_at(deadline, self.stream.next())
                .await
                .expect("events arrive in time")?
                .ok()?;
            self.buf.push_str(&String::from_utf8_lossy(&chunk));
        }
    }

    /// The next `n` messages.
    pub async fn messages(&mut self, n: usize) -> Vec<Value> {
        let mut out = Vec::new();
        while out.len() < n {
            let (event, data) = self.frame().await;
            if event == "message" {
                out.push(data);
            }
        }
        out
    }
}

/// Opens a kiosk chat's event stream and reads `n` messages from it.
pub async fn kiosk_receive(base: &str, secret: &str, n: usize) -> Vec<Value> {
    KioskStream::open(base, secret).await.messages(n).await
}
