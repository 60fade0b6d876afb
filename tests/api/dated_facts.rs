//! Facts that change on a date: the value shown is the one valid on the
//! reader's day (midnight in Lisbon), and a value past its `valid_until`
//! is flagged to readers, listed to administrators and reported by
//! `kb check`.

use chrono::{TimeZone, Utc};
use serde_json::Value;

use crate::cli::balcao;
use crate::helpers::{Options, TestApp, eventually, spawn_app, spawn_on_copy};

/// Moves the test clock (which starts in November 2026) to `to`.
fn set_clock(app: &TestApp, to: chrono::DateTime<Utc>) {
    use balcao::clock::Clock;
    app.clock.advance(to - app.clock.now());
}

async fn article(app: &TestApp, id: &str, lang: &str) -> Value {
    let (status, v) = app
        .get_json(&format!("/api/v1/articles/{id}?lang={lang}"))
        .await;
    assert_eq!(status, 200, "{v}");
    v
}

fn text(v: &Value) -> String {
    v.to_string()
}

#[tokio::test]
async fn the_minimum_wage_switches_to_the_2027_value_at_midnight_in_lisbon() {
    let app = spawn_app().await;
    // Lisbon is on UTC in winter: one minute before its midnight.
    set_clock(&app, Utc.with_ymd_and_hms(2026, 12, 31, 23, 59, 0).unwrap());
    let rebuilt = app.running().reloader().roll_over().await.unwrap();
    assert!(rebuilt, "a new day rebuilds the content");

    let before = article(&app, "wages-and-hours", "en").await;
    assert!(
        text(&before["summary"]).contains("€920"),
        "{}",
        before["summary"]
    );
    assert!(
        text(&before["summary"]).contains("2026"),
        "{}",
        before["summary"]
    );
    assert!(!text(&before["unconfirmed_facts"]).contains("€970"));

    set_clock(&app, Utc.with_ymd_and_hms(2027, 1, 1, 0, 0, 1).unwrap());
    // The day-boundary task notices the new day by itself.
    eventually("the 2027 minimum wage is shown", || async {
        text(&article(&app, "wages-and-hours", "en").await["summary"]).contains("€970")
    })
    .await;
    let after = article(&app, "wages-and-hours", "en").await;
    assert!(
        text(&after["summary"]).contains("2027"),
        "{}",
        after["summary"]
    );
    assert!(!text(&after).contains("€920"), "{after}");
    // Announced, not decreed: readers are told it is not yet confirmed.
    assert!(
        text(&after["unconfirmed_note"]).contains("€970"),
        "{}",
        after["unconfirmed_note"]
    );
    let pt = article(&app, "wages-and-hours", "pt").await;
    assert!(
        text(&pt["summary"]).contains("970\u{a0}€"),
        "{}",
        pt["summary"]
    );
    // Search finds the text as it now reads.
    let (_, found) = app
        .get_json("/api/v1/search?q=minimum%20wage%20970&lang=en")
        .await;
    assert_eq!(found["results"][0]["id"], "wages-and-hours", "{found}");
}

/// Makes the IAS in a copy of the shipped knowledge confirmed only until
/// 1 December 2026.
fn ias_until_december(dir: &std::path::Path) {
    let path = dir.join("knowledge/facts.toml");
    let facts = std::fs::read_to_string(&path).unwrap();
    let from = "[ias]\ntype = \"money\"\n";
    assert!(
        facts.contains(from),
        "facts.toml has no [ias] table as expected"
    );
    // The shipped value may already end on a later day: this one wins.
    let start = facts.find(from).unwrap();
    let end = facts[start..]
        .find("\n\n")
        .map_or(facts.len(), |e| start + e);
    let table: String = facts[start..end]
        .lines()
        .filter(|l| !l.starts_with("valid_until"))
        .map(|l| format!("{l}\n"))
        .collect();
    let table = table.replacen(from, &format!("{from}valid_until = 2026-12-01\n"), 1);
    std::fs::write(
        &path,
        format!("{}{}{}", &facts[..start], table.trim_end(), &facts[end..]),
    )
    .unwrap();
}

#[tokio::test]
async fn a_fact_past_its_valid_until_is_flagged_to_readers_and_listed_to_administrators() {
    let dir = tempfile::tempdir().unwrap();
    let app = spawn_on_copy(dir.path(), Options::default()).await;
    ias_until_december(dir.path());
    app.running().reloader().reload().await.unwrap();

    let november = article(&app, "unemployment-benefit", "uk").await;
    assert!(november["outdated_note"].is_null(), "{november}");
    app.add_mediator("ana", &["pt"], &[], true).await;
    let admin = app.console("ana").await;
    let (_, stats) = admin.get("/stats").await;
    assert_eq!(stats["outdated_facts"], serde_json::json!([]), "{stats}");

    set_clock(&app, Utc.with_ymd_and_hms(2026, 12, 1, 0, 0, 1).unwrap());
    app.running().reloader().roll_over().await.unwrap();
    let december = article(&app, "unemployment-benefit", "uk").await;
    let note = december["outdated_note"].as_str().unwrap_or_default();
    assert!(note.starts_with("Може бути застарілим"), "{december}");
    assert!(note.contains("537,13"), "{note}");
    let pt = article(&app, "unemployment-benefit", "pt").await;
    assert!(
        text(&pt["outdated_note"]).contains("Pode estar desatualizado"),
        "{}",
        pt["outdated_note"]
    );

    // A week on, the old session has timed out.
    let admin = app.console("ana").await;
    let (_, stats) = admin.get("/stats").await;
    let listed = stats["outdated_facts"].as_array().expect("a list");
    assert_eq!(listed.len(), 1, "{stats}");
    assert_eq!(listed[0]["id"], "ias");
    assert_eq!(listed[0]["valid_until"], "2026-12-01");
}

#[test]
fn kb_check_reports_a_fact_past_its_valid_until_as_of_a_given_day() {
    let dir = tempfile::tempdir().unwrap();
    crate::helpers::copy_of_shipped(dir.path());
    ias_until_december(dir.path());
    let check = |args: &[&str]| {
        let out = balcao()
            .current_dir(dir.path())
            .args(["kb", "check"])
            .args(args)
            .output()
            .unwrap();
        (
            out.status.success(),
            String::from_utf8_lossy(&out.stdout).to_string(),
        )
    };
    let flagged = "incomplete: knowledge/facts.toml: [ias] valid until 2026-12-01";

    let (passed, out) = check(&["--strict", "--as-of", "2026-11-30"]);
    assert!(!out.contains(flagged), "{out}");
    assert!(passed, "{out}");

    let (passed, out) = check(&["--strict", "--as-of", "2026-12-01"]);
    assert!(out.contains(flagged), "{out}");
    assert!(
        out.contains("source: https://") && out.contains("rtp.pt/"),
        "{out}"
    );
    assert!(!passed, "{out}");

    let (passed, out) = check(&["--as-of", "2026-12-01"]);
    assert!(out.contains(flagged), "{out}");
    assert!(passed, "without --strict it is only reported: {out}");
}
