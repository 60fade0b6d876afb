//! Portuguese left inside Kriolu texts. Translations into Kriolu start from
//! the Portuguese and drift back to it word by word ("foi rivogadu",
//! "(utilizador elementar)"); a reader who chose Kriolu then meets the very
//! language they asked to avoid. This flags Portuguese-only words and forms in
//! `kea` texts: function words Kriolu says otherwise (Kriolu has "ka", "ta",
//! "sta", "ki", "pa", "di", "na", "ku", "es", "el"), Portuguese clitics and
//! spellings ALUPEC does not use. Portuguese names a reader must recognise on
//! a sign or a form are allowed: the public bodies' Portuguese names, the
//! terms listed in [`NAMES`], and anything in quotation marks. Search
//! keywords and example questions are left alone, since people search and
//! ask in Portuguese too.

use std::collections::BTreeSet;

use serde::Deserialize;

use super::files::Files;
use super::issues::{Issue, Severity};

/// Portuguese names and terms allowed in Kriolu texts.
pub const NAMES: &str = "knowledge/portuguese-names.toml";

/// Words that are Portuguese and never Kriolu. Not here, because Kriolu uses
/// them too: "o" (or), "e" (is), "dos" (two), "nos" (our), "da" (give),
/// "se" (their), "para" (stop), "na", "a", "pode", "ser", "ma", "más"; nor
/// "-la" ("kel-la").
const WORDS: &[&str] = &[
    "à",
    "às",
    "ainda",
    "antes",
    "ao",
    "aos",
    "aqui",
    "as",
    "até",
    "com",
    "como",
    "das",
    "depois",
    "deve",
    "devem",
    "do",
    "ela",
    "elas",
    "ele",
    "eles",
    "em",
    "entre",
    "essa",
    "esse",
    "esta",
    "está",
    "estão",
    "este",
    "eu",
    "fazer",
    "foi",
    "foram",
    "há",
    "isso",
    "isto",
    "já",
    "lhe",
    "lhes",
    "mesmo",
    "muita",
    "muitas",
    "muito",
    "muitos",
    "nem",
    "não",
    "num",
    "numa",
    "onde",
    "os",
    "ou",
    "pela",
    "pelas",
    "pelo",
    "pelos",
    "por",
    "porque",
    "quando",
    "que",
    "quem",
    "são",
    "sem",
    "seu",
    "sua",
    "também",
    "tem",
    "têm",
    "uma",
    "um",
    "utilizador",
    "você",
];

/// Word endings of Portuguese spelling or grammar that ALUPEC writes
/// otherwise ("informason", "pidi-l").
const ENDINGS: &[&str] = &["ção", "ções", "ões", "-se", "-me", "-lhe", "-lo", "-los"];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NamesFile {
    names: Vec<String>,
}

/// Checks every Kriolu Fluent file; leftovers are incomplete translations,
/// an error under `--strict`.
pub(super) fn check(files: &Files, issues: &mut Vec<Issue>) {
    let names = allowed_names(files, issues);
    for (path, text) in files.iter() {
        let kea = path.starts_with("knowledge/kea/") || path.starts_with("locales/kea/");
        if kea && path.ends_with(".ftl") {
            for (line, id, word, text) in leftovers(text, &names) {
                issues.push(
                    Issue::new(
                        Severity::Incomplete,
                        format!("Portuguese {word:?} in Kriolu text: {text}"),
                    )
                    .file(path)
                    .line(line)
                    .id(id),
                );
            }
        }
    }
}

/// The listed terms and each public body's Portuguese name, longest first so
/// that a long name is removed before a shorter one inside it.
fn allowed_names(files: &Files, issues: &mut Vec<Issue>) -> Vec<String> {
    let mut names: BTreeSet<String> = BTreeSet::new();
    if let Some(text) = files.get(NAMES) {
        match toml::from_str::<NamesFile>(text) {
            Ok(f) => names.extend(f.names),
            Err(e) => issues.push(Issue::new(Severity::Error, e.message().to_string()).file(NAMES)),
        }
    }
    let bodies = files.get("knowledge/pt/bodies.ftl").unwrap_or_default();
    for line in bodies.lines().filter(|l| l.starts_with("body-")) {
        let Some((_, name)) = line.split_once(" = ") else {
            continue;
        };
        // "ACT (Autoridade para as Condições do Trabalho)": the whole, the
        // part in parentheses and each part between commas.
        for part in name.split(['(', ')', ',']) {
            names.insert(part.trim().to_string());
        }
        names.insert(name.trim().to_string());
    }
    let mut names: Vec<String> = names
        .into_iter()
        .filter(|n| n.chars().count() > 3 && !n.contains('{'))
        .map(|n| n.to_lowercase())
        .collect();
    names.sort_by_key(|n| std::cmp::Reverse(n.chars().count()));
    names
}

