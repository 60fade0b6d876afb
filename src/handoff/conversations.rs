//! Conversations: a visitor asks for a person, a mediator takes the case,
//! they write to each other, and the case is transferred, handed back to
//! the bot or closed.

use serde::Deserialize;
use serde_json::json;

use super::model::{
    Author, Case, CaseContext, CaseStatus, Channel, EventKind, Mediator, MessageKind, Outcome,
    Payload, PayloadKind, Visitor,
};
use super::{Availability, Handoff, HandoffError, Result};
use crate::lang::Lang;
use crate::store::{Applied, CaseChange, NewCase, NewMessage, RatingRow, StatRow};

/// How long a kiosk chat's page may be silent before the visitor counts as
/// gone: longer than the kiosk's own 10-minute guard, so a lobby network
/// outage shorter than that does not end the conversation.
pub const KIOSK_GONE_AFTER: chrono::Duration = chrono::Duration::minutes(10);

/// Longest message accepted from anyone.
pub const MAX_TEXT_CHARS: usize = 4000;

/// A visitor asking for a person.
#[derive(Debug, Clone)]
pub struct PersonRequest {
    pub channel: Channel,
    pub address: String,
    pub lang: Lang,
    /// An article category, or an article whose category is used.
    pub topic: Option<String>,
    pub article: Option<String>,
    pub site: Option<String>,
    pub context: CaseContext,
}

/// Where a mediator sends a case on.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Transfer {
    pub mediator_id: Option<i64>,
    pub lang: Option<Lang>,
    pub topic: Option<String>,
}

fn text(body: &str) -> Result<String> {
    let t = body.trim();
    if t.is_empty() || t.chars().count() > MAX_TEXT_CHARS {
        return Err(HandoffError::BadText);
    }
    Ok(t.to_string())
}

/// A reply must reach the visitor whole: Telegram refuses texts over 4096
/// UTF-16 units, so replies are counted as Telegram and browsers count
/// (an emoji is two), and refused here rather than lost there.
fn reply_text(body: &str) -> Result<String> {
    let t = body.trim();
    if t.encode_utf16().count() > MAX_TEXT_CHARS {
        return Err(HandoffError::ReplyTooLong);
    }
    text(t)
}

fn notice(kind: PayloadKind, text: String) -> Payload {
    Payload {
        kind,
        text,
        message_id: None,
        extra: serde_json::Value::Null,
    }
}

impl Handoff {
    pub(super) async fn case(&self, id: i64) -> Result<Case> {
        self.store.case(id).await?.ok_or(HandoffError::NotFound)
    }

    /// Applies a change if the case is still in one of `expect` (else
    /// `lost`), then pushes its events.
    async fn change_case(
        &self,
        id: i64,
        expect: &[CaseStatus],
        change: CaseChange,
        fx: crate::store::Effects,
        lost: HandoffError,
    ) -> Result<Case> {
        let (case, applied) = self
            .store
            .update_case(id, expect, &change, fx)
            .await?
            .ok_or(lost)?;
        self.publish(applied);
        Ok(case)
    }

    /// A visitor's case that can still take messages.
    async fn open_case(&self, id: i64) -> Result<Case> {
        let case = self.case(id).await?;
        if !matches!(case.status, CaseStatus::Waiting | CaseStatus::Active) {
            return Err(HandoffError::WrongState);
        }
        Ok(case)
    }

