//! The one place where outcomes become HTTP statuses, Kratos error ids and messages.
//!
//! Domain errors arrive here as their own `thiserror` types; [`KratosError`] is the wire error
//! (`{"error": {...}}`) and each operation's response enum is filled from it by
//! [`error_responses!`]. Unexpected failures are logged in full and answered without internals.

use std::collections::HashMap;

use http::StatusCode;
use portcullis_api::models;
use portcullis_api::types::Object;
use serde_json::Value;

use crate::csrf::CsrfFailure;
use crate::flow::LoginError;
use crate::identity::IdentityError;
use crate::redirect::ReturnToError;
use crate::session::SessionError;
use crate::store::StoreError;

/// An error as Kratos sends it.
#[derive(Debug, Clone)]
pub struct KratosError {
    pub status: StatusCode,
    pub id: Option<&'static str>,
    pub message: String,
    pub reason: Option<String>,
    pub details: Option<HashMap<String, Value>>,
}

/// herodot's default message for each status.
fn default_message(status: StatusCode) -> &'static str {
    match status.as_u16() {
        400 => "The request was malformed or contained invalid parameters",
        401 => "The request could not be authorized",
        403 => "The requested action was forbidden",
        404 => "The requested resource could not be found",
        409 => "The resource could not be created due to a conflict",
        410 => {
            "The requested resource is no longer available because it has expired or is otherwise invalid."
        }
        413 => "The request body is too large",
        422 => "The request was well-formed but was unable to be followed due to semantic errors.",
        501 => "The requested feature is not implemented",
        503 => "The service is temporarily unavailable",
        _ => "An internal server error occurred, please contact the system administrator",
    }
}

impl KratosError {
    pub fn new(status: StatusCode) -> Self {
        Self { status, id: None, message: default_message(status).into(), reason: None, details: None }
    }

    pub fn id(mut self, id: &'static str) -> Self {
        self.id = Some(id);
        self
    }

    pub fn message(mut self, message: impl Into<String>) -> Self {
        self.message = message.into();
        self
    }

    pub fn reason(mut self, reason: impl Into<String>) -> Self {
        self.reason = Some(reason.into());
        self
    }

    pub fn detail(mut self, key: &str, value: impl Into<Value>) -> Self {
        self.details.get_or_insert_with(HashMap::new).insert(key.into(), value.into());
        self
    }

    pub fn bad_request(reason: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST).reason(reason)
    }

    /// Kratos's 404 for a flow that does not exist (or an id that is not a UUID).
    pub fn flow_not_found() -> Self {
        Self::new(StatusCode::NOT_FOUND).message("Unable to locate the resource")
    }

    /// 410 `self_service_flow_expired`; callers add the reason and details that fit.
    pub fn flow_expired() -> Self {
        Self::new(StatusCode::GONE).id("self_service_flow_expired")
    }

    /// whoami's 401 (Kratos sends no error id here).
    pub fn no_session() -> Self {
        Self::new(StatusCode::UNAUTHORIZED).reason("No valid session credentials found in the request.")
    }

    pub fn session_token_unknown() -> Self {
        Self::new(StatusCode::FORBIDDEN)
            .reason("The provided Ory Session Token could not be found, is invalid, or otherwise malformed.")
    }

    /// Kratos's 403 for a failed anti-CSRF check. `ajax` picks the hint for script callers.
    pub fn csrf_violation(failure: CsrfFailure, ajax: bool) -> Self {
        const AJAX_HINT: &str = "We detected an AJAX call, please ensure that CORS is enabled and configured correctly, and that your AJAX code sends cookies and has credentials enabled. For further debugging, check your browser's network tab to see what cookies are included or excluded.";
        const SERVER_HINT: &str = "We detected a regular browser or server-side call. To debug browser calls check your browser's network tab to see what cookies are included or excluded. If you are calling from a server ensure that the appropriate cookies are being forwarded and that the SDK method is called correctly.";
        const TOKEN_NOT_SENT: &str = "The anti-CSRF cookie was found but the CSRF token was not included in the HTTP request body (csrf_token) nor in the HTTP header (X-CSRF-Token).";
        let error = KratosError::new(StatusCode::FORBIDDEN)
            .id("security_csrf_violation")
            .message("the request was rejected to protect you from Cross-Site-Request-Forgery")
            .reason("Please retry the flow and optionally clear your cookies. The request was rejected to protect you from Cross-Site-Request-Forgery (CSRF) which could cause account takeover, leaking personal information, and other serious security issues.")
            .detail("docs", "https://www.ory.com/docs/troubleshooting/csrf");
        let hint = if ajax { AJAX_HINT } else { SERVER_HINT };
        match failure {
            CsrfFailure::NoCookies => error.detail("hint", hint).detail("reject_reason", "The HTTP cookie header is empty or not set."),
            CsrfFailure::CookieMissing => error
                .detail("hint", hint)
                .detail("reject_reason", "The HTTP cookie header was set but did not include the anti-CSRF cookie."),
            CsrfFailure::TokenNotSent => error.detail("hint", TOKEN_NOT_SENT),
            CsrfFailure::Mismatch => error.detail("hint", hint).detail(
                "reject_reason",
                "The HTTP cookie header was set and a CSRF token was sent but they do not match. We recommend deleting all cookies for this domain and retrying the flow.",
            ),
        }
    }

    /// No session where one is needed (browser logout).
    pub fn session_inactive() -> Self {
        KratosError::new(StatusCode::UNAUTHORIZED)
            .id("session_inactive")
            .message("request does not have a valid authentication session")
            .reason("No active session was found in this request.")
    }

    /// An unexpected failure: logged with its cause, answered without it.
    pub fn internal(cause: &dyn std::fmt::Display) -> Self {
        tracing::error!(error = %cause, "unexpected failure");
        Self::new(StatusCode::INTERNAL_SERVER_ERROR)
    }

    pub fn body(&self) -> models::GenericError {
        models::GenericError {
            code: Some(i64::from(self.status.as_u16())),
            debug: None,
            details: self
                .details
                .as_ref()
                .map(|d| d.iter().map(|(k, v)| (k.clone(), Object(v.clone()))).collect()),
            id: self.id.map(str::to_string),
            message: self.message.clone(),
            reason: self.reason.clone(),
            request: None,
            status: self.status.canonical_reason().map(str::to_string),
        }
    }

    /// The error object as JSON, as stored for the error UI.
    pub fn body_json(&self) -> Value {
        serde_json::to_value(self.body()).unwrap_or(Value::Null)
    }

    pub fn envelope(&self) -> models::ErrorGeneric {
        models::ErrorGeneric { error: self.body() }
    }
}

