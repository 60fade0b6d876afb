//! Administrators writing new articles in the console, from the searches
//! nobody found an answer for: a draft saved and listed, refused with its
//! reasons, published into what readers get in Portuguese, translated by an
//! editor, exported to the folder, and a later release of the same id.

use serde_json::{Value, json};

use crate::console_helpers::Console;
use crate::helpers::{Options, TestApp, spawn_on_copy};
use crate::knowledge_editing::{export_and_serve, team, team_on};

const ID: &str = "registering-a-pet";
const QUERY: &str = "como registar o meu cão na junta";
const UK_TITLE: &str = "Реєстрація собаки або кота";

/// The draft an administrator writes from the search.
fn pet_draft() -> Value {
    json!({
        "query": QUERY,
        "article": ID,
        "category": "services",
        "bodies": ["junta-freguesia"],
        "title": "Registar um cão ou um gato",
        "summary": "Cães e gatos têm de ter microchip e estar registados no SIAC.",
        "body": "O registo é obrigatório e faz-se no veterinário.\n\n## O que levar\n- O documento de identificação do dono\n- O boletim sanitário do animal",
        "keywords": "cão, gato, microchip, SIAC, registo do animal",
        "questions": format!("{QUERY}\nonde ponho o chip ao gato"),
    })
}

/// Saves `fields` as a new draft; its id.
async fn create(rui: &Console, fields: Value) -> i64 {
    let (s, v) = rui.post("/knowledge/drafts", fields).await;
    assert_eq!(s, 200, "{v}");
    v["id"].as_i64().unwrap()
}

async fn publish(rui: &Console, id: i64, revision: i64) -> (u16, Value) {
    rui.post(
        &format!("/knowledge/drafts/{id}/publish"),
        json!({ "revision": revision }),
    )
    .await
}

async fn pt_article(app: &TestApp) -> (u16, Value) {
    app.get_json(&format!("/api/v1/articles/{ID}?lang=pt"))
        .await
}

async fn audit_actions(rui: &Console) -> Vec<String> {
    let (_, log) = rui.get("/audit").await;
    log["audit"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| e["action"].as_str().map(str::to_string))
        .collect()
}

#[tokio::test]
async fn an_administrator_starts_a_draft_from_an_unanswered_search_and_keeps_it_to_finish_later() {
    let (_app, rui, _olena, _bruno) = team().await;
    let q = "como%20registar%20o%20meu%20c%C3%A3o%20na%20junta";
    let (s, new) = rui.get(&format!("/knowledge/drafts/new?q={q}")).await;
    assert_eq!(s, 200, "{new}");
    assert_eq!(new["draft"]["questions"], QUERY);
    assert_eq!(new["draft"]["query"], QUERY);
    let keywords = new["draft"]["keywords"].as_str().unwrap();
    assert!(
        keywords.contains("registar") && keywords.contains("cão"),
        "{keywords}"
    );
    // Categories and bodies by their names in the administrator's language.
    let categories = new["choices"]["categories"].as_array().unwrap();
    assert!(
        categories.contains(&json!({ "id": "housing", "name": "Housing" })),
        "{categories:?}"
    );
    let bodies = new["choices"]["bodies"].as_array().unwrap();
    let junta = bodies
        .iter()
        .find(|b| b["id"] == "junta-freguesia")
        .unwrap();
    assert!(
        junta["name"]
            .as_str()
            .unwrap()
            .starts_with("Parish council"),
        "{junta}"
    );
    let (_, list) = rui.get("/knowledge/drafts").await;
    assert_eq!(
        list["drafts"],
        json!([]),
        "nothing saved by opening the form"
    );

    let id = create(&rui, pet_draft()).await;
    let (_, list) = rui.get("/knowledge/drafts").await;
    let d = &list["drafts"][0];
    assert_eq!(d["id"], id);
    assert_eq!(d["author"], "rui");
    assert_eq!(d["query"], QUERY);
    assert_eq!(d["title"], "Registar um cão ou um gato");
    assert!(d["changed_at"].is_string());

    // Reopened and changed later; a change made on an older revision is
    // refused with the draft as it is now.
    let mut changed = pet_draft();
    changed["title"] = json!("Registar um animal de estimação");
    changed["revision"] = json!(1);
    let (s, v) = rui
        .put(&format!("/knowledge/drafts/{id}"), changed.clone())
        .await;
    assert_eq!(s, 200, "{v}");
    assert_eq!(v["revision"], 2);
    let (s, v) = rui.put(&format!("/knowledge/drafts/{id}"), changed).await;
    assert_eq!(s, 409, "{v}");
    assert_eq!(
        v["error"]["latest"]["title"],
        "Registar um animal de estimação"
    );
    let (_, again) = rui.get(&format!("/knowledge/drafts/{id}")).await;
    assert_eq!(again["draft"]["title"], "Registar um animal de estimação");
    assert_eq!(again["draft"]["bodies"], json!(["junta-freguesia"]));

    let (s, _) = rui.delete(&format!("/knowledge/drafts/{id}")).await;
    assert_eq!(s, 200);
    let (_, list) = rui.get("/knowledge/drafts").await;
    assert_eq!(list["drafts"], json!([]));
    let (s, _) = rui.get(&format!("/knowledge/drafts/{id}")).await;
    assert_eq!(s, 404);
    assert!(
        audit_actions(&rui)
            .await
            .contains(&"knowledge_draft_deleted".to_string())
    );
}

