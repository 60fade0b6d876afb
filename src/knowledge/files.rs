//! Where the knowledge and UI texts come from: a folder on disk (editable,
//! hot-reloaded) or the copy embedded in the binary at build time.

use std::collections::BTreeMap;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};

use rust_embed::RustEmbed;

#[derive(RustEmbed)]
#[folder = "knowledge/"]
struct EmbeddedKnowledge;

#[derive(RustEmbed)]
#[folder = "locales/"]
struct EmbeddedLocales;

/// Where to read `knowledge/` and `locales/` from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Dirs {
        knowledge: PathBuf,
        locales: PathBuf,
    },
    Embedded,
}

/// The text files of a knowledge base, by path relative to the project
/// (`knowledge/pt/health.ftl`, `locales/en/main.ftl`).
#[derive(Debug, Clone, Default)]
pub struct Files {
    pub texts: BTreeMap<String, String>,
    /// Files that are not valid UTF-8: reported, never half-read.
    pub not_utf8: Vec<String>,
}

impl Files {
    pub fn get(&self, path: &str) -> Option<&str> {
        self.texts.get(path).map(String::as_str)
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.texts.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }
}

/// A file that could not be read.
#[derive(Debug, thiserror::Error)]
#[error("{path}: {source}")]
pub struct ReadError {
    pub path: String,
    #[source]
    pub source: std::io::Error,
}

impl Source {
    /// Reads every `.toml` and `.ftl` file.
    pub fn read(&self) -> Result<Files, ReadError> {
        let mut files = Files::default();
        match self {
            Source::Dirs { knowledge, locales } => {
                read_dir_into(knowledge, "knowledge", &mut files)?;
                read_dir_into(locales, "locales", &mut files)?;
            }
            Source::Embedded => {
                for (prefix, names, get) in [
                    (
                        "knowledge",
                        EmbeddedKnowledge::iter().collect::<Vec<_>>(),
                        EmbeddedKnowledge::get as fn(&str) -> Option<rust_embed::EmbeddedFile>,
                    ),
                    (
                        "locales",
                        EmbeddedLocales::iter().collect(),
                        EmbeddedLocales::get,
                    ),
                ] {
                    for name in names {
                        if !is_text_file(&name) {
                            continue;
                        }
                        if let Some(f) = get(&name) {
                            files.insert(format!("{prefix}/{name}"), f.data.into_owned());
                        }
                    }
                }
            }
        }
        Ok(files)
    }

    /// A cheap summary of the files' names, sizes and modification times, so
    /// a watcher notices edits without reading everything. The embedded copy
    /// never changes.
    pub fn fingerprint(&self) -> Option<u64> {
        let Source::Dirs { knowledge, locales } = self else {
            return None;
        };
        let mut h = std::collections::hash_map::DefaultHasher::new();
        for root in [knowledge, locales] {
            let mut stack = vec![root.clone()];
            let mut seen = Vec::new();
            while let Some(dir) = stack.pop() {
                let Ok(entries) = std::fs::read_dir(&dir) else {
                    continue;
                };
                for e in entries.flatten() {
                    let path = e.path();
                    let Ok(meta) = e.metadata() else { continue };
                    if meta.is_dir() {
                        stack.push(path);
                    } else if is_text_file(&path.to_string_lossy()) {
                        seen.push((path, meta.len(), meta.modified().ok()));
                    }
                }
            }
            seen.sort();
            seen.hash(&mut h);
        }
        Some(h.finish())
    }
}

impl Files {
    fn insert(&mut self, path: String, bytes: Vec<u8>) {
        match String::from_utf8(bytes) {
            Ok(text) => {
                self.texts.insert(path, text);
            }
            Err(_) => self.not_utf8.push(path),
        }
    }
}

fn is_text_file(name: &str) -> bool {
    name.ends_with(".ftl") || name.ends_with(".toml")
}

fn read_dir_into(root: &Path, prefix: &str, out: &mut Files) -> Result<(), ReadError> {
    let err = |path: &Path, source| ReadError {
        path: path.display().to_string(),
        source,
    };
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).map_err(|e| err(&dir, e))? {
            let path = entry.map_err(|e| err(&dir, e))?.path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let rel = path.strip_prefix(root).unwrap_or(&path);
            let rel = rel.to_string_lossy().replace('\\', "/");
            if !is_text_file(&rel) {
                continue;
            }
            let bytes = std::fs::read(&path).map_err(|e| err(&path, e))?;
            out.insert(format!("{prefix}/{rel}"), bytes);
        }
    }
    Ok(())
}