    /// Queues a visitor for a person, or returns the case they already have
    /// open, with an honest account of when someone can answer.
    pub async fn request_person(&self, req: PersonRequest) -> Result<(Case, Availability)> {
        let content = self.content.current();
        let k = &content.knowledge;
        let topic = match (&req.topic, &req.article) {
            (Some(t), _) if k.categories.iter().any(|c| &c.id == t) => t.clone(),
            (Some(_), _) => return Err(HandoffError::UnknownTopic),
            (None, Some(a)) => k
                .article_meta(a)
                .map(|m| m.category.clone())
                .ok_or(HandoffError::UnknownTopic)?,
            // Without a topic the general services queue takes it.
            (None, None) => "services".to_string(),
        };
        let article = req.article.filter(|a| k.article_meta(a).is_some());
        let visitor = self
            .store
            .visitor_for(req.channel, &req.address, req.lang, self.now())
            .await?;
        if let Some(open) = self.store.open_case_of(visitor.id).await? {
            let avail = self.availability_for_case(&open).await?;
            return Ok((open, avail));
        }
        let serve_lang = self
            .serving_lang(req.lang, |m, _| m.covers_topic(&topic))
            .await?;
        let mut fx = self.effects();
        fx.events.push(Self::event(
            EventKind::Queued,
            None,
            json!({ "channel": req.channel }),
        ));
        let new = NewCase {
            visitor_id: visitor.id,
            channel: req.channel,
            lang: req.lang,
            serve_lang,
            topic,
            article,
            site: req.site,
            context: req.context,
            at: self.now(),
        };
        let (case, applied) = self.store.open_case(&new, fx).await?;
        self.publish(applied);
        let avail = self.availability_for_case(&case).await?;
        Ok((case, avail))
    }

    /// A case of this visitor's (a channel checks this before acting on a
    /// case number the visitor sent back).
    pub async fn visitor_case(&self, visitor_id: i64, case_id: i64) -> Result<Case> {
        let case = self.case(case_id).await?;
        if case.visitor_id != visitor_id {
            return Err(HandoffError::NotFound);
        }
        Ok(case)
    }

    pub async fn visitor(&self, channel: Channel, address: &str) -> Result<Option<Visitor>> {
        Ok(self.store.find_visitor(channel, address).await?)
    }

    /// A message from the visitor into their open case. `dedup_key` is the
    /// channel's own id for it, so a retried delivery is stored once.
    pub async fn visitor_message(
        &self,
        case_id: i64,
        body: &str,
        file_id: Option<i64>,
        dedup_key: Option<String>,
    ) -> Result<Applied> {
        let body = if file_id.is_some() {
            body.trim().to_string()
        } else {
            text(body)?
        };
        let case = self.open_case(case_id).await?;
        let mut fx = self.effects();
        fx.messages.push(NewMessage {
            author: Author::Visitor,
            mediator_id: None,
            kind: if file_id.is_some() {
                MessageKind::File
            } else {
                MessageKind::Text
            },
            body,
            file_id,
            dedup_key,
            deliver: None,
        });
        fx.events.push(Self::event(
            EventKind::Message,
            None,
            json!({ "from": "visitor" }),
        ));
        let applied = self.store.append(case.id, fx).await?;
        Ok(self.publish(applied))
    }

    /// Stores a file the visitor sent, then the message that shows it.
    pub async fn visitor_file(
        &self,
        case_id: i64,
        name: &str,
        mime: &str,
        bytes: &[u8],
        caption: &str,
        dedup_key: Option<String>,
    ) -> Result<Applied> {
        let case = self.open_case(case_id).await?;
        let file = self
            .store
            .add_file(case.id, name, mime, bytes, self.now())
            .await?;
        self.visitor_message(case.id, caption, Some(file), dedup_key)
            .await
    }

    /// The visitor will not wait: their message stays queued for when
    /// mediators are back.
    pub async fn leave_message(&self, case_id: i64) -> Result<Case> {
        let change = CaseChange {
            left_message: Some(true),
            ..CaseChange::default()
        };
        self.change_case(
            case_id,
            &[CaseStatus::Waiting],
            change,
            self.effects(),
            HandoffError::WrongState,
        )
        .await
    }

