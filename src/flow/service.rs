//! The login flow logic: creating, fetching and submitting flows, in Kratos's order of checks.

use std::sync::Arc;

use chrono::{DateTime, Utc};
use url::Url;

use super::body::{BodyError, LoginBody};
use super::form::{csrf_node, password_nodes};
use super::messages::Message;
use super::quota::FlowQuota;
use super::ui::Ui;
use super::{FlowId, FlowType, LoginFlow};
use crate::base_url::BaseUrl;
use crate::clock::Clock;
use crate::credentials::{PasswordAuthenticator, PasswordCheck, PasswordCheckError};
use crate::csrf::{CsrfEvidence, CsrfFailure, CsrfToken};
use crate::identity::{CredentialLimits, Identity, SchemaRegistry};
use crate::redirect::{ReturnToError, ReturnToPolicy};
use crate::session::{Aal, Session, SessionService, SessionToken, SessionWithIdentity};
use crate::store::{SessionWrite, Store, StoreError};

/// What the login logic needs from the configuration.
#[derive(Debug, Clone)]
pub struct LoginSettings {
    pub public_base_url: BaseUrl,
    pub lifespan: chrono::Duration,
    pub password_enabled: bool,
    pub return_to: ReturnToPolicy,
    pub credential_limits: CredentialLimits,
    /// Flows one client network may start within one lifespan.
    pub max_open_flows_per_address: u32,
}

