//! Leases: work that one instance at a time may do (polling Telegram,
//! sending to one visitor, handling one chat's updates), held by renewing
//! it before it expires. Expiry is measured by the database's clock, the
//! one clock every instance shares.

use std::time::Duration;

use async_trait::async_trait;

use super::StoreError;

#[async_trait]
pub trait LeaseStore: Send + Sync {
    /// Takes the lease `name` for `holder` until `ttl` from now, or renews
    /// it if `holder` already has it. False when another holder has it and
    /// it has not expired.
    async fn lease_take(&self, name: &str, holder: &str, ttl: Duration)
    -> Result<bool, StoreError>;
    /// Gives the lease up if `holder` has it, so another can take it at
    /// once instead of after it expires.
    async fn lease_release(&self, name: &str, holder: &str) -> Result<(), StoreError>;
    /// Extends to `ttl` from now each of `names` that `holder` still has,
    /// in one statement however many there are.
    async fn lease_renew(
        &self,
        names: &[String],
        holder: &str,
        ttl: Duration,
    ) -> Result<(), StoreError>;
}
