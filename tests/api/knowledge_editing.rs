//! Mediators editing and reviewing the knowledge base through the console
//! API: what readers see after an edit (at once, and after a restart), who
//! may edit which language, edits refused with their reason, two editors on
//! one article, restoring, and reviews.

use serde_json::{Value, json};

use balcao::clock::Clock;
use balcao::knowledge::files::Source;

use crate::cli::balcao;
use crate::console_helpers::Console;
use crate::helpers::{
    Options, TestApp, copy_of_shipped, repo, spawn_app, spawn_on_copy, spawn_with,
};
use crate::telegram_bot::spawn_bot;
use crate::telegram_server::BotApi;

const ARTICLE: &str = "/knowledge/articles/renting-a-home";
const NEW_SENTENCE: &str = "Посередник центру перевірив цей текст разом із відвідувачами.";

/// An app with an administrator ("rui"), a Ukrainian-speaking mediator
/// granted uk ("olena", whose console is in Ukrainian) and a Portuguese
/// one without grants ("bruno").
pub(crate) async fn team() -> (TestApp, Console, Console, Console) {
    team_on(spawn_app().await).await
}

pub(crate) async fn team_on(app: TestApp) -> (TestApp, Console, Console, Console) {
    app.add_mediator("rui", &["en", "pt"], &[], true).await;
    let olena_id = app.add_mediator("olena", &["uk"], &[], false).await;
    app.add_mediator("bruno", &["pt"], &[], false).await;
    let rui = app.console("rui").await;
    let (s, v) = rui
        .post(
            &format!("/mediators/{olena_id}/editor-langs"),
            json!({ "langs": ["uk"] }),
        )
        .await;
    assert_eq!(s, 200, "{v}");
    let olena = app.console("olena").await;
    let bruno = app.console("bruno").await;
    (app, rui, olena, bruno)
}

/// The article's editable fields with a sentence added to the body.
fn edited(view: &Value, base: i64, sentence: &str) -> Value {
    let t = &view["translation"];
    json!({
        "title": t["title"],
        "summary": t["summary"],
        "body": format!("{}\n\n{sentence}", t["body"].as_str().unwrap()),
        "keywords": t["keywords"],
        "base_version": base,
    })
}

async fn public_text(app: &TestApp) -> String {
    let (s, a) = app
        .get_json("/api/v1/articles/renting-a-home?lang=uk")
        .await;
    assert_eq!(s, 200);
    a["blocks"].to_string()
}

#[tokio::test]
async fn a_uk_editor_corrects_an_article_and_readers_see_it_at_once_and_after_a_restart() {
    let (mut app, _rui, olena, _bruno) = team().await;
    let (s, view) = olena.get(&format!("{ARTICLE}/uk")).await;
    assert_eq!(s, 200, "{view}");
    assert_eq!(view["may_edit"], true);
    assert_eq!(view["version"], 0);
    assert!(
        view["source"]["title"].as_str().unwrap().contains("casa"),
        "{view}"
    );
    assert!(
        view["translation"]["body"]
            .as_str()
            .unwrap()
            .contains("## ")
    );
    assert_eq!(view["review"]["status"], "machine-translated");
    assert!(!public_text(&app).await.contains(NEW_SENTENCE));

    let (s, saved) = olena
        .put(&format!("{ARTICLE}/uk"), edited(&view, 0, NEW_SENTENCE))
        .await;
    assert_eq!(s, 200, "{saved}");
    assert_eq!(saved["version"], 1);
    assert!(
        public_text(&app).await.contains(NEW_SENTENCE),
        "served at once"
    );
    // Search finds the new words too.
    let (_, found) = app
        .get_json("/api/v1/search?lang=uk&q=посередник%20перевірив%20текст%20оренда")
        .await;
    assert_eq!(found["results"][0]["id"], "renting-a-home", "{found}");

    app.restart().await;
    assert!(
        public_text(&app).await.contains(NEW_SENTENCE),
        "edits are kept in the database and served after a restart"
    );
}

#[tokio::test]
async fn only_an_editor_of_the_language_or_an_administrator_may_change_it() {
    let (app, rui, olena, bruno) = team().await;
    let (_, view) = bruno.get(&format!("{ARTICLE}/uk")).await;
    assert_eq!(view["may_edit"], false);
    let (s, e) = bruno
        .put(&format!("{ARTICLE}/uk"), edited(&view, 0, NEW_SENTENCE))
        .await;
    assert_eq!(s, 403, "{e}");
    // A uk editor may not change the Portuguese source, nor review it.
    let (_, pt) = olena.get(&format!("{ARTICLE}/pt")).await;
    assert_eq!(pt["may_edit"], false);
    let pt_edit = json!({
        "title": pt["translation"]["title"], "summary": pt["translation"]["summary"],
        "body": "Texto novo.", "keywords": pt["translation"]["keywords"], "base_version": 0,
    });
    let (s, _) = olena.put(&format!("{ARTICLE}/pt"), pt_edit.clone()).await;
    assert_eq!(s, 403);
    let (s, _) = bruno
        .post(
            &format!("{ARTICLE}/uk/review"),
            json!({ "base_version": 0 }),
        )
        .await;
    assert_eq!(s, 403);
    // Without a session nothing is shown; without the CSRF header nothing is saved.
    let anonymous = app.get(&format!("/api/v1/console{ARTICLE}/uk")).await;
    assert_eq!(anonymous.status().as_u16(), 401);
    let no_csrf = olena
        .client
        .put(format!("{}/api/v1/console{ARTICLE}/uk", olena.base))
        .json(&edited(&view, 0, NEW_SENTENCE))
        .send()
        .await
        .unwrap();
    assert_eq!(no_csrf.status().as_u16(), 403);
    assert!(!public_text(&app).await.contains(NEW_SENTENCE));
    // The administrator may edit the source.
    let (s, v) = rui.put(&format!("{ARTICLE}/pt"), pt_edit).await;
    assert_eq!(s, 200, "{v}");
}

