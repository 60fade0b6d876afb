//! A private PostgreSQL server for the tests: started once per test process
//! (initdb in a temporary folder, listening on a free loopback port), one
//! fresh database per test. A watcher stops the server and deletes its
//! folder when the test process ends, however it ends. When PostgreSQL
//! cannot be found or started the tests that need it fail, saying why: a
//! backend that is silently skipped is a backend nobody tests.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;

/// Which storage backend a test's app runs on.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Backend {
    #[default]
    Sqlite,
    Postgres,
}

thread_local! {
    /// The backend `spawn_with` uses on this thread when the options do not
    /// name one: each test runs on its own thread, and its body (however
    /// many runtime workers it has) runs on that thread, so a whole suite
    /// runs again on PostgreSQL without touching its tests.
    static BACKEND: std::cell::Cell<Backend> = const { std::cell::Cell::new(Backend::Sqlite) };
    /// How many PostgreSQL databases this thread's test created.
    static CREATED: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

pub fn current_backend() -> Backend {
    BACKEND.with(|b| b.get())
}

/// Runs a test function (a `#[tokio::test]`, which is a plain function
/// once expanded) with the apps it starts on PostgreSQL, and fails if it
/// started none there (a twin that quietly ran on SQLite again).
pub fn on_postgres(test: fn()) {
    BACKEND.with(|b| b.set(Backend::Postgres));
    test();
    assert!(
        CREATED.with(|c| c.get()) > 0,
        "this test started no app on PostgreSQL"
    );
}

/// For each named test of the module, a twin in a `postgres` submodule
/// that runs the same body on PostgreSQL (`handoff_flow::postgres::NAME`).
macro_rules! on_postgres_too {
    ($($name:ident),+ $(,)?) => {
        mod postgres {
            $(
                #[test]
                fn $name() {
                    crate::postgres::on_postgres(super::$name);
                }
            )+
        }
    };
}
pub(crate) use on_postgres_too;

struct Server {
    port: u16,
}

static SERVER: OnceLock<Result<Server, String>> = OnceLock::new();

/// The URL of a new, empty database on the test server.
pub async fn fresh_database() -> String {
    let port = match SERVER.get_or_init(start) {
        Ok(s) => s.port,
        Err(why) => panic!("PostgreSQL for the tests: {why}"),
    };
    let name = format!("t_{}", uuid_like());
    let admin = format!("postgres://postgres@127.0.0.1:{port}/postgres");
    let mut conn = <sqlx::PgConnection as sqlx::Connection>::connect(&admin)
        .await
        .expect("connect to the test PostgreSQL server");
    sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
        .execute(&mut conn)
        .await
        .expect("create a test database");
    CREATED.with(|c| c.set(c.get() + 1));
    format!("postgres://postgres@127.0.0.1:{port}/{name}")
}

/// A name no other test of this run has.
fn uuid_like() -> String {
    use std::sync::atomic::{AtomicU64, Ordering};
    static N: AtomicU64 = AtomicU64::new(0);
    format!(
        "{}_{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    )
}

/// The folder of `initdb` and `postgres`: `PG_BIN`, else the newest of
/// Debian's /usr/lib/postgresql/<version>/bin, else the PATH's.
fn bin_dir() -> Result<PathBuf, String> {
    if let Ok(dir) = std::env::var("PG_BIN") {
        return Ok(PathBuf::from(dir));
    }
    let mut versions: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            let v = e.file_name().to_str()?.parse().ok()?;
            Some((v, e.path().join("bin")))
        })
        .filter(|(_, bin)| bin.join("initdb").exists())
        .collect();
    versions.sort();
    if let Some((_, bin)) = versions.pop() {
        return Ok(bin);
    }
    let found = Command::new("sh")
        .args(["-c", "command -v initdb"])
        .output()
        .map_err(|e| e.to_string())?;
    let path = String::from_utf8_lossy(&found.stdout).trim().to_string();
    match Path::new(&path).parent() {
        Some(dir) if found.status.success() => Ok(dir.to_path_buf()),
        _ => Err("initdb not found: install Debian's postgresql package \
                  (scripts/test does) or set PG_BIN"
            .into()),
    }
}

/// Whether this process runs as root, which PostgreSQL refuses to run as.
fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

/// A command run as the `postgres` user when we are root.
fn as_server_user(program: &Path) -> Command {
    if is_root() {
        let mut c = Command::new("runuser");
        c.args(["-u", "postgres", "--"]).arg(program);
        c
    } else {
        Command::new(program)
    }
}

