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

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn on_postgres_turns_to_send_taken_by_two_instances_at_once_keep_the_window_and_each_chats_pace()
 {
    use balcao::store::{Turn, TurnLimits};
    use std::time::{Duration, Instant};

    let url = fresh_database().await;
    let a = balcao::store::open(&url).await.unwrap();
    let b = balcao::store::open(&url).await.unwrap();
    let (ta, tb) = (a.send_turns().unwrap(), b.send_turns().unwrap());
    let limits = TurnLimits {
        per_window: 10,
        window: Duration::from_millis(300),
        chat_every: Duration::from_secs(1),
        chat_burst: 3,
    };
    // One chat, from either instance: its burst, then about a second.
    for t in [&ta, &tb, &ta] {
        assert_eq!(t.take_turn(1, limits).await.unwrap(), Turn::Taken);
    }
    match tb.take_turn(1, limits).await.unwrap() {
        Turn::ChatWait(w) => assert!(
            w > Duration::from_millis(800) && w <= Duration::from_secs(1),
            "{w:?}"
        ),
        other => panic!("the chat's fourth turn at once: {other:?}"),
    }

    // Sixteen senders, half on each instance, each to its own chats, as
    // fast as they are let: when each turn was asked for and given.
    let start = Instant::now();
    let run = Duration::from_millis(1_200);
    let mut senders = Vec::new();
    for n in 0..16i64 {
        let turns = if n % 2 == 0 { ta.clone() } else { tb.clone() };
        senders.push(tokio::spawn(async move {
            let mut taken = Vec::new();
            let mut chat = 1_000 * (n + 1);
            while start.elapsed() < run {
                let asked = Instant::now();
                match turns.take_turn(chat, limits).await.unwrap() {
                    Turn::Taken => {
                        taken.push((asked, Instant::now()));
                        chat += 1;
                    }
                    Turn::Full(w) => tokio::time::sleep(w.max(Duration::from_millis(2))).await,
                    Turn::ChatWait(w) => panic!("a new chat told to wait {w:?}"),
                }
            }
            taken
        }));
    }
    let mut taken = Vec::new();
    for s in senders {
        taken.extend(s.await.unwrap());
    }
    let elapsed = start.elapsed();
    // Each turn was given somewhere between its asking and its answer:
    // any eleven were given over at least a window, so from the first of
    // them asked to the last answered is at least that.
    taken.sort_by_key(|(_, given)| *given);
    for (i, eleven) in taken.windows(11).enumerate() {
        let first_asked = eleven.iter().map(|(asked, _)| *asked).min().unwrap();
        let last_given = eleven[10].1;
        assert!(
            last_given - first_asked >= limits.window,
            "turns {i} to {} within {:?}",
            i + 10,
            last_given - first_asked
        );
    }
    // The limit, not the senders, set the pace: fewer than sixteen
    // senders manage without one, and not far below what it allows.
    let windows = elapsed.as_secs_f64() / limits.window.as_secs_f64();
    let most = ((windows + 1.0) * 10.0) as usize;
    assert!(taken.len() <= most, "{} turns, at most {most}", taken.len());
    assert!(taken.len() >= 20, "only {} turns", taken.len());
}
