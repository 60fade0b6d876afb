//! Running the service: the HTTP server, the knowledge reload watcher, and
//! a graceful stop that lets in-flight requests finish and ends live event
//! streams (their clients reconnect to the next process).

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::watch;
use tokio::task::JoinHandle;

use crate::clock::Clock;
use crate::config::Config;
use crate::content::{Content, ContentHandle, LoadError};
use crate::handoff::Handoff;
use crate::handoff::hours::local_day;
use crate::handoff::model::{Channel, Event, EventKind};
use crate::handoff::outbox::{Deliveries, Delivery};
pub use crate::reload::Reloader;
use crate::store::{self, StoreError};
use crate::web::kiosk_chat::KioskChat;
use crate::web::metrics::{Metrics, MetricsAccess};
use crate::web::{self, AppState, Limits};

#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error("loading the knowledge base: {0}")]
    Knowledge(#[from] LoadError),
    #[error("opening the database: {0}")]
    Store(#[from] StoreError),
    #[error("listening on {addr}: {source}")]
    Bind {
        addr: SocketAddr,
        #[source]
        source: std::io::Error,
    },
    #[error("configuration:\n  {}", .0.join("\n  "))]
    Config(Vec<String>),
    #[error("Telegram bot: {0}")]
    Telegram(#[from] crate::telegram::StartError),
    #[error("the knowledge loader stopped unexpectedly")]
    Join(#[from] tokio::task::JoinError),
}

/// A started service.
pub struct Running {
    /// The address actually bound (useful with port 0).
    pub addr: SocketAddr,
    /// Where `/metrics` is served when `metrics_bind` is set.
    pub metrics_addr: Option<SocketAddr>,
    pub state: AppState,
    /// The single-use link that creates the first administrator, when the
    /// database has no accounts yet.
    pub setup_link: Option<String>,
    reloader: Reloader,
    stop: watch::Sender<bool>,
    server: JoinHandle<std::io::Result<()>>,
    background: Vec<JoinHandle<()>>,
}

/// How long the first-administrator link stays valid.
const SETUP_LINK_VALID: chrono::Duration = chrono::Duration::hours(1);
/// How often kiosk chats are checked for a page that is gone.
const KIOSK_WATCH_EVERY: Duration = Duration::from_secs(5);
/// How often expired conversations and tickets are deleted.
const RETENTION_EVERY: Duration = Duration::from_secs(3600);

/// How often the day-boundary task looks at the clock: a clock moved by
/// hand (or a suspended machine) is noticed within this, not at midnight.
const DAY_CHECK_EVERY: Duration = Duration::from_secs(2);

/// Loads the knowledge (refusing a broken one), opens the database, binds
/// and starts serving.
pub async fn start(config: &Config, clock: Arc<dyn Clock>) -> Result<Running, StartError> {
    let (source, settings) = (config.knowledge.clone(), config.languages.clone());
    let day = local_day(config.handoff.timezone, clock.now());
    let content =
        tokio::task::spawn_blocking(move || Content::load_for(&source, &settings, day)).await??;
    for w in &content.warnings {
        tracing::debug!("{w}");
    }
    tracing::info!(
        articles = content.knowledge.articles.len(),
        documents = content.index.documents(),
        warnings = content.warnings.len(),
        "knowledge loaded"
    );
    let problems = {
        let k = &content.knowledge;
        let categories: Vec<&str> = k.categories.iter().map(|c| c.id.as_str()).collect();
        let facts: Vec<&str> = k.facts.keys().map(String::as_str).collect();
        config.handoff.problems(&categories, &facts)
    };
    let problems = [problems, config.http.problems()].concat();
    if !problems.is_empty() {
        return Err(StartError::Config(problems));
    }
    let store = store::open(&config.database_url).await?;
    let content = Arc::new(ContentHandle::new(content));
    let metrics = Arc::new(Metrics::new(MetricsAccess {
        token: config.metrics.token.clone(),
        own_listener: config.metrics.bind.is_some(),
    }));
    let reloader = Reloader {
        source: config.knowledge.clone(),
        settings: config.languages.clone(),
        content: content.clone(),
        metrics: metrics.clone(),
        clock: clock.clone(),
        timezone: config.handoff.timezone,
        store: store.clone(),
        reloading: Arc::default(),
    };
    // Edits made in the console are served from the start (loading twice
    // only when there are any). If they cannot be, the folder's knowledge
    // serves: the counter opens either way.
    if (!store.newest_versions().await?.is_empty() || !store.reviews().await?.is_empty())
        && let Err(e) = reloader.reload().await
    {
        tracing::error!(error = %e, "the console's edits could not be served; serving the knowledge folder");
    }
    let handoff = Handoff::new(
        store.clone(),
        clock.clone(),
        content.clone(),
        config.handoff.clone(),
    );
    let listener = tokio::net::TcpListener::bind(config.bind)
        .await
        .map_err(|source| StartError::Bind {
            addr: config.bind,
            source,
        })?;
    let addr = listener.local_addr().map_err(|source| StartError::Bind {
        addr: config.bind,
        source,
    })?;
    let state = AppState {
        content,
        store,
        clock,
        metrics,
        reloader: reloader.clone(),
        handoff,
        public_url: public_url(config, addr).into(),
        limits: Arc::new(Limits::new(&config.http)),
        kiosk_chat: Arc::new(KioskChat::default()),
        telegram: Arc::new(crate::telegram::Gateway::default()),
        http: Arc::new(config.http.clone()),
        session_ends: Arc::default(),
    };
    let setup_link = setup_link(&state).await?;
    let (stop, stopped) = watch::channel(false);
    let server = tokio::spawn(web::serve::serve(
        listener,
        web::app(state.clone()),
        state.http.clone(),
        stopped.clone(),
    ));
    let (metrics_addr, metrics_server) = match config.metrics.bind {
        Some(bind) => {
            let (addr, task) = serve_metrics(bind, &state, stopped.clone()).await?;
            (Some(addr), Some(task))
        }
        None => (None, None),
    };
    let mut deliveries = Deliveries::new();
    deliveries.insert(
        Channel::Kiosk,
        state.kiosk_chat.clone() as Arc<dyn Delivery>,
    );
    let mut background = Vec::new();
    if let Some(bot) = crate::telegram::start(
        &config.telegram,
        state.handoff.clone(),
        state.telegram.clone(),
        stopped.clone(),
    )
    .await?
    {
        deliveries.insert(Channel::Telegram, bot.delivery);
        background.extend(bot.tasks);
    }
    background.extend(metrics_server);
    background.extend([
        tokio::spawn(watch_files(
            reloader.clone(),
            config.reload_interval,
            stopped.clone(),
        )),
        tokio::spawn(day_boundary(reloader.clone(), stopped.clone())),
        tokio::spawn({
            let h = state.handoff.clone();
            let stop = stopped.clone();
            async move { h.run_outbox(deliveries, stop).await }
        }),
        tokio::spawn(kiosk_watch(
            state.handoff.clone(),
            state.kiosk_chat.clone(),
            stopped.clone(),
        )),
        tokio::spawn(announce_knowledge(state.clone(), stopped.clone())),
        tokio::spawn(crate::peers::follow(
            state.handoff.clone(),
            reloader.clone(),
            stopped.clone(),
        )),
        tokio::spawn(state.handoff.claims.clone().keep(stopped.clone())),
        tokio::spawn(retention(state.handoff.clone(), stopped)),
    ]);
    tracing::info!(%addr, "listening");
    Ok(Running {
        addr,
        metrics_addr,
        state,
        setup_link,
        reloader,
        stop,
        server,
        background,
    })
}

/// `/metrics` on its own address (`metrics_bind`), typically loopback or an
/// internal network the service's public port does not reach.
async fn serve_metrics(
    bind: SocketAddr,
    state: &AppState,
    stop: watch::Receiver<bool>,
) -> Result<(SocketAddr, JoinHandle<()>), StartError> {
    let bound = |source| StartError::Bind { addr: bind, source };
    let listener = tokio::net::TcpListener::bind(bind).await.map_err(bound)?;
    let addr = listener.local_addr().map_err(bound)?;
    tracing::info!(%addr, "metrics listening");
    let app = web::metrics::app(state.clone());
    let http = state.http.clone();
    Ok((
        addr,
        tokio::spawn(async move {
            if let Err(e) = web::serve::serve(listener, app, http, stop).await {
                tracing::error!(error = %e, "the metrics listener stopped");
            }
        }),
    ))
}

/// Where people reach the service: `public_url` as configured, or when it
/// was left to its default (the bind address), the address actually bound,
/// which differs when the port was 0.
fn public_url(config: &Config, bound: SocketAddr) -> String {
    if config.public_url == format!("http://{}", config.bind) {
        format!("http://{bound}")
    } else {
        config.public_url.clone()
    }
}

/// With no administrator yet, a single-use link to create the first one
/// (it stops working as soon as one exists, however it was added).
async fn setup_link(state: &AppState) -> Result<Option<String>, StoreError> {
    if state.store.has_admin().await? {
        return Ok(None);
    }
    let token = crate::auth::random_token(32);
    let expires = state.clock.now() + SETUP_LINK_VALID;
    state
        .store
        .create_setup_token(&crate::auth::token_hash(&token), expires)
        .await?;
    Ok(Some(format!(
        "{}/console/#/setup/{token}",
        state.public_url
    )))
}

/// Ends the kiosk chats whose page is gone, so a visitor who walked away
/// does not hold a place in the queue.
async fn kiosk_watch(handoff: Handoff, chats: Arc<KioskChat>, mut stop: watch::Receiver<bool>) {
    loop {
        tokio::select! {
            _ = tokio::time::sleep(KIOSK_WATCH_EVERY) => {}
            _ = stop.wait_for(|s| *s) => return,
        }
        match handoff
            .end_abandoned_kiosk_chats(|c| chats.is_connected(c))
            .await
        {
            Ok(0) => {}
            Ok(n) => tracing::info!(chats = n, "kiosk chats ended: their page was gone"),
            Err(e) => tracing::error!(error = %e, "kiosk chat watch failed"),
        }
    }
}

/// Tells open consoles each time the served knowledge changes, so an
/// editor's page shows another editor's save (or a new release) without
/// being reloaded.
async fn announce_knowledge(state: AppState, mut stop: watch::Receiver<bool>) {
    let mut replaced = state.content.replacements();
    loop {
        tokio::select! {
            changed = replaced.changed() => if changed.is_err() { return },
            _ = stop.wait_for(|s| *s) => return,
        }
        state
            .handoff
            .hub
            .publish([Event::announcement(EventKind::Knowledge, state.clock.now())]);
    }
}

/// Deletes expired conversations and tickets now and every hour.
async fn retention(handoff: Handoff, mut stop: watch::Receiver<bool>) {
    loop {
        if let Err(e) = handoff.purge_expired().await {
            tracing::error!(error = %e, "retention: purge failed");
        }
        tokio::select! {
            _ = tokio::time::sleep(RETENTION_EVERY) => {}
            _ = stop.wait_for(|s| *s) => return,
        }
    }
}

/// Rebuilds the content at each midnight in `[handoff] timezone`, whether
/// or not the file watcher runs. It sleeps until midnight by the clock but
/// no longer than [`DAY_CHECK_EVERY`], since the clock may be moved.
async fn day_boundary(reloader: Reloader, mut stop: watch::Receiver<bool>) {
    loop {
        let now = reloader.clock.now();
        let until_midnight = reloader
            .today()
            .succ_opt()
            .and_then(|d| d.and_hms_opt(0, 0, 0))
            .and_then(|m| m.and_local_timezone(reloader.timezone).earliest())
            .and_then(|m| (m.with_timezone(&chrono::Utc) - now).to_std().ok())
            .unwrap_or(DAY_CHECK_EVERY);
        tokio::select! {
            _ = tokio::time::sleep(until_midnight.min(DAY_CHECK_EVERY)) => {}
            _ = stop.wait_for(|s| *s) => return,
        }
        // A refused rebuild is logged by reload and tried again next round.
        let _ = reloader.roll_over().await;
    }
}

/// Polls the knowledge folder and reloads when a file changed. Polling (not
/// inotify) works the same on every filesystem and costs one directory walk.
async fn watch_files(reloader: Reloader, every: Option<Duration>, mut stop: watch::Receiver<bool>) {
    let Some(every) = every else { return };
    let mut last = reloader.source.fingerprint();
    if last.is_none() {
        return;
    }
    loop {
        tokio::select! {
            _ = tokio::time::sleep(every) => {}
            _ = stop.wait_for(|s| *s) => return,
        }
        let now = reloader.source.fingerprint();
        if now != last {
            last = now;
            let _ = reloader.reload().await;
        }
    }
}

impl Running {
    pub fn reloader(&self) -> &Reloader {
        &self.reloader
    }

    /// Stops every task at once, as a crash would: nothing under way is
    /// finished or recorded, no claim or lease is given up (they lapse).
    /// For tests of what the other instances on the database do then.
    pub fn abort(self) {
        self.server.abort();
        for task in &self.background {
            task.abort();
        }
    }

    /// Stops accepting connections, lets in-flight requests finish, then
    /// closes the database.
    pub async fn shutdown(self) -> std::io::Result<()> {
        // Live streams would hold the stop for hours: end them first.
        self.state.handoff.hub.close();
        let _ = self.stop.send(true);
        let served = self
            .server
            .await
            .unwrap_or_else(|e| Err(std::io::Error::other(e)));
        for task in self.background {
            let _ = task.await;
        }
        self.state.store.close().await;
        served
    }
}
