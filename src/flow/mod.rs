//! Login flows: creation, expiry, the UI form they carry, body decoding, and submission.
//!
//! Knows no HTTP: the API layer hands it plain request facts and maps its outcomes.

mod body;
mod errors;
mod form;
mod messages;
mod quota;
mod service;
mod ui;

use chrono::{DateTime, Utc};
use uuid::Uuid;

use crate::session::Aal;

pub use body::{BodyError, LoginBody, decode_login_body};
pub use errors::{FlowError, FlowErrors};
pub use messages::Message;
pub use service::{CreateFlow, LoginError, LoginService, LoginSettings, SubmitLogin, SubmitOutcome};
pub use ui::{InputAttributes, MessageKind, Node, Ui};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct FlowId(pub Uuid);

impl FlowId {
    /// A flow id that sorts by issue time: a version 7 UUID, the first 48 bits the time in
    /// milliseconds and the other 74 random. Stores index flows by id, and ids that grow with
    /// time land on the last pages of that index instead of on a random page per flow, so a
    /// batch of new flows rewrites a page or two, not one per flow. 74 random bits keep the id
    /// unguessable; the time it shows is the flow's `issued_at`, which the flow serves anyway.
    pub fn issued_at(time: DateTime<Utc>) -> Self {
        let millis = u64::try_from(time.timestamp_millis()).unwrap_or_default();
        Self(uuid::Builder::from_unix_timestamp_millis(millis, &rand::random()).into_uuid())
    }

    pub fn new() -> Self {
        Self::issued_at(Utc::now())
    }
}

impl Default for FlowId {
    fn default() -> Self {
        Self::new()
    }
}

impl std::fmt::Display for FlowId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

/// Who the flow serves: a native client (`api`) or a browser (`browser`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FlowType {
    Api,
    Browser,
}

impl FlowType {
    pub fn as_str(self) -> &'static str {
        match self {
            FlowType::Api => "api",
            FlowType::Browser => "browser",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        match raw {
            "api" => Some(FlowType::Api),
            "browser" => Some(FlowType::Browser),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct LoginFlow {
    pub id: FlowId,
    pub flow_type: FlowType,
    pub issued_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    /// The full URL the flow was created from, query included.
    pub request_url: String,
    pub return_to: Option<String>,
    /// The method used so far (`password`), once one was tried.
    pub active: Option<String>,
    pub ui: Ui,
    /// Whether `ui` is still the form the flow was created with, which follows from the flow's
    /// own fields and the configuration. Stores keep such a flow without it (it is most of a
    /// stored flow) and read it back with an empty `ui`; the login logic builds the form again.
    pub initial_ui: bool,
    pub refresh: bool,
    pub requested_aal: Aal,
    pub identity_schema: Option<String>,
    /// The unmasked anti-CSRF token of browser flows; empty for API flows.
    pub csrf_token: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// Set once the flow produced a session; a flow is used at most once.
    pub completed_at: Option<DateTime<Utc>>,
}

impl LoginFlow {
    /// Expired when `expires_at` lies before `now`.
    pub fn is_expired_at(&self, now: DateTime<Utc>) -> bool {
        self.expires_at < now
    }

    /// The form to store with the flow: none while it is the initial one.
    pub fn stored_ui(&self) -> Option<&Ui> {
        (!self.initial_ui).then_some(&self.ui)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flow_ids_sort_by_issue_time_and_stay_random() {
        let start = Utc::now();
        let first = FlowId::issued_at(start);
        let same_millisecond = FlowId::issued_at(start);
        let later = FlowId::issued_at(start + chrono::Duration::milliseconds(1));

        assert_eq!(first.0.get_version_num(), 7);
        assert_ne!(first, same_millisecond);
        assert!(later.0 > first.0 && later.0 > same_millisecond.0);
        assert!(later.to_string() > first.to_string(), "the text form sorts the same way");
        let millis =
            first.0.get_timestamp().map(|t| t.to_unix()).map(|(s, n)| s * 1000 + u64::from(n) / 1_000_000);
        assert_eq!(millis, u64::try_from(start.timestamp_millis()).ok());
    }
}
