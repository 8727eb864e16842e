//! Storage ports, one object-safe async trait per aggregate, combined into [`Store`].
//!
//! Operations are shaped like domain operations: completing a login is one atomic
//! compare-and-set, so a flow yields at most one session even under concurrent submits. Driver
//! types never leave their adapter; expiry is decided by the domain from `now`.

mod memory;
mod mongo;
mod page_cache;
mod recent_sessions;
mod records;
mod sqlite;
mod times;

use std::sync::Arc;

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use crate::config::Dsn;
use crate::flow::{FlowError, FlowId, LoginFlow};
use crate::identity::{Identity, IdentityId, PasswordHash};
use crate::session::{Session, SessionId, SessionWithIdentity, TokenDigest};

pub use memory::MemoryStore;
pub use mongo::MongoStore;
pub use sqlite::{FileAccess, SqliteStore};

#[derive(Debug, Clone, thiserror::Error)]
pub enum StoreError {
    /// A unique value (an identifier) is already taken.
    #[error("conflict: {0}")]
    Conflict(String),
    /// The backing store cannot be reached right now.
    #[error("store unavailable: {0}")]
    Unavailable(String),
    /// Anything else: corrupt data, driver failures.
    #[error("store failure: {0}")]
    Internal(String),
}

/// One page of identities, in id order.
#[derive(Debug, Clone, Default)]
pub struct IdentityPage {
    /// Start after this id (keyset pagination).
    pub after: Option<IdentityId>,
    pub limit: usize,
    /// Only the identity with exactly this (normalised) password identifier.
    pub identifier: Option<String>,
    /// Only these ids, when not empty.
    pub ids: Vec<IdentityId>,
}

#[async_trait]
pub trait IdentityStore: Send + Sync {
    /// Inserts an identity and its credentials; `Conflict` if an identifier is taken.
    async fn insert_identity(&self, identity: &Identity) -> Result<(), StoreError>;
    async fn identity(&self, id: IdentityId) -> Result<Option<Identity>, StoreError>;
    /// The identity whose password credential answers to this normalised identifier.
    async fn identity_by_password_identifier(&self, identifier: &str)
    -> Result<Option<Identity>, StoreError>;
    async fn list_identities(&self, page: &IdentityPage) -> Result<Vec<Identity>, StoreError>;
    /// Deletes the identity, its credentials and its sessions. `false` if it did not exist.
    async fn delete_identity(&self, id: IdentityId) -> Result<bool, StoreError>;
    async fn update_password_hash(
        &self,
        id: IdentityId,
        hash: &PasswordHash,
        at: DateTime<Utc>,
    ) -> Result<(), StoreError>;
}

#[async_trait]
pub trait LoginFlowStore: Send + Sync {
    async fn insert_login_flow(&self, flow: &LoginFlow) -> Result<(), StoreError>;
    async fn login_flow(&self, id: FlowId) -> Result<Option<LoginFlow>, StoreError>;
    /// Saves the flow's form and messages. A completed flow is never changed.
    async fn update_login_flow(&self, flow: &LoginFlow) -> Result<(), StoreError>;
}

#[async_trait]
pub trait SessionStore: Send + Sync {
    async fn session(&self, id: SessionId) -> Result<Option<Session>, StoreError>;
    async fn session_by_token(&self, digest: &TokenDigest) -> Result<Option<Session>, StoreError>;
    /// Deactivates the session with this token. `false` if no session has it.
    async fn revoke_session_by_token(&self, digest: &TokenDigest) -> Result<bool, StoreError>;
}

#[async_trait]
pub trait ErrorStore: Send + Sync {
    async fn insert_flow_error(&self, error: &FlowError) -> Result<(), StoreError>;
    async fn flow_error(&self, id: uuid::Uuid) -> Result<Option<FlowError>, StoreError>;
}