    /// The visitor went away (ended the chat, left the kiosk, or its page
    /// is gone). Asked for a rating if a mediator attended; the outcome is
    /// theirs to give, so it is recorded as "visitor left".
    pub async fn visitor_left(&self, case_id: i64) -> Result<Case> {
        let case = self.case(case_id).await?;
        let mut fx = self.effects();
        fx.events
            .push(Self::event(EventKind::Left, None, json!({})));
        if case.status == CaseStatus::Active {
            fx.notices.push(notice(
                PayloadKind::Survey,
                self.ui(case.lang, "handoff-survey", &[]),
            ));
        }
        let change = CaseChange {
            status: Some(CaseStatus::Closed),
            closed_at: Some(self.now()),
            outcome: Some(Outcome::VisitorLeft),
            ..CaseChange::default()
        };
        self.change_case(
            case_id,
            &[CaseStatus::Waiting, CaseStatus::Active],
            change,
            fx,
            HandoffError::WrongState,
        )
        .await
    }

    /// A kiosk visitor is still there: their page sent a heartbeat or
    /// opened its stream.
    pub async fn kiosk_visitor_seen(&self, visitor_id: i64) -> Result<()> {
        Ok(self.store.touch_visitor(visitor_id, self.now()).await?)
    }

    /// Ends the kiosk chats whose page is gone: no open stream (`connected`
    /// says, by chat address) and no heartbeat for longer than
    /// [`KIOSK_GONE_AFTER`]. A chat that moved to the phone is no longer a
    /// kiosk chat and is left alone.
    pub async fn end_abandoned_kiosk_chats(
        &self,
        connected: impl Fn(&str) -> bool,
    ) -> Result<usize> {
        let mut ended = 0;
        for (case, secret) in self
            .store
            .silent_kiosk_chats(self.now() - KIOSK_GONE_AFTER)
            .await?
        {
            if connected(&secret) {
                continue;
            }
            match self.visitor_left(case.id).await {
                Ok(_) => ended += 1,
                // Closed by someone else meanwhile.
                Err(HandoffError::WrongState) => {}
                Err(e) => return Err(e),
            }
        }
        Ok(ended)
    }

    /// A mediator takes a waiting case. Exactly one of two simultaneous
    /// claims wins; the other gets [`HandoffError::Taken`].
    pub async fn claim(&self, who: &Mediator, case_id: i64) -> Result<Case> {
        let case = self.case(case_id).await?;
        if !(who.is_admin() || who.serves_case(&case)) {
            return Err(HandoffError::NotYours);
        }
        let now = self.now();
        let mut fx = self.effects();
        fx.events.push(Self::event(
            EventKind::Claimed,
            Some(who),
            json!({ "name": who.name }),
        ));
        fx.notices.push(notice(
            PayloadKind::Notice,
            self.ui(case.lang, "handoff-claimed", &[("name", who.name.clone())]),
        ));
        fx.stat = Some(StatRow {
            day: super::hours::local_day(self.settings.timezone, now),
            site: case.site.clone(),
            channel: case.channel.as_str().into(),
            lang: case.lang,
            topic: case.topic.clone(),
            service: None,
            wait_secs: (now - case.queued_at).num_seconds().max(0),
        });
        let change = CaseChange {
            status: Some(CaseStatus::Active),
            mediator_id: Some(Some(who.id)),
            target_mediator: Some(None),
            claimed_at: Some(Some(now)),
            ..CaseChange::default()
        };
        let case = self
            .change_case(
                case_id,
                &[CaseStatus::Waiting],
                change,
                fx,
                HandoffError::Taken,
            )
            .await?;
        self.audit(who, "claim", Some(case_id)).await?;
        Ok(case)
    }

    /// The case, if `who` is the mediator it is with.
    pub(super) async fn mine(&self, who: &Mediator, case_id: i64) -> Result<Case> {
        let case = self.case(case_id).await?;
        if case.status != CaseStatus::Active {
            return Err(HandoffError::WrongState);
        }
        if case.mediator_id != Some(who.id) {
            return Err(HandoffError::NotYours);
        }
        Ok(case)
    }

