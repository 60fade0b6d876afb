//! Who can answer what, how long it will take, and what each mediator sees.

use chrono::{DateTime, Datelike, Duration, Utc};
use serde::Serialize;

use super::hours;
use super::model::{Case, CaseStatus, Mediator, Message, Presence, Ticket, TicketStatus};
use super::{Handoff, HandoffError, Result};
use crate::knowledge::facts;
use crate::knowledge::facts::FactValue;
use crate::lang::Lang;

/// Minutes per person in the queue when there is no recent pick-up to learn
/// from.
const DEFAULT_SECS_PER_PERSON: i64 = 5 * 60;
/// How long a mediator's "available" holds without being renewed.
const PRESENCE_HOURS: i64 = 12;
/// How many recent pick-ups the estimate learns from.
const RECENT_PICKUPS: i64 = 20;

/// An honest account of when a person can answer, with the sentence to tell
/// the visitor in their language.
#[derive(Debug, Clone, Serialize)]
pub struct Availability {
    /// Mediators available now who speak the language and cover the topic.
    pub mediators_now: usize,
    /// Whether it is within mediator hours.
    pub open_now: bool,
    pub next_opening: Option<DateTime<Utc>>,
    /// 1 for the next in line.
    pub position: usize,
    /// Expected wait in whole minutes, when someone is available.
    pub wait_minutes: Option<i64>,
    pub message: String,
    /// When the visitor is served in another language than their own, the
    /// sentence that says so (also at the start of `message`).
    pub routing_notice: Option<String>,
}

/// What a mediator's queue page shows.
#[derive(Debug, Clone, Serialize)]
pub struct QueueView {
    pub waiting: Vec<Case>,
    pub mine: Vec<Case>,
    pub tickets: Vec<Ticket>,
    /// Tickets this mediator has called and not finished.
    pub called: Vec<Ticket>,
    pub presence: Option<Presence>,
}

/// One case as its mediator sees it.
#[derive(Debug, Clone, Serialize)]
pub struct CaseView {
    pub case: Case,
    pub messages: Vec<Message>,
    /// The same person's earlier cases this mediator may open, newest
    /// first, with their transcripts.
    pub history: Vec<(Case, Vec<Message>)>,
    /// How many earlier cases of the person this mediator may not open
    /// (another topic or language): only their number, since even a topic
    /// or a date can say too much about a victim.
    pub withheld: usize,
}

fn median(sorted: &[i64]) -> Option<i64> {
    sorted.get(sorted.len() / 2).copied()
}

impl Handoff {
    /// Mediators who said they are available, within the last shift: a
    /// presence older than that is someone who forgot to sign out.
    pub(super) async fn present_now(&self) -> Result<Vec<(Mediator, Presence)>> {
        let shift_start = self.now() - Duration::hours(PRESENCE_HOURS);
        let mut out = Vec::new();
        for p in self.store.presences().await? {
            if p.available
                && p.since > shift_start
                && let Some(m) = self.store.mediator(p.mediator_id).await?
            {
                out.push((m, p));
            }
        }
        Ok(out)
    }

    /// The language a new case or ticket is served in: the visitor's when
    /// someone on duty who `fits` speaks it, else the first routing fallback
    /// that someone on duty speaks, else still the visitor's (the case then
    /// waits in sight of administrators, never invisible).
    pub(super) async fn serving_lang(
        &self,
        lang: Lang,
        fits: impl Fn(&Mediator, &Presence) -> bool,
    ) -> Result<Lang> {
        let present = self.present_now().await?;
        let fallback = self.settings.routing_fallback.get(&lang);
        let candidates = std::iter::once(&lang).chain(fallback.into_iter().flatten());
        for l in candidates {
            if present
                .iter()
                .any(|(m, p)| m.languages.contains(l) && fits(m, p))
            {
                return Ok(*l);
            }
        }
        Ok(lang)
    }

