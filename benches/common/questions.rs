//! Questions as the benchmarks ask them: 15 to 40 words, in the nine
//! languages, with the typos and context real questions have. Built from
//! the repository's question sets: the real questions of that length as
//! they are, and the project's short ones joined three at a time.

use balcao::lang::Lang;

use super::root;

fn texts(path: &str) -> Vec<(Option<String>, String)> {
    let Ok(text) = std::fs::read_to_string(root().join(path)) else {
        return Vec::new();
    };
    let v: toml::Value = toml::from_str(&text).expect("question file parses");
    v["q"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|q| {
            let lang = q.get("lang").and_then(|l| l.as_str()).map(str::to_string);
            Some((lang, q.get("text")?.as_str()?.to_string()))
        })
        .collect()
}

fn words(text: &str) -> usize {
    text.split_whitespace().count()
}

/// Every realistic question, with its language.
pub fn realistic() -> Vec<(Lang, String)> {
    let mut out = Vec::new();
    for part in ["tuning", "held-out"] {
        for (lang, text) in texts(&format!("tests/data/search/real/{part}.toml")) {
            let lang = lang.and_then(|l| l.parse().ok()).unwrap_or(Lang::En);
            if (15..=40).contains(&words(&text)) {
                out.push((lang, text));
            }
        }
    }
    for lang in Lang::ALL {
        let short = texts(&format!("tests/data/search/{lang}.toml"));
        for three in short.chunks(3) {
            let joined = three
                .iter()
                .map(|(_, t)| t.as_str())
                .collect::<Vec<_>>()
                .join(". ");
            if (15..=40).contains(&words(&joined)) {
                out.push((lang, joined));
            }
        }
    }
    out
}
