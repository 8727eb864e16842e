//! The MongoDB store (`dsn: mongodb://...`), for many stateless Portcullis nodes sharing one
//! database. It needs no multi-document transactions: identifiers are unique through `_id`s of
//! their own collection, and one-time transitions (completing a flow) are single conditional
//! updates. Driver types stay in this module; duplicate keys become `StoreError::Conflict`.

mod documents;

use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use mongodb::bson::{Bson, Document, doc};
use mongodb::error::{ErrorKind, WriteFailure};
use mongodb::options::{ClientOptions, IndexOptions, ReturnDocument};
use mongodb::{Client, Collection, Database, IndexModel};
use uuid::Uuid;

use self::documents::{
    IDENTITY_COPY, IdentifierDoc, bson_date, error_doc, error_from_doc, flow_doc, flow_from_doc,
    identifier_key, identity_from_copy, identity_from_doc, session_doc, session_from_doc, to_document,
};
use super::records::IdentityRecord;
use super::times::time_text;
use super::{
    AttemptStore, ErrorStore, IdentityPage, IdentityStore, LoginFlowStore, SessionStore, SessionWrite, Store,
    StoreError,
};
use crate::flow::{FlowError, FlowId, LoginFlow};
use crate::identity::{Identity, IdentityId, PasswordHash};
use crate::session::{Session, SessionId, SessionWithIdentity, TokenDigest};

const PASSWORD: &str = "password";
const IDENTITIES: &str = "identities";
const DEFAULT_DATABASE: &str = "portcullis";
/// How long expired flows and sessions are kept before TTL indexes (or the purge) remove them.
const GARBAGE_AFTER: Duration = Duration::from_secs(24 * 60 * 60);
const DEFAULT_SERVER_SELECTION_TIMEOUT: Duration = Duration::from_secs(5);
const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(5);

fn db_error(e: mongodb::error::Error) -> StoreError {
    let duplicate = match e.kind.as_ref() {
        ErrorKind::Write(WriteFailure::WriteError(w)) => w.code == 11000,
        ErrorKind::InsertMany(failure) => {
            failure.write_errors.as_ref().is_some_and(|errors| errors.iter().any(|w| w.code == 11000))
        }
        ErrorKind::Command(c) => c.code == 11000,
        _ => false,
    };
    if duplicate {
        return StoreError::Conflict(e.to_string());
    }
    match e.kind.as_ref() {
        ErrorKind::ServerSelection { .. } | ErrorKind::Io(_) | ErrorKind::ConnectionPoolCleared { .. } => {
            StoreError::Unavailable(e.to_string())
        }
        _ => StoreError::Internal(e.to_string()),
    }
}

pub struct MongoStore {
    client: Client,
    db: Database,
}

impl MongoStore {
    /// Connects (lazily: the driver connects on first use) and creates the indexes. Timeouts
    /// given in the DSN (`serverSelectionTimeoutMS`, `connectTimeoutMS`) win over the defaults.
    pub async fn open(dsn: &str) -> Result<Self, StoreError> {
        let mut options = ClientOptions::parse(dsn).await.map_err(|e| StoreError::Internal(e.to_string()))?;
        options.server_selection_timeout.get_or_insert(DEFAULT_SERVER_SELECTION_TIMEOUT);
        options.connect_timeout.get_or_insert(DEFAULT_CONNECT_TIMEOUT);
        options.app_name.get_or_insert_with(|| "portcullis".into());
        let database = options.default_database.clone().unwrap_or_else(|| DEFAULT_DATABASE.into());
        let client = Client::with_options(options).map_err(db_error)?;
        let store = Self { db: client.database(&database), client };
        store.create_indexes().await?;
        tracing::info!("MongoDB store open");
        Ok(store)
    }

    fn identities(&self) -> Collection<Document> {
        self.db.collection(IDENTITIES)
    }

    fn identifiers(&self) -> Collection<Document> {
        self.db.collection("credential_identifiers")
    }

    fn flows(&self) -> Collection<Document> {
        self.db.collection("login_flows")
    }

