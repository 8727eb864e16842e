//! The login flow logic: creating, fetching and submitting flows, in Kratos's order of checks.

use std::sync::Arc;

use chrono::{DateTime, Utc};
use url::Url;

use super::body::{BodyError, LoginBody};
use super::messages::Message;
use super::ui::{Node, Ui};
use super::{FlowId, FlowType, LoginFlow};
use crate::clock::Clock;
use crate::credentials::{PasswordAuthenticator, PasswordCheck, PasswordCheckError};
use crate::identity::{Identity, SchemaRegistry};
use crate::session::{Aal, Session, SessionService, SessionToken};
use crate::store::{SessionWrite, Store, StoreError};

/// What the login logic needs from the configuration.
#[derive(Debug, Clone)]
pub struct LoginSettings {
    pub public_base_url: Url,
    pub lifespan: chrono::Duration,
    pub password_enabled: bool,
    pub allowed_return_urls: Vec<Url>,
    pub default_return_url: Option<Url>,
}

#[derive(Debug, thiserror::Error)]
pub enum LoginError {
    #[error(
        "Unable to parse AuthenticationMethod Assurance Level (AAL): expected one of [aal1, aal2] but got {0}"
    )]
    InvalidAal(String),
    #[error("Requested return_to URL \"{0}\" is not allowed.")]
    ReturnToForbidden(String),
    #[error("Unable to parse the return_to query parameter as an URL: {0}")]
    ReturnToUnparsable(String),
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
    pub session: Option<(Session, Identity)>,
}

/// A submission, with the request facts the checks need.
#[derive(Debug)]
pub struct SubmitLogin {
    pub flow_id: FlowId,
    pub body: Result<LoginBody, BodyError>,
    pub session: Option<(Session, Identity)>,
    /// Whether the request carried an `Origin` header.
    pub has_origin: bool,
    /// Whether it carried cookies other than a CDN's own (`__cf*`, `_cf*`, `cf_*`).
    pub has_browser_cookies: bool,
    pub ip_address: Option<String>,
    pub user_agent: Option<String>,
}

