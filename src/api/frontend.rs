//! The public self-service operations: login flows, whoami and native logout.

use async_trait::async_trait;
use axum_extra::extract::CookieJar;
use bytes::Bytes;
use headers::Host;
use http::{Method, StatusCode};
use portcullis_api::apis::frontend::{
    CreateBrowserLoginFlowResponse, CreateNativeLoginFlowResponse, Frontend, GetLoginFlowResponse,
    PerformNativeLogoutResponse, ToSessionResponse, UpdateLoginFlowResponse,
};
use portcullis_api::models;

use super::errors::{KratosError, error_responses};
use super::{Api, convert, parse_uuid, session_token};
use crate::flow::{
    CreateFlow, FlowId, FlowType, LoginError, LoginFlow, SubmitLogin, SubmitOutcome, decode_login_body,
};
use crate::http::RequestContext;
use crate::identity::Identity;
use crate::session::{Session, SessionToken};

type Never = std::convert::Infallible;

error_responses!(CreateNativeLoginFlowResponse { 400 => Status400_BadRequest, 401 => Status401_Unauthorized, 413 => Status413_RequestEntityTooLarge });
error_responses!(CreateBrowserLoginFlowResponse { 400 => Status400_BadRequest, 501 => Status501_NotImplemented });
error_responses!(GetLoginFlowResponse { 403 => Status403_Forbidden, 404 => Status404_NotFound, 410 => Status410_Gone });
error_responses!(UpdateLoginFlowResponse {
    401 => Status401_Unauthorized,
    403 => Status403_Forbidden,
    404 => Status404_NotFound,
    413 => Status413_RequestEntityTooLarge,
});
error_responses!(ToSessionResponse { 401 => Status401_Unauthorized, 403 => Status403_Forbidden });
error_responses!(PerformNativeLogoutResponse {
    400 => Status400_BadRequest,
    403 => Status403_Forbidden,
    413 => Status413_RequestEntityTooLarge,
});

impl Api {
    /// The active session behind a token, if the request carries a usable one.
    async fn session_of(
        &self,
        token: Option<&SessionToken>,
    ) -> Result<Option<(Session, Identity)>, KratosError> {
        match token {
            Some(token) => Ok(self.sessions.active(token).await?),
            None => Ok(None),
        }
    }

    fn session_json(&self, session: &Session, identity: &Identity) -> models::Session {
        let identity = convert::identity(identity, &self.public_base_url, convert::Disclose::default());
        convert::session(session, self.sessions.is_active(session), Some(identity))
    }

    fn expired_on_fetch(&self, flow: &LoginFlow) -> KratosError {
        let mut init = self.public_base_url.clone();
        let error = KratosError::from(LoginError::FlowExpired(Box::new(flow.clone())));
        match flow.flow_type {
            FlowType::Api => {
                init.set_path("/self-service/login/api");
                error
                    .reason("The login flow has expired. Call the login flow init API endpoint to initialize a new login flow.")
                    .detail("api", init.to_string())
            }
            FlowType::Browser => {
                init.set_path("/self-service/login/browser");
                if let Some(return_to) = &flow.return_to {
                    init.query_pairs_mut().append_pair("return_to", return_to);
                }
                error
                    .reason("The login flow has expired. Redirect the user to the login flow init endpoint to initialize a new login flow.")
                    .detail("redirect_to", init.to_string())
                    .detail("return_to", flow.return_to.clone().unwrap_or_default())
            }
        }
    }

    fn signed_in(
        &self,
        flow: &LoginFlow,
        session: &Session,
        identity: &Identity,
        token: Option<SessionToken>,
    ) -> UpdateLoginFlowResponse {
        let session_token = (flow.flow_type == FlowType::Api).then_some(token).flatten();
        UpdateLoginFlowResponse::Status200_OK(models::SuccessfulNativeLogin {
            continue_with: None,
            session: self.session_json(session, identity),
            session_token: session_token.map(|t| t.expose().to_string()),
        })
    }
}

/// The one 400 of submit that carries an error instead of a flow: no flow was named.
fn missing_flow_id() -> UpdateLoginFlowResponse {
    let error = KratosError::from(LoginError::MissingFlowId);
    UpdateLoginFlowResponse::Status400_BadRequest(models::UpdateLoginFlow400Response::ErrorGeneric(
        error.envelope(),
    ))
}

fn expired_on_submit(
    expired_at: chrono::DateTime<chrono::Utc>,
    since: chrono::Duration,
    replacement: FlowId,
) -> models::SelfServiceFlowExpiredError {
    let minutes = since.num_milliseconds() as f64 / 60_000.0;
    let error = KratosError::new(StatusCode::GONE)
        .id("self_service_flow_expired")
        .message("self-service flow expired")
        .reason(format!("The self-service flow expired {minutes:.2} minutes ago, initialize a new one."));
    models::SelfServiceFlowExpiredError {
        error: Some(error.body()),
        expired_at: Some(expired_at),
        since: since.num_nanoseconds(),
        use_flow_id: Some(replacement.0),
    }
}

#[async_trait]
impl Frontend<Never> for Api {
    async fn create_browser_login_flow(
        &self,
        _: &Method,
        _: &Host,
        _: &CookieJar,
        _: &models::CreateBrowserLoginFlowHeaderParams,
        _: &models::CreateBrowserLoginFlowQueryParams,
    ) -> Result<CreateBrowserLoginFlowResponse, Never> {
        Ok(KratosError::not_implemented(
            "Browser login flows are not available in this version of Portcullis yet. Use the native flow at /self-service/login/api.",
        )
        .into())
    }