    fn sessions(&self) -> Collection<Document> {
        self.db.collection("sessions")
    }

    fn errors(&self) -> Collection<Document> {
        self.db.collection("flow_errors")
    }

    fn attempts(&self) -> Collection<Document> {
        self.db.collection("login_attempts")
    }

    /// One document per completed login flow: the flow's one-time use.
    fn completions(&self) -> Collection<Document> {
        self.db.collection("login_completions")
    }

    async fn create_indexes(&self) -> Result<(), StoreError> {
        let unique = IndexOptions::builder().unique(true).build();
        self.sessions()
            .create_index(IndexModel::builder().keys(doc! { "id": 1 }).options(unique).build())
            .await
            .map_err(db_error)?;
        self.sessions()
            .create_index(IndexModel::builder().keys(doc! { "identity_id": 1 }).build())
            .await
            .map_err(db_error)?;
        self.identifiers()
            .create_index(IndexModel::builder().keys(doc! { "identity_id": 1 }).build())
            .await
            .map_err(db_error)?;
        self.attempt_claims()
            .create_index(IndexModel::builder().keys(doc! { "key": 1, "number": -1 }).build())
            .await
            .map_err(db_error)?;
        // TTL indexes only collect garbage (expiry is decided from `now`); servers that refuse
        // them (FerretDB) rely on `purge_expired` instead.
        for (collection, field) in [
            (self.flows(), "expires_at"),
            (self.completions(), "expires_at"),
            (self.attempts(), "expires_at"),
            (self.attempt_claims(), "expires_at"),
            (self.sessions(), "expires_at_date"),
            (self.errors(), "created_at_date"),
        ] {
            let ttl = IndexOptions::builder().expire_after(GARBAGE_AFTER).build();
            let index = IndexModel::builder().keys(doc! { field: 1 }).options(ttl).build();
            if let Err(e) = collection.create_index(index).await {
                tracing::info!(collection = collection.name(), error = %e, "no TTL index; the periodic purge collects garbage");
                let plain = IndexModel::builder().keys(doc! { field: 1 }).build();
                collection.create_index(plain).await.map_err(db_error)?;
            }
        }
        Ok(())
    }

    async fn find_identity(&self, filter: Document) -> Result<Option<Identity>, StoreError> {
        self.identities().find_one(filter).await.map_err(db_error)?.map(identity_from_doc).transpose()
    }

    /// Claims one identifier for an identity. A claim left behind by an identity that no longer
    /// exists (a creation that died half-way) is taken over.
    async fn claim_identifier(&self, key: &str, identity: &str) -> Result<(), StoreError> {
        let claim = to_document(&IdentifierDoc { id: key.into(), identity_id: identity.into() })?;
        match self.identifiers().insert_one(claim).await.map_err(db_error) {
            Ok(_) => Ok(()),
            Err(StoreError::Conflict(reason)) => {
                let owner = self.identifiers().find_one(doc! { "_id": key }).await.map_err(db_error)?;
                let owner = owner.and_then(|d| d.get_str("identity_id").ok().map(str::to_string));
                let orphaned = match &owner {
                    Some(owner) => {
                        self.identities().find_one(doc! { "_id": owner }).await.map_err(db_error)?.is_none()
                    }
                    None => false,
                };
                if !orphaned {
                    return Err(StoreError::Conflict(reason));
                }
                let taken = self
                    .identifiers()
                    .update_one(
                        doc! { "_id": key, "identity_id": owner },
                        doc! { "$set": { "identity_id": identity } },
                    )
                    .await
                    .map_err(db_error)?;
                if taken.modified_count == 1 { Ok(()) } else { Err(StoreError::Conflict(reason)) }
            }
            Err(other) => Err(other),
        }
    }