#[derive(Debug)]
pub enum SubmitOutcome {
    /// Signed in. `token` is the session's token (unchanged on same-identity re-authentication).
    SignedIn {
        flow: Box<LoginFlow>,
        session: Box<Session>,
        identity: Box<Identity>,
        token: Option<SessionToken>,
    },
    /// Not accepted; the flow (already saved) carries the messages to show.
    Rejected(Box<LoginFlow>),
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
        Self { store, clock, passwords, sessions, schemas, settings }
    }

    #[tracing::instrument(skip_all)]
    pub async fn create(&self, request: CreateFlow) -> Result<LoginFlow, LoginError> {
        let flow_type = request.flow_type.unwrap_or(FlowType::Api);
        let return_to = self.checked_return_to(request.return_to.as_deref())?;
        let aal = parse_aal(request.aal.as_deref())?;
        if let Some(schema) = &request.identity_schema
            && self.schemas.selectable(schema).is_none()
        {
            return Err(LoginError::IdentitySchemaNotAllowed(schema.clone()));
        }
        let mut refresh = parse_go_bool(request.refresh.as_deref());
        match &request.session {
            None if aal > Aal::Aal1 => return Err(LoginError::Aal1Required),
            None => refresh = false,
            Some(_) if refresh => {}
            Some((session, _)) if aal <= session.aal => return Err(LoginError::SessionAlreadyAvailable),
            Some(_) => {}
        }
        let now = self.clock.now();
        let mut flow = self.new_flow(flow_type, request.request_url, now);
        flow.return_to = return_to;
        flow.refresh = refresh;
        flow.requested_aal = aal;
        flow.identity_schema = request.identity_schema;
        let refresh_identity = request.session.as_ref().filter(|_| refresh).map(|(_, identity)| identity);
        flow.ui.nodes = self.password_nodes(&flow, refresh_identity);
        if refresh {
            flow.ui.messages.push(Message::confirm_identity());
        }
        self.store.insert_login_flow(&flow).await?;
        Ok(flow)
    }

    /// A flow by id, for getLoginFlow: expired flows are reported, not replaced.
    pub async fn get(&self, id: FlowId) -> Result<LoginFlow, LoginError> {
        let flow = self.store.login_flow(id).await?.ok_or(LoginError::FlowNotFound)?;
        if flow.is_expired_at(self.clock.now()) {
            return Err(LoginError::FlowExpired(Box::new(flow)));
        }
        Ok(flow)
    }

    #[tracing::instrument(skip_all, fields(flow_id = %request.flow_id))]
    pub async fn submit(&self, request: SubmitLogin) -> Result<SubmitOutcome, LoginError> {
        let flow = self.store.login_flow(request.flow_id).await?.ok_or(LoginError::FlowNotFound)?;
        let now = self.clock.now();
        // 1. An existing session wins over everything but re-authentication.
        match &request.session {
            Some((session, _)) if !flow.refresh && flow.requested_aal <= session.aal => {
                let reason = LoginError::SessionAlreadyAvailable.to_string();
                return self.reject(flow, |ui| ui.messages.push(Message::reason(&reason))).await;
            }
            None if flow.requested_aal > Aal::Aal1 => return Err(LoginError::Aal1Required),
            _ => {}
        }
        // 2. Expiry.
        if flow.is_expired_at(now) {
            return self.replace_expired(&flow, now).await;
        }
        if flow.completed_at.is_some() {
            return self.reject(flow, |ui| ui.messages.push(Message::already_completed())).await;
        }
        // 3. The body, then the method.
        let body = match &request.body {
            Ok(body) => body,
            Err(e) => return self.reject(flow, |ui| ui.messages.push(Message::reason(&e.to_string()))).await,
        };
        if body.method.as_deref() != Some("password") || flow.requested_aal != Aal::Aal1 {
            return self.reject(flow, |ui| ui.messages.push(Message::no_strategy())).await;
        }
        if !self.settings.password_enabled {
            return Err(LoginError::MethodDisabled);
        }
        // 4. Required fields.
        let (identifier, password) = match (body.identifier.clone(), body.password.clone()) {
            (Some(identifier), Some(password)) => (identifier, password),
            (identifier, password) => {
                return self
                    .reject(flow, |ui| {
                        ui.set_value("identifier", Some(identifier.clone().unwrap_or_default()));
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
        // 5. Native flows must not be driven from a browser.
        if let Some(reason) = api_flow_violation(&flow, &request) {
            return self.reject_credentials_form(flow, &identifier, Message::reason(reason)).await;
        }
        // 6. The credentials.
        let identity = match self.passwords.check(&identifier, &password).await? {
            PasswordCheck::Valid(identity) => *identity,
            PasswordCheck::Invalid => {
                tracing::info!(outcome = "invalid_credentials", "login rejected");
                return self.reject_credentials_form(flow, &identifier, Message::invalid_credentials()).await;
            }
        };
        if !identity.is_active() {
            return self.reject_credentials_form(flow, &identifier, Message::identity_disabled()).await;
        }
        self.sign_in(flow, identity, request.session, request.ip_address, request.user_agent, now).await
    }

    async fn sign_in(
        &self,
        mut flow: LoginFlow,
        identity: Identity,
        current: Option<(Session, Identity)>,
        ip_address: Option<String>,
        user_agent: Option<String>,
        now: DateTime<Utc>,
    ) -> Result<SubmitOutcome, LoginError> {
        let (write, token) = match current {
            // Re-authentication as the same identity keeps the session and its token.
            Some((session, _)) if session.identity_id == identity.id => {
                (SessionWrite::Update(self.sessions.reauthenticate(session)), None)
            }
            _ => {
                let (session, token) = self.sessions.start(&identity, ip_address, user_agent);
                (SessionWrite::Insert(session), Some(token))
            }
        };
        flow.active = Some("password".into());
        flow.completed_at = Some(now);
        flow.updated_at = now;
        if !self.store.complete_login(&flow, &write).await? {
            // Another submission of this flow won the race.
            let mut stored = self.store.login_flow(flow.id).await?.ok_or(LoginError::FlowNotFound)?;
            stored.ui.clear_messages();
            stored.ui.messages.push(Message::already_completed());
            return Ok(SubmitOutcome::Rejected(Box::new(stored)));
        }
        let session = match write {
            SessionWrite::Insert(s) | SessionWrite::Update(s) => s,
        };
        tracing::info!(outcome = "signed_in", identity_id = %identity.id, "login succeeded");
        Ok(SubmitOutcome::SignedIn {
            flow: Box::new(flow),
            session: Box::new(session),
            identity: Box::new(identity),
            token,
        })
    }

    /// Clears old messages, applies `edit`, saves the flow and returns it as rejected.
    async fn reject(
        &self,
        mut flow: LoginFlow,
        edit: impl FnOnce(&mut Ui),
    ) -> Result<SubmitOutcome, LoginError> {
        flow.ui.clear_messages();
        edit(&mut flow.ui);
        flow.ui.set_value("password", None);
        flow.updated_at = self.clock.now();
        self.store.update_login_flow(&flow).await?;
        Ok(SubmitOutcome::Rejected(Box::new(flow)))
    }

    /// A rejection of the credentials form: the identifier is echoed, the password cleared.
    async fn reject_credentials_form(
        &self,
        mut flow: LoginFlow,
        identifier: &str,
        message: Message,
    ) -> Result<SubmitOutcome, LoginError> {
        flow.active = Some("password".into());
        let identifier = identifier.to_string();
        self.reject(flow, |ui| {
            ui.set_value("identifier", Some(identifier));
            ui.messages.push(message);
        })
        .await
    }

    async fn replace_expired(
        &self,
        old: &LoginFlow,
        now: DateTime<Utc>,
    ) -> Result<SubmitOutcome, LoginError> {
        let mut replacement = self.new_flow(old.flow_type, old.request_url.clone(), now);
        replacement.return_to = old.return_to.clone();
        replacement.identity_schema = old.identity_schema.clone();
        replacement.ui.nodes = self.password_nodes(&replacement, None);
        let since = now - old.expires_at;
        let minutes = since.num_milliseconds() as f64 / 60_000.0;
        replacement.ui.messages.push(Message::flow_expired(old.expires_at, minutes));
        self.store.insert_login_flow(&replacement).await?;
        Ok(SubmitOutcome::Expired { replacement: Box::new(replacement), expired_at: old.expires_at, since })
    }

    fn new_flow(&self, flow_type: FlowType, request_url: String, now: DateTime<Utc>) -> LoginFlow {
        let id = FlowId::new();
        let mut action = self.settings.public_base_url.clone();
        action.set_path("/self-service/login");
        action.set_query(Some(&format!("flow={id}")));
        LoginFlow {
            id,
            flow_type,
            issued_at: now,
            expires_at: now + self.settings.lifespan,
            request_url,
            return_to: None,
            active: None,
            ui: Ui {
                action: action.to_string(),
                method: "POST".into(),
                nodes: Vec::new(),
                messages: Vec::new(),
            },
            refresh: false,
            requested_aal: Aal::Aal1,
            identity_schema: None,
            csrf_token: String::new(),
            created_at: now,
            updated_at: now,
            completed_at: None,
        }
    }

    /// The password form: csrf_token, identifier, password, method, in that order. A refresh
    /// form pre-fills (and hides) the identifier of the signed-in identity.
    fn password_nodes(&self, flow: &LoginFlow, refresh_of: Option<&Identity>) -> Vec<Node> {
        if !self.settings.password_enabled {
            return vec![csrf_node(flow)];
        }
        if let Some(identity) = refresh_of {
            let Some(identifier) = identity.password_identifiers().first() else {
                return vec![csrf_node(flow)];
            };
            return vec![
                csrf_node(flow),
                Node::input("default", "identifier", "hidden").value(identifier.clone()),
                password_node(),
                Node::input("password", "method", "submit").value("password").label(Message::sign_in()),
            ];
        }
        vec![
            csrf_node(flow),
            Node::input("default", "identifier", "text")
                .value("")
                .required()
                .label(self.identifier_label(flow)),
            password_node(),
            Node::input("password", "method", "submit")
                .value("password")
                .label(Message::sign_in_with_password()),
        ]
    }

    fn identifier_label(&self, flow: &LoginFlow) -> Message {
        let schema_id = flow.identity_schema.as_deref().unwrap_or(self.schemas.default_id());
        match self.schemas.get(schema_id).and_then(|s| s.identifier_title.clone()) {
            Some((title, name)) => Message::identifier_label_from_schema(&title, &name),
            None => Message::identifier_label(),
        }
    }

    /// Checks `return_to` against the allow-list (plus the public `/self-service` prefix).
    fn checked_return_to(&self, raw: Option<&str>) -> Result<Option<String>, LoginError> {
        let Some(raw) = raw.filter(|r| !r.is_empty()) else { return Ok(None) };
        let base = self.settings.default_return_url.as_ref().unwrap_or(&self.settings.public_base_url);
        let url = base.join(raw).map_err(|e| LoginError::ReturnToUnparsable(e.to_string()))?;
        let mut self_service = self.settings.public_base_url.clone();
        self_service.set_path("/self-service");
        let allowed = self.settings.allowed_return_urls.iter().chain(std::iter::once(&self_service));
        if allowed.into_iter().any(|entry| return_to_matches(entry, &url)) {
            Ok(Some(url.to_string()))
        } else {
            Err(LoginError::ReturnToForbidden(raw.to_string()))
        }
    }
}

fn csrf_node(flow: &LoginFlow) -> Node {
    Node::input("default", "csrf_token", "hidden").value(flow.csrf_token.clone()).required()
}

fn password_node() -> Node {
    Node::input("password", "password", "password")
        .required()
        .autocomplete("current-password")
        .label(Message::password_label())
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
fn api_flow_violation(flow: &LoginFlow, request: &SubmitLogin) -> Option<&'static str> {
    if flow.flow_type != FlowType::Api {
        return None;
    }
    if request.has_origin {
        return Some(ORIGIN_ON_API_FLOW);
    }
    request.has_browser_cookies.then_some(COOKIE_ON_API_FLOW)
}

/// Scheme and host equal (ignoring case; `*.example.com` matches sub-domains), and the path
/// starts with the entry's path.
fn return_to_matches(entry: &Url, candidate: &Url) -> bool {
    let host_matches = match (entry.host_str(), candidate.host_str()) {
        (Some(e), Some(c)) => match e.strip_prefix("*.") {
            Some(suffix) => c.to_ascii_lowercase().ends_with(&format!(".{}", suffix.to_ascii_lowercase())),
            None => {
                e.eq_ignore_ascii_case(c)
                    && entry.port_or_known_default() == candidate.port_or_known_default()
            }
        },
        _ => false,
    };
    entry.scheme().eq_ignore_ascii_case(candidate.scheme())
        && host_matches
        && candidate.path().starts_with(entry.path().trim_end_matches('/'))
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

    #[test]
    fn return_to_matching() {
        let entry = Url::parse("https://app.example.com/welcome").unwrap();
        assert!(return_to_matches(&entry, &Url::parse("https://APP.example.com/welcome/back").unwrap()));
        assert!(!return_to_matches(&entry, &Url::parse("https://app.example.com/other").unwrap()));
        assert!(!return_to_matches(&entry, &Url::parse("http://app.example.com/welcome").unwrap()));
        assert!(!return_to_matches(&entry, &Url::parse("https://evil.example/welcome").unwrap()));
        let wildcard = Url::parse("https://*.example.com/")
            .unwrap_or_else(|_| Url::parse("https://x.example.com/").unwrap());
        let _ = wildcard;
    }
}
