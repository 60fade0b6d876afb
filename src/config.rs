//! One configuration, from `balcao.toml` (optional), then environment
//! variables and flags, which override it.

use std::fmt;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::Deserialize;

use crate::handoff::settings::HandoffSettings;
use crate::knowledge::files::Source;
use crate::lang::LangSettings;
use crate::web::HttpSettings;

pub const DEFAULT_BIND: &str = "127.0.0.1:8080";
pub const DEFAULT_DATABASE_URL: &str = "sqlite://data/balcao.db";
pub const DEFAULT_CONFIG_FILE: &str = "balcao.toml";

/// Values given on the command line or in the environment (clap reads
/// both); `None` where neither was given.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct Overrides {
    /// Configuration file [default: balcao.toml when present]
    #[arg(long, env = "BALCAO_CONFIG", global = true)]
    pub config: Option<PathBuf>,
    /// Address to listen on [default: 127.0.0.1:8080]
    #[arg(long, env = "BALCAO_BIND", global = true)]
    pub bind: Option<SocketAddr>,
    /// Database URL: sqlite://PATH or postgres://USER@HOST/DB [default: sqlite://data/balcao.db]
    #[arg(long, env = "DATABASE_URL", global = true)]
    pub database_url: Option<String>,
    /// Knowledge folder [default: ./knowledge when present, else the copy built into the binary]
    #[arg(long, env = "BALCAO_KNOWLEDGE_DIR", global = true)]
    pub knowledge_dir: Option<PathBuf>,
    /// UI strings folder [default: the `locales` folder beside the knowledge folder]
    #[arg(long, env = "BALCAO_LOCALES_DIR", global = true)]
    pub locales_dir: Option<PathBuf>,
    /// The address people reach the service at, for links (https:// makes console cookies Secure) [default: http://BIND]
    #[arg(long, env = "BALCAO_PUBLIC_URL", global = true)]
    pub public_url: Option<String>,
    /// The Telegram bot's token; without it the bot is off
    #[arg(
        long,
        env = "TELEGRAM_BOT_TOKEN",
        hide_env_values = true,
        global = true
    )]
    pub telegram_bot_token: Option<String>,
    /// Another Bot API server (a self-hosted telegram-bot-api) [default: https://api.telegram.org]
    #[arg(long, env = "TELEGRAM_API_URL", global = true)]
    pub telegram_api_url: Option<String>,
    /// Public https URL Telegram posts updates to (webhook mode); without it the bot polls
    #[arg(long, env = "TELEGRAM_WEBHOOK_URL", global = true)]
    pub telegram_webhook_url: Option<String>,
    /// Secret Telegram sends with each webhook update [default: generated once and stored]
    #[arg(
        long,
        env = "TELEGRAM_WEBHOOK_SECRET",
        hide_env_values = true,
        global = true
    )]
    pub telegram_webhook_secret: Option<String>,
    /// Serve /metrics only on this address (e.g. 127.0.0.1:9090), not on the main port
    #[arg(long, env = "BALCAO_METRICS_BIND", global = true)]
    pub metrics_bind: Option<SocketAddr>,
    /// Require `Authorization: Bearer <token>` for /metrics
    #[arg(
        long,
        env = "BALCAO_METRICS_TOKEN",
        hide_env_values = true,
        global = true
    )]
    pub metrics_token: Option<String>,
}

/// Who may read `/metrics` (see `web::metrics`). Debug output hides the
/// token.
#[derive(Clone, Default)]
pub struct MetricsConfig {
    pub bind: Option<SocketAddr>,
    pub token: Option<String>,
}

impl fmt::Debug for MetricsConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MetricsConfig")
            .field("bind", &self.bind)
            .field("token", &self.token.as_ref().map(|_| "***"))
            .finish()
    }
}

/// The Telegram bot's settings. Debug output hides the secrets.
#[derive(Clone, Default)]
pub struct TelegramConfig {
    pub token: Option<String>,
    pub api_url: Option<String>,
    pub webhook_url: Option<String>,
    pub webhook_secret: Option<String>,
}

impl fmt::Debug for TelegramConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TelegramConfig")
            .field("token", &self.token.as_ref().map(|_| "***"))
            .field("api_url", &self.api_url)
            .field("webhook_url", &self.webhook_url)
            .field(
                "webhook_secret",
                &self.webhook_secret.as_ref().map(|_| "***"),
            )
            .finish()
    }
}

