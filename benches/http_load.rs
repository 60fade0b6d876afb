//! Search throughput over HTTP as a fraction of /healthz throughput on the
//! same server in the same run: the release service on loopback (search
//! budget lifted), loaded by wrk (Debian's `wrk` package) with 16
//! connections, first /healthz, then realistic questions (15 to 40 words,
//! nine languages) rotating through `GET /api/v1/search`. Run with
//! `cargo bench --bench http_load`; `BENCH_SECONDS` sets each run's length
//! (default 10).

mod common;

use std::process::Command;

use balcao::config::TelegramConfig;
use balcao::handoff::settings::HandoffSettings;
use balcao::web::transport::HttpSettings;

/// Requests a second from wrk's report.
fn requests_per_second(report: &str) -> f64 {
    report
        .lines()
        .find_map(|l| l.trim().strip_prefix("Requests/sec:"))
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or_else(|| panic!("no Requests/sec in wrk's report:\n{report}"))
}

fn wrk(url: &str, script: Option<&std::path::Path>, seconds: u64) -> f64 {
    let mut cmd = Command::new("wrk");
    cmd.args(["-t2", "-c16", &format!("-d{seconds}s"), "--latency"]);
    if let Some(s) = script {
        cmd.arg("-s").arg(s);
    }
    let out = cmd.arg(url).output().unwrap_or_else(|e| {
        panic!("running wrk ({e}): install Debian's `wrk` package (apt-get install wrk)")
    });
    let report = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(out.status.success(), "wrk failed:\n{report}");
    print!("{report}");
    requests_per_second(&report)
}

/// A Lua string literal.
fn lua_string(s: &str) -> String {
    let mut out = String::from("\"");
    for b in s.bytes() {
        match b {
            b'"' | b'\\' => out.push_str(&format!("\\{}", b as char)),
            0x20..=0x7e => out.push(b as char),
            _ => out.push_str(&format!("\\{b}")),
        }
    }
    out.push('"');
    out
}

#[tokio::main]
async fn main() {
    let seconds: u64 = std::env::var("BENCH_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(10);
    let dir = tempfile::tempdir().unwrap();
    let http = HttpSettings {
        searches_per_minute: 0,
        ..Default::default()
    };
    let running = common::start_with(
        dir.path(),
        HandoffSettings::default(),
        TelegramConfig::default(),
        http,
    )
    .await;
    let base = format!("http://{}", running.addr);

    let paths: Vec<String> = common::questions::realistic()
        .iter()
        .map(|(lang, q)| {
            let q: String = form_urlencoded::byte_serialize(q.as_bytes()).collect();
            format!("/api/v1/search?lang={lang}&q={q}")
        })
        .collect();
    let script = dir.path().join("questions.lua");
    let list: Vec<String> = paths.iter().map(|p| lua_string(p)).collect();
    std::fs::write(
        &script,
        format!(
            "local paths = {{{}}}\nlocal i = 0\nrequest = function()\n  i = i % #paths + 1\n  return wrk.format(\"GET\", paths[i])\nend\n",
            list.join(",\n")
        ),
    )
    .unwrap();

    // wrk blocks; the service runs on this runtime's other threads.
    let healthz = tokio::task::spawn_blocking({
        let url = format!("{base}/healthz");
        move || wrk(&url, None, seconds)
    })
    .await
    .unwrap();
    let search = tokio::task::spawn_blocking({
        let url = base.clone();
        let script = script.clone();
        move || wrk(&url, Some(&script), seconds)
    })
    .await
    .unwrap();
    println!(
        "\n/healthz {healthz:.0} requests/s; search {search:.0} requests/s ({} realistic questions); search / healthz = {:.2}",
        paths.len(),
        search / healthz
    );
}
