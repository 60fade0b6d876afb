use async_trait::async_trait;

use super::SqliteStore;
use crate::store::rows::delivery;
use crate::store::{DeliveryRow, DeliveryStore, StoreError};

#[async_trait]
impl DeliveryStore for SqliteStore {
    async fn deliveries(&self, case_id: i64) -> Result<Vec<DeliveryRow>, StoreError> {
        let rows = sqlx::query(
            "SELECT json_extract(payload, '$.message_id') AS message_id, status, failure, \
             attempts FROM outbox WHERE case_id = ? \
             AND json_extract(payload, '$.message_id') IS NOT NULL ORDER BY id",
        )
        .bind(case_id)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(delivery).collect()
    }

    async fn case_visitor_blocked(&self, case_id: i64) -> Result<bool, StoreError> {
        let blocked: Option<bool> = sqlx::query_scalar(
            "SELECT v.blocked FROM cases c JOIN visitors v ON v.id = c.visitor_id WHERE c.id = ?",
        )
        .bind(case_id)
        .fetch_optional(&self.pool)
        .await?;
        Ok(blocked.unwrap_or(false))
    }
}