#[tokio::test]
async fn a_broken_edit_is_refused_in_the_editors_language_and_nothing_is_published() {
    let (app, _rui, olena, _bruno) = team().await;
    let (_, view) = olena.get(&format!("{ARTICLE}/uk")).await;
    let before = public_text(&app).await;
    for (sentence, expect) in [
        ("Ціна { $no-such-fact } євро.", "no-such-fact"),
        ("Рядок\n.keywords = зламано", "крапки"),
        ("Незакрита { дужка", "Не вдається прочитати"),
    ] {
        let (s, e) = olena
            .put(&format!("{ARTICLE}/uk"), edited(&view, 0, sentence))
            .await;
        assert_eq!(s, 422, "{sentence}: {e}");
        assert_eq!(e["error"]["code"], "edit_refused");
        assert!(
            e["error"]["message"]
                .as_str()
                .unwrap()
                .contains("Зміну не збережено"),
            "{e}"
        );
        let problems = e["error"]["problems"].to_string();
        assert!(problems.contains(expect), "{sentence}: {problems}");
    }
    let mut no_title = edited(&view, 0, NEW_SENTENCE);
    no_title["title"] = json!("  ");
    let (s, e) = olena.put(&format!("{ARTICLE}/uk"), no_title).await;
    assert_eq!(s, 422);
    assert!(
        e["error"]["problems"].to_string().contains("заголовка"),
        "{e}"
    );
    assert_eq!(public_text(&app).await, before);
    let (_, versions) = olena.get(&format!("{ARTICLE}/uk/versions")).await;
    assert_eq!(versions["versions"], json!([]), "nothing saved");
}

#[tokio::test]
async fn two_editors_on_one_article_never_overwrite_each_other() {
    let (app, rui, olena, _bruno) = team().await;
    let (_, view) = olena.get(&format!("{ARTICLE}/uk")).await;
    let (s, _) = olena
        .put(&format!("{ARTICLE}/uk"), edited(&view, 0, NEW_SENTENCE))
        .await;
    assert_eq!(s, 200);
    // The administrator opened the article before olena saved.
    let (s, e) = rui
        .put(
            &format!("{ARTICLE}/uk"),
            edited(&view, 0, "Інше речення адміністратора."),
        )
        .await;
    assert_eq!(s, 409, "{e}");
    assert_eq!(e["error"]["code"], "edit_conflict");
    assert_eq!(e["error"]["latest"]["version"], 1);
    assert_eq!(e["error"]["latest"]["author"], "olena");
    assert!(
        e["error"]["latest"]["fields"]["body"]
            .as_str()
            .unwrap()
            .contains(NEW_SENTENCE)
    );
    let text = public_text(&app).await;
    assert!(text.contains(NEW_SENTENCE) && !text.contains("адміністратора"));

    // Both at the same moment on version 1: exactly one wins.
    let (_, view) = olena.get(&format!("{ARTICLE}/uk")).await;
    let path = format!("{ARTICLE}/uk");
    let (a, b) = tokio::join!(
        olena.put(&path, edited(&view, 1, "Перше.")),
        rui.put(&path, edited(&view, 1, "Друге.")),
    );
    let mut statuses = [a.0, b.0];
    statuses.sort();
    assert_eq!(statuses, [200, 409], "{a:?} {b:?}");
    let (_, versions) = olena.get(&format!("{ARTICLE}/uk/versions")).await;
    assert_eq!(versions["versions"].as_array().unwrap().len(), 2);
}

