//! Serializable records of the aggregates, shared by the document-shaped columns of the
//! adapters. Their times are written and read by [`super::times`].

use std::borrow::Cow;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::StoreError;
use super::times::{document_time, parse_time, time_text};
use crate::flow::{FlowId, FlowType, LoginFlow, Ui};
use crate::identity::{Identity, IdentityId, IdentityState, PasswordCredential, PasswordHash};
use crate::session::{Aal, AuthMethod, Device, Session, SessionId, TokenDigest};

pub fn parse_uuid(raw: &str) -> Result<Uuid, StoreError> {
    Uuid::parse_str(raw).map_err(|e| StoreError::Internal(format!("stored id {raw:?}: {e}")))
}

fn corrupt(what: &str, raw: &str) -> StoreError {
    StoreError::Internal(format!("stored {what} {raw:?} is not valid"))
}

fn json_text<T: Serialize>(value: &T) -> Result<String, StoreError> {
    serde_json::to_string(value).map_err(|e| StoreError::Internal(e.to_string()))
}

fn from_json_text<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, StoreError> {
    serde_json::from_str(text).map_err(|e| StoreError::Internal(e.to_string()))
}

/// An identity with its free-form JSON as text, as both adapters keep it.
#[derive(Debug, Serialize, Deserialize)]
pub struct IdentityRecord {
    #[serde(rename = "_id")]
    pub id: String,
    pub schema_id: String,
    pub traits: String,
    pub state: String,
    pub state_changed_at: Option<String>,
    pub metadata_public: Option<String>,
    pub metadata_admin: Option<String>,
    pub external_id: Option<String>,
    pub password: Option<PasswordRecord>,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct PasswordRecord {
    pub identifiers: Vec<String>,
    pub hash: String,
    pub created_at: String,
    pub updated_at: String,
}

impl IdentityRecord {
    pub fn from_domain(i: &Identity) -> Result<Self, StoreError> {
        let text = |v: &Option<serde_json::Value>| v.as_ref().map(json_text).transpose();
        Ok(Self {
            id: i.id.to_string(),
            schema_id: i.schema_id.clone(),
            traits: json_text(&i.traits)?,
            state: i.state.as_str().into(),
            state_changed_at: i.state_changed_at.map(time_text),
            metadata_public: text(&i.metadata_public)?,
            metadata_admin: text(&i.metadata_admin)?,
            external_id: i.external_id.clone(),
            password: i.password.as_ref().map(|p| PasswordRecord {
                identifiers: p.identifiers.clone(),
                hash: p.hash.0.clone(),
                created_at: time_text(p.created_at),
                updated_at: time_text(p.updated_at),
            }),
            created_at: time_text(i.created_at),
            updated_at: time_text(i.updated_at),
        })
    }

    pub fn into_domain(self) -> Result<Identity, StoreError> {
        let value = |v: Option<String>| v.as_deref().map(from_json_text).transpose();
        let password = match self.password {
            None => None,
            Some(p) => Some(PasswordCredential {
                identifiers: p.identifiers,
                hash: PasswordHash(p.hash),
                created_at: parse_time(&p.created_at)?,
                updated_at: parse_time(&p.updated_at)?,
            }),
        };
        Ok(Identity {
            id: IdentityId(parse_uuid(&self.id)?),
            schema_id: self.schema_id,
            traits: from_json_text(&self.traits)?,
            state: IdentityState::parse(&self.state).ok_or_else(|| corrupt("state", &self.state))?,
            state_changed_at: self.state_changed_at.as_deref().map(parse_time).transpose()?,
            metadata_public: value(self.metadata_public)?,
            metadata_admin: value(self.metadata_admin)?,
            external_id: self.external_id,
            password,
            created_at: parse_time(&self.created_at)?,
            updated_at: parse_time(&self.updated_at)?,
        })
    }
}

/// A login flow as stored: written from a borrowed flow (its UI is not copied on the way to the
/// serializer), read back owned. The UI is left out while it is the initial one (see
/// [`LoginFlow::initial_ui`]); a record without one reads back as such a flow.
#[derive(Serialize, Deserialize)]
pub struct FlowRecord<'a> {
    id: Uuid,
    flow_type: Cow<'a, str>,
    #[serde(with = "document_time")]
    issued_at: DateTime<Utc>,
    #[serde(with = "document_time")]
    expires_at: DateTime<Utc>,
    request_url: Cow<'a, str>,
    return_to: Option<Cow<'a, str>>,
    active: Option<Cow<'a, str>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    ui: Option<Cow<'a, Ui>>,
    refresh: bool,
    requested_aal: Cow<'a, str>,
    identity_schema: Option<Cow<'a, str>>,
    csrf_token: Cow<'a, str>,
    #[serde(with = "document_time")]
    created_at: DateTime<Utc>,
    #[serde(with = "document_time")]
    updated_at: DateTime<Utc>,
    #[serde(with = "document_time::optional", default)]
    completed_at: Option<DateTime<Utc>>,
}

