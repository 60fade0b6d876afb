//! Property tests ("fuzzing") of every place outside input enters: search
//! queries, knowledge files, Telegram updates and HTTP requests. Each
//! property runs `PROPTEST_CASES` cases (256 unless set) within a wall-clock
//! budget, so the suite stays fast on a small machine; inputs that once
//! failed are kept in `regressions/` and replayed first.

mod http;
mod knowledge;
mod search;
mod telegram;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use proptest::prelude::*;
use proptest::test_runner::{Config, FileFailurePersistence, TestRunner};

const DEFAULT_CASES: u32 = 256;
/// Cases still to run after this are skipped (and counted as skipped), so a
/// slow machine shortens a property rather than the whole suite stalling.
const BUDGET: Duration = Duration::from_secs(20);

/// A runner for one property, persisting failures in
/// `tests/api/fuzz/regressions/<name>.txt`.
pub fn runner(name: &'static str) -> TestRunner {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(DEFAULT_CASES);
    let path: &'static str = Box::leak(
        format!(
            "{}/tests/api/fuzz/regressions/{name}.txt",
            env!("CARGO_MANIFEST_DIR")
        )
        .into_boxed_str(),
    );
    TestRunner::new(Config {
        cases,
        failure_persistence: Some(Box::new(FileFailurePersistence::Direct(path))),
        // Shrinking a failure that needs a server round trip per try must
        // stay bounded too.
        max_shrink_time: 30_000,
        ..Config::default()
    })
}

/// The wall-clock budget of one property.
pub struct Budget {
    started: Instant,
    ran: AtomicUsize,
    skipped: AtomicUsize,
    name: &'static str,
}

impl Budget {
    pub fn new(name: &'static str) -> Budget {
        Budget {
            started: Instant::now(),
            ran: AtomicUsize::new(0),
            skipped: AtomicUsize::new(0),
            name,
        }
    }

    /// Whether the next case should run.
    pub fn allows(&self) -> bool {
        if self.started.elapsed() < BUDGET {
            self.ran.fetch_add(1, Ordering::Relaxed);
            true
        } else {
            self.skipped.fetch_add(1, Ordering::Relaxed);
            false
        }
    }
}

impl Drop for Budget {
    fn drop(&mut self) {
        // Printed with --show-output, so a shortened run is visible.
        println!(
            "fuzz {}: {} cases in {:.1} s, {} skipped over the time budget",
            self.name,
            self.ran.load(Ordering::Relaxed),
            self.started.elapsed().as_secs_f64(),
            self.skipped.load(Ordering::Relaxed)
        );
    }
}

/// Runs a property, turning a failure into a test failure with the
/// (shrunk) input in the message.
pub fn check<S: Strategy>(
    name: &'static str,
    strategy: S,
    test: impl Fn(S::Value) -> Result<(), TestCaseError>,
) where
    S::Value: std::fmt::Debug,
{
    let budget = Budget::new(name);
    let result = runner(name).run(&strategy, |input| {
        if !budget.allows() {
            return Ok(());
        }
        test(input)
    });
    if let Err(e) = result {
        panic!("fuzz {name}: {e}");
    }
}

/// Text as people and attackers type it: mostly words of the nine
/// languages with typos, accents, apostrophes and punctuation, sometimes
/// anything Unicode allows.
pub fn human_text() -> impl Strategy<Value = String> {
    let word = prop_oneof![
        "[a-zA-Z]{1,12}",
        "[a-zàáâãçéêíóôõúüñèëïîœæșțăâ]{1,12}",
        "[а-яёіїєґўА-Я']{1,12}",
        Just("м'ясо".to_string()),
        Just("сям’я".to_string()),
        Just("NIF".to_string()),
        Just("número de contribuinte".to_string()),
        Just("autorização de residência".to_string()),
        Just("вид на жительство".to_string()),
        "[0-9]{1,9}",
        "[\\p{P}\\p{S}]{1,4}",
        "\\PC{1,6}",
        any::<String>(),
    ];
    prop::collection::vec(word, 0..8).prop_map(|words| words.join(" "))
}

/// One of the nine codes, a near miss, or anything.
pub fn lang_param() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec!["pt", "en", "fr", "es", "ru", "uk", "ro", "be", "kea"])
            .prop_map(str::to_string),
        Just("PT".to_string()),
        Just("pt-BR".to_string()),
        Just(String::new()),
        any::<String>(),
    ]
}

/// Panics on threads whose name starts with `prefix`: a service task that
/// panics is caught by its runtime and would otherwise go unnoticed.
pub fn panics_on(prefix: &'static str) -> &'static AtomicUsize {
    static COUNT: AtomicUsize = AtomicUsize::new(0);
    static HOOK: std::sync::Once = std::sync::Once::new();
    static PREFIX: std::sync::OnceLock<&'static str> = std::sync::OnceLock::new();
    PREFIX.get_or_init(|| prefix);
    HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            let name = std::thread::current().name().unwrap_or("").to_string();
            if PREFIX.get().is_some_and(|p| name.starts_with(p)) {
                COUNT.fetch_add(1, Ordering::SeqCst);
            }
            previous(info);
        }));
    });
    &COUNT
}
