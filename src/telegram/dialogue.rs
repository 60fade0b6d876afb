//! The conversation: what the bot answers to each update. Answers are
//! queued in the outbox together with marking the update handled, so an
//! update is answered once even if the service stops halfway through.

use std::sync::Arc;

use futures_util::StreamExt;
use teloxide::net::Download;
use teloxide::payloads::{AnswerCallbackQuerySetters, EditMessageTextSetters};
use teloxide::prelude::Requester;
use teloxide::types::{CallbackQuery, ChatId, FileId, Message, ParseMode, Update, UpdateKind};

use super::TelegramBot;
use super::commands::command;
use super::delivery::Extra;
use super::format::{self, escape};
use super::links::{self, LinkTarget};
use crate::content::Content;
use crate::handoff::files::MAX_FILE_MB;
use crate::handoff::model::{
    Author, Case, CaseStatus, Channel, MessageKind, Payload, PayloadKind, SEEN_EVERY, Visitor,
};
use crate::handoff::{HandoffError, MAX_TEXT_CHARS, PersonRequest};
use crate::lang::Lang;
use crate::store::{Handled, InboxItem, StoreError, TrailKind};

#[derive(Debug, thiserror::Error)]
pub enum BotError {
    #[error(transparent)]
    Store(#[from] StoreError),
    /// A hand-off rule said no where the bot did not expect it.
    #[error("hand-off: {0}")]
    Handoff(HandoffError),
    #[error("Telegram: {0}")]
    Telegram(#[from] teloxide::RequestError),
    #[error("file download: {0}")]
    Download(#[from] teloxide::DownloadError),
}

impl From<HandoffError> for BotError {
    fn from(e: HandoffError) -> Self {
        match e {
            HandoffError::Store(s) => BotError::Store(s),
            other => BotError::Handoff(other),
        }
    }
}

impl BotError {
    /// Whether trying again later can succeed (the network or the database
    /// was unavailable), as opposed to an update that cannot be handled.
    pub fn transient(&self) -> bool {
        use teloxide::{DownloadError, RequestError};
        match self {
            BotError::Store(StoreError::Corrupt(_)) => false,
            BotError::Store(_) => true,
            BotError::Telegram(RequestError::Network(e))
            | BotError::Download(DownloadError::Network(e)) => !refused(e),
            // A body that is not the Bot API's JSON is a proxy's error page
            // (502, 504) in front of a Telegram that is briefly down.
            BotError::Telegram(e) => matches!(
                e,
                RequestError::RetryAfter(_)
                    | RequestError::Io(_)
                    | RequestError::InvalidJson { .. }
            ),
            BotError::Download(e) => matches!(e, DownloadError::Io(_)),
            BotError::Handoff(_) => false,
        }
    }
}

/// Whether the server answered with a 4xx (a file download that is not
/// there): asking again gets the same answer.
fn refused(e: &reqwest::Error) -> bool {
    e.status().is_some_and(|s| s.is_client_error())
}

pub(super) type Result<T> = std::result::Result<T, BotError>;
pub(super) type Buttons = Vec<Vec<(String, String)>>;

/// One message the bot will send (or an earlier one it will change).
pub(super) struct Answer {
    text: String,
    buttons: Buttons,
    edit: Option<i32>,
}

impl Answer {
    pub(super) fn new(text: String, buttons: Buttons) -> Self {
        Answer {
            text,
            buttons,
            edit: None,
        }
    }

    fn editing(mut self, message: Option<i32>) -> Self {
        self.edit = message;
        self
    }

    fn payload(self) -> Payload {
        Payload {
            kind: PayloadKind::Channel,
            text: self.text,
            message_id: None,
            extra: serde_json::to_value(Extra {
                buttons: self.buttons,
                edit: self.edit,
            })
            .unwrap_or_default(),
        }
    }
}

/// One update being handled: who, in which language, and the answers so
/// far.
pub(super) struct Turn {
    pub(super) chat: String,
    pub(super) visitor: Visitor,
    /// The inbox row of the update.
    pub(super) item: i64,
    /// A unique key for what this update stores.
    pub(super) key: String,
    pub(super) content: Arc<Content>,
    pub(super) answers: Vec<Answer>,
    /// The toast for a pressed button.
    pub(super) toast: Option<String>,
    /// What the update adds to the visitor's trail, the conversation's
    /// language when it changes, and the articles shown: written with the
    /// answers (see [`Handled`]).
    pub(super) trail: Vec<(TrailKind, String)>,
    pub(super) talk_lang: Option<Lang>,
    pub(super) reads: Vec<(String, Lang)>,
}

impl Turn {
    pub(super) fn lang(&self) -> Lang {
        self.visitor.lang
    }

    pub(super) fn ui(&self, id: &str) -> String {
        escape(&self.content.knowledge.ui(self.lang(), id))
    }

    pub(super) fn ui_in(&self, lang: Lang, id: &str, args: &[(&str, String)]) -> String {
        escape(&self.content.knowledge.ui_with(lang, id, args))
    }

    pub(super) fn say(&mut self, text: String, buttons: Buttons) {
        self.answers.push(Answer::new(text, buttons));
    }

    pub(super) fn button(&self, id: &str, data: impl Into<String>) -> Vec<(String, String)> {
        vec![(self.content.knowledge.ui(self.lang(), id), data.into())]
    }

    /// The toast for a button that no longer does anything.
    pub(super) fn expired(&mut self) {
        self.toast = Some(self.content.knowledge.ui(self.lang(), "bot-button-expired"));
    }
}

/// What a pressed button asks for. Callback data is at most 64 bytes.
enum Pressed<'a> {
    Lang(Lang),
    /// The menu as a new message (under an article, which stays readable).
    Menu,
    /// The menu in place of the message (back from a category).
    Back,
    Category(&'a str),
    /// An article, in the language given or the reader's.
    Article(&'a str, Option<Lang>),
    /// The question typed in an update (its inbox row), answered again
    /// in the reader's language.
    Asked(i64),
    Feedback(&'a str, bool),
    Person(Option<&'a str>),
    Leave(i64),
    Cancel(i64),
    Rate(i64, i64),
    Forget(bool),
}

fn pressed(data: &str) -> Option<Pressed<'_>> {
    let (verb, rest) = data.split_once(':').unwrap_or((data, ""));
    Some(match verb {
        "lang" => Pressed::Lang(rest.parse().ok()?),
        "menu" => Pressed::Menu,
        "back" => Pressed::Back,
        "cat" => Pressed::Category(rest),
        "art" => match rest.split_once(':') {
            Some((id, lang)) => Pressed::Article(id, Some(lang.parse().ok()?)),
            None => Pressed::Article(rest, None),
        },
        "asked" => Pressed::Asked(rest.parse().ok()?),
        "fb" => {
            let (id, v) = rest.rsplit_once(':')?;
            Pressed::Feedback(id, v == "1")
        }
        "person" => Pressed::Person((!rest.is_empty()).then_some(rest)),
        "leave" => Pressed::Leave(rest.parse().ok()?),
        "cancel" => Pressed::Cancel(rest.parse().ok()?),
        "rate" => {
            let (case, n) = rest.split_once(':')?;
            Pressed::Rate(case.parse().ok()?, n.parse().ok()?)
        }
        "forget" => Pressed::Forget(rest == "yes"),
        _ => return None,
    })
}

/// The key of what an update (its inbox row) stores: trail items, the
/// messages it relays.
pub(super) fn update_key(item: i64) -> String {
    format!("tg:{item}")
}

/// The icon drawn for a category, as an emoji for Telegram buttons.
fn emoji(icon: &str) -> &'static str {
    match icon {
        "passport" => "🛂",
        "briefcase" => "💼",
        "shield" => "🛡️",
        "house" => "🏠",
        "heart" => "❤️",
        "book" => "📚",
        "flag" => "🇵🇹",
        "scale" => "⚖️",
        _ => "ℹ️",
    }
}

impl TelegramBot {
    /// Handles one recorded update and marks it handled with its answers.
    pub(super) async fn handle(&self, item: &InboxItem) -> Result<()> {
        let now = self.now();
        let update: Update = match serde_json::from_str(&item.body) {
            Ok(u) => u,
            Err(e) => {
                tracing::warn!(item = item.id, error = %e, "Telegram inbox: unreadable update skipped");
                let nothing = Handled::default();
                self.handoff
                    .store
                    .inbox_finish(item.id, &nothing, now)
                    .await?;
                return Ok(());
            }
        };
        let handled = match self.turn(&update, item.id).await {
            Ok(h) => h.unwrap_or_default(),
            // A rule of the hand-off said no: answering again will not
            // change that.
            Err(BotError::Handoff(e)) => {
                tracing::warn!(item = item.id, error = %e, "Telegram: update not handled");
                Handled::default()
            }
            Err(e) => return Err(e),
        };
        self.handoff
            .store
            .inbox_finish(item.id, &handled, self.now())
            .await?;
        self.handoff.outbox_wake.notify_one();
        Ok(())
    }

    /// Gives up on an update that failed too often: marks it handled and
    /// tells the user it could not be handled, so they can try again.
    pub(super) async fn set_aside(&self, item: &InboxItem) {
        let sorry = match serde_json::from_str::<Update>(&item.body) {
            Ok(update) => self.sorry(&update).await,
            Err(_) => None,
        };
        let handled = match sorry {
            Some((visitor_id, answer)) => Handled {
                visitor_id,
                answers: vec![answer],
                ..Handled::default()
            },
            None => Handled::default(),
        };
        match self
            .handoff
            .store
            .inbox_finish(item.id, &handled, self.now())
            .await
        {
            Ok(()) => self.handoff.outbox_wake.notify_one(),
            Err(e) => {
                tracing::warn!(item = item.id, error = %e, "Telegram inbox: setting aside failed")
            }
        }
    }

    /// The apology for an update that could not be handled.
    async fn sorry(&self, update: &Update) -> Option<(i64, Payload)> {
        let (chat, from, file) = match &update.kind {
            UpdateKind::Message(m) if m.chat.is_private() => (
                m.chat.id,
                m.from.as_ref(),
                m.photo().is_some() || m.document().is_some(),
            ),
            UpdateKind::CallbackQuery(q) => match q.message.as_ref().map(|m| m.chat()) {
                Some(c) if c.is_private() => (c.id, Some(&q.from), false),
                _ => return None,
            },
            _ => return None,
        };
        let code = from.and_then(|u| u.language_code.as_deref());
        let visitor = self.visitor(&chat.0.to_string(), code).await.ok()?;
        let lang = self
            .handoff
            .store
            .talk_lang(visitor.id)
            .await
            .ok()
            .flatten()
            .unwrap_or(visitor.lang);
        let id = if file {
            "bot-file-failed"
        } else {
            "bot-update-failed"
        };
        let text = escape(&self.handoff.content.current().knowledge.ui(lang, id));
        Some((visitor.id, Answer::new(text, vec![]).payload()))
    }

    /// Works out the answers and what else the update leaves; `None` when
    /// there is no one to answer (an update from a group, or a user who
    /// was just forgotten).
    async fn turn(&self, update: &Update, item: i64) -> Result<Option<Handled>> {
        let (chat, from) = match &update.kind {
            UpdateKind::Message(m) if m.chat.is_private() => (m.chat.id, m.from.as_ref()),
            UpdateKind::CallbackQuery(q) => match q.message.as_ref().map(|m| m.chat()) {
                Some(c) if c.is_private() => (c.id, Some(&q.from)),
                _ => {
                    // Not ours to act on, but its spinner must stop.
                    self.answer_button(q, None).await;
                    return Ok(None);
                }
            },
            _ => return Ok(None),
        };
        let visitor = self
            .visitor(
                &chat.0.to_string(),
                from.and_then(|u| u.language_code.as_deref()),
            )
            .await?;
        let mut t = Turn {
            chat: chat.0.to_string(),
            visitor,
            item,
            key: update_key(item),
            content: self.handoff.content.current(),
            answers: Vec::new(),
            toast: None,
            trail: Vec::new(),
            talk_lang: None,
            reads: Vec::new(),
        };
        let keep = match &update.kind {
            UpdateKind::Message(m) => {
                self.on_message(&mut t, m).await?;
                true
            }
            UpdateKind::CallbackQuery(q) => {
                let outcome = match self.on_button(&mut t, q).await {
                    // A button of a case that is gone or not this user's
                    // (stale, or forged data): say it no longer works.
                    Err(BotError::Handoff(e)) => {
                        tracing::info!(item, error = %e, "Telegram: a button that no longer applies");
                        t.answers.clear();
                        t.expired();
                        Ok(true)
                    }
                    other => other,
                };
                // Answered whatever happened, so no button spins for ever
                // (a retry after an outage answers again; Telegram then
                // ignores it).
                self.answer_button(q, t.toast.take()).await;
                outcome?
            }
            _ => true,
        };
        Ok(keep.then(|| Handled {
            visitor_id: t.visitor.id,
            answers: t.answers.into_iter().map(Answer::payload).collect(),
            update_key: t.key,
            trail: t.trail,
            talk_lang: t.talk_lang,
            reads: t.reads,
        }))
    }

    /// Stops a pressed button's spinner, with a toast if there is one.
    async fn answer_button(&self, q: &CallbackQuery, toast: Option<String>) {
        let mut req = self.tg.answer_callback_query(q.id.clone());
        if let Some(toast) = toast {
            req = req.text(toast);
        }
        // Nothing is lost if it fails: the button only keeps spinning.
        if let Err(e) = req.await {
            tracing::debug!(error = %super::redact(&e, &self.token), "answerCallbackQuery failed");
        }
    }

    /// The visitor record of a chat: created on first contact in the
    /// language of the user's Telegram app, and unblocked when a user who
    /// had blocked the bot writes again.
    async fn visitor(&self, chat: &str, language_code: Option<&str>) -> Result<Visitor> {
        let store = &self.handoff.store;
        let lang = match store.find_visitor(Channel::Telegram, chat).await? {
            Some(mut v) => {
                if v.blocked {
                    store.set_visitor_blocked(v.id, false).await?;
                    v.blocked = false;
                }
                if self.now() - v.last_seen < SEEN_EVERY {
                    return Ok(v);
                }
                v.lang
            }
            None => self
                .handoff
                .content
                .current()
                .knowledge
                .settings
                .negotiate(&language_code.into_iter().collect::<Vec<_>>()),
        };
        Ok(store
            .visitor_for(Channel::Telegram, chat, lang, self.now())
            .await?)
    }

    /// The user chose a language: it is also the conversation's from now.
    async fn set_lang(&self, t: &mut Turn, lang: Lang) -> Result<()> {
        let store = &self.handoff.store;
        t.visitor = store
            .visitor_for(Channel::Telegram, &t.chat, lang, self.now())
            .await?;
        t.talk_lang = Some(lang);
        Ok(())
    }

    async fn open_case(&self, t: &Turn) -> Result<Option<Case>> {
        Ok(self.handoff.store.open_case_of(t.visitor.id).await?)
    }

    async fn on_message(&self, t: &mut Turn, m: &Message) -> Result<()> {
        if let Some(text) = m.text() {
            if let Some(cmd) = command(text) {
                return self.on_command(t, &cmd.name, cmd.arg).await;
            }
            if let Some(case) = self.open_case(t).await? {
                return self.relay_text(t, &case, text).await;
            }
            let content = t.content.clone();
            let phrases = self.phrases.of(&content);
            let person = phrases.person_asked_in(text);
            let talk = self
                .talk_lang(t, text, person.as_deref().unwrap_or(&[]))
                .await?;
            if person.is_some() {
                return self.ask_person(t, None).await;
            }
            if let Some((kind, langs)) = phrases.small_talk(text) {
                self.small_talk(t, kind, &langs, talk);
                return Ok(());
            }
            return self.search(t, text).await;
        }
        let file = if let Some(sizes) = m.photo() {
            sizes.iter().max_by_key(|p| p.width * p.height).map(|p| {
                (
                    p.file.id.clone(),
                    p.file.size,
                    format!("photo-{}.jpg", m.date.format("%Y%m%d-%H%M%S")),
                    "image/jpeg".to_string(),
                )
            })
        } else {
            m.document().map(|d| {
                (
                    d.file.id.clone(),
                    d.file.size,
                    d.file_name.clone().unwrap_or_else(|| "document".into()),
                    d.mime_type
                        .as_ref()
                        .map_or_else(|| "application/octet-stream".into(), |m| m.to_string()),
                )
            })
        };
        let Some((id, size, name, mime)) = file else {
            let text = t.ui("bot-unsupported");
            t.say(text, vec![]);
            return Ok(());
        };
        let Some(case) = self.open_case(t).await? else {
            let text = t.ui("bot-file-needs-person");
            let buttons = vec![t.button("bot-button-person", "person")];
            t.say(text, buttons);
            return Ok(());
        };
        self.relay_file(t, &case, id, size, &name, &mime, m.caption().unwrap_or(""))
            .await
    }

    async fn on_command(&self, t: &mut Turn, name: &str, arg: &str) -> Result<()> {
        match name {
            "start" if !arg.is_empty() => self.open_link(t, arg).await?,
            "start" => {
                let mut buttons = self.language_buttons(t);
                buttons.push(t.button("bot-button-menu", "menu"));
                t.say(t.ui("bot-welcome"), buttons);
            }
            "language" | "lang" => {
                let buttons = self.language_buttons(t);
                t.say(t.ui("bot-choose-language"), buttons);
            }
            "menu" => t.answers.push(self.menu(t)),
            "mediator" | "person" | "human" => self.ask_person(t, None).await?,
            "end" | "stop" => match self.open_case(t).await? {
                Some(case) => {
                    let was_waiting = case.status == CaseStatus::Waiting;
                    self.handoff.visitor_left(case.id).await?;
                    // With a mediator, the survey that follows says it ended.
                    if was_waiting {
                        t.say(t.ui("bot-cancelled"), vec![]);
                    }
                }
                None => t.say(t.ui("bot-nothing-to-end"), vec![]),
            },
            "privacy" => {
                let days = self.handoff.settings.retention_days.to_string();
                let text = t.ui_in(t.lang(), "bot-privacy", &[("days", days)]);
                t.say(text, vec![]);
            }
            "forget" => {
                let buttons = vec![
                    t.button("bot-button-forget-yes", "forget:yes"),
                    t.button("bot-button-forget-no", "forget:no"),
                ];
                t.say(t.ui("bot-forget-confirm"), buttons);
            }
            _ => t.say(t.ui("bot-help"), vec![t.button("bot-button-menu", "menu")]),
        }
        Ok(())
    }

    /// Returns false when the visitor is gone (forgotten) and nothing more
    /// may be stored or sent through the outbox.
    async fn on_button(&self, t: &mut Turn, q: &CallbackQuery) -> Result<bool> {
        let message = q.message.as_ref().map(|m| m.id().0);
        let Some(p) = q.data.as_deref().and_then(pressed) else {
            t.expired();
            return Ok(true);
        };
        match p {
            Pressed::Lang(lang) => {
                self.set_lang(t, lang).await?;
                let menu = self.menu(t);
                t.answers.push(
                    Answer::new(
                        format!("{}\n\n{}", t.ui("bot-language-set"), menu.text),
                        menu.buttons,
                    )
                    .editing(message),
                );
            }
            Pressed::Menu => t.answers.push(self.menu(t)),
            Pressed::Back => {
                let menu = self.menu(t).editing(message);
                t.answers.push(menu);
            }
            Pressed::Category(id) => {
                if let Some(cat) = t
                    .content
                    .knowledge
                    .categories_view(t.lang())
                    .into_iter()
                    .find(|c| c.id == id)
                {
                    let mut buttons: Buttons = cat
                        .articles
                        .iter()
                        .map(|a| vec![(a.title.clone(), format!("art:{}", a.id))])
                        .collect();
                    buttons.push(t.button("bot-button-back", "back"));
                    let text = t.ui_in(t.lang(), "bot-category", &[("category", cat.name)]);
                    t.answers.push(Answer::new(text, buttons).editing(message));
                } else {
                    t.expired();
                }
            }
            Pressed::Article(id, lang) => {
                let reader = t.visitor.lang;
                t.visitor.lang = lang.unwrap_or(reader);
                let shown = self.article(t, id).await;
                t.visitor.lang = reader;
                if !shown? {
                    t.expired();
                }
            }
            Pressed::Asked(item) => match self.asked_in(t, item).await? {
                Some(question) => self.answer_question(t, &question, None, item).await?,
                None => t.expired(),
            },
            Pressed::Feedback(id, helpful) => {
                if t.content.knowledge.article_meta(id).is_some() {
                    let day = crate::handoff::hours::local_day(
                        self.handoff.settings.timezone,
                        self.now(),
                    );
                    // For a 👎, what they had searched for tells the
                    // article's editors what was missing.
                    let searched = match helpful {
                        true => None,
                        false => self.search_before(&t.visitor, id).await?,
                    }
                    .map(|q| crate::store::anonymise_query(&q, |w| t.content.knows(w)));
                    self.handoff
                        .store
                        .record_feedback(day, id, t.lang(), helpful, searched.as_deref())
                        .await?;
                    t.toast = Some(t.content.knowledge.ui(t.lang(), "bot-feedback-thanks"));
                }
            }
            Pressed::Person(article) => self.ask_person(t, article.map(String::from)).await?,
            Pressed::Leave(case) => {
                let case = self.handoff.visitor_case(t.visitor.id, case).await?;
                match self.handoff.leave_message(case.id).await {
                    Ok(_) => t.say(t.ui("bot-left-message"), vec![]),
                    // Someone took it meanwhile: the visitor can just write.
                    Err(HandoffError::WrongState) => t.say(t.ui("bot-waiting"), vec![]),
                    Err(e) => return Err(e.into()),
                }
            }
            Pressed::Cancel(case) => {
                let case = self.handoff.visitor_case(t.visitor.id, case).await?;
                match self.handoff.visitor_left(case.id).await {
                    Ok(_) | Err(HandoffError::WrongState) => {
                        if case.status == CaseStatus::Waiting {
                            t.say(t.ui("bot-cancelled"), vec![]);
                        }
                    }
                    Err(e) => return Err(e.into()),
                }
            }
            Pressed::Rate(case, n) => {
                let case = self.handoff.visitor_case(t.visitor.id, case).await?;
                match self.handoff.rate(case.id, n).await {
                    // Rated already (a second tap): thank them all the same.
                    Ok(_) | Err(HandoffError::WrongState) => {
                        t.answers
                            .push(Answer::new(t.ui("bot-rating-thanks"), vec![]).editing(message));
                    }
                    Err(e) => return Err(e.into()),
                }
            }
            Pressed::Forget(false) => {
                t.answers
                    .push(Answer::new(t.ui("bot-forget-kept"), vec![]).editing(message));
            }
            Pressed::Forget(true) => {
                let done = t.ui("bot-forgotten");
                self.handoff.forget_visitor(t.visitor.id).await?;
                self.handoff.store.inbox_forget_chat(&t.chat).await?;
                // The visitor record is gone, and with it the outbox: this
                // one confirmation goes straight to Telegram.
                if let Some(id) = message {
                    let chat = ChatId(t.visitor.address.parse().unwrap_or_default());
                    let sent = self
                        .tg
                        .edit_message_text(chat, teloxide::types::MessageId(id), done)
                        .parse_mode(ParseMode::Html)
                        .await;
                    if let Err(e) = sent {
                        tracing::debug!(error = %super::redact(&e, &self.token), "forget confirmation not shown");
                    }
                }
                return Ok(false);
            }
        }
        Ok(true)
    }

    fn language_buttons(&self, t: &Turn) -> Buttons {
        let k = &t.content.knowledge;
        Lang::ALL
            .chunks(3)
            .map(|row| {
                row.iter()
                    .map(|l| (k.native_name(*l), format!("lang:{}", l.code())))
                    .collect()
            })
            .collect()
    }

    fn menu(&self, t: &Turn) -> Answer {
        let k = &t.content.knowledge;
        let buttons: Buttons = k
            .categories_view(t.lang())
            .chunks(2)
            .map(|row| {
                row.iter()
                    .map(|c| {
                        (
                            format!("{} {}", emoji(&c.icon), c.name),
                            format!("cat:{}", c.id),
                        )
                    })
                    .collect()
            })
            .collect();
        Answer::new(t.ui("bot-menu"), buttons)
    }

    /// An article in as many messages as it needs; the buttons go with the
    /// last one. False when there is no such article.
    pub(super) async fn article(&self, t: &mut Turn, id: &str) -> Result<bool> {
        let Some(view) = t.content.knowledge.render_article(id, t.lang()) else {
            return Ok(false);
        };
        t.trail.push((TrailKind::Read, id.to_string()));
        t.reads.push((id.to_string(), view.lang));
        let mut parts = format::article(&view);
        let mut buttons = vec![vec![
            (
                t.content.knowledge.ui(t.lang(), "bot-button-helpful"),
                format!("fb:{id}:1"),
            ),
            (
                t.content.knowledge.ui(t.lang(), "bot-button-not-helpful"),
                format!("fb:{id}:0"),
            ),
        ]];
        for r in view.related.iter().take(3) {
            buttons.push(vec![(format!("→ {}", r.title), format!("art:{}", r.id))]);
        }
        buttons.push(t.button("bot-button-person", format!("person:{id}")));
        buttons.push(t.button("bot-button-menu", "menu"));
        if !view.related.is_empty()
            && let Some(last) = parts.last_mut()
            && last.len() + 40 < format::MESSAGE_LIMIT
        {
            last.push_str(&format!("\n\n{}", t.ui("bot-related")));
        }
        let n = parts.len();
        for (i, part) in parts.into_iter().enumerate() {
            let b = if i + 1 == n {
                std::mem::take(&mut buttons)
            } else {
                vec![]
            };
            t.say(part, b);
        }
        Ok(true)
    }

    /// Queues the visitor for a mediator and says what to expect.
    /// The case opens in the language of the conversation, which is then
    /// the visitor's.
    async fn ask_person(&self, t: &mut Turn, article: Option<String>) -> Result<()> {
        if let Some(lang) = self.known_talk_lang(t).await? {
            t.visitor.lang = lang;
        }
        let mut context = self.case_context(&t.visitor).await?;
        if let Some(a) = &article
            && !context.read.contains(a)
        {
            context.read.push(a.clone());
        }
        let (case, avail) = self
            .handoff
            .request_person(PersonRequest {
                channel: Channel::Telegram,
                address: t.chat.clone(),
                lang: t.lang(),
                topic: None,
                context,
                article,
                site: None,
            })
            .await?;
        let cancel = t.button("bot-button-cancel", format!("cancel:{}", case.id));
        if avail.mediators_now > 0 && avail.open_now || case.status == CaseStatus::Active {
            t.say(
                format!("{}\n\n{}", escape(&avail.message), t.ui("bot-waiting")),
                vec![cancel],
            );
        } else {
            let leave = t.button("bot-button-leave-message", format!("leave:{}", case.id));
            t.say(escape(&avail.message), vec![leave, cancel]);
        }
        Ok(())
    }

    async fn relay_text(&self, t: &mut Turn, case: &Case, text: &str) -> Result<()> {
        // Telegram allows 4,096 characters, the transcript 4,000 per
        // message: a longer one is kept whole, in two.
        let chars: Vec<char> = text.chars().collect();
        for (i, chunk) in chars.chunks(MAX_TEXT_CHARS).enumerate() {
            let body: String = chunk.iter().collect();
            if body.trim().is_empty() {
                continue;
            }
            let key = if i == 0 {
                t.key.clone()
            } else {
                format!("{}:{i}", t.key)
            };
            self.handoff
                .visitor_message(case.id, &body, None, Some(key))
                .await?;
        }
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    async fn relay_file(
        &self,
        t: &mut Turn,
        case: &Case,
        id: FileId,
        size: u32,
        name: &str,
        mime: &str,
        caption: &str,
    ) -> Result<()> {
        let limit = MAX_FILE_MB * 1024 * 1024;
        let too_large = |t: &mut Turn| {
            let text = t.ui_in(
                t.lang(),
                "bot-file-too-large",
                &[("megabytes", MAX_FILE_MB.to_string())],
            );
            t.say(text, vec![]);
        };
        if size != u32::MAX && size > limit {
            too_large(t);
            return Ok(());
        }
        let file = self.tg.get_file(id).await?;
        let mut stream = self.tg.download_file_stream(&file.path);
        let mut bytes = Vec::new();
        while let Some(chunk) = stream.next().await {
            bytes.extend_from_slice(&chunk.map_err(teloxide::RequestError::from)?);
            if bytes.len() > limit as usize {
                too_large(t);
                return Ok(());
            }
        }
        self.handoff
            .visitor_file(case.id, name, mime, &bytes, caption, Some(t.key.clone()))
            .await?;
        t.say(t.ui("bot-file-received"), vec![]);
        Ok(())
    }

    /// A "continue on your phone" link from a kiosk.
    async fn open_link(&self, t: &mut Turn, token: &str) -> Result<()> {
        let target = links::take(self.handoff.store.as_ref(), token, &t.key, self.now()).await?;
        match target {
            Some(LinkTarget::Article { id, lang }) => {
                self.set_lang(t, lang).await?;
                if !self.article(t, &id).await? {
                    t.say(t.ui("bot-link-expired"), vec![]);
                }
            }
            Some(LinkTarget::Case { id, lang }) => {
                self.set_lang(t, lang).await?;
                match self
                    .handoff
                    .move_channel(id, Channel::Telegram, &t.chat, lang)
                    .await
                {
                    Ok(case) => self.history(t, &case).await?,
                    Err(HandoffError::WrongState | HandoffError::NotFound) => {
                        t.say(t.ui("bot-link-expired"), vec![]);
                    }
                    Err(e) => return Err(e.into()),
                }
            }
            None => t.say(t.ui("bot-link-expired"), vec![]),
        }
        Ok(())
    }

    /// The conversation so far, after it moved here from the kiosk.
    async fn history(&self, t: &mut Turn, case: &Case) -> Result<()> {
        let k = &t.content.knowledge;
        let you = k.ui(t.lang(), "bot-history-you");
        let mediator = k.ui(t.lang(), "bot-history-mediator");
        let lines: Vec<String> = self
            .handoff
            .store
            .messages(case.id)
            .await?
            .into_iter()
            .filter(|m| m.kind != MessageKind::Note)
            .map(|m| {
                let who = if m.author == Author::Visitor {
                    &you
                } else {
                    &mediator
                };
                format!("{who}: {}", m.body)
            })
            .collect();
        for part in format::lines(&k.ui(t.lang(), "bot-moved"), &lines) {
            t.say(part, vec![]);
        }
        let cancel = t.button("bot-button-cancel", format!("cancel:{}", case.id));
        t.say(t.ui("bot-waiting"), vec![cancel]);
        Ok(())
    }
}
