//! Search speed over the full index (every article in nine languages):
//! load and index build times, and query latency percentiles for realistic
//! questions (15 to 40 words, nine languages, typos), submitted and as
//! they are typed. Run with `cargo bench --bench search`.

mod common;

use std::time::{Duration, Instant};

use balcao::content::Content;
use balcao::knowledge::{self, files::Source};
use balcao::lang::LangSettings;
use balcao::search::{ArticleTexts, SearchIndex};

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i]
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    percentile(&times, 0.5)
}

fn main() {
    let root = common::root();
    let source = Source::Dirs {
        knowledge: root.join("knowledge"),
        locales: root.join("locales"),
    };
    let settings = LangSettings::default();
    let today = chrono::Utc::now().date_naive();

    let (mut loads, mut formats, mut builds, mut wholes, mut reused) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for i in 0..7 {
        let t = Instant::now();
        let files = source.read().expect("knowledge readable");
        let (k, _) = knowledge::load(&files, &settings);
        loads.push(t.elapsed());
        let t = Instant::now();
        let texts = ArticleTexts::all(&k);
        formats.push(t.elapsed());
        let t = Instant::now();
        let index = SearchIndex::build_from(&texts).expect("index builds");
        builds.push(t.elapsed());
        std::hint::black_box(index);
        // Each round's texts differ by one keyword (as after an edit), or
        // the load would reuse the round before's build.
        let mut edited = source.read().expect("knowledge readable");
        let path = "knowledge/en/citizenship.ftl";
        let text =
            edited.texts[path].replacen(".keywords = ", &format!(".keywords = round{i}, "), 1);
        edited.texts.insert(path.into(), text);
        let t = Instant::now();
        std::hint::black_box(
            Content::from_files(&edited, &settings, today).expect("content loads"),
        );
        wholes.push(t.elapsed());
        let t = Instant::now();
        std::hint::black_box(
            Content::from_files(&edited, &settings, today).expect("content loads"),
        );
        reused.push(t.elapsed());
    }
    let content = Content::load(&source, &settings).unwrap();
    println!(
        "knowledge load (read, parse, check): median {:?}\narticle texts formatted (facts filled in): median {:?}\nindex build ({} documents): median {:?}\ncontent load in all (knowledge, texts, index, language identifier): median {:?}\ncontent load of texts built before (the build reused): median {:?}",
        median(loads),
        median(formats),
        content.index.documents(),
        median(builds),
        median(wholes),
        median(reused),
    );

    let questions = common::questions::realistic();
    let words: usize = questions
        .iter()
        .map(|(_, q)| q.split_whitespace().count())
        .sum();
    println!(
        "{} realistic questions, {:.1} words on average",
        questions.len(),
        words as f64 / questions.len() as f64
    );
    let mut times = Vec::new();
    for _ in 0..10 {
        for (_, q) in &questions {
            let t = Instant::now();
            std::hint::black_box(content.identify(q));
            times.push(t.elapsed());
        }
    }
    times.sort();
    println!(
        "of which language identification: p50 {:?}, p99 {:?}",
        percentile(&times, 0.5),
        percentile(&times, 0.99)
    );
    for (label, as_you_type) in [("submitted", false), ("as-you-type", true)] {
        let mut times = Vec::new();
        for _ in 0..10 {
            for (lang, q) in &questions {
                // As one types, the question is cut anywhere, often in a word.
                let text = if as_you_type {
                    let cut = q.char_indices().nth(q.chars().count() * 3 / 5);
                    &q[..cut.map_or(q.len(), |(i, _)| i)]
                } else {
                    q.as_str()
                };
                let t = Instant::now();
                let out = content.search(text, Some(*lang), 5, as_you_type);
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
