//! whoami, logout (native and browser) and the error UI's getFlowError.

use bytes::Bytes;
use portcullis_api::apis::frontend::{
    CreateBrowserLogoutFlowResponse, GetFlowErrorResponse, PerformNativeLogoutResponse, ToSessionResponse,
    UpdateLogoutFlowResponse,
};
use portcullis_api::models;
use portcullis_api::types::Object;

use super::browser::Routed;
use super::errors::KratosError;
use super::{Api, convert, parse_uuid};
use crate::http::RequestContext;
use crate::identity::Identity;
use crate::session::{Session, SessionToken, SessionWithIdentity};

impl Api {
    /// The active session behind a token, if the request carries a usable one.
    pub(crate) async fn session_of(
        &self,
        token: Option<&SessionToken>,
    ) -> Result<Option<SessionWithIdentity>, KratosError> {
        match token {
            Some(token) => Ok(self.sessions.active(token).await?),
            None => Ok(None),
        }
    }

    /// The session token of a request: a header token first (as Kratos reads `X-Session-Token`
    /// before the cookie), then the session cookie.
    pub(crate) fn browser_session_token(
        &self,
        context: &RequestContext,
        header_token: Option<SessionToken>,
    ) -> Option<SessionToken> {
        header_token.or_else(|| context.session_cookie_token())
    }

    pub(crate) fn session_json(&self, session: &Session, identity: &Identity) -> models::Session {
        let identity = convert::identity(identity, &self.public_base_url, convert::Disclose::default());
        convert::session(session, self.sessions.is_active(session), Some(identity))
    }

    /// whoami: `X-Session-Token`, then the session cookie, then `Authorization: Bearer`.
    pub(crate) async fn whoami(
        &self,
        header: Option<SessionToken>,
        bearer: Option<SessionToken>,
    ) -> ToSessionResponse {
        let context = RequestContext::current();
        let token = header.or_else(|| context.session_cookie_token()).or(bearer);
        match self.session_of(token.as_ref()).await {
            Ok(Some(found)) => {
                let (session, identity) = &*found;
                ToSessionResponse::Status200_OK {
                    body: self.session_json(session, identity),
                    // Written directly: `to_string` would go through the formatter on every check.
                    x_kratos_authenticated_identity_id: Some(
                        identity.id.0.hyphenated().encode_lower(&mut uuid::Uuid::encode_buffer()).to_owned(),
                    ),
                }
            }
            Ok(None) => KratosError::no_session().into(),
            Err(e) => e.into(),
        }
    }

    pub(crate) async fn native_logout(&self, body: &Bytes) -> PerformNativeLogoutResponse {
        let token = match serde_json::from_slice::<serde_json::Value>(body) {
            Ok(value) => value.get("session_token").and_then(|t| t.as_str()).map(str::to_string),
            Err(e) => return KratosError::bad_request(format!("Unable to decode JSON payload: {e}")).into(),
        };
        let Some(token) = token.filter(|t| !t.is_empty()) else {
            return KratosError::session_token_unknown().into();
        };
        match self.sessions.revoke(&SessionToken::from_client(&token)).await {
            Ok(true) => PerformNativeLogoutResponse::Status204_NoContent,
            Ok(false) => KratosError::session_token_unknown().into(),
            Err(e) => KratosError::from(e).into(),
        }
    }

    /// The logout URL and token for the browser's session.
    pub(crate) async fn browser_logout_flow(
        &self,
        return_to: Option<&str>,
    ) -> CreateBrowserLogoutFlowResponse {
        let context = RequestContext::current();
        let answer = async {
            let return_to = self.login.return_to().check(return_to)?;
            let token = context.session_cookie_token();
            let Some(_) = self.session_of(token.as_ref()).await? else {
                return Err(KratosError::session_inactive());
            };
            let logout_token =
                self.sessions.logout_token(token.as_ref().ok_or_else(KratosError::session_inactive)?);
            let mut url = self.public_base_url.url_for("/self-service/logout");
            url.query_pairs_mut().append_pair("token", logout_token.expose());
            if let Some(return_to) = return_to {
                url.query_pairs_mut().append_pair("return_to", return_to.as_str());
            }
            Ok(models::LogoutFlow {
                logout_token: logout_token.expose().to_string(),
                logout_url: url.to_string(),
            })
        };
        match answer.await {
            Ok(flow) => CreateBrowserLogoutFlowResponse::Status200_OK(flow),
            Err(error) => match self.route_error(error, context.is_json_request()).await {
                Routed::Json(error) => error.into(),
                Routed::Redirect(url) => {
                    CreateBrowserLogoutFlowResponse::Status303_SeeOther { location: Some(url) }
                }
            },
        }
    }

    /// Signs the browser out when the token belongs to its session cookie.
    pub(crate) async fn browser_logout(
        &self,
        token: Option<&str>,
        return_to: Option<&str>,
    ) -> UpdateLogoutFlowResponse {
        let context = RequestContext::current();
        let answer = async {
            let Some(presented) = token.filter(|t| !t.is_empty()) else {
                return Err(KratosError::bad_request("Please include a token in the URL query."));
            };
            let target = match self.login.return_to().check(return_to)? {
                Some(url) => url,
                None => self.logout_return_url.clone(),
            };
            let session_token = context.session_cookie_token();
            let Some(_) = self.session_of(session_token.as_ref()).await? else {
                return Err(KratosError::session_inactive());
            };
            let session_token = session_token.ok_or_else(KratosError::session_inactive)?;
            if !self.sessions.logout_token(&session_token).matches(presented) {
                return Err(KratosError::new(http::StatusCode::FORBIDDEN).reason(
                    "Unable to log out because the logout token in the URL query does not match the session cookie.",
                ));
            }
            self.sessions.revoke(&session_token).await?;
            context.clear_session_cookie();
            context.rotate_csrf();
            Ok(target)
        };
        match answer.await {
            Ok(_) if context.prefers_json() => UpdateLogoutFlowResponse::Status204_NoContent,
            Ok(target) => UpdateLogoutFlowResponse::Status303_SeeOther { location: Some(target.to_string()) },
            Err(error) => match self.route_error(error, context.is_json_request()).await {
                Routed::Json(error) => error.into(),
                Routed::Redirect(url) => UpdateLogoutFlowResponse::Status303_SeeOther { location: Some(url) },
            },
        }
    }

    pub(crate) async fn flow_error(&self, id: Option<&str>) -> GetFlowErrorResponse {
        let not_found =
            || KratosError::new(http::StatusCode::NOT_FOUND).message("Unable to locate the resource");
        let Some(id) = parse_uuid(id) else { return not_found().into() };
        match self.errors.get(id).await {
            Ok(Some(stored)) => GetFlowErrorResponse::Status200_OK(models::FlowError {
                created_at: Some(stored.created_at.into()),
                error: Some(Object(stored.error)),
                id: stored.id,
                updated_at: Some(stored.updated_at.into()),
            }),
            Ok(None) => not_found().into(),
            Err(e) => KratosError::from(e).into(),
        }
    }
}
