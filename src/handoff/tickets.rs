//! Queue tickets at a site: issued by a kiosk, called by a mediator at a
//! counter, shown on the lobby display.

use serde::Serialize;
use serde_json::json;

use super::model::{EventKind, Mediator, Ticket, TicketStatus};
use super::{Availability, Handoff, HandoffError, Result};
use crate::lang::Lang;
use crate::store::{NewTicket, StatRow, TicketChange};

/// A ticket just issued, with what the visitor is told.
#[derive(Debug, Clone, Serialize)]
pub struct IssuedTicket {
    pub ticket: Ticket,
    pub label: String,
    /// When it was issued, in the visitor's language and the site's time
    /// zone (browsers know no Kriolu month names), for the printed ticket.
    pub issued_text: String,
    pub availability: Availability,
}

impl Handoff {
    /// Issues the next number for a service at a site. The service is given,
    /// or found from the topic.
    pub async fn issue_ticket(
        &self,
        site: &str,
        kiosk: Option<&str>,
        service: Option<&str>,
        topic: Option<&str>,
        lang: Lang,
    ) -> Result<IssuedTicket> {
        self.settings.site(site).ok_or(HandoffError::UnknownPlace)?;
        let service = match (service, topic) {
            (Some(s), _) => self.settings.service(s),
            (None, Some(t)) => self.settings.service_for(t),
            (None, None) => None,
        }
        .ok_or(HandoffError::UnknownService)?;
        let serve_lang = self
            .serving_lang(lang, |m, p| {
                p.site.as_deref() == Some(site)
                    && p.counter.is_some()
                    && m.serves_service(&service.letter)
            })
            .await?;
        let now = self.now();
        let mut fx = self.effects();
        fx.events
            .push(Self::event(EventKind::TicketIssued, None, json!({})));
        let new = NewTicket {
            site: site.into(),
            service: service.letter.clone(),
            day: super::hours::local_day(self.settings.timezone, now),
            lang,
            serve_lang,
            topic: topic.map(str::to_string),
            kiosk: kiosk.map(str::to_string),
            at: now,
        };
        let (ticket, applied) = self.store.issue_ticket(&new, fx).await?;
        self.publish(applied);
        let availability = self.availability_for_ticket(&ticket).await?;
        Ok(IssuedTicket {
            label: ticket.label(),
            issued_text: self.when(lang, ticket.issued_at),
            ticket,
            availability,
        })
    }

    /// Where a ticket stands and when it will likely be called.
    pub async fn availability_for_ticket(&self, ticket: &Ticket) -> Result<Availability> {
        let waiting = self
            .store
            .tickets(&ticket.site, &[TicketStatus::Waiting])
            .await?;
        let position = 1 + waiting
            .iter()
            .filter(|t| t.service == ticket.service && t.id < ticket.id)
            .count();
        let serving = self
            .present_now()
            .await?
            .iter()
            .filter(|(m, p)| p.site.as_deref() == Some(&ticket.site) && m.serves_ticket(ticket))
            .count();
        let avail = self.availability(ticket.lang, position, serving).await?;
        Ok(self.with_routing_notice(avail, ticket.lang, ticket.serve_lang))
    }

    /// The counter `who` sits at.
    async fn counter_of(&self, who: &Mediator) -> Result<(String, String)> {
        let p = self
            .store
            .presences()
            .await?
            .into_iter()
            .find(|p| p.mediator_id == who.id);
        match p {
            Some(p) => match (p.site, p.counter) {
                (Some(s), Some(c)) => Ok((s, c)),
                _ => Err(HandoffError::NoCounter),
            },
            None => Err(HandoffError::NoCounter),
        }
    }

