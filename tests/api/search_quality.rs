//! Search quality on questions as people ask them: the project's own sets
//! per language, real questions asked in public (a tuning part and a
//! held-out part never tuned on), questions outside the knowledge base,
//! and the failing examples that were reported.

use std::sync::OnceLock;

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
    #[serde(default)]
    lang: Option<String>,
    #[serde(default)]
    expect: Expect,
}

#[derive(Deserialize, Default)]
#[serde(untagged)]
enum Expect {
    One(String),
    Any(Vec<String>),
    #[default]
    Nothing,
}

impl Expect {
    fn ids(&self) -> Vec<&str> {
        match self {
            Expect::One(id) => vec![id],
            Expect::Any(ids) => ids.iter().map(String::as_str).collect(),
            Expect::Nothing => Vec::new(),
        }
    }
}

fn content() -> &'static Content {
    static CONTENT: OnceLock<Content> = OnceLock::new();
    CONTENT.get_or_init(|| Content::load(&shipped(), &LangSettings::default()).unwrap())
}

fn read(path: &str) -> QuestionSet {
    toml::from_str(&std::fs::read_to_string(repo().join(path)).unwrap()).unwrap()
}

fn top3(text: &str, lang: Lang) -> Vec<String> {
    content()
        .search(text, Some(lang), 3, false)
        .results
        .into_iter()
        .map(|r| r.id)
        .collect()
}

/// (questions, hit@1, hit@3, misses at 3) of a set of questions.
fn measure<'a>(
    questions: impl Iterator<Item = (Lang, &'a Question)>,
) -> (usize, f64, f64, Vec<String>) {
    let (mut n, mut h1, mut h3) = (0, 0, 0);
    let mut misses = Vec::new();
    for (lang, q) in questions {
        let expect = q.expect.ids();
        let ids = top3(&q.text, lang);
        n += 1;
        h1 += usize::from(ids.first().is_some_and(|id| expect.contains(&id.as_str())));
        if ids.iter().any(|id| expect.contains(&id.as_str())) {
            h3 += 1;
        } else {
            misses.push(format!(
                "{lang}: {:?} expected {expect:?} got {ids:?}",
                q.text
            ));
        }
    }
    let n_f = n.max(1) as f64;
    (n, h1 as f64 / n_f, h3 as f64 / n_f, misses)
}

#[test]
fn every_language_finds_its_own_questions_first() {
    let catalogue = std::fs::read_to_string(repo().join("knowledge/catalogue.toml")).unwrap();
    let mut table = String::from("lang  questions  hit@1   hit@3\n");
    let mut below = Vec::new();
    let mut all_misses = Vec::new();
    for lang in Lang::ALL {
        let set = read(&format!("tests/data/search/{lang}.toml"));
        for q in &set.q {
            for id in q.expect.ids() {
                assert!(
                    catalogue.contains(&format!("id = \"{id}\"")),
                    "{lang}: unknown id {id}"
                );
            }
        }
        // Questions about draft articles wait until the article is published.
        let published = set.q.iter().filter(|q| {
            q.expect
                .ids()
                .iter()
                .any(|id| content().knowledge.article_meta(id).is_some())
        });
        let (n, h1, h3, misses) = measure(published.map(|q| (lang, q)));
        assert!(n >= 20, "{lang}: only {n} questions");
        table.push_str(&format!(
            "{:<5} {n:>9}  {:>5.1}%  {:>5.1}%\n",
            lang.code(),
            100.0 * h1,
            100.0 * h3
        ));
        if h3 < 0.97 || h1 < 0.9 {
            below.push(lang);
        }
        all_misses.extend(misses);
    }
    println!("{table}");
    assert!(
        below.is_empty(),
        "below hit@3 97% or hit@1 90% in {below:?}\n{table}\n{}",
        all_misses.join("\n")
    );
}

