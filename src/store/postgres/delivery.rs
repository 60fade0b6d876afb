use async_trait::async_trait;

use super::PostgresStore;
use crate::store::rows::delivery;
use crate::store::{DeliveryRow, DeliveryStore, StoreError};

#[async_trait]
impl DeliveryStore for PostgresStore {
    async fn deliveries(&self, case_id: i64) -> Result<Vec<DeliveryRow>, StoreError> {
        let rows = sqlx::query(
            "SELECT (payload::jsonb ->> 'message_id')::BIGINT AS message_id, status, failure, \
             attempts FROM outbox WHERE case_id = $1 \
             AND payload::jsonb ->> 'message_id' IS NOT NULL ORDER BY id",
        )
        .bind(case_id)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(delivery).collect()
    }

    async fn case_visitor_blocked(&self, case_id: i64) -> Result<bool, StoreError> {
        let blocked: Option<bool> = sqlx::query_scalar(
            "SELECT v.blocked FROM cases c JOIN visitors v ON v.id = c.visitor_id WHERE c.id = $1",
        )
        .bind(case_id)
        .fetch_optional(&self.pool)
        .await?;
        Ok(blocked.unwrap_or(false))
    }
}