    /// A login can write its session just after a concurrent deletion of its identity removed
    /// that identity's sessions; the copy in it would then answer for an identity that is gone.
    /// Looking for the identity after the write closes that: either this find sees the deletion,
    /// and the copy goes (the session then reads as none), or the deletion came later and removes
    /// the session with the others.
    async fn drop_copy_if_identity_gone(&self, session: &Session) -> Result<(), StoreError> {
        let found = self
            .identities()
            .find_one(doc! { "_id": session.identity_id.to_string() })
            .projection(doc! { "_id": 1 })
            .await
            .map_err(db_error)?;
        if found.is_none() {
            self.sessions()
                .update_one(doc! { "_id": &session.token_digest.0 }, doc! { "$unset": { IDENTITY_COPY: "" } })
                .await
                .map_err(db_error)?;
        }
        Ok(())
    }

    async fn release_identifiers(&self, identity: &str) -> Result<(), StoreError> {
        self.identifiers().delete_many(doc! { "identity_id": identity }).await.map_err(db_error)?;
        Ok(())
    }
}

#[async_trait]
impl IdentityStore for MongoStore {
    async fn insert_identity(&self, identity: &Identity) -> Result<(), StoreError> {
        let id = identity.id.to_string();
        // Identifiers first: if this process dies after them, the claims are orphans that the
        // next claim takes over; the identity itself is never visible without its identifiers.
        for identifier in identity.password_identifiers() {
            if let Err(e) = self.claim_identifier(&identifier_key(PASSWORD, identifier), &id).await {
                self.release_identifiers(&id).await?;
                return Err(e);
            }
        }
        let document = to_document(&IdentityRecord::from_domain(identity)?)?;
        if let Err(e) = self.identities().insert_one(document).await.map_err(db_error) {
            self.release_identifiers(&id).await?;
            return Err(e);
        }
        Ok(())
    }

    async fn identity(&self, id: IdentityId) -> Result<Option<Identity>, StoreError> {
        self.find_identity(doc! { "_id": id.to_string() }).await
    }

    async fn identity_by_password_identifier(
        &self,
        identifier: &str,
    ) -> Result<Option<Identity>, StoreError> {
        let key = identifier_key(PASSWORD, identifier);
        let claim = self.identifiers().find_one(doc! { "_id": key }).await.map_err(db_error)?;
        // An unknown identifier makes the same two round trips as a known one (the second finds
        // nothing), so the store's latency does not tell which accounts exist.
        let owner = match &claim {
            Some(claim) => claim.get_str("identity_id").map_err(|e| StoreError::Internal(e.to_string()))?,
            None => "",
        };
        let identity = self.find_identity(doc! { "_id": owner }).await?;
        Ok(identity.filter(|_| claim.is_some()))
    }

    async fn list_identities(&self, page: &IdentityPage) -> Result<Vec<Identity>, StoreError> {
        let mut filter = doc! {};
        let mut id_filter = doc! {};
        if let Some(after) = page.after {
            id_filter.insert("$gt", after.to_string());
        }
        let mut wanted: Option<Vec<String>> =
            (!page.ids.is_empty()).then(|| page.ids.iter().map(ToString::to_string).collect());
        if let Some(identifier) = &page.identifier {
            let owner = self.identity_by_password_identifier(identifier).await?.map(|i| i.id.to_string());
            let owner: Vec<String> = owner.into_iter().collect();
            wanted = Some(match wanted {
                Some(ids) => ids.into_iter().filter(|i| owner.contains(i)).collect(),
                None => owner,
            });
        }
        if let Some(ids) = wanted {
            id_filter.insert("$in", ids);
        }
        if !id_filter.is_empty() {
            filter.insert("_id", id_filter);
        }
        let limit = i64::try_from(page.limit).unwrap_or(i64::MAX);
        let mut cursor =
            self.identities().find(filter).sort(doc! { "_id": 1 }).limit(limit).await.map_err(db_error)?;
        let mut out = Vec::new();
        while cursor.advance().await.map_err(db_error)? {
            out.push(identity_from_doc(cursor.deserialize_current().map_err(db_error)?)?);
        }
        Ok(out)
    }

