//! Language identification of short real questions among the nine.

use balcao::content::Content;
use balcao::lang::{Lang, LangSettings};

use crate::helpers::{repo, shipped};

#[test]
fn short_questions_are_identified_in_all_nine_languages() {
    let content = Content::load(&shipped(), &LangSettings::default()).unwrap();
    let mut table = String::from("lang  questions  correct  confident-and-wrong\n");
    let (mut total, mut right) = (0, 0);
    let mut weak = Vec::new();
    for lang in Lang::ALL {
        let text =
            std::fs::read_to_string(repo().join(format!("tests/data/langid/{lang}.txt"))).unwrap();
        let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
        assert!(lines.len() >= 20, "{lang}: only {} questions", lines.len());
        let (mut ok, mut wrong_confident) = (0, 0);
        for l in &lines {
            match content.identify(l) {
                Some(d) if d.lang == lang => ok += 1,
                Some(d) if d.confident => {
                    wrong_confident += 1;
                    weak.push(format!("{lang}: {l:?} → {} (confident)", d.lang));
                }
                other => weak.push(format!("{lang}: {l:?} → {other:?}")),
            }
        }
        total += lines.len();
        right += ok;
        table.push_str(&format!(
            "{:<5} {:>9}  {:>6.1}%  {:>3}\n",
            lang.code(),
            lines.len(),
            100.0 * ok as f64 / lines.len() as f64,
            wrong_confident
        ));
        assert!(
            ok as f64 >= 0.8 * lines.len() as f64,
            "{lang} accuracy below 80%:\n{table}\n{}",
            weak.join("\n")
        );
    }
    let overall = 100.0 * right as f64 / total as f64;
    println!(
        "{table}overall {overall:.1}% of {total}\n{}",
        weak.join("\n")
    );
    assert!(overall >= 90.0, "overall {overall:.1}%");
}
