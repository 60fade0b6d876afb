use std::time::Duration;

use async_trait::async_trait;

use super::PostgresStore;
use crate::store::StoreError;
use crate::store::lease::LeaseStore;

/// The database's time in milliseconds since 1970 (`clock_timestamp`, not
/// the transaction's start).
const NOW_MS: &str = "(EXTRACT(EPOCH FROM clock_timestamp()) * 1000)::BIGINT";

#[async_trait]
impl LeaseStore for PostgresStore {
    async fn lease_take(
        &self,
        name: &str,
        holder: &str,
        ttl: Duration,
    ) -> Result<bool, StoreError> {
        // One statement: the upsert locks the row, so two instances taking
        // an expired lease at once cannot both get it.
        let sql = format!(
            "INSERT INTO leases (name, holder, expires_at) VALUES ($1, $2, {NOW_MS} + $3) \
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
        sqlx::query("DELETE FROM leases WHERE name = $1 AND holder = $2")
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
        let sql = format!(
            "UPDATE leases SET expires_at = {NOW_MS} + $3 WHERE holder = $2 AND name = ANY($1)"
        );
        sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(names)
            .bind(holder)
            .bind(i64::try_from(ttl.as_millis()).unwrap_or(i64::MAX))
            .execute(&self.pool)
            .await?;
        Ok(())
    }
}
