//! Storage of mediator accounts, their presence, console sessions and the
//! audit log.

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use serde::Serialize;

use super::StoreError;
use crate::handoff::model::{Mediator, Presence, Role};
use crate::lang::Lang;

/// A new account; the password is already hashed.
#[derive(Debug, Clone)]
pub struct NewMediator {
    pub username: String,
    pub name: String,
    pub password_hash: String,
    pub role: Role,
    pub languages: Vec<Lang>,
    pub topics: Vec<String>,
    pub services: Vec<String>,
    pub ui_lang: Lang,
}

/// What login needs besides the profile.
#[derive(Debug, Clone)]
pub struct Credentials {
    pub password_hash: String,
}

/// What an administrator may change of an account.
#[derive(Debug, Clone)]
pub struct AccountChange {
    pub role: Role,
    pub languages: Vec<Lang>,
    pub topics: Vec<String>,
    pub services: Vec<String>,
}

/// A console session; the cookie holds a token whose hash is the key.
#[derive(Debug, Clone)]
pub struct Session {
    pub token_hash: String,
    pub mediator_id: i64,
    pub csrf: String,
    pub expires_at: DateTime<Utc>,
    /// Sessions never outlive this, however active.
    pub hard_expires_at: DateTime<Utc>,
}

/// Who opened which case when: nothing about the visitor.
#[derive(Debug, Clone, Serialize)]
pub struct AuditEntry {
    pub at: DateTime<Utc>,
    pub mediator_id: Option<i64>,
    pub username: String,
    pub action: String,
    pub case_id: Option<i64>,
    /// The account an administrator's action was about (its username).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
}

#[async_trait]
pub trait AccountStore: Send + Sync {
    async fn count_mediators(&self) -> Result<i64, StoreError>;
    /// Fails with [`StoreError::Conflict`] when the username is taken.
    async fn create_mediator(&self, m: &NewMediator) -> Result<i64, StoreError>;
    async fn mediator(&self, id: i64) -> Result<Option<Mediator>, StoreError>;
    async fn mediator_login(
        &self,
        username: &str,
    ) -> Result<Option<(Mediator, Credentials)>, StoreError>;
    async fn mediators(&self) -> Result<Vec<Mediator>, StoreError>;
    /// Whether any administrator account exists (the first-administrator
    /// link works only while none does).
    async fn has_admin(&self) -> Result<bool, StoreError> {
        Ok(self.mediators().await?.iter().any(Mediator::is_admin))
    }
    async fn set_ui_lang(&self, id: i64, lang: Lang) -> Result<(), StoreError>;
    async fn change_account(&self, id: i64, change: &AccountChange) -> Result<(), StoreError>;
    /// Disables (ending every session at once) or enables an account.
    async fn set_disabled(&self, id: i64, disabled: bool) -> Result<(), StoreError>;
    /// Sets a new password hash and ends every session of the account but
    /// `keep` (the one that changed it).
    async fn set_password(
        &self,
        id: i64,
        password_hash: &str,
        keep: Option<&str>,
    ) -> Result<(), StoreError>;
    /// Ends every session of an account; how many there were.
    async fn end_sessions(&self, id: i64) -> Result<u64, StoreError>;

    /// Failed sign-ins for an account key at `since` or later, oldest first.
    async fn login_failures(
        &self,
        account: &str,
        since: DateTime<Utc>,
    ) -> Result<Vec<DateTime<Utc>>, StoreError>;
    /// Records a failed sign-in, and forgets every failure (of any key)
    /// older than `forget_before`.
    async fn record_login_failure(
        &self,
        account: &str,
        at: DateTime<Utc>,
        forget_before: DateTime<Utc>,
    ) -> Result<(), StoreError>;
    /// Forgets an account's failures (its password was just reset).
    async fn clear_login_failures(&self, account: &str) -> Result<(), StoreError>;

    async fn create_reset_token(
        &self,
        token_hash: &str,
        mediator_id: i64,
        expires_at: DateTime<Utc>,
    ) -> Result<(), StoreError>;
    /// Uses a reset token: sets the account's password and ends its
    /// sessions, all at once. The account, or `None` if the token is
    /// unknown, used or expired.
    async fn reset_password(
        &self,
        token_hash: &str,
        now: DateTime<Utc>,
        password_hash: &str,
    ) -> Result<Option<i64>, StoreError>;
    /// The account a still-usable reset token belongs to.
    async fn reset_token_owner(
        &self,
        token_hash: &str,
        now: DateTime<Utc>,
    ) -> Result<Option<i64>, StoreError>;

    async fn create_session(&self, s: &Session) -> Result<(), StoreError>;
    async fn session(&self, token_hash: &str) -> Result<Option<Session>, StoreError>;
    async fn extend_session(
        &self,
        token_hash: &str,
        expires_at: DateTime<Utc>,
    ) -> Result<(), StoreError>;
    async fn delete_session(&self, token_hash: &str) -> Result<(), StoreError>;

    async fn create_setup_token(
        &self,
        token_hash: &str,
        expires_at: DateTime<Utc>,
    ) -> Result<(), StoreError>;
    /// Marks the token used; false if unknown, used or expired.
    async fn consume_setup_token(
        &self,
        token_hash: &str,
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError>;

    async fn set_presence(&self, p: &Presence) -> Result<(), StoreError>;
    async fn presences(&self) -> Result<Vec<Presence>, StoreError>;

    async fn audit(&self, entry: &AuditEntry) -> Result<(), StoreError>;
    async fn audit_log(&self, limit: i64) -> Result<Vec<AuditEntry>, StoreError>;
    /// Records `entry` unless the same session made an entry with the same
    /// action and case at `since` or later; true when recorded.
    async fn audit_once(
        &self,
        entry: &AuditEntry,
        session: &str,
        since: DateTime<Utc>,
    ) -> Result<bool, StoreError>;
    /// What the audit log holds about one case, oldest first.
    async fn audit_of_case(&self, case_id: i64) -> Result<Vec<AuditEntry>, StoreError>;
}