    async fn delete_identity(&self, id: IdentityId) -> Result<bool, StoreError> {
        let id = id.to_string();
        let sessions = doc! { "identity_id": &id };
        // Sessions before and after the identity: each session document carries a copy of its
        // identity, so none may be left should this node stop before the last step. The first
        // pass removes every session written before; the second those of logins racing this
        // deletion (which `drop_copy_if_identity_gone` also disarms).
        self.sessions().delete_many(sessions.clone()).await.map_err(db_error)?;
        let deleted = self.identities().delete_one(doc! { "_id": &id }).await.map_err(db_error)?;
        self.sessions().delete_many(sessions).await.map_err(db_error)?;
        self.release_identifiers(&id).await?;
        Ok(deleted.deleted_count > 0)
    }

    async fn update_password_hash(
        &self,
        id: IdentityId,
        hash: &PasswordHash,
        at: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        self.identities()
            .update_one(
                doc! { "_id": id.to_string(), "password": { "$ne": null } },
                doc! { "$set": { "password.hash": &hash.0, "password.updated_at": time_text(at) } },
            )
            .await
            .map_err(db_error)?;
        Ok(())
    }
}

#[async_trait]
impl LoginFlowStore for MongoStore {
    async fn insert_login_flow(&self, flow: &LoginFlow) -> Result<(), StoreError> {
        self.flows().insert_one(flow_doc(flow)?).await.map_err(db_error)?;
        Ok(())
    }

    async fn login_flow(&self, id: FlowId) -> Result<Option<LoginFlow>, StoreError> {
        let doc = self.flows().find_one(doc! { "_id": id.to_string() }).await.map_err(db_error)?;
        doc.as_ref().map(flow_from_doc).transpose()
    }

    async fn update_login_flow(&self, flow: &LoginFlow) -> Result<(), StoreError> {
        let document = flow_doc(flow)?;
        let text = document.get_str("document").map_err(|e| StoreError::Internal(e.to_string()))?;
        self.flows()
            .update_one(
                doc! { "_id": flow.id.to_string(), "completed_at": null },
                doc! { "$set": { "document": text } },
            )
            .await
            .map_err(db_error)?;
        Ok(())
    }
}

#[async_trait]
impl SessionStore for MongoStore {
    async fn session(&self, id: SessionId) -> Result<Option<Session>, StoreError> {
        let doc = self.sessions().find_one(doc! { "id": id.0.to_string() }).await.map_err(db_error)?;
        doc.as_ref().map(session_from_doc).transpose()
    }

    async fn session_by_token(&self, digest: &TokenDigest) -> Result<Option<Session>, StoreError> {
        let doc = self.sessions().find_one(doc! { "_id": &digest.0 }).await.map_err(db_error)?;
        doc.as_ref().map(session_from_doc).transpose()
    }

    async fn revoke_session_by_token(&self, digest: &TokenDigest) -> Result<bool, StoreError> {
        let result = self
            .sessions()
            .update_one(doc! { "_id": &digest.0 }, doc! { "$set": { "active": false } })
            .await
            .map_err(db_error)?;
        Ok(result.matched_count > 0)
    }
}

#[async_trait]
impl ErrorStore for MongoStore {
    async fn insert_flow_error(&self, error: &FlowError) -> Result<(), StoreError> {
        self.errors().insert_one(error_doc(error)?).await.map_err(db_error)?;
        Ok(())
    }

    async fn flow_error(&self, id: Uuid) -> Result<Option<FlowError>, StoreError> {
        let doc = self.errors().find_one(doc! { "_id": id.to_string() }).await.map_err(db_error)?;
        doc.as_ref().map(error_from_doc).transpose()
    }
}

