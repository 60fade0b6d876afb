//! Rebuilding what is served from the knowledge folder and the console's
//! edits, and swapping it in: on a file change, at midnight, and when an
//! editor publishes.

use std::collections::HashSet;
use std::sync::Arc;

use chrono::NaiveDate;
use chrono_tz::Tz;

use crate::clock::Clock;
use crate::content::{Content, ContentHandle, LoadError};
use crate::editing;
use crate::handoff::hours::local_day;
use crate::handoff::model::EventKind;
use crate::knowledge::files::{Files, Source};
use crate::knowledge::{Issue, Severity};
use crate::lang::LangSettings;
use crate::store::Store;
use crate::web::metrics::Metrics;

/// Rebuilds content from its source and swaps it in.
#[derive(Clone)]
pub struct Reloader {
    pub(crate) source: Source,
    pub(crate) settings: LangSettings,
    pub(crate) content: Arc<ContentHandle>,
    pub(crate) metrics: Arc<Metrics>,
    pub(crate) clock: Arc<dyn Clock>,
    pub(crate) timezone: Tz,
    /// The console's edits, laid over the source's files.
    pub(crate) store: Arc<dyn Store>,
    pub(crate) reloading: Arc<tokio::sync::Mutex<()>>,
}

impl Reloader {
    /// The reader's day: facts take the value valid on it.
    pub fn today(&self) -> NaiveDate {
        local_day(self.timezone, self.clock.now())
    }

    /// Rebuilds the content when the day it was built for is over, so a fact
    /// that changes on a date shows its new value from that midnight on.
    /// Returns whether it rebuilt.
    pub async fn roll_over(&self) -> Result<bool, LoadError> {
        if self.content.current().knowledge.day == self.today() {
            return Ok(false);
        }
        self.reload().await.map(|()| true)
    }

    /// Loads the knowledge files and the console's edits again. On success
    /// the new version serves from the next request on; on failure the last
    /// good one keeps serving.
    ///
    /// Reloads run one at a time, each reading the edits once it may go:
    /// two editors saving at once both end up served, never the older
    /// reading last. An edit the folder no longer fits (a new release
    /// removed a fact it uses) is left out and logged, so one stale edit
    /// does not hold back the folder and every other edit.
    pub async fn reload(&self) -> Result<(), LoadError> {
        let _one_at_a_time = self.reloading.lock().await;
        let (folder, served) = self.read().await?;
        let issues = match self.publish(served).await {
            Err(LoadError::Broken(issues)) => issues,
            other => return other,
        };
        // Again without the edits the problems name, if any.
        let named: HashSet<String> = issues.iter().filter_map(|i| i.id.clone()).collect();
        let mut without = folder;
        let left_out = editing::overlay(&mut without, &*self.store, Some(&named))
            .await
            .map_err(|e| failed(format!("reading the console's edits: {e}")))?;
        if left_out.is_empty() {
            return Err(LoadError::Broken(issues));
        }
        tracing::error!(
            ?left_out,
            "console edits the knowledge no longer fits are left out; an editor must redo them"
        );
        self.publish(without).await
    }

    /// [`Reloader::reload`] after an edit stored in the database, and the
    /// other instances sharing the database are told to do the same (their
    /// consoles then get the `knowledge` event as this one's do).
    pub async fn reload_edited(&self) -> Result<(), LoadError> {
        self.reload().await?;
        if let Err(e) = self
            .store
            .announce(EventKind::Knowledge, self.clock.now())
            .await
        {
            tracing::error!(error = %e, "other instances were not told of a knowledge edit; they serve it at their next reload");
        }
        Ok(())
    }

    /// The source's files as they are, and with the console's edits on
    /// top (the knowledge that is served), from one reading of the folder.
    pub async fn read(&self) -> Result<(Files, Files), LoadError> {
        let source = self.source.clone();
        let folder = tokio::task::spawn_blocking(move || source.read())
            .await
            .map_err(|e| failed(format!("reading the knowledge stopped: {e}")))??;
        let mut served = folder.clone();
        editing::overlay(&mut served, &*self.store, None)
            .await
            .map_err(|e| failed(format!("reading the console's edits: {e}")))?;
        Ok((folder, served))
    }

    /// Builds content from `files` and serves it from the next request
    /// on; on failure the last good version keeps serving.
    async fn publish(&self, files: Files) -> Result<(), LoadError> {
        let (settings, day) = (self.settings.clone(), self.today());
        let loaded =
            tokio::task::spawn_blocking(move || Content::from_files(&files, &settings, day))
                .await
                .unwrap_or_else(|e| Err(failed(format!("loader panicked: {e}"))));
        match loaded {
            Ok(content) => {
                let docs = content.index.documents();
                self.content.replace(content);
                Metrics::count(&self.metrics.reloads);
                tracing::info!(documents = docs, %day, "knowledge reloaded");
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

fn failed(message: String) -> LoadError {
    LoadError::Broken(vec![Issue::new(Severity::Error, message)])
}
