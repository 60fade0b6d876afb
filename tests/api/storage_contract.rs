//! One script of store calls, run on SQLite and on PostgreSQL: both give
//! the same answers, in the same order. It reaches what the HTTP suites
//! touch only in passing (reports, the bot's inbox and trail, retention),
//! where a query that fails on one backend would otherwise only be logged.

use balcao::handoff::model::{Payload, PayloadKind};
use balcao::lang::Lang;
use balcao::store::{Arrived, Handled, SearchMiss, Store, TrailKind};
use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};

use crate::postgres::fresh_database;

fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 10, 0, 0).unwrap()
}

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
}

/// What each call answered, one line per call.
async fn script(s: &dyn Store) -> Vec<String> {
    let mut out = Vec::new();
    let mut log = |what: &str, v: String| out.push(format!("{what}: {v}"));
    for (d, q) in [
        (20, "nif"),
        (21, "visto d7"),
        (22, "nif"),
        (22, "Água"),
        (22, "agua"),
    ] {
        let miss = SearchMiss {
            day: day(d),
            lang: Lang::Pt,
            query: q.into(),
        };
        s.record_search_miss(&miss).await.unwrap();
    }
    log(
        "misses",
        format!("{:?}", s.search_misses(day(21), 10).await.unwrap()),
    );

    for (article, lang, helpful, query) in [
        ("renting-a-home", Lang::Uk, false, Some("оренда")),
        ("renting-a-home", Lang::Uk, false, Some("оренда")),
        ("renting-a-home", Lang::Pt, true, None),
        ("nif-tax-number", Lang::Pt, false, Some("nif")),
    ] {
        s.record_feedback(day(22), article, lang, helpful, query)
            .await
            .unwrap();
    }
    for _ in 0..3 {
        s.record_read(day(22), "nif-tax-number", Lang::Pt)
            .await
            .unwrap();
    }
    s.record_read(day(22), "Zeta", Lang::Pt).await.unwrap();
    log(
        "feedback",
        format!("{:?}", s.feedback_counts(day(1)).await.unwrap()),
    );
    log(
        "readers",
        format!("{:?}", s.reader_counts(day(1)).await.unwrap()),
    );
    log(
        "unhelpful",
        format!("{:?}", s.unhelpful_searches(day(1)).await.unwrap()),
    );

    let v = s
        .visitor_for(
            balcao::handoff::model::Channel::Telegram,
            "555",
            Lang::Uk,
            t0(),
        )
        .await
        .unwrap();
    log("visitor", format!("{} {:?}", v.id, v.lang));
    for (update, chat) in [
        (1, Some("555")),
        (2, Some("555")),
        (1, Some("555")),
        (3, None),
    ] {
        let id = s
            .inbox_add(
                &[Arrived {
                    update_id: update,
                    chat_id: chat,
                    body: "{}",
                }],
                t0(),
                t0() - Duration::days(7),
            )
            .await
            .unwrap()[0];
        log("inbox add", format!("{id:?}"));
    }
    // A poll's batch: a repeat inside it and one of before are dropped.
    let batch: Vec<Arrived> = [4, 2, 4]
        .into_iter()
        .map(|update_id| Arrived {
            update_id,
            chat_id: Some("556"),
            body: "{}",
        })
        .collect();
    let ids = s
        .inbox_add(&batch, t0(), t0() - Duration::days(7))
        .await
        .unwrap();
    log("inbox add batch", format!("{ids:?}"));
    log(
        "pending",
        format!("{:?}", s.inbox_pending(1, 10).await.unwrap()),
    );
    let answer = Payload {
        kind: PayloadKind::Reply,
        text: "olá".into(),
        message_id: None,
        extra: serde_json::Value::Null,
    };
    // What handling left is written once, with the mark: finishing the
    // same update again changes nothing.
    let handled = |n: i64, lang: Lang, trail: &[(TrailKind, &str)]| Handled {
        visitor_id: v.id,
        answers: vec![answer.clone()],
        update_key: format!("tg:{n}"),
        trail: trail.iter().map(|(k, i)| (*k, i.to_string())).collect(),
        talk_lang: Some(lang),
        reads: vec![("nif-tax-number".into(), Lang::Pt)],
    };
    let first = handled(
        1,
        Lang::Ru,
        &[(TrailKind::Searched, "a"), (TrailKind::Read, "b")],
    );
    s.inbox_finish(1, &first, t0()).await.unwrap();
    let again = handled(1, Lang::Uk, &[(TrailKind::Read, "c")]);
    s.inbox_finish(1, &again, t0()).await.unwrap();
    log("talk", format!("{:?}", s.talk_lang(v.id).await.unwrap()));
    let later = handled(2, Lang::Uk, &[(TrailKind::Read, "a")]);
    s.inbox_finish(2, &later, t0() + Duration::seconds(1))
        .await
        .unwrap();
    log("talk", format!("{:?}", s.talk_lang(v.id).await.unwrap()));
    let trail: Vec<(TrailKind, String)> = s
        .trail(v.id, t0(), 10)
        .await
        .unwrap()
        .into_iter()
        .map(|i| (i.kind, i.item))
        .collect();
    log("trail", format!("{trail:?}"));
    for key in ["tg:1", "tg:2"] {
        log(
            "question of update",
            format!("{:?}", s.trail_question(v.id, key).await.unwrap()),
        );
    }
    log(
        "readers after handling",
        format!("{:?}", s.reader_counts(day(1)).await.unwrap()),
    );
    for id in [1, 3] {
        log(
            "inbox pending",
            s.inbox_is_pending(id).await.unwrap().to_string(),
        );
    }
    log(
        "due of visitor",
        format!("{:?}", s.due_outgoing_of(v.id, t0()).await.unwrap()),
    );
    log(
        "due of visitor earlier",
        format!(
            "{:?}",
            s.due_outgoing_of(v.id, t0() - Duration::hours(1))
                .await
                .unwrap()
        ),
    );
    log(
        "due",
        format!("{:?}", s.due_visitors(t0(), 10).await.unwrap()),
    );
    log(
        "next due",
        format!("{:?}", s.next_outgoing_due().await.unwrap()),
    );
    log(
        "pending",
        format!("{:?}", s.inbox_pending(5, 10).await.unwrap()),
    );
    s.inbox_forget_chat("555").await.unwrap();
    log(
        "inbox purge",
        s.inbox_purge(t0() + Duration::days(1))
            .await
            .unwrap()
            .to_string(),
    );

    let later = t0() + Duration::hours(1);
    s.create_phone_link("h1", r#"{"open":"case","id":1}"#, later)
        .await
        .unwrap();
    for (who, at) in [("tg:1", t0()), ("tg:1", t0()), ("tg:2", t0())] {
        let got = s.take_phone_link("h1", who, at).await.unwrap();
        log("link", format!("{got:?}"));
    }
    log("setting", s.setting_or_insert("k", "one").await.unwrap());
    log("setting", s.setting_or_insert("k", "two").await.unwrap());
    log(
        "trail purge",
        s.trail_purge(t0() + Duration::days(2))
            .await
            .unwrap()
            .to_string(),
    );
    leases(s, &mut log).await;
    log(
        "purged",
        format!(
            "{:?}",
            s.purge_before(t0() + Duration::days(100)).await.unwrap()
        ),
    );
    log(
        "misses",
        format!("{:?}", s.search_misses(day(1), 10).await.unwrap()),
    );
    out
}

/// Leases (the polling lease, claims on visitors and chats): taken by one
/// holder at a time, renewed only by their holder, and free once a renewal
/// ends them.
async fn leases(s: &dyn Store, log: &mut impl FnMut(&str, String)) {
    let minute = std::time::Duration::from_secs(60);
    for holder in ["h1", "h2", "h1"] {
        log(
            "lease",
            s.lease_take("outbox:1", holder, minute)
                .await
                .unwrap()
                .to_string(),
        );
    }
    let names = ["outbox:1".to_string(), "outbox:2".to_string()];
    // Not the holder: nothing changes.
    s.lease_renew(&names, "h2", std::time::Duration::ZERO)
        .await
        .unwrap();
    log(
        "lease",
        s.lease_take("outbox:1", "h2", minute)
            .await
            .unwrap()
            .to_string(),
    );
    // The holder renews it to end now: another takes it once the
    // database's clock has moved on by a millisecond.
    s.lease_renew(&names, "h1", std::time::Duration::ZERO)
        .await
        .unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(1);
    let mut taken = false;
    while !taken && std::time::Instant::now() < deadline {
        taken = s.lease_take("outbox:1", "h2", minute).await.unwrap();
    }
    log("lease after renewal", taken.to_string());
    s.lease_release("outbox:1", "h2").await.unwrap();
    log(
        "lease",
        s.lease_take("outbox:1", "h1", minute)
            .await
            .unwrap()
            .to_string(),
    );
}

#[tokio::test]
async fn the_same_store_calls_answer_the_same_on_sqlite_and_postgresql() {
    let dir = tempfile::tempdir().unwrap();
    let sqlite = balcao::store::open(&format!("sqlite://{}", dir.path().join("c.db").display()))
        .await
        .unwrap();
    let postgres = balcao::store::open(&fresh_database().await).await.unwrap();
    let on_sqlite = script(sqlite.as_ref()).await;
    let on_postgres = script(postgres.as_ref()).await;
    for (a, b) in on_sqlite.iter().zip(&on_postgres) {
        assert_eq!(a, b, "SQLite, then PostgreSQL");
    }
    assert_eq!(on_sqlite.len(), on_postgres.len());
    // What the script is for: answers that say something.
    let text = on_sqlite.join("\n");
    for expected in [
        "count: 2",
        "helpful: 1, not_helpful: 2",
        "reads: 3",
        "inbox add: None",
        "inbox add batch: [Some(4), None, None]",
        "link: Some(",
        "link: None",
        "setting: one\nsetting: one",
        "Purged {",
        "inbox pending: false\ninbox pending: true",
        "talk: Some(Ru)\ntalk: Some(Uk)",
        r#"trail: [(Searched, "a"), (Read, "b"), (Read, "a")]"#,
        "question of update: Some(\"a\")\nquestion of update: None",
        "reads: 5",
        "due of visitor: Some(",
        "due of visitor earlier: None",
        "lease: true\nlease: false\nlease: true\nlease: false\nlease after renewal: true\nlease: true",
    ] {
        assert!(text.contains(expected), "{expected} in\n{text}");
    }
}
