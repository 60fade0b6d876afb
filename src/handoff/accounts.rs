//! Checking a new mediator account, for the console and the command line
//! alike.

use serde::Deserialize;

use super::model::Role;
use super::settings::HandoffSettings;
use crate::auth::{self, MIN_PASSWORD_CHARS};
use crate::lang::Lang;
use crate::store::NewMediator;

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

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AccountError {
    #[error("missing or invalid {0}")]
    Field(&'static str),
    #[error("the password needs at least {MIN_PASSWORD_CHARS} characters")]
    WeakPassword,
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
        if self.password.chars().count() < MIN_PASSWORD_CHARS || self.password.len() > 1024 {
            return Err(AccountError::WeakPassword);
        }
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
        let ui_lang = match &self.ui_lang {
            Some(l) => l.parse().map_err(|_| AccountError::Field("ui_lang"))?,
            None => languages[0],
        };
        let password_hash =
            auth::hash_password(&self.password).map_err(|_| AccountError::Field("password"))?;
        Ok(NewMediator {
            username,
            name,
            password_hash,
            role: if self.admin {
                Role::Admin
            } else {
                Role::Mediator
            },
            languages,
            topics: self.topics,
            services: self.services,
            ui_lang,
        })
    }
}
