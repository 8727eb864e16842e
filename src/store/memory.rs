//! The in-memory store (`dsn: memory`): everything in one mutex-guarded state, which makes
//! every operation trivially atomic. Ephemeral; for development and tests.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Mutex, MutexGuard};

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use super::{
    AttemptStore, ErrorStore, IdentityPage, IdentityStore, LoginFlowStore, SessionStore, SessionWrite, Store,
    StoreError,
};
use crate::flow::{FlowError, FlowId, LoginFlow, Ui};
use crate::identity::{Identity, IdentityId, PasswordHash};
use crate::session::{Session, SessionId, TokenDigest};

#[derive(Default)]
struct State {
    identities: BTreeMap<IdentityId, Identity>,
    /// Normalised password identifier -> identity.
    identifiers: HashMap<String, IdentityId>,
    flows: HashMap<FlowId, LoginFlow>,
    sessions: HashMap<SessionId, Session>,
    tokens: HashMap<TokenDigest, SessionId>,
    errors: HashMap<uuid::Uuid, FlowError>,
    attempts: HashMap<String, (i64, DateTime<Utc>)>,
}

#[derive(Default)]
pub struct MemoryStore {
    state: Mutex<State>,
}

impl MemoryStore {
    fn state(&self) -> MutexGuard<'_, State> {
        // A panic while holding the lock leaves consistent data (every write is one step).
        self.state.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

impl State {
    fn put_session(&mut self, session: &Session) {
        self.tokens.insert(session.token_digest.clone(), session.id);
        self.sessions.insert(session.id, session.clone());
    }
}

#[async_trait]
impl IdentityStore for MemoryStore {
    async fn insert_identity(&self, identity: &Identity) -> Result<(), StoreError> {
        let mut state = self.state();
        let identifiers = identity.password_identifiers();
        if let Some(taken) = identifiers.iter().find(|i| state.identifiers.contains_key(*i)) {
            return Err(StoreError::Conflict(format!("identifier {taken:?} is taken")));
        }
        for identifier in identifiers {
            state.identifiers.insert(identifier.clone(), identity.id);
        }
        state.identities.insert(identity.id, identity.clone());
        Ok(())
    }

    async fn identity(&self, id: IdentityId) -> Result<Option<Identity>, StoreError> {
        Ok(self.state().identities.get(&id).cloned())
    }

    async fn identity_by_password_identifier(
        &self,
        identifier: &str,
    ) -> Result<Option<Identity>, StoreError> {
        let state = self.state();
        Ok(state.identifiers.get(identifier).and_then(|id| state.identities.get(id)).cloned())
    }

    async fn list_identities(&self, page: &IdentityPage) -> Result<Vec<Identity>, StoreError> {
        let state = self.state();
        let wanted = |identity: &&Identity| {
            page.after.is_none_or(|after| identity.id > after)
                && (page.ids.is_empty() || page.ids.contains(&identity.id))
                && page.identifier.as_ref().is_none_or(|i| identity.password_identifiers().contains(i))
        };
        Ok(state.identities.values().filter(wanted).take(page.limit).cloned().collect())
    }

    async fn delete_identity(&self, id: IdentityId) -> Result<bool, StoreError> {
        let mut state = self.state();
        let Some(identity) = state.identities.remove(&id) else {
            return Ok(false);
        };
        for identifier in identity.password_identifiers() {
            state.identifiers.remove(identifier);
        }
        let doomed: Vec<Session> = state.sessions.values().filter(|s| s.identity_id == id).cloned().collect();
        for session in doomed {
            state.sessions.remove(&session.id);
            state.tokens.remove(&session.token_digest);
        }
        Ok(true)
    }