#[async_trait]
impl Store for MongoStore {
    async fn complete_login(
        &self,
        flow: &LoginFlow,
        session: &SessionWrite,
        identity: &Identity,
    ) -> Result<bool, StoreError> {
        // The one-time transition is an insert keyed by the flow id: `_id` uniqueness is
        // atomic on every MongoDB-wire server, whereas a conditional findAndModify let two
        // concurrent submits of one flow both win on FerretDB 1.24 (2 of 12 in a test).
        let claim = doc! {
            "_id": flow.id.to_string(),
            "expires_at": bson_date(flow.expires_at),
        };
        match self.completions().insert_one(claim).await.map_err(db_error) {
            Ok(_) => {}
            Err(StoreError::Conflict(_)) => return Ok(false),
            Err(other) => return Err(other),
        }
        let completed = flow_doc(flow)?;
        self.flows()
            .update_one(
                doc! { "_id": flow.id.to_string() },
                doc! { "$set": { "document": completed.get("document"), "completed_at": completed.get("completed_at") } },
            )
            .await
            .map_err(db_error)?;
        match session {
            SessionWrite::Insert(s) => {
                self.sessions().insert_one(session_doc(s, identity)?).await.map_err(db_error)?;
                self.drop_copy_if_identity_gone(s).await?;
            }
            // A replacement never brings back a session that the identity's deletion removed.
            SessionWrite::Update(s) => {
                let document = session_doc(s, identity)?;
                self.sessions()
                    .replace_one(doc! { "_id": &s.token_digest.0 }, document)
                    .await
                    .map_err(db_error)?;
            }
        }
        Ok(true)
    }

    /// One find by `_id`, answered from the identity copy in the session document. Documents
    /// without a copy (written before copies were kept, or dropped by
    /// `drop_copy_if_identity_gone`) cost a second find for the identity.
    async fn session_with_identity(
        &self,
        digest: &TokenDigest,
    ) -> Result<Option<SessionWithIdentity>, StoreError> {
        let Some(mut doc) = self.sessions().find_one(doc! { "_id": &digest.0 }).await.map_err(db_error)?
        else {
            return Ok(None);
        };
        let session = session_from_doc(&doc)?;
        let identity = match doc.remove(IDENTITY_COPY) {
            Some(Bson::String(copy)) => identity_from_copy(&copy)?,
            Some(other) => return Err(StoreError::Internal(format!("the identity copy is {other}"))),
            None => match self.identity(session.identity_id).await? {
                Some(identity) => identity.without_credentials(),
                None => return Ok(None),
            },
        };
        Ok(Some(Arc::new((session, identity))))
    }

    async fn ping(&self) -> Result<(), StoreError> {
        self.db.run_command(doc! { "ping": 1 }).await.map_err(db_error)?;
        Ok(())
    }

    /// Ends the driver's server sessions and closes its connection pools.
    async fn close(&self) {
        self.client.clone().shutdown().immediate(true).await;
    }

    async fn purge_expired(&self, before: DateTime<Utc>) -> Result<u64, StoreError> {
        let cutoff = bson_date(before);
        let flows =
            self.flows().delete_many(doc! { "expires_at": { "$lt": cutoff } }).await.map_err(db_error)?;
        self.completions().delete_many(doc! { "expires_at": { "$lt": cutoff } }).await.map_err(db_error)?;
        let attempts =
            self.attempts().delete_many(doc! { "expires_at": { "$lt": cutoff } }).await.map_err(db_error)?;
        self.attempt_claims()
            .delete_many(doc! { "expires_at": { "$lt": cutoff } })
            .await
            .map_err(db_error)?;
        let sessions = self
            .sessions()
            .delete_many(doc! { "expires_at_date": { "$lt": cutoff } })
            .await
            .map_err(db_error)?;
        let errors = self
            .errors()
            .delete_many(doc! { "created_at_date": { "$lt": cutoff } })
            .await
            .map_err(db_error)?;
        Ok(flows.deleted_count + sessions.deleted_count + errors.deleted_count + attempts.deleted_count)
    }
}

#[async_trait]
impl AttemptStore for MongoStore {
    /// A counter is a document `{count, offset}`; its value is `count - offset`. Each attempt
    /// takes the next `count` and then claims it by inserting `KEY#count` into a collection of
    /// its own: a second taker of the same number (FerretDB 1.24 loses concurrent `$inc`
    /// updates, where MongoDB does not) fails on `_id`, moves the counter up to the highest
    /// claim and takes another, so every attempt still gets a number of its own and none slips
    /// past a limit. Refunds and resets move the offset.
    async fn add_attempts(
        &self,
        key: &str,
        delta: i64,
        expires_at: DateTime<Utc>,
    ) -> Result<i64, StoreError> {
        if delta <= 0 {
            let counter = self.update_counter(key, doc! { "$inc": { "offset": -delta } }, expires_at).await?;
            return counter_value(&counter);
        }
        let mut value = 0;
        for _ in 0..delta {
            value = self.claim_attempt(key, expires_at).await?;
        }
        Ok(value)
    }

