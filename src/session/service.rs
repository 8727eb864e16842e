//! Issuing, resolving and revoking sessions.

use std::sync::Arc;

use uuid::Uuid;

use super::{Aal, AuthMethod, Device, LogoutToken, Session, SessionId, SessionToken, SessionWithIdentity};
use crate::clock::Clock;
use crate::identity::Identity;
use crate::store::{Store, StoreError};

#[derive(Debug, thiserror::Error)]
pub enum SessionError {
    #[error(transparent)]
    Store(#[from] StoreError),
}

#[derive(Clone)]
pub struct SessionService {
    store: Arc<dyn Store>,
    clock: Arc<dyn Clock>,
    lifespan: chrono::Duration,
    logout_secret: Arc<[u8]>,
}

impl SessionService {
    pub fn new(
        store: Arc<dyn Store>,
        clock: Arc<dyn Clock>,
        lifespan: chrono::Duration,
        logout_secret: &[u8],
    ) -> Self {
        Self { store, clock, lifespan, logout_secret: Arc::from(logout_secret) }
    }

    /// The logout token of the session behind `token`.
    pub fn logout_token(&self, token: &SessionToken) -> LogoutToken {
        LogoutToken::derive(&self.logout_secret, token)
    }

    /// A new session for `identity` after a password login, and its token. Not yet stored:
    /// the login completes the flow and stores the session in one step.
    pub fn start(
        &self,
        identity: &Identity,
        ip_address: Option<String>,
        user_agent: Option<String>,
    ) -> (Session, SessionToken) {
        let now = self.clock.now();
        let token = SessionToken::generate();
        let session = Session {
            id: SessionId::new(),
            token_digest: token.digest(),
            identity_id: identity.id,
            active: true,
            expires_at: now + self.lifespan,
            authenticated_at: now,
            issued_at: now,
            aal: Aal::Aal1,
            methods: vec![AuthMethod { method: "password".into(), aal: Aal::Aal1, completed_at: now }],
            devices: vec![Device { id: Uuid::new_v4(), ip_address, user_agent, location: None }],
        };
        (session, token)
    }

    /// The same session after its owner proved their identity again: same id and token, new
    /// times, one more authentication method.
    pub fn reauthenticate(&self, mut session: Session) -> Session {
        let now = self.clock.now();
        session.authenticated_at = now;
        session.issued_at = now;
        session.expires_at = now + self.lifespan;
        session.methods.push(AuthMethod { method: "password".into(), aal: Aal::Aal1, completed_at: now });
        session
    }

    /// The active session a token names, with its identity (without credentials, as
    /// `Store::session_with_identity` reads it); `None` when the token is unknown, revoked or
    /// expired, or the identity is gone or disabled.
    #[tracing::instrument(skip_all)]
    pub async fn active(&self, token: &SessionToken) -> Result<Option<SessionWithIdentity>, SessionError> {
        let found = self.store.session_with_identity(&token.digest()).await?;
        Ok(found.filter(|found| {
            let (session, identity) = &**found;
            session.is_active_at(self.clock.now()) && identity.is_active()
        }))
    }

    /// Revokes the session of a token. `false` when no session has this token; revoking an
    /// already revoked session succeeds again.
    #[tracing::instrument(skip_all)]
    pub async fn revoke(&self, token: &SessionToken) -> Result<bool, SessionError> {
        Ok(self.store.revoke_session_by_token(&token.digest()).await?)
    }

    pub async fn get(&self, id: SessionId) -> Result<Option<Session>, SessionError> {
        Ok(self.store.session(id).await?)
    }

    pub fn is_active(&self, session: &Session) -> bool {
        session.is_active_at(self.clock.now())
    }
}
