//! The knowledge loader: any text in any knowledge or locale file is either
//! refused with errors (the last good version keeps serving) or loaded and
//! servable; it never panics.

use std::path::Path;

use balcao::content::Content;
use balcao::knowledge::{Knowledge, Severity, load};
use balcao::lang::{Lang, LangSettings};
use proptest::prelude::*;

use super::{check, human_text};
use crate::helpers::copy_of_shipped;

/// Files whose syntax and meaning the loader checks, one of each kind.
const TARGETS: [&str; 9] = [
    "knowledge/catalogue.toml",
    "knowledge/facts.toml",
    "knowledge/review.toml",
    "knowledge/pt/health.ftl",
    "knowledge/uk/rights.ftl",
    "knowledge/kea/bodies.ftl",
    "locales/be/common.ftl",
    "locales/en/errors.ftl",
    // A file that did not exist: a new category or language.
    "knowledge/xx/new.ftl",
];

/// Pieces of Fluent and TOML syntax, so edits reach past the parsers into
/// the checks behind them.
fn syntax() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        "{ $", "{ -", "}", "{ $minimum-wage }", "{ $no-such-fact }", "{ -brand }",
        "\n.body = ", "\n.summary =", "\n.keywords = x", "\n    *[other] x\n", "{ NUMBER($n) }",
        "\nemergency-and-sns24 = Urgência\n", "\nnew-msg = { emergency-and-sns24 }\n",
        "\n[[article]]\nid = \"x\"\ncategory = \"nope\"\n", "\n[[category]]\nid = \"\"\n",
        "\nrelated = [\"emergency-and-sns24\", \"missing\"]\n", "\ndraft = true\n",
        "\n[x]\ntype = \"money\"\nvalue = -1e309\n", "\n[y]\ntype = \"hours\"\nvalue = [{ days = \"sun-mon\", open = \"25:61\", close = \"\" }]\n",
        "\n[z]\ntype = \"date\"\nvalue = 0000-02-30\n", "\nchecked = 1979-05-27T07:32:00Z\n",
        "\n[emergency-and-sns24.en]\nstatus = \"??\"\nsource = \"\"\n", "= \"\"\"", "'''", "\u{0}", "\r\n",
        "\u{feff}", "\u{202e}", "## ", "\n1. ", "\n- ",
    ])
    .prop_map(str::to_string)
}

#[derive(Debug, Clone)]
enum Edit {
    /// The file replaced by this text.
    Replace(String),
    /// Text inserted at a share (0..1) of the file's length.
    Insert(f64, String),
    /// The file cut at a share of its length.
    Truncate(f64),
    /// Bytes that need not be UTF-8.
    Bytes(Vec<u8>),
}

fn edit() -> impl Strategy<Value = Edit> {
    let text = prop_oneof![
        human_text(),
        syntax(),
        prop::collection::vec(syntax(), 1..6).prop_map(|v| v.concat()),
    ];
    prop_oneof![
        1 => text.clone().prop_map(Edit::Replace),
        4 => (0.0..1.0f64, text).prop_map(|(at, t)| Edit::Insert(at, t)),
        1 => (0.0..1.0f64).prop_map(Edit::Truncate),
        1 => prop::collection::vec(any::<u8>(), 0..64).prop_map(Edit::Bytes),
    ]
}

fn char_boundary(s: &str, share: f64) -> usize {
    let mut at = (s.len() as f64 * share) as usize;
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn apply(original: &str, e: &Edit) -> Vec<u8> {
    match e {
        Edit::Replace(t) => t.clone().into_bytes(),
        Edit::Insert(share, t) => {
            let at = char_boundary(original, *share);
            format!("{}{t}{}", &original[..at], &original[at..]).into_bytes()
        }
        Edit::Truncate(share) => original[..char_boundary(original, *share)].into(),
        Edit::Bytes(b) => b.clone(),
    }
}

/// Everything a reader could ask of a loaded knowledge base. (Indexing it
/// takes seconds unoptimised, too long per case; the search property covers
/// the index with the shipped texts.)
fn serve_everything(k: &Knowledge) {
    for lang in Lang::ALL {
        for a in &k.articles {
            let _ = k.render_article(&a.id, lang);
            let _ = k.article_text(&a.id, lang);
        }
        let _ = k.categories_view(lang);
        let _ = k.native_name(lang);
        let _ = k.ui(lang, "error-internal");
    }
}

#[test]
fn any_edit_of_a_knowledge_file_is_refused_with_errors_or_loaded() {
    let dir = tempfile::tempdir().unwrap();
    let source = copy_of_shipped(dir.path());
    let root = dir.path();
    let settings = LangSettings::default();
    check(
        "knowledge",
        (prop::sample::select(TARGETS.to_vec()), edit()),
        |(target, e)| {
            let path = root.join(target);
            let original = std::fs::read_to_string(&path).unwrap_or_default();
            write(&path, &apply(&original, &e));
            let files = source.read();
            restore(&path, &original);
            let files = files.map_err(|e| TestCaseError::fail(e.to_string()))?;
            let (k, issues) = load(&files, &settings);
            for i in &issues {
                prop_assert!(!i.to_string().trim().is_empty());
            }
            // What the service would serve: a version with errors is refused.
            if !issues.iter().any(|i| i.severity == Severity::Error) {
                serve_everything(&k);
            }
            Ok(())
        },
    );
    // The untouched copy still loads: every edit was undone.
    Content::load(&source, &settings).unwrap();
}

fn write(path: &Path, text: &[u8]) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

fn restore(path: &Path, original: &str) {
    if original.is_empty() {
        let _ = std::fs::remove_file(path);
    } else {
        std::fs::write(path, original).unwrap();
    }
}
