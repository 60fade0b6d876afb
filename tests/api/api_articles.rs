//! GET /api/v1/articles/{id} and /api/v1/categories.

use balcao::knowledge::files::Source;
use balcao::lang::{Lang, LangSettings};

use crate::helpers::{Options, copy_of_shipped, spawn_app, spawn_with};

#[tokio::test]
async fn an_article_is_rendered_with_blocks_bodies_related_and_notes() {
    let app = spawn_app().await;
    let (status, a) = app
        .get_json("/api/v1/articles/residence-permit-work?lang=uk")
        .await;
    assert_eq!(status, 200, "{a}");
    assert_eq!(a["lang"], "uk");
    assert_eq!(a["fallback"], false);
    assert_eq!(a["review_status"], "machine-translated");
    assert!(!a["review_note"].as_str().unwrap().is_empty());
    assert_eq!(a["last_reviewed"], "2026-12-06");
    let blocks = a["blocks"].as_array().unwrap();
    for kind in ["paragraph", "heading", "list", "steps"] {
        assert!(blocks.iter().any(|b| b["type"] == kind), "no {kind} block");
    }
    let aima = a["bodies"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["id"] == "aima")
        .unwrap();
    let phone = aima["contacts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["kind"] == "phone")
        .unwrap();
    assert_eq!(phone["text"], "217 115 000");
    assert_eq!(phone["href"], "tel:+351217115000");
    let related = a["related"].as_array().unwrap();
    assert!(
        related
            .iter()
            .any(|r| r["id"] == "aima-appointments" && !r["title"].as_str().unwrap().is_empty())
    );
    assert!(!a["disclaimer"].as_str().unwrap().is_empty());
    // Facts reach the text formatted for the reader: the date SEF ended.
    let text = a.to_string();
    assert!(text.contains("2023"), "{text}");
    assert!(
        !text.contains("{ $"),
        "unresolved Fluent placeable in {text}"
    );
}

#[tokio::test]
async fn amounts_are_formatted_for_each_language() {
    let app = spawn_app().await;
    let (_, en) = app
        .get_json("/api/v1/articles/wages-and-hours?lang=en")
        .await;
    let (_, pt) = app
        .get_json("/api/v1/articles/wages-and-hours?lang=pt")
        .await;
    assert!(en.to_string().contains("€920"), "{en}");
    assert!(pt.to_string().contains("920\u{a0}€"), "{pt}");
}

#[tokio::test]
async fn unconfirmed_facts_are_shown_as_such() {
    let app = spawn_app().await;
    let (_, a) = app
        .get_json("/api/v1/articles/migrant-helpline?lang=en")
        .await;
    let facts = a["unconfirmed_facts"].as_array().unwrap();
    assert!(!facts.is_empty(), "the helpline hours are unconfirmed: {a}");
    assert!(
        a["unconfirmed_note"]
            .as_str()
            .unwrap()
            .contains(facts[0].as_str().unwrap())
    );
}

#[tokio::test]
async fn a_missing_translation_falls_back_along_the_chain_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let source: Source = copy_of_shipped(dir.path());
    std::fs::remove_file(dir.path().join("knowledge/kea/health.ftl")).unwrap();
    std::fs::remove_file(dir.path().join("knowledge/uk/health.ftl")).unwrap();
    let app = spawn_with(Options {
        source: Some(source),
        ..Options::default()
    })
    .await;

    let (_, a) = app
        .get_json("/api/v1/articles/sns-user-number?lang=kea")
        .await;
    assert_eq!(a["lang"], "pt", "Kriolu falls back to Portuguese");
    assert_eq!(a["fallback"], true);
    assert!(a["fallback_note"].as_str().unwrap().contains("Português"));

    let (_, a) = app
        .get_json("/api/v1/articles/sns-user-number?lang=uk")
        .await;
    assert_eq!(
        a["lang"], "en",
        "Ukrainian falls back to English, never Russian"
    );
    assert!(a["fallback_note"].as_str().unwrap().contains("English"));

    let (_, s) = app
        .get_json("/api/v1/search?q=numero%20de%20utente&lang=kea")
        .await;
    let hit = s["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "sns-user-number")
        .unwrap();
    assert_eq!(hit["fallback"], true);
    assert_eq!(hit["lang"], "pt");
}

#[tokio::test]
async fn fallback_chains_come_from_configuration() {
    let mut languages = LangSettings::default();
    languages.fallback.insert(Lang::Uk, vec![Lang::Pt]);
    let dir = tempfile::tempdir().unwrap();
    let source = copy_of_shipped(dir.path());
    std::fs::remove_file(dir.path().join("knowledge/uk/health.ftl")).unwrap();
    let app = spawn_with(Options {
        source: Some(source),
        languages,
        ..Options::default()
    })
    .await;
    let (_, a) = app
        .get_json("/api/v1/articles/sns-user-number?lang=uk")
        .await;
    assert_eq!(a["lang"], "pt");
}

#[tokio::test]
async fn the_article_language_is_negotiated_from_accept_language() {
    let app = spawn_app().await;
    let r = app
        .client
        .get(format!("{}/api/v1/articles/nif-tax-number", app.base))
        .header("accept-language", "ro-RO,ro;q=0.9,en;q=0.5")
        .send()
        .await
        .unwrap();
    let a: serde_json::Value = r.json().await.unwrap();
    assert_eq!(a["lang"], "ro");
}

#[tokio::test]
async fn categories_list_localised_names_and_their_articles() {
    let app = spawn_app().await;
    let (status, c) = app.get_json("/api/v1/categories?lang=be").await;
    assert_eq!(status, 200);
    let cats = c["categories"].as_array().unwrap();
    assert_eq!(cats.len(), 9);
    let health = cats.iter().find(|c| c["id"] == "health").unwrap();
    assert!(
        health["name"]
            .as_str()
            .unwrap()
            .chars()
            .any(|ch| ch.is_alphabetic() && !ch.is_ascii())
    );
    let ids: Vec<&str> = health["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap())
        .collect();
    assert!(ids.contains(&"sns-user-number") && ids.contains(&"emergency-and-sns24"));
}

#[tokio::test]
async fn languages_are_listed_by_native_name() {
    let app = spawn_app().await;
    let (_, l) = app.get_json("/api/v1/languages").await;
    let names: Vec<&str> = l
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["native_name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "Português",
            "English",
            "Français",
            "Español",
            "Русский",
            "Українська",
            "Română",
            "Беларуская",
            "Kriolu kabuverdianu"
        ]
    );
}

/// Marks a fact of a copied knowledge base as not yet confirmed, whatever the
/// shipped file says of it today.
fn mark_unconfirmed(knowledge: &std::path::Path, fact: &str) {
    let path = knowledge.join("facts.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    let mut out = String::new();
    let mut inside = false;
    for line in text.lines() {
        if line.starts_with('[') {
            inside = line == format!("[{fact}]");
        }
        if inside && line.starts_with("confidence") {
            continue;
        }
        out.push_str(line);
        out.push('\n');
        if inside && line.starts_with('[') {
            out.push_str("confidence = \"unconfirmed\"\n");
        }
    }
    std::fs::write(path, out).unwrap();
}

#[tokio::test]
async fn an_unconfirmed_deadline_is_named_with_its_sentence_in_every_language() {
    let dir = tempfile::tempdir().unwrap();
    let source = copy_of_shipped(dir.path());
    mark_unconfirmed(&dir.path().join("knowledge"), "work-accident-notice-hours");
    let app = spawn_with(Options {
        source: Some(source),
        ..Options::default()
    })
    .await;

    for (lang, note_starts, hours) in [
        ("en", "Not yet confirmed", "48 hours"),
        ("pt", "Ainda não confirmado", "48 horas"),
        ("uk", "Ще не підтверджено", "48 годин"),
    ] {
        let (status, a) = app
            .get_json(&format!("/api/v1/articles/work-accident?lang={lang}"))
            .await;
        assert_eq!(status, 200, "{a}");
        let entry = a["unconfirmed_values"]
            .as_array()
            .unwrap()
            .iter()
            .find(|u| u["values"].as_array().unwrap().iter().any(|v| v == "48"))
            .unwrap_or_else(|| panic!("the 48-hour deadline is listed in {lang}: {a}"));
        let sentence = entry["context"].as_str().unwrap();
        assert!(sentence.contains(hours), "{lang}: {sentence}");
        // The sentence is the one the reader sees in the text, not the
        // whole article.
        let text = a["blocks"].to_string();
        assert!(text.contains(sentence), "{lang}: {sentence} not in {text}");
        assert!(sentence.len() < 400, "{lang}: {sentence}");
        let note = a["unconfirmed_note"].as_str().unwrap();
        assert!(note.starts_with(note_starts), "{lang}: {note}");
        assert!(
            note.contains(sentence.trim_end_matches('.')),
            "{lang}: the note quotes the sentence: {note}"
        );
        assert!(
            a["unconfirmed_facts"]
                .as_array()
                .unwrap()
                .iter()
                .any(|v| v == "48")
        );
    }
}
