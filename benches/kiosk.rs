//! The kiosk's first screen in headless Chromium against the release
//! service: bytes transferred and time until the language screen can be
//! touched, with the CPU throttled 4×. Needs Chromium and the e2e Node
//! packages (`scripts/test` installs both). Run with
//! `cargo bench --bench kiosk`.

mod common;

use std::process::Command;

use balcao::config::TelegramConfig;
use balcao::handoff::settings::{HandoffSettings, Kiosk};

const TOKEN: &str = "kiosk-token-for-the-benchmark";

#[tokio::main]
async fn main() {
    let dir = tempfile::tempdir().unwrap();
    let mut handoff = HandoffSettings::default();
    handoff.sites[0].kiosks.push(Kiosk {
        id: "bench".into(),
        token: TOKEN.into(),
        services: vec![],
    });
    let running = common::start(dir.path(), handoff, TelegramConfig::default()).await;
    let base = format!("http://{}", running.addr);
    let script = common::root().join("tests/e2e/kiosk-load.mjs");
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