    async fn clear_attempts(&self, key: &str) -> Result<(), StoreError> {
        if let Some(counter) = self.attempts().find_one(doc! { "_id": key }).await.map_err(db_error)? {
            let count = counter_field(&counter, "count")?;
            self.attempts()
                .update_one(doc! { "_id": key }, doc! { "$max": { "offset": count } })
                .await
                .map_err(db_error)?;
        }
        Ok(())
    }
}

impl MongoStore {
    fn attempt_claims(&self) -> Collection<Document> {
        self.db.collection("login_attempt_claims")
    }

    /// Applies `update` to the counter under `key`, creating it, and returns it as updated.
    async fn update_counter(
        &self,
        key: &str,
        mut update: Document,
        expires_at: DateTime<Utc>,
    ) -> Result<Document, StoreError> {
        // `$inc` starts a missing field at zero, so only the expiry needs setting on creation.
        update.insert("$setOnInsert", doc! { "expires_at": bson_date(expires_at) });
        // Two first attempts can race to create the counter; the loser's upsert fails on `_id`
        // (or, on SecantusDB, finds nothing) and is simply repeated against the winner's document.
        for _ in 0..3 {
            let updated = self
                .attempts()
                .find_one_and_update(doc! { "_id": key }, update.clone())
                .upsert(true)
                .return_document(ReturnDocument::After)
                .await
                .map_err(db_error);
            match updated {
                Ok(Some(counter)) => return Ok(counter),
                Ok(None) | Err(StoreError::Conflict(_)) => continue,
                Err(other) => return Err(other),
            }
        }
        Err(StoreError::Unavailable("the attempt counter kept conflicting".into()))
    }

    /// Takes the next number of the counter and claims it; returns the counter's value.
    async fn claim_attempt(&self, key: &str, expires_at: DateTime<Utc>) -> Result<i64, StoreError> {
        // A number already claimed means the counter lost updates (FerretDB): before the next
        // try it jumps to the highest claim, so every retry follows a claim someone else made
        // after this one's last look, however far behind the counter had fallen.
        for _ in 0..64 {
            let counter = self.update_counter(key, doc! { "$inc": { "count": 1_i64 } }, expires_at).await?;
            let number = counter_field(&counter, "count")?;
            let claim = doc! {
                "_id": format!("{key}#{number}"),
                "key": key,
                "number": number,
                "expires_at": bson_date(expires_at),
            };
            match self.attempt_claims().insert_one(claim).await.map_err(db_error) {
                Ok(_) => return counter_value(&counter),
                Err(StoreError::Conflict(_)) => self.catch_up_with_claims(key, expires_at).await?,
                Err(other) => return Err(other),
            }
        }
        Err(StoreError::Unavailable("could not claim an attempt number".into()))
    }

    /// Moves the counter under `key` up to the highest number claimed for it.
    async fn catch_up_with_claims(&self, key: &str, expires_at: DateTime<Utc>) -> Result<(), StoreError> {
        let highest = self
            .attempt_claims()
            .find_one(doc! { "key": key })
            .sort(doc! { "key": 1, "number": -1 })
            .await
            .map_err(db_error)?;
        if let Some(claim) = highest {
            let number = counter_field(&claim, "number")?;
            self.update_counter(key, doc! { "$max": { "count": number } }, expires_at).await?;
        }
        Ok(())
    }
}

fn counter_value(counter: &Document) -> Result<i64, StoreError> {
    Ok(counter_field(counter, "count")? - counter_field(counter, "offset")?)
}

/// A field of a counter; one no update has touched yet is zero.
fn counter_field(counter: &Document, name: &str) -> Result<i64, StoreError> {
    match counter.get(name) {
        None => Ok(0),
        Some(_) => counter.get_i64(name).map_err(|e| StoreError::Internal(e.to_string())),
    }
}
