//! Text for Telegram's HTML parse mode: escaping, and articles cut into
//! messages of at most 4,096 characters without cutting through markup.

use crate::knowledge::render::{ArticleView, Block};

/// Telegram's limit for one message. Counted here in UTF-16 units of the
/// HTML source, which is never less than what Telegram counts (the text
/// after markup is parsed), so a part never exceeds it.
pub const MESSAGE_LIMIT: usize = 4096;

/// Escapes text for Telegram HTML: only `<`, `>` and `&` are special.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

fn units(s: &str) -> usize {
    s.encode_utf16().count()
}

/// A run of text with at most one style around it: the unit that is never
/// split through its markup.
struct Piece {
    style: Option<&'static str>,
    text: String,
    /// Goes on a new paragraph (else on the next line).
    paragraph: bool,
}

impl Piece {
    fn new(style: Option<&'static str>, text: impl Into<String>, paragraph: bool) -> Self {
        Piece {
            style,
            text: text.into(),
            paragraph,
        }
    }

    fn html(&self, text: &str) -> String {
        match self.style {
            Some(tag) => format!("<{tag}>{}</{tag}>", escape(text)),
            None => escape(text),
        }
    }

    /// The piece as HTML, cut at spaces into chunks that each fit `limit`.
    fn chunks(&self, limit: usize) -> Vec<String> {
        let whole = self.html(&self.text);
        if units(&whole) <= limit {
            return vec![whole];
        }
        let mut out = Vec::new();
        let mut current = String::new();
        for word in self.text.split_inclusive(char::is_whitespace) {
            let candidate = format!("{current}{word}");
            if units(&self.html(candidate.trim_end())) > limit && !current.is_empty() {
                out.push(self.html(current.trim_end()));
                current.clear();
            }
            current.push_str(word);
            // A single "word" longer than the limit (a URL, say) is cut by
            // characters.
            while units(&self.html(&current)) > limit {
                let mut head = String::new();
                for c in current.chars() {
                    if units(&self.html(&format!("{head}{c}"))) > limit {
                        break;
                    }
                    head.push(c);
                }
                current = current[head.len()..].to_string();
                out.push(self.html(&head));
            }
        }
        if !current.trim().is_empty() {
            out.push(self.html(current.trim_end()));
        }
        out
    }
}

/// Packs pieces into as few messages as fit the limit.
fn pack(pieces: &[Piece], limit: usize) -> Vec<String> {
    let mut messages: Vec<String> = Vec::new();
    let mut current = String::new();
    for p in pieces {
        for chunk in p.chunks(limit) {
            let sep = if current.is_empty() {
                ""
            } else if p.paragraph {
                "\n\n"
            } else {
                "\n"
            };
            if units(&current) + units(sep) + units(&chunk) > limit {
                messages.push(std::mem::take(&mut current));
                current = chunk;
            } else {
                current.push_str(sep);
                current.push_str(&chunk);
            }
        }
    }
    if !current.is_empty() {
        messages.push(current);
    }
    messages
}

/// A heading and lines of plain text (a transcript) as messages.
pub fn lines(header: &str, lines: &[String]) -> Vec<String> {
    let mut pieces = vec![Piece::new(Some("b"), header, true)];
    pieces.extend(lines.iter().map(|l| Piece::new(None, l.as_str(), true)));
    pack(&pieces, MESSAGE_LIMIT)
}

/// An article as Telegram messages, in reading order.
pub fn article(view: &ArticleView) -> Vec<String> {
    article_within(view, MESSAGE_LIMIT)
}

fn article_within(view: &ArticleView, limit: usize) -> Vec<String> {
    let mut pieces = vec![Piece::new(Some("b"), &view.title, true)];
    if let Some(note) = &view.fallback_note {
        pieces.push(Piece::new(Some("i"), note, true));
    }
    pieces.push(Piece::new(Some("i"), &view.summary, true));
    for block in &view.blocks {
        match block {
            Block::Heading { text } => pieces.push(Piece::new(Some("b"), text, true)),
            Block::Paragraph { text } => pieces.push(Piece::new(None, text, true)),
            Block::List { items } => {
                for (i, item) in items.iter().enumerate() {
                    pieces.push(Piece::new(None, format!("• {item}"), i == 0));
                }
            }
            Block::Steps { items } => {
                for (i, item) in items.iter().enumerate() {
                    pieces.push(Piece::new(None, format!("{}. {item}", i + 1), i == 0));
                }
            }
        }
    }
    for body in &view.bodies {
        pieces.push(Piece::new(Some("b"), &body.name, true));
        for c in &body.contacts {
            pieces.push(Piece::new(
                None,
                format!("{}: {}", c.label, c.shown.text),
                false,
            ));
        }
    }
    for note in [&view.outdated_note, &view.unconfirmed_note]
        .into_iter()
        .flatten()
    {
        pieces.push(Piece::new(Some("i"), note, true));
    }
    pieces.push(Piece::new(
        Some("i"),
        format!("{} {}", view.review_note, view.last_reviewed_text),
        true,
    ));
    pieces.push(Piece::new(Some("i"), &view.disclaimer, true));
    pack(&pieces, limit)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_covers_telegram_html() {
        assert_eq!(
            escape("<b>Tom & \"Jerry\"</b>"),
            "&lt;b&gt;Tom &amp; &quot;Jerry&quot;&lt;/b&gt;"
        );
    }

    #[test]
    fn long_text_is_cut_at_spaces_inside_whole_tags() {
        let words = "palavra <&> ".repeat(1000);
        let pieces = [
            Piece::new(Some("b"), "Title", true),
            Piece::new(Some("i"), words.clone(), true),
        ];
        let parts = pack(&pieces, 500);
        assert!(parts.len() > 10);
        for p in &parts {
            assert!(units(p) <= 500, "{} units", units(p));
            // Every tag opened in a part is closed in it.
            assert_eq!(p.matches("<i>").count(), p.matches("</i>").count());
            assert_eq!(p.matches("<b>").count(), p.matches("</b>").count());
            // Entities are never cut in half.
            assert_eq!(p.matches('&').count(), p.matches(';').count());
        }
        let text: String = parts
            .iter()
            .map(|p| {
                p.replace("<b>", "")
                    .replace("</b>", "")
                    .replace("<i>", "")
                    .replace("</i>", "")
            })
            .collect::<Vec<_>>()
            .join(" ");
        assert_eq!(text.matches("palavra").count(), 1000);
    }

    #[test]
    fn a_word_longer_than_a_message_is_cut_by_characters() {
        let url = "x".repeat(1200);
        let parts = pack(&[Piece::new(None, url, true)], 500);
        assert_eq!(parts.len(), 3);
        assert!(parts.iter().all(|p| units(p) <= 500));
    }
}
