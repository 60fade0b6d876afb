//! Starting the real server on port 0 with a fresh database per test: a
//! SQLite file, or a PostgreSQL database (see `postgres`).

use std::path::{Path, PathBuf};
use std::sync::Arc;

use balcao::clock::{Clock, ManualClock};
use balcao::config::{Config, LogFormat, TelegramConfig};
use balcao::handoff::settings::{HandoffSettings, Kiosk};
use balcao::knowledge::files::Source;
use balcao::lang::LangSettings;
use balcao::server::{self, Running};
use chrono::{TimeZone, Utc};

use crate::postgres::{Backend, current_backend, fresh_database};

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The shipped knowledge, read from the working tree.
pub fn shipped() -> Source {
    Source::Dirs {
        knowledge: repo().join("knowledge"),
        locales: repo().join("locales"),
    }
}

/// A copy of the shipped knowledge and locales in a temporary folder, for
/// tests that edit files.
pub fn copy_of_shipped(into: &Path) -> Source {
    copy_dir(&repo().join("knowledge"), &into.join("knowledge"));
    copy_dir(&repo().join("locales"), &into.join("locales"));
    Source::Dirs {
        knowledge: into.join("knowledge"),
        locales: into.join("locales"),
    }
}

pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), target).unwrap();
        }
    }
}

pub struct TestApp {
    pub base: String,
    pub client: reqwest::Client,
    pub running: Option<Running>,
    pub clock: Arc<ManualClock>,
    pub config: Config,
    /// Holds the database until the app is dropped.
    pub _dir: tempfile::TempDir,
}

#[derive(Default)]
pub struct Options {
    pub handoff: Option<HandoffSettings>,
    pub source: Option<Source>,
    pub reload_every: Option<std::time::Duration>,
    pub languages: LangSettings,
    pub telegram: TelegramConfig,
    /// A fixed address, when the test must know it before the start.
    pub bind: Option<std::net::SocketAddr>,
    /// Trusted proxies, timeouts and connection limits.
    pub http: balcao::web::HttpSettings,
    /// Who may read /metrics.
    pub metrics: balcao::config::MetricsConfig,
    /// The storage backend; by default the one the running test chose
    /// (SQLite, or PostgreSQL for a suite's `postgres` twins).
    pub backend: Option<Backend>,
    /// Another app's database, for several instances on one database.
    pub database_url: Option<String>,
}

/// Starts the app on a copy of the shipped knowledge in `dir`, for tests
/// that edit files while it runs.
pub async fn spawn_on_copy(dir: &Path, o: Options) -> TestApp {
    spawn_with(Options {
        source: Some(copy_of_shipped(dir)),
        ..o
    })
    .await
}

pub async fn spawn_app() -> TestApp {
    spawn_with(Options::default()).await
}

pub async fn spawn_with(o: Options) -> TestApp {
    // RUST_LOG=balcao=debug shows the service's log in a failing test.
    static LOG: std::sync::Once = std::sync::Once::new();
    LOG.call_once(|| {
        if let Ok(filter) = std::env::var("RUST_LOG") {
            let _ = tracing_subscriber::fmt()
                .with_env_filter(filter)
                .with_test_writer()
                .try_init();
        }
    });
    let dir = tempfile::tempdir().unwrap();
    let database_url = match (o.database_url, o.backend.unwrap_or_else(current_backend)) {
        (Some(url), _) => url,
        (None, Backend::Sqlite) => sqlite_url(dir.path()),
        (None, Backend::Postgres) => fresh_database().await,
    };
    let config = Config {
        bind: o.bind.unwrap_or_else(|| "127.0.0.1:0".parse().unwrap()),
        database_url,
        knowledge: o.source.unwrap_or_else(shipped),
        log_format: LogFormat::Text,
        reload_interval: o.reload_every,
        languages: o.languages,
        public_url: "http://127.0.0.1".into(),
        handoff: o.handoff.unwrap_or_else(test_handoff),
        http: o.http,
        telegram: o.telegram,
        metrics: o.metrics,
        file: None,
    };
    let clock = Arc::new(ManualClock::new(
        Utc.with_ymd_and_hms(2026, 11, 23, 10, 0, 0).unwrap(),
    ));
    let running = server::start(&config, clock.clone() as Arc<dyn Clock>)
        .await
        .expect("server starts");
    TestApp {
        base: format!("http://{}", running.addr),
        client: reqwest::Client::new(),
        running: Some(running),
        clock,
        config,
        _dir: dir,
    }
}

