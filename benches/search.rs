//! Search speed over the full index (every article in nine languages):
//! index build time and query latency percentiles. Run with
//! `cargo bench --bench search`.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use balcao::content::Content;
use balcao::knowledge::files::Source;
use balcao::lang::{Lang, LangSettings};

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i]
}

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let source = Source::Dirs {
        knowledge: root.join("knowledge"),
        locales: root.join("locales"),
    };
    let settings = LangSettings::default();

    let mut builds = Vec::new();
    let mut content = None;
    for _ in 0..5 {
        let t = Instant::now();
        let c = Content::load(&source, &settings).expect("shipped knowledge loads");
        builds.push(t.elapsed());
        content = Some(c);
    }
    let content = content.unwrap();
    builds.sort();
    println!(
        "load + index build ({} documents): median {:?}, max {:?}",
        content.index.documents(),
        percentile(&builds, 0.5),
        builds[builds.len() - 1]
    );

    let mut queries: Vec<(Lang, String)> = Vec::new();
    for lang in Lang::ALL {
        let path = root.join(format!("tests/data/search/{lang}.toml"));
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        let v: toml::Value = toml::from_str(&text).expect("question file parses");
        for q in v["q"].as_array().into_iter().flatten() {
            if let Some(t) = q["text"].as_str() {
                queries.push((lang, t.to_string()));
            }
        }
    }
    for (label, as_you_type) in [("submitted", false), ("as-you-type", true)] {
        let mut times = Vec::new();
        for _ in 0..20 {
            for (lang, q) in &queries {
                let t = Instant::now();
                let out = content.search(q, Some(*lang), 5, as_you_type);
                times.push(t.elapsed());
                std::hint::black_box(out);
            }
        }
        times.sort();
        println!(
            "search {label}: {} queries, p50 {:?}, p90 {:?}, p99 {:?}, max {:?}",
            times.len(),
            percentile(&times, 0.5),
            percentile(&times, 0.9),
            percentile(&times, 0.99),
            times[times.len() - 1]
        );
    }
}
