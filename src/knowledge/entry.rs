//! One article as an editor sees it: its title and each attribute's text
//! in the files' own light markup, without the file's indentation; and back
//! into a Fluent entry, and into its file in place of the old one.

use super::ftl;

/// An article's entry, split into what an editor edits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub id: String,
    pub title: String,
    /// Attribute name and text, in file order.
    pub attrs: Vec<(String, String)>,
}

impl Entry {
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, t)| t.as_str())
    }
}

/// Indentation of attribute lines and of the lines of a multi-line text.
const ATTR_INDENT: &str = "    ";
const TEXT_INDENT: &str = "        ";

/// Splits an entry's text (as [`ftl::entry_spans`] gives it) into its parts.
pub fn split(text: &str) -> Option<Entry> {
    let mut lines = text.lines();
    let (id, title) = lines.next()?.split_once('=')?;
    let mut entry = Entry {
        id: id.trim().to_string(),
        title: title.trim().to_string(),
        attrs: Vec::new(),
    };
    let mut current: Option<(String, Vec<&str>)> = None;
    let finish = |cur: Option<(String, Vec<&str>)>, attrs: &mut Vec<(String, String)>| {
        if let Some((name, lines)) = cur {
            attrs.push((name, dedent(&lines)));
        }
    };
    for line in lines {
        if let Some((name, first)) = attribute_line(line) {
            finish(current.take(), &mut entry.attrs);
            current = Some((name.to_string(), vec![first]));
        } else if let Some((_, lines)) = current.as_mut() {
            lines.push(line);
        }
    }
    finish(current, &mut entry.attrs);
    Some(entry)
}

/// `    .name = text` as the attribute's name and the text on its line.
fn attribute_line(line: &str) -> Option<(&str, &str)> {
    let rest = line.trim_start().strip_prefix('.')?;
    let (name, value) = rest.split_once('=')?;
    let name = name.trim_end();
    let ok = !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    ok.then_some((name, value.trim()))
}

/// An attribute's lines as one text: the first line's text, then the
/// continuation lines without their common indentation.
fn dedent(lines: &[&str]) -> String {
    let (first, rest) = lines.split_first().map_or(("", &[][..]), |(f, r)| (*f, r));
    let indent = rest
        .iter()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start().len())
        .min()
        .unwrap_or(0);
    let mut out: Vec<&str> = Vec::new();
    if !first.is_empty() {
        out.push(first);
    }
    for l in rest {
        out.push(if l.trim().is_empty() {
            ""
        } else {
            &l[indent..]
        });
    }
    while out.last().is_some_and(|l| l.is_empty()) {
        out.pop();
    }
    while out.first().is_some_and(|l| l.is_empty()) {
        out.remove(0);
    }
    out.join("\n")
}

/// The entry as Fluent text, indented the way the shipped files are.
pub fn compose(entry: &Entry) -> String {
    let mut out = format!("{} = {}", entry.id, entry.title.trim());
    for (name, text) in &entry.attrs {
        let text = text.replace("\r\n", "\n");
        let text = text.trim_matches('\n');
        if text.contains('\n') {
            out.push_str(&format!("\n{ATTR_INDENT}.{name} ="));
            for line in text.lines() {
                out.push('\n');
                if !line.trim().is_empty() {
                    out.push_str(TEXT_INDENT);
                    out.push_str(line.trim_end());
                }
            }
        } else {
            out.push_str(&format!("\n{ATTR_INDENT}.{name} = {}", text.trim()));
        }
    }
    out
}

/// The file with entry `id` replaced by `entry` (Fluent text), or with it
/// added at the end when the file lacks it.
pub fn put_in_file(file: &str, id: &str, entry: &str) -> String {
    let Some(span) = ftl::entry_spans(file).into_iter().find(|s| s.id == id) else {
        let mut out = file.trim_end().to_string();
        out.push_str("\n\n");
        out.push_str(entry);
        out.push('\n');
        return out;
    };
    let lines: Vec<&str> = file.lines().collect();
    let from = span.line - 1;
    let to = from + span.text.lines().count();
    let mut out: Vec<&str> = lines[..from].to_vec();
    out.extend(entry.lines());
    out.extend(&lines[to.min(lines.len())..]);
    let mut text = out.join("\n");
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    const ENTRY: &str = "renting = Renting a home\n    .summary = Always a written contract.\n    .body =\n        First paragraph.\n\n        ## Before you sign\n        - A deposit of at most { $n ->\n            [one] { $n } month\n           *[other] { $n } months\n        }.\n    .keywords = rent, lease";

    #[test]
    fn an_entry_splits_into_title_and_texts_and_composes_back() {
        let e = split(ENTRY).unwrap();
        assert_eq!(e.id, "renting");
        assert_eq!(e.title, "Renting a home");
        assert_eq!(e.attr("summary"), Some("Always a written contract."));
        assert_eq!(e.attr("keywords"), Some("rent, lease"));
        let body = e.attr("body").unwrap();
        assert!(body.starts_with("First paragraph.\n\n## Before you sign\n- A deposit"));
        assert!(
            body.contains("\n    [one] { $n } month\n   *[other]"),
            "{body}"
        );
        assert_eq!(compose(&e), ENTRY);
    }

    #[test]
    fn the_entry_is_replaced_in_place_and_the_rest_of_the_file_is_kept() {
        let file = format!(
            "# Housing\n\nbefore = B\n    .summary = s\n\n{ENTRY}\n\nafter = A\n    .summary = t\n"
        );
        let mut e = split(ENTRY).unwrap();
        e.title = "Renting a flat".into();
        let out = put_in_file(&file, "renting", &compose(&e));
        assert!(out.starts_with(
            "# Housing\n\nbefore = B\n    .summary = s\n\nrenting = Renting a flat\n"
        ));
        assert!(out.ends_with("\n\nafter = A\n    .summary = t\n"), "{out}");
        let added = put_in_file("a = A\n", "b", "b = B");
        assert_eq!(added, "a = A\n\nb = B\n");
    }
}

#[cfg(test)]
mod shipped {
    use super::*;

    /// Every article of every language survives being split for editing
    /// and composed again: Fluent reads the same messages.
    #[test]
    fn every_shipped_entry_composes_back_to_the_same_messages() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("knowledge");
        let mut checked = 0;
        for lang in std::fs::read_dir(&root).unwrap().flatten() {
            if !lang.path().is_dir() {
                continue;
            }
            for file in std::fs::read_dir(lang.path()).unwrap().flatten() {
                let text = std::fs::read_to_string(file.path()).unwrap();
                for span in ftl::entry_spans(&text) {
                    let again = compose(&split(&span.text).unwrap());
                    let a = fluent_syntax::parser::parse(span.text.as_str()).unwrap();
                    let b = fluent_syntax::parser::parse(again.as_str())
                        .unwrap_or_else(|_| panic!("{}: {again}", span.id));
                    assert_eq!(a.body, b.body, "{}", span.id);
                    checked += 1;
                }
            }
        }
        assert!(checked > 400, "{checked}");
    }
}