#[tokio::test]
async fn restoring_brings_back_an_earlier_version_as_a_new_one() {
    let (app, _rui, olena, _bruno) = team().await;
    let original = public_text(&app).await;
    add_sentence(&olena, "renting-a-home", NEW_SENTENCE).await;
    let (_, view1) = olena.get(&format!("{ARTICLE}/uk")).await;
    let (s, _) = olena
        .put(
            &format!("{ARTICLE}/uk"),
            edited(&view1, 1, "Друге речення."),
        )
        .await;
    assert_eq!(s, 200);
    let (s, r) = olena
        .post(
            &format!("{ARTICLE}/uk/restore"),
            json!({ "version": 0, "base_version": 2 }),
        )
        .await;
    assert_eq!(s, 200, "{r}");
    assert_eq!(r["version"], 3);
    assert_eq!(public_text(&app).await, original);
    let (s, _) = olena
        .post(
            &format!("{ARTICLE}/uk/restore"),
            json!({ "version": 1, "base_version": 3 }),
        )
        .await;
    assert_eq!(s, 200);
    let text = public_text(&app).await;
    assert!(text.contains(NEW_SENTENCE) && !text.contains("Друге речення"));
    let (_, versions) = olena.get(&format!("{ARTICLE}/uk/versions")).await;
    let list = versions["versions"].as_array().unwrap();
    assert_eq!(list.len(), 4);
    assert_eq!(list[0]["restores"], 1);
    assert_eq!(list[0]["author"], "olena");
}

#[tokio::test]
async fn a_review_shows_until_the_next_edit_and_every_change_is_in_the_audit_log() {
    let (app, rui, olena, _bruno) = team().await;
    add_sentence(&olena, "renting-a-home", NEW_SENTENCE).await;
    // A review of a version someone replaced meanwhile is refused.
    let (s, _) = mark_reviewed(&olena, 0).await;
    assert_eq!(s, 409);
    let (s, r) = mark_reviewed(&olena, 1).await;
    assert_eq!(s, 200, "{r}");
    let (_, view) = olena.get(&format!("{ARTICLE}/uk")).await;
    assert_eq!(view["review"]["status"], "reviewed");
    assert_eq!(view["review"]["reviewed_by"], "olena");
    let (_, a) = app
        .get_json("/api/v1/articles/renting-a-home?lang=uk")
        .await;
    assert_eq!(a["review_status"], "reviewed");
    // Readers are told a mediator reviewed it, and when.
    let note = a["review_note"].as_str().unwrap();
    assert!(
        note.starts_with("Перевірено медіатором") && note.contains("2026"),
        "{note}"
    );

    // The next edit is not covered by that review.
    olena
        .put(
            &format!("{ARTICLE}/uk"),
            edited(&view, 1, "Ще одне речення."),
        )
        .await;
    let (_, a) = app
        .get_json("/api/v1/articles/renting-a-home?lang=uk")
        .await;
    assert_eq!(a["review_status"], "machine-translated");

    let (_, log) = rui.get("/audit").await;
    let actions: Vec<&str> = log["audit"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| e["action"].as_str())
        .collect();
    for a in [
        "editor_grants_changed",
        "knowledge_edited",
        "knowledge_reviewed",
    ] {
        assert!(actions.contains(&a), "{a} in {actions:?}");
    }
}

#[tokio::test]
async fn kb_export_writes_what_is_served_and_kb_status_says_what_the_folder_lacks() {
    let (app, _rui, olena, _bruno) = team().await;
    add_sentence(&olena, "renting-a-home", NEW_SENTENCE).await;
    let (s, _) = mark_reviewed(&olena, 1).await;
    assert_eq!(s, 200);
    let db = app.config.database_url.clone();
    let shipped = repo().join("knowledge");
    let run = |args: &[&str], knowledge: &std::path::Path| {
        let out = balcao()
            .args(args)
            .args(["--database-url", &db, "--knowledge-dir"])
            .arg(knowledge)
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stdout).to_string();
        assert!(
            out.status.success(),
            "{args:?}: {text}{}",
            String::from_utf8_lossy(&out.stderr)
        );
        text
    };
    let status = run(&["kb", "status"], &shipped);
    assert!(
        status.contains("renting-a-home.uk version 1 by olena"),
        "{status}"
    );
    assert!(
        status.contains("not exported") && status.contains("1 edit(s)"),
        "{status}"
    );

    // Exported into a copy of the folder: it passes the strict check...
    let exported = export_and_serve(&db).await;
    let copy = exported.dir.path().join("knowledge");
    // ...holds the edit, so it counts as exported...
    assert!(run(&["kb", "status"], &copy).contains("0 edit(s) not in the folder"));
    // ...and served on its own (a new release, a fresh database) gives
    // readers the same text, reviewed.
    let release = &exported.release;
    assert_eq!(public_text(release).await, public_text(&app).await);
    let (_, a) = release
        .get_json("/api/v1/articles/renting-a-home?lang=uk")
        .await;
    assert_eq!(a["review_status"], "reviewed");

    // A folder whose text changed underneath the edit is a conflict.
    let file = copy.join("uk/housing.ftl");
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(
        &file,
        text.replace(NEW_SENTENCE, "Інший текст нового випуску."),
    )
    .unwrap();
    let status = run(&["kb", "status"], &copy);
    assert!(status.contains("conflict"), "{status}");
}

