//! Real-browser tests: headless Chromium driven by Playwright (Node), run
//! from here against the real server. The README's test command installs
//! Chromium and the Node packages first.

use std::path::PathBuf;
use std::process::Command;

use crate::console_helpers::PASSWORD;
use crate::helpers::{KIOSK_TOKEN, repo, spawn_app};

/// Where the tests leave screenshots for a person to look at.
pub fn screenshots() -> PathBuf {
    let dir = repo().join("screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn node(script: &str, args: &[&str]) {
    let e2e = repo().join("tests/e2e");
    assert!(
        e2e.join("node_modules/playwright-core").is_dir(),
        "run `npm ci --prefix tests/e2e` first (the README's test command does)"
    );
    let out = Command::new("node")
        .arg(e2e.join(script))
        .args(args)
        .output()
        .expect("node runs");
    let (stdout, stderr) = (
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
    );
    assert!(out.status.success(), "{script} failed:\n{stdout}\n{stderr}");
    println!("{stdout}");
}

#[tokio::test]
async fn in_chromium_a_mediator_signs_in_sees_a_new_case_live_replies_and_closes_it() {
    let app = spawn_app().await;
    // English console (the first language is the UI language), Portuguese visitor.
    app.add_mediator("ana", &["en", "pt"], &[], false).await;
    let shots = screenshots();
    let (base, shots_s) = (app.base.clone(), shots.display().to_string());
    tokio::task::spawn_blocking(move || {
        node(
            "console.mjs",
            &[&base, KIOSK_TOKEN, "ana", PASSWORD, &shots_s],
        );
    })
    .await
    .unwrap();
    println!("screenshots in {}", shots.display());
}

#[tokio::test]
async fn in_chromium_a_visitor_uses_the_kiosk_takes_a_ticket_called_on_the_display_chats_and_is_cleared_when_idle()
 {
    let app = spawn_app().await;
    // English consoles. At counter 4 of the site, Ukrainian; working
    // remotely, Portuguese.
    app.add_mediator("olena", &["en", "uk"], &[], false).await;
    app.add_mediator("ana", &["en", "pt"], &[], false).await;
    let shots = screenshots();
    let (base, shots_s) = (app.base.clone(), shots.display().to_string());
    tokio::task::spawn_blocking(move || {
        node("kiosk.mjs", &[&base, KIOSK_TOKEN, PASSWORD, &shots_s]);
    })
    .await
    .unwrap();
    println!("screenshots in {}", shots.display());
}