#[tokio::test]
async fn only_administrators_may_see_or_touch_drafts() {
    let (app, rui, olena, bruno) = team().await;
    let id = create(&rui, pet_draft()).await;
    let one = format!("/knowledge/drafts/{id}");
    for who in [&olena, &bruno] {
        let mut statuses = vec![
            who.get("/knowledge/drafts").await.0,
            who.get("/knowledge/drafts/new?q=x").await.0,
            who.get(&one).await.0,
            who.post("/knowledge/drafts", pet_draft()).await.0,
            who.post("/knowledge/drafts/preview", pet_draft()).await.0,
            who.put(&one, json!({ "title": "x", "revision": 1 }))
                .await
                .0,
            who.post(&format!("{one}/publish"), json!({ "revision": 1 }))
                .await
                .0,
        ];
        statuses.push(who.delete(&one).await.0);
        assert!(statuses.iter().all(|s| *s == 403), "{statuses:?}");
    }
    let (_, list) = rui.get("/knowledge/drafts").await;
    assert_eq!(list["drafts"].as_array().unwrap().len(), 1);
    assert_eq!(list["drafts"][0]["revision"], 1);
    assert_eq!(pt_article(&app).await.0, 404);
}

#[tokio::test]
async fn a_draft_with_an_unknown_fact_a_used_id_or_no_body_is_refused_with_reasons_and_nothing_is_published()
 {
    let (app, rui, _olena, _bruno) = team().await;
    let mut bad = pet_draft();
    bad["body"] = json!("Ligue para { $no-such-fact }.");
    bad["article"] = json!("renting-a-home");
    let (s, e) = rui.post("/knowledge/drafts/preview", bad.clone()).await;
    assert_eq!(s, 422, "{e}");
    assert_eq!(e["error"]["code"], "edit_refused");
    let problems = e["error"]["problems"].to_string();
    assert!(
        problems.contains("renting-a-home") && problems.contains("already"),
        "{problems}"
    );

    // Each problem in the administrator's words, on preview and publish.
    bad["article"] = json!(ID);
    let id = create(&rui, bad.clone()).await;
    let (s, e) = publish(&rui, id, 1).await;
    assert_eq!(s, 422, "{e}");
    let problems = e["error"]["problems"].to_string();
    assert!(
        problems.contains("no-such-fact") && problems.contains("not a known fact"),
        "{problems}"
    );

    bad["body"] = json!("  ");
    bad["article"] = json!("Registar cão");
    bad["category"] = json!("pets");
    bad["revision"] = json!(1);
    let (s, _) = rui.put(&format!("/knowledge/drafts/{id}"), bad).await;
    assert_eq!(s, 200, "a draft may be incomplete while it is written");
    let (s, e) = publish(&rui, id, 2).await;
    assert_eq!(s, 422, "{e}");
    let problems: Vec<String> = serde_json::from_value(e["error"]["problems"].clone()).unwrap();
    assert_eq!(problems.len(), 3, "{problems:?}");
    assert!(
        problems.iter().any(|p| p.contains("identifier")),
        "{problems:?}"
    );
    assert!(problems.iter().any(|p| p.contains("pets")), "{problems:?}");
    assert!(problems.iter().any(|p| p.contains("body")), "{problems:?}");

    assert_eq!(pt_article(&app).await.0, 404, "nothing published");
    let (_, list) = rui.get("/knowledge/drafts").await;
    assert_eq!(list["drafts"][0]["id"], id, "the draft stays to be fixed");
    assert!(
        !audit_actions(&rui)
            .await
            .contains(&"knowledge_published".to_string())
    );

    // An administrator whose console is in Ukrainian reads them in Ukrainian.
    app.add_mediator("iryna", &["uk"], &[], true).await;
    let iryna = app.console("iryna").await;
    let (s, e) = publish(&iryna, id, 2).await;
    assert_eq!(s, 422, "{e}");
    let first = e["error"]["problems"][0].as_str().unwrap();
    assert!(first.starts_with("Ідентифікатор"), "{e}");
}