    /// The service a kiosk visitor gets a ticket for, when someone at a
    /// counter of `site` can serve them now in their language or its routing
    /// fallback: the topic's service; without a topic, the service covering
    /// general `services` if such a mediator serves it, else the first
    /// configured service one of them serves. `allowed` is what the kiosk
    /// may issue (empty: all).
    pub async fn counter_service(
        &self,
        site: &str,
        lang: Lang,
        topic: Option<&str>,
        allowed: &[String],
    ) -> Result<Option<String>> {
        let at_counter = |p: &Presence| p.site.as_deref() == Some(site) && p.counter.is_some();
        let serving = self.serving_lang(lang, |_, p| at_counter(p)).await?;
        let present: Vec<Mediator> = self
            .present_now()
            .await?
            .into_iter()
            .filter(|(m, p)| at_counter(p) && m.languages.contains(&serving))
            .map(|(m, _)| m)
            .collect();
        let issuable = |letter: &str| {
            (allowed.is_empty() || allowed.iter().any(|a| a == letter))
                && present.iter().any(|m| m.serves_service(letter))
        };
        let general = || self.settings.service_for("services");
        let service = match topic {
            Some(t) => self.settings.service_for(t).filter(|s| issuable(&s.letter)),
            None => general()
                .filter(|s| issuable(&s.letter))
                .or_else(|| self.settings.services.iter().find(|s| issuable(&s.letter))),
        };
        Ok(service.map(|s| s.letter.clone()))
    }

    /// Whether it is within mediator hours now, and when they next begin.
    pub fn open_now(&self) -> (bool, Option<DateTime<Utc>>) {
        let content = self.content.current();
        let hours = match content
            .knowledge
            .facts
            .get(&self.settings.mediator_hours_fact)
        {
            Some(f) => match &f.value {
                FactValue::Hours(h) => h.clone(),
                _ => Vec::new(),
            },
            None => Vec::new(),
        };
        let now = self.now();
        let tz = self.settings.timezone;
        (
            hours::is_open(&hours, tz, now),
            hours::next_opening(&hours, tz, now),
        )
    }

    /// Expected wait for the `position`-th in line when `serving` mediators
    /// are answering: the median of recent waits in that language, or five
    /// minutes a person when there are none, shared among the mediators.
    async fn estimate(&self, lang: Lang, position: usize, serving: usize) -> Result<i64> {
        let since = self.now().date_naive() - Duration::days(14);
        let mut waits = self.store.recent_waits(lang, since, RECENT_PICKUPS).await?;
        waits.sort_unstable();
        let per_person = median(&waits).unwrap_or(DEFAULT_SECS_PER_PERSON).max(60);
        let secs = per_person * position as i64 / serving.max(1) as i64;
        Ok((secs + 59) / 60)
    }

    /// The honest answer for a waiting case.
    pub async fn availability_for_case(&self, case: &Case) -> Result<Availability> {
        let waiting = self.store.cases_in(&[CaseStatus::Waiting]).await?;
        let position = 1 + waiting
            .iter()
            .filter(|c| {
                c.serve_lang == case.serve_lang && c.queued_at < case.queued_at && c.id != case.id
            })
            .count();
        let serving = self
            .present_now()
            .await?
            .iter()
            .filter(|(m, _)| m.serves_case(case))
            .count();
        let avail = self.availability(case.lang, position, serving).await?;
        Ok(self.with_routing_notice(avail, case.lang, case.serve_lang))
    }

    /// Says so first when the visitor will be served in another language
    /// than their own.
    pub(super) fn with_routing_notice(
        &self,
        mut avail: Availability,
        lang: Lang,
        serve_lang: Lang,
    ) -> Availability {
        if serve_lang != lang {
            let content = self.content.current();
            let k = &content.knowledge;
            let serving = k.ui_with(serve_lang, "language-native-name", &[]);
            let notice = k.ui_with(lang, "handoff-routed-fallback", &[("serving", serving)]);
            avail.message = format!("{notice} {}", avail.message);
            avail.routing_notice = Some(notice);
        }
        avail
    }

    /// Composes the sentence for a visitor from who is present and the hours.
    pub(super) async fn availability(
        &self,
        lang: Lang,
        position: usize,
        serving: usize,
    ) -> Result<Availability> {
        let (open_now, next_opening) = self.open_now();
        let content = self.content.current();
        let k = &content.knowledge;
        let helpline = k
            .fact_text(lang, &self.settings.helpline_fact)
            .unwrap_or_default();
        let hours = k
            .fact_text(lang, &self.settings.mediator_hours_fact)
            .unwrap_or_default();
        let (wait_minutes, message) = if serving > 0 && open_now {
            let minutes = self.estimate(lang, position, serving).await?;
            let msg = k.ui_with(
                lang,
                "handoff-wait",
                &[
                    ("position", position.to_string()),
                    ("minutes", minutes.to_string()),
                ],
            );
            (Some(minutes), msg)
        } else if open_now {
            (
                None,
                k.ui_with(lang, "handoff-nobody-now", &[("helpline", helpline)]),
            )
        } else {
            let when = next_opening.map(|t| self.when(lang, t)).unwrap_or_default();
            let msg = k.ui_with(
                lang,
                "handoff-closed",
                &[("hours", hours), ("next", when), ("helpline", helpline)],
            );
            (None, msg)
        };
        Ok(Availability {
            mediators_now: if open_now { serving } else { 0 },
            open_now,
            next_opening,
            position,
            wait_minutes,
            message,
            routing_notice: None,
        })
    }

