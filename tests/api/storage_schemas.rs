//! The SQLite and PostgreSQL schemas after all their migrations: the same
//! tables with the same columns, of corresponding types and nullability,
//! so a migration added to one folder and not the other fails here.

use std::collections::BTreeMap;

use sqlx::Row;

use crate::postgres::fresh_database;

/// Columns only one backend has, and why.
const ONLY_POSTGRES: &[(&str, &str)] = &[
    // SQLite's implicit rowid, which orders the most recent waits.
    ("stat_cases", "id"),
];

/// (table, column) → (type family, nullable).
type Schema = BTreeMap<(String, String), (String, bool)>;

/// The kind of value a column holds, in words both backends map to.
fn family(sql_type: &str, column: &str) -> String {
    match sql_type.to_ascii_lowercase().as_str() {
        "integer" | "bigint" => "integer",
        // SQLite has no boolean type: 0 and 1 in an INTEGER column.
        "boolean" => "integer",
        "text" => "text",
        "blob" | "bytea" => "bytes",
        other => panic!("unmapped type {other} of {column}"),
    }
    .into()
}

async fn sqlite_schema() -> Schema {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("s.db").display());
    balcao::store::open(&url).await.unwrap().close().await;
    let pool = sqlx::SqlitePool::connect(&url).await.unwrap();
    let rows = sqlx::query(
        "SELECT m.name AS t, p.name AS c, p.type AS ty, p.\"notnull\" AS nn, p.pk AS pk \
         FROM sqlite_master m JOIN pragma_table_info(m.name) p \
         WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE '_sqlx%'",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    rows.iter()
        .map(|r| {
            let (t, c): (String, String) = (r.get("t"), r.get("c"));
            let ty: String = r.get("ty");
            // A primary key column holds no NULL (SQLite's rowid alias).
            let nullable = r.get::<i64, _>("nn") == 0 && r.get::<i64, _>("pk") == 0;
            let fam = family(&ty, &format!("{t}.{c}"));
            ((t, c), (fam, nullable))
        })
        .collect()
}

async fn postgres_schema() -> Schema {
    let url = fresh_database().await;
    balcao::store::open(&url).await.unwrap().close().await;
    let pool = sqlx::PgPool::connect(&url).await.unwrap();
    let rows = sqlx::query(
        "SELECT table_name::TEXT AS t, column_name::TEXT AS c, data_type::TEXT AS ty, \
         is_nullable::TEXT AS nullable FROM information_schema.columns \
         WHERE table_schema = 'public' AND table_name NOT LIKE '\\_sqlx%'",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    pool.close().await;
    rows.iter()
        .map(|r| {
            let (t, c): (String, String) = (r.get("t"), r.get("c"));
            let ty: String = r.get("ty");
            let nullable = r.get::<String, _>("nullable") == "YES";
            let fam = family(&ty, &format!("{t}.{c}"));
            ((t, c), (fam, nullable))
        })
        .filter(|((t, c), _)| !ONLY_POSTGRES.contains(&(t.as_str(), c.as_str())))
        .collect()
}

#[tokio::test]
async fn both_backends_have_the_same_tables_columns_types_and_nullability() {
    let sqlite = sqlite_schema().await;
    let postgres = postgres_schema().await;
    assert!(sqlite.len() > 100, "{} columns read", sqlite.len());
    let differ: Vec<String> = sqlite
        .keys()
        .chain(postgres.keys())
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .filter(|k| sqlite.get(*k) != postgres.get(*k))
        .map(|k| {
            format!(
                "{}.{}: sqlite {:?}, postgres {:?}",
                k.0,
                k.1,
                sqlite.get(k),
                postgres.get(k)
            )
        })
        .collect();
    assert!(differ.is_empty(), "schemas differ:\n{}", differ.join("\n"));
}

/// A PostgreSQL database from before ids were kept unique (migrations up to
/// 0008), with one case and the audit entry of a case retention already
/// deleted: brought up to date, new cases start above both.
#[tokio::test]
async fn on_postgres_new_cases_start_above_case_numbers_the_audit_log_remembers() {
    let url = fresh_database().await;
    let pool = sqlx::PgPool::connect(&url).await.unwrap();
    sqlx::migrate!("./migrations/postgres")
        .run_to(8, &pool)
        .await
        .unwrap();
    for sql in [
        "INSERT INTO visitors (id, channel, address, lang, created_at, last_seen) \
         VALUES (3, 'kiosk', 'k', 'pt', 0, 0)",
        "INSERT INTO cases (id, visitor_id, channel, lang, serve_lang, topic, status, \
         context, queued_at, created_at) VALUES (7, 3, 'kiosk', 'pt', 'pt', 'labour', \
         'waiting', '{}', 0, 0)",
        "INSERT INTO audit (at, username, action, case_id) VALUES (0, 'ana', 'erase', 41)",
    ] {
        sqlx::query(sql).execute(&pool).await.unwrap();
    }
    balcao::store::open(&url).await.unwrap().close().await;
    let new_case: i64 = sqlx::query_scalar(
        "INSERT INTO cases (visitor_id, channel, lang, topic, status, context, queued_at, \
         created_at) VALUES (3, 'kiosk', 'pt', 'labour', 'waiting', '{}', 0, 0) RETURNING id",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(new_case, 42, "above the erased case 41 of the audit log");
    pool.close().await;
}
