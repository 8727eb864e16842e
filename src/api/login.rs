//! The login operations: creating, fetching and submitting flows, for native clients,
//! single-page apps and browsers.

use bytes::Bytes;
use portcullis_api::apis::frontend::{
    CreateBrowserLoginFlowResponse, CreateNativeLoginFlowResponse, GetLoginFlowResponse,
    UpdateLoginFlowResponse,
};
use portcullis_api::models;

use super::browser::{Routed, csrf_error};
use super::errors::KratosError;
use super::{Api, convert, parse_uuid};
use crate::flow::{
    CreateFlow, FlowId, FlowType, LoginError, LoginFlow, SubmitLogin, SubmitOutcome, decode_login_body,
};
use crate::http::RequestContext;
use crate::identity::Identity;
use crate::session::{Session, SessionToken, SessionWithIdentity};

/// The query of both create operations.
pub struct CreateQuery<'a> {
    pub refresh: Option<&'a String>,
    pub aal: Option<&'a String>,
    pub return_to: Option<&'a String>,
    pub identity_schema: Option<&'a String>,
}

impl Api {
    fn create_request(
        &self,
        flow_type: FlowType,
        query: &CreateQuery<'_>,
        session: Option<SessionWithIdentity>,
    ) -> CreateFlow {
        let context = RequestContext::current();
        CreateFlow {
            flow_type: Some(flow_type),
            request_url: context.request_url(self.public_base_url.as_url()),
            refresh: query.refresh.cloned(),
            aal: query.aal.cloned(),
            return_to: query.return_to.cloned(),
            identity_schema: query.identity_schema.cloned(),
            session,
            csrf: context.csrf_token(),
            address: context.client_ip(),
        }
    }

    pub(crate) async fn create_native_flow(
        &self,
        token: Option<SessionToken>,
        query: CreateQuery<'_>,
    ) -> CreateNativeLoginFlowResponse {
        let session = match self.session_of(token.as_ref()).await {
            Ok(session) => session,
            Err(e) => return e.into(),
        };
        match self.login.create(self.create_request(FlowType::Api, &query, session)).await {
            Ok(flow) => CreateNativeLoginFlowResponse::Status200_OK(convert::login_flow(&flow)),
            Err(e) => refused_creation(e).into(),
        }
    }

    pub(crate) async fn create_browser_flow(&self, query: CreateQuery<'_>) -> CreateBrowserLoginFlowResponse {
        let context = RequestContext::current();
        let session = match self.session_of(self.browser_session_token(&context, None).as_ref()).await {
            Ok(session) => session,
            Err(e) => return self.routed_create(e, &context).await,
        };
        match self.login.create(self.create_request(FlowType::Browser, &query, session)).await {
            Ok(flow) if context.prefers_json() => {
                CreateBrowserLoginFlowResponse::Status200_OK(convert::login_flow(&flow))
            }
            Ok(flow) => redirect_create(self.login_ui(&flow.id.to_string())),
            Err(LoginError::SessionAlreadyAvailable) if !context.prefers_json() => {
                // A signed-in browser is simply sent on, to where it asked to go.
                match self.login.return_to().or_default(query.return_to.map(String::as_str)) {
                    Ok(url) => redirect_create(url.to_string()),
                    Err(e) => self.routed_create(e.into(), &context).await,
                }
            }
            // Answered as is, even to a browser: the error page would store a record per refusal.
            Err(e @ LoginError::TooManyFlows { .. }) => refused_creation(e).into(),
            Err(e) => self.routed_create(e.into(), &context).await,
        }
    }

    async fn routed_create(
        &self,
        error: KratosError,
        context: &RequestContext,
    ) -> CreateBrowserLoginFlowResponse {
        match self.route_error(error, context.is_json_request()).await {
            Routed::Json(error) => error.into(),
            Routed::Redirect(url) => redirect_create(url),
        }
    }

    pub(crate) async fn fetch_flow(&self, id: Option<&str>) -> GetLoginFlowResponse {
        let Some(id) = parse_uuid(id) else {
            return KratosError::flow_not_found().into();
        };
        let context = RequestContext::current();
        match self.login.get(FlowId(id), &context.csrf_evidence()).await {
            Ok(flow) => GetLoginFlowResponse::Status200_OK(convert::login_flow(&flow)),
            Err(LoginError::FlowExpired(flow)) => self.expired_on_fetch(&flow).into(),
            Err(LoginError::CsrfViolation(failure)) => csrf_error(failure, &context).into(),
            Err(e) => KratosError::from(e).into(),
        }
    }