    /// Calls the oldest ticket at this mediator's site that they can serve;
    /// the ticket they called before is done. With nobody waiting, the
    /// current ticket stays called: the person may still be at the counter.
    pub async fn call_next(&self, who: &Mediator) -> Result<Ticket> {
        let (site, counter) = self.counter_of(who).await?;
        let before: Vec<Ticket> = self
            .store
            .tickets(&site, &[TicketStatus::Called])
            .await?
            .into_iter()
            .filter(|t| t.mediator_id == Some(who.id))
            .collect();
        // Another mediator may call the same ticket at the same moment: the
        // loser moves on to the next one.
        for t in self.store.tickets(&site, &[TicketStatus::Waiting]).await? {
            if !who.serves_ticket(&t) {
                continue;
            }
            let now = self.now();
            let mut fx = self.effects();
            fx.events.push(Self::event(
                EventKind::TicketCalled,
                Some(who),
                json!({ "label": t.label(), "counter": counter }),
            ));
            fx.stat = Some(StatRow {
                day: t.day,
                site: Some(site.clone()),
                channel: "ticket".into(),
                lang: t.lang,
                topic: t.topic.clone().unwrap_or_default(),
                service: Some(t.service.clone()),
                wait_secs: (now - t.issued_at).num_seconds().max(0),
            });
            let change = TicketChange {
                status: Some(TicketStatus::Called),
                mediator_id: Some(who.id),
                counter: Some(counter.clone()),
                called_at: Some(now),
                call: true,
            };
            if let Some((ticket, applied)) = self
                .store
                .update_ticket(t.id, &[TicketStatus::Waiting], &change, fx)
                .await?
            {
                self.publish(applied);
                for t in &before {
                    // Finished meanwhile (the Done button) is fine.
                    match self.finish_ticket(who, t.id).await {
                        Ok(_) | Err(HandoffError::WrongState | HandoffError::Taken) => {}
                        Err(e) => return Err(e),
                    }
                }
                return Ok(ticket);
            }
        }
        Err(HandoffError::NothingWaiting)
    }

    async fn my_called(&self, who: &Mediator, id: i64) -> Result<Ticket> {
        let t = self.store.ticket(id).await?.ok_or(HandoffError::NotFound)?;
        if t.status != TicketStatus::Called {
            return Err(HandoffError::WrongState);
        }
        if t.mediator_id != Some(who.id) {
            return Err(HandoffError::NotYours);
        }
        Ok(t)
    }

    /// Calls a ticket again (the person has not come yet).
    pub async fn recall(&self, who: &Mediator, id: i64) -> Result<Ticket> {
        let t = self.my_called(who, id).await?;
        let mut fx = self.effects();
        fx.events.push(Self::event(
            EventKind::TicketRecalled,
            Some(who),
            json!({ "label": t.label(), "counter": t.counter }),
        ));
        let change = TicketChange {
            called_at: Some(self.now()),
            call: true,
            ..TicketChange::default()
        };
        self.change_ticket(id, change, fx).await
    }

    /// The person did not come: the ticket is skipped.
    pub async fn skip(&self, who: &Mediator, id: i64) -> Result<Ticket> {
        let t = self.my_called(who, id).await?;
        let mut fx = self.effects();
        fx.events.push(Self::event(
            EventKind::TicketSkipped,
            Some(who),
            json!({ "label": t.label() }),
        ));
        let change = TicketChange {
            status: Some(TicketStatus::Skipped),
            ..TicketChange::default()
        };
        self.change_ticket(id, change, fx).await
    }

    /// The person was attended.
    pub async fn finish_ticket(&self, who: &Mediator, id: i64) -> Result<Ticket> {
        let t = self.my_called(who, id).await?;
        let mut fx = self.effects();
        fx.events.push(Self::event(
            EventKind::TicketDone,
            Some(who),
            json!({ "label": t.label() }),
        ));
        let change = TicketChange {
            status: Some(TicketStatus::Done),
            ..TicketChange::default()
        };
        self.change_ticket(id, change, fx).await
    }

    async fn change_ticket(
        &self,
        id: i64,
        change: TicketChange,
        fx: crate::store::Effects,
    ) -> Result<Ticket> {
        let (ticket, applied) = self
            .store
            .update_ticket(id, &[TicketStatus::Called], &change, fx)
            .await?
            .ok_or(HandoffError::Taken)?;
        self.publish(applied);
        Ok(ticket)
    }

    /// What a lobby display shows: the latest calls at a site.
    pub async fn recent_calls(&self, site: &str, limit: i64) -> Result<Vec<Ticket>> {
        self.settings.site(site).ok_or(HandoffError::UnknownPlace)?;
        Ok(self.store.recent_calls(site, limit).await?)
    }
}
