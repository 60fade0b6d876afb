//! The kiosk's first screen in headless Chromium against the release
//! service: bytes transferred and time until the language screen can be
//! touched, with the CPU throttled 4×. Needs Chromium and the e2e Node
//! packages (`scripts/test` installs both). Run with
//! `cargo bench --bench kiosk`.

use std::process::Command;
use std::sync::Arc;

use balcao::clock::{Clock, SystemClock};
use balcao::config::{Config, LogFormat, TelegramConfig};
use balcao::handoff::settings::{HandoffSettings, Kiosk};
use balcao::knowledge::files::Source;
use balcao::lang::LangSettings;

const TOKEN: &str = "kiosk-token-for-the-benchmark";

#[tokio::main]
async fn main() {
    let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().unwrap();
    let mut handoff = HandoffSettings::default();
    handoff.sites[0].kiosks.push(Kiosk {
        id: "bench".into(),
        token: TOKEN.into(),
        services: vec![],
    });
    let config = Config {
        bind: "127.0.0.1:0".parse().unwrap(),
        database_url: format!("sqlite://{}", dir.path().join("bench.db").display()),
        knowledge: Source::Dirs {
            knowledge: root.join("knowledge"),
            locales: root.join("locales"),
        },
        log_format: LogFormat::Text,
        reload_interval: None,
        languages: LangSettings::default(),
        public_url: "http://127.0.0.1".into(),
        handoff,
        telegram: TelegramConfig::default(),
        file: None,
    };
    let running = balcao::server::start(&config, Arc::new(SystemClock) as Arc<dyn Clock>)
        .await
        .unwrap();
    let base = format!("http://{}", running.addr);
    let script = root.join("tests/e2e/kiosk-load.mjs");
    let out = tokio::task::spawn_blocking(move || {
        Command::new("node")
            .arg(script)
            .args([base.as_str(), TOKEN, "7"])
            .output()
            .expect("node runs")
    })
    .await
    .unwrap();
    print!("{}", String::from_utf8_lossy(&out.stdout));
    eprint!("{}", String::from_utf8_lossy(&out.stderr));
    running.shutdown().await.unwrap();
    assert!(out.status.success(), "the browser run failed");
}
