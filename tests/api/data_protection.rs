//! What erasure and retention leave behind: nothing readable in the
//! database's files, nothing linked to the person, and no case number given
//! to someone else.

use std::path::PathBuf;

use serde_json::json;

use crate::console_helpers::Console;
use crate::helpers::{TestApp, spawn_app};

/// A name and a passport number nobody else writes.
const NAME: &str = "Zyxwaldinha";
const PASSPORT: &str = "QX7734518";
const NOTE: &str = "abrigo-secreto-rua-9b";

/// The database file and its companions (`-wal`, `-shm`).
fn db_files(app: &TestApp) -> Vec<PathBuf> {
    let db = PathBuf::from(app.config.database_url.trim_start_matches("sqlite://"));
    ["", "-wal", "-shm"]
        .iter()
        .map(|s| PathBuf::from(format!("{}{s}", db.display())))
        .collect()
}

/// The files (of the database's) whose raw bytes contain `marker`.
fn files_holding(app: &TestApp, marker: &str) -> Vec<String> {
    db_files(app)
        .into_iter()
        .filter(|f| {
            std::fs::read(f)
                .is_ok_and(|bytes| bytes.windows(marker.len()).any(|w| w == marker.as_bytes()))
        })
        .map(|f| f.display().to_string())
        .collect()
}

/// A kiosk visitor who gives their name and passport number, sends a scan,
/// and whose mediator replies and writes an internal note. Returns the case.
async fn case_with_personal_data(app: &TestApp, admin: &Console) -> i64 {
    let (chat, case) = app.kiosk_chat("pt", "immigration").await;
    let (s, _) = app
        .kiosk_post(
            &format!("/chats/{chat}/messages"),
            json!({ "text": format!("Chamo-me {NAME}, passaporte {PASSPORT}") }),
        )
        .await;
    assert_eq!(s, 200);
    // A scan larger than a database page, so it spills onto overflow pages.
    let mut scan = b"\x89PNG\r\n\x1a\n".to_vec();
    for _ in 0..400 {
        scan.extend_from_slice(PASSPORT.as_bytes());
        scan.extend_from_slice(NAME.as_bytes());
    }
    app.running()
        .state
        .handoff
        .visitor_file(case, "scan.png", "image/png", &scan, "", None)
        .await
        .unwrap();
    assert_eq!(
        admin
            .post(&format!("/cases/{case}/claim"), json!({}))
            .await
            .0,
        200
    );
    let reply = json!({ "text": format!("Obrigada, {NAME}") });
    assert_eq!(
        admin.post(&format!("/cases/{case}/reply"), reply).await.0,
        200
    );
    let note = json!({ "text": format!("Vive em {NOTE}") });
    assert_eq!(
        admin.post(&format!("/cases/{case}/note"), note).await.0,
        200
    );
    for marker in [NAME, PASSPORT, NOTE] {
        assert!(
            !files_holding(app, marker).is_empty(),
            "{marker} written to the database (the test can see it)"
        );
    }
    case
}

fn assert_gone_from_files(app: &TestApp) {
    for marker in [NAME, PASSPORT, NOTE] {
        let left = files_holding(app, marker);
        assert!(left.is_empty(), "{marker} still readable in {left:?}");
    }
}

async fn admin(app: &TestApp) -> Console {
    app.add_mediator("admin", &["pt"], &[], true).await;
    let admin = app.console("admin").await;
    admin.post("/presence", json!({ "available": true })).await;
    admin
}

#[tokio::test]
async fn after_an_erasure_the_name_passport_note_and_file_are_not_in_the_database_files() {
    let app = spawn_app().await;
    let admin = admin(&app).await;
    let case = case_with_personal_data(&app, &admin).await;
    let (s, v) = admin.post(&format!("/cases/{case}/erase"), json!({})).await;
    assert_eq!(s, 200, "{v}");
    assert_gone_from_files(&app);
}

#[tokio::test]
async fn after_retention_the_name_passport_note_and_file_are_not_in_the_database_files() {
    let app = spawn_app().await;
    let admin = admin(&app).await;
    let case = case_with_personal_data(&app, &admin).await;
    admin
        .post(
            &format!("/cases/{case}/close"),
            json!({ "outcome": "answered" }),
        )
        .await;
    app.clock.advance(chrono::Duration::days(91));
    let purged = app.running().state.handoff.purge_expired().await.unwrap();
    assert_eq!(purged.cases, 1);
    assert_gone_from_files(&app);
}