#[tokio::test]
async fn the_review_queue_puts_what_readers_flag_and_read_first_and_a_preview_saves_nothing() {
    let (app, rui, olena, bruno) = team().await;
    // Readers: the work permit is read three times in Ukrainian, the
    // renting article once but marked unhelpful.
    for _ in 0..3 {
        app.get_json("/api/v1/articles/residence-permit-work?lang=uk")
            .await;
    }
    app.get_json("/api/v1/articles/renting-a-home?lang=uk")
        .await;
    app.client
        .post(format!(
            "{}/api/v1/articles/renting-a-home/feedback",
            app.base
        ))
        .json(&json!({ "lang": "uk", "helpful": false }))
        .send()
        .await
        .unwrap();
    let mut first = Vec::new();
    for _ in 0..50 {
        let (s, q) = olena.get("/knowledge/queue").await;
        assert_eq!(s, 200, "{q}");
        assert_eq!(q["langs"], json!(["uk"]));
        first = q["items"].as_array().unwrap()[..2].to_vec();
        if first[1]["reads"] == 3 {
            break;
        }
        // Readings are counted without making the reader wait.
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(first[0]["article"], "renting-a-home", "{first:?}");
    assert_eq!(first[0]["not_helpful"], 1);
    assert_eq!(first[1]["article"], "residence-permit-work");
    assert_eq!(first[1]["status"], "machine-translated");
    assert!(
        first[0]["title"]
            .as_str()
            .unwrap()
            .chars()
            .any(|c| ('а'..='я').contains(&c))
    );
    // An administrator's queue has every translated language; a mediator
    // without grants has none.
    let (_, q) = rui.get("/knowledge/queue").await;
    assert_eq!(q["langs"].as_array().unwrap().len(), 8);
    let (_, q) = bruno.get("/knowledge/queue").await;
    assert_eq!(q["items"], json!([]));

    // A preview shows the article as readers would see it, and saves nothing.
    let (_, view) = olena.get(&format!("{ARTICLE}/uk")).await;
    let mut fields = edited(&view, 0, NEW_SENTENCE);
    fields.as_object_mut().unwrap().remove("base_version");
    let (s, p) = olena
        .post(&format!("{ARTICLE}/uk/preview"), fields.clone())
        .await;
    assert_eq!(s, 200, "{p}");
    assert!(p["rendered"]["blocks"].to_string().contains(NEW_SENTENCE));
    assert!(!public_text(&app).await.contains(NEW_SENTENCE));
    fields["body"] = json!("{ $no-such-fact }");
    let (s, e) = olena
        .post(&format!("{ARTICLE}/uk/preview"), fields.clone())
        .await;
    assert_eq!(s, 422, "{e}");
    let (s, _) = bruno.post(&format!("{ARTICLE}/uk/preview"), fields).await;
    assert_eq!(s, 403);
}

#[tokio::test]
async fn a_reviewed_article_readers_flag_comes_back_to_the_queue_with_what_they_searched_for() {
    let api = BotApi::start().await;
    let (app, _rui, olena, _bruno) = team_on(spawn_bot(&api, Options::default()).await).await;
    let (s, _) = mark_reviewed(&olena, 0).await;
    assert_eq!(s, 200);
    let listed = |q: &Value| {
        q["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["article"] == "renting-a-home")
            .cloned()
    };
    assert_eq!(listed(&olena.get("/knowledge/queue").await.1), None);

    // At the kiosk: a 👎 with the search the article was opened from; a 👍
    // keeps no search.
    let feedback = |helpful: bool, query: &str| {
        let body = json!({ "lang": "uk", "helpful": helpful, "query": query });
        app.client
            .post(format!(
                "{}/api/v1/articles/renting-a-home/feedback",
                app.base
            ))
            .json(&body)
            .send()
    };
    for (helpful, query) in [
        (false, "як повернути заставу"),
        (false, "  як повернути заставу "),
        // Kept masked, as searches without an answer are.
        (false, "Марія 912345678 застава"),
        (true, "договір оренди"),
    ] {
        assert_eq!(feedback(helpful, query).await.unwrap().status(), 200);
    }
    // On Telegram: a search that leads to the article (shown at once, or
    // chosen from the results), then 👎.
    let chat = 7302;
    api.say(chat, "uk", "застава за квартиру").await;
    let has = |c: &crate::telegram_server::Call, data: &str| {
        c.buttons().iter().any(|(_, d)| d.starts_with(data))
    };
    let (at, first) = api
        .wait_for(chat, 0, "an answer", |c| {
            has(c, "fb:renting-a-home") || has(c, "art:renting-a-home")
        })
        .await;
    let article = if has(&first, "fb:renting-a-home") {
        first
    } else {
        api.press(chat, "uk", first.message_id.unwrap(), "art:renting-a-home")
            .await;
        api.wait_for(chat, at + 1, "the article with its buttons", |c| {
            has(c, "fb:renting-a-home")
        })
        .await
        .1
    };
    let down = article.button("fb:renting-a-home:0");
    api.press(chat, "uk", article.message_id.unwrap(), &down)
        .await;

    let mut item = None;
    for _ in 0..50 {
        item = listed(&olena.get("/knowledge/queue").await.1);
        if item.as_ref().is_some_and(|i| i["not_helpful"] == 4) {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let item = item.expect("the flagged article is back in the queue");
    assert_eq!(item["status"], "reviewed");
    assert_eq!(item["not_helpful"], 4, "{item}");
    assert_eq!(
        item["searches"],
        json!([
            "як повернути заставу",
            "[name] # застава",
            "застава за квартиру"
        ]),
        "{item}"
    );
}

#[tokio::test]
async fn a_telegram_user_reads_the_edited_article() {
    let api = BotApi::start().await;
    let (_app, _rui, olena, _bruno) = team_on(spawn_bot(&api, Options::default()).await).await;
    let (_, view) = olena.get(&format!("{ARTICLE}/uk")).await;
    let mut fields = edited(&view, 0, NEW_SENTENCE);
    fields["title"] = json!("Оренда житла: що перевірити");
    let (s, _) = olena.put(&format!("{ARTICLE}/uk"), fields).await;
    assert_eq!(s, 200);

    let chat = 7301;
    api.say(chat, "uk", "/menu").await;
    let (_, menu) = api
        .wait_for(chat, 0, "menu", |c| !c.buttons().is_empty())
        .await;
    api.press(
        chat,
        "uk",
        menu.message_id.unwrap(),
        &menu.button("cat:housing"),
    )
    .await;
    let (_, list) = api
        .wait_for(chat, 1, "article list", |c| c.method == "editmessagetext")
        .await;
    let entry = list
        .buttons()
        .into_iter()
        .find(|(_, d)| d == "art:renting-a-home")
        .unwrap();
    assert_eq!(
        entry.0, "Оренда житла: що перевірити",
        "the list shows the new title"
    );
    api.press(chat, "uk", list.message_id.unwrap(), &entry.1)
        .await;
    let (last, _) = api
        .wait_for(chat, 2, "the article with its buttons", |c| {
            c.method == "sendmessage" && !c.buttons().is_empty()
        })
        .await;
    let text: String = api.to(chat)[2..=last].iter().map(|c| c.text()).collect();
    assert!(text.contains("Оренда житла: що перевірити"), "{text}");
    assert!(text.contains(NEW_SENTENCE), "{text}");
    // The reading counts in the editors' review queue, written with the
    // answer (so already there when the answer is sent).
    let (s, q) = olena.get("/knowledge/queue").await;
    assert_eq!(s, 200, "{q}");
    let reads = q["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["article"] == "renting-a-home")
        .map(|i| i["reads"].clone());
    assert_eq!(reads, Some(json!(1)), "{q}");
}

/// The database's edits written by `kb export` into a copy of the shipped
/// folder, which passes `kb check --strict`, and a fresh service (a new
/// release on a new database) serving that copy.
pub struct Exported {
    pub dir: tempfile::TempDir,
    pub report: String,
    pub release: TestApp,
}

pub async fn export_and_serve(db: &str) -> Exported {
    let dir = tempfile::tempdir().unwrap();
    copy_of_shipped(dir.path());
    let (knowledge, locales) = (dir.path().join("knowledge"), dir.path().join("locales"));
    let out = balcao()
        .args(["kb", "export"])
        .arg(&knowledge)
        .args(["--database-url", db, "--knowledge-dir"])
        .arg(repo().join("knowledge"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let check = balcao()
        .args(["kb", "check", "--strict", "--knowledge-dir"])
        .arg(&knowledge)
        .arg("--locales-dir")
        .arg(&locales)
        .output()
        .unwrap();
    let report = String::from_utf8_lossy(&check.stdout).into_owned();
    assert!(check.status.success(), "{report}");
    let release = spawn_with(Options {
        source: Some(Source::Dirs { knowledge, locales }),
        ..Options::default()
    })
    .await;
    Exported {
        dir,
        report,
        release,
    }
}

/// The administrator adds `sentence` to the Portuguese summary (its first
/// version); returns the summary as it was.
async fn add_to_source_summary(admin: &Console, sentence: &str) -> String {
    let (_, pt) = admin.get(&format!("{ARTICLE}/pt")).await;
    let old_summary = pt["translation"]["summary"].as_str().unwrap().to_string();
    let mut fields = pt["translation"].clone();
    fields["summary"] = json!(format!("{old_summary} {sentence}"));
    fields["base_version"] = json!(0);
    let (s, v) = admin.put(&format!("{ARTICLE}/pt"), fields).await;
    assert_eq!(s, 200, "{v}");
    old_summary
}

#[tokio::test]
async fn when_the_source_changes_a_reviewed_translation_is_outdated_and_shows_what_changed() {
    let (_app, rui, olena, _bruno) = team().await;
    let (s, _) = mark_reviewed(&olena, 0).await;
    assert_eq!(s, 200);
    let old_summary = add_to_source_summary(&rui, "Peça sempre o recibo.").await;

    let (_, view) = olena.get(&format!("{ARTICLE}/uk")).await;
    assert_eq!(view["review"]["status"], "outdated", "{}", view["review"]);
    assert_eq!(view["source_then"]["summary"], old_summary.as_str());
    assert!(
        view["source"]["summary"]
            .as_str()
            .unwrap()
            .ends_with("Peça sempre o recibo.")
    );
    // Reviewing it again against the new source makes it current.
    let (s, _) = mark_reviewed(&olena, 0).await;
    assert_eq!(s, 200);
    let (_, view) = olena.get(&format!("{ARTICLE}/uk")).await;
    assert_eq!(view["review"]["status"], "reviewed");
    assert_eq!(view["source_then"], Value::Null);
}

#[tokio::test]
async fn a_translation_stamped_in_the_folder_shows_what_changed_in_its_source() {
    // Nobody reviewed it in the console: the folder's stamp, and the source
    // text it kept, are all there is.
    let (_app, rui, olena, _bruno) = team().await;
    let old_summary = add_to_source_summary(&rui, "Guarde o contrato.").await;
    let (_, view) = olena.get(&format!("{ARTICLE}/uk")).await;
    assert_eq!(view["review"]["status"], "outdated", "{}", view["review"]);
    assert_eq!(view["source_then"]["summary"], old_summary.as_str());
}

#[tokio::test]
async fn content_health_counts_each_languages_state_and_lists_facts_and_searches_to_act_on() {
    let (app, rui, olena, _bruno) = team().await;
    let (_, before) = rui.get("/knowledge/health").await;
    let uk = |h: &Value| {
        h["langs"]
            .as_array()
            .unwrap()
            .iter()
            .find(|l| l["lang"] == "uk")
            .unwrap()
            .clone()
    };
    let (reviewed, mt) = (
        uk(&before)["reviewed"].as_i64().unwrap(),
        uk(&before)["machine_translated"].as_i64().unwrap(),
    );
    mark_reviewed(&olena, 0).await;
    // A search nobody could answer.
    app.get_json("/api/v1/search?lang=pt&q=xqzv%20wrtp%20blorf")
        .await;
    let (s, after) = olena.get("/knowledge/health").await;
    assert_eq!(s, 200, "{after}");
    assert_eq!(uk(&after)["reviewed"], reviewed + 1);
    assert_eq!(uk(&after)["machine_translated"], mt - 1);
    let pt = &after["langs"][0];
    assert_eq!(pt["lang"], "pt");
    assert_eq!(pt["reviewed"], pt["articles"]);
    // Unconfirmed facts are listed (the shipped facts have some).
    let facts = after["facts"].as_array().unwrap();
    assert!(facts.iter().any(|f| f["unconfirmed"] == true), "{facts:?}");
    assert!(
        after["unanswered"].to_string().contains("xqzv"),
        "{}",
        after["unanswered"]
    );
}

#[tokio::test]
async fn an_administrator_changes_a_fact_and_every_language_shows_the_new_value() {
    let (app, rui, olena, _bruno) = team().await;
    let path = "/knowledge/facts/housing-deposit-max-rents";
    let (s, fact) = rui.get(path).await;
    assert_eq!(s, 200, "{fact}");
    assert_eq!(fact["may_edit"], true);
    assert!(fact["used_by"].to_string().contains("renting-a-home"));
    let text = fact["text"].as_str().unwrap().to_string();
    assert!(
        text.starts_with("[housing-deposit-max-rents]\ntype = \"duration\"\nvalue = 2"),
        "{text}"
    );
    assert!(english(&app).await.contains("at most 2 months' rent"));

    let new = text.replace("value = 2", "value = 3");
    let (s, _) = olena
        .put(path, json!({ "text": new, "base_version": 0 }))
        .await;
    assert_eq!(s, 403, "only administrators change facts");
    for (bad, expect) in [
        (text.replace("value = 2", "value = \"two\""), "edit_refused"),
        (
            text.replace("[housing-deposit-max-rents]", "[other-fact]"),
            "edit_refused",
        ),
        (
            "[housing-deposit-max-rents\nvalue = 3".to_string(),
            "edit_refused",
        ),
    ] {
        let (s, e) = rui
            .put(path, json!({ "text": bad, "base_version": 0 }))
            .await;
        assert_eq!(
            (s, e["error"]["code"].as_str().unwrap()),
            (422, expect),
            "{bad}: {e}"
        );
    }
    let (s, v) = rui
        .put(path, json!({ "text": new, "base_version": 0 }))
        .await;
    assert_eq!(s, 200, "{v}");
    assert!(english(&app).await.contains("at most 3 months' rent"));
    let (_, uk) = app
        .get_json("/api/v1/articles/renting-a-home?lang=uk")
        .await;
    assert!(
        uk["blocks"].to_string().contains("3 місяці"),
        "{}",
        uk["blocks"]
    );
    let (_, fact) = rui.get(path).await;
    assert_eq!(fact["version"], 1);
    assert_eq!(fact["versions"][0]["author"], "rui");
}

async fn english(app: &TestApp) -> String {
    let (_, a) = app
        .get_json("/api/v1/articles/renting-a-home?lang=en")
        .await;
    a["blocks"].to_string()
}

async fn uk_text(app: &TestApp, id: &str) -> String {
    let (_, a) = app
        .get_json(&format!("/api/v1/articles/{id}?lang=uk"))
        .await;
    a["blocks"].to_string()
}

/// Marks the uk article reviewed as of version `base`.
async fn mark_reviewed(who: &Console, base: i64) -> (u16, Value) {
    who.post(
        &format!("{ARTICLE}/uk/review"),
        json!({ "base_version": base }),
    )
    .await
}

/// Adds a sentence to an article's uk body, as `who`, on the shipped text.
async fn add_sentence(who: &Console, id: &str, sentence: &str) -> (u16, Value) {
    let path = format!("/knowledge/articles/{id}/uk");
    let (_, view) = who.get(&path).await;
    who.put(&path, edited(&view, 0, sentence)).await
}

#[tokio::test]
async fn two_editors_saving_different_articles_at_once_are_both_served() {
    let (app, rui, olena, _bruno) = team().await;
    let (a, b) = tokio::join!(
        add_sentence(&olena, "renting-a-home", NEW_SENTENCE),
        add_sentence(
            &rui,
            "residence-permit-work",
            "Друге редагування адміністратора."
        ),
    );
    assert_eq!((a.0, b.0), (200, 200), "{a:?} {b:?}");
    assert!(uk_text(&app, "renting-a-home").await.contains(NEW_SENTENCE));
    assert!(
        uk_text(&app, "residence-permit-work")
            .await
            .contains("Друге редагування адміністратора.")
    );
}

#[tokio::test]
async fn an_edit_a_new_release_no_longer_fits_is_left_out_and_the_service_still_starts() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, rui, olena, _bruno) =
        team_on(spawn_on_copy(dir.path(), Options::default()).await).await;
    let (s, e) = add_sentence(&olena, "renting-a-home", "Соціальний індекс: { $ias }.").await;
    assert_eq!(s, 200, "{e}");
    let (s, _) = add_sentence(
        &rui,
        "residence-permit-work",
        "Друге редагування адміністратора.",
    )
    .await;
    assert_eq!(s, 200);

    // The next release renames the fact that edit uses; the folder itself
    // is consistent.
    let knowledge = dir.path().join("knowledge");
    let facts = knowledge.join("facts.toml");
    let text = std::fs::read_to_string(&facts).unwrap();
    std::fs::write(&facts, text.replace("[ias]", "[ias-2027]")).unwrap();
    for lang in ["pt", "en", "fr", "es", "ru", "uk", "ro", "be", "kea"] {
        let f = knowledge.join(format!("{lang}/social.ftl"));
        let text = std::fs::read_to_string(&f).unwrap();
        std::fs::write(&f, text.replace("$ias }", "$ias-2027 }")).unwrap();
    }
    app.restart().await;

    // The counter opens; the stale edit is left out, the other still served.
    assert!(
        !uk_text(&app, "renting-a-home")
            .await
            .contains("Соціальний індекс")
    );
    assert!(
        uk_text(&app, "residence-permit-work")
            .await
            .contains("Друге редагування адміністратора.")
    );
}

const FACT: &str = "/knowledge/facts/housing-deposit-max-rents";

/// The fact's table with its value changed from 2 to `value`.
async fn deposit_of(rui: &Console, value: u32) -> String {
    let (_, fact) = rui.get(FACT).await;
    let text = fact["text"].as_str().unwrap();
    assert!(text.contains("\nvalue = 2\n"), "{text}");
    text.replace("\nvalue = 2\n", &format!("\nvalue = {value}\n"))
}

#[tokio::test]
async fn every_mediator_reads_the_list_of_facts_with_their_dates_and_how_many_articles_use_them() {
    let (_app, rui, _olena, bruno) = team().await;
    let (s, list) = bruno.get("/knowledge/facts").await;
    assert_eq!(s, 200, "{list}");
    assert_eq!(list["may_edit"], false);
    let facts = list["facts"].as_array().unwrap();
    assert!(facts.len() > 50, "every fact: {}", facts.len());
    let find = |id: &str| facts.iter().find(|f| f["id"] == id).unwrap().clone();
    let deposit = find("housing-deposit-max-rents");
    assert_eq!(deposit["value"], "2", "{deposit}");
    assert_eq!(deposit["checked"], "2026-12-07");
    assert_eq!(deposit["unconfirmed"], true);
    assert_eq!(deposit["out_of_date"], false);
    let (_, view) = bruno.get(FACT).await;
    assert_eq!(view["may_edit"], false);
    let used = view["used_by"].as_array().unwrap().len();
    assert!(used >= 1);
    assert_eq!(deposit["used_by"], used);
    // A value that changes on a date carries its source's own date.
    assert_eq!(find("minimum-wage")["source_date"], "2025-12-29");
    let (_, list) = rui.get("/knowledge/facts").await;
    assert_eq!(list["may_edit"], true);
}

#[tokio::test]
async fn only_an_administrator_restores_a_fact_and_every_language_shows_the_restored_value() {
    let (app, rui, olena, bruno) = team().await;
    let three = deposit_of(&rui, 3).await;
    let (s, _) = bruno
        .put(FACT, json!({ "text": three, "base_version": 0 }))
        .await;
    assert_eq!(s, 403, "only administrators change facts");
    let (s, v) = rui
        .put(FACT, json!({ "text": three, "base_version": 0 }))
        .await;
    assert_eq!((s, &v["version"]), (200, &json!(1)), "{v}");
    assert!(english(&app).await.contains("at most 3 months' rent"));

    for who in [&olena, &bruno] {
        let (s, e) = who
            .post(
                &format!("{FACT}/restore"),
                json!({ "version": 0, "base_version": 1 }),
            )
            .await;
        assert_eq!(s, 403, "{e}");
    }
    assert!(english(&app).await.contains("at most 3 months' rent"));
    // A restore on a version someone replaced meanwhile is refused, with
    // that version's text to compare.
    let (s, e) = rui
        .post(
            &format!("{FACT}/restore"),
            json!({ "version": 0, "base_version": 0 }),
        )
        .await;
    assert_eq!(s, 409);
    let latest = &e["error"]["latest"];
    assert_eq!(latest["version"], 1, "{e}");
    assert!(
        latest["text"].as_str().unwrap().contains("value = 3"),
        "{e}"
    );

    let (s, r) = rui
        .post(
            &format!("{FACT}/restore"),
            json!({ "version": 0, "base_version": 1 }),
        )
        .await;
    assert_eq!((s, &r["version"]), (200, &json!(2)), "{r}");
    assert!(english(&app).await.contains("at most 2 months' rent"));
    assert!(uk_text(&app, "renting-a-home").await.contains("2 місяці"));
    let (_, fact) = rui.get(FACT).await;
    assert_eq!(fact["versions"][0]["restores"], 0);
    assert_eq!(fact["shown"], "2");

    // Back to version 1: 3 again, for readers of every language.
    let (s, _) = rui
        .post(
            &format!("{FACT}/restore"),
            json!({ "version": 1, "base_version": 2 }),
        )
        .await;
    assert_eq!(s, 200);
    assert!(english(&app).await.contains("at most 3 months' rent"));
    assert!(uk_text(&app, "renting-a-home").await.contains("3 місяці"));

    let (_, log) = rui.get("/audit").await;
    let log = log["audit"].to_string();
    assert!(log.contains("knowledge_restored"), "{log}");
    assert!(log.contains("housing-deposit-max-rents v2"), "{log}");
}

#[tokio::test]
async fn content_health_says_when_an_unanswered_search_was_last_made() {
    let (app, rui, _olena, _bruno) = team().await;
    for _ in 0..2 {
        app.get_json("/api/v1/search?lang=en&q=xqzv%20wrtp%20blorf")
            .await;
    }
    let (_, health) = rui.get("/knowledge/health").await;
    let miss = health["unanswered"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["query"].as_str().unwrap().contains("xqzv"))
        .cloned()
        .unwrap_or_else(|| panic!("{}", health["unanswered"]));
    assert_eq!(miss["count"], 2, "{miss}");
    assert_eq!(miss["lang"], "en");
    let today = app.clock.now().date_naive().to_string();
    assert_eq!(miss["last_seen"], today, "{miss}");
}

crate::postgres::on_postgres_too!(
    a_uk_editor_corrects_an_article_and_readers_see_it_at_once_and_after_a_restart,
    only_an_editor_of_the_language_or_an_administrator_may_change_it,
    a_broken_edit_is_refused_in_the_editors_language_and_nothing_is_published,
    two_editors_on_one_article_never_overwrite_each_other,
    restoring_brings_back_an_earlier_version_as_a_new_one,
    a_review_shows_until_the_next_edit_and_every_change_is_in_the_audit_log,
    kb_export_writes_what_is_served_and_kb_status_says_what_the_folder_lacks,
    the_review_queue_puts_what_readers_flag_and_read_first_and_a_preview_saves_nothing,
    a_reviewed_article_readers_flag_comes_back_to_the_queue_with_what_they_searched_for,
    a_telegram_user_reads_the_edited_article,
    when_the_source_changes_a_reviewed_translation_is_outdated_and_shows_what_changed,
    a_translation_stamped_in_the_folder_shows_what_changed_in_its_source,
    content_health_counts_each_languages_state_and_lists_facts_and_searches_to_act_on,
    an_administrator_changes_a_fact_and_every_language_shows_the_new_value,
    two_editors_saving_different_articles_at_once_are_both_served,
    an_edit_a_new_release_no_longer_fits_is_left_out_and_the_service_still_starts,
    every_mediator_reads_the_list_of_facts_with_their_dates_and_how_many_articles_use_them,
    only_an_administrator_restores_a_fact_and_every_language_shows_the_restored_value,
    content_health_says_when_an_unanswered_search_was_last_made,
);
