//! Reading Fluent files: parse errors with line numbers and the message they
//! belong to, where each entry starts, and which variables a message uses.

use std::collections::BTreeSet;

use fluent_bundle::FluentResource;
use fluent_syntax::ast;

/// Where an entry (message or term) starts and its source text, found by
/// scanning lines: Fluent's runtime AST keeps no positions.
#[derive(Debug, Clone)]
pub struct EntrySpan {
    pub id: String,
    /// 1-based line of the `id =` line.
    pub line: usize,
    pub text: String,
}

/// Lists the entries of an FTL file in order.
pub fn entry_spans(text: &str) -> Vec<EntrySpan> {
    let mut out: Vec<EntrySpan> = Vec::new();
    let mut current: Option<(EntrySpan, Vec<&str>)> = None;
    let finish = |cur: Option<(EntrySpan, Vec<&str>)>, out: &mut Vec<EntrySpan>| {
        if let Some((mut span, lines)) = cur {
            span.text = lines.join("\n").trim_end().to_string();
            out.push(span);
        }
    };
    for (i, line) in text.lines().enumerate() {
        let continues = line.is_empty() || line.starts_with(' ') || line.starts_with('\t');
        if continues {
            if let Some((_, lines)) = current.as_mut() {
                lines.push(line);
            }
            continue;
        }
        finish(current.take(), &mut out);
        if let Some(id) = entry_id(line) {
            current = Some((
                EntrySpan {
                    id: id.to_string(),
                    line: i + 1,
                    text: String::new(),
                },
                vec![line],
            ));
        }
    }
    finish(current, &mut out);
    out
}

/// The id on a line that starts a message (`id =`) or a term (`-id =`).
fn entry_id(line: &str) -> Option<&str> {
    let (head, _) = line.split_once('=')?;
    let id = head.trim_end();
    let bare = id.strip_prefix('-').unwrap_or(id);
    let mut chars = bare.chars();
    let ok = chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    ok.then_some(id)
}

/// A syntax error at a line, inside the message that precedes it.
#[derive(Debug, Clone)]
pub struct SyntaxError {
    pub line: usize,
    pub id: Option<String>,
    pub message: String,
}

/// Parses an FTL file. Broken entries are skipped (and reported) so the rest
/// of the file still loads.
pub fn parse(text: &str) -> (FluentResource, Vec<SyntaxError>) {
    match FluentResource::try_new(text.to_string()) {
        Ok(res) => (res, Vec::new()),
        Err((res, errors)) => {
            let spans = entry_spans(text);
            let errors = errors
                .into_iter()
                .map(|e| {
                    // `slice` is the broken entry; the parser may only notice
                    // at the start of the next one, so the line is kept
                    // inside the slice and the id taken from its start.
                    let (from, to) = e
                        .slice
                        .clone()
                        .map_or((e.pos.start, e.pos.start + 1), |s| (s.start, s.end));
                    let at = e.pos.start.min(to.saturating_sub(1)).max(from);
                    let line_of = |pos: usize| {
                        text.as_bytes()[..pos.min(text.len())]
                            .iter()
                            .filter(|b| **b == b'\n')
                            .count()
                            + 1
                    };
                    let first = line_of(from);
                    let id = spans
                        .iter()
                        .take_while(|s| s.line <= first.max(1))
                        .last()
                        .map(|s| s.id.clone());
                    SyntaxError {
                        line: line_of(at),
                        id,
                        message: e.kind.to_string(),
                    }
                })
                .collect();
            (res, errors)
        }
    }
}

/// The messages of a resource (terms and comments left out).
pub fn messages(res: &FluentResource) -> impl Iterator<Item = &ast::Message<&str>> {
    res.entries().filter_map(|e| match e {
        ast::Entry::Message(m) => Some(m),
        _ => None,
    })
}

/// Every `$variable` a message uses, in its value and attributes.
pub fn variables(msg: &ast::Message<&str>) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    if let Some(v) = &msg.value {
        pattern_vars(v, &mut out);
    }
    for a in &msg.attributes {
        pattern_vars(&a.value, &mut out);
    }
    out
}