impl From<StoreError> for KratosError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::Unavailable(cause) => {
                crate::metrics::metrics().store_error("unavailable");
                tracing::error!(error = %cause, "store unavailable");
                KratosError::new(StatusCode::SERVICE_UNAVAILABLE)
                    .reason("The data store is not reachable at the moment. Please try again later.")
            }
            other => {
                crate::metrics::metrics().store_error("internal");
                KratosError::internal(&other)
            }
        }
    }
}

impl From<LoginError> for KratosError {
    fn from(e: LoginError) -> Self {
        let reason = e.to_string();
        match e {
            LoginError::InvalidAal(_) | LoginError::IdentitySchemaNotAllowed(_) => {
                KratosError::bad_request(reason)
            }
            LoginError::MissingFlowId => KratosError::bad_request(reason),
            LoginError::ReturnTo(e) => e.into(),
            LoginError::CsrfViolation(failure) => KratosError::csrf_violation(failure, false),
            LoginError::SessionAlreadyAvailable => KratosError::bad_request(reason)
                .id("session_already_available")
                .message("you are already logged in"),
            LoginError::Aal1Required => KratosError::new(StatusCode::UNAUTHORIZED)
                .id("session_aal1_required")
                .message("aal2 and aal3 can only be requested if a session exists already")
                .reason(reason),
            LoginError::FlowNotFound => KratosError::flow_not_found(),
            LoginError::FlowExpired(_) => KratosError::flow_expired(),
            LoginError::MethodDisabled => KratosError::new(StatusCode::NOT_FOUND).reason(reason),
            LoginError::TooManyFlows { .. } => KratosError::new(StatusCode::TOO_MANY_REQUESTS).reason(reason),
            LoginError::Hashing(cause) => KratosError::internal(&cause),
            LoginError::Store(store) => store.into(),
        }
    }
}

impl From<ReturnToError> for KratosError {
    fn from(e: ReturnToError) -> Self {
        let reason = e.to_string();
        match e {
            ReturnToError::Forbidden(_) => {
                KratosError::bad_request(reason).id("self_service_flow_return_to_forbidden")
            }
            ReturnToError::Unparsable(_) => KratosError::bad_request(reason),
        }
    }
}

impl From<IdentityError> for KratosError {
    fn from(e: IdentityError) -> Self {
        let reason = e.to_string();
        match e {
            IdentityError::UnknownSchema(_)
            | IdentityError::InvalidTraits(_)
            | IdentityError::NoIdentifier => KratosError::bad_request(reason),
            IdentityError::Password(hash_error) => KratosError::bad_request(hash_error.to_string()),
            IdentityError::Conflict => KratosError::new(StatusCode::CONFLICT).reason(reason),
            IdentityError::Hashing(cause) => KratosError::internal(&cause),
            IdentityError::Store(store) => store.into(),
        }
    }
}

impl From<SessionError> for KratosError {
    fn from(e: SessionError) -> Self {
        match e {
            SessionError::Store(store) => store.into(),
        }
    }
}

/// Implements `From<KratosError>` for an operation's response enum: each listed status goes
/// to its variant; anything else is a 500 (and logged, as it means the contract is missing a
/// status). 503 is declared for every operation.
macro_rules! error_responses {
    ($response:path { $($code:literal => $variant:ident),* $(,)? }) => {
        impl From<$crate::api::errors::KratosError> for $response {
            fn from(error: $crate::api::errors::KratosError) -> Self {
                use $response as R;
                let envelope = error.envelope();
                match error.status.as_u16() {
                    $($code => R::$variant(envelope),)*
                    503 => R::Status503_ServiceUnavailable(envelope),
                    500 => R::Status500_InternalServerError(envelope),
                    other => {
                        tracing::error!(status = other, "status not declared for this operation");
                        R::Status500_InternalServerError($crate::api::errors::KratosError::new(http::StatusCode::INTERNAL_SERVER_ERROR).envelope())
                    }
                }
            }
        }
    };
}
pub(crate) use error_responses;
