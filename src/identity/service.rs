//! Creating, reading, listing and deleting identities (the admin API's domain side).

use std::sync::Arc;

use serde_json::Value;

use super::{
    CredentialLimits, Identity, IdentityId, IdentityState, PasswordCredential, PasswordHash, SchemaRegistry,
    normalize_identifier,
};
use crate::clock::Clock;
use crate::credentials::{HashError, HashPool, Hasher, validate_imported};
use crate::store::{IdentityPage, Store, StoreError};

#[derive(Debug, thiserror::Error)]
pub enum IdentityError {
    #[error("identity schema {0:?} is not configured")]
    UnknownSchema(String),
    #[error("the traits do not match the identity schema: {}", .0.join("; "))]
    InvalidTraits(Vec<String>),
    #[error("a password credential needs an identifier in the traits")]
    NoIdentifier,
    #[error("password: {0}")]
    Password(HashError),
    #[error("This identity conflicts with another identity that already exists.")]
    Conflict,
    #[error("hashing failed: {0}")]
    Hashing(String),
    #[error(transparent)]
    Store(StoreError),
}

impl From<StoreError> for IdentityError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::Conflict(_) => IdentityError::Conflict,
            other => IdentityError::Store(other),
        }
    }
}

/// A password given at creation: plain text to hash, or an existing hash to import.
#[derive(Clone)]
pub enum NewPassword {
    Plain(String),
    Hashed(String),
}

impl std::fmt::Debug for NewPassword {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            NewPassword::Plain(_) => "NewPassword::Plain(<redacted>)",
            NewPassword::Hashed(_) => "NewPassword::Hashed(<redacted>)",
        })
    }
}

#[derive(Debug, Clone)]
pub struct CreateIdentity {
    pub schema_id: Option<String>,
    pub traits: Value,
    pub state: IdentityState,
    pub metadata_public: Option<Value>,
    pub metadata_admin: Option<Value>,
    pub external_id: Option<String>,
    pub password: Option<NewPassword>,
}

#[derive(Debug, Clone, Default)]
pub struct ListQuery {
    pub after: Option<IdentityId>,
    pub page_size: usize,
    pub credentials_identifier: Option<String>,
    pub ids: Vec<IdentityId>,
}

#[derive(Clone)]
pub struct IdentityService {
    store: Arc<dyn crate::store::Store>,
    schemas: SchemaRegistry,
    hasher: Arc<Hasher>,
    pool: HashPool,
    clock: Arc<dyn Clock>,
    limits: CredentialLimits,
}

impl IdentityService {
    pub fn new(
        store: Arc<dyn Store>,
        schemas: SchemaRegistry,
        hasher: Arc<Hasher>,
        pool: HashPool,
        clock: Arc<dyn Clock>,
        limits: CredentialLimits,
    ) -> Self {
        Self { store, schemas, hasher, pool, clock, limits }
    }

    #[tracing::instrument(skip_all)]
    pub async fn create(&self, input: CreateIdentity) -> Result<Identity, IdentityError> {
        let schema_id = input.schema_id.unwrap_or_else(|| self.schemas.default_id().to_string());
        let schema =
            self.schemas.get(&schema_id).ok_or_else(|| IdentityError::UnknownSchema(schema_id.clone()))?;
        schema.validate_traits(&input.traits).map_err(IdentityError::InvalidTraits)?;
        let now = self.clock.now();
        let password = match input.password {
            None => None,
            Some(new) => {
                let mut identifiers: Vec<String> = Vec::new();
                for raw in schema.password_identifiers(&input.traits) {
                    if let Some(length) = self.limits.identifier_excess(&raw) {
                        let max = self.limits.max_identifier;
                        return Err(IdentityError::InvalidTraits(vec![format!(
                            "an identifier's length must be <= {max}, but got {length}"
                        )]));
                    }
                    let normalized = normalize_identifier(&raw);
                    if !normalized.is_empty() && !identifiers.contains(&normalized) {
                        identifiers.push(normalized);
                    }
                }
                if identifiers.is_empty() {
                    return Err(IdentityError::NoIdentifier);
                }
                let hash = self.password_hash(new).await?;
                Some(PasswordCredential { identifiers, hash, created_at: now, updated_at: now })
            }
        };
        let identity = Identity {
            id: IdentityId::new(),
            schema_id,
            traits: input.traits,
            state: input.state,
            state_changed_at: Some(now),
            metadata_public: input.metadata_public,
            metadata_admin: input.metadata_admin,
            external_id: input.external_id,
            password,
            created_at: now,
            updated_at: now,
        };
        self.store.insert_identity(&identity).await?;
        tracing::info!(identity_id = %identity.id, "identity created");
        Ok(identity)
    }

    async fn password_hash(&self, new: NewPassword) -> Result<PasswordHash, IdentityError> {
        match new {
            NewPassword::Hashed(hash) => {
                validate_imported(&hash).map_err(IdentityError::Password)?;
                Ok(PasswordHash(hash))
            }
            NewPassword::Plain(plain) if self.limits.password_too_long(&plain) => {
                Err(IdentityError::Password(HashError::TooLong {
                    max: self.limits.max_password,
                    actual: plain.len(),
                }))
            }
            NewPassword::Plain(plain) => {
                let hasher = self.hasher.clone();
                self.pool
                    .run(move |_| hasher.hash(plain.as_bytes()))
                    .await
                    .map_err(|e| IdentityError::Hashing(e.to_string()))?
                    .map_err(IdentityError::Password)
            }
        }
    }

    pub async fn get(&self, id: IdentityId) -> Result<Option<Identity>, IdentityError> {
        Ok(self.store.identity(id).await?)
    }

    pub async fn list(&self, query: &ListQuery) -> Result<Vec<Identity>, IdentityError> {
        let page = IdentityPage {
            after: query.after,
            limit: query.page_size,
            identifier: query.credentials_identifier.as_deref().map(normalize_identifier),
            ids: query.ids.clone(),
        };
        Ok(self.store.list_identities(&page).await?)
    }

    /// Deletes the identity and its sessions. `false` if it did not exist.
    #[tracing::instrument(skip_all, fields(identity_id = %id))]
    pub async fn delete(&self, id: IdentityId) -> Result<bool, IdentityError> {
        Ok(self.store.delete_identity(id).await?)
    }
}
