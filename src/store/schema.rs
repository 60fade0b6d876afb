//! Bringing a database's schema up to this release's, when instances of
//! several releases share it during a rolling upgrade (README,
//! "Upgrading").

use sqlx::migrate::Migrator;

/// Migrations run as usual; a migration this release does not know
/// (applied by an instance of a newer release) is not an error. Without
/// this, an instance of the previous release that restarts mid-upgrade,
/// after a crash or on a reboot, would refuse to start. Migrations are
/// written so the previous release keeps working on the newer schema: they
/// add, and what a release stops using is removed a release later.
pub(super) fn for_rolling_upgrades(mut migrations: Migrator) -> Migrator {
    migrations.set_ignore_missing(true);
    migrations
}

/// Says so in the log when the database is ahead of this binary, so an
/// upgrade left half done is seen.
pub(super) fn warn_if_newer(migrations: &Migrator, newest_applied: Option<i64>) {
    let known = migrations.iter().map(|m| m.version).max().unwrap_or(0);
    if let Some(applied) = newest_applied.filter(|&v| v > known) {
        tracing::warn!(
            applied,
            known,
            "the database was migrated by a newer release of balcao; finish upgrading the instances still on this one"
        );
    }
}

/// The newest migration applied to the database.
pub(super) const NEWEST_APPLIED: &str = "SELECT MAX(version) FROM _sqlx_migrations";
