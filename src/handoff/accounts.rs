//! Mediator accounts, for the console and the command line alike: checking
//! a new account, a change or a password, and recording what administrators
//! do to accounts in the audit log.

use chrono::{DateTime, Duration, Utc};
use serde::Deserialize;

use super::model::{Mediator, Role};
use super::settings::HandoffSettings;
use crate::auth::{self, Weakness};
use crate::lang::Lang;
use crate::store::{AccountChange, AuditEntry, NewMediator, Store, StoreError};

/// A reset link works this long, once.
pub const RESET_LINK_FOR: Duration = Duration::hours(1);

/// The audit log's actions on accounts (stable codes the console words).
pub mod action {
    pub const CREATED: &str = "account_created";
    pub const CHANGED: &str = "account_changed";
    pub const DISABLED: &str = "account_disabled";
    pub const ENABLED: &str = "account_enabled";
    pub const SESSIONS_ENDED: &str = "sessions_ended";
    pub const PASSWORD_CHANGED: &str = "password_changed";
    pub const RESET_LINK: &str = "reset_link_issued";
    pub const PASSWORD_RESET: &str = "password_reset";
    pub const EDITOR_GRANTS: &str = "editor_grants_changed";
    pub const KNOWLEDGE_EDITED: &str = "knowledge_edited";
    pub const KNOWLEDGE_RESTORED: &str = "knowledge_restored";
    pub const KNOWLEDGE_REVIEWED: &str = "knowledge_reviewed";
    pub const KNOWLEDGE_PUBLISHED: &str = "knowledge_published";
    pub const KNOWLEDGE_DRAFT_DELETED: &str = "knowledge_draft_deleted";
}

/// A new account as typed by an administrator.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct NewAccount {
    pub username: String,
    pub name: String,
    pub password: String,
    #[serde(default)]
    pub languages: Vec<String>,
    #[serde(default)]
    pub topics: Vec<String>,
    #[serde(default)]
    pub services: Vec<String>,
    #[serde(default)]
    pub admin: bool,
    #[serde(default)]
    pub ui_lang: Option<String>,
}

/// What an administrator sets on an existing account.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct AccountEdit {
    #[serde(default)]
    pub languages: Vec<String>,
    #[serde(default)]
    pub topics: Vec<String>,
    #[serde(default)]
    pub services: Vec<String>,
    #[serde(default)]
    pub admin: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AccountError {
    #[error("missing or invalid {0}")]
    Field(&'static str),
    #[error("password refused: {0}")]
    WeakPassword(Weakness),
}

impl AccountEdit {
    /// Checks languages, topics and services against what exists.
    pub fn validate(
        self,
        categories: &[&str],
        settings: &HandoffSettings,
    ) -> Result<AccountChange, AccountError> {
        let languages: Vec<Lang> = self
            .languages
            .iter()
            .map(|l| l.trim().parse::<Lang>())
            .collect::<Result<_, _>>()
            .map_err(|_| AccountError::Field("languages"))?;
        if languages.is_empty() {
            return Err(AccountError::Field("languages"));
        }
        if self
            .topics
            .iter()
            .any(|t| !categories.contains(&t.as_str()))
        {
            return Err(AccountError::Field("topics"));
        }
        if self.services.iter().any(|s| settings.service(s).is_none()) {
            return Err(AccountError::Field("services"));
        }
        Ok(AccountChange {
            role: if self.admin {
                Role::Admin
            } else {
                Role::Mediator
            },
            languages,
            topics: self.topics,
            services: self.services,
        })
    }
}

/// Checks a password against the rules and the account's own username and
/// name, and hashes it (slow: run it off the async threads).
pub fn hash_new_password(
    password: &str,
    username: &str,
    name: &str,
) -> Result<String, AccountError> {
    auth::check_password(password, &[username, name]).map_err(AccountError::WeakPassword)?;
    auth::hash_password(password).map_err(|_| AccountError::Field("password"))
}

impl NewAccount {
    /// Checks every field and hashes the password (slow: run it off the
    /// async threads).
    pub fn validate(
        self,
        categories: &[&str],
        settings: &HandoffSettings,
    ) -> Result<NewMediator, AccountError> {
        let username = self.username.trim().to_string();
        let valid_name = (1..=64).contains(&username.chars().count())
            && username
                .chars()
                .all(|c| c.is_alphanumeric() || "._-".contains(c));
        if !valid_name {
            return Err(AccountError::Field("username"));
        }
        let name = match self.name.trim() {
            "" => username.clone(),
            n if n.chars().count() <= 100 => n.to_string(),
            _ => return Err(AccountError::Field("name")),
        };
        let scope = AccountEdit {
            languages: self.languages,
            topics: self.topics,
            services: self.services,
            admin: self.admin,
        }
        .validate(categories, settings)?;
        let ui_lang = match &self.ui_lang {
            Some(l) => l.parse().map_err(|_| AccountError::Field("ui_lang"))?,
            None => scope.languages[0],
        };
        let password_hash = hash_new_password(&self.password, &username, &name)?;
        Ok(NewMediator {
            username,
            name,
            password_hash,
            role: scope.role,
            languages: scope.languages,
            topics: scope.topics,
            services: scope.services,
            ui_lang,
        })
    }
}

/// Who acted on an account.
#[derive(Debug, Clone, Copy)]
pub enum Actor<'a> {
    /// A signed-in mediator (an administrator, or the account's owner).
    Mediator(&'a Mediator),
    /// `balcao mediator ...` on the server.
    CommandLine,
}

/// Writes an action on the account `subject` to the audit log.
pub async fn record(
    store: &dyn Store,
    by: Actor<'_>,
    action: &str,
    subject: &Mediator,
    at: DateTime<Utc>,
) -> Result<(), StoreError> {
    record_about(store, by, action, &subject.username, at).await
}

/// Writes an action about something other than an account (an article in a
/// language and its version) to the audit log.
pub async fn record_about(
    store: &dyn Store,
    by: Actor<'_>,
    action: &str,
    subject: &str,
    at: DateTime<Utc>,
) -> Result<(), StoreError> {
    let (mediator_id, username) = match by {
        Actor::Mediator(m) => (Some(m.id), m.username.clone()),
        Actor::CommandLine => (None, String::new()),
    };
    store
        .audit(&AuditEntry {
            at,
            mediator_id,
            username,
            action: action.into(),
            case_id: None,
            subject: Some(subject.to_string()),
        })
        .await
}

/// Creates a single-use reset link for `subject`, valid for
/// [`RESET_LINK_FOR`]; only its hash is stored. Returns the link and when
/// it stops working.
pub async fn issue_reset_link(
    store: &dyn Store,
    by: Actor<'_>,
    subject: &Mediator,
    public_url: &str,
    now: DateTime<Utc>,
) -> Result<(String, DateTime<Utc>), StoreError> {
    let token = auth::random_token(43);
    let expires = now + RESET_LINK_FOR;
    store
        .create_reset_token(&auth::token_hash(&token), subject.id, expires)
        .await?;
    record(store, by, action::RESET_LINK, subject, now).await?;
    let base = public_url.trim_end_matches('/');
    Ok((format!("{base}/console/#/reset/{token}"), expires))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_account_refuses_its_own_username_as_password() {
        let account = NewAccount {
            username: "marta.rocha".into(),
            name: "Marta Rocha".into(),
            password: "marta.rocha".into(),
            languages: vec!["pt".into()],
            ..Default::default()
        };
        let err = account
            .validate(&[], &HandoffSettings::default())
            .unwrap_err();
        assert_eq!(err, AccountError::WeakPassword(Weakness::Personal));
    }
}