/// Counters of login attempts (brute-force protection). Keys are opaque to the store; each
/// counter lives until its `expires_at` and is collected by `purge_expired` after that.
#[async_trait]
pub trait AttemptStore: Send + Sync {
    /// Adds `delta` to the counter under `key` (a new counter starts at zero and keeps
    /// `expires_at`) and returns the new value. Atomic: concurrent additions are never lost.
    async fn add_attempts(&self, key: &str, delta: i64, expires_at: DateTime<Utc>)
    -> Result<i64, StoreError>;
    /// Removes the counter under `key`, if any.
    async fn clear_attempts(&self, key: &str) -> Result<(), StoreError>;
}

/// What completing a login writes besides marking the flow.
#[derive(Debug, Clone)]
pub enum SessionWrite {
    /// A new session (first login, or re-authentication as someone else).
    Insert(Session),
    /// The same session, re-authenticated: new times and methods, same id and token.
    Update(Session),
}

impl SessionWrite {
    /// The session written, new or updated.
    pub fn session(&self) -> &Session {
        let (SessionWrite::Insert(session) | SessionWrite::Update(session)) = self;
        session
    }

    pub fn into_session(self) -> Session {
        let (SessionWrite::Insert(session) | SessionWrite::Update(session)) = self;
        session
    }
}

#[async_trait]
pub trait Store: IdentityStore + LoginFlowStore + SessionStore + ErrorStore + AttemptStore {
    /// Atomically marks the flow completed (with `flow.active` and `completed_at` as given) and
    /// writes the session, only if the flow was not completed before. Returns `false`, writing
    /// nothing, when another submission completed it first. `identity` is the one the session
    /// is for, as this login read it: a store may keep a copy of it beside the session (the
    /// MongoDB one does, so that a check reads one document), which is sound because nothing
    /// a session check shows of an identity changes after it is created; deleting it deletes
    /// its sessions. An operation that changed those fields would have to rewrite the copies.
    async fn complete_login(
        &self,
        flow: &LoginFlow,
        session: &SessionWrite,
        identity: &Identity,
    ) -> Result<bool, StoreError>;
    /// The session a token digest names with its identity, in one round trip where the
    /// backend can; `None` when no session has this digest or its identity is gone.
    /// The identity comes without its credentials (`password` is `None`): a session check
    /// shows none, and reading them would cost every check a join. Whoever needs them reads
    /// the identity itself.
    async fn session_with_identity(
        &self,
        digest: &TokenDigest,
    ) -> Result<Option<SessionWithIdentity>, StoreError> {
        session_then_identity(self, digest).await
    }
    /// Checks that the store answers (readiness).
    async fn ping(&self) -> Result<(), StoreError>;
    /// Garbage collection: deletes flows, sessions and attempt counters that expired before
    /// `before`, and errors created before it. Returns how many records went. Never decides expiry: the domain does.
    async fn purge_expired(&self, before: DateTime<Utc>) -> Result<u64, StoreError>;
    /// Called once as the server stops, after the last request: flushes what needs flushing and
    /// lets go of connections. Failures are logged, not returned: there is nobody left to tell.
    async fn close(&self) {}
}

/// A session and its identity in two lookups, for backends that cannot join them.
async fn session_then_identity<S: Store + ?Sized>(
    store: &S,
    digest: &TokenDigest,
) -> Result<Option<SessionWithIdentity>, StoreError> {
    let Some(session) = store.session_by_token(digest).await? else { return Ok(None) };
    let identity = store.identity(session.identity_id).await?.map(Identity::without_credentials);
    Ok(identity.map(|identity| Arc::new((session, identity))))
}

/// Opens the store a DSN names.
pub async fn open(dsn: &Dsn) -> Result<Arc<dyn Store>, StoreError> {
    match dsn {
        Dsn::Memory => Ok(Arc::new(MemoryStore::default())),
        Dsn::Sqlite { path, shared, kept_sessions } => {
            let access = if *shared {
                FileAccess::Shared
            } else {
                FileAccess::Exclusive { kept_sessions: *kept_sessions }
            };
            Ok(Arc::new(SqliteStore::open(path, access).await?))
        }
        Dsn::Mongo(url) => Ok(Arc::new(MongoStore::open(url).await?)),
    }
}
