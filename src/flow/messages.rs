//! The user-facing messages of login, with Kratos's ids and texts (clients match on both).

use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use super::ui::MessageKind;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Message {
    pub id: i64,
    pub text: String,
    #[serde(rename = "type")]
    pub kind: MessageKind,
    pub context: Option<Value>,
}

impl Message {
    fn info(id: i64, text: impl Into<String>) -> Self {
        Self { id, text: text.into(), kind: MessageKind::Info, context: None }
    }

    fn error(id: i64, text: impl Into<String>, context: Option<Value>) -> Self {
        Self { id, text: text.into(), kind: MessageKind::Error, context }
    }

    pub fn sign_in() -> Self {
        Self::info(1010001, "Sign in")
    }

    pub fn confirm_identity() -> Self {
        Self::info(1010003, "Please confirm this action by verifying that it is you.")
    }

    pub fn sign_in_with_password() -> Self {
        Self::info(1010022, "Sign in with password")
    }

    pub fn password_label() -> Self {
        Self::info(1070001, "Password")
    }

    /// The identifier label taken from the schema's title for that trait.
    pub fn identifier_label_from_schema(title: &str, name: &str) -> Self {
        let mut m = Self::info(1070002, title);
        m.context = Some(json!({ "title": title, "name": name }));
        m
    }

    pub fn identifier_label() -> Self {
        Self::info(1070004, "ID")
    }

    /// A generic error; `reason` is shown as is.
    pub fn reason(reason: &str) -> Self {
        Self::error(4000001, reason, Some(json!({ "reason": reason })))
    }

    pub fn missing_property(property: &str) -> Self {
        Self::error(
            4000002,
            format!("Property {property} is missing."),
            Some(json!({ "property": property })),
        )
    }

    /// A value over its maximum length (JSON Schema's `maxLength` message).
    pub fn max_length(max: usize, actual: usize) -> Self {
        Self::error(
            4000017,
            format!("length must be <= {max}, but got {actual}"),
            Some(json!({ "max_length": max, "actual_length": actual })),
        )
    }

    pub fn invalid_credentials() -> Self {
        Self::error(
            4000006,
            "The provided credentials are invalid, check for spelling mistakes in your password or username, email address, or phone number.",
            None,
        )
    }

    /// Portcullis's own id (Kratos has no brute-force protection): too many attempts for this
    /// identifier or from this address; the password was not checked.
    pub fn too_many_attempts(retry_after: std::time::Duration) -> Self {
        let seconds = retry_after.as_secs().max(1);
        let minutes = seconds.div_ceil(60);
        Self::error(
            4000901,
            format!("Too many login attempts. Please try again in {minutes} minute(s)."),
            Some(json!({ "retry_after_seconds": seconds })),
        )
    }

    pub fn flow_expired(expired_at: chrono::DateTime<chrono::Utc>, minutes_ago: f64) -> Self {
        Self::error(
            4010001,
            format!("The login flow expired {minutes_ago:.2} minutes ago, please try again."),
            Some(json!({
                "expired_at": expired_at.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true),
                "expired_at_unix": expired_at.timestamp(),
            })),
        )
    }

    pub fn no_strategy() -> Self {
        Self::error(
            4010002,
            "Could not find a strategy to log you in with. Did you fill out the form correctly?",
            None,
        )
    }

    pub fn already_completed() -> Self {
        Self::error(4010007, "The request was already completed successfully and can not be retried.", None)
    }

    pub fn identity_disabled() -> Self {
        Self::error(4010011, "This account has been disabled. Please contact support for assistance.", None)
    }
}