    async fn create_native_login_flow(
        &self,
        _: &Method,
        _: &Host,
        _: &CookieJar,
        headers: &models::CreateNativeLoginFlowHeaderParams,
        query: &models::CreateNativeLoginFlowQueryParams,
    ) -> Result<CreateNativeLoginFlowResponse, Never> {
        let token = session_token(headers.x_session_token.as_deref(), headers.authorization.as_deref());
        let session = match self.session_of(token.as_ref()).await {
            Ok(session) => session,
            Err(e) => return Ok(e.into()),
        };
        let request = CreateFlow {
            flow_type: Some(FlowType::Api),
            request_url: RequestContext::current().request_url(&self.public_base_url),
            refresh: query.refresh.clone(),
            aal: query.aal.clone(),
            return_to: query.return_to.clone(),
            identity_schema: query.identity_schema.clone(),
            session,
        };
        Ok(match self.login.create(request).await {
            Ok(flow) => CreateNativeLoginFlowResponse::Status200_OK(convert::login_flow(&flow)),
            Err(e) => KratosError::from(e).into(),
        })
    }

    async fn get_login_flow(
        &self,
        _: &Method,
        _: &Host,
        _: &CookieJar,
        _: &models::GetLoginFlowHeaderParams,
        query: &models::GetLoginFlowQueryParams,
    ) -> Result<GetLoginFlowResponse, Never> {
        let Some(id) = parse_uuid(query.id.as_deref()) else {
            return Ok(KratosError::flow_not_found().into());
        };
        Ok(match self.login.get(FlowId(id)).await {
            Ok(flow) => GetLoginFlowResponse::Status200_OK(convert::login_flow(&flow)),
            Err(LoginError::FlowExpired(flow)) => self.expired_on_fetch(&flow).into(),
            Err(e) => KratosError::from(e).into(),
        })
    }

    async fn perform_native_logout(
        &self,
        _: &Method,
        _: &Host,
        _: &CookieJar,
        body: &Bytes,
    ) -> Result<PerformNativeLogoutResponse, Never> {
        let token = match serde_json::from_slice::<serde_json::Value>(body) {
            Ok(value) => value.get("session_token").and_then(|t| t.as_str()).map(str::to_string),
            Err(e) => {
                return Ok(KratosError::bad_request(format!("Unable to decode JSON payload: {e}")).into());
            }
        };
        let Some(token) = token.filter(|t| !t.is_empty()) else {
            return Ok(KratosError::session_token_unknown().into());
        };
        Ok(match self.sessions.revoke(&SessionToken::from_client(&token)).await {
            Ok(true) => PerformNativeLogoutResponse::Status204_NoContent,
            Ok(false) => KratosError::session_token_unknown().into(),
            Err(e) => KratosError::from(e).into(),
        })
    }

    async fn to_session(
        &self,
        _: &Method,
        _: &Host,
        _: &CookieJar,
        headers: &models::ToSessionHeaderParams,
        _: &models::ToSessionQueryParams,
    ) -> Result<ToSessionResponse, Never> {
        let token = session_token(headers.x_session_token.as_deref(), headers.authorization.as_deref());
        Ok(match self.session_of(token.as_ref()).await {
            Ok(Some((session, identity))) => ToSessionResponse::Status200_OK {
                body: self.session_json(&session, &identity),
                x_kratos_authenticated_identity_id: Some(identity.id.to_string()),
            },
            Ok(None) => KratosError::no_session().into(),
            Err(e) => e.into(),
        })
    }

    async fn update_login_flow(
        &self,
        _: &Method,
        _: &Host,
        _: &CookieJar,
        headers: &models::UpdateLoginFlowHeaderParams,
        query: &models::UpdateLoginFlowQueryParams,
        body: &Bytes,
    ) -> Result<UpdateLoginFlowResponse, Never> {
        let Some(flow_id) = parse_uuid(query.flow.as_deref()) else {
            return Ok(missing_flow_id());
        };
        let token = session_token(headers.x_session_token.as_deref(), headers.authorization.as_deref());
        let session = match self.session_of(token.as_ref()).await {
            Ok(session) => session,
            Err(e) => return Ok(e.into()),
        };
        let context = RequestContext::current();
        let request = SubmitLogin {
            flow_id: FlowId(flow_id),
            body: decode_login_body(context.header("content-type"), body),
            session,
            has_origin: context.header("origin").is_some(),
            has_browser_cookies: context.has_non_cdn_cookies(),
            ip_address: context.client_ip(),
            user_agent: context.user_agent(),
        };
        Ok(match self.login.submit(request).await {
            Ok(SubmitOutcome::SignedIn { flow, session, identity, token: new_token }) => {
                self.signed_in(&flow, &session, &identity, new_token.or(token))
            }
            Ok(SubmitOutcome::Rejected(flow)) => UpdateLoginFlowResponse::Status400_BadRequest(
                models::UpdateLoginFlow400Response::LoginFlow(convert::login_flow(&flow)),
            ),
            Ok(SubmitOutcome::Expired { replacement, expired_at, since }) => {
                UpdateLoginFlowResponse::Status410_Gone(expired_on_submit(expired_at, since, replacement.id))
            }
            Err(LoginError::MissingFlowId) => missing_flow_id(),
            Err(e) => KratosError::from(e).into(),
        })
    }
}