#[derive(Debug, thiserror::Error)]
pub enum LoginError {
    #[error(
        "Unable to parse AuthenticationMethod Assurance Level (AAL): expected one of [aal1, aal2] but got {0}"
    )]
    InvalidAal(String),
    #[error(transparent)]
    ReturnTo(#[from] ReturnToError),
    #[error("The requested identity schema {0:?} does not exist or is not selectable.")]
    IdentitySchemaNotAllowed(String),
    #[error(
        "A valid session was detected and thus login is not possible. Did you forget to set `?refresh=true`?"
    )]
    SessionAlreadyAvailable,
    #[error("You can not requested a higher AAL (AAL2/AAL3) without an active session.")]
    Aal1Required,
    #[error("The flow query parameter is missing or malformed.")]
    MissingFlowId,
    #[error("the login flow does not exist")]
    FlowNotFound,
    #[error("the login flow expired")]
    FlowExpired(Box<LoginFlow>),
    #[error(
        "This endpoint was disabled by system administrator. Please check your url or contact the system administrator to enable it."
    )]
    MethodDisabled,
    #[error("the anti-CSRF check failed: {0:?}")]
    CsrfViolation(CsrfFailure),
    #[error(
        "Too many login flows were started from your network. Please try again in {} minute(s).",
        retry_after.as_secs().div_ceil(60)
    )]
    TooManyFlows { retry_after: std::time::Duration },
    #[error("hashing: {0}")]
    Hashing(String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<PasswordCheckError> for LoginError {
    fn from(e: PasswordCheckError) -> Self {
        match e {
            PasswordCheckError::Store(s) => LoginError::Store(s),
            PasswordCheckError::Pool(p) => LoginError::Hashing(p),
        }
    }
}

/// A request to create a flow; query values arrive raw and are parsed here.
#[derive(Debug, Default)]
pub struct CreateFlow {
    pub flow_type: Option<FlowType>,
    pub request_url: String,
    pub refresh: Option<String>,
    pub aal: Option<String>,
    pub return_to: Option<String>,
    pub identity_schema: Option<String>,
    /// The request's active session and its identity, without credentials.
    pub session: Option<SessionWithIdentity>,
    /// The browser's anti-CSRF token (browser flows).
    pub csrf: Option<CsrfToken>,
    /// The client's address, for the cap on open flows.
    pub address: Option<std::net::IpAddr>,
}

/// A submission, with the request facts the checks need.
#[derive(Debug)]
pub struct SubmitLogin {
    pub flow_id: FlowId,
    pub body: Result<LoginBody, BodyError>,
    /// The request's active session and its identity, without credentials.
    pub session: Option<SessionWithIdentity>,
    /// Whether the request carried an `Origin` header.
    pub has_origin: bool,
    /// Whether it carried cookies other than a CDN's own (`__cf*`, `_cf*`, `cf_*`).
    pub has_browser_cookies: bool,
    /// The anti-CSRF cookie the request carried.
    pub csrf: CsrfEvidence,
    pub ip_address: Option<std::net::IpAddr>,
    pub user_agent: Option<String>,
}

#[derive(Debug)]
pub enum SubmitOutcome {
    /// Signed in. `token` is a new session's token; `None` when the same identity
    /// re-authenticated and kept its session. `principal_changed` asks for a new anti-CSRF
    /// token (a different user is now signed in).
    SignedIn {
        flow: Box<LoginFlow>,
        session: Box<Session>,
        identity: Box<Identity>,
        token: Option<SessionToken>,
        principal_changed: bool,
    },
    /// Not accepted; the flow (already saved) carries the messages to show.
    Rejected(Box<LoginFlow>),
    /// Refused by the brute-force throttle; like `Rejected`, and the client may retry after
    /// `retry_after`.
    Throttled { flow: Box<LoginFlow>, retry_after: std::time::Duration },
    /// A session exists and the flow does not ask for re-authentication; the flow (saved with
    /// the explanation) is for API and JSON clients, browsers go to the default return URL.
    AlreadySignedIn(Box<LoginFlow>),
    /// The flow had expired; a replacement was stored.
    Expired { replacement: Box<LoginFlow>, expired_at: DateTime<Utc>, since: chrono::Duration },
}

/// Go's strict boolean parsing, as Kratos reads `refresh`.
pub fn parse_go_bool(raw: Option<&str>) -> bool {
    matches!(raw, Some("1" | "t" | "T" | "true" | "TRUE" | "True"))
}

pub struct LoginService {
    store: Arc<dyn Store>,
    clock: Arc<dyn Clock>,
    passwords: Arc<PasswordAuthenticator>,
    sessions: SessionService,
    schemas: SchemaRegistry,
    settings: LoginSettings,
    quota: FlowQuota,
}

impl LoginService {
    pub fn new(
        store: Arc<dyn Store>,
        clock: Arc<dyn Clock>,
        passwords: Arc<PasswordAuthenticator>,
        sessions: SessionService,
        schemas: SchemaRegistry,
        settings: LoginSettings,
    ) -> Self {
        let quota = FlowQuota::new(settings.max_open_flows_per_address, settings.lifespan);
        Self { store, clock, passwords, sessions, schemas, settings, quota }
    }

    pub fn return_to(&self) -> &ReturnToPolicy {
        &self.settings.return_to
    }

    /// Where a browser goes after signing in with this flow.
    pub fn success_url(&self, flow: &LoginFlow) -> Url {
        flow.return_to
            .as_deref()
            .and_then(|r| Url::parse(r).ok())
            .unwrap_or_else(|| self.settings.return_to.default_return().clone())
    }

    #[tracing::instrument(skip_all)]
    pub async fn create(&self, request: CreateFlow) -> Result<LoginFlow, LoginError> {
        let flow_type = request.flow_type.unwrap_or(FlowType::Api);
        let return_to = self.settings.return_to.check(request.return_to.as_deref())?;
        let aal = parse_aal(request.aal.as_deref())?;
        if let Some(schema) = &request.identity_schema
            && self.schemas.selectable(schema).is_none()
        {
            return Err(LoginError::IdentitySchemaNotAllowed(schema.clone()));
        }
        let mut refresh = parse_go_bool(request.refresh.as_deref());
        match request.session.as_deref() {
            None if aal > Aal::Aal1 => return Err(LoginError::Aal1Required),
            None => refresh = false,
            Some(_) if refresh => {}
            Some((session, _)) if aal <= session.aal => return Err(LoginError::SessionAlreadyAvailable),
            Some(_) => {}
        }
        let now = self.clock.now();
        // Counted once the request is known to store a flow, before any work goes into one.
        self.quota
            .admit(request.address, now)
            .map_err(|retry_after| LoginError::TooManyFlows { retry_after })?;
        let mut flow = self.new_flow(flow_type, request.request_url, request.csrf.as_ref(), now);
        flow.return_to = return_to.map(String::from);
        flow.refresh = refresh;
        flow.requested_aal = aal;
        flow.identity_schema = request.identity_schema;
        // A session's identity comes without credentials; the refresh form needs the password's
        // identifier, so it reads the identity whole.
        let refresh_identity = match request.session.as_deref().filter(|_| refresh) {
            Some((_, identity)) => self.store.identity(identity.id).await?,
            None => None,
        };
        flow.ui = self.form(&flow, request.csrf.as_ref(), refresh_identity.as_ref());
        if refresh {
            flow.ui.messages.push(Message::confirm_identity());
        }
        // Re-authentication fills the form from the identity, which `load` would have to read.
        flow.initial_ui = !refresh;
        self.store.insert_login_flow(&flow).await?;
        Ok(flow)
    }

    /// The type of a stored flow, for routing an error (`None` when there is no such flow).
    pub async fn flow_type(&self, id: FlowId) -> Option<FlowType> {
        self.store.login_flow(id).await.ok().flatten().map(|f| f.flow_type)
    }

    /// A flow by id, for getLoginFlow: a browser flow only for the browser holding its
    /// anti-CSRF cookie; expired flows are reported, not replaced.
    pub async fn get(&self, id: FlowId, csrf: &CsrfEvidence) -> Result<LoginFlow, LoginError> {
        let flow = self.load(id).await?;
        if flow.flow_type == FlowType::Browser {
            csrf.check_stored(&flow.csrf_token).map_err(LoginError::CsrfViolation)?;
        }
        if flow.is_expired_at(self.clock.now()) {
            return Err(LoginError::FlowExpired(Box::new(flow)));
        }
        Ok(flow)
    }

    #[tracing::instrument(skip_all, fields(flow_id = %request.flow_id))]
    pub async fn submit(&self, request: SubmitLogin) -> Result<SubmitOutcome, LoginError> {
        let flow = self.load(request.flow_id).await?;
        let now = self.clock.now();
        let csrf = request.csrf.token.clone();
        let rejection = Rejection { csrf: csrf.as_ref() };
        // 1. An existing session wins over everything but re-authentication.
        match request.session.as_deref() {
            Some((session, _)) if !flow.refresh && flow.requested_aal <= session.aal => {
                let reason = LoginError::SessionAlreadyAvailable.to_string();
                let outcome =
                    self.reject(flow, rejection, |ui| ui.messages.push(Message::reason(&reason))).await?;
                return Ok(match outcome {
                    SubmitOutcome::Rejected(flow) => SubmitOutcome::AlreadySignedIn(flow),
                    other => other,
                });
            }
            None if flow.requested_aal > Aal::Aal1 => return Err(LoginError::Aal1Required),
            _ => {}
        }
        // 2. Expiry, then single use.
        if flow.is_expired_at(now) {
            return self.replace_expired(&flow, csrf.as_ref(), now).await;
        }
        if flow.completed_at.is_some() {
            return self.reject(flow, rejection, |ui| ui.messages.push(Message::already_completed())).await;
        }
        // 3. The body, then the method.
        let body = match &request.body {
            Ok(body) => body,
            Err(e) => {
                let reason = e.to_string();
                return self.reject(flow, rejection, |ui| ui.messages.push(Message::reason(&reason))).await;
            }
        };
        if body.method.as_deref() != Some("password") || flow.requested_aal != Aal::Aal1 {
            return self.reject(flow, rejection, |ui| ui.messages.push(Message::no_strategy())).await;
        }
        if !self.settings.password_enabled {
            return Err(LoginError::MethodDisabled);
        }
        // 4. Required fields, the identifier within its length (it is echoed into the stored flow).
        let limits = self.settings.credential_limits;
        let (identifier, password) = match (body.identifier.clone(), body.password.clone()) {
            (Some(identifier), Some(password)) => (identifier, password),
            (identifier, password) => {
                return self
                    .reject(flow, rejection, |ui| {
                        let shown = identifier.as_deref().map(|i| limits.shown_identifier(i));
                        ui.set_value("identifier", Some(shown.unwrap_or_default()));
                        if identifier.is_none() {
                            ui.add_node_message("identifier", Message::missing_property("identifier"));
                        }
                        if password.is_none() {
                            ui.add_node_message("password", Message::missing_property("password"));
                        }
                    })
                    .await;
            }
        };
        if let Some(length) = limits.identifier_excess(&identifier) {
            let message = Message::max_length(limits.max_identifier, length);
            return self
                .reject(flow, rejection, |ui| {
                    ui.set_value("identifier", Some(limits.shown_identifier(&identifier)));
                    ui.add_node_message("identifier", message);
                })
                .await;
        }
        // 5. Browser flows need the anti-CSRF token; native flows must not come from a browser.
        match flow.flow_type {
            FlowType::Browser => {
                request
                    .csrf
                    .check_presented(body.csrf_token.as_deref())
                    .map_err(LoginError::CsrfViolation)?;
            }
            FlowType::Api => {
                if let Some(reason) = api_flow_violation(&request) {
                    return self
                        .reject_credentials(flow, rejection, &identifier, Message::reason(reason))
                        .await;
                }
            }
        }
        // 6. The credentials. A password longer than any stored one can be is wrong without
        // hashing it (as Kratos answers bcrypt's over-long passwords), and is not a guess to count.
        if limits.password_too_long(&password) {
            crate::metrics::metrics().login("invalid_credentials");
            return self
                .reject_credentials(flow, rejection, &identifier, Message::invalid_credentials())
                .await;
        }
        let identity = match self.passwords.check(&identifier, &password, request.ip_address).await? {
            PasswordCheck::Valid(identity) => *identity,
            PasswordCheck::Throttled { retry_after } => {
                crate::metrics::metrics().login("throttled");
                tracing::info!(outcome = "throttled", "login refused: too many attempts");
                let message = Message::too_many_attempts(retry_after);
                return Ok(match self.reject_credentials(flow, rejection, &identifier, message).await? {
                    SubmitOutcome::Rejected(flow) => SubmitOutcome::Throttled { flow, retry_after },
                    other => other,
                });
            }
            PasswordCheck::Invalid => {
                crate::metrics::metrics().login("invalid_credentials");
                tracing::info!(outcome = "invalid_credentials", "login rejected");
                return self
                    .reject_credentials(flow, rejection, &identifier, Message::invalid_credentials())
                    .await;
            }
        };
        if !identity.is_active() {
            crate::metrics::metrics().login("identity_disabled");
            return self.reject_credentials(flow, rejection, &identifier, Message::identity_disabled()).await;
        }
        let ip_address = request.ip_address.map(|ip| ip.to_string());
        self.sign_in(flow, identity, request.session, ip_address, request.user_agent, now).await
    }

    async fn sign_in(
        &self,
        mut flow: LoginFlow,
        identity: Identity,
        current: Option<SessionWithIdentity>,
        ip_address: Option<String>,
        user_agent: Option<String>,
        now: DateTime<Utc>,
    ) -> Result<SubmitOutcome, LoginError> {
        let (write, token) = match current.as_deref() {
            // Re-authentication as the same identity keeps the session and its token.
            Some((session, _)) if session.identity_id == identity.id => {
                (SessionWrite::Update(self.sessions.reauthenticate(session.clone())), None)
            }
            _ => {
                let (session, token) = self.sessions.start(&identity, ip_address, user_agent);
                (SessionWrite::Insert(session), Some(token))
            }
        };
        flow.active = Some("password".into());
        flow.completed_at = Some(now);
        flow.updated_at = now;
        if !self.store.complete_login(&flow, &write, &identity).await? {
            // Another submission of this flow won the race.
            let mut stored = self.load(flow.id).await?;
            stored.initial_ui = false;
            stored.ui.clear_messages();
            stored.ui.messages.push(Message::already_completed());
            return Ok(SubmitOutcome::Rejected(Box::new(stored)));
        }
        let principal_changed = matches!(write, SessionWrite::Insert(_));
        let session = write.into_session();
        crate::metrics::metrics().login("signed_in");
        tracing::info!(outcome = "signed_in", identity_id = %identity.id, "login succeeded");
        Ok(SubmitOutcome::SignedIn {
            flow: Box::new(flow),
            session: Box::new(session),
            identity: Box::new(identity),
            token,
            principal_changed,
        })
    }

    /// Clears old messages, applies `edit`, saves the flow and returns it as rejected. The
    /// password is never echoed; a browser flow gets a freshly masked anti-CSRF token.
    async fn reject(
        &self,
        mut flow: LoginFlow,
        rejection: Rejection<'_>,
        edit: impl FnOnce(&mut Ui),
    ) -> Result<SubmitOutcome, LoginError> {
        flow.initial_ui = false;
        flow.ui.clear_messages();
        edit(&mut flow.ui);
        flow.ui.set_value("password", None);
        if flow.flow_type == FlowType::Browser && rejection.csrf.is_some() {
            let fresh = csrf_node(&flow, rejection.csrf).attributes.value;
            if let Some(node) = flow.ui.node_mut("csrf_token") {
                node.attributes.value = fresh;
            }
        }
        flow.updated_at = self.clock.now();
        self.store.update_login_flow(&flow).await?;
        Ok(SubmitOutcome::Rejected(Box::new(flow)))
    }

    /// A rejection of the credentials form: the identifier is echoed, the password cleared.
    async fn reject_credentials(
        &self,
        mut flow: LoginFlow,
        rejection: Rejection<'_>,
        identifier: &str,
        message: Message,
    ) -> Result<SubmitOutcome, LoginError> {
        flow.active = Some("password".into());
        let identifier = identifier.to_string();
        self.reject(flow, rejection, |ui| {
            ui.set_value("identifier", Some(identifier));
            ui.messages.push(message);
        })
        .await
    }

    /// Stores a fresh flow that keeps the old one's request URL, `return_to` and schema, and
    /// says why it replaced it (message 4010001).
    async fn replace_expired(
        &self,
        old: &LoginFlow,
        csrf: Option<&CsrfToken>,
        now: DateTime<Utc>,
    ) -> Result<SubmitOutcome, LoginError> {
        let mut replacement = self.new_flow(old.flow_type, old.request_url.clone(), csrf, now);
        replacement.return_to = old.return_to.clone();
        replacement.identity_schema = old.identity_schema.clone();
        replacement.ui = self.form(&replacement, csrf, None);
        let since = now - old.expires_at;
        let minutes = since.num_milliseconds() as f64 / 60_000.0;
        replacement.ui.messages.push(Message::flow_expired(old.expires_at, minutes));
        self.store.insert_login_flow(&replacement).await?;
        Ok(SubmitOutcome::Expired { replacement: Box::new(replacement), expired_at: old.expires_at, since })
    }

    /// A stored flow, its initial form built again when the store kept the flow without it.
    /// A browser flow's anti-CSRF token comes out freshly masked, as on every render.
    async fn load(&self, id: FlowId) -> Result<LoginFlow, LoginError> {
        let mut flow = self.store.login_flow(id).await?.ok_or(LoginError::FlowNotFound)?;
        if flow.initial_ui {
            let csrf = CsrfToken::parse(&flow.csrf_token);
            flow.ui = self.form(&flow, csrf.as_ref(), None);
        }
        Ok(flow)
    }

    /// The form of a new flow: where it posts, and the password method's fields.
    fn form(&self, flow: &LoginFlow, csrf: Option<&CsrfToken>, refresh_of: Option<&Identity>) -> Ui {
        let action =
            format!("{}?flow={}", self.settings.public_base_url.join("/self-service/login"), flow.id);
        let nodes = password_nodes(flow, csrf, self.settings.password_enabled, &self.schemas, refresh_of);
        Ui { action, method: "POST".into(), nodes, messages: Vec::new() }
    }

    fn new_flow(
        &self,
        flow_type: FlowType,
        request_url: String,
        csrf: Option<&CsrfToken>,
        now: DateTime<Utc>,
    ) -> LoginFlow {
        let id = FlowId::issued_at(now);
        let csrf_token = match (flow_type, csrf) {
            (FlowType::Browser, Some(token)) => token.encode(),
            _ => String::new(),
        };
        LoginFlow {
            id,
            flow_type,
            issued_at: now,
            expires_at: now + self.settings.lifespan,
            request_url,
            return_to: None,
            active: None,
            ui: Ui::default(),
            initial_ui: false,
            refresh: false,
            requested_aal: Aal::Aal1,
            identity_schema: None,
            csrf_token,
            created_at: now,
            updated_at: now,
            completed_at: None,
        }
    }
}

/// What a rejection needs from the request: the browser's anti-CSRF token, to re-mask it.
#[derive(Clone, Copy)]
struct Rejection<'a> {
    csrf: Option<&'a CsrfToken>,
}

