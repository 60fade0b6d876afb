//! The `balcao` command: serve, check the knowledge base, search from the
//! shell.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::{Context, Result, bail};
use clap::{Parser, Subcommand};

use balcao::clock::SystemClock;
use balcao::config::{Config, LogFormat, Overrides};
use balcao::content::Content;
use balcao::handoff::accounts::{self, Actor, NewAccount, action};
use balcao::knowledge::catalogue::ReviewStatus;
use balcao::knowledge::{self, check};
use balcao::lang::Lang;
use balcao::server;

#[derive(Parser)]
#[command(
    name = "balcao",
    version,
    about = "The one-stop counter for immigrants: knowledge base, search, bot, kiosk and mediator console"
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    #[command(flatten)]
    overrides: Overrides,
}

#[derive(Subcommand)]
enum Command {
    /// Run the service (the default)
    Serve,
    /// Work on the knowledge base
    Kb {
        #[command(subcommand)]
        command: KbCommand,
    },
    /// Manage mediator accounts
    Mediator {
        #[command(subcommand)]
        command: MediatorCommand,
    },
    /// Search the knowledge base as the API does
    Search {
        /// Reader's language (pt en fr es ru uk ro be kea); identified from the text if absent
        #[arg(long)]
        lang: Option<String>,
        /// Print the API's JSON
        #[arg(long)]
        json: bool,
        /// Most results to show
        #[arg(long, default_value_t = 5)]
        limit: usize,
        /// Show which words matched where, and what each added to the score
        #[arg(long)]
        explain: bool,
        /// The question
        text: String,
    },
}

#[derive(Subcommand)]
enum MediatorCommand {
    /// Add an account; the password is read from standard input (one line)
    Add {
        #[arg(long)]
        username: String,
        /// Display name [default: the username]
        #[arg(long, default_value = "")]
        name: String,
        /// Languages spoken, comma-separated (pt,uk)
        #[arg(long, value_delimiter = ',', required = true)]
        languages: Vec<String>,
        /// Topics (article categories) covered, comma-separated [default: all]
        #[arg(long, value_delimiter = ',')]
        topics: Vec<String>,
        /// Ticket services served at a counter, comma-separated [default: all]
        #[arg(long, value_delimiter = ',')]
        services: Vec<String>,
        /// Make the account an administrator
        #[arg(long)]
        admin: bool,
    },
    /// Disable an account: it cannot sign in, and its sessions end
    Disable {
        #[arg(long)]
        username: String,
    },
    /// Enable a disabled account again
    Enable {
        #[arg(long)]
        username: String,
    },
    /// Set a new password, read from standard input (one line); ends the
    /// account's sessions and forgets its failed sign-ins
    ResetPassword {
        #[arg(long)]
        username: String,
    },
}

#[derive(Subcommand)]
enum KbCommand {
    /// Report errors, gaps and outdated translations; print the coverage matrix
    Check {
        /// Also fail on articles missing or outdated in a language, and on
        /// facts past their valid_until
        #[arg(long)]
        strict: bool,
        /// Check as on this day (YYYY-MM-DD) [default: today in the handoff time zone]
        #[arg(long, value_name = "DATE")]
        as_of: Option<chrono::NaiveDate>,
    },
    /// Record that translations follow the current Portuguese source
    Stamp {
        /// Language of the translations
        #[arg(long)]
        lang: String,
        /// Only this article (default: every article translated into LANG)
        #[arg(long)]
        article: Option<String>,
        /// reviewed or machine-translated
        #[arg(long, default_value = "machine-translated")]
        status: String,
    },
    /// Write the knowledge as served (the folder with the console's edits
    /// and reviews) to DIR, in the folder's format, to commit and ship
    Export {
        /// Where to write (a knowledge folder: its files are replaced)
        dir: std::path::PathBuf,
    },
    /// List the console's edits and whether the folder has them yet
    Status,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode> {
    let config = Config::resolve(&cli.overrides)?;
    match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => serve(config),
        Command::Kb {
            command: KbCommand::Check { strict, as_of },
        } => kb_check(&config, strict, as_of),
        Command::Kb {
            command:
                KbCommand::Stamp {
                    lang,
                    article,
                    status,
                },
        } => kb_stamp(&config, &lang, article.as_deref(), &status),
        Command::Kb {
            command: KbCommand::Export { dir },
        } => kb_export(&config, &dir),
        Command::Kb {
            command: KbCommand::Status,
        } => kb_status(&config),
        Command::Search {
            lang,
            json,
            limit,
            explain,
            text,
        } => search(&config, lang.as_deref(), json, limit, explain, &text),
        Command::Mediator {
            command:
                MediatorCommand::Add {
                    username,
                    name,
                    languages,
                    topics,
                    services,
                    admin,
                },
        } => {
            let account = NewAccount {
                username,
                name,
                password: String::new(),
                languages,
                topics,
                services,
                admin,
                ui_lang: None,
            };
            mediator_add(&config, account)
        }
        Command::Mediator {
            command: MediatorCommand::Disable { username },
        } => mediator_account(&config, &username, AccountAction::Disable),
        Command::Mediator {
            command: MediatorCommand::Enable { username },
        } => mediator_account(&config, &username, AccountAction::Enable),
        Command::Mediator {
            command: MediatorCommand::ResetPassword { username },
        } => {
            let password = read_password()?;
            mediator_account(&config, &username, AccountAction::Reset(password))
        }
    }
}

