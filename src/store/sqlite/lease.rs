use std::time::Duration;

use async_trait::async_trait;

use super::SqliteStore;
use crate::store::StoreError;
use crate::store::lease::LeaseStore;

/// The database's time in milliseconds since 1970.
const NOW_MS: &str = "CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)";

#[async_trait]
impl LeaseStore for SqliteStore {
    async fn lease_take(
        &self,
        name: &str,
        holder: &str,
        ttl: Duration,
    ) -> Result<bool, StoreError> {
        // One statement: taking, renewing and refusing cannot interleave
        // with another instance's attempt.
        let sql = format!(
            "INSERT INTO leases (name, holder, expires_at) VALUES (?, ?, {NOW_MS} + ?) \
             ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, \
             expires_at = excluded.expires_at \
             WHERE leases.holder = excluded.holder OR leases.expires_at < {NOW_MS} \
             RETURNING holder"
        );
        let got: Option<String> = sqlx::query_scalar(sqlx::AssertSqlSafe(sql))
            .bind(name)
            .bind(holder)
            .bind(i64::try_from(ttl.as_millis()).unwrap_or(i64::MAX))
            .fetch_optional(&self.pool)
            .await?;
        Ok(got.is_some())
    }

    async fn lease_release(&self, name: &str, holder: &str) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM leases WHERE name = ? AND holder = ?")
            .bind(name)
            .bind(holder)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn lease_renew(
        &self,
        names: &[String],
        holder: &str,
        ttl: Duration,
    ) -> Result<(), StoreError> {
        if names.is_empty() {
            return Ok(());
        }
        // SQLite has no arrays: the names go as one JSON list.
        let list = serde_json::to_string(names).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        let sql = format!(
            "UPDATE leases SET expires_at = {NOW_MS} + ? WHERE holder = ? \
             AND name IN (SELECT value FROM json_each(?))"
        );
        sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(i64::try_from(ttl.as_millis()).unwrap_or(i64::MAX))
            .bind(holder)
            .bind(list)
            .execute(&self.pool)
            .await?;
        Ok(())
    }
}