/// (line, message id, word, the text around it) for each Portuguese word.
fn leftovers(ftl: &str, names: &[String]) -> Vec<(usize, String, String, String)> {
    let mut out = Vec::new();
    let mut id = String::new();
    let mut keywords = false;
    for (n, raw) in ftl.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let text = if !raw.starts_with(char::is_whitespace) {
            let Some((name, rest)) = line.split_once('=') else {
                continue;
            };
            id = name.trim().to_string();
            keywords = false;
            rest
        } else if let Some(attr) = line.strip_prefix('.') {
            let Some((name, rest)) = attr.split_once('=') else {
                continue;
            };
            // People search and ask with the Portuguese words they meet.
            keywords = matches!(name.trim(), "keywords" | "questions");
            rest
        } else {
            line
        };
        if keywords {
            continue;
        }
        let prose = prose(text, names);
        for word in prose.split(|c: char| !(c.is_alphanumeric() || c == '-')) {
            let word = word.trim_matches('-');
            if is_portuguese(word) {
                out.push((n + 1, id.clone(), word.to_string(), around(text, word)));
            }
        }
    }
    out
}

/// The words of a line a reader reads as Kriolu: without variant keys,
/// placeables, quotations and allowed names, in lower case.
fn prose(text: &str, names: &[String]) -> String {
    let text = text.trim_start();
    let text = match text.trim_start_matches('*').strip_prefix('[') {
        Some(rest) => rest.split_once(']').map_or("", |(_, t)| t),
        None => text,
    };
    let mut out = String::new();
    let (mut depth, mut quoted) = (0usize, None::<char>);
    for c in text.chars() {
        match (c, quoted) {
            ('{', _) => depth += 1,
            ('}', _) => depth = depth.saturating_sub(1),
            _ if depth > 0 => {}
            ('"', None) => quoted = Some('"'),
            ('«', None) => quoted = Some('»'),
            ('“', None) => quoted = Some('”'),
            (c, Some(end)) if c == end => quoted = None,
            (_, Some(_)) => {}
            (c, None) => out.push(c),
        }
    }
    let mut out = out.to_lowercase();
    for n in names {
        out = out.replace(n.as_str(), " ");
    }
    out
}

/// Up to 60 characters either side of the first `word` in `text`.
fn around(text: &str, word: &str) -> String {
    let chars: Vec<char> = text.trim().chars().collect();
    let lower: Vec<char> = chars.iter().flat_map(|c| c.to_lowercase()).collect();
    let target: Vec<char> = word.chars().collect();
    // Lower-casing may change the length (rarely): then show the start.
    let at = (lower.len() == chars.len())
        .then(|| {
            lower
                .windows(target.len().max(1))
                .position(|w| w == target.as_slice())
        })
        .flatten()
        .unwrap_or(0);
    let (from, to) = (
        at.saturating_sub(60),
        (at + target.len() + 60).min(chars.len()),
    );
    format!(
        "{}{}{}",
        if from > 0 { "…" } else { "" },
        chars[from..to].iter().collect::<String>(),
        if to < chars.len() { "…" } else { "" }
    )
}

fn is_portuguese(word: &str) -> bool {
    let w = word.to_lowercase();
    WORDS.contains(&w.as_str()) || (w.chars().count() > 3 && ENDINGS.iter().any(|e| w.ends_with(e)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(ftl: &str) -> Vec<String> {
        leftovers(ftl, &["autoridade para as condições do trabalho".into()])
            .into_iter()
            .map(|(_, _, w, _)| w)
            .collect()
    }

    #[test]
    fn portuguese_in_kriolu_prose_is_found() {
        assert_eq!(
            words("a = Taxa antigu foi rivogadu.\n    .body = Nível A2 (utilizador elementar).\n"),
            vec!["foi", "utilizador"]
        );
        assert_eq!(
            words("a = Ka bu pidi-se nada, não.\n"),
            vec!["pidi-se", "não"]
        );
    }

    #[test]
    fn kriolu_names_quotes_keywords_and_placeables_pass() {
        let ftl = concat!(
            "a = Es ka ta konta komu dos; o bu pode ser ki e ta da.\n",
            "    .summary = Keixa na ACT (Autoridade para as Condições do Trabalho).\n",
            "    .body = Skrebe \"para inscrição no centro de saúde\" { $x ->\n",
            "        [one] { $x } ora\n",
            "       *[other] { $x } ora\n",
            "    }.\n",
            "    .keywords = não tenho papéis, inscrição\n",
            "        que fazer\n",
            "b = Nos ladu.\n",
        );
        assert_eq!(words(ftl), Vec::<String>::new());
    }
}