#[cfg(unix)]
#[tokio::test]
async fn the_database_files_and_the_folder_balcao_creates_are_private_to_its_user() {
    use std::os::unix::fs::PermissionsExt;
    let app = spawn_app().await;
    let admin = admin(&app).await;
    case_with_personal_data(&app, &admin).await;
    let files = db_files(&app);
    for f in &files {
        let mode = std::fs::metadata(f).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{}", f.display());
    }
    let dir = files[0].parent().unwrap();
    let mode = std::fs::metadata(dir).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o700, "{}", dir.display());
}

/// Rows an SQL count finds in the service's database.
async fn count(app: &TestApp, sql: &'static str) -> i64 {
    let url = &app.config.database_url;
    if url.starts_with("postgres") {
        let pool = sqlx::PgPool::connect(url).await.unwrap();
        let n = sqlx::query_scalar(sql).fetch_one(&pool).await.unwrap();
        pool.close().await;
        return n;
    }
    let pool = sqlx::SqlitePool::connect(url).await.unwrap();
    let n = sqlx::query_scalar(sql).fetch_one(&pool).await.unwrap();
    pool.close().await;
    n
}

#[tokio::test]
async fn erasing_a_telegram_user_removes_their_chat_their_updates_and_the_kiosk_codes_they_used() {
    use crate::helpers::{Options, eventually};
    use crate::telegram_bot::{ask_person, spawn_bot};
    use crate::telegram_server::BotApi;

    let api = BotApi::start().await;
    let app = spawn_bot(&api, Options::default()).await;
    eventually("bot knows its name", || async {
        app.running().state.telegram.username().is_some()
    })
    .await;
    let admin = admin(&app).await;
    let chat: i64 = 7_319_846_205;
    // They scanned a kiosk code for an article, then asked for a person.
    let (s, v) = app
        .kiosk_post(
            "/phone-link",
            json!({ "lang": "pt", "article": "nif-tax-number" }),
        )
        .await;
    assert_eq!(s, 200, "{v}");
    let token = v["url"].as_str().unwrap().rsplit('=').next().unwrap();
    api.say(chat, "pt", &format!("/start {token}")).await;
    api.wait_for(chat, 0, "the article", |c| c.text().starts_with("<b>"))
        .await;
    let (case, _) = ask_person(&api, &admin, chat, "pt", "/mediator").await;
    api.say(chat, "pt", &format!("Sou {NAME}, passaporte {PASSPORT}"))
        .await;
    eventually("their message reaches the case", || async {
        let (_, v) = admin.get(&format!("/cases/{case}")).await;
        v.to_string().contains(PASSPORT)
    })
    .await;
    assert_eq!(count(&app, "SELECT COUNT(*) FROM phone_links").await, 1);

    let (s, v) = admin.post(&format!("/cases/{case}/erase"), json!({})).await;
    assert_eq!(s, 200, "{v}");
    for marker in [chat.to_string().as_str(), NAME, PASSPORT] {
        let left = files_holding(&app, marker);
        assert!(left.is_empty(), "{marker} still readable in {left:?}");
    }
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM phone_links").await,
        0,
        "the code they used"
    );
    assert_eq!(count(&app, "SELECT COUNT(*) FROM telegram_trail").await, 0);
}

