//! GET /api/v1/search as a client sees it.

use chrono::NaiveDate;
use serde_json::Value;

use crate::helpers::spawn_app;

fn ids(body: &Value) -> Vec<String> {
    body["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_string())
        .collect()
}

#[tokio::test]
async fn search_returns_results_in_the_readers_language_with_the_documented_shape() {
    let app = spawn_app().await;
    let (status, body) = app
        .get_json("/api/v1/search?q=numero%20de%20contribuinte&lang=pt")
        .await;
    assert_eq!(status, 200);
    assert_eq!(body["query"], "numero de contribuinte");
    assert_eq!(body["lang"], "pt");
    assert!(body.get("detected_lang").is_some());
    let first = &body["results"][0];
    assert_eq!(first["id"], "nif-tax-number");
    for key in [
        "id", "category", "lang", "title", "snippet", "score", "fallback",
    ] {
        assert!(first.get(key).is_some(), "result lacks {key}: {first}");
    }
    assert_eq!(first["category"], "social");
    assert_eq!(first["fallback"], false);
    assert!(body["results"].as_array().unwrap().len() <= 5);
}

#[tokio::test]
async fn missing_diacritics_and_typos_still_find_the_article() {
    let app = spawn_app().await;
    let (_, body) = app
        .get_json("/api/v1/search?q=saude%20numero%20utente&lang=pt")
        .await;
    assert_eq!(
        ids(&body).first().map(String::as_str),
        Some("sns-user-number"),
        "{body}"
    );
    let (_, body) = app
        .get_json("/api/v1/search?q=salario%20minimo&lang=pt")
        .await;
    assert_eq!(
        ids(&body).first().map(String::as_str),
        Some("wages-and-hours"),
        "{body}"
    );
    let (_, body) = app
        .get_json("/api/v1/search?q=minimun%20wagge&lang=en")
        .await;
    assert_eq!(
        ids(&body).first().map(String::as_str),
        Some("wages-and-hours"),
        "{body}"
    );
}

#[tokio::test]
async fn a_query_in_another_language_finds_the_article_shown_in_the_session_language() {
    let app = spawn_app().await;
    // A Russian-session user typing Portuguese words.
    let (_, body) = app
        .get_json("/api/v1/search?q=numero%20de%20utente%20saude&lang=ru")
        .await;
    assert_eq!(
        ids(&body).first().map(String::as_str),
        Some("sns-user-number"),
        "{body}"
    );
    let first = &body["results"][0];
    assert_eq!(first["lang"], "ru");
    assert_eq!(first["fallback"], false);
    let title = first["title"].as_str().unwrap();
    assert!(
        title
            .chars()
            .any(|c| ('а'..='я').contains(&c.to_lowercase().next().unwrap())),
        "{title}"
    );
}

#[tokio::test]
async fn without_lang_the_language_is_identified_from_the_text() {
    let app = spawn_app().await;
    let q = "де отримати податковий номер";
    let (_, body) = app
        .get_json(&format!("/api/v1/search?q={}", urlencode(q)))
        .await;
    assert_eq!(body["detected_lang"], "uk", "{body}");
    assert_eq!(body["lang"], "uk");
    assert_eq!(
        ids(&body).first().map(String::as_str),
        Some("nif-tax-number"),
        "{body}"
    );
}

#[tokio::test]
async fn gibberish_finds_nothing_and_is_recorded_anonymised_but_typing_is_not() {
    let app = spawn_app().await;
    for q in [
        "xqzvk%20plortw%20fnargle",
        "asdfghjkl",
        "%3F%3F%3F%20!!!",
        "zzzz%20qqqq%20ww",
    ] {
        let (status, body) = app.get_json(&format!("/api/v1/search?q={q}&lang=en")).await;
        assert_eq!(status, 200);
        assert!(ids(&body).is_empty(), "{q} found {body}");
    }
    // Results as the user types are not searches for the content-gap report.
    let (_, body) = app
        .get_json("/api/v1/search?q=blorptang%20zzqx&lang=en&as_you_type=1")
        .await;
    assert!(ids(&body).is_empty());
    let (_, body) = app
        .get_json("/api/v1/search?q=flurbish%20123456789%20zorgle&lang=en")
        .await;
    assert!(ids(&body).is_empty());

    let store = &app.running().state.store;
    let misses = store
        .search_misses(NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(), 100)
        .await
        .unwrap();
    let queries: Vec<&str> = misses.iter().map(|m| m.query.as_str()).collect();
    assert!(queries.contains(&"flurbish # zorgle"), "{queries:?}");
    assert!(queries.contains(&"asdfghjkl"), "{queries:?}");
    assert!(
        !queries.iter().any(|q| q.contains("blorptang")),
        "{queries:?}"
    );
    assert!(!queries.iter().any(|q| q.contains("123456789")));

    // Only the day is kept, and it comes from the service's clock.
    let tomorrow = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
    assert!(store.search_misses(tomorrow, 100).await.unwrap().is_empty());
    app.clock.advance(chrono::Duration::days(1));
    app.get_json("/api/v1/search?q=wibblewobble&lang=en").await;
    let next_day = store.search_misses(tomorrow, 100).await.unwrap();
    assert_eq!(next_day.len(), 1);
    assert_eq!(next_day[0].query, "wibblewobble");
}

#[tokio::test]
async fn results_as_you_type_match_an_unfinished_last_word() {
    let app = spawn_app().await;
    // "ute…" on its way to "utente": only a prefix match finds the SNS number.
    let (_, typing) = app
        .get_json("/api/v1/search?q=numero%20de%20ute&lang=pt&as_you_type=1")
        .await;
    assert_eq!(
        ids(&typing).first().map(String::as_str),
        Some("sns-user-number"),
        "{typing}"
    );
    let (_, submitted) = app
        .get_json("/api/v1/search?q=numero%20de%20ute&lang=pt")
        .await;
    assert_ne!(
        ids(&submitted).first().map(String::as_str),
        Some("sns-user-number"),
        "{submitted}"
    );
}

#[tokio::test]
async fn limit_bounds_the_number_of_results() {
    let app = spawn_app().await;
    let (status, body) = app
        .get_json("/api/v1/search?q=documentos%20aima%20nif%20niss%20sns&lang=pt&limit=2")
        .await;
    assert_eq!(status, 200);
    assert!(ids(&body).len() <= 2);
    assert!(!ids(&body).is_empty());
}

#[tokio::test]
async fn any_tag_of_one_of_the_nine_languages_is_accepted_where_lang_is() {
    let app = spawn_app().await;
    for (tag, lang) in [
        ("pt-BR", "pt"),
        ("pt_PT", "pt"),
        ("uk-UA", "uk"),
        ("EN", "en"),
    ] {
        let (status, body) = app
            .get_json(&format!("/api/v1/search?q=nif&lang={tag}"))
            .await;
        assert_eq!(
            (status, body["lang"].as_str()),
            (200, Some(lang)),
            "{tag}: {body}"
        );
        let (status, body) = app
            .get_json(&format!("/api/v1/articles/nif-tax-number?lang={tag}"))
            .await;
        assert_eq!(
            (status, body["lang"].as_str()),
            (200, Some(lang)),
            "{tag}: {body}"
        );
        let (status, _) = app
            .get_json(&format!("/api/v1/categories?lang={tag}"))
            .await;
        assert_eq!(status, 200, "{tag}");
    }
    for tag in ["de", "pt--BR", "xx-YY"] {
        let (status, body) = app
            .get_json(&format!("/api/v1/search?q=nif&lang={tag}"))
            .await;
        assert_eq!(
            (status, body["error"]["code"].as_str()),
            (400, Some("unknown_lang")),
            "{tag}: {body}"
        );
    }
}

#[tokio::test]
async fn explain_shows_which_words_matched_where() {
    let app = spawn_app().await;
    let (_, plain) = app
        .get_json("/api/v1/search?q=salario%20minimo&lang=pt")
        .await;
    assert!(plain["results"][0].get("explain").is_none(), "{plain}");
    let (status, body) = app
        .get_json("/api/v1/search?q=salario%20minimo%20ferias&lang=pt&explain=1")
        .await;
    assert_eq!(status, 200);
    let first = &body["results"][0];
    assert_eq!(first["id"], "wages-and-hours", "{body}");
    let e = &first["explain"];
    assert_eq!(e["matched_lang"], "pt");
    assert!(e["coverage"].as_f64().unwrap() > 0.9, "{e}");
    let matches = e["matches"].as_array().unwrap();
    let words: Vec<&str> = matches
        .iter()
        .map(|m| m["word"].as_str().unwrap())
        .collect();
    for w in ["salario", "minimo", "ferias"] {
        assert!(words.contains(&w), "{w} not among {words:?}");
    }
    assert!(
        matches.iter().any(|m| m["field"] == "title"
            && m["kind"] == "exact"
            && m["score"].as_f64().unwrap() > 0.0),
        "{e}"
    );
    // A typo shows as one, with the word it was taken for.
    let (_, typo) = app
        .get_json("/api/v1/search?q=minimun%20wagge&lang=en&explain=1")
        .await;
    let m = &typo["results"][0]["explain"]["matches"];
    assert!(
        m.as_array()
            .unwrap()
            .iter()
            .any(|m| m["word"] == "minimun" && m["kind"] == "typo"),
        "{typo}"
    );
}

pub fn urlencode(s: &str) -> String {
    form_urlencoded::byte_serialize(s.as_bytes()).collect()
}
