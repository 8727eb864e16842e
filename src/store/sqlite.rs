//! The embedded SQLite store (`dsn: sqlite://PATH`): persistent, WAL-journaled. rusqlite types
//! stay in this file.
//!
//! Statements are point lookups and single-row writes that take microseconds, so they run on
//! the calling task's thread, not on the blocking pool: a hand-off to another thread and back
//! cost several times the statement itself. Reads go to one of several read connections (WAL
//! lets them run beside the writer); writes go to the one writer connection, serialized by its
//! lock. Commits do not wait for the disk: a checkpointer thread folds the WAL back into the
//! database file (and waits for `fsync`) beside them, see [`checkpoint_in_background`].

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use async_trait::async_trait;
use chrono::{DateTime, Utc};
// parking_lot's lock hands itself to a waiting thread at least every half millisecond, so the
// checkpointer gets the writer between commits even when writes never pause.
use parking_lot::Mutex;
use rusqlite::{Connection, OptionalExtension, params};

use super::recent_sessions::RecentSessions;
use super::records::{
    FlowRecord, IdentityRecord, PasswordRecord, SessionColumns, SessionDetails, parse_uuid,
};
use super::times::{parse_time, time_text};
use super::{
    AttemptStore, ErrorStore, IdentityPage, IdentityStore, LoginFlowStore, SessionStore, SessionWrite, Store,
    StoreError,
};
use crate::flow::{FlowError, FlowId, LoginFlow};
use crate::identity::{Identity, IdentityId, PasswordHash};
use crate::session::{Session, SessionId, SessionWithIdentity, TokenDigest};

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS identities (
    id TEXT PRIMARY KEY,
    schema_id TEXT NOT NULL,
    traits TEXT NOT NULL,
    state TEXT NOT NULL,
    state_changed_at TEXT,
    metadata_public TEXT,
    metadata_admin TEXT,
    external_id TEXT UNIQUE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS password_credentials (
    identity_id TEXT PRIMARY KEY REFERENCES identities(id) ON DELETE CASCADE,
    hashed_password TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS credential_identifiers (
    credential_type TEXT NOT NULL,
    identifier TEXT NOT NULL,
    identity_id TEXT NOT NULL REFERENCES identities(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    PRIMARY KEY (credential_type, identifier)
);
CREATE INDEX IF NOT EXISTS credential_identifiers_identity ON credential_identifiers(identity_id);
CREATE TABLE IF NOT EXISTS login_flows (
    id TEXT PRIMARY KEY,
    document TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    completed_at TEXT
);
CREATE INDEX IF NOT EXISTS login_flows_expiry ON login_flows(expires_at);
CREATE TABLE IF NOT EXISTS sessions (
    id TEXT PRIMARY KEY,
    token_digest TEXT NOT NULL UNIQUE,
    identity_id TEXT NOT NULL REFERENCES identities(id) ON DELETE CASCADE,
    active INTEGER NOT NULL,
    expires_at TEXT NOT NULL,
    details TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS sessions_identity ON sessions(identity_id);
CREATE INDEX IF NOT EXISTS sessions_expiry ON sessions(expires_at);
CREATE TABLE IF NOT EXISTS login_attempts (
    key TEXT PRIMARY KEY,
    count INTEGER NOT NULL,
    expires_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS login_attempts_expiry ON login_attempts(expires_at);
CREATE TABLE IF NOT EXISTS flow_errors (
    id TEXT PRIMARY KEY,
    error TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS flow_errors_created ON flow_errors(created_at);
";

/// The purge deletes this many rows per write transaction, so requests waiting for the writer
/// get their turn between batches instead of after the whole purge.
const PURGE_BATCH: usize = 500;

/// What the purge deletes: each table's rows whose time column is before the cutoff (the
/// column is indexed, so finding them reads only them).
const PURGES: [&str; 4] = [
    "DELETE FROM login_flows WHERE rowid IN (SELECT rowid FROM login_flows WHERE expires_at < ?1 LIMIT ?2)",
    "DELETE FROM sessions WHERE rowid IN (SELECT rowid FROM sessions WHERE expires_at < ?1 LIMIT ?2)",
    "DELETE FROM flow_errors WHERE rowid IN (SELECT rowid FROM flow_errors WHERE created_at < ?1 LIMIT ?2)",
    "DELETE FROM login_attempts WHERE rowid IN (SELECT rowid FROM login_attempts WHERE expires_at < ?1 LIMIT ?2)",
];

const PASSWORD: &str = "password";

pub struct SqliteStore {
    writer: Arc<Mutex<Connection>>,
    readers: Vec<Mutex<Connection>>,
    next_reader: AtomicUsize,
    flow_inserts: std::sync::mpsc::Sender<FlowInsert>,
    /// Sessions checked lately; kept only while no other process can write the file.
    recent: RecentSessions,
}

/// Which stored sessions a write may change, as far as the sessions checked lately go.
enum Touches<'a> {
    /// None: it only adds rows, or writes flows, errors or attempt counters.
    Nothing,
    /// The session with this token digest, and no other.
    Session(&'a TokenDigest),
    /// Any session, or an identity (which every session of it shows).
    Anything,
}

/// A new flow for the flow writer, and where to send how its insert went.
struct FlowInsert {
    id: String,
    document: String,
    expires_at: String,
    done: tokio::sync::oneshot::Sender<Result<(), StoreError>>,
}

/// The most flows one transaction inserts.
const MAX_FLOW_BATCH: usize = 64;

/// Group commit for new flows, the most frequent write: a thread of its own takes every insert
/// waiting when it gets to them and commits them in one transaction. Under load this writes
/// each shared page and commit record once per batch instead of once per flow; alone, a flow
/// is a batch of one. A failing insert fails only itself (see [`insert_flows`]).
fn write_flow_batches(writer: Arc<Mutex<Connection>>, inserts: std::sync::mpsc::Receiver<FlowInsert>) {
    while let Ok(first) = inserts.recv() {
        let mut batch = vec![first];
        while batch.len() < MAX_FLOW_BATCH {
            match inserts.try_recv() {
                Ok(insert) => batch.push(insert),
                Err(_) => break,
            }
        }
        let results = {
            let mut conn = writer.lock();
            insert_flows(&mut conn, &batch)
        };
        for (insert, result) in batch.into_iter().zip(results) {
            // An error means the request gave up waiting; the flow stays stored either way.
            let _ = insert.done.send(result);
        }
    }
}

/// Inserts a batch in one transaction; one result per flow.
///
/// An insert that fails (a duplicate id, say) fails alone: SQLite undoes just that statement and
/// keeps the transaction. No savepoint per insert, which would cost two more statements and a
/// copy of every page the insert touched. Some errors (disk full, I/O) can make SQLite roll the
/// whole transaction back instead; then no insert of the batch is stored, and every one fails.
fn insert_flows(conn: &mut Connection, batch: &[FlowInsert]) -> Vec<Result<(), StoreError>> {
    let all_failed = |error: StoreError| batch.iter().map(|_| Err(error.clone())).collect();
    let tx = match conn.transaction() {
        Ok(tx) => tx,
        Err(e) => return all_failed(db_error(e)),
    };
    let mut results = Vec::with_capacity(batch.len());
    for flow in batch {
        let result = execute(
            &tx,
            "INSERT INTO login_flows (id, document, expires_at, completed_at) VALUES (?1, ?2, ?3, NULL)",
            params![flow.id, flow.document, flow.expires_at],
        );
        match result {
            Err(error) if tx.is_autocommit() => return all_failed(error),
            result => results.push(result.map(|_| ())),
        }
    }
    match tx.commit() {
        Ok(()) => results,
        Err(e) => all_failed(db_error(e)),
    }
}

/// Folds the WAL back into the database file every [`CHECKPOINT_EVERY`] for as long as the
/// writer connection exists (it goes with the store and the flow writer).
///
/// SQLite's automatic checkpoint runs inside a commit, so the committing request and every
/// write queued behind the writer's lock waited for the page copies and two `fsync` calls: on a
/// shared disk that is the slowest request of a run by far (flow creation's p99.9 read 2-12x
/// the bare baseline across runs). Here a connection of its own checkpoints passively, beside
/// the writer and the readers, so commits only append to the log (`synchronous=NORMAL` syncs
/// the log at checkpoints, not at commits).
///
/// A passive checkpoint never makes the log start over while writes keep coming, so under
/// sustained writes it would grow without end. Once it holds more than [`WAL_RESTART_FRAMES`],
/// the checkpointer takes the writer's lock and runs a restarting checkpoint: the passive pass
/// before it has copied all but the frames written meanwhile, so writes wait for those and one
/// round of `fsync`, once per 16 MiB of log rather than at every commit that crossed a limit.
///
/// SQLite syncs the database file only at the end of a checkpoint that copied the whole log,
/// which under sustained writes is only that restarting one: its `fsync` would flush every page
/// the passive passes copied since the last restart while writes wait (10-13 ms per restart
/// with a 16 MiB log, 70-300 ms with 256 MiB, on this project's benchmark machine). So the
/// checkpointer flushes `db_file` itself first, beside the writes, and runs one more passive
/// pass and flush: the restart syncs only the pages of the frames written during those.
fn checkpoint_in_background(
    conn: &Connection,
    writer: &std::sync::Weak<Mutex<Connection>>,
    db_file: &std::fs::File,
) {
    let checkpoint = |mode: &str| -> rusqlite::Result<i64> {
        conn.query_row(&format!("PRAGMA wal_checkpoint({mode})"), [], |row| row.get::<_, i64>(1))
    };
    loop {
        std::thread::sleep(CHECKPOINT_EVERY);
        let Some(writer) = writer.upgrade() else { return };
        let result = checkpoint("PASSIVE").and_then(|frames| {
            if frames <= WAL_RESTART_FRAMES {
                return Ok(frames);
            }
            // Flush what the passive passes copied, copy what came in meanwhile and flush that
            // too, all beside the writes: the restart is left the last moment's frames.
            sync_database_file(db_file);
            checkpoint("PASSIVE")?;
            sync_database_file(db_file);
            let _writes_held = writer.lock();
            checkpoint("RESTART")
        });
        if let Err(e) = result {
            tracing::warn!(error = %e, "checkpointing the SQLite WAL failed; retrying");
        }
    }
}

/// Flushes the database file's copied pages to disk. Only an early start: the restarting
/// checkpoint syncs the file anyway, so a failure is logged and nothing more.
fn sync_database_file(db_file: &std::fs::File) {
    if let Err(e) = db_file.sync_data() {
        tracing::warn!(error = %e, "flushing the SQLite database file failed");
    }
}

fn db_error(e: rusqlite::Error) -> StoreError {
    use rusqlite::ErrorCode;
    match e.sqlite_error_code() {
        Some(ErrorCode::ConstraintViolation) => StoreError::Conflict(e.to_string()),
        Some(
            ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked | ErrorCode::CannotOpen | ErrorCode::DiskFull,
        ) => StoreError::Unavailable(e.to_string()),
        _ => StoreError::Internal(e.to_string()),
    }
}

fn to_json<T: serde::Serialize>(value: &T) -> Result<String, StoreError> {
    serde_json::to_string(value).map_err(|e| StoreError::Internal(e.to_string()))
}

fn from_json<T: serde::de::DeserializeOwned>(raw: &str) -> Result<T, StoreError> {
    serde_json::from_str(raw).map_err(|e| StoreError::Internal(e.to_string()))
}

/// Which processes may open the database file while a store has it open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileAccess {
    /// This process alone (SQLite's `unix-excl` VFS): the first connection takes an exclusive
    /// lock on the file for as long as the store is open, and the connections coordinate in
    /// memory. Every read transaction otherwise takes and drops a file lock on the WAL index
    /// (two system calls, under a mutex the read connections contend on): toSession went from
    /// 38k to 45k req/s without them on this project's benchmark machine. With no other writer,
    /// the store also keeps up to `kept_sessions` of the sessions it checked lately, with their
    /// identities (see `recent_sessions`).
    Exclusive { kept_sessions: usize },
    /// Any process, each read and write coordinated through file locks: a second Portcullis or
    /// the `sqlite3` shell can use the database while this one serves. Nothing is kept in
    /// memory, as another process may change any row.
    Shared,
}

impl FileAccess {
    fn vfs(self) -> &'static std::ffi::CStr {
        match self {
            FileAccess::Exclusive { .. } => c"unix-excl",
            FileAccess::Shared => c"unix",
        }
    }
}

fn connect(path: &Path, access: FileAccess) -> Result<Connection, StoreError> {
    let conn = Connection::open_with_flags_and_vfs(path, rusqlite::OpenFlags::default(), access.vfs())
        .map_err(db_error)?;
    conn.busy_timeout(Duration::from_secs(5)).map_err(db_error)?;
    // The first statement that reads the file is the first to lock it.
    conn.pragma_update(None, "journal_mode", "WAL").map_err(|e| busy_at_open(e, path))?;
    conn.pragma_update(None, "synchronous", "NORMAL").map_err(db_error)?;
    conn.pragma_update(None, "foreign_keys", "ON").map_err(db_error)?;
    Ok(conn)
}

/// A database still busy after the busy timeout at open is held by another process: says so,
/// and how to share the file.
fn busy_at_open(e: rusqlite::Error, path: &Path) -> StoreError {
    if e.sqlite_error_code() == Some(rusqlite::ErrorCode::DatabaseBusy) {
        return StoreError::Unavailable(format!(
            "{} is in use by another process; to share it, give every process `?shared=true` in its DSN",
            path.display()
        ));
    }
    db_error(e)
}

/// Executes a statement through the connection's statement cache.
fn execute(conn: &Connection, sql: &str, params: impl rusqlite::Params) -> Result<usize, StoreError> {
    conn.prepare_cached(sql).and_then(|mut statement| statement.execute(params)).map_err(db_error)
}

/// The first row of a cached statement's result, if any.
fn query_row<T>(
    conn: &Connection,
    sql: &str,
    params: impl rusqlite::Params,
    map: impl FnOnce(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
) -> Result<Option<T>, StoreError> {
    conn.prepare_cached(sql)
        .and_then(|mut statement| statement.query_row(params, map).optional())
        .map_err(db_error)
}

/// How much of the database file readers map into memory (SQLite's compile-time maximum):
/// page reads become memory reads instead of a system call each. The pages stay the kernel's
/// page cache, shared and reclaimable, not the server's heap.
const READER_MMAP: i64 = 0x7fff_0000;
/// How often the checkpointer folds the WAL into the database file.
const CHECKPOINT_EVERY: Duration = Duration::from_millis(100);
/// WAL frames past which the checkpointer holds writes back for a moment so the log can start
/// over (see [`checkpoint_in_background`]): 4096 pages of 4 KiB, 16 MiB of log.
const WAL_RESTART_FRAMES: i64 = 4096;
/// The WAL file is truncated to this size after it restarts.
const WAL_SIZE_LIMIT: i64 = 64 * 1024 * 1024;

/// Reads the database file (up to the readers' mapping) into the page cache on a thread of its
/// own, skipping what is cached already. After a restart on a cold cache every lookup would
/// otherwise wait on random reads from disk while holding a runtime thread (toSession's p99 on a
/// 300k-session store: hundreds of milliseconds for the first seconds); a sequential read fills
/// the cache far sooner. Only a hint: a failure changes nothing.
fn prefetch(db_file: Arc<std::fs::File>) {
    let reader = move || match super::page_cache::read_ahead(&db_file, READER_MMAP as u64) {
        Ok(bytes) => tracing::debug!(bytes, "read the database ahead"),
        Err(e) => tracing::info!(error = %e, "the database was not read ahead"),
    };
    if let Err(e) = std::thread::Builder::new().name("sqlite-prefetch".into()).spawn(reader) {
        tracing::info!(error = %e, "the database was not read ahead");
    }
}

impl SqliteStore {
    pub async fn open(path: &Path, access: FileAccess) -> Result<Self, StoreError> {
        let path = path.to_path_buf();
        tokio::task::spawn_blocking(move || Self::open_blocking(&path, access))
            .await
            .map_err(|e| StoreError::Internal(e.to_string()))?
    }

    fn open_blocking(path: &Path, access: FileAccess) -> Result<Self, StoreError> {
        let writer = connect(path, access)?;
        writer.execute_batch(SCHEMA).map_err(db_error)?;
        writer.pragma_update(None, "journal_size_limit", WAL_SIZE_LIMIT).map_err(db_error)?;
        writer.pragma_update(None, "wal_autocheckpoint", 0).map_err(db_error)?;
        let readers = (0..std::thread::available_parallelism().map(usize::from).unwrap_or(1).max(2))
            .map(|_| {
                let reader = connect(path, access)?;
                reader.pragma_update(None, "query_only", true).map_err(db_error)?;
                reader.pragma_update(None, "mmap_size", READER_MMAP).map_err(db_error)?;
                Ok(Mutex::new(reader))
            })
            .collect::<Result<Vec<_>, StoreError>>()?;
        let writer = Arc::new(Mutex::new(writer));
        let (flow_inserts, inserts) = std::sync::mpsc::channel();
        let flow_writer = writer.clone();
        std::thread::Builder::new()
            .name("sqlite-flow-writer".into())
            .spawn(move || write_flow_batches(flow_writer, inserts))
            .map_err(|e| StoreError::Internal(format!("cannot start the flow writer: {e}")))?;
        let checkpointer = connect(path, access)?;
        // A restarting checkpoint waits for other processes' writers while this one's are held
        // back: give up soon and try again at the next round instead.
        checkpointer.busy_timeout(CHECKPOINT_EVERY).map_err(db_error)?;
        // The store's own descriptor of the file, to read it ahead and sync it at checkpoints.
        // Closing any descriptor of a file drops every POSIX lock the process holds on it,
        // SQLite's included, so there is one, closed only after the last connection.
        let db_file = Arc::new(
            std::fs::File::open(path)
                .map_err(|e| StoreError::Internal(format!("cannot open the database file: {e}")))?,
        );
        prefetch(db_file.clone());
        let weak_writer = Arc::downgrade(&writer);
        std::thread::Builder::new()
            .name("sqlite-checkpointer".into())
            .spawn(move || {
                checkpoint_in_background(&checkpointer, &weak_writer, &db_file);
                // The writer is gone, so the store and its readers are too: this connection
                // closes next, and the descriptor after it.
                drop(checkpointer);
                drop(db_file);
            })
            .map_err(|e| StoreError::Internal(format!("cannot start the checkpointer: {e}")))?;
        let recent = RecentSessions::new(match access {
            FileAccess::Exclusive { kept_sessions } => kept_sessions,
            FileAccess::Shared => 0,
        });
        Ok(Self { writer, readers, next_reader: AtomicUsize::new(0), flow_inserts, recent })
    }

    /// Runs `work` with the writer connection, then forgets the sessions checked lately that it
    /// may have changed. Nothing awaits while it holds the lock.
    fn write<T>(
        &self,
        touches: Touches<'_>,
        work: impl FnOnce(&mut Connection) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        let result = work(&mut self.writer.lock());
        match touches {
            Touches::Nothing => {}
            Touches::Session(digest) => self.recent.forget(digest),
            Touches::Anything => self.recent.forget_all(),
        }
        result
    }

    /// Runs `work` with a read connection: the first free one, or the next in turn.
    fn read<T>(&self, work: impl FnOnce(&Connection) -> Result<T, StoreError>) -> Result<T, StoreError> {
        let start = self.next_reader.fetch_add(1, Ordering::Relaxed);
        let count = self.readers.len();
        let free = (0..count).find_map(|i| self.readers[(start + i) % count].try_lock());
        let conn = match free {
            Some(conn) => conn,
            None => self.readers[start % count].lock(),
        };
        work(&conn)
    }
}

/// An identity's columns (from `identities i` joined with `password_credentials p`), its
/// password identifiers gathered as a JSON array of `[position, identifier]` pairs, so one
/// statement reads a whole identity. The pairs are put in order when loaded: an `ORDER BY`
/// inside the aggregate made SQLite build and drop a temporary b-tree for every read.
/// An identity's own columns, without its credentials.
macro_rules! identity_fields {
    () => {
        "i.id, i.schema_id, i.traits, i.state, i.state_changed_at, i.metadata_public, i.metadata_admin, \
         i.external_id, i.created_at, i.updated_at, "
    };
}

/// Everything [`IdentityRow`] reads: the identity's columns, then its password credential
/// (joined as `p`) and the credential's identifiers.
macro_rules! identity_columns {
    () => {
        concat!(
            identity_fields!(),
            "p.hashed_password, p.created_at, p.updated_at, \
             (SELECT json_group_array(json_array(ci.position, ci.identifier)) FROM credential_identifiers ci \
              WHERE ci.identity_id = i.id AND ci.credential_type = 'password')"
        )
    };
}

const IDENTITY_BY_ID: &str = concat!(
    "SELECT ",
    identity_columns!(),
    " FROM identities i LEFT JOIN password_credentials p ON p.identity_id = i.id WHERE i.id = ?1"
);

const IDENTITY_BY_IDENTIFIER: &str = concat!(
    "SELECT ",
    identity_columns!(),
    " FROM credential_identifiers c JOIN identities i ON i.id = c.identity_id \
     LEFT JOIN password_credentials p ON p.identity_id = i.id WHERE c.credential_type = ?1 AND c.identifier = ?2"
);

const IDENTITY_PAGE: &str = concat!(
    "SELECT ",
    identity_columns!(),
    " FROM identities i LEFT JOIN password_credentials p ON p.identity_id = i.id \
     WHERE i.id > ?1 \
     AND (?2 IS NULL OR i.id IN (SELECT identity_id FROM credential_identifiers WHERE credential_type = 'password' AND identifier = ?2)) \
     AND (?3 IS NULL OR i.id IN (SELECT value FROM json_each(?3))) \
     ORDER BY i.id LIMIT ?4"
);

/// A session by token digest with its identity (no row when the identity is gone), the
/// identity without credentials: the columns [`IdentityRow`] reads, with no password (so no
/// join on credentials, nor the identifiers' subquery).
const SESSION_WITH_IDENTITY: &str = concat!(
    "SELECT s.id, s.token_digest, s.identity_id, s.active, s.expires_at, s.details, ",
    identity_fields!(),
    "NULL, NULL, NULL, '[]' FROM sessions s JOIN identities i ON i.id = s.identity_id \
     WHERE s.token_digest = ?1"
);

struct IdentityRow {
    id: String,
    schema_id: String,
    traits: String,
    state: String,
    state_changed_at: Option<String>,
    metadata_public: Option<String>,
    metadata_admin: Option<String>,
    external_id: Option<String>,
    created_at: String,
    updated_at: String,
    hash: Option<String>,
    hash_created_at: Option<String>,
    hash_updated_at: Option<String>,
    /// The password identifiers, as a JSON array of `[position, identifier]` pairs.
    identifiers: String,
}

fn identity_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<IdentityRow> {
    identity_row_at(row, 0)
}

/// The identity columns starting at column `at`.
fn identity_row_at(row: &rusqlite::Row<'_>, at: usize) -> rusqlite::Result<IdentityRow> {
    Ok(IdentityRow {
        id: row.get(at)?,
        schema_id: row.get(at + 1)?,
        traits: row.get(at + 2)?,
        state: row.get(at + 3)?,
        state_changed_at: row.get(at + 4)?,
        metadata_public: row.get(at + 5)?,
        metadata_admin: row.get(at + 6)?,
        external_id: row.get(at + 7)?,
        created_at: row.get(at + 8)?,
        updated_at: row.get(at + 9)?,
        hash: row.get(at + 10)?,
        hash_created_at: row.get(at + 11)?,
        hash_updated_at: row.get(at + 12)?,
        identifiers: row.get(at + 13)?,
    })
}

fn load_identity(row: IdentityRow) -> Result<Identity, StoreError> {
    let password = match (row.hash, row.hash_created_at, row.hash_updated_at) {
        (Some(hash), Some(created_at), Some(updated_at)) => {
            let mut numbered = from_json::<Vec<(i64, String)>>(&row.identifiers)?;
            numbered.sort_unstable_by_key(|(position, _)| *position);
            let identifiers = numbered.into_iter().map(|(_, identifier)| identifier).collect();
            Some(PasswordRecord { identifiers, hash, created_at, updated_at })
        }
        _ => None,
    };
    IdentityRecord {
        id: row.id,
        schema_id: row.schema_id,
        traits: row.traits,
        state: row.state,
        state_changed_at: row.state_changed_at,
        metadata_public: row.metadata_public,
        metadata_admin: row.metadata_admin,
        external_id: row.external_id,
        password,
        created_at: row.created_at,
        updated_at: row.updated_at,
    }
    .into_domain()
}

fn query_identities(
    conn: &Connection,
    sql: &str,
    args: &[&dyn rusqlite::ToSql],
) -> Result<Vec<Identity>, StoreError> {
    let rows = {
        let mut stmt = conn.prepare_cached(sql).map_err(db_error)?;
        stmt.query_map(args, identity_row)
            .map_err(db_error)?
            .collect::<Result<Vec<_>, _>>()
            .map_err(db_error)?
    };
    rows.into_iter().map(load_identity).collect()
}

fn insert_identity_tx(conn: &mut Connection, identity: &Identity) -> Result<(), StoreError> {
    let r = IdentityRecord::from_domain(identity)?;
    let tx = conn.transaction().map_err(db_error)?;
    execute(&tx, "INSERT INTO identities (id, schema_id, traits, state, state_changed_at, metadata_public, metadata_admin, external_id, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        params![
            r.id,
            r.schema_id,
            r.traits,
            r.state,
            r.state_changed_at,
            r.metadata_public,
            r.metadata_admin,
            r.external_id,
            r.created_at,
            r.updated_at
        ],)?;
    if let Some(password) = &r.password {
        execute(
            &tx,
            "INSERT INTO password_credentials (identity_id, hashed_password, created_at, updated_at) VALUES (?1, ?2, ?3, ?4)",
            params![r.id, password.hash, password.created_at, password.updated_at],
        )?;
        for (position, identifier) in password.identifiers.iter().enumerate() {
            execute(
                &tx,
                "INSERT INTO credential_identifiers (credential_type, identifier, identity_id, position) VALUES (?1, ?2, ?3, ?4)",
                params![PASSWORD, identifier, r.id, position as i64],
            )?;
        }
    }
    tx.commit().map_err(db_error)
}

#[async_trait]
impl IdentityStore for SqliteStore {
    async fn insert_identity(&self, identity: &Identity) -> Result<(), StoreError> {
        let identity = identity.clone();
        self.write(Touches::Nothing, move |conn| insert_identity_tx(conn, &identity))
    }

    async fn identity(&self, id: IdentityId) -> Result<Option<Identity>, StoreError> {
        self.read(move |conn| Ok(query_identities(conn, IDENTITY_BY_ID, &[&id.0.to_string()])?.pop()))
    }

    async fn identity_by_password_identifier(
        &self,
        identifier: &str,
    ) -> Result<Option<Identity>, StoreError> {
        let identifier = identifier.to_string();
        self.read(move |conn| {
            Ok(query_identities(conn, IDENTITY_BY_IDENTIFIER, &[&PASSWORD, &identifier])?.pop())
        })
    }

    async fn list_identities(&self, page: &IdentityPage) -> Result<Vec<Identity>, StoreError> {
        let page = page.clone();
        self.read(move |conn| {
            let after = page.after.map(|a| a.0.to_string()).unwrap_or_default();
            let identifier = page.identifier.clone();
            let ids: Option<String> = (!page.ids.is_empty()).then(|| {
                serde_json::to_string(&page.ids.iter().map(|i| i.0.to_string()).collect::<Vec<_>>())
                    .unwrap_or_default()
            });
            query_identities(conn, IDENTITY_PAGE, &[&after, &identifier, &ids, &(page.limit as i64)])
        })
    }

    async fn delete_identity(&self, id: IdentityId) -> Result<bool, StoreError> {
        self.write(Touches::Anything, move |conn| {
            // Sessions and credentials go with it through ON DELETE CASCADE.
            let n = execute(conn, "DELETE FROM identities WHERE id = ?1", params![id.0.to_string()])?;
            Ok(n > 0)
        })
    }

    async fn update_password_hash(
        &self,
        id: IdentityId,
        hash: &PasswordHash,
        at: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let hash = hash.0.clone();
        self.write(Touches::Anything, move |conn| {
            execute(conn, "UPDATE password_credentials SET hashed_password = ?1, updated_at = ?2 WHERE identity_id = ?3",
                params![hash, time_text(at), id.0.to_string()],)?;
            Ok(())
        })
    }
}

#[async_trait]
impl LoginFlowStore for SqliteStore {
    async fn insert_login_flow(&self, flow: &LoginFlow) -> Result<(), StoreError> {
        let (done, result) = tokio::sync::oneshot::channel();
        let insert = FlowInsert {
            id: flow.id.0.to_string(),
            document: to_json(&FlowRecord::from(flow))?,
            expires_at: time_text(flow.expires_at),
            done,
        };
        let stopped = || StoreError::Internal("the flow writer has stopped".into());
        self.flow_inserts.send(insert).map_err(|_| stopped())?;
        result.await.map_err(|_| stopped())?
    }

    async fn login_flow(&self, id: FlowId) -> Result<Option<LoginFlow>, StoreError> {
        let document: Option<String> = self.read(move |conn| {
            query_row(
                conn,
                "SELECT document FROM login_flows WHERE id = ?1",
                params![id.0.to_string()],
                |r| r.get(0),
            )
        })?;
        document.map(|d| from_json::<FlowRecord>(&d)?.try_into()).transpose()
    }

    async fn update_login_flow(&self, flow: &LoginFlow) -> Result<(), StoreError> {
        let document = to_json(&FlowRecord::from(flow))?;
        let id = flow.id.0.to_string();
        self.write(Touches::Nothing, move |conn| {
            execute(
                conn,
                "UPDATE login_flows SET document = ?1 WHERE id = ?2 AND completed_at IS NULL",
                params![document, id],
            )?;
            Ok(())
        })
    }
}

fn session_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<(String, String, String, bool, String, String)> {
    Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?, row.get(4)?, row.get(5)?))
}

fn build_session(raw: (String, String, String, bool, String, String)) -> Result<Session, StoreError> {
    let (id, token_digest, identity_id, active, expires_at, details) = raw;
    from_json::<SessionDetails>(&details)?.into_session(SessionColumns {
        id: parse_uuid(&id)?,
        token_digest,
        identity_id: parse_uuid(&identity_id)?,
        active,
        expires_at: parse_time(&expires_at)?,
    })
}

fn write_session(conn: &Connection, session: &Session) -> Result<(), StoreError> {
    let details = to_json(&SessionDetails::from(session))?;
    execute(conn, "INSERT INTO sessions (id, token_digest, identity_id, active, expires_at, details) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT(id) DO UPDATE SET active = excluded.active, expires_at = excluded.expires_at, details = excluded.details",
        params![
            session.id.0.to_string(),
            session.token_digest.0,
            session.identity_id.0.to_string(),
            session.active,
            time_text(session.expires_at),
            details
        ],)?;
    Ok(())
}

#[async_trait]
impl SessionStore for SqliteStore {
    async fn session(&self, id: SessionId) -> Result<Option<Session>, StoreError> {
        let raw = self
            .read(move |conn| {
                query_row(conn, "SELECT id, token_digest, identity_id, active, expires_at, details FROM sessions WHERE id = ?1",
                    params![id.0.to_string()],
                    session_row,)
            })?;
        raw.map(build_session).transpose()
    }

    async fn session_by_token(&self, digest: &TokenDigest) -> Result<Option<Session>, StoreError> {
        let digest = digest.0.clone();
        let raw = self
            .read(move |conn| {
                query_row(conn, "SELECT id, token_digest, identity_id, active, expires_at, details FROM sessions WHERE token_digest = ?1",
                    params![digest],
                    session_row,)
            })?;
        raw.map(build_session).transpose()
    }

    async fn revoke_session_by_token(&self, digest: &TokenDigest) -> Result<bool, StoreError> {
        self.write(Touches::Session(digest), |conn| {
            let n =
                execute(conn, "UPDATE sessions SET active = 0 WHERE token_digest = ?1", params![digest.0])?;
            Ok(n > 0)
        })
    }
}

#[async_trait]
impl ErrorStore for SqliteStore {
    async fn insert_flow_error(&self, error: &FlowError) -> Result<(), StoreError> {
        let (id, text) = (error.id.to_string(), error.error.to_string());
        let (created, updated) = (time_text(error.created_at), time_text(error.updated_at));
        self.write(Touches::Nothing, move |conn| {
            execute(
                conn,
                "INSERT INTO flow_errors (id, error, created_at, updated_at) VALUES (?1, ?2, ?3, ?4)",
                params![id, text, created, updated],
            )?;
            Ok(())
        })
    }

    async fn flow_error(&self, id: uuid::Uuid) -> Result<Option<FlowError>, StoreError> {
        let row: Option<(String, String, String)> = self.read(move |conn| {
            query_row(
                conn,
                "SELECT error, created_at, updated_at FROM flow_errors WHERE id = ?1",
                params![id.to_string()],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
        })?;
        row.map(|(error, created, updated)| {
            Ok(FlowError {
                id,
                error: from_json(&error)?,
                created_at: parse_time(&created)?,
                updated_at: parse_time(&updated)?,
            })
        })
        .transpose()
    }
}

#[async_trait]
impl Store for SqliteStore {
    async fn complete_login(
        &self,
        flow: &LoginFlow,
        session: &SessionWrite,
        _identity: &Identity,
    ) -> Result<bool, StoreError> {
        let document = to_json(&FlowRecord::from(flow))?;
        let id = flow.id.0.to_string();
        let completed_at = flow.completed_at.map(time_text);
        let touches = match session {
            SessionWrite::Insert(_) => Touches::Nothing,
            SessionWrite::Update(s) => Touches::Session(&s.token_digest),
        };
        self.write(touches, |conn| {
            let tx = conn.transaction().map_err(db_error)?;
            let won = execute(
                &tx,
                "UPDATE login_flows SET document = ?1, completed_at = ?2 WHERE id = ?3 AND completed_at IS NULL",
                params![document, completed_at, id],
            )? == 1;
            if !won {
                return Ok(false);
            }
            write_session(&tx, session.session())?;
            tx.commit().map_err(db_error)?;
            Ok(true)
        })
    }

    async fn purge_expired(&self, before: DateTime<Utc>) -> Result<u64, StoreError> {
        let cutoff = time_text(before);
        let writer = self.writer.clone();
        // Only expired sessions go, which no session check accepts, kept lately or not: the
        // sessions checked lately stay.
        // A purge can delete many rows: it runs on the blocking pool, not on a request's thread,
        // and takes the writer one batch at a time (each batch commits on its own: a purge cut
        // short leaves only expired rows behind, which the next one collects).
        tokio::task::spawn_blocking(move || {
            let mut removed = 0;
            for sql in PURGES {
                loop {
                    let deleted = {
                        let conn = writer.lock();
                        execute(&conn, sql, params![cutoff, PURGE_BATCH])?
                    };
                    removed += deleted;
                    if deleted < PURGE_BATCH {
                        break;
                    }
                }
            }
            Ok(removed as u64)
        })
        .await
        .map_err(|e| StoreError::Internal(e.to_string()))?
    }

    async fn ping(&self) -> Result<(), StoreError> {
        self.read(|conn| query_row(conn, "SELECT 1", [], |_| Ok(())).map(|_| ()))
    }

    /// One statement (so one read transaction) for toSession's two lookups.
    async fn session_with_identity(
        &self,
        digest: &TokenDigest,
    ) -> Result<Option<SessionWithIdentity>, StoreError> {
        let kept = self.recent.get(digest);
        crate::metrics::metrics().kept_session_lookup(kept.is_ok());
        let seen = match kept {
            Ok(kept) => return Ok(Some(kept)),
            Err(seen) => seen,
        };
        let row = self.read(|conn| {
            query_row(conn, SESSION_WITH_IDENTITY, params![digest.0], |row| {
                Ok((session_row(row)?, identity_row_at(row, 6)?))
            })
        })?;
        let Some((session, identity)) = row else { return Ok(None) };
        let found = Arc::new((build_session(session)?, load_identity(identity)?));
        self.recent.keep(seen, digest, &found);
        Ok(Some(found))
    }

    /// Folds the write-ahead log into the database file, so a stopped server leaves one file.
    async fn close(&self) {
        let result = self.write(Touches::Nothing, |conn| {
            conn.execute_batch("PRAGMA optimize; PRAGMA wal_checkpoint(TRUNCATE);").map_err(db_error)
        });
        if let Err(e) = result {
            tracing::warn!(error = %e, "could not checkpoint the SQLite database on close");
        }
    }
}

#[async_trait]
impl AttemptStore for SqliteStore {
    async fn add_attempts(
        &self,
        key: &str,
        delta: i64,
        expires_at: DateTime<Utc>,
    ) -> Result<i64, StoreError> {
        let expires_at = time_text(expires_at);
        self.write(Touches::Nothing, |conn| {
            let count = query_row(
                conn,
                "INSERT INTO login_attempts (key, count, expires_at) VALUES (?1, ?2, ?3)
                 ON CONFLICT(key) DO UPDATE SET count = count + excluded.count RETURNING count",
                params![key, delta, expires_at],
                |row| row.get(0),
            )?;
            count.ok_or_else(|| StoreError::Internal("the attempt counter returned no row".into()))
        })
    }

    async fn clear_attempts(&self, key: &str) -> Result<(), StoreError> {
        self.write(Touches::Nothing, |conn| {
            execute(conn, "DELETE FROM login_attempts WHERE key = ?1", params![key]).map(|_| ())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A store on a file of its own, removed (with its log) when dropped.
    struct TempStore {
        store: Option<SqliteStore>,
        path: std::path::PathBuf,
    }

    impl TempStore {
        fn new(name: &str) -> Self {
            Self::with_access(name, FileAccess::Exclusive { kept_sessions: 64 })
        }

        fn with_access(name: &str, access: FileAccess) -> Self {
            let unique = uuid::Uuid::new_v4().simple();
            let path = std::env::temp_dir().join(format!("portcullis-{name}-{unique}.sqlite"));
            let store = SqliteStore::open_blocking(&path, access).unwrap();
            Self { store: Some(store), path }
        }

        fn store(&self) -> &SqliteStore {
            self.store.as_ref().unwrap()
        }

        fn size(&self, suffix: &str) -> u64 {
            std::fs::metadata(format!("{}{suffix}", self.path.display())).map_or(0, |m| m.len())
        }
    }

    impl Drop for TempStore {
        fn drop(&mut self) {
            drop(self.store.take());
            for suffix in ["", "-wal", "-shm"] {
                let _ = std::fs::remove_file(format!("{}{suffix}", self.path.display()));
            }
        }
    }

    /// Writes `pages` pages of 4 KiB of filler in one transaction.
    fn write_filler(store: &SqliteStore, pages: usize) {
        store
            .write(Touches::Nothing, |conn| {
                conn.execute_batch(&format!(
                    "CREATE TABLE IF NOT EXISTS filler (data BLOB);
                     WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {pages})
                     INSERT INTO filler SELECT randomblob(4000) FROM n;"
                ))
                .map_err(db_error)
            })
            .unwrap();
    }

    /// Commits no longer checkpoint, so something else must: the rows reach the database file
    /// without any further write.
    #[test]
    fn the_checkpointer_folds_the_log_into_the_database_file() {
        let temp = TempStore::new("checkpoint");
        write_filler(temp.store(), 500);
        assert!(temp.size("-wal") > 2_000_000, "the rows are in the log first");
        let deadline = std::time::Instant::now() + Duration::from_secs(10);
        while temp.size("") < 2_000_000 {
            assert!(std::time::Instant::now() < deadline, "nothing reached the database file");
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// An insert as the flow writer gets it; nobody waits for its result here.
    fn flow_insert(id: &str) -> FlowInsert {
        let (done, _) = tokio::sync::oneshot::channel();
        FlowInsert { id: id.into(), document: "{}".into(), expires_at: "2100-01-01".into(), done }
    }

    fn stored_flows(temp: &TempStore) -> i64 {
        let count =
            temp.store().read(|conn| query_row(conn, "SELECT count(*) FROM login_flows", [], |r| r.get(0)));
        count.unwrap().unwrap()
    }

    /// One insert of a batch fails (its id is taken): it alone fails, and the rest are stored.
    #[test]
    fn a_failing_insert_fails_alone_in_its_batch() {
        let temp = TempStore::new("flow-batch");
        let first = insert_flows(&mut temp.store().writer.lock(), &[flow_insert("taken")]);
        assert!(first[0].is_ok());
        let batch: Vec<FlowInsert> = ["a", "taken", "b"].iter().map(|id| flow_insert(id)).collect();
        let results = insert_flows(&mut temp.store().writer.lock(), &batch);
        assert!(results[0].is_ok() && results[2].is_ok(), "{results:?}");
        assert!(matches!(results[1], Err(StoreError::Conflict(_))), "{results:?}");
        assert_eq!(stored_flows(&temp), 3, "taken, a and b");
    }

    /// An insert whose failure makes SQLite roll the whole transaction back (here a trigger does
    /// what a full disk can): no flow of the batch is stored, and every one fails, those before
    /// it included; the ones after it are not written outside the transaction either.
    #[test]
    fn a_batch_rolled_back_whole_fails_whole() {
        let temp = TempStore::new("flow-batch-rollback");
        temp.store()
            .writer
            .lock()
            .execute_batch(
                "CREATE TRIGGER poison BEFORE INSERT ON login_flows WHEN NEW.id = 'poison'
                 BEGIN SELECT RAISE(ROLLBACK, 'poisoned'); END;",
            )
            .unwrap();
        let batch: Vec<FlowInsert> = ["a", "poison", "b"].iter().map(|id| flow_insert(id)).collect();
        let results = insert_flows(&mut temp.store().writer.lock(), &batch);
        assert!(results.iter().all(Result::is_err), "{results:?}");
        assert_eq!(stored_flows(&temp), 0);
    }

    /// Under writes that never pause, a passive checkpoint never lets the log start over; the
    /// checkpointer then holds writes back once, so the log stops growing. How far past
    /// [`WAL_RESTART_FRAMES`] it gets depends on the disk (what it takes in one round of the
    /// checkpointer: 15 MiB on a fast one, and the file keeps its largest size), so the writes
    /// last two seconds at least (twenty rounds); without the restarts the log would hold all
    /// of them.
    #[test]
    fn the_log_starts_over_under_sustained_writes() {
        let temp = TempStore::new("wal-restart");
        let (started, mut written) = (std::time::Instant::now(), 0u64);
        while written < 4 * (WAL_RESTART_FRAMES as u64) * 4096 || started.elapsed() < Duration::from_secs(2) {
            write_filler(temp.store(), 50);
            written += 50 * 4096;
        }
        let log = temp.size("-wal");
        assert!(log < written / 2, "a log of {log} bytes after {written} bytes of writes");
    }

    /// The number of sessions to keep reaches the map; a shared file keeps none.
    #[test]
    fn the_file_access_sizes_the_kept_sessions() {
        for (access, kept) in [
            (FileAccess::Exclusive { kept_sessions: 7 }, 7),
            (FileAccess::Exclusive { kept_sessions: 0 }, 0),
            (FileAccess::Shared, 0),
        ] {
            let temp = TempStore::with_access("kept-sessions", access);
            assert_eq!(temp.store().recent.capacity(), kept, "{access:?}");
        }
    }

    /// Identifiers come back in the order of their positions, not in the order their rows were
    /// written: here the stored positions are reversed behind the store's back.
    #[test]
    fn identifiers_come_back_in_position_order() {
        let temp = TempStore::new("identifier-order");
        let at = Utc::now();
        let identity = Identity {
            id: IdentityId::new(),
            schema_id: "default".into(),
            traits: serde_json::json!({ "email": "a@example.com" }),
            state: crate::identity::IdentityState::Active,
            state_changed_at: None,
            metadata_public: None,
            metadata_admin: None,
            external_id: None,
            password: Some(crate::identity::PasswordCredential {
                identifiers: vec!["a@example.com".into(), "b".into(), "c".into()],
                hash: PasswordHash("$2a$04$abcdefghijklmnopqrstuu5e/5Xl1JbqEZQ8ZBnEkHmT7J7C0xK2.".into()),
                created_at: at,
                updated_at: at,
            }),
            created_at: at,
            updated_at: at,
        };
        temp.store().write(Touches::Nothing, |conn| insert_identity_tx(conn, &identity)).unwrap();
        temp.store()
            .write(Touches::Anything, |conn| {
                execute(conn, "UPDATE credential_identifiers SET position = 2 - position", [])
            })
            .unwrap();
        let found = temp
            .store()
            .read(|conn| {
                query_row(conn, IDENTITY_BY_ID, params![identity.id.0.to_string()], identity_row)?
                    .map(load_identity)
                    .transpose()
            })
            .unwrap()
            .and_then(|found| found.password)
            .map(|password| password.identifiers);
        assert_eq!(found, Some(vec!["c".to_string(), "b".into(), "a@example.com".into()]));
    }

    /// The purge must find expired rows through an index: a table scan on every purge held the
    /// writer for as long as it took to read every stored flow and session.
    #[test]
    fn the_purge_finds_expired_rows_through_an_index() {
        let temp = TempStore::new("purge-plan");
        for sql in PURGES {
            let plan = temp
                .store()
                .write(Touches::Nothing, |conn| {
                    let mut statement =
                        conn.prepare(&format!("EXPLAIN QUERY PLAN {sql}")).map_err(db_error)?;
                    let steps = statement
                        .query_map(params!["2026-01-01T00:00:00Z", PURGE_BATCH], |row| {
                            row.get::<_, String>(3)
                        })
                        .map_err(db_error)?;
                    steps.collect::<Result<Vec<_>, _>>().map_err(db_error)
                })
                .unwrap();
            assert!(plan.iter().any(|step| step.contains("USING COVERING INDEX")), "{sql}: {plan:?}");
            assert!(!plan.iter().any(|step| step.starts_with("SCAN")), "{sql}: {plan:?}");
        }
    }
}