#[tokio::test]
async fn a_search_without_an_answer_is_kept_for_the_content_gap_report_without_names_or_document_numbers()
 {
    let app = spawn_app().await;
    let admin = admin(&app).await;
    let q = format!("{NAME} {PASSPORT} xqzvbnw");
    let r = app
        .client
        .get(format!("{}/api/v1/search", app.base))
        .query(&[("q", q.as_str()), ("lang", "pt")])
        .send()
        .await
        .unwrap();
    let v: serde_json::Value = r.json().await.unwrap();
    assert_eq!(v["results"], json!([]), "{v}");
    let (_, st) = admin.get("/stats?days=30").await;
    let gaps: Vec<&str> = st["search_gaps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["query"].as_str().unwrap())
        .collect();
    assert_eq!(gaps, ["[name] [document] xqzvbnw"]);
    for marker in [
        NAME,
        &NAME.to_lowercase(),
        PASSPORT,
        &PASSPORT.to_lowercase(),
    ] {
        let left = files_holding(&app, marker);
        assert!(left.is_empty(), "{marker} readable in {left:?}");
    }
}

#[tokio::test]
async fn what_a_telegram_user_typed_leaves_the_files_once_the_hourly_purge_has_run() {
    use crate::helpers::{Options, eventually};
    use crate::telegram_bot::spawn_bot;
    use crate::telegram_server::BotApi;

    let api = BotApi::start().await;
    let app = spawn_bot(&api, Options::default()).await;
    let chat = 5270;
    api.say(chat, "pt", &format!("Sou {NAME}, como obter o NIF?"))
        .await;
    api.wait_for(chat, 0, "an answer", |_| true).await;
    assert!(!files_holding(&app, NAME).is_empty(), "written first");
    // The text is kept at most a day (what they searched, shown to a
    // mediator) and the raw update no longer than it takes to answer.
    app.clock.advance(chrono::Duration::days(2));
    api.say(chat, "pt", "/privacy").await;
    eventually("gone from the database files", || async {
        files_holding(&app, NAME).is_empty()
    })
    .await;
}

#[tokio::test]
async fn after_retention_a_new_case_ticket_and_message_get_ids_never_used_before() {
    let app = spawn_app().await;
    let admin = admin(&app).await;
    let ids = |v: &serde_json::Value| -> Vec<i64> {
        v["messages"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m["id"].as_i64().unwrap())
            .collect()
    };
    let (chat, first) = app.kiosk_chat("pt", "labour").await;
    app.kiosk_post(&format!("/chats/{chat}/messages"), json!({ "text": "olá" }))
        .await;
    let (s, v) = admin.get(&format!("/cases/{first}")).await;
    assert_eq!(s, 200, "{v}");
    let first_messages = ids(&v);
    let (s, ticket) = app
        .kiosk_post("/tickets", json!({ "lang": "pt", "topic": "labour" }))
        .await;
    assert_eq!(s, 200, "{ticket}");
    admin
        .post(
            &format!("/cases/{first}/close"),
            json!({ "outcome": "answered" }),
        )
        .await;
    app.clock.advance(chrono::Duration::days(91));
    let purged = app.running().state.handoff.purge_expired().await.unwrap();
    assert_eq!((purged.cases, purged.tickets), (1, 1));
    // Months later: a new session.
    let admin = app.console("admin").await;

    let (chat, second) = app.kiosk_chat("pt", "labour").await;
    assert!(second > first, "case {second} after erased case {first}");
    app.kiosk_post(&format!("/chats/{chat}/messages"), json!({ "text": "olá" }))
        .await;
    let (s, v) = admin.get(&format!("/cases/{second}")).await;
    assert_eq!(s, 200, "{v}");
    let second_messages = ids(&v);
    assert!(
        second_messages.iter().min() > first_messages.iter().max(),
        "{second_messages:?} after {first_messages:?}"
    );
    let (_, again) = app
        .kiosk_post("/tickets", json!({ "lang": "pt", "topic": "labour" }))
        .await;
    assert!(
        again["ticket"]["id"].as_i64().unwrap() > ticket["ticket"]["id"].as_i64().unwrap(),
        "{again} after {ticket}"
    );
}

#[tokio::test]
async fn a_kiosk_chat_secret_is_never_written_to_the_database() {
    let app = spawn_app().await;
    app.available("olena", &["uk"], &[]).await;
    let (secret, _) = app.kiosk_chat("uk", "health").await;
    let (s, _) = app
        .kiosk_post(
            &format!("/chats/{secret}/messages"),
            json!({ "text": "Добрий день", "client_id": "c-1" }),
        )
        .await;
    assert_eq!(s, 200);
    let _stream = crate::console_helpers::KioskStream::open(&app.base, &secret).await;
    // Whoever reads the database files cannot take over the chat.
    assert!(files_holding(&app, &secret).is_empty());
}

#[tokio::test]
async fn a_kiosk_chat_opened_before_secrets_were_hashed_goes_on_after_the_upgrade() {
    use balcao::handoff::PersonRequest;
    use balcao::handoff::model::{CaseContext, Channel};
    let app = spawn_app().await;
    let olena = app.available("olena", &["uk"], &[]).await;
    // As the previous version stored it: the secret itself as the address.
    let secret = "a-secret-from-the-previous-version-0001";
    let (case, _) = app
        .running()
        .state
        .handoff
        .request_person(PersonRequest {
            channel: Channel::Kiosk,
            address: secret.into(),
            lang: balcao::lang::Lang::Uk,
            topic: Some("health".into()),
            article: None,
            site: Some("lisboa".into()),
            context: CaseContext::default(),
        })
        .await
        .unwrap();
    olena
        .post(&format!("/cases/{}/claim", case.id), json!({}))
        .await;
    olena
        .post(
            &format!("/cases/{}/reply", case.id),
            json!({ "text": "Слухаю вас" }),
        )
        .await;
    let got = crate::console_helpers::kiosk_receive(&app.base, secret, 2).await;
    assert_eq!(got[1]["text"], "Слухаю вас");
}

crate::postgres::on_postgres_too!(
    erasing_a_telegram_user_removes_their_chat_their_updates_and_the_kiosk_codes_they_used,
    a_search_without_an_answer_is_kept_for_the_content_gap_report_without_names_or_document_numbers,
    after_retention_a_new_case_ticket_and_message_get_ids_never_used_before,
    a_kiosk_chat_opened_before_secrets_were_hashed_goes_on_after_the_upgrade,
);
