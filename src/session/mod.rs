//! Sessions: what a successful login yields, the tokens that name them, and whoami/logout.
//!
//! Only a SHA-256 digest of each token is ever stored, so a copy of the database holds no
//! usable token. Knows no HTTP.

mod service;
mod token;

use std::sync::Arc;

use chrono::{DateTime, Utc};
use uuid::Uuid;

use crate::identity::{Identity, IdentityId};

pub use service::{SessionError, SessionService};
pub use token::{LogoutToken, SessionToken, TokenDigest};

/// A session with the identity it belongs to (without credentials), as a session check finds
/// them. Shared rather than owned: a store that keeps the sessions it checked lately hands each
/// check the one it kept, and nothing on the way to the response needs a copy of its own.
pub type SessionWithIdentity = Arc<(Session, Identity)>;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct SessionId(pub Uuid);

impl SessionId {
    pub fn new() -> Self {
        Self(Uuid::new_v4())
    }
}

impl Default for SessionId {
    fn default() -> Self {
        Self::new()
    }
}

/// Authenticator assurance level: how many factors the session has proven.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Aal {
    Aal0,
    Aal1,
    Aal2,
}

impl Aal {
    pub fn as_str(self) -> &'static str {
        match self {
            Aal::Aal0 => "aal0",
            Aal::Aal1 => "aal1",
            Aal::Aal2 => "aal2",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        match raw {
            "aal0" => Some(Aal::Aal0),
            "aal1" => Some(Aal::Aal1),
            "aal2" => Some(Aal::Aal2),
            _ => None,
        }
    }
}

/// One completed authentication step.
#[derive(Debug, Clone, PartialEq)]
pub struct AuthMethod {
    pub method: String,
    pub aal: Aal,
    pub completed_at: DateTime<Utc>,
}

/// Where a session was used from.
#[derive(Debug, Clone, PartialEq)]
pub struct Device {
    pub id: Uuid,
    pub ip_address: Option<String>,
    pub user_agent: Option<String>,
    pub location: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Session {
    pub id: SessionId,
    pub token_digest: TokenDigest,
    pub identity_id: IdentityId,
    /// Cleared by logout or revocation.
    pub active: bool,
    pub expires_at: DateTime<Utc>,
    pub authenticated_at: DateTime<Utc>,
    pub issued_at: DateTime<Utc>,
    pub aal: Aal,
    pub methods: Vec<AuthMethod>,
    pub devices: Vec<Device>,
}

impl Session {
    /// Usable right now: not revoked and not expired. (The identity's state is checked by the
    /// caller, which holds the identity.)
    pub fn is_active_at(&self, now: DateTime<Utc>) -> bool {
        self.active && self.expires_at > now
    }
}