impl<'a> From<&'a LoginFlow> for FlowRecord<'a> {
    fn from(f: &'a LoginFlow) -> Self {
        Self {
            id: f.id.0,
            flow_type: f.flow_type.as_str().into(),
            issued_at: f.issued_at,
            expires_at: f.expires_at,
            request_url: f.request_url.as_str().into(),
            return_to: f.return_to.as_deref().map(Cow::from),
            active: f.active.as_deref().map(Cow::from),
            ui: f.stored_ui().map(Cow::Borrowed),
            refresh: f.refresh,
            requested_aal: f.requested_aal.as_str().into(),
            identity_schema: f.identity_schema.as_deref().map(Cow::from),
            csrf_token: f.csrf_token.as_str().into(),
            created_at: f.created_at,
            updated_at: f.updated_at,
            completed_at: f.completed_at,
        }
    }
}

impl TryFrom<FlowRecord<'_>> for LoginFlow {
    type Error = StoreError;

    fn try_from(r: FlowRecord<'_>) -> Result<Self, StoreError> {
        Ok(LoginFlow {
            id: FlowId(r.id),
            flow_type: FlowType::parse(&r.flow_type).ok_or_else(|| corrupt("flow type", &r.flow_type))?,
            issued_at: r.issued_at,
            expires_at: r.expires_at,
            request_url: r.request_url.into_owned(),
            return_to: r.return_to.map(Cow::into_owned),
            active: r.active.map(Cow::into_owned),
            initial_ui: r.ui.is_none(),
            ui: r.ui.map(Cow::into_owned).unwrap_or_default(),
            refresh: r.refresh,
            requested_aal: Aal::parse(&r.requested_aal).ok_or_else(|| corrupt("aal", &r.requested_aal))?,
            identity_schema: r.identity_schema.map(Cow::into_owned),
            csrf_token: r.csrf_token.into_owned(),
            created_at: r.created_at,
            updated_at: r.updated_at,
            completed_at: r.completed_at,
        })
    }
}

#[derive(Serialize, Deserialize)]
struct MethodRecord {
    method: String,
    aal: String,
    #[serde(with = "document_time")]
    completed_at: DateTime<Utc>,
}

#[derive(Serialize, Deserialize)]
struct DeviceRecord {
    id: Uuid,
    ip_address: Option<String>,
    user_agent: Option<String>,
    location: Option<String>,
}

/// The parts of a session that are stored as one document (the rest are columns/fields).
#[derive(Serialize, Deserialize)]
pub struct SessionDetails {
    #[serde(with = "document_time")]
    authenticated_at: DateTime<Utc>,
    #[serde(with = "document_time")]
    issued_at: DateTime<Utc>,
    aal: String,
    methods: Vec<MethodRecord>,
    devices: Vec<DeviceRecord>,
}

impl From<&Session> for SessionDetails {
    fn from(s: &Session) -> Self {
        Self {
            authenticated_at: s.authenticated_at,
            issued_at: s.issued_at,
            aal: s.aal.as_str().into(),
            methods: s
                .methods
                .iter()
                .map(|m| MethodRecord {
                    method: m.method.clone(),
                    aal: m.aal.as_str().into(),
                    completed_at: m.completed_at,
                })
                .collect(),
            devices: s
                .devices
                .iter()
                .map(|d| DeviceRecord {
                    id: d.id,
                    ip_address: d.ip_address.clone(),
                    user_agent: d.user_agent.clone(),
                    location: d.location.clone(),
                })
                .collect(),
        }
    }
}

/// The columns of a session next to its details document.
pub struct SessionColumns {
    pub id: Uuid,
    pub token_digest: String,
    pub identity_id: Uuid,
    pub active: bool,
    pub expires_at: DateTime<Utc>,
}

impl SessionDetails {
    pub fn into_session(self, c: SessionColumns) -> Result<Session, StoreError> {
        let aal = |raw: &str| Aal::parse(raw).ok_or_else(|| corrupt("aal", raw));
        Ok(Session {
            id: SessionId(c.id),
            token_digest: TokenDigest(c.token_digest),
            identity_id: IdentityId(c.identity_id),
            active: c.active,
            expires_at: c.expires_at,
            authenticated_at: self.authenticated_at,
            issued_at: self.issued_at,
            aal: aal(&self.aal)?,
            methods: self
                .methods
                .into_iter()
                .map(|m| Ok(AuthMethod { method: m.method, aal: aal(&m.aal)?, completed_at: m.completed_at }))
                .collect::<Result<_, StoreError>>()?,
            devices: self
                .devices
                .into_iter()
                .map(|d| Device {
                    id: d.id,
                    ip_address: d.ip_address,
                    user_agent: d.user_agent,
                    location: d.location,
                })
                .collect(),
        })
    }
}