fn sqlite_url(dir: &Path) -> String {
    format!("sqlite://{}", dir.join("db/balcao.db").display())
}

/// A fresh database on the running test's backend, for tests that run the
/// binary on it: a file in `dir`, or a new PostgreSQL database.
pub async fn database_url(dir: &Path) -> String {
    match current_backend() {
        Backend::Sqlite => sqlite_url(dir),
        Backend::Postgres => fresh_database().await,
    }
}

impl TestApp {
    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(format!("{}{path}", self.base))
            .send()
            .await
            .unwrap()
    }

    pub async fn get_json(&self, path: &str) -> (u16, serde_json::Value) {
        let r = self.get(path).await;
        let status = r.status().as_u16();
        let body = r.json().await.unwrap_or(serde_json::Value::Null);
        (status, body)
    }

    /// Stops the service and starts it again on the same database, as a
    /// restart after a deploy or crash would.
    pub async fn restart(&mut self) {
        if let Some(r) = self.running.take() {
            r.shutdown().await.unwrap();
        }
        let running = server::start(&self.config, self.clock.clone() as Arc<dyn Clock>)
            .await
            .expect("server restarts");
        self.base = format!("http://{}", running.addr);
        self.running = Some(running);
    }

    pub fn running(&self) -> &Running {
        self.running.as_ref().unwrap()
    }
}

/// A loopback address with a port that was free a moment ago.
pub fn free_addr() -> std::net::SocketAddr {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
}

/// Waits until `check` is true, failing after a generous deadline: no fixed
/// sleeps.
pub async fn eventually<F, Fut>(what: &str, mut check: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(20);
    while tokio::time::Instant::now() < deadline {
        if check().await {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("timed out waiting for: {what}");
}

/// The kiosk token the test settings register at site "lisboa".
pub const KIOSK_TOKEN: &str = "kiosk-token-for-tests-0001";

/// The default single site, with one kiosk.
pub fn test_handoff() -> HandoffSettings {
    let mut h = HandoffSettings::default();
    h.sites[0].kiosks.push(Kiosk {
        id: "lobby-1".into(),
        token: KIOSK_TOKEN.into(),
        services: vec![],
    });
    h
}

/// The real binary, run in `dir` on `database`, with none of the settings
/// of the environment the tests run in.
pub fn binary(dir: &Path, database: &str) -> std::process::Command {
    let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_balcao"));
    for var in [
        "BALCAO_BIND",
        "BALCAO_KNOWLEDGE_DIR",
        "BALCAO_LOCALES_DIR",
        "BALCAO_CONFIG",
        "TELEGRAM_BOT_TOKEN",
        "TELEGRAM_API_URL",
        "TELEGRAM_WEBHOOK_URL",
    ] {
        c.env_remove(var);
    }
    c.current_dir(dir).env("DATABASE_URL", database);
    c
}

/// The real binary serving; killed when dropped, so a failing test does
/// not leave it running.
pub struct Served {
    pub child: std::process::Child,
    pub base: String,
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts the real binary serving on a free port (`command` has its
/// environment), and learns its address from its log.
pub fn serve_binary(mut command: std::process::Command) -> Served {
    use std::io::{BufRead, BufReader};
    use std::process::Stdio;
    let mut child = command
        .args(["serve", "--bind", "127.0.0.1:0"])
        .env("RUST_LOG", "info")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
    let addr = loop {
        let line = lines.next().expect("the service logs its address").unwrap();
        if let Some(rest) = line.split("addr=").nth(1) {
            break rest.split_whitespace().next().unwrap().to_string();
        }
    };
    // Keep reading the log so the service never blocks on a full pipe.
    std::thread::spawn(move || lines.for_each(drop));
    Served {
        child,
        base: format!("http://{addr}"),
    }
}
