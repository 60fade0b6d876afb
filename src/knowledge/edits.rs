//! The knowledge as served: the folder's files with the console's edits on
//! top. Edits are applied to the files' text, so everything downstream
//! (checks, rendering, search, `kb export`) sees one knowledge base.

use super::catalogue::{ReviewEntry, ReviewFile, ReviewStatus};
use super::entry;
use super::files::Files;
use super::ftl;
use super::load::REVIEW;
use crate::lang::Lang;

/// The header `review.toml` is written with.
pub const REVIEW_HEADER: &str = "# Review status of each translation and the version (hash) of the Portuguese\n\
    # source it follows. Written by `balcao kb stamp`; a translation whose source\n\
    # changed since is reported as outdated.\n\n";

/// Where article `id` lives in `lang`: the file of the same name as the
/// Portuguese source's.
pub fn article_path(files: &Files, id: &str, lang: Lang) -> Option<String> {
    let prefix = format!("knowledge/{}/", Lang::SOURCE.code());
    files
        .iter()
        .filter(|(p, _)| p.starts_with(&prefix) && p.ends_with(".ftl"))
        .find(|(_, text)| ftl::entry_spans(text).iter().any(|s| s.id == id))
        .map(|(p, _)| p.replacen(&prefix, &format!("knowledge/{}/", lang.code()), 1))
}

/// The entry of article `id` in `lang` as its file holds it.
pub fn article_entry(files: &Files, id: &str, lang: Lang) -> Option<String> {
    let text = files.get(&article_path(files, id, lang)?)?;
    ftl::entry_spans(text)
        .into_iter()
        .find(|s| s.id == id)
        .map(|s| s.text)
}

/// Puts an edited entry in place of the folder's. An article the source
/// lacks is left alone (the catalogue decides what exists).
pub fn put_entry(files: &mut Files, id: &str, lang: Lang, text: &str) -> bool {
    let Some(path) = article_path(files, id, lang) else {
        return false;
    };
    let file = files.get(&path).unwrap_or_default();
    let new = entry::put_in_file(file, id, text);
    files.texts.insert(path, new);
    true
}

/// Records that a translation was reviewed against source version
/// `source` on `day`.
pub fn put_review(files: &mut Files, id: &str, lang: Lang, source: &str, day: &str) {
    let mut review: ReviewFile = files
        .get(REVIEW)
        .and_then(|t| toml::from_str(t).ok())
        .unwrap_or_default();
    review.entry(id.to_string()).or_default().insert(
        lang,
        ReviewEntry {
            status: ReviewStatus::Reviewed,
            source: source.to_string(),
            reviewed_on: Some(day.to_string()),
        },
    );
    if let Ok(text) = toml::to_string(&review) {
        files
            .texts
            .insert(REVIEW.to_string(), format!("{REVIEW_HEADER}{text}"));
    }
}
