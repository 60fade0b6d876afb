//! Cargo.lock against the RustSec advisory database, offline: a snapshot of
//! its `crates/` folder in `../shared/advisory-db` beside the repository, or
//! wherever `BALCAO_ADVISORY_DB` points. Fails on any locked package version
//! a vulnerability advisory affects, unless allowed below with a reason;
//! prints unmaintained and unsound notices. A missing snapshot fails the
//! check (it would otherwise pass without checking anything);
//! `BALCAO_ADVISORY_DB=skip` skips it with a warning.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use semver::{Version, VersionReq};
use serde::Deserialize;

/// Advisories accepted for now: (id, why). Empty: nothing to accept.
const ALLOWED: &[(&str, &str)] = &[];

#[derive(Deserialize)]
struct Lock {
    package: Vec<Locked>,
}

#[derive(Deserialize)]
struct Locked {
    name: String,
    version: String,
}

#[derive(Deserialize)]
struct Advisory {
    advisory: Meta,
    #[serde(default)]
    versions: Versions,
}

#[derive(Deserialize)]
struct Meta {
    id: String,
    package: String,
    #[serde(default)]
    informational: Option<String>,
    #[serde(default)]
    withdrawn: Option<toml::Value>,
}

#[derive(Deserialize, Default)]
struct Versions {
    #[serde(default)]
    patched: Vec<String>,
    #[serde(default)]
    unaffected: Vec<String>,
}

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn database() -> Option<PathBuf> {
    match std::env::var("BALCAO_ADVISORY_DB") {
        Ok(v) if v == "skip" => None,
        Ok(v) => Some(PathBuf::from(v)),
        Err(_) => Some(repo().join("../shared/advisory-db")),
    }
}

/// The TOML between the opening "```toml" fence and the next "```".
fn front_matter(text: &str) -> Option<&str> {
    let rest = text.trim_start().strip_prefix("```toml")?;
    Some(&rest[..rest.find("```")?])
}

/// The snapshot's date, as its README states it.
fn snapshot_date(db: &Path) -> String {
    std::fs::read_to_string(db.join("README.md"))
        .ok()
        .and_then(|t| {
            t.split_whitespace()
                .map(|w| w.trim_matches(|c: char| !c.is_ascii_digit() && c != '-'))
                .find(|w| w.len() == 10 && w.as_bytes()[4] == b'-' && w.as_bytes()[7] == b'-')
                .map(str::to_string)
        })
        .unwrap_or_else(|| "unknown (no date in its README)".into())
}

fn matches_any(reqs: &[String], v: &Version, id: &str) -> bool {
    reqs.iter().any(|r| {
        // "^1.2" style requirements; a comma joins conditions.
        let req = VersionReq::parse(r)
            .unwrap_or_else(|e| panic!("{id}: unreadable version requirement {r:?}: {e}"));
        req.matches(v)
    })
}

/// Each advisory with its title (the Markdown heading after the front
/// matter).
fn advisories(db: &Path) -> Vec<(Advisory, String)> {
    let crates = db.join("crates");
    let mut out = Vec::new();
    let dirs = std::fs::read_dir(&crates)
        .unwrap_or_else(|e| panic!("advisory database at {}: {e}", crates.display()));
    for dir in dirs.flatten() {
        for file in std::fs::read_dir(dir.path()).unwrap().flatten() {
            let path = file.path();
            if path.extension().is_none_or(|e| e != "md") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            let toml = front_matter(&text)
                .unwrap_or_else(|| panic!("{}: no TOML front matter", path.display()));
            let a: Advisory =
                toml::from_str(toml).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let title = text
                .lines()
                .find_map(|l| l.strip_prefix("# "))
                .unwrap_or("")
                .to_string();
            out.push((a, title));
        }
    }
    out
}

/// What the advisories say about a lock file: the vulnerable package
/// versions, the notices, and how many advisories and packages were read.
struct Findings {
    vulnerable: Vec<String>,
    notices: Vec<String>,
    advisories: usize,
    packages: usize,
}