    /// A reply to the visitor, delivered through the outbox.
    pub async fn reply(&self, who: &Mediator, case_id: i64, body: &str) -> Result<Applied> {
        let body = reply_text(body)?;
        let case = self.mine(who, case_id).await?;
        let mut fx = self.effects();
        fx.messages.push(NewMessage {
            author: Author::Mediator,
            mediator_id: Some(who.id),
            kind: MessageKind::Text,
            body: body.clone(),
            file_id: None,
            dedup_key: None,
            deliver: Some(notice(PayloadKind::Reply, body)),
        });
        fx.events.push(Self::event(
            EventKind::Message,
            Some(who),
            json!({ "from": "mediator" }),
        ));
        let applied = self.store.append(case.id, fx).await?;
        Ok(self.publish(applied))
    }

    /// An internal note: in the transcript for mediators, never sent.
    pub async fn note(&self, who: &Mediator, case_id: i64, body: &str) -> Result<Applied> {
        let body = text(body)?;
        let case = self.case(case_id).await?;
        if !who.serves_case(&case) {
            return Err(HandoffError::NotYours);
        }
        let mut fx = self.effects();
        fx.messages.push(NewMessage {
            author: Author::Mediator,
            mediator_id: Some(who.id),
            kind: MessageKind::Note,
            body,
            file_id: None,
            dedup_key: None,
            deliver: None,
        });
        fx.events
            .push(Self::event(EventKind::Note, Some(who), json!({})));
        let applied = self.store.append(case.id, fx).await?;
        Ok(self.publish(applied))
    }

    /// Sends a case back to the queue for another mediator, language or
    /// topic. The visitor is told and keeps their place.
    pub async fn transfer(&self, who: &Mediator, case_id: i64, to: &Transfer) -> Result<Case> {
        let case = self.case(case_id).await?;
        // Administrators may move any open case (one left waiting in a
        // language nobody on duty speaks, or with someone gone home).
        let allowed = match case.status {
            CaseStatus::Active => case.mediator_id == Some(who.id) || who.is_admin(),
            CaseStatus::Waiting => who.serves_case(&case) || who.is_admin(),
            _ => return Err(HandoffError::WrongState),
        };
        if !allowed {
            return Err(HandoffError::NotYours);
        }
        if let Some(t) = &to.topic
            && !self
                .content
                .current()
                .knowledge
                .categories
                .iter()
                .any(|c| &c.id == t)
        {
            return Err(HandoffError::UnknownTopic);
        }
        if let Some(m) = to.mediator_id
            && self.store.mediator(m).await?.is_none()
        {
            return Err(HandoffError::UnknownMediator);
        }
        let mut fx = self.effects();
        fx.events.push(Self::event(
            EventKind::Transferred,
            Some(who),
            json!({ "to_mediator": to.mediator_id, "to_lang": to.lang, "to_topic": to.topic }),
        ));
        fx.notices.push(notice(
            PayloadKind::Notice,
            self.ui(case.lang, "handoff-transferred", &[]),
        ));
        let change = CaseChange {
            status: Some(CaseStatus::Waiting),
            mediator_id: Some(None),
            target_mediator: Some(to.mediator_id),
            // The visitor still reads their own language.
            serve_lang: to.lang,
            topic: to.topic.clone(),
            ..CaseChange::default()
        };
        let case = self
            .change_case(case_id, &[case.status], change, fx, HandoffError::Taken)
            .await?;
        // So the mediator who sent it on can be told where it went.
        self.audit(who, super::audit::action::TRANSFER, Some(case_id))
            .await?;
        Ok(case)
    }

