//! Erasure on PostgreSQL: a deleted row lingers as a dead tuple, readable
//! from the table's files, until VACUUM. After an erasure returns, the
//! tables it deleted from hold none.

use balcao::handoff::model::{Author, CaseContext, Channel, MessageKind};
use balcao::lang::Lang;
use balcao::store::{Effects, NewCase, NewMessage};
use chrono::Utc;

use crate::postgres::fresh_database;

/// Dead tuples left in `table`, counted from its pages.
async fn dead_tuples(pool: &sqlx::PgPool, table: &str) -> i64 {
    sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
        "SELECT dead_tuple_count FROM pgstattuple('{table}')"
    )))
    .fetch_one(pool)
    .await
    .unwrap()
}

#[tokio::test]
async fn on_postgres_an_erasure_leaves_no_dead_tuples_of_the_person_in_the_tables() {
    let url = fresh_database().await;
    let store = balcao::store::open(&url).await.unwrap();
    let pool = sqlx::PgPool::connect(&url).await.unwrap();
    sqlx::query("CREATE EXTENSION pgstattuple")
        .execute(&pool)
        .await
        .unwrap();
    let now = Utc::now();
    let visitor = store
        .visitor_for(Channel::Kiosk, "k-erase", Lang::Pt, now)
        .await
        .unwrap();
    let case = NewCase {
        visitor_id: visitor.id,
        channel: Channel::Kiosk,
        lang: Lang::Pt,
        serve_lang: Lang::Pt,
        topic: "labour".into(),
        article: None,
        site: None,
        context: CaseContext::default(),
        at: now,
    };
    let said = |body: &str| NewMessage {
        author: Author::Visitor,
        mediator_id: None,
        kind: MessageKind::Text,
        body: body.into(),
        file_id: None,
        dedup_key: None,
        deliver: None,
    };
    let fx = Effects {
        at: now,
        messages: vec![said("Zyxwaldinha, passaporte QX7734518"), said("abrigo")],
        ..Effects::default()
    };
    let (opened, _) = store.open_case(&case, fx).await.unwrap();
    store
        .add_file(
            opened.id,
            "scan.pdf",
            "application/pdf",
            b"%PDF QX7734518",
            now,
        )
        .await
        .unwrap();

    let erased = store.erase_visitor(visitor.id).await.unwrap();
    assert_eq!((erased.cases, erased.visitors), (1, 1));
    for table in ["messages", "files", "cases", "visitors"] {
        let rows: i64 =
            sqlx::query_scalar(sqlx::AssertSqlSafe(format!("SELECT COUNT(*) FROM {table}")))
                .fetch_one(&pool)
                .await
                .unwrap();
        assert_eq!(rows, 0, "{table}");
        assert_eq!(dead_tuples(&pool, table).await, 0, "{table}");
    }
    pool.close().await;
}