fn parse_aal(raw: Option<&str>) -> Result<Aal, LoginError> {
    match raw.map(str::to_ascii_lowercase).as_deref() {
        None | Some("") | Some("aal1") => Ok(Aal::Aal1),
        Some("aal2") => Ok(Aal::Aal2),
        Some(_) => Err(LoginError::InvalidAal(raw.unwrap_or_default().to_string())),
    }
}

const ORIGIN_ON_API_FLOW: &str = "The HTTP Request Header included the \"Origin\" key, indicating that this request was made as part of an AJAX request in a Browser. The flow however was initiated as an API request. To prevent potential misuse and mitigate several attack vectors including CSRF, the request has been blocked. Please consult the documentation.";
const COOKIE_ON_API_FLOW: &str = "The HTTP Request Header included the \"Cookie\" key, indicating that this request was made by a Browser. The flow however was initiated as an API request. To prevent potential misuse and mitigate several attack vectors including CSRF, the request has been blocked. Please consult the documentation.";

/// API flows carry no anti-CSRF token, so requests that look like a browser's are refused.
fn api_flow_violation(request: &SubmitLogin) -> Option<&'static str> {
    if request.has_origin {
        return Some(ORIGIN_ON_API_FLOW);
    }
    request.has_browser_cookies.then_some(COOKIE_ON_API_FLOW)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn go_booleans() {
        for t in ["1", "t", "T", "true", "TRUE", "True"] {
            assert!(parse_go_bool(Some(t)), "{t}");
        }
        for f in ["yes", "on", "tRuE", "", "0"] {
            assert!(!parse_go_bool(Some(f)), "{f}");
        }
        assert!(!parse_go_bool(None));
    }

    #[test]
    fn aal_parsing() {
        assert_eq!(parse_aal(None).unwrap(), Aal::Aal1);
        assert_eq!(parse_aal(Some("AAL2")).unwrap(), Aal::Aal2);
        assert_eq!(
            parse_aal(Some("aal0")).unwrap_err().to_string(),
            "Unable to parse AuthenticationMethod Assurance Level (AAL): expected one of [aal1, aal2] but got aal0"
        );
    }
}
