//! The documents the MongoDB adapter stores, and their conversion from and to the domain.
//!
//! Free-form JSON (traits, metadata, flow and session details) is kept as JSON text: MongoDB
//! forbids `$` and `.` in field names, which traits may well contain, and text keeps times at
//! microsecond precision. Fields that are queried, indexed or expired on are real fields.

use mongodb::bson::{self, DateTime as BsonDateTime, Document, doc};
use serde::{Deserialize, Serialize};

use super::super::StoreError;
use super::super::records::{FlowRecord, IdentityRecord, SessionColumns, SessionDetails, parse_uuid};
use super::super::times::{parse_time, time_text};
use crate::flow::{FlowError, LoginFlow};
use crate::identity::Identity;
use crate::session::Session;

fn internal(e: impl std::fmt::Display) -> StoreError {
    StoreError::Internal(e.to_string())
}

fn json_text<T: Serialize>(value: &T) -> Result<String, StoreError> {
    serde_json::to_string(value).map_err(internal)
}

fn from_json_text<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, StoreError> {
    serde_json::from_str(text).map_err(internal)
}

/// A BSON date for TTL indexes and purges (millisecond precision is enough there).
pub fn bson_date(t: chrono::DateTime<chrono::Utc>) -> BsonDateTime {
    BsonDateTime::from_millis(t.timestamp_millis())
}

/// One claimed identifier: `_id` is `<credential type>:<identifier>`, unique by nature, so
/// no multi-document transaction is needed to keep identifiers unique.
#[derive(Debug, Serialize, Deserialize)]
pub struct IdentifierDoc {
    #[serde(rename = "_id")]
    pub id: String,
    pub identity_id: String,
}

pub fn identifier_key(credential_type: &str, identifier: &str) -> String {
    format!("{credential_type}:{identifier}")
}

pub fn flow_doc(flow: &LoginFlow) -> Result<Document, StoreError> {
    Ok(doc! {
        "_id": flow.id.to_string(),
        "document": json_text(&FlowRecord::from(flow))?,
        "expires_at": bson_date(flow.expires_at),
        "completed_at": flow.completed_at.map(bson_date),
    })
}

pub fn flow_from_doc(doc: &Document) -> Result<LoginFlow, StoreError> {
    let text = doc.get_str("document").map_err(internal)?;
    from_json_text::<FlowRecord>(text)?.try_into()
}

/// The field of a session document holding a copy of its identity.
pub const IDENTITY_COPY: &str = "identity";

/// Sessions are keyed by their token's digest: whoami, the hot path, is then a lookup by `_id`,
/// which MongoDB answers from its primary index. (FerretDB 1.24's SQLite backend scans the
/// table even for `_id`: its filter and its index are different JSON path expressions.) Each
/// carries a copy of its identity as a session check shows it, so whoami reads one document.
pub fn session_doc(s: &Session, identity: &Identity) -> Result<Document, StoreError> {
    if s.identity_id != identity.id {
        return Err(internal(format!("session of {} written with identity {}", s.identity_id, identity.id)));
    }
    Ok(doc! {
        "_id": s.token_digest.0.clone(),
        "id": s.id.0.to_string(),
        "identity_id": s.identity_id.to_string(),
        "active": s.active,
        "expires_at": time_text(s.expires_at),
        "expires_at_date": bson_date(s.expires_at),
        "details": json_text(&SessionDetails::from(s))?,
        IDENTITY_COPY: identity_copy(identity)?,
    })
}

/// The identity without its credentials, as JSON text: one string field is what FerretDB
/// reads fastest, and no password hash is ever copied out of the identity's own document.
fn identity_copy(identity: &Identity) -> Result<String, StoreError> {
    let mut record = IdentityRecord::from_domain(identity)?;
    record.password = None;
    json_text(&record)
}

pub fn identity_from_copy(text: &str) -> Result<Identity, StoreError> {
    from_json_text::<IdentityRecord>(text)?.into_domain()
}

pub fn session_from_doc(doc: &Document) -> Result<Session, StoreError> {
    let text = |key: &str| doc.get_str(key).map_err(internal);
    from_json_text::<SessionDetails>(text("details")?)?.into_session(SessionColumns {
        id: parse_uuid(text("id")?)?,
        token_digest: text("_id")?.to_string(),
        identity_id: parse_uuid(text("identity_id")?)?,
        active: doc.get_bool("active").map_err(internal)?,
        expires_at: parse_time(text("expires_at")?)?,
    })
}

pub fn error_doc(e: &FlowError) -> Result<Document, StoreError> {
    Ok(doc! {
        "_id": e.id.to_string(),
        "error": json_text(&e.error)?,
        "created_at": time_text(e.created_at),
        "updated_at": time_text(e.updated_at),
        "created_at_date": bson_date(e.created_at),
    })
}

pub fn error_from_doc(doc: &Document) -> Result<FlowError, StoreError> {
    let text = |key: &str| doc.get_str(key).map_err(internal);
    Ok(FlowError {
        id: parse_uuid(text("_id")?)?,
        error: from_json_text(text("error")?)?,
        created_at: parse_time(text("created_at")?)?,
        updated_at: parse_time(text("updated_at")?)?,
    })
}

pub fn to_document<T: Serialize>(value: &T) -> Result<Document, StoreError> {
    bson::to_document(value).map_err(internal)
}

pub fn identity_from_doc(doc: Document) -> Result<Identity, StoreError> {
    bson::from_document::<IdentityRecord>(doc).map_err(internal)?.into_domain()
}
