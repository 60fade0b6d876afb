//! The knowledge as served: the folder's files with the console's edits on
//! top. Edits are applied to the files' text, so everything downstream
//! (checks, rendering, search, `kb export`) sees one knowledge base.

use std::collections::BTreeMap;

use super::catalogue::{ReviewEntry, ReviewFile, ReviewStatus};
use super::entry;
use super::files::Files;
use super::ftl;
use super::load::{FACTS, REVIEW};
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

/// The Portuguese texts translations were reviewed or stamped against, by
/// their version hash: what an outdated translation's editor compares.
pub const SOURCE_TEXTS: &str = "knowledge/source-texts.toml";

const SOURCE_TEXTS_HEADER: &str = "# The Portuguese source text of each version a translation in review.toml\n\
    # follows, by its hash, so an editor sees what changed in the source since.\n\
    # Written by `balcao kb stamp` and by reviews in the console.\n\n";

fn source_texts(files: &Files) -> BTreeMap<String, String> {
    files
        .get(SOURCE_TEXTS)
        .and_then(|t| toml::from_str(t).ok())
        .unwrap_or_default()
}

/// The version hash of the source the translation of `id` in `lang`
/// follows, as review.toml records it.
pub fn followed_source(files: &Files, id: &str, lang: Lang) -> Option<String> {
    let mut review: ReviewFile = toml::from_str(files.get(REVIEW)?).ok()?;
    review.get_mut(id)?.remove(&lang).map(|e| e.source)
}

/// The source text whose version hash is `hash`, if it was kept.
pub fn source_text(files: &Files, hash: &str) -> Option<String> {
    source_texts(files).remove(hash)
}

/// Keeps `text` as the source of version `hash`, and forgets the texts no
/// translation in review.toml follows any more.
pub fn put_source_text(files: &mut Files, hash: &str, text: &str) {
    let mut texts = source_texts(files);
    texts.insert(hash.to_string(), text.to_string());
    let review: ReviewFile = files
        .get(REVIEW)
        .and_then(|t| toml::from_str(t).ok())
        .unwrap_or_default();
    let followed: std::collections::HashSet<&str> = review
        .values()
        .flat_map(|langs| langs.values().map(|e| e.source.as_str()))
        .collect();
    texts.retain(|h, _| h == hash || followed.contains(h.as_str()));
    if let Ok(text) = toml::to_string(&texts) {
        files.texts.insert(
            SOURCE_TEXTS.to_string(),
            format!("{SOURCE_TEXTS_HEADER}{text}"),
        );
    }
}

/// Lines `from..to` of fact `id`'s table in facts.toml: its `[id]` header,
/// its keys and its `[[id.values]]` tables, without the blank and comment
/// lines that introduce the next fact.
fn fact_lines(text: &str, id: &str) -> Option<(usize, usize)> {
    let lines: Vec<&str> = text.lines().collect();
    let header = format!("[{id}]");
    let values = format!("[[{id}.values]]");
    let from = lines.iter().position(|l| l.trim() == header)?;
    let mut to = from + 1;
    for (i, line) in lines.iter().enumerate().skip(from + 1) {
        let t = line.trim();
        if t.starts_with('[') && t != values {
            break;
        }
        if !t.is_empty() && !t.starts_with('#') {
            to = i + 1;
        }
    }
    Some((from, to))
}

/// Fact `id`'s table as facts.toml holds it.
pub fn fact_entry(files: &Files, id: &str) -> Option<String> {
    let text = files.get(FACTS)?;
    let (from, to) = fact_lines(text, id)?;
    Some(text.lines().collect::<Vec<_>>()[from..to].join("\n"))
}

/// Puts an edited fact table in place of the folder's, or at the end.
pub fn put_fact(files: &mut Files, id: &str, entry: &str) {
    let text = files.get(FACTS).unwrap_or_default().to_string();
    let lines: Vec<&str> = text.lines().collect();
    let new = match fact_lines(&text, id) {
        Some((from, to)) => {
            let mut out: Vec<&str> = lines[..from].to_vec();
            out.extend(entry.trim_end().lines());
            out.extend(&lines[to..]);
            out.join("\n") + "\n"
        }
        None => format!("{}\n\n{}\n", text.trim_end(), entry.trim_end()),
    };
    files.texts.insert(FACTS.to_string(), new);
}

#[cfg(test)]
mod tests {
    use super::*;

    const FACTS_TOML: &str = "# head\n\n[a]\ntype = \"money\"\nvalue = 1\n# about a\nsource = \"x\"\n\n[[a.values]]\nvalid_from = 2027-01-01\nvalue = 2\n\n# --- next ---\n\n[b]\ntype = \"text\"\nvalue = \"t\"\n";

    #[test]
    fn source_texts_are_kept_while_a_translation_follows_them() {
        let mut files = Files::default();
        files.texts.insert(
            REVIEW.into(),
            "[a.uk]\nstatus = \"machine-translated\"\nsource = \"old\"\n".into(),
        );
        let text =
            "a = Título\n    .body =\n        Linha com \"aspas\" e \\ barra.\n\n        ## Secção";
        put_source_text(&mut files, "old", text);
        assert_eq!(source_text(&files, "old").as_deref(), Some(text));
        assert_eq!(
            followed_source(&files, "a", Lang::Uk).as_deref(),
            Some("old")
        );
        // Nothing follows "old" any more once the translation follows "new".
        files.texts.insert(
            REVIEW.into(),
            "[a.uk]\nstatus = \"reviewed\"\nsource = \"new\"\n".into(),
        );
        put_source_text(&mut files, "new", "a = Novo");
        assert_eq!(source_text(&files, "old"), None);
        assert_eq!(source_text(&files, "new").as_deref(), Some("a = Novo"));
    }

    #[test]
    fn a_fact_table_is_found_with_its_values_and_replaced_alone() {
        let mut files = Files::default();
        files.texts.insert(FACTS.into(), FACTS_TOML.into());
        let a = fact_entry(&files, "a").unwrap();
        assert!(
            a.starts_with("[a]\ntype") && a.ends_with("value = 2"),
            "{a}"
        );
        assert_eq!(
            fact_entry(&files, "b").unwrap(),
            "[b]\ntype = \"text\"\nvalue = \"t\""
        );
        put_fact(&mut files, "a", "[a]\ntype = \"money\"\nvalue = 3");
        let text = files.get(FACTS).unwrap();
        assert_eq!(
            text,
            "# head\n\n[a]\ntype = \"money\"\nvalue = 3\n\n# --- next ---\n\n[b]\ntype = \"text\"\nvalue = \"t\"\n"
        );
        put_fact(&mut files, "c", "[c]\ntype = \"text\"\nvalue = \"new\"");
        assert!(
            files
                .get(FACTS)
                .unwrap()
                .ends_with("value = \"t\"\n\n[c]\ntype = \"text\"\nvalue = \"new\"\n")
        );
    }
}