    async fn update_password_hash(
        &self,
        id: IdentityId,
        hash: &PasswordHash,
        at: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        if let Some(password) = self.state().identities.get_mut(&id).and_then(|i| i.password.as_mut()) {
            password.hash = hash.clone();
            password.updated_at = at;
        }
        Ok(())
    }
}

/// The copy of a flow the memory store keeps: like the other stores, without its initial form.
fn stored_flow(flow: &LoginFlow) -> LoginFlow {
    let mut copy = flow.clone();
    if copy.stored_ui().is_none() {
        copy.ui = Ui::default();
    }
    copy
}

#[async_trait]
impl LoginFlowStore for MemoryStore {
    async fn insert_login_flow(&self, flow: &LoginFlow) -> Result<(), StoreError> {
        self.state().flows.insert(flow.id, stored_flow(flow));
        Ok(())
    }

    async fn login_flow(&self, id: FlowId) -> Result<Option<LoginFlow>, StoreError> {
        Ok(self.state().flows.get(&id).cloned())
    }

    async fn update_login_flow(&self, flow: &LoginFlow) -> Result<(), StoreError> {
        let mut state = self.state();
        if let Some(stored) = state.flows.get_mut(&flow.id)
            && stored.completed_at.is_none()
        {
            *stored = stored_flow(flow);
        }
        Ok(())
    }
}

#[async_trait]
impl SessionStore for MemoryStore {
    async fn session(&self, id: SessionId) -> Result<Option<Session>, StoreError> {
        Ok(self.state().sessions.get(&id).cloned())
    }

    async fn session_by_token(&self, digest: &TokenDigest) -> Result<Option<Session>, StoreError> {
        let state = self.state();
        Ok(state.tokens.get(digest).and_then(|id| state.sessions.get(id)).cloned())
    }

    async fn revoke_session_by_token(&self, digest: &TokenDigest) -> Result<bool, StoreError> {
        let mut state = self.state();
        let Some(id) = state.tokens.get(digest).copied() else {
            return Ok(false);
        };
        if let Some(session) = state.sessions.get_mut(&id) {
            session.active = false;
        }
        Ok(true)
    }
}

#[async_trait]
impl ErrorStore for MemoryStore {
    async fn insert_flow_error(&self, error: &FlowError) -> Result<(), StoreError> {
        self.state().errors.insert(error.id, error.clone());
        Ok(())
    }

    async fn flow_error(&self, id: uuid::Uuid) -> Result<Option<FlowError>, StoreError> {
        Ok(self.state().errors.get(&id).cloned())
    }
}

#[async_trait]
impl Store for MemoryStore {
    async fn complete_login(
        &self,
        flow: &LoginFlow,
        session: &SessionWrite,
        _identity: &Identity,
    ) -> Result<bool, StoreError> {
        let mut state = self.state();
        match state.flows.get(&flow.id) {
            Some(stored) if stored.completed_at.is_none() => {}
            _ => return Ok(false),
        }
        state.flows.insert(flow.id, stored_flow(flow));
        state.put_session(session.session());
        Ok(true)
    }

    async fn ping(&self) -> Result<(), StoreError> {
        Ok(())
    }

    async fn purge_expired(&self, before: DateTime<Utc>) -> Result<u64, StoreError> {
        let mut state = self.state();
        let count = state.flows.len() + state.sessions.len() + state.errors.len() + state.attempts.len();
        state.flows.retain(|_, f| f.expires_at >= before);
        state.attempts.retain(|_, (_, expires_at)| *expires_at >= before);
        state.sessions.retain(|_, s| s.expires_at >= before);
        let live: std::collections::HashSet<SessionId> = state.sessions.keys().copied().collect();
        state.tokens.retain(|_, id| live.contains(id));
        state.errors.retain(|_, e| e.created_at >= before);
        let left = state.flows.len() + state.sessions.len() + state.errors.len() + state.attempts.len();
        Ok((count - left) as u64)
    }
}

#[async_trait]
impl AttemptStore for MemoryStore {
    async fn add_attempts(
        &self,
        key: &str,
        delta: i64,
        expires_at: DateTime<Utc>,
    ) -> Result<i64, StoreError> {
        let mut state = self.state();
        let counter = state.attempts.entry(key.to_string()).or_insert((0, expires_at));
        counter.0 += delta;
        Ok(counter.0)
    }

    async fn clear_attempts(&self, key: &str) -> Result<(), StoreError> {
        self.state().attempts.remove(key);
        Ok(())
    }
}