fn findings(db: &Path, lock: &str) -> Findings {
    let lock: Lock = toml::from_str(lock).expect("Cargo.lock");
    let mut locked: BTreeMap<&str, Vec<Version>> = BTreeMap::new();
    for p in &lock.package {
        locked
            .entry(&p.name)
            .or_default()
            .push(Version::parse(&p.version).expect("a locked version"));
    }
    let all = advisories(db);
    let mut vulnerable = Vec::new();
    let mut notices = Vec::new();
    for (a, title) in &all {
        let m = &a.advisory;
        if m.withdrawn.is_some() {
            continue;
        }
        for v in locked.get(m.package.as_str()).into_iter().flatten() {
            let fine = matches_any(&a.versions.patched, v, &m.id)
                || matches_any(&a.versions.unaffected, v, &m.id);
            if fine {
                continue;
            }
            let line = format!("{} {} {v}: {title}", m.id, m.package);
            match &m.informational {
                Some(kind) => notices.push(format!("{kind}: {line}")),
                None if ALLOWED.iter().any(|(id, _)| *id == m.id) => {
                    notices.push(format!("allowed: {line}"))
                }
                None => vulnerable.push(line),
            }
        }
    }
    Findings {
        vulnerable,
        notices,
        advisories: all.len(),
        packages: lock.package.len(),
    }
}

#[test]
fn no_locked_dependency_has_a_known_vulnerability() {
    let Some(db) = database() else {
        eprintln!(
            "WARNING: the dependency advisory check was SKIPPED (BALCAO_ADVISORY_DB=skip): \
             Cargo.lock was not checked against any advisory"
        );
        return;
    };
    assert!(
        db.join("crates").is_dir(),
        "no RustSec advisory snapshot at {}: Cargo.lock cannot be checked. Put the \
         advisory database's crates/ folder there, point BALCAO_ADVISORY_DB at one, or set \
         BALCAO_ADVISORY_DB=skip to skip the check knowingly",
        db.display()
    );
    let lock = std::fs::read_to_string(repo().join("Cargo.lock")).unwrap();
    let Findings {
        vulnerable,
        notices,
        advisories,
        packages,
    } = findings(&db, &lock);
    println!(
        "advisories: {} locked packages checked against {} RustSec advisories (snapshot of {}); {} vulnerable, {} notices",
        packages,
        advisories,
        snapshot_date(&db),
        vulnerable.len(),
        notices.len()
    );
    for n in &notices {
        println!("  {n}");
    }
    assert!(
        vulnerable.is_empty(),
        "locked dependencies with known vulnerabilities (update them, or allow one in \
         tests/advisories.rs with a reason):\n{}",
        vulnerable.join("\n")
    );
}

#[test]
fn an_affected_version_is_found_and_patched_unaffected_and_withdrawn_ones_are_not() {
    let db = tempfile::tempdir().unwrap();
    let write = |name: &str, id: &str, extra: &str, versions: &str| {
        let dir = db.path().join("crates").join(name);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(
            dir.join(format!("{id}.md")),
            format!(
                "```toml\n[advisory]\nid = \"{id}\"\npackage = \"{name}\"\n{extra}\n\
                 [versions]\n{versions}\n```\n\n# Title of {id}\n\nText.\n"
            ),
        )
        .unwrap();
    };
    write("hit", "RUSTSEC-0000-0001", "", "patched = [\">= 1.2.4\"]");
    write("fixed", "RUSTSEC-0000-0002", "", "patched = [\">= 1.2.4\"]");
    write(
        "old",
        "RUSTSEC-0000-0003",
        "",
        "patched = [\">= 3\"]\nunaffected = [\"< 1.0\"]",
    );
    write(
        "gone",
        "RUSTSEC-0000-0004",
        "withdrawn = \"2024-01-01\"",
        "patched = []",
    );
    write(
        "dull",
        "RUSTSEC-0000-0005",
        "informational = \"unmaintained\"",
        "patched = []",
    );
    let lock = [
        ("hit", "1.2.3"),
        ("fixed", "1.3.0"),
        ("old", "0.9.0"),
        ("gone", "1.0.0"),
        ("dull", "1.0.0"),
    ]
    .map(|(n, v)| format!("[[package]]\nname = \"{n}\"\nversion = \"{v}\"\n"))
    .join("\n");
    let f = findings(db.path(), &format!("version = 4\n\n{lock}"));
    assert_eq!(
        f.vulnerable,
        ["RUSTSEC-0000-0001 hit 1.2.3: Title of RUSTSEC-0000-0001"]
    );
    assert_eq!(f.notices.len(), 1, "{:?}", f.notices);
    assert!(f.notices[0].starts_with("unmaintained: RUSTSEC-0000-0005"));
    assert_eq!((f.advisories, f.packages), (5, 5));
}
