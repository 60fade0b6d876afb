//! Rolling upgrades: while instances are upgraded one at a time, the ones
//! still on the previous release keep starting on a database that an
//! upgraded instance has already migrated.

use crate::helpers::spawn_app;
use crate::postgres::on_postgres_too;

/// Records a migration this build does not have, as an instance of a newer
/// release would have left it.
async fn migrated_by_a_newer_release(database_url: &str) {
    let insert = "INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time) \
                  VALUES ($1, 'from a newer release', TRUE, $2, 0)";
    let version: i64 = 9_999;
    let checksum = vec![0u8; 48];
    if database_url.starts_with("postgres") {
        let pool = sqlx::PgPool::connect(database_url).await.unwrap();
        sqlx::query(insert)
            .bind(version)
            .bind(checksum)
            .execute(&pool)
            .await
            .unwrap();
        pool.close().await;
    } else {
        let pool = sqlx::SqlitePool::connect(database_url).await.unwrap();
        sqlx::query(insert)
            .bind(version)
            .bind(checksum)
            .execute(&pool)
            .await
            .unwrap();
        pool.close().await;
    }
}

#[tokio::test]
async fn an_instance_of_the_previous_release_restarts_on_a_database_a_newer_one_migrated() {
    let mut app = spawn_app().await;
    migrated_by_a_newer_release(&app.config.database_url).await;

    // Before, this restart failed: "migration 9999 was previously applied
    // but is missing in the resolved migrations".
    app.restart().await;
    let (status, ready) = app.get_json("/readyz").await;
    assert_eq!(status, 200, "{ready}");
    assert_eq!(ready["database"], "ok", "{ready}");
    let (status, found) = app
        .get_json("/api/v1/search?q=renovar%20autoriza%C3%A7%C3%A3o&lang=pt")
        .await;
    assert_eq!(status, 200, "{found}");
    assert!(
        found["results"].as_array().is_some_and(|r| !r.is_empty()),
        "{found}"
    );
}

on_postgres_too!(an_instance_of_the_previous_release_restarts_on_a_database_a_newer_one_migrated);