/// Real questions keep what they reached when the held-out part was first
/// measured with this engine (tuning: hit@1 0.83, hit@3 0.94; held-out:
/// hit@1 0.64, hit@3 0.81; the fresh part, collected later: hit@1 0.80,
/// hit@3 0.90 on 20 questions): a change to search that loses ground on
/// questions people really asked fails here.
#[test]
fn real_questions_asked_in_public_keep_their_level() {
    for (part, min_h1, min_h3) in [
        ("tuning", 0.8, 0.9),
        ("held-out", 0.6, 0.75),
        ("fresh", 0.7, 0.85),
    ] {
        let set = read(&format!("tests/data/search/real/{part}.toml"));
        let (n, h1, h3, misses) = measure(set.q.iter().map(|q| {
            let lang: Lang = q.lang.as_deref().unwrap().parse().unwrap();
            (lang, q)
        }));
        println!("real questions, {part}: {n}, hit@1 {h1:.3}, hit@3 {h3:.3}");
        // Held-out and fresh misses are not printed: nobody tunes on them.
        let shown = if part == "tuning" {
            misses.join("\n")
        } else {
            String::new()
        };
        assert!(
            h1 >= min_h1 && h3 >= min_h3,
            "{part}: hit@1 {h1:.3} (at least {min_h1}), hit@3 {h3:.3} (at least {min_h3})\n{shown}"
        );
    }
}

#[test]
fn the_reported_failing_questions_find_their_article_in_the_top_3() {
    for (lang, text, id) in [
        (Lang::Be, "від на жыхарства", "residence-permit-work"),
        (
            Lang::Be,
            "від на жыхарства для працы",
            "residence-permit-work",
        ),
        (
            Lang::Ru,
            "Как получить вид на жительство",
            "residence-permit-work",
        ),
        (
            Lang::En,
            "After I get my NISS number, do I use this number to go to a public hospital?",
            "sns-user-number",
        ),
        (
            Lang::En,
            "are vaccines mandatory for children",
            "pregnancy-and-children-health",
        ),
        (
            Lang::Pt,
            "perdi o emprego após a entrevista na AIMA, meu processo pode ser negado?",
            "residence-permit-work",
        ),
        (
            Lang::En,
            "My spouse and I have our 2 year residency permits. Are we eligible for SNS health coverage immediately?",
            "sns-user-number",
        ),
        (Lang::Ru, "ВНЖ по работе", "residence-permit-work"),
        (
            Lang::Uk,
            "посвідка на проживання для роботи",
            "residence-permit-work",
        ),
        (
            Lang::Pt,
            "trocar carteira de motorista brasileira",
            "driving-licence-exchange",
        ),
    ] {
        let ids = top3(text, lang);
        assert!(
            ids.iter().any(|i| i == id),
            "{lang}: {text:?} expected {id} got {ids:?}"
        );
    }
}

/// Gibberish and questions about other things find nothing. Some everyday
/// questions share every word with the articles ("que horas são em
/// lisboa": hours, Lisbon) and are still answered; the set records how
/// many, so the bar cannot silently drop.
#[test]
fn questions_outside_the_knowledge_base_find_nothing() {
    let set = read("tests/data/search/outside.toml");
    let mut found = Vec::new();
    for q in &set.q {
        let lang: Lang = q.lang.as_deref().unwrap().parse().unwrap();
        let ids = top3(&q.text, lang);
        if !ids.is_empty() {
            found.push(format!("{lang}: {:?} found {ids:?}", q.text));
        }
    }
    for must in [
        "what is the weather tomorrow",
        "xqzvk plortw fnargle",
        "asdfghjkl",
        "receita de bacalhau com natas",
        "какая завтра погода",
        // Other words of the language are not typos of the articles' words.
        "recette de la tarte aux pommes",
        "quel temps fera-t-il demain",
        "how much does an iphone cost",
        "quién ganó el partido de fútbol ayer",
        // One word another language knows ("рецепт", a prescription in
        // Russian) is not enough when the reader's language lacks the rest.
        "рецепт борщу з пампушками",
    ] {
        assert!(
            !found.iter().any(|f| f.contains(must)),
            "{must:?} found something:\n{}",
            found.join("\n")
        );
    }
    assert!(
        found.len() <= 5,
        "{} of {} outside questions found something:\n{}",
        found.len(),
        set.q.len(),
        found.join("\n")
    );
}