fn pattern_vars(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            expression_vars(expression, out);
        }
    }
}

fn expression_vars(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                pattern_vars(&v.value, out);
            }
        }
        ast::Expression::Inline(i) => inline_vars(i, out),
    }
}

fn inline_vars(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, out);
            }
            for a in &arguments.named {
                inline_vars(&a.value, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, out),
        _ => {}
    }
}

/// A stable short hash of a whole text (FNV-1a, 64 bits, trailing spaces
/// ignored): tells whether an entry is the same text as another.
pub fn text_hash(text: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for line in text.trim_end().lines() {
        for b in line.trim_end().bytes().chain(std::iter::once(b'\n')) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{h:016x}")
}

/// A stable short hash of a text (FNV-1a, 64 bits), used as the version of a
/// Portuguese source article that a translation follows. Trailing spaces are
/// ignored so re-indenting alone does not mark translations outdated, and so
/// are the `.questions` and `.keywords` attributes: each language writes its
/// own search vocabulary (how its readers ask, the names they use), it is
/// not translated from the source.
pub fn version_hash(text: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut skipped = false;
    for line in text.lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with('.') {
            skipped = [".questions", ".keywords"].iter().any(|a| {
                trimmed
                    .strip_prefix(a)
                    .is_some_and(|rest| rest.trim_start().starts_with('='))
            });
        }
        if skipped {
            continue;
        }
        for b in line.trim_end().bytes().chain(std::iter::once(b'\n')) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{h:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn search_vocabulary_does_not_change_the_source_version() {
        let plain = "a = Título\n    .summary = Resumo\n    .keywords = k\n";
        let other_keywords =
            "a = Título\n    .summary = Resumo\n    .keywords = k, CPF, cartão do SUS\n";
        assert_eq!(version_hash(plain), version_hash(other_keywords));
        let with = "a = Título\n    .summary = Resumo\n    .keywords = k\n    .questions =\n        como faço\n        onde vou\n";
        let between = "a = Título\n    .summary = Resumo\n    .questions =\n        como faço\n    .keywords = k\n";
        assert_eq!(version_hash(plain), version_hash(with));
        assert_eq!(version_hash(plain), version_hash(between));
        assert_ne!(
            version_hash(plain),
            version_hash("a = Título\n    .summary = Outro\n    .keywords = k\n")
        );
    }

    #[test]
    fn syntax_errors_name_the_line_and_the_message() {
        let text = "ok = Fine\n\nbroken = Has { $unclosed\n    .summary = x\n\nnext = Also fine\n";
        let (res, errors) = parse(text);
        assert_eq!(errors.len(), 1);
        // Reported where the parser gives up, inside the broken message.
        assert!((3..=4).contains(&errors[0].line), "{}", errors[0].line);
        assert_eq!(errors[0].id.as_deref(), Some("broken"));
        assert_eq!(messages(&res).count(), 2);
    }

    #[test]
    fn entry_spans_cover_attributes_and_blank_lines() {
        let text = "# c\na = A\n    .body =\n        one\n\n        two\nb = B\n";
        let spans = entry_spans(text);
        assert_eq!(spans.len(), 2);
        assert_eq!(spans[0].line, 2);
        assert!(spans[0].text.ends_with("two"));
    }
}

#[cfg(test)]
mod body_tests {
    use fluent_bundle::concurrent::FluentBundle;

    /// Article bodies rely on Fluent keeping blank lines (paragraph breaks)
    /// and the markup at the start of indented lines.
    #[test]
    fn fluent_keeps_blank_lines_and_markup_in_bodies() {
        let (res, errors) = super::parse(
            "a = T\n    .body =\n        One\n        two\n\n        ## Head\n        - item\n        1. step\n",
        );
        assert!(errors.is_empty());
        let mut b = FluentBundle::new_concurrent(vec!["en".parse().unwrap()]);
        b.add_resource(res).unwrap();
        let msg = b.get_message("a").unwrap();
        let mut errs = vec![];
        let text = b.format_pattern(msg.get_attribute("body").unwrap().value(), None, &mut errs);
        assert_eq!(text, "One\ntwo\n\n## Head\n- item\n1. step");
    }
}