fn start() -> Result<Server, String> {
    let bin = bin_dir()?;
    // Kept past this function: the watcher deletes it.
    let dir = tempfile::Builder::new()
        .prefix("balcao-pg-")
        .tempdir()
        .map_err(|e| e.to_string())?
        .keep();
    let data = dir.join("data");
    if is_root() {
        let chown = Command::new("chown")
            .args(["-R", "postgres:"])
            .arg(&dir)
            .status()
            .map_err(|e| format!("chown: {e}"))?;
        if !chown.success() {
            return Err("cannot give the data folder to the postgres user".into());
        }
    }
    let init = as_server_user(&bin.join("initdb"))
        .args(["-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8"])
        .args(["--locale=C.UTF-8", "-D"])
        .arg(&data)
        .output()
        .map_err(|e| format!("initdb: {e}"))?;
    if !init.status.success() {
        return Err(format!(
            "initdb failed: {}",
            String::from_utf8_lossy(&init.stderr)
        ));
    }
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map_err(|e| e.to_string())?
        .port();
    // Durability is of no use to a database deleted at the end of the run.
    let options = format!(
        "-p {port} -k {} -c listen_addresses=127.0.0.1 -c fsync=off \
         -c synchronous_commit=off -c full_page_writes=off -c max_connections=300",
        dir.display()
    );
    let ctl = as_server_user(&bin.join("pg_ctl"))
        .args(["-w", "-t", "60", "-D"])
        .arg(&data)
        .args(["-l"])
        .arg(dir.join("log"))
        .args(["-o", &options, "start"])
        .stdout(Stdio::null())
        .status()
        .map_err(|e| format!("pg_ctl: {e}"))?;
    if !ctl.success() {
        let log = std::fs::read_to_string(dir.join("log")).unwrap_or_default();
        return Err(format!("the server did not start: {log}"));
    }
    watch(&bin, &data, &dir)?;
    Ok(Server { port })
}

/// Stops the server and deletes its folder once this process has exited.
fn watch(bin: &Path, data: &Path, dir: &Path) -> Result<(), String> {
    let me = std::process::id();
    let stop = format!(
        "while kill -0 {me} 2>/dev/null; do sleep 1; done; \
         {runuser} '{ctl}' -D '{data}' -m immediate stop >/dev/null 2>&1; rm -rf '{dir}'",
        runuser = if is_root() {
            "runuser -u postgres --"
        } else {
            ""
        },
        ctl = bin.join("pg_ctl").display(),
        data = data.display(),
        dir = dir.display(),
    );
    Command::new("sh")
        .args(["-c", &stop])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map(drop)
        .map_err(|e| format!("starting the watcher: {e}"))
}

/// The suites that run on both backends, and their tests that stay on
/// SQLite alone (they read SQLite's files; PostgreSQL's erasure guarantee
/// is a different one, documented with its store).
const SUITES: &[&str] = &[
    "handoff_flow.rs",
    "handoff_tickets.rs",
    "delivery.rs",
    "data_protection.rs",
    "accounts.rs",
    "console_auth.rs",
    "knowledge_editing.rs",
    "knowledge_drafts.rs",
    "telegram_bot.rs",
    "telegram_bot/dialogue.rs",
    "telegram_bot/reaching_a_person.rs",
];
const SQLITE_ONLY: &[&str] = &[
    "after_an_erasure_the_name_passport_note_and_file_are_not_in_the_database_files",
    "after_retention_the_name_passport_note_and_file_are_not_in_the_database_files",
    "the_database_files_and_the_folder_balcao_creates_are_private_to_its_user",
    "what_a_telegram_user_typed_leaves_the_files_once_the_hourly_purge_has_run",
    "a_kiosk_chat_secret_is_never_written_to_the_database",
];

/// A test added to a storage suite runs on PostgreSQL too unless it is
/// listed above: the twins are named by hand, so this catches one missed.
#[test]
fn every_test_of_the_storage_suites_has_a_postgres_twin() {
    let dir = crate::helpers::repo().join("tests/api");
    let mut missing = Vec::new();
    for suite in SUITES {
        let text = std::fs::read_to_string(dir.join(suite)).unwrap();
        let (body, twins) = text
            .split_once("on_postgres_too!(")
            .unwrap_or_else(|| panic!("{suite} has no on_postgres_too! list"));
        let twins: Vec<&str> = twins.split([',', ')', ';']).map(str::trim).collect();
        for part in body.split("#[tokio::test").skip(1) {
            let name = part
                .split("async fn ")
                .nth(1)
                .and_then(|rest| rest.split('(').next())
                .unwrap_or_default();
            if !twins.contains(&name) && !SQLITE_ONLY.contains(&name) {
                missing.push(format!("{suite}: {name}"));
            }
        }
    }
    assert!(missing.is_empty(), "no PostgreSQL twin: {missing:#?}");
}
