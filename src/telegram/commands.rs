//! Reading what a user typed: a command (`/start payload`,
//! `/mediator@balcao_bot`), or a plain phrase asking for a person.

use std::sync::{Arc, Mutex, Weak};

use unicode_normalization::UnicodeNormalization;

use crate::content::Content;

use crate::knowledge::Knowledge;
use crate::lang::Lang;

/// A bot command and its argument.
#[derive(Debug, PartialEq, Eq)]
pub struct Command<'a> {
    pub name: String,
    pub arg: &'a str,
}

pub fn command(text: &str) -> Option<Command<'_>> {
    let rest = text.trim().strip_prefix('/')?;
    let (head, arg) = rest.split_once(char::is_whitespace).unwrap_or((rest, ""));
    // In groups commands come as /cmd@botname.
    let name = head.split('@').next().unwrap_or("").to_lowercase();
    if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        return None;
    }
    Some(Command {
        name,
        arg: arg.trim(),
    })
}

/// Lowercase words with Latin accents removed and ё as е, so "Falar com
/// alguém" matches "falar com alguem". Cyrillic letters with marks (й ў ї)
/// are letters of their own and stay.
fn words(text: &str) -> Vec<String> {
    let mut kept = String::new();
    let mut base_cyrillic = false;
    for c in text.nfd() {
        if ('\u{0300}'..='\u{036f}').contains(&c) {
            if base_cyrillic {
                kept.push(c);
            }
            continue;
        }
        base_cyrillic = ('\u{0400}'..='\u{04ff}').contains(&c);
        kept.extend(c.to_lowercase());
    }
    let folded: String = kept.nfc().map(|c| if c == 'ё' { 'е' } else { c }).collect();
    folded
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .map(|w| w.replace('’', "'"))
        .collect()
}

/// A language's phrases in the UI message `id`, "|"-separated, as words.
fn phrases(k: &Knowledge, lang: Lang, id: &str) -> Vec<Vec<String>> {
    k.ui(lang, id)
        .split('|')
        .map(words)
        .filter(|p| !p.is_empty())
        .collect()
}

/// Small talk: a message that is not a question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SmallTalk {
    Thanks,
    /// Yes, no, OK, a greeting, an emoji.
    Chat,
}

/// The phrases of one knowledge base that ask for a person or are small
/// talk, in every language, read once: reading them from the messages for
/// every text typed cost more than the search.
pub struct Phrases {
    person: Vec<(Lang, Vec<Vec<String>>)>,
    talk: Vec<(Lang, SmallTalk, Vec<String>)>,
}

impl Phrases {
    pub fn of(k: &Knowledge) -> Self {
        let person = Lang::ALL
            .iter()
            .map(|&lang| (lang, phrases(k, lang, "bot-person-phrases")))
            .collect();
        let talk = Lang::ALL
            .iter()
            .flat_map(|&lang| {
                let thanks = phrases(k, lang, "bot-thanks-phrases")
                    .into_iter()
                    .map(move |p| (lang, SmallTalk::Thanks, p));
                let chat = phrases(k, lang, "bot-chat-phrases")
                    .into_iter()
                    .map(move |p| (lang, SmallTalk::Chat, p));
                thanks.chain(chat)
            })
            .collect();
        Phrases { person, talk }
    }

    /// The languages whose ways of asking for a person the text uses;
    /// `None` when it does not ask for one.
    pub fn person_asked_in(&self, text: &str) -> Option<Vec<Lang>> {
        let said = words(text);
        if said.is_empty() || said.len() > 30 {
            // A long message is a question that may mention a mediator,
            // not a request for one.
            return None;
        }
        let langs: Vec<Lang> = self
            .person
            .iter()
            .filter(|(_, phrases)| {
                phrases
                    .iter()
                    .any(|phrase| said.windows(phrase.len()).any(|w| w == phrase.as_slice()))
            })
            .map(|(lang, _)| *lang)
            .collect();
        (!langs.is_empty()).then_some(langs)
    }

    /// Whether the whole text is thanks, a yes or a greeting (in any of
    /// the nine languages), and the languages that say all of it that way.
    pub fn small_talk(&self, text: &str) -> Option<(SmallTalk, Vec<Lang>)> {
        let said = words(text);
        if said.is_empty() {
            // Only emoji or punctuation.
            return (!text.trim().is_empty()).then(|| (SmallTalk::Chat, Lang::ALL.to_vec()));
        }
        let mut kind = SmallTalk::Chat;
        let mut langs: Vec<Lang> = Lang::ALL.to_vec();
        let mut rest = &said[..];
        while !rest.is_empty() {
            // The longest phrase that starts here, in whichever languages.
            let len = self
                .talk
                .iter()
                .filter(|(_, _, p)| rest.starts_with(p))
                .map(|(_, _, p)| p.len())
                .max()?;
            let here: Vec<&(Lang, SmallTalk, Vec<String>)> = self
                .talk
                .iter()
                .filter(|(_, _, p)| p.len() == len && rest.starts_with(p))
                .collect();
            if here.iter().any(|(_, k, _)| *k == SmallTalk::Thanks) {
                kind = SmallTalk::Thanks;
            }
            langs.retain(|l| here.iter().any(|(hl, _, _)| hl == l));
            rest = &rest[len..];
        }
        Some((kind, langs))
    }
}

/// The phrases of the content being served, read again once it is
/// replaced. A weak reference keeps the old content's address from being
/// reused while it is compared.
#[derive(Default)]
pub struct PhraseCache(Mutex<Option<(Weak<Content>, Arc<Phrases>)>>);

impl PhraseCache {
    pub fn of(&self, content: &Arc<Content>) -> Arc<Phrases> {
        let mut cached = self.0.lock().unwrap_or_else(|p| p.into_inner());
        if let Some((of, phrases)) = cached.as_ref()
            && std::ptr::eq(of.as_ptr(), Arc::as_ptr(content))
        {
            return phrases.clone();
        }
        let phrases = Arc::new(Phrases::of(&content.knowledge));
        *cached = Some((Arc::downgrade(content), phrases.clone()));
        phrases
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_with_payload_and_bot_name() {
        assert_eq!(
            command("/start abc_DEF-1"),
            Some(Command {
                name: "start".into(),
                arg: "abc_DEF-1"
            })
        );
        assert_eq!(command("/Mediator@balcao_bot").unwrap().name, "mediator");
        assert_eq!(command("/ "), None);
        assert_eq!(command("/ola!"), None);
        assert_eq!(command("hello /start"), None);
    }

    #[test]
    fn words_fold_accents_but_keep_cyrillic_letters() {
        assert_eq!(words("Falar com ALGUÉM!"), vec!["falar", "com", "alguem"]);
        assert_eq!(words("Жывы чалавек, ёлка"), vec!["жывы", "чалавек", "елка"]);
        assert_eq!(words("паўза й сям’я"), vec!["паўза", "й", "сям'я"]);
    }
}