/// The file's contents; everything optional.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
struct FileConfig {
    bind: Option<SocketAddr>,
    database_url: Option<String>,
    knowledge_dir: Option<PathBuf>,
    locales_dir: Option<PathBuf>,
    /// "text" (default) or "json".
    log_format: Option<LogFormat>,
    /// How often to look for edited knowledge files, in seconds (0: never).
    reload_interval_secs: Option<u64>,
    public_url: Option<String>,
    metrics_bind: Option<SocketAddr>,
    metrics_token: Option<String>,
    languages: LangSettings,
    handoff: HandoffSettings,
    http: HttpSettings,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    #[default]
    Text,
    Json,
}

/// The effective configuration.
#[derive(Debug, Clone)]
pub struct Config {
    pub bind: SocketAddr,
    pub database_url: String,
    pub knowledge: Source,
    pub log_format: LogFormat,
    pub reload_interval: Option<Duration>,
    pub languages: LangSettings,
    /// Where people reach the service, without a trailing slash.
    pub public_url: String,
    pub handoff: HandoffSettings,
    /// Trusted reverse proxies, timeouts and connection limits.
    pub http: HttpSettings,
    pub telegram: TelegramConfig,
    pub metrics: MetricsConfig,
    /// The file read, if any.
    pub file: Option<PathBuf>,
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("reading {path}: {source}")]
    Read {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: {message}")]
    Parse { path: String, message: String },
    #[error("no locales folder found beside {0}: give one with --locales-dir")]
    NoLocales(String),
}

impl Config {
    /// Resolves flags and environment over the file over the defaults.
    pub fn resolve(o: &Overrides) -> Result<Config, ConfigError> {
        let path = o.config.clone().or_else(|| {
            Path::new(DEFAULT_CONFIG_FILE)
                .exists()
                .then(|| DEFAULT_CONFIG_FILE.into())
        });
        let file = match &path {
            None => FileConfig::default(),
            Some(p) => {
                let text = std::fs::read_to_string(p).map_err(|source| ConfigError::Read {
                    path: p.display().to_string(),
                    source,
                })?;
                toml::from_str(&text).map_err(|e| ConfigError::Parse {
                    path: p.display().to_string(),
                    message: e.to_string(),
                })?
            }
        };
        let knowledge_dir = o.knowledge_dir.clone().or(file.knowledge_dir);
        let locales_dir = o.locales_dir.clone().or(file.locales_dir);
        let knowledge = knowledge_source(knowledge_dir, locales_dir)?;
        let mut languages = file.languages;
        // Chains given in the file replace the defaults language by language.
        for (lang, chain) in LangSettings::default().fallback {
            languages.fallback.entry(lang).or_insert(chain);
        }
        let bind = o
            .bind
            .or(file.bind)
            .unwrap_or_else(|| DEFAULT_BIND.parse().expect("valid default"));
        let public_url = o
            .public_url
            .clone()
            .or(file.public_url)
            .unwrap_or_else(|| format!("http://{bind}"))
            .trim_end_matches('/')
            .to_string();
        Ok(Config {
            bind,
            public_url,
            handoff: file.handoff,
            http: file.http,
            database_url: o
                .database_url
                .clone()
                .or(file.database_url)
                .unwrap_or_else(|| DEFAULT_DATABASE_URL.to_string()),
            knowledge,
            log_format: file.log_format.unwrap_or_default(),
            reload_interval: match file.reload_interval_secs {
                Some(0) => None,
                Some(s) => Some(Duration::from_secs(s)),
                None => Some(Duration::from_secs(2)),
            },
            languages,
            telegram: TelegramConfig {
                token: o
                    .telegram_bot_token
                    .clone()
                    .filter(|t| !t.trim().is_empty()),
                api_url: o.telegram_api_url.clone().filter(|u| !u.is_empty()),
                webhook_url: o.telegram_webhook_url.clone().filter(|u| !u.is_empty()),
                webhook_secret: o.telegram_webhook_secret.clone().filter(|s| !s.is_empty()),
            },
            metrics: MetricsConfig {
                bind: o.metrics_bind.or(file.metrics_bind),
                token: o
                    .metrics_token
                    .clone()
                    .or(file.metrics_token)
                    .filter(|t| !t.trim().is_empty()),
            },
            file: path,
        })
    }
}

fn knowledge_source(
    knowledge: Option<PathBuf>,
    locales: Option<PathBuf>,
) -> Result<Source, ConfigError> {
    let knowledge = match knowledge {
        Some(k) => k,
        None if Path::new("knowledge").is_dir() => PathBuf::from("knowledge"),
        None => return Ok(Source::Embedded),
    };
    let locales = match locales {
        Some(l) => l,
        None => {
            let beside = knowledge
                .parent()
                .map(|p| p.join("locales"))
                .unwrap_or_else(|| PathBuf::from("locales"));
            if !beside.is_dir() {
                return Err(ConfigError::NoLocales(knowledge.display().to_string()));
            }
            beside
        }
    };
    Ok(Source::Dirs { knowledge, locales })
}

