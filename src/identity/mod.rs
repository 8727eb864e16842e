//! Identities: the users of the system, their traits, and the credentials they sign in with.
//!
//! Knows no HTTP and no storage driver; persistence goes through `store::IdentityStore`.

mod identifier;
mod schema;
mod service;

use chrono::{DateTime, Utc};
use serde_json::Value;
use uuid::Uuid;

pub use identifier::{CredentialLimits, normalize_identifier};
pub use schema::{IdentitySchema, SchemaError, SchemaRegistry, SchemaSpec, builtin_default_schema};
pub use service::{CreateIdentity, IdentityError, IdentityService, ListQuery, NewPassword};

/// The id of an identity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct IdentityId(pub Uuid);

impl IdentityId {
    pub fn new() -> Self {
        Self(Uuid::new_v4())
    }
}

impl Default for IdentityId {
    fn default() -> Self {
        Self::new()
    }
}

impl std::fmt::Display for IdentityId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdentityState {
    Active,
    Inactive,
}

impl IdentityState {
    pub fn as_str(self) -> &'static str {
        match self {
            IdentityState::Active => "active",
            IdentityState::Inactive => "inactive",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        match raw {
            "active" => Some(IdentityState::Active),
            "inactive" => Some(IdentityState::Inactive),
            _ => None,
        }
    }
}

/// A stored password hash, in one of the formats of `credentials::hash`.
#[derive(Clone, PartialEq, Eq)]
pub struct PasswordHash(pub String);

impl std::fmt::Debug for PasswordHash {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("PasswordHash(<redacted>)")
    }
}

/// The password credential: the identifiers it answers to and the hash it is checked against.
#[derive(Debug, Clone, PartialEq)]
pub struct PasswordCredential {
    pub identifiers: Vec<String>,
    pub hash: PasswordHash,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Identity {
    pub id: IdentityId,
    pub schema_id: String,
    pub traits: Value,
    pub state: IdentityState,
    pub state_changed_at: Option<DateTime<Utc>>,
    pub metadata_public: Option<Value>,
    pub metadata_admin: Option<Value>,
    pub external_id: Option<String>,
    pub password: Option<PasswordCredential>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl Identity {
    pub fn is_active(&self) -> bool {
        self.state == IdentityState::Active
    }

    /// The same identity without its credentials, as a session check reads it.
    pub fn without_credentials(self) -> Self {
        Self { password: None, ..self }
    }

    /// The password identifiers (each credential type keeps its own in the store).
    pub fn password_identifiers(&self) -> &[String] {
        self.password.as_ref().map(|p| p.identifiers.as_slice()).unwrap_or_default()
    }
}
