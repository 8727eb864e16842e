//! Adapters: the one type that implements the generated API traits. Each method converts the
//! request, calls one service, and maps the result; statuses are chosen in `errors`.

mod admin;
mod convert;
pub(crate) mod errors;
mod frontend;
mod metadata;

use std::sync::Arc;

use url::Url;
use uuid::Uuid;

use crate::flow::LoginService;
use crate::identity::IdentityService;
use crate::session::{SessionService, SessionToken};
use crate::store::Store;

pub use errors::KratosError;

/// Everything the adapters call, cheap to clone.
#[derive(Clone)]
pub struct Api {
    inner: Arc<Services>,
}

pub struct Services {
    pub login: LoginService,
    pub identities: IdentityService,
    pub sessions: SessionService,
    pub store: Arc<dyn Store>,
    pub public_base_url: Url,
    pub admin_base_url: Url,
    pub session_cookie_name: String,
}

impl Api {
    pub fn new(services: Services) -> Self {
        Self { inner: Arc::new(services) }
    }
}

impl AsRef<Api> for Api {
    fn as_ref(&self) -> &Api {
        self
    }
}

impl std::ops::Deref for Api {
    type Target = Services;

    fn deref(&self) -> &Services {
        &self.inner
    }
}

/// The generated layer's error channel is never used: every outcome is a declared response.
impl portcullis_api::apis::ErrorHandler<std::convert::Infallible> for Api {}

/// Reads a UUID the way Kratos does for flow ids: anything unparsable is "not found".
fn parse_uuid(raw: Option<&str>) -> Option<Uuid> {
    raw.and_then(|r| Uuid::parse_str(r.trim()).ok())
}

/// The session token a request carries: `X-Session-Token` first, then `Authorization: Bearer`.
fn session_token(x_session_token: Option<&str>, authorization: Option<&str>) -> Option<SessionToken> {
    if let Some(token) = x_session_token.map(str::trim).filter(|t| !t.is_empty()) {
        return Some(SessionToken::from_client(token));
    }
    let (scheme, token) = authorization?.trim().split_once(' ')?;
    (scheme.eq_ignore_ascii_case("bearer") && !token.trim().is_empty())
        .then(|| SessionToken::from_client(token.trim()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_come_from_the_header_or_a_bearer_authorization() {
        assert_eq!(session_token(Some("ory_st_a"), Some("Bearer ory_st_b")).unwrap().expose(), "ory_st_a");
        assert_eq!(session_token(None, Some("bearer ory_st_b")).unwrap().expose(), "ory_st_b");
        assert!(session_token(None, Some("Basic abc")).is_none());
        assert!(session_token(Some("  "), None).is_none());
        assert!(session_token(None, None).is_none());
    }
}
