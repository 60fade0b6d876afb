//! The database holds what people told mediators (some of them victims of
//! trafficking or violence): its files are readable by the service's user
//! only, and what is deleted is overwritten, not merely unlinked from the
//! b-tree.

use std::path::Path;
use std::time::Duration;

use sqlx::SqlitePool;

use crate::store::StoreError;

/// Creates the database's folder (owner only) and file (owner read/write)
/// before SQLite opens it, and tightens a file left readable by others.
/// SQLite gives the `-wal` and `-shm` files the database file's mode.
pub fn prepare(db: &Path) -> Result<(), StoreError> {
    let failed = |path: &Path| {
        let path = path.display().to_string();
        move |source| StoreError::CreateDir { path, source }
    };
    if let Some(dir) = db.parent().filter(|d| !d.as_os_str().is_empty()) {
        builder().create(dir).map_err(failed(dir))?;
    }
    open_private(db).map_err(failed(db))?;
    for suffix in ["", "-wal", "-shm"] {
        let mut name = db.as_os_str().to_owned();
        name.push(suffix);
        restrict(Path::new(&name)).map_err(failed(db))?;
    }
    Ok(())
}

#[cfg(unix)]
fn builder() -> std::fs::DirBuilder {
    use std::os::unix::fs::DirBuilderExt;
    let mut b = std::fs::DirBuilder::new();
    b.recursive(true).mode(0o700);
    b
}

#[cfg(not(unix))]
fn builder() -> std::fs::DirBuilder {
    let mut b = std::fs::DirBuilder::new();
    b.recursive(true);
    b
}

fn open_private(db: &Path) -> std::io::Result<()> {
    let mut o = std::fs::OpenOptions::new();
    o.create(true).append(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut o, 0o600);
    o.open(db).map(drop)
}

/// Removes group and other access from an existing file.
fn restrict(file: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let meta = match std::fs::metadata(file) {
            Ok(m) => m,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
            Err(e) => return Err(e),
        };
        let mode = meta.permissions().mode();
        if mode & 0o077 != 0 {
            std::fs::set_permissions(file, std::fs::Permissions::from_mode(mode & 0o700))?;
        }
    }
    #[cfg(not(unix))]
    let _ = file;
    Ok(())
}

/// After deleting people's data: copies the overwritten pages into the
/// database file and empties the WAL, which otherwise keeps the old page
/// images (with the deleted text) until they happen to be overwritten.
/// A reader in the middle of a query can hold it up; it is tried again for
/// a while, and if it still cannot finish the next deletion's checkpoint
/// does it.
pub async fn checkpoint(pool: &SqlitePool) -> Result<(), StoreError> {
    // Each try may wait out the busy timeout for a reader to finish.
    const TRIES: u32 = 5;
    for i in 0..TRIES {
        // (busy, frames in the WAL, frames copied): busy = 1 when a reader
        // kept it from finishing.
        let (busy, _, _): (i64, i64, i64) = sqlx::query_as("PRAGMA wal_checkpoint(TRUNCATE)")
            .fetch_one(pool)
            .await?;
        if busy == 0 {
            return Ok(());
        }
        tokio::time::sleep(Duration::from_millis(50 << i)).await;
    }
    tracing::warn!("the WAL could not be emptied after a deletion; the next deletion retries");
    Ok(())
}