    /// Gives the conversation back to the bot; the visitor may ask for a
    /// person again.
    pub async fn hand_back(&self, who: &Mediator, case_id: i64) -> Result<Case> {
        let case = self.mine(who, case_id).await?;
        let mut fx = self.effects();
        fx.events
            .push(Self::event(EventKind::HandedBack, Some(who), json!({})));
        fx.notices.push(notice(
            PayloadKind::Notice,
            self.ui(case.lang, "handoff-handed-back", &[]),
        ));
        // A mediator attended: asked for a rating as after a close.
        fx.notices.push(notice(
            PayloadKind::Survey,
            self.ui(case.lang, "handoff-survey", &[]),
        ));
        let change = CaseChange {
            status: Some(CaseStatus::Bot),
            closed_at: Some(self.now()),
            ..CaseChange::default()
        };
        self.change_case(
            case_id,
            &[CaseStatus::Active],
            change,
            fx,
            HandoffError::Taken,
        )
        .await
    }

    /// Closes the case with an outcome; the visitor is asked for a rating.
    pub async fn close(&self, who: &Mediator, case_id: i64, outcome: Outcome) -> Result<Case> {
        let case = self.mine(who, case_id).await?;
        let mut fx = self.effects();
        fx.events.push(Self::event(
            EventKind::Closed,
            Some(who),
            json!({ "outcome": outcome }),
        ));
        fx.notices.push(notice(
            PayloadKind::Survey,
            self.ui(case.lang, "handoff-survey", &[]),
        ));
        let change = CaseChange {
            status: Some(CaseStatus::Closed),
            closed_at: Some(self.now()),
            outcome: Some(outcome),
            ..CaseChange::default()
        };
        self.change_case(
            case_id,
            &[CaseStatus::Active],
            change,
            fx,
            HandoffError::Taken,
        )
        .await
    }

    /// The visitor's 1–5 rating of a closed case; only the first counts.
    pub async fn rate(&self, case_id: i64, rating: i64) -> Result<Case> {
        if !(1..=5).contains(&rating) {
            return Err(HandoffError::BadRating);
        }
        let case = self.case(case_id).await?;
        if case.rating.is_some() || case.claimed_at.is_none() {
            return Err(HandoffError::WrongState);
        }
        let mut fx = self.effects();
        fx.events.push(Self::event(
            EventKind::Rated,
            None,
            json!({ "rating": rating }),
        ));
        fx.rating = Some(RatingRow {
            day: super::hours::local_day(self.settings.timezone, self.now()),
            site: case.site.clone(),
            topic: case.topic.clone(),
            service: self
                .settings
                .service_for(&case.topic)
                .map(|s| s.letter.clone()),
            rating,
        });
        let change = CaseChange {
            rating: Some(rating),
            ..CaseChange::default()
        };
        self.change_case(
            case_id,
            &[CaseStatus::Closed, CaseStatus::Bot],
            change,
            fx,
            HandoffError::WrongState,
        )
        .await
    }

    /// Moves a conversation to another channel (a kiosk visitor continues
    /// on Telegram); its history and undelivered messages go with it.
    pub async fn move_channel(
        &self,
        case_id: i64,
        channel: Channel,
        address: &str,
        lang: Lang,
    ) -> Result<Case> {
        let visitor = self
            .store
            .visitor_for(channel, address, lang, self.now())
            .await?;
        let mut fx = self.effects();
        fx.events.push(Self::event(
            EventKind::ChannelChanged,
            None,
            json!({ "channel": channel }),
        ));
        if self.case(case_id).await?.channel == Channel::Kiosk {
            fx.notices.extend(self.documents_for_phone(case_id).await?);
        }
        let change = CaseChange {
            visitor: Some((visitor.id, channel)),
            ..CaseChange::default()
        };
        let case = self
            .change_case(
                case_id,
                &[CaseStatus::Waiting, CaseStatus::Active],
                change,
                fx,
                HandoffError::WrongState,
            )
            .await?;
        // What waited for the old channel's retry goes out on the new one now.
        self.channel_up(visitor.id);
        Ok(case)
    }
}