/// A database URL with any password replaced, for logs and messages.
pub fn redact_url(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_string();
    };
    match rest.split_once('@') {
        Some((userinfo, host)) => {
            let user = userinfo.split(':').next().unwrap_or("");
            format!("{scheme}://{user}:***@{host}")
        }
        None => url.to_string(),
    }
}

impl fmt::Display for Config {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "configuration:")?;
        match &self.file {
            Some(p) => writeln!(f, "  config file      {}", p.display())?,
            None => writeln!(f, "  config file      (none)")?,
        }
        writeln!(f, "  bind             {}", self.bind)?;
        writeln!(f, "  database_url     {}", redact_url(&self.database_url))?;
        match &self.knowledge {
            Source::Embedded => writeln!(f, "  knowledge        (built into the binary)")?,
            Source::Dirs { knowledge, locales } => {
                writeln!(f, "  knowledge_dir    {}", knowledge.display())?;
                writeln!(f, "  locales_dir      {}", locales.display())?;
            }
        }
        writeln!(f, "  public_url       {}", self.public_url)?;
        writeln!(f, "  log_format       {:?}", self.log_format)?;
        let proxies: Vec<String> = self
            .http
            .trusted_proxies
            .iter()
            .map(ToString::to_string)
            .collect();
        writeln!(f, "  trusted_proxies  [{}]", proxies.join(" "))?;
        let t = &self.telegram;
        match (&t.token, &t.webhook_url) {
            (None, _) => writeln!(f, "  telegram bot     off (no TELEGRAM_BOT_TOKEN)")?,
            (Some(_), None) => writeln!(f, "  telegram bot     long polling")?,
            (Some(_), Some(u)) => writeln!(f, "  telegram bot     webhook at {u}")?,
        }
        if let Some(u) = &t.api_url {
            writeln!(f, "  telegram api     {u}")?;
        }
        let m = &self.metrics;
        let token = if m.token.is_some() {
            ", bearer token"
        } else {
            ""
        };
        match m.bind {
            Some(b) => writeln!(f, "  metrics          on {b} only{token}")?,
            None if token.is_empty() => {
                writeln!(f, "  metrics          main port, to this machine only")?
            }
            None => writeln!(f, "  metrics          main port{token}")?,
        }
        let h = &self.handoff;
        writeln!(f, "  timezone         {}", h.timezone)?;
        writeln!(f, "  retention        {} days", h.retention_days)?;
        for s in &h.sites {
            let kiosks: Vec<&str> = s.kiosks.iter().map(|k| k.id.as_str()).collect();
            writeln!(
                f,
                "  site             {} ({}), counters {}, kiosks [{}]",
                s.id,
                s.name,
                s.counters.join(" "),
                kiosks.join(" ")
            )?;
        }
        for s in &h.services {
            writeln!(
                f,
                "  service          {}: {}",
                s.letter,
                s.categories.join(" ")
            )?;
        }
        match self.reload_interval {
            Some(d) => writeln!(f, "  reload_interval  {}s", d.as_secs())?,
            None => writeln!(f, "  reload_interval  off")?,
        }
        writeln!(f, "  default language {}", self.languages.default)?;
        let mut chains: Vec<_> = self.languages.fallback.keys().copied().collect();
        chains.sort();
        for l in chains {
            let chain: Vec<String> = self
                .languages
                .chain(l)
                .iter()
                .map(|l| l.to_string())
                .collect();
            writeln!(f, "  fallback {:<7} {}", l.code(), chain.join(" → "))?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn metrics_bind_and_token_come_from_the_file_and_the_token_is_never_printed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("balcao.toml");
        std::fs::write(
            &path,
            "metrics_bind = \"127.0.0.1:9090\"\nmetrics_token = \"s3cret-scrape-token\"\n",
        )
        .unwrap();
        let c = Config::resolve(&Overrides {
            config: Some(path),
            ..Overrides::default()
        })
        .unwrap();
        assert_eq!(c.metrics.bind, Some("127.0.0.1:9090".parse().unwrap()));
        assert_eq!(c.metrics.token.as_deref(), Some("s3cret-scrape-token"));
        let shown = format!("{c}\n{c:?}");
        assert!(shown.contains("metrics          on 127.0.0.1:9090 only, bearer token"));
        assert!(!shown.contains("s3cret"), "{shown}");
    }

    #[test]
    fn passwords_never_reach_the_printed_url() {
        assert_eq!(
            redact_url("postgres://app:s3cret@db/balcao"),
            "postgres://app:***@db/balcao"
        );
        assert_eq!(
            redact_url("sqlite://data/balcao.db"),
            "sqlite://data/balcao.db"
        );
    }
}
