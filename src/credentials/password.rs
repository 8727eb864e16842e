//! Checking an identifier and password against the stored credential, in constant shape:
//! an unknown identifier costs one hash verification too, against a dummy hash made with the
//! configured parameters, so response times do not reveal which accounts exist. Every attempt
//! passes the brute-force throttle first.

use std::sync::Arc;

use super::throttle::{LoginThrottle, Verdict};
use super::{HashPool, Hasher, verify_with};
use crate::clock::Clock;
use crate::identity::{Identity, PasswordHash, normalize_identifier};
use crate::store::{Store, StoreError};

#[derive(Debug, thiserror::Error)]
pub enum PasswordCheckError {
    #[error("hash pool: {0}")]
    Pool(String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// The outcome of a password check. Unknown identifiers and wrong passwords are one variant.
#[derive(Debug)]
pub enum PasswordCheck {
    Valid(Box<Identity>),
    Invalid,
    /// Too many attempts for this identifier or address: not checked.
    Throttled {
        retry_after: std::time::Duration,
    },
}

pub struct PasswordAuthenticator {
    store: Arc<dyn Store>,
    hasher: Arc<Hasher>,
    pool: HashPool,
    clock: Arc<dyn Clock>,
    throttle: LoginThrottle,
    dummy: PasswordHash,
}

impl PasswordAuthenticator {
    /// Builds the authenticator; hashes a random dummy password once with the configured
    /// hasher so that misses cost what hits cost.
    pub async fn new(
        store: Arc<dyn Store>,
        hasher: Arc<Hasher>,
        pool: HashPool,
        clock: Arc<dyn Clock>,
        throttle: LoginThrottle,
    ) -> Result<Self, super::HashError> {
        let dummy_password = crate::session::SessionToken::generate();
        let h = hasher.clone();
        let dummy = pool
            .run(move |_| h.hash(dummy_password.expose().as_bytes()))
            .await
            .map_err(|e| super::HashError::Hashing(e.to_string()))??;
        Ok(Self { store, hasher, pool, clock, throttle, dummy })
    }

    /// Checks a password for an identifier, from a client address (for the throttle).
    #[tracing::instrument(skip_all)]
    pub async fn check(
        &self,
        identifier: &str,
        password: &str,
        address: Option<std::net::IpAddr>,
    ) -> Result<PasswordCheck, PasswordCheckError> {
        let admission = match self.throttle.admit(identifier, address).await? {
            Verdict::Admitted(admission) => admission,
            Verdict::Refused { retry_after } => return Ok(PasswordCheck::Throttled { retry_after }),
        };
        let identity = self.store.identity_by_password_identifier(&normalize_identifier(identifier)).await?;
        let stored = identity
            .as_ref()
            .and_then(|i| i.password.as_ref())
            .map(|p| p.hash.clone())
            .unwrap_or_else(|| self.dummy.clone());
        let candidate = password.to_string();
        let hash = stored.0.clone();
        let matched = self
            .pool
            .run(move |scratch| verify_with(candidate.as_bytes(), &hash, scratch).unwrap_or(false))
            .await
            .map_err(|e| PasswordCheckError::Pool(e.to_string()))?;
        match identity {
            Some(identity) if matched && identity.password.is_some() => {
                if let Err(e) = self.throttle.succeeded(admission).await {
                    tracing::warn!(error = %e, "could not reset the attempt counters");
                }
                self.upgrade_hash(&identity, password).await;
                Ok(PasswordCheck::Valid(Box::new(identity)))
            }
            _ => Ok(PasswordCheck::Invalid),
        }
    }

    /// Replaces an imported hash with one of the configured hasher after a successful login.
    /// Failures are logged and the old hash kept: the login itself already succeeded.
    async fn upgrade_hash(&self, identity: &Identity, password: &str) {
        let Some(current) = identity.password.as_ref().map(|p| &p.hash) else { return };
        if self.hasher.understands(current) {
            return;
        }
        let hasher = self.hasher.clone();
        let plain = password.to_string();
        let rehashed = match self.pool.run(move |_| hasher.hash(plain.as_bytes())).await {
            Ok(Ok(hash)) => hash,
            Ok(Err(e)) => {
                return tracing::warn!(identity_id = %identity.id, error = %e, "could not re-hash password");
            }
            Err(e) => {
                return tracing::warn!(identity_id = %identity.id, error = %e, "could not re-hash password");
            }
        };
        match self.store.update_password_hash(identity.id, &rehashed, self.clock.now()).await {
            Ok(()) => tracing::info!(identity_id = %identity.id, "password hash upgraded"),
            Err(e) => {
                tracing::warn!(identity_id = %identity.id, error = %e, "could not store re-hashed password")
            }
        }
    }
}
