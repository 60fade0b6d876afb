//! The `balcao` binary as an operator uses it.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use crate::helpers::{copy_of_shipped, repo};

pub(crate) fn balcao() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_balcao"));
    for var in [
        "BALCAO_BIND",
        "DATABASE_URL",
        "BALCAO_KNOWLEDGE_DIR",
        "BALCAO_LOCALES_DIR",
        "BALCAO_CONFIG",
    ] {
        c.env_remove(var);
    }
    c
}

#[test]
fn kb_check_passes_on_the_shipped_knowledge_and_prints_coverage() {
    let out = balcao()
        .current_dir(repo())
        .args(["kb", "check", "--strict"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{text}");
    assert!(text.contains("article") && text.contains("kea") && text.contains("coverage"));
}

#[test]
fn kb_check_fails_on_a_broken_knowledge_base() {
    let dir = tempfile::tempdir().unwrap();
    copy_of_shipped(dir.path());
    let f = dir.path().join("knowledge/ru/health.ftl");
    let mut s = std::fs::read_to_string(&f).unwrap();
    s.push_str("\nbad = { -\n");
    std::fs::write(&f, s).unwrap();
    let out = balcao()
        .current_dir(dir.path())
        .args(["kb", "check"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("knowledge/ru/health.ftl"));
    // And the service refuses to start on it.
    let out = balcao()
        .current_dir(dir.path())
        .args(["serve", "--bind", "127.0.0.1:0"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("knowledge/ru/health.ftl"));
}

#[test]
fn search_json_prints_the_api_shape() {
    let out = balcao()
        .current_dir(repo())
        .args([
            "search",
            "--lang",
            "es",
            "--json",
            "numero de seguridad social",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["lang"], "es");
    assert_eq!(v["results"][0]["id"], "niss-social-security", "{v}");
}

#[test]
fn search_explain_shows_an_editor_which_words_counted() {
    let out = balcao()
        .current_dir(repo())
        .args([
            "search",
            "--lang",
            "pt-BR",
            "--explain",
            "--limit",
            "1",
            "salario minimo",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("lang pt"), "{text}");
    assert!(text.contains("wages-and-hours"), "{text}");
    assert!(text.contains("of the question's weight"), "{text}");
    // One line per match: the word, the term it matched, the field.
    assert!(
        text.lines()
            .any(|l| l.contains("salario") && l.contains("title") && l.contains("exact")),
        "{text}"
    );
}

#[test]
fn serve_runs_from_any_folder_creates_its_database_and_stops_on_sigterm() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("balcao.toml"),
        "bind = \"127.0.0.1:1\"\nreload_interval_secs = 0\n",
    )
    .unwrap();
    let mut child = balcao()
        .current_dir(dir.path())
        .env("BALCAO_BIND", "127.0.0.1:0")
        .env("RUST_LOG", "info")
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stderr = child.stderr.take().unwrap();
    let mut lines = BufReader::new(stderr).lines();
    let mut log = String::new();
    let addr = loop {
        let line = lines.next().expect("server output").unwrap();
        log.push_str(&line);
        log.push('\n');
        if let Some(rest) = line.split("addr=").nth(1) {
            break rest.split_whitespace().next().unwrap().to_string();
        }
    };
    // Environment overrides the file; the file was read; knowledge is the embedded copy.
    assert!(log.contains("balcao.toml"), "{log}");
    assert!(log.contains("(built into the binary)"), "{log}");
    assert!(!log.contains("127.0.0.1:1\n"), "{log}");
    let body = reqwest::blocking::get(format!("http://{addr}/api/v1/search?q=nif&lang=pt"))
        .unwrap()
        .text()
        .unwrap();
    assert!(body.contains("nif-tax-number"));
    assert!(dir.path().join("data/balcao.db").exists());
    let pid = child.id().to_string();
    assert!(
        Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .unwrap()
            .success()
    );
    let status = child.wait().unwrap();
    assert!(status.success(), "{status:?}");
    let rest: Vec<String> = lines.map_while(Result::ok).collect();
    assert!(rest.iter().any(|l| l.contains("stopped")), "{rest:?}");
}

#[test]
fn a_database_password_never_appears_in_output() {
    let out = balcao()
        .current_dir(repo())
        .env(
            "DATABASE_URL",
            "mysql://app:hunter2secret@db.example/balcao",
        )
        .args(["serve", "--bind", "127.0.0.1:0"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let all = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(all.contains("unsupported database URL"), "{all}");
    assert!(!all.contains("hunter2secret"), "{all}");
}

#[test]
fn kb_stamp_records_that_a_translation_follows_the_new_source() {
    let dir = tempfile::tempdir().unwrap();
    copy_of_shipped(dir.path());
    let pt = dir.path().join("knowledge/pt/health.ftl");
    let text = std::fs::read_to_string(&pt).unwrap();
    std::fs::write(
        &pt,
        text.replacen(
            "emergency-and-sns24 = ",
            "emergency-and-sns24 = Urgências: ",
            1,
        ),
    )
    .unwrap();
    let check = |dir: &std::path::Path| {
        let out = balcao()
            .current_dir(dir)
            .args(["kb", "check", "--strict"])
            .output()
            .unwrap();
        (
            out.status.success(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
        )
    };
    let (passed, report) = check(dir.path());
    assert!(!passed);
    assert!(report.contains("en translation is outdated"), "{report}");

    let out = balcao()
        .current_dir(dir.path())
        .args([
            "kb",
            "stamp",
            "--lang",
            "en",
            "--article",
            "emergency-and-sns24",
            "--status",
            "reviewed",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // The source text the stamp follows is kept for its editors to compare
    // with when the source changes again.
    let kept = std::fs::read_to_string(dir.path().join("knowledge/source-texts.toml")).unwrap();
    assert!(
        kept.contains("emergency-and-sns24 = Urgências: "),
        "{}",
        &kept[..kept.len().min(500)]
    );
    let (_, report) = check(dir.path());
    assert!(!report.contains("en translation is outdated"), "{report}");
    assert!(report.contains("fr translation is outdated"), "{report}");
    let row = report
        .lines()
        .find(|l| l.starts_with("emergency-and-sns24"))
        .unwrap();
    assert!(
        row.contains(" R    O"),
        "pt and en reviewed, fr outdated: {row}"
    );
}

#[test]
fn sighup_reloads_the_knowledge_without_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    copy_of_shipped(dir.path());
    std::fs::write(dir.path().join("balcao.toml"), "reload_interval_secs = 0\n").unwrap();
    let mut child = balcao()
        .current_dir(dir.path())
        .env("BALCAO_BIND", "127.0.0.1:0")
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
    let addr = loop {
        let line = lines.next().expect("server output").unwrap();
        if let Some(rest) = line.split("addr=").nth(1) {
            break rest.split_whitespace().next().unwrap().to_string();
        }
    };
    let title = || {
        let v: serde_json::Value = reqwest::blocking::get(format!(
            "http://{addr}/api/v1/articles/bank-account?lang=en"
        ))
        .unwrap()
        .json()
        .unwrap();
        v["title"].as_str().unwrap().to_string()
    };
    let before = title();
    let file = dir.path().join("knowledge/en/services.ftl");
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(
        &file,
        text.replacen(
            &format!("bank-account = {before}"),
            "bank-account = Opening a bank account (new)",
            1,
        ),
    )
    .unwrap();
    // The watcher is off: only the signal reloads.
    assert_eq!(title(), before);
    let pid = child.id().to_string();
    assert!(
        Command::new("kill")
            .args(["-HUP", &pid])
            .status()
            .unwrap()
            .success()
    );
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while title() != "Opening a bank account (new)" {
        assert!(
            std::time::Instant::now() < deadline,
            "SIGHUP did not reload"
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    Command::new("kill").args(["-TERM", &pid]).status().unwrap();
    assert!(child.wait().unwrap().success());
}

#[test]
fn mediator_add_reads_the_password_from_stdin_on_a_fresh_database() {
    use std::io::Write;
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}", dir.path().join("fresh/balcao.db").display());
    let add = |user: &str, password: &str| {
        let mut child = balcao()
            .args([
                "--database-url",
                &db,
                "mediator",
                "add",
                "--username",
                user,
                "--languages",
                "pt,uk",
                "--topics",
                "health",
                "--admin",
            ])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(password.as_bytes())
            .unwrap();
        child.wait_with_output().unwrap()
    };
    let out = add("ana", "a long enough password\n");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("added mediator ana"));
    let again = add("ana", "a long enough password\n");
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("already exists"));
    let weak = add("bruno", "short\n");
    assert!(!weak.status.success());
    assert!(String::from_utf8_lossy(&weak.stderr).contains("at least 10 characters"));
    // The password was never an argument, so it appears nowhere but stdin.
    let bad_topic = balcao()
        .args([
            "--database-url",
            &db,
            "mediator",
            "add",
            "--username",
            "c",
            "--languages",
            "pt",
            "--topics",
            "astrology",
        ])
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    assert!(!bad_topic.status.success());
}