fn init_logs(format: LogFormat) {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,tantivy=warn,sqlx=warn"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        // Colour codes only for a person at a terminal, never in log files.
        .with_ansi(std::io::stderr().is_terminal());
    match format {
        LogFormat::Json => builder.json().init(),
        LogFormat::Text => builder.init(),
    }
}

fn serve(config: Config) -> Result<ExitCode> {
    init_logs(config.log_format);
    tracing::info!("{config}");
    let rt = tokio::runtime::Runtime::new()?;
    rt.block_on(async {
        let running = server::start(&config, Arc::new(SystemClock)).await?;
        if let Some(link) = &running.setup_link {
            // On standard output, not in the log: it is a credential, and
            // logs are kept and shipped.
            println!("No administrator yet. Create the first one within one hour at:\n{link}");
        }
        let reloader = running.reloader().clone();
        wait_for_stop(move || {
            let r = reloader.clone();
            tokio::spawn(async move {
                let _ = r.reload().await;
            });
        })
        .await;
        tracing::info!("stopping: finishing in-flight requests");
        running.shutdown().await?;
        tracing::info!("stopped");
        Ok(ExitCode::SUCCESS)
    })
}

/// Waits for ctrl-c or SIGTERM; SIGHUP asks for a knowledge reload.
async fn wait_for_stop(on_hup: impl Fn()) {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let (Ok(mut term), Ok(mut hup)) = (
            signal(SignalKind::terminate()),
            signal(SignalKind::hangup()),
        ) else {
            let _ = tokio::signal::ctrl_c().await;
            return;
        };
        loop {
            tokio::select! {
                _ = tokio::signal::ctrl_c() => return,
                _ = term.recv() => return,
                _ = hup.recv() => on_hup(),
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = on_hup;
        let _ = tokio::signal::ctrl_c().await;
    }
}

fn kb_check(config: &Config, strict: bool, as_of: Option<chrono::NaiveDate>) -> Result<ExitCode> {
    let files = config.knowledge.read()?;
    let day = as_of.unwrap_or_else(|| {
        balcao::handoff::hours::local_day(config.handoff.timezone, chrono::Utc::now())
    });
    println!("facts as on {day}");
    let (k, issues) = knowledge::load_for(&files, &config.languages, day);
    let report = check::report(&k, &issues, strict);
    print!("{}", report.text);
    std::io::stdout().flush()?;
    Ok(if report.passed {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

fn kb_stamp(config: &Config, lang: &str, article: Option<&str>, status: &str) -> Result<ExitCode> {
    let knowledge::files::Source::Dirs { knowledge: dir, .. } = &config.knowledge else {
        bail!(
            "kb stamp edits files: run it where the knowledge folder is, or give --knowledge-dir"
        );
    };
    let lang: Lang = lang.parse()?;
    let status: ReviewStatus = match status {
        "reviewed" => ReviewStatus::Reviewed,
        "machine-translated" => ReviewStatus::MachineTranslated,
        other => bail!("status must be reviewed or machine-translated, not {other:?}"),
    };
    let files = config.knowledge.read()?;
    let (k, _) = knowledge::load(&files, &config.languages);
    let path = dir.join("review.toml");
    let mut review: knowledge::catalogue::ReviewFile = match std::fs::read_to_string(&path) {
        Ok(text) => toml::from_str(&text).with_context(|| format!("reading {}", path.display()))?,
        Err(_) => Default::default(),
    };
    let mut stamped = 0;
    for a in k
        .articles
        .iter()
        .filter(|a| article.is_none_or(|id| id == a.id))
    {
        let Some(source) = k.source_versions.get(&a.id) else {
            continue;
        };
        if lang == Lang::SOURCE || !k.has_translation(&a.id, lang) {
            continue;
        }
        review.entry(a.id.clone()).or_default().insert(
            lang,
            knowledge::catalogue::ReviewEntry {
                status,
                source: source.clone(),
                reviewed_on: None,
            },
        );
        stamped += 1;
    }
    let header = knowledge::edits::REVIEW_HEADER;
    let review_text = format!("{header}{}", toml::to_string(&review)?);
    // The source text that translations follow is kept, so when the
    // source changes their editors see what changed.
    let mut files = files;
    files
        .texts
        .insert(knowledge::load::REVIEW.to_string(), review_text.clone());
    let current: Vec<(&str, String)> = k
        .articles
        .iter()
        .filter_map(|a| {
            let hash = k.source_versions.get(&a.id)?;
            let text = knowledge::edits::article_entry(&files, &a.id, Lang::SOURCE)?;
            Some((hash.as_str(), text))
        })
        .collect();
    knowledge::edits::put_source_texts(&mut files, current.iter().map(|(h, t)| (*h, t.as_str())));
    std::fs::write(&path, review_text)?;
    if let Some(texts) = files.get(knowledge::edits::SOURCE_TEXTS) {
        std::fs::write(dir.join("source-texts.toml"), texts)?;
    }
    println!(
        "stamped {stamped} {lang} translation(s) as {}",
        status.as_str()
    );
    Ok(ExitCode::SUCCESS)
}

/// The folder's files and the console's newest versions.
async fn edited_knowledge(
    config: &Config,
) -> Result<(
    knowledge::files::Files,
    knowledge::files::Files,
    Vec<balcao::store::ArticleVersion>,
)> {
    let store = balcao::store::open(&config.database_url).await?;
    let folder = config.knowledge.read()?;
    let mut served = folder.clone();
    let overlaid = balcao::editing::overlay(&mut served, &*store, None).await;
    let versions = store.newest_versions().await;
    store.close().await;
    overlaid?;
    Ok((folder, served, versions?))
}

fn kb_export(config: &Config, dir: &std::path::Path) -> Result<ExitCode> {
    let rt = tokio::runtime::Runtime::new()?;
    let (_, served, _) = rt.block_on(edited_knowledge(config))?;
    let mut written = 0;
    for (path, text) in served.iter() {
        let Some(rel) = path.strip_prefix("knowledge/") else {
            continue;
        };
        let to = dir.join(rel);
        if let Some(parent) = to.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(&to, text).with_context(|| format!("writing {}", to.display()))?;
        written += 1;
    }
    println!("wrote {written} file(s) to {}", dir.display());
    Ok(ExitCode::SUCCESS)
}

fn kb_status(config: &Config) -> Result<ExitCode> {
    use balcao::editing::{EditState, edit_state};
    let rt = tokio::runtime::Runtime::new()?;
    let (folder, _, versions) = rt.block_on(edited_knowledge(config))?;
    let mut pending = 0;
    for v in &versions {
        let state = edit_state(&folder, v);
        let said = match state {
            EditState::NotExported => "not exported",
            EditState::Exported => continue,
            // An article published from the console that a release now
            // ships too: the release's catalogue entry is the one used.
            EditState::Conflict if v.kind == balcao::store::Kind::Catalogue => {
                "conflict: the folder's catalogue has this article, and its entry is used"
            }
            EditState::Conflict => {
                "conflict: the folder changed since the edit; resolve it in the console"
            }
        };
        pending += 1;
        println!(
            "{}.{} version {} by {} on {}: {said}",
            v.article,
            v.lang.code(),
            v.version,
            v.author,
            v.at.date_naive()
        );
    }
    println!("{pending} edit(s) not in the folder");
    Ok(ExitCode::SUCCESS)
}

fn search(
    config: &Config,
    lang: Option<&str>,
    json: bool,
    limit: usize,
    explain: bool,
    text: &str,
) -> Result<ExitCode> {
    let lang: Option<Lang> = lang.map(str::parse).transpose()?;
    let day = balcao::handoff::hours::local_day(config.handoff.timezone, chrono::Utc::now());
    let content = Content::load_for(&config.knowledge, &config.languages, day)?;
    let outcome = content.search_explained(text, lang, limit, false, explain);
    if json {
        println!("{}", serde_json::to_string_pretty(&outcome)?);
        return Ok(ExitCode::SUCCESS);
    }
    let detected = outcome
        .detected_lang
        .map_or("-".to_string(), |l| l.to_string());
    println!("lang {} (detected {detected})", outcome.lang);
    if outcome.results.is_empty() {
        println!("no good result");
    }
    for r in &outcome.results {
        let fb = if r.fallback { " [fallback]" } else { "" };
        println!(
            "{:>7.3}  {:<28} {}{fb}\n         {}",
            r.score, r.id, r.title, r.snippet
        );
        if let Some(e) = &r.explain {
            println!(
                "         matched in {}, {:.0}% of the question's weight",
                e.matched_lang,
                100.0 * e.coverage
            );
            for m in &e.matches {
                println!(
                    "           {:<16} -> {:<16} {:<9} {:<6} +{:.3}",
                    m.word,
                    m.term,
                    format!("{:?}", m.field).to_lowercase(),
                    format!("{:?}", m.kind).to_lowercase(),
                    m.score
                );
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Adds a mediator account; the password comes from standard input so it
/// stays out of shell history and process lists.
fn mediator_add(config: &Config, mut account: NewAccount) -> Result<ExitCode> {
    account.password = read_password()?;
    let files = config.knowledge.read()?;
    let (k, _) = knowledge::load(&files, &config.languages);
    let categories: Vec<&str> = k.categories.iter().map(|c| c.id.as_str()).collect();
    let username = account.username.clone();
    let new = account.validate(&categories, &config.handoff)?;
    let rt = tokio::runtime::Runtime::new()?;
    rt.block_on(async {
        let store = balcao::store::open(&config.database_url).await?;
        let created = store.create_mediator(&new).await;
        if let Ok(id) = created
            && let Some(m) = store.mediator(id).await?
        {
            let now = chrono::Utc::now();
            accounts::record(&*store, Actor::CommandLine, action::CREATED, &m, now).await?;
        }
        store.close().await;
        match created {
            Ok(id) => {
                println!("added mediator {username} (id {id})");
                Ok(ExitCode::SUCCESS)
            }
            Err(balcao::store::StoreError::Conflict) => bail!("username {username} already exists"),
            Err(e) => Err(e.into()),
        }
    })
}

/// One line from standard input, so a password stays out of shell history
/// and process lists.
fn read_password() -> Result<String> {
    let mut password = String::new();
    std::io::stdin()
        .read_line(&mut password)
        .context("reading the password from standard input")?;
    Ok(password.trim_end_matches(['\r', '\n']).to_string())
}

enum AccountAction {
    Disable,
    Enable,
    Reset(String),
}

/// For an administrator locked out of the console: disable, enable or set
/// a password from the server's shell. Written to the audit log as done
/// from the command line.
fn mediator_account(config: &Config, username: &str, what: AccountAction) -> Result<ExitCode> {
    let rt = tokio::runtime::Runtime::new()?;
    rt.block_on(async {
        let store = balcao::store::open(&config.database_url).await?;
        let done = account_action(&*store, username, what).await;
        store.close().await;
        println!("{}", done?);
        Ok(ExitCode::SUCCESS)
    })
}

async fn account_action(
    store: &dyn balcao::store::Store,
    username: &str,
    what: AccountAction,
) -> Result<String> {
    let Some((m, _)) = store.mediator_login(username).await? else {
        bail!("no account named {username}");
    };
    let now = chrono::Utc::now();
    let key = balcao::auth::account_key(&m.username);
    let (act, said) = match what {
        AccountAction::Disable => {
            store.set_disabled(m.id, true).await?;
            let away = balcao::handoff::model::Presence {
                mediator_id: m.id,
                site: None,
                counter: None,
                available: false,
                since: now,
            };
            store.set_presence(&away).await?;
            (action::DISABLED, "disabled; its sessions ended")
        }
        AccountAction::Enable => {
            store.set_disabled(m.id, false).await?;
            store.clear_login_failures(&key).await?;
            (action::ENABLED, "enabled")
        }
        AccountAction::Reset(password) => {
            let (user, name) = (m.username.clone(), m.name.clone());
            let hash = tokio::task::spawn_blocking(move || {
                accounts::hash_new_password(&password, &user, &name)
            })
            .await??;
            store.set_password(m.id, &hash, None).await?;
            store.clear_login_failures(&key).await?;
            (
                action::PASSWORD_RESET,
                "has a new password; its sessions ended",
            )
        }
    };
    accounts::record(store, Actor::CommandLine, act, &m, now).await?;
    Ok(format!("account {} {said}", m.username))
}