    fn expired_on_fetch(&self, flow: &LoginFlow) -> KratosError {
        let error = KratosError::flow_expired();
        match flow.flow_type {
            FlowType::Api => {
                let init = self.public_base_url.url_for("/self-service/login/api");
                error
                    .reason("The login flow has expired. Call the login flow init API endpoint to initialize a new login flow.")
                    .detail("api", init.to_string())
            }
            FlowType::Browser => {
                let mut init = self.public_base_url.url_for("/self-service/login/browser");
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

    pub(crate) async fn submit_flow(
        &self,
        flow: Option<&str>,
        header_token: Option<SessionToken>,
        body: &Bytes,
    ) -> UpdateLoginFlowResponse {
        let context = RequestContext::current();
        let Some(flow_id) = parse_uuid(flow) else {
            return self.routed_submit(KratosError::from(LoginError::MissingFlowId), None, &context).await;
        };
        let token = self.browser_session_token(&context, header_token);
        let session = match self.session_of(token.as_ref()).await {
            Ok(session) => session,
            Err(e) => return self.routed_submit(e, None, &context).await,
        };
        let request = SubmitLogin {
            flow_id: FlowId(flow_id),
            body: decode_login_body(context.header("content-type"), body).await,
            session,
            has_origin: context.header("origin").is_some(),
            has_browser_cookies: context.has_non_cdn_cookies(),
            csrf: context.csrf_evidence(),
            ip_address: context.client_ip(),
            user_agent: context.user_agent(),
        };
        match self.login.submit(request).await {
            Ok(outcome) => self.submitted(outcome, token, &context),
            Err(LoginError::CsrfViolation(failure)) => {
                self.routed_submit(csrf_error(failure, &context), Some(FlowType::Browser), &context).await
            }
            Err(e) => {
                let flow_type = self.login.flow_type(FlowId(flow_id)).await;
                self.routed_submit(e.into(), flow_type, &context).await
            }
        }
    }

    /// Answers a submission: native flows and JSON requests get JSON, browsers are sent on.
    fn submitted(
        &self,
        outcome: SubmitOutcome,
        token: Option<SessionToken>,
        context: &RequestContext,
    ) -> UpdateLoginFlowResponse {
        let json = |flow: &LoginFlow| flow.flow_type == FlowType::Api || context.is_json_request();
        match outcome {
            SubmitOutcome::SignedIn { flow, session, identity, token: new_token, principal_changed } => {
                let token = new_token.or(token);
                if flow.flow_type == FlowType::Api {
                    return self.native_success(&session, &identity, token);
                }
                if let Some(token) = &token {
                    context.set_session_cookie(token, session.issued_at, session.expires_at);
                }
                if principal_changed {
                    context.rotate_csrf();
                }
                let target = self.login.success_url(&flow).to_string();
                if context.is_json_request() {
                    let continue_with = models::ContinueWith::ContinueWithRedirectBrowserTo(
                        models::ContinueWithRedirectBrowserTo::new("redirect_browser_to".into(), target),
                    );
                    return UpdateLoginFlowResponse::Status200_OK(models::SuccessfulNativeLogin {
                        continue_with: Some(vec![continue_with]),
                        session: self.session_json(&session, &identity),
                        session_token: None,
                    });
                }
                redirect_submit(target)
            }
            SubmitOutcome::Throttled { flow, retry_after } => {
                // Answered as any rejection, with the time to wait.
                context.set_retry_after(retry_after);
                self.submitted(SubmitOutcome::Rejected(flow), token, context)
            }
            SubmitOutcome::Rejected(flow) if !json(&flow) => {
                redirect_submit(self.login_ui(&flow.id.to_string()))
            }
            SubmitOutcome::AlreadySignedIn(flow) if !json(&flow) => {
                redirect_submit(self.login.return_to().default_return().to_string())
            }
            SubmitOutcome::Rejected(flow) | SubmitOutcome::AlreadySignedIn(flow) => {
                UpdateLoginFlowResponse::Status400_BadRequest(models::UpdateLoginFlow400Response::LoginFlow(
                    convert::login_flow(&flow),
                ))
            }
            SubmitOutcome::Expired { replacement, .. } if !json(&replacement) => {
                redirect_submit(self.login_ui(&replacement.id.to_string()))
            }
            SubmitOutcome::Expired { replacement, expired_at, since } => {
                UpdateLoginFlowResponse::Status410_Gone(expired_on_submit(expired_at, since, replacement.id))
            }
        }
    }

    fn native_success(
        &self,
        session: &Session,
        identity: &Identity,
        token: Option<SessionToken>,
    ) -> UpdateLoginFlowResponse {
        UpdateLoginFlowResponse::Status200_OK(models::SuccessfulNativeLogin {
            continue_with: None,
            session: self.session_json(session, identity),
            session_token: token.map(|t| t.expose().to_string()),
        })
    }

    /// Errors of submit: native flows and JSON requests get JSON; browsers the error UI.
    async fn routed_submit(
        &self,
        error: KratosError,
        flow_type: Option<FlowType>,
        context: &RequestContext,
    ) -> UpdateLoginFlowResponse {
        let json = flow_type == Some(FlowType::Api) || context.is_json_request();
        match self.route_error(error, json).await {
            Routed::Json(error) if error.status == http::StatusCode::BAD_REQUEST => {
                UpdateLoginFlowResponse::Status400_BadRequest(
                    models::UpdateLoginFlow400Response::ErrorGeneric(error.envelope()),
                )
            }
            Routed::Json(error) => error.into(),
            Routed::Redirect(url) => redirect_submit(url),
        }
    }
}

/// The error for a refused flow creation; a refusal for too many flows says when to come back.
fn refused_creation(error: LoginError) -> KratosError {
    if let LoginError::TooManyFlows { retry_after } = &error {
        RequestContext::current().set_retry_after(*retry_after);
    }
    error.into()
}

fn redirect_create(location: String) -> CreateBrowserLoginFlowResponse {
    CreateBrowserLoginFlowResponse::Status303_SeeOther { location: Some(location) }
}

fn redirect_submit(location: String) -> UpdateLoginFlowResponse {
    UpdateLoginFlowResponse::Status303_SeeOther { location: Some(location) }
}

fn expired_on_submit(
    expired_at: chrono::DateTime<chrono::Utc>,
    since: chrono::Duration,
    replacement: FlowId,
) -> models::SelfServiceFlowExpiredError {
    let minutes = since.num_milliseconds() as f64 / 60_000.0;
    let error = KratosError::flow_expired()
        .message("self-service flow expired")
        .reason(format!("The self-service flow expired {minutes:.2} minutes ago, initialize a new one."));
    models::SelfServiceFlowExpiredError {
        error: Some(error.body()),
        expired_at: Some(expired_at.into()),
        since: since.num_nanoseconds(),
        use_flow_id: Some(replacement.0),
    }
}