#[tokio::test]
async fn a_published_article_is_served_in_portuguese_at_once_and_its_translations_wait_in_the_queues()
 {
    let (mut app, rui, olena, _bruno) = team().await;
    let id = create(&rui, pet_draft()).await;
    let (s, p) = rui.post("/knowledge/drafts/preview", pet_draft()).await;
    assert_eq!(s, 200, "{p}");
    assert_eq!(p["rendered"]["title"], "Registar um cão ou um gato");
    assert_eq!(pt_article(&app).await.0, 404, "a preview publishes nothing");

    let (s, v) = publish(&rui, id, 1).await;
    assert_eq!(s, 200, "{v}");
    let (s, a) = pt_article(&app).await;
    assert_eq!(s, 200, "{a}");
    assert_eq!(a["title"], "Registar um cão ou um gato");
    assert_eq!(a["review_status"], "reviewed");
    assert_eq!(a["bodies"][0]["id"], "junta-freguesia");
    assert!(a["blocks"].to_string().contains("boletim sanitário"));
    let (_, found) = app
        .get_json("/api/v1/search?lang=pt&q=registar%20c%C3%A3o%20microchip")
        .await;
    assert_eq!(found["results"][0]["id"], ID, "{found}");
    // The draft became the article; its history and the audit log say who.
    let (_, list) = rui.get("/knowledge/drafts").await;
    assert_eq!(list["drafts"], json!([]));
    let (_, h) = rui
        .get(&format!("/knowledge/articles/{ID}/pt/versions"))
        .await;
    assert_eq!(h["versions"][0]["author"], "rui");
    assert!(
        audit_actions(&rui)
            .await
            .contains(&"knowledge_published".to_string())
    );
    let (s, _) = publish(&rui, id, 1).await;
    assert_eq!(s, 404, "published once");

    // Ukrainian readers get what any missing translation gives them.
    let (_, uk) = app
        .get_json(&format!("/api/v1/articles/{ID}?lang=uk"))
        .await;
    assert_eq!(uk["fallback"], true, "{uk}");
    let (_, q) = olena.get("/knowledge/queue").await;
    let item = q["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["article"] == ID)
        .cloned();
    assert_eq!(
        item.as_ref().map(|i| i["status"].clone()),
        Some(json!("missing")),
        "{q}"
    );

    // The editor writes it in the article editor; readers see it.
    let path = format!("/knowledge/articles/{ID}/uk");
    let (s, view) = olena.get(&path).await;
    assert_eq!(s, 200, "{view}");
    assert_eq!(view["translation"], Value::Null);
    assert_eq!(view["source"]["title"], "Registar um cão ou um gato");
    let (s, saved) = olena
        .put(
            &path,
            json!({
                "title": UK_TITLE,
                "summary": "Собаки й коти повинні мати мікрочип і бути зареєстровані в SIAC.",
                "body": "Реєстрація обовʼязкова, її робить ветеринар.",
                "keywords": "собака, кіт, мікрочип",
                "base_version": 0,
            }),
        )
        .await;
    assert_eq!(s, 200, "{saved}");
    let (_, uk) = app
        .get_json(&format!("/api/v1/articles/{ID}?lang=uk"))
        .await;
    assert_eq!(
        (&uk["title"], &uk["fallback"]),
        (&json!(UK_TITLE), &json!(false))
    );
    let (_, q) = olena.get("/knowledge/queue").await;
    assert!(
        q["items"]
            .as_array()
            .unwrap()
            .iter()
            .all(|i| i["article"] != ID || i["status"] != "missing"),
        "{q}"
    );

    app.restart().await;
    assert_eq!(
        pt_article(&app).await.1["title"],
        "Registar um cão ou um gato"
    );
    let (_, uk) = app
        .get_json(&format!("/api/v1/articles/{ID}?lang=uk"))
        .await;
    assert_eq!(uk["title"], UK_TITLE, "kept after a restart");

    exported_and_served_on_its_own(&app).await;
}

/// `kb export` writes the article into the folder's files; the strict
/// check passes on them, and a fresh service on them serves it.
async fn exported_and_served_on_its_own(app: &TestApp) {
    let exported = export_and_serve(&app.config.database_url).await;
    let copy = exported.dir.path().join("knowledge");
    let catalogue = std::fs::read_to_string(copy.join("catalogue.toml")).unwrap();
    assert!(catalogue.contains(&format!("id = \"{ID}\"")), "{catalogue}");
    let pt = std::fs::read_to_string(copy.join("pt/services.ftl")).unwrap();
    assert!(pt.contains(&format!("{ID} = Registar um cão ou um gato")));
    assert!(
        exported
            .report
            .contains("article missing in en (translations_pending)"),
        "{}",
        exported.report
    );
    let release = &exported.release;
    assert_eq!(
        pt_article(release).await.1["title"],
        "Registar um cão ou um gato"
    );
    let (_, uk) = release
        .get_json(&format!("/api/v1/articles/{ID}?lang=uk"))
        .await;
    assert_eq!(uk["title"], UK_TITLE);
}

#[tokio::test]
async fn a_release_that_ships_an_article_of_the_same_id_wins_and_the_editor_sees_both() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, rui, _olena, _bruno) =
        team_on(spawn_on_copy(dir.path(), Options::default()).await).await;
    let id = create(&rui, pet_draft()).await;
    let (s, v) = publish(&rui, id, 1).await;
    assert_eq!(s, 200, "{v}");

    // The next release has its own article of that id, in every language.
    let knowledge = dir.path().join("knowledge");
    let catalogue = knowledge.join("catalogue.toml");
    let text = std::fs::read_to_string(&catalogue).unwrap();
    std::fs::write(
        &catalogue,
        format!("{text}\n[[article]]\nid = \"{ID}\"\ncategory = \"services\"\nlast_reviewed = 2026-12-20\n"),
    )
    .unwrap();
    for lang in ["pt", "en", "fr", "es", "ru", "uk", "ro", "be", "kea"] {
        let f = knowledge.join(format!("{lang}/services.ftl"));
        let text = std::fs::read_to_string(&f).unwrap();
        let entry = format!(
            "{ID} = Animais de companhia ({lang})\n    .summary = Do novo lançamento.\n    .body = Texto do novo lançamento.\n    .keywords = animal\n"
        );
        std::fs::write(&f, format!("{text}\n{entry}")).unwrap();
    }
    app.restart().await;
    let rui = app.console("rui").await;

    let (s, a) = pt_article(&app).await;
    assert_eq!(s, 200, "{a}");
    assert_eq!(a["title"], "Animais de companhia (pt)", "the folder wins");
    let (_, view) = rui.get(&format!("/knowledge/articles/{ID}/pt")).await;
    assert_eq!(view["edit_state"], "conflict", "{view}");
    assert_eq!(view["folder"]["title"], "Animais de companhia (pt)");
}

crate::postgres::on_postgres_too!(
    an_administrator_starts_a_draft_from_an_unanswered_search_and_keeps_it_to_finish_later,
    only_administrators_may_see_or_touch_drafts,
    a_draft_with_an_unknown_fact_a_used_id_or_no_body_is_refused_with_reasons_and_nothing_is_published,
    a_published_article_is_served_in_portuguese_at_once_and_its_translations_wait_in_the_queues,
    a_release_that_ships_an_article_of_the_same_id_wins_and_the_editor_sees_both,
);
