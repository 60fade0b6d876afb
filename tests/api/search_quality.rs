//! Search quality on realistic questions, per language: hit@1 and hit@3.

use balcao::content::Content;
use balcao::lang::{Lang, LangSettings};
use serde::Deserialize;

use crate::helpers::{repo, shipped};

#[derive(Deserialize)]
struct QuestionSet {
    q: Vec<Question>,
}

#[derive(Deserialize)]
struct Question {
    text: String,
    expect: String,
}

#[test]
fn hit_at_3_is_at_least_90_percent_in_every_language() {
    let content = Content::load(&shipped(), &LangSettings::default()).unwrap();
    let mut failures = Vec::new();
    let mut table = String::from("lang  questions  hit@1   hit@3\n");
    for lang in Lang::ALL {
        let path = repo().join(format!("tests/data/search/{lang}.toml"));
        let set: QuestionSet = toml::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let (mut h1, mut h3) = (0, 0);
        let catalogue = std::fs::read_to_string(repo().join("knowledge/catalogue.toml")).unwrap();
        // Questions about draft articles wait until the article is published.
        let published: Vec<&Question> = set
            .q
            .iter()
            .filter(|q| content.knowledge.article_meta(&q.expect).is_some())
            .collect();
        for q in &set.q {
            assert!(
                catalogue.contains(&format!("id = \"{}\"", q.expect)),
                "{lang}: unknown id {}",
                q.expect
            );
        }
        assert!(
            published.len() >= 20,
            "{lang}: only {} questions",
            published.len()
        );
        for q in &published {
            let out = content.search(&q.text, Some(lang), 3, false);
            let ids: Vec<&str> = out.results.iter().map(|r| r.id.as_str()).collect();
            if ids.first() == Some(&q.expect.as_str()) {
                h1 += 1;
            }
            if ids.contains(&q.expect.as_str()) {
                h3 += 1;
            } else {
                failures.push(format!(
                    "{lang}: {:?} expected {} got {ids:?}",
                    q.text, q.expect
                ));
            }
        }
        let n = published.len() as f64;
        table.push_str(&format!(
            "{:<5} {:>9}  {:>5.1}%  {:>5.1}%\n",
            lang.code(),
            published.len(),
            100.0 * h1 as f64 / n,
            100.0 * h3 as f64 / n
        ));
        if (h3 as f64) < 0.9 * n {
            failures.push(format!("{lang}: hit@3 {h3}/{} below 90%", published.len()));
        }
    }
    println!("{table}");
    let below: Vec<&String> = failures
        .iter()
        .filter(|f| f.contains("below 90%"))
        .collect();
    assert!(below.is_empty(), "{table}\n{}", failures.join("\n"));
    if !failures.is_empty() {
        println!("misses (within the 10% allowed):\n{}", failures.join("\n"));
    }
}
