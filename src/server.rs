//! Running the service: the HTTP server, the knowledge reload watcher, and
//! a graceful stop that lets in-flight requests finish.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::watch;
use tokio::task::JoinHandle;

use crate::clock::Clock;
use crate::config::Config;
use crate::content::{Content, ContentHandle, LoadError};
use crate::knowledge::files::Source;
use crate::lang::LangSettings;
use crate::store::{self, StoreError};
use crate::web::metrics::Metrics;
use crate::web::{self, AppState};

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
    #[error("the knowledge loader stopped unexpectedly")]
    Join(#[from] tokio::task::JoinError),
}

/// A started service.
pub struct Running {
    /// The address actually bound (useful with port 0).
    pub addr: SocketAddr,
    pub state: AppState,
    reloader: Reloader,
    stop: watch::Sender<bool>,
    server: JoinHandle<std::io::Result<()>>,
    watcher: JoinHandle<()>,
}

/// Rebuilds content from its source and swaps it in.
#[derive(Clone)]
pub struct Reloader {
    source: Source,
    settings: LangSettings,
    content: Arc<ContentHandle>,
    metrics: Arc<Metrics>,
}

impl Reloader {
    /// Loads the knowledge files again. On success the new version serves
    /// from the next request on; on failure the last good one keeps serving.
    pub async fn reload(&self) -> Result<(), LoadError> {
        let (source, settings) = (self.source.clone(), self.settings.clone());
        let loaded = tokio::task::spawn_blocking(move || Content::load(&source, &settings))
            .await
            .unwrap_or_else(|e| {
                Err(LoadError::Broken(vec![crate::knowledge::Issue::new(
                    crate::knowledge::Severity::Error,
                    format!("loader panicked: {e}"),
                )]))
            });
        match loaded {
            Ok(content) => {
                let docs = content.index.documents();
                self.content.replace(content);
                Metrics::count(&self.metrics.reloads);
                tracing::info!(documents = docs, "knowledge reloaded");
                Ok(())
            }
            Err(e) => {
                Metrics::count(&self.metrics.reload_failures);
                tracing::error!(error = %e, "knowledge reload refused; the previous version keeps serving");
                Err(e)
            }
        }
    }
}

/// Loads the knowledge (refusing a broken one), opens the database, binds
/// and starts serving.
pub async fn start(config: &Config, clock: Arc<dyn Clock>) -> Result<Running, StartError> {
    let (source, settings) = (config.knowledge.clone(), config.languages.clone());
    let content = tokio::task::spawn_blocking(move || Content::load(&source, &settings)).await??;
    for w in &content.warnings {
        tracing::debug!("{w}");
    }
    tracing::info!(
        articles = content.knowledge.articles.len(),
        documents = content.index.documents(),
        warnings = content.warnings.len(),
        "knowledge loaded"
    );
    let store = store::open(&config.database_url).await?;
    let state = AppState {
        content: Arc::new(ContentHandle::new(content)),
        store,
        clock,
        metrics: Arc::new(Metrics::default()),
    };
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
    let (stop, stopped) = watch::channel(false);
    let mut stop_rx = stopped.clone();
    let server = tokio::spawn(
        axum::serve(listener, web::app(state.clone()))
            .with_graceful_shutdown(async move {
                let _ = stop_rx.wait_for(|s| *s).await;
            })
            .into_future(),
    );
    let reloader = Reloader {
        source: config.knowledge.clone(),
        settings: config.languages.clone(),
        content: state.content.clone(),
        metrics: state.metrics.clone(),
    };
    let watcher = tokio::spawn(watch_files(
        reloader.clone(),
        config.reload_interval,
        stopped,
    ));
    tracing::info!(%addr, "listening");
    Ok(Running {
        addr,
        state,
        reloader,
        stop,
        server,
        watcher,
    })
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

    /// Stops accepting connections, lets in-flight requests finish, then
    /// closes the database.
    pub async fn shutdown(self) -> std::io::Result<()> {
        let _ = self.stop.send(true);
        let served = self
            .server
            .await
            .unwrap_or_else(|e| Err(std::io::Error::other(e)));
        let _ = self.watcher.await;
        self.state.store.close().await;
        served
    }
}