    /// A moment in the visitor's language and the site's time zone:
    /// weekday, date and time.
    pub(super) fn when(&self, lang: Lang, t: DateTime<Utc>) -> String {
        let local = t.with_timezone(&self.settings.timezone);
        let content = self.content.current();
        let k = &content.knowledge;
        let ui = |id: &str, args: &[(&str, String)]| k.ui_with(lang, id, args);
        let weekday = ui(
            &format!("weekday-{}", local.weekday().to_string().to_lowercase()),
            &[],
        );
        format!(
            "{weekday} {}, {}",
            facts::date(local.date_naive(), &ui),
            local.format("%H:%M")
        )
    }

    /// What `who` may see and act on right now.
    pub async fn queue(&self, who: &Mediator) -> Result<QueueView> {
        let open = self
            .store
            .cases_in(&[CaseStatus::Waiting, CaseStatus::Active])
            .await?;
        let (waiting, rest): (Vec<Case>, Vec<Case>) = open
            .into_iter()
            .partition(|c| c.status == CaseStatus::Waiting);
        // Administrators see every waiting case, so none is ever invisible.
        let waiting = waiting
            .into_iter()
            .filter(|c| who.is_admin() || who.serves_case(c))
            .collect();
        let mine = rest
            .into_iter()
            .filter(|c| c.mediator_id == Some(who.id))
            .collect();
        let presence = self
            .store
            .presences()
            .await?
            .into_iter()
            .find(|p| p.mediator_id == who.id);
        let (mut tickets, mut called) = (Vec::new(), Vec::new());
        if let Some(site) = presence.as_ref().and_then(|p| p.site.clone()) {
            for t in self
                .store
                .tickets(&site, &[TicketStatus::Waiting, TicketStatus::Called])
                .await?
            {
                if t.status == TicketStatus::Waiting && (who.is_admin() || who.serves_ticket(&t)) {
                    tickets.push(t);
                } else if t.status == TicketStatus::Called && t.mediator_id == Some(who.id) {
                    called.push(t);
                }
            }
        }
        Ok(QueueView {
            waiting,
            mine,
            tickets,
            called,
            presence,
        })
    }

    /// A case `who` may read: one they serve, or any for an administrator.
    pub async fn case_for(&self, who: &Mediator, case_id: i64) -> Result<Case> {
        let case = self.case(case_id).await?;
        if !who.may_open(&case) {
            return Err(HandoffError::NotYours);
        }
        Ok(case)
    }

    /// Opens a case for reading, with the person's earlier cases that `who`
    /// may open by the same rule; each shown is recorded in the audit log
    /// once per `session` and half hour.
    pub async fn case_view(&self, who: &Mediator, case_id: i64, session: &str) -> Result<CaseView> {
        let case = self.case_for(who, case_id).await?;
        let messages = self.store.messages(case.id).await?;
        let (mut history, mut withheld) = (Vec::new(), 0);
        for earlier in self.store.cases_of_visitor(case.visitor_id).await? {
            if earlier.id == case.id {
                continue;
            }
            if who.may_open(&earlier) {
                let m = self.store.messages(earlier.id).await?;
                history.push((earlier, m));
            } else {
                withheld += 1;
            }
        }
        let shown: Vec<i64> = std::iter::once(case.id)
            .chain(history.iter().map(|(c, _)| c.id))
            .collect();
        self.audit_opened(who, session, &shown).await?;
        Ok(CaseView {
            case,
            messages,
            history,
            withheld,
        })
    }

    /// Where a mediator works now. A site and counter must be configured.
    pub async fn set_presence(
        &self,
        who: &Mediator,
        site: Option<String>,
        counter: Option<String>,
        available: bool,
    ) -> Result<Presence> {
        if let Some(s) = &site {
            let known = self.settings.site(s).ok_or(HandoffError::UnknownPlace)?;
            if let Some(c) = &counter
                && !known.counters.contains(c)
            {
                return Err(HandoffError::UnknownPlace);
            }
        } else if counter.is_some() {
            return Err(HandoffError::UnknownPlace);
        }
        let p = Presence {
            mediator_id: who.id,
            site,
            counter,
            available,
            since: self.now(),
        };
        self.store.set_presence(&p).await?;
        Ok(p)
    }
}
