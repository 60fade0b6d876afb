//! The knowledge as served: the folder's files with the console's edits on
//! top. Edits are applied to the files' text, so everything downstream
//! (checks, rendering, search, `kb export`) sees one knowledge base.

use std::collections::BTreeMap;

use super::catalogue::{ReviewEntry, ReviewFile, ReviewStatus};
use super::entry;
use super::files::Files;
use super::ftl;
use super::load::{CATALOGUE, FACTS, REVIEW};
use crate::lang::Lang;

/// The header `review.toml` is written with.
pub const REVIEW_HEADER: &str = "# Review status of each translation and the version (hash) of the Portuguese\n\
    # source it follows. Written by `balcao kb stamp`; a translation whose source\n\
    # changed since is reported as outdated.\n\n";

/// Where article `id` lives in `lang`: the file of the same name as the
/// Portuguese source's or, for an article no file has yet (one published
/// from the console), the file of its category in the catalogue.
pub fn article_path(files: &Files, id: &str, lang: Lang) -> Option<String> {
    let prefix = format!("knowledge/{}/", Lang::SOURCE.code());
    let in_source = files
        .iter()
        .filter(|(p, _)| p.starts_with(&prefix) && p.ends_with(".ftl"))
        .find(|(_, text)| ftl::entry_spans(text).iter().any(|s| s.id == id))
        .map(|(p, _)| p.replacen(&prefix, &format!("knowledge/{}/", lang.code()), 1));
    in_source.or_else(|| {
        let table: toml::Table = toml::from_str(&catalogue_entry(files, id)?).ok()?;
        let category = table.get("article")?.as_array()?.first()?.get("category")?;
        Some(format!(
            "knowledge/{}/{}.ftl",
            lang.code(),
            category.as_str()?
        ))
    })
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

fn review_file(files: &Files) -> ReviewFile {
    files
        .get(REVIEW)
        .and_then(|t| toml::from_str(t).ok())
        .unwrap_or_default()
}

/// A translation a mediator read against the source text `source_text`
/// (version `source`) on `day`.
pub struct Reviewed<'a> {
    pub id: &'a str,
    pub lang: Lang,
    pub source: &'a str,
    pub source_text: &'a str,
    pub day: String,
}

/// Records the reviews in review.toml and keeps the source texts they
/// were read against, each file parsed and written once however many.
pub fn put_reviews(files: &mut Files, reviews: &[Reviewed]) {
    if reviews.is_empty() {
        return;
    }
    let mut review = review_file(files);
    for r in reviews {
        review.entry(r.id.to_string()).or_default().insert(
            r.lang,
            ReviewEntry {
                status: ReviewStatus::Reviewed,
                source: r.source.to_string(),
                reviewed_on: Some(r.day.clone()),
            },
        );
    }
    if let Ok(text) = toml::to_string(&review) {
        files
            .texts
            .insert(REVIEW.to_string(), format!("{REVIEW_HEADER}{text}"));
    }
    put_source_texts(files, reviews.iter().map(|r| (r.source, r.source_text)));
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
    review_file(files)
        .get_mut(id)?
        .remove(&lang)
        .map(|e| e.source)
}

/// The source text whose version hash is `hash`, if it was kept.
pub fn source_text(files: &Files, hash: &str) -> Option<String> {
    source_texts(files).remove(hash)
}

/// Keeps each text as the source of its version hash, and forgets the
/// texts no translation in review.toml follows any more.
pub fn put_source_texts<'a>(files: &mut Files, new: impl IntoIterator<Item = (&'a str, &'a str)>) {
    let mut texts = source_texts(files);
    for (hash, text) in new {
        texts.insert(hash.to_string(), text.to_string());
    }
    let review = review_file(files);
    let followed: std::collections::HashSet<&str> = review
        .values()
        .flat_map(|langs| langs.values().map(|e| e.source.as_str()))
        .collect();
    texts.retain(|h, _| followed.contains(h.as_str()));
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

