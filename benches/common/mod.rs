//! What the end-to-end benchmarks share: the release service on loopback,
//! on a fresh SQLite file (or, with `BENCH_POSTGRES=postgres://USER@HOST:PORT`,
//! a fresh database on that PostgreSQL server) and the repository's
//! knowledge, and realistic questions to search for.
#![allow(dead_code)]

pub mod questions;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use balcao::clock::{Clock, SystemClock};
use balcao::config::{Config, LogFormat, TelegramConfig};
use balcao::handoff::settings::HandoffSettings;
use balcao::knowledge::files::Source;
use balcao::lang::LangSettings;
use balcao::server::Running;

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A fresh SQLite file in `dir`, or a fresh database on the PostgreSQL
/// server `BENCH_POSTGRES` names.
async fn database_url(dir: &Path) -> String {
    let Ok(server) = std::env::var("BENCH_POSTGRES") else {
        return format!("sqlite://{}", dir.join("bench.db").display());
    };
    let server = server.trim_end_matches('/');
    let mut admin =
        <sqlx::PgConnection as sqlx::Connection>::connect(&format!("{server}/postgres"))
            .await
            .expect("connect to BENCH_POSTGRES");
    let name = format!(
        "bench_{}_{}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_millis()
    );
    sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
        .execute(&mut admin)
        .await
        .expect("create the benchmark's database");
    format!("{server}/{name}")
}

/// Starts the service with its database in `dir`.
pub async fn start(dir: &Path, handoff: HandoffSettings, telegram: TelegramConfig) -> Running {
    start_with(dir, handoff, telegram, Default::default()).await
}

/// [`start`] with other HTTP settings.
pub async fn start_with(
    dir: &Path,
    handoff: HandoffSettings,
    telegram: TelegramConfig,
    http: balcao::web::transport::HttpSettings,
) -> Running {
    let config = Config {
        bind: "127.0.0.1:0".parse().unwrap(),
        database_url: database_url(dir).await,
        knowledge: Source::Dirs {
            knowledge: root().join("knowledge"),
            locales: root().join("locales"),
        },
        log_format: LogFormat::Text,
        reload_interval: None,
        languages: LangSettings::default(),
        public_url: "http://127.0.0.1".into(),
        handoff,
        http,
        telegram,
        metrics: Default::default(),
        file: None,
    };
    balcao::server::start(&config, Arc::new(SystemClock) as Arc<dyn Clock>)
        .await
        .unwrap()
}
