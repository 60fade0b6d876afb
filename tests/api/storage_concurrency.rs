//! Two service instances on one PostgreSQL database, racing for the same
//! work at the store itself: a case claimed by several mediators at once,
//! a ticket called by several at once, tickets issued at once. Each goes to
//! exactly one, and no number is given twice.

use std::sync::Arc;

use balcao::handoff::model::{CaseContext, CaseStatus, Channel, Role, TicketStatus};
use balcao::lang::Lang;
use balcao::store::{CaseChange, Effects, NewCase, NewMediator, NewTicket, Store, TicketChange};
use chrono::Utc;

use crate::postgres::fresh_database;

/// Two stores (as two instances would have) on one fresh database, and
/// eight mediators.
async fn two_instances() -> (Arc<dyn Store>, Arc<dyn Store>, Vec<i64>) {
    let url = fresh_database().await;
    let a = balcao::store::open(&url).await.unwrap();
    let b = balcao::store::open(&url).await.unwrap();
    let mut mediators = Vec::new();
    for i in 0..8 {
        let id = a
            .create_mediator(&NewMediator {
                username: format!("m{i}"),
                name: format!("M {i}"),
                password_hash: "x".into(),
                role: Role::Mediator,
                languages: vec![Lang::Pt],
                topics: vec![],
                services: vec![],
                ui_lang: Lang::Pt,
            })
            .await
            .unwrap();
        mediators.push(id);
    }
    (a, b, mediators)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn on_postgres_a_case_claimed_by_eight_mediators_at_once_goes_to_exactly_one() {
    let (a, b, mediators) = two_instances().await;
    let visitor = a
        .visitor_for(Channel::Kiosk, "k-1", Lang::Pt, Utc::now())
        .await
        .unwrap();
    for round in 0..10 {
        let (case, _) = a
            .open_case(
                &NewCase {
                    visitor_id: visitor.id,
                    channel: Channel::Kiosk,
                    lang: Lang::Pt,
                    serve_lang: Lang::Pt,
                    topic: "labour".into(),
                    article: None,
                    site: None,
                    context: CaseContext::default(),
                    at: Utc::now(),
                },
                Effects::default(),
            )
            .await
            .unwrap();
        let claims = mediators.iter().enumerate().map(|(i, &m)| {
            let store = if i % 2 == 0 { a.clone() } else { b.clone() };
            tokio::spawn(async move {
                let change = CaseChange {
                    status: Some(CaseStatus::Active),
                    mediator_id: Some(Some(m)),
                    ..CaseChange::default()
                };
                let won = store
                    .update_case(case.id, &[CaseStatus::Waiting], &change, Effects::default())
                    .await
                    .unwrap();
                won.map(|_| m)
            })
        });
        let mut winners = Vec::new();
        for c in claims.collect::<Vec<_>>() {
            winners.extend(c.await.unwrap());
        }
        assert_eq!(winners.len(), 1, "round {round}: {winners:?}");
        let stored = b.case(case.id).await.unwrap().unwrap();
        assert_eq!(stored.mediator_id, Some(winners[0]), "round {round}");
        assert_eq!(stored.status, CaseStatus::Active);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn on_postgres_tickets_issued_at_once_get_distinct_numbers_and_each_call_goes_to_one() {
    let (a, b, mediators) = two_instances().await;
    let day = Utc::now().date_naive();
    let issue = (0..16).map(|i| {
        let store = if i % 2 == 0 { a.clone() } else { b.clone() };
        tokio::spawn(async move {
            let t = NewTicket {
                site: "lisboa".into(),
                service: "A".into(),
                day,
                lang: Lang::Pt,
                serve_lang: Lang::Pt,
                topic: None,
                kiosk: None,
                at: Utc::now(),
            };
            store.issue_ticket(&t, Effects::default()).await.unwrap().0
        })
    });
    let mut tickets = Vec::new();
    for t in issue.collect::<Vec<_>>() {
        tickets.push(t.await.unwrap());
    }
    let mut numbers: Vec<i64> = tickets.iter().map(|t| t.seq).collect();
    numbers.sort();
    assert_eq!(numbers, (1..=16).collect::<Vec<_>>());

    for t in &tickets {
        let calls = mediators.iter().enumerate().map(|(i, &m)| {
            let store = if i % 2 == 0 { a.clone() } else { b.clone() };
            let id = t.id;
            tokio::spawn(async move {
                let change = TicketChange {
                    status: Some(TicketStatus::Called),
                    mediator_id: Some(m),
                    called_at: Some(Utc::now()),
                    call: true,
                    ..TicketChange::default()
                };
                store
                    .update_ticket(id, &[TicketStatus::Waiting], &change, Effects::default())
                    .await
                    .unwrap()
                    .map(|_| m)
            })
        });
        let mut winners = Vec::new();
        for c in calls.collect::<Vec<_>>() {
            winners.extend(c.await.unwrap());
        }
        assert_eq!(winners.len(), 1, "ticket {}: {winners:?}", t.seq);
        let stored = a.ticket(t.id).await.unwrap().unwrap();
        assert_eq!(stored.mediator_id, Some(winners[0]));
        assert_eq!(stored.calls, 1, "called once");
    }
}
