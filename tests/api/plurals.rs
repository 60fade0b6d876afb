//! Plural categories: the rules Fluent applies in each of the nine
//! languages against CLDR as Node's `Intl.PluralRules` computes them, and
//! the Belarusian counts of shipped articles as a reader gets them.

use std::io::Write;
use std::process::{Command, Stdio};

use balcao::lang::Lang;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::types::{FluentNumber, FluentNumberOptions, FluentNumberType};
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde_json::{Value, json};

use crate::helpers::{repo, spawn_app};

const SELECTOR: &str = "category = { $n ->
    [zero] zero
    [one] one
    [two] two
    [few] few
    [many] many
   *[other] other
}
";

/// The locale CLDR knows our language by: balcao's Portuguese is European.
fn cldr_locale(lang: Lang) -> &'static str {
    match lang {
        Lang::Pt => "pt-PT",
        other => other.code(),
    }
}

/// The category Fluent selects in `lang` for `n`, as written in a message.
fn fluent_category(bundle: &FluentBundle<FluentResource>, n: FluentValue) -> String {
    let msg = bundle.get_message("category").unwrap();
    let mut args = FluentArgs::new();
    args.set("n", n);
    let mut errors = vec![];
    let out = bundle.format_pattern(msg.value().unwrap(), Some(&args), &mut errors);
    assert!(errors.is_empty(), "{errors:?}");
    out.into_owned()
}

/// Runs the Node oracle on `numbers` for every language's CLDR locale.
fn reference(numbers: &[String]) -> Value {
    let locales: Vec<&str> = Lang::ALL.iter().map(|&l| cldr_locale(l)).collect();
    let mut child = Command::new("node")
        .arg(repo().join("tests/e2e/plural-reference.mjs"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("node runs");
    let input = json!({ "locales": locales, "numbers": numbers }).to_string();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let out = child.wait_with_output().expect("node ends");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("the oracle prints JSON")
}

#[test]
fn every_language_selects_the_cldr_plural_category_for_0_to_1000_and_decimals() {
    // Decimals as Fluent passes them: "2.0" keeps its visible zero.
    let mut numbers: Vec<String> = (0..=1000).map(|n| n.to_string()).collect();
    numbers.extend(
        [
            "0.5", "1.5", "2.0", "1.0", "21.3", "0.0", "22.0", "5.25", "1000000",
        ]
        .map(String::from),
    );
    let oracle = reference(&numbers);
    let mut wrong = vec![];
    for lang in Lang::ALL {
        let mut bundle = FluentBundle::new_concurrent(vec![lang.langid()]);
        bundle
            .add_resource(FluentResource::try_new(SELECTOR.to_string()).unwrap())
            .unwrap();
        let expected = &oracle[cldr_locale(lang)];
        let mut ordinals = expected["ordinal"].as_array().unwrap().iter();
        for (number, cardinal) in numbers.iter().zip(expected["cardinal"].as_array().unwrap()) {
            let value: FluentNumber = number.parse().unwrap();
            let got = fluent_category(&bundle, value.clone().into());
            if got != cardinal.as_str().unwrap() {
                wrong.push(format!("{lang} {number}: {got}, CLDR {cardinal}"));
            }
            if number.contains('.') {
                continue;
            }
            let ordinal = FluentNumber::new(
                value.value,
                FluentNumberOptions {
                    r#type: FluentNumberType::Ordinal,
                    ..Default::default()
                },
            );
            let got = fluent_category(&bundle, ordinal.into());
            let want = ordinals.next().unwrap();
            if got != want.as_str().unwrap() {
                wrong.push(format!("{lang} ordinal {number}: {got}, CLDR {want}"));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "{} wrong, first ones:\n{}",
        wrong.len(),
        wrong[..wrong.len().min(40)].join("\n")
    );
}

#[tokio::test]
async fn belarusian_articles_put_counts_in_the_right_form() {
    let app = spawn_app().await;
    for (article, right, wrong) in [
        ("wages-and-hours", "22 рабочыя дні", "22 рабочага дня"),
        ("work-accident", "48 гадзін", "48 гадзіны"),
        ("unemployment-benefit", "24 месяцы", "24 месяца"),
        ("school-enrolment", "да 18 гадоў", "да 18 года"),
    ] {
        let (status, a) = app
            .get_json(&format!("/api/v1/articles/{article}?lang=be"))
            .await;
        assert_eq!(status, 200, "{a}");
        let text = a.to_string();
        assert!(text.contains(right), "{article} lacks «{right}»: {text}");
        assert!(!text.contains(wrong), "{article} says «{wrong}»");
    }
}
