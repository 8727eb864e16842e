//! Adapters: the one type that implements the generated API traits. Each method converts the
//! request, calls one service, and maps the result; statuses are chosen in `errors`.

mod admin;
mod browser;
mod convert;
pub(crate) mod errors;
mod frontend;
mod login;
mod metadata;
mod sessions;

use std::sync::Arc;

use url::Url;
use uuid::Uuid;

use crate::base_url::BaseUrl;
use crate::clock::Clock;
use crate::flow::{FlowErrors, LoginService};
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
    pub errors: FlowErrors,
    pub store: Arc<dyn Store>,
    pub clock: Arc<dyn Clock>,
    pub public_base_url: BaseUrl,
    pub admin_base_url: BaseUrl,
    /// `selfservice.flows.login.ui_url`.
    pub login_ui_url: Url,
    /// `selfservice.flows.error.ui_url`.
    pub error_ui_url: Url,
    /// Where a browser goes after logout when it names no `return_to`.
    pub logout_return_url: Url,
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
    header_token(x_session_token).or_else(|| bearer_token(authorization))
}

fn header_token(x_session_token: Option<&str>) -> Option<SessionToken> {
    x_session_token.map(str::trim).filter(|t| !t.is_empty()).map(SessionToken::from_client)
}

/// `Authorization: Bearer <token>`, the scheme in any case.
fn bearer_token(authorization: Option<&str>) -> Option<SessionToken> {
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
