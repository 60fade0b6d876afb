//! Search quality on the question sets: hit@1 and hit@3 per language, for
//! the project's own sets (`tests/data/search/<lang>.toml`) and the real
//! questions people asked in public (`tests/data/search/real/`).
//!
//! `cargo run --release --example search_eval` prints the tables and the
//! tuning misses, and the fresh part's totals; `-- --held-out` adds the
//! held-out real questions (totals only: neither is ever tuned on).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use balcao::content::Content;
use balcao::knowledge::files::Source;
use balcao::lang::{Lang, LangSettings};
use serde::Deserialize;

#[derive(Deserialize)]
struct Set {
    q: Vec<Question>,
}

#[derive(Deserialize)]
struct Question {
    text: String,
    #[serde(default)]
    lang: Option<String>,
    expect: Expect,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum Expect {
    One(String),
    Any(Vec<String>),
}

impl Expect {
    fn ids(&self) -> Vec<&str> {
        match self {
            Expect::One(id) => vec![id],
            Expect::Any(ids) => ids.iter().map(String::as_str).collect(),
        }
    }
}

#[derive(Default)]
struct Score {
    n: usize,
    h1: usize,
    h3: usize,
}

fn read(path: &Path) -> Set {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn evaluate(
    content: &Content,
    questions: &[(Lang, &Question)],
    show_misses: bool,
) -> BTreeMap<String, Score> {
    let mut table: BTreeMap<String, Score> = BTreeMap::new();
    for (lang, q) in questions {
        let out = content.search(&q.text, Some(*lang), 3, false);
        let ids: Vec<&str> = out.results.iter().map(|r| r.id.as_str()).collect();
        let expect = q.expect.ids();
        let h1 = ids.first().is_some_and(|id| expect.contains(id));
        let h3 = ids.iter().any(|id| expect.contains(id));
        for key in [lang.code().to_string(), "all".to_string()] {
            let s = table.entry(key).or_default();
            s.n += 1;
            s.h1 += h1 as usize;
            s.h3 += h3 as usize;
        }
        if show_misses && !h1 {
            println!(
                "  {} {:?}\n      want {expect:?} got {ids:?}",
                if h3 { "@1" } else { "@3" },
                q.text
            );
        }
    }
    table
}

fn print(title: &str, table: &BTreeMap<String, Score>) {
    println!("{title}\nlang    n  hit@1  hit@3");
    for (lang, s) in table {
        let n = s.n.max(1) as f64;
        println!(
            "{lang:<4} {:>4}  {:>5.3}  {:>5.3}",
            s.n,
            s.h1 as f64 / n,
            s.h3 as f64 / n
        );
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let held_out = args.iter().any(|a| a == "--held-out");
    let quiet = args.iter().any(|a| a == "--quiet");
    // Another checkout's knowledge and test sets may be measured with this
    // build.
    let root = std::env::var_os("BALCAO_ROOT")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")));
    let source = Source::Dirs {
        knowledge: root.join("knowledge"),
        locales: root.join("locales"),
    };
    let t = std::time::Instant::now();
    let content = Content::load(&source, &LangSettings::default()).expect("knowledge loads");
    println!("content loaded in {:?}", t.elapsed());
    let texts = balcao::search::ArticleTexts::all(&content.knowledge);
    for _ in 0..3 {
        let t = std::time::Instant::now();
        balcao::search::SearchIndex::build_from(&texts).expect("index builds");
        println!("index built in {:?}", t.elapsed());
    }

    let own: Vec<(Lang, Set)> = Lang::ALL
        .iter()
        .map(|l| (*l, read(&root.join(format!("tests/data/search/{l}.toml")))))
        .collect();
    let questions: Vec<(Lang, &Question)> = own
        .iter()
        .flat_map(|(l, s)| s.q.iter().map(move |q| (*l, q)))
        .collect();
    print("project sets", &evaluate(&content, &questions, !quiet));

    #[derive(Deserialize)]
    struct Outside {
        q: Vec<OutsideQuestion>,
    }
    #[derive(Deserialize)]
    struct OutsideQuestion {
        lang: String,
        text: String,
    }
    let outside: Outside = toml::from_str(
        &std::fs::read_to_string(root.join("tests/data/search/outside.toml")).expect("outside set"),
    )
    .expect("outside set parses");
    let mut found = 0;
    for q in &outside.q {
        let lang: Lang = q.lang.parse().expect("lang");
        let out = content.search(&q.text, Some(lang), 3, false);
        if !out.results.is_empty() {
            found += 1;
            println!(
                "  outside {:?} found {:?}",
                q.text,
                out.results.iter().map(|r| &r.id).collect::<Vec<_>>()
            );
        }
    }
    println!(
        "outside the knowledge base: {found} of {} found something (should be 0)\n",
        outside.q.len()
    );

    // The fresh part, collected after the others, is never tuned on
    // either; its totals alone are shown.
    let mut parts = vec!["tuning", "fresh"];
    if held_out {
        parts.push("held-out");
    }
    for part in parts {
        let set = read(&root.join(format!("tests/data/search/real/{part}.toml")));
        let questions: Vec<(Lang, &Question)> = set
            .q
            .iter()
            .map(|q| {
                let lang = q
                    .lang
                    .as_deref()
                    .and_then(|l| l.parse().ok())
                    .expect("lang");
                (lang, q)
            })
            .collect();
        let table = evaluate(&content, &questions, !quiet && part == "tuning");
        print(&format!("real questions, {part}"), &table);
    }
}