/// Lines `from..to` of article `id`'s `[[article]]` table in
/// catalogue.toml, without the blank and comment lines after it.
fn catalogue_lines(text: &str, id: &str) -> Option<(usize, usize)> {
    let lines: Vec<&str> = text.lines().collect();
    let mut from = None;
    for (i, line) in lines.iter().enumerate() {
        let t = line.trim();
        if !t.starts_with('[') {
            continue;
        }
        if let Some(f) = from {
            return Some((f, table_end(&lines, f, i)));
        }
        if t == "[[article]]" && table_id(&lines, i) == Some(id.to_string()) {
            from = Some(i);
        }
    }
    from.map(|f| (f, table_end(&lines, f, lines.len())))
}

/// The id a table starting at line `from` gives itself.
fn table_id(lines: &[&str], from: usize) -> Option<String> {
    let body: Vec<&str> = lines[from + 1..]
        .iter()
        .take_while(|l| !l.trim().starts_with('['))
        .copied()
        .collect();
    let table: toml::Table = toml::from_str(&body.join("\n")).ok()?;
    Some(table.get("id")?.as_str()?.to_string())
}

/// Where the table from `from` ends, the next one starting at `next`.
fn table_end(lines: &[&str], from: usize, next: usize) -> usize {
    (from + 1..next)
        .rev()
        .find(|&i| {
            let t = lines[i].trim();
            !t.is_empty() && !t.starts_with('#')
        })
        .map_or(from + 1, |i| i + 1)
}

/// Article `id`'s `[[article]]` table as catalogue.toml holds it.
pub fn catalogue_entry(files: &Files, id: &str) -> Option<String> {
    let text = files.get(CATALOGUE)?;
    let (from, to) = catalogue_lines(text, id)?;
    Some(text.lines().collect::<Vec<_>>()[from..to].join("\n"))
}

/// Puts an article's `[[article]]` table in place of the catalogue's, or
/// at the end.
pub fn put_catalogue(files: &mut Files, id: &str, entry: &str) {
    let text = files.get(CATALOGUE).unwrap_or_default().to_string();
    let new = match catalogue_lines(&text, id) {
        Some((from, to)) => {
            let lines: Vec<&str> = text.lines().collect();
            let mut out: Vec<&str> = lines[..from].to_vec();
            out.extend(entry.trim_end().lines());
            out.extend(&lines[to..]);
            out.join("\n") + "\n"
        }
        None => format!("{}\n\n{}\n", text.trim_end(), entry.trim_end()),
    };
    files.texts.insert(CATALOGUE.to_string(), new);
}

#[cfg(test)]
mod tests {
    use super::*;

    const CATALOGUE_TOML: &str = "[[category]]\nid = \"housing\"\nicon = \"house\"\n\n[[article]]\nid = \"a\"\ncategory = \"housing\"\nlast_reviewed = 2026-12-07\n\n# next\n[[article]]\nid = \"b\"\ncategory = \"housing\"\nlast_reviewed = 2026-12-07\n";

    #[test]
    fn an_article_table_is_found_by_its_id_and_a_new_one_goes_at_the_end() {
        let mut files = Files::default();
        files.texts.insert(CATALOGUE.into(), CATALOGUE_TOML.into());
        assert_eq!(
            catalogue_entry(&files, "a").unwrap(),
            "[[article]]\nid = \"a\"\ncategory = \"housing\"\nlast_reviewed = 2026-12-07"
        );
        assert!(
            catalogue_entry(&files, "b")
                .unwrap()
                .ends_with("2026-12-07")
        );
        assert_eq!(catalogue_entry(&files, "c"), None);
        let c = "[[article]]\nid = \"c\"\ncategory = \"housing\"\nlast_reviewed = 2026-12-08";
        put_catalogue(&mut files, "c", c);
        assert_eq!(catalogue_entry(&files, "c").unwrap(), c);
        assert_eq!(
            article_path(&files, "c", Lang::Uk).as_deref(),
            Some("knowledge/uk/housing.ftl")
        );
        put_catalogue(&mut files, "a", &c.replace("\"c\"", "\"a\""));
        assert!(
            files
                .get(CATALOGUE)
                .unwrap()
                .contains("2026-12-08\n\n# next\n[[article]]\nid = \"b\"")
        );
    }

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
        put_source_texts(&mut files, [("old", text)]);
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
        put_source_texts(&mut files, [("new", "a = Novo")]);
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
