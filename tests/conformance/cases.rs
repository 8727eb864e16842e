//! The cases of the storage contract.

use std::sync::Arc;

use chrono::{Duration, DurationRound, Utc};
use portcullis::flow::{FlowError, FlowId, FlowType, LoginFlow, Message, Node, Ui};
use portcullis::identity::{Identity, IdentityId, IdentityState, PasswordCredential, PasswordHash};
use portcullis::session::{Aal, AuthMethod, Device, Session, SessionId, SessionToken};
use portcullis::store::{IdentityPage, SessionWrite, Store, StoreError};
use serde_json::json;

/// Now, at the microsecond precision the stores keep.
fn now() -> chrono::DateTime<Utc> {
    Utc::now().duration_trunc(Duration::microseconds(1)).unwrap()
}

fn identity(email: &str) -> Identity {
    let at = now();
    Identity {
        id: IdentityId::new(),
        schema_id: "default".into(),
        traits: json!({ "email": email }),
        state: IdentityState::Active,
        state_changed_at: Some(at),
        metadata_public: Some(json!({ "plan": "free" })),
        metadata_admin: None,
        external_id: None,
        password: Some(PasswordCredential {
            identifiers: vec![email.to_lowercase()],
            hash: PasswordHash("$2a$04$abcdefghijklmnopqrstuu5e/5Xl1JbqEZQ8ZBnEkHmT7J7C0xK2.".into()),
            created_at: at,
            updated_at: at,
        }),
        created_at: at,
        updated_at: at,
    }
}

fn flow() -> LoginFlow {
    let at = now();
    let id = FlowId::new();
    LoginFlow {
        id,
        flow_type: FlowType::Api,
        issued_at: at,
        expires_at: at + Duration::hours(1),
        request_url: "http://127.0.0.1:4433/self-service/login/api".into(),
        return_to: None,
        active: None,
        ui: Ui {
            action: format!("http://127.0.0.1:4433/self-service/login?flow={id}"),
            method: "POST".into(),
            nodes: vec![],
            messages: vec![],
        },
        initial_ui: false,
        refresh: false,
        requested_aal: Aal::Aal1,
        identity_schema: None,
        csrf_token: String::new(),
        created_at: at,
        updated_at: at,
        completed_at: None,
    }
}

fn session_for(identity: &Identity) -> (Session, SessionToken) {
    let at = now();
    let token = SessionToken::generate();
    let session = Session {
        id: SessionId::new(),
        token_digest: token.digest(),
        identity_id: identity.id,
        active: true,
        expires_at: at + Duration::hours(24),
        authenticated_at: at,
        issued_at: at,
        aal: Aal::Aal1,
        methods: vec![AuthMethod { method: "password".into(), aal: Aal::Aal1, completed_at: at }],
        devices: vec![Device {
            id: uuid::Uuid::new_v4(),
            ip_address: Some("127.0.0.1".into()),
            user_agent: Some("test".into()),
            location: None,
        }],
    };
    (session, token)
}

fn completed(mut flow: LoginFlow) -> LoginFlow {
    flow.active = Some("password".into());
    flow.completed_at = Some(now());
    flow
}

async fn stored_identity(store: &Arc<dyn Store>, email: &str) -> Identity {
    let identity = identity(email);
    store.insert_identity(&identity).await.unwrap();
    identity
}

async fn stored_flow(store: &Arc<dyn Store>) -> LoginFlow {
    let flow = flow();
    store.insert_login_flow(&flow).await.unwrap();
    flow
}

/// Inserts every flow, all at the same time.
async fn insert_all_at_once(store: &Arc<dyn Store>, flows: &[LoginFlow]) {
    let inserts = flows.iter().map(|f| {
        let store = store.clone();
        let f = f.clone();
        tokio::spawn(async move { store.insert_login_flow(&f).await })
    });
    for result in futures::future::join_all(inserts).await {
        result.unwrap().unwrap();
    }
}

/// Alice, stored, with one session from a completed login.
pub async fn signed_in_alice(store: &Arc<dyn Store>) -> (Identity, Session, SessionToken) {
    let alice = stored_identity(store, "alice@example.com").await;
    let flow = stored_flow(store).await;
    let (session, token) = session_for(&alice);
    assert!(
        store.complete_login(&completed(flow), &SessionWrite::Insert(session.clone()), &alice).await.unwrap()
    );
    (alice, session, token)
}

pub async fn an_inserted_identity_reads_back_whole(store: Arc<dyn Store>) {
    let alice = stored_identity(&store, "alice@example.com").await;
    assert_eq!(store.identity(alice.id).await.unwrap(), Some(alice));
    assert_eq!(store.identity(IdentityId::new()).await.unwrap(), None);
}

pub async fn identities_are_found_by_password_identifier(store: Arc<dyn Store>) {
    let alice = stored_identity(&store, "alice@example.com").await;
    let found = store.identity_by_password_identifier("alice@example.com").await.unwrap();
    assert_eq!(found.map(|i| i.id), Some(alice.id));
    assert!(store.identity_by_password_identifier("bob@example.com").await.unwrap().is_none());
}

pub async fn a_taken_identifier_is_a_conflict_and_stores_nothing(store: Arc<dyn Store>) {
    store.insert_identity(&identity("alice@example.com")).await.unwrap();
    let twin = identity("alice@example.com");
    let err = store.insert_identity(&twin).await.unwrap_err();
    assert!(matches!(err, StoreError::Conflict(_)), "{err:?}");
    assert!(store.identity(twin.id).await.unwrap().is_none());
}

pub async fn identities_list_in_pages_by_id(store: Arc<dyn Store>) {
    let mut ids = Vec::new();
    for n in 0..5 {
        let i = identity(&format!("user{n}@example.com"));
        ids.push(i.id);
        store.insert_identity(&i).await.unwrap();
    }
    ids.sort();
    let first = store.list_identities(&IdentityPage { limit: 2, ..Default::default() }).await.unwrap();
    assert_eq!(first.iter().map(|i| i.id).collect::<Vec<_>>(), ids[..2]);
    let rest = store
        .list_identities(&IdentityPage { after: Some(ids[1]), limit: 10, ..Default::default() })
        .await
        .unwrap();
    assert_eq!(rest.iter().map(|i| i.id).collect::<Vec<_>>(), ids[2..]);
}

pub async fn listing_filters_by_identifier_and_ids(store: Arc<dyn Store>) {
    let (a, b) = (identity("a@example.com"), identity("b@example.com"));
    store.insert_identity(&a).await.unwrap();
    store.insert_identity(&b).await.unwrap();
    let by_identifier =
        IdentityPage { limit: 10, identifier: Some("b@example.com".into()), ..Default::default() };
    assert_eq!(
        store.list_identities(&by_identifier).await.unwrap().iter().map(|i| i.id).collect::<Vec<_>>(),
        vec![b.id]
    );
    let by_ids = IdentityPage { limit: 10, ids: vec![a.id], ..Default::default() };
    assert_eq!(
        store.list_identities(&by_ids).await.unwrap().iter().map(|i| i.id).collect::<Vec<_>>(),
        vec![a.id]
    );
}

pub async fn deleting_an_identity_deletes_its_sessions(store: Arc<dyn Store>) {
    let (alice, session, token) = signed_in_alice(&store).await;
    assert!(store.delete_identity(alice.id).await.unwrap());
    assert!(store.identity(alice.id).await.unwrap().is_none());
    assert!(store.session(session.id).await.unwrap().is_none());
    assert!(store.session_by_token(&token.digest()).await.unwrap().is_none());
    assert!(store.session_with_identity(&token.digest()).await.unwrap().is_none());
    assert!(store.identity_by_password_identifier("alice@example.com").await.unwrap().is_none());
}

pub async fn deleting_an_unknown_identity_reports_false(store: Arc<dyn Store>) {
    assert!(!store.delete_identity(IdentityId::new()).await.unwrap());
}

pub async fn a_password_hash_can_be_replaced(store: Arc<dyn Store>) {
    let alice = stored_identity(&store, "alice@example.com").await;
    let new_hash = PasswordHash("$argon2id$v=19$m=16,t=1,p=1$c2FsdHNhbHQ$aGFzaA".into());
    store.update_password_hash(alice.id, &new_hash, now()).await.unwrap();
    let stored = store.identity(alice.id).await.unwrap().unwrap();
    assert_eq!(stored.password.unwrap().hash, new_hash);
}

pub async fn a_login_flow_reads_back_whole(store: Arc<dyn Store>) {
    let f = stored_flow(&store).await;
    assert_eq!(store.login_flow(f.id).await.unwrap(), Some(f));
    assert_eq!(store.login_flow(FlowId::new()).await.unwrap(), None);
}

/// The initial form follows from the flow, so it is not stored; an edited one is, whole.
pub async fn a_flow_keeps_its_form_only_once_edited(store: Arc<dyn Store>) {
    let mut f = flow();
    f.ui.nodes.push(Node::input("default", "identifier", "text").value("").required());
    f.initial_ui = true;
    store.insert_login_flow(&f).await.unwrap();
    let without_form = LoginFlow { ui: Ui::default(), ..f.clone() };
    assert_eq!(store.login_flow(f.id).await.unwrap(), Some(without_form));

    f.initial_ui = false;
    f.ui.messages.push(Message::no_strategy());
    store.update_login_flow(&f).await.unwrap();
    assert_eq!(store.login_flow(f.id).await.unwrap(), Some(f));
}

pub async fn concurrent_flow_inserts_are_all_stored(store: Arc<dyn Store>) {
    let flows: Vec<LoginFlow> = (0..200).map(|_| flow()).collect();
    insert_all_at_once(&store, &flows).await;
    for f in flows {
        assert_eq!(store.login_flow(f.id).await.unwrap(), Some(f));
    }
}

pub async fn a_flow_update_is_saved_until_completion(store: Arc<dyn Store>) {
    let alice = stored_identity(&store, "alice@example.com").await;
    let mut f = flow();
    store.insert_login_flow(&f).await.unwrap();
    f.active = Some("password".into());
    store.update_login_flow(&f).await.unwrap();
    assert_eq!(store.login_flow(f.id).await.unwrap().unwrap().active.as_deref(), Some("password"));
    let done = completed(f.clone());
    store.complete_login(&done, &SessionWrite::Insert(session_for(&alice).0), &alice).await.unwrap();
    let mut late = done.clone();
    late.request_url = "changed".into();
    store.update_login_flow(&late).await.unwrap();
    assert_eq!(store.login_flow(f.id).await.unwrap(), Some(done));
}

pub async fn completing_a_login_stores_the_session_once(store: Arc<dyn Store>) {
    let alice = stored_identity(&store, "alice@example.com").await;
    let f = stored_flow(&store).await;
    let (first, _) = session_for(&alice);
    assert!(
        store
            .complete_login(&completed(f.clone()), &SessionWrite::Insert(first.clone()), &alice)
            .await
            .unwrap()
    );
    assert_eq!(store.session(first.id).await.unwrap(), Some(first));
    let (second, _) = session_for(&alice);
    assert!(
        !store.complete_login(&completed(f), &SessionWrite::Insert(second.clone()), &alice).await.unwrap()
    );
    assert!(store.session(second.id).await.unwrap().is_none(), "a losing completion must write nothing");
}

pub async fn concurrent_completions_of_one_flow_have_exactly_one_winner(store: Arc<dyn Store>) {
    let alice = stored_identity(&store, "alice@example.com").await;
    // Several rounds: a race that is lost only now and then must still show up.
    for _ in 0..8 {
        let f = stored_flow(&store).await;
        let attempts: Vec<_> = (0..24)
            .map(|_| {
                let store = store.clone();
                let done = completed(f.clone());
                let (session, _) = session_for(&alice);
                let alice = alice.clone();
                tokio::spawn(async move {
                    let write = SessionWrite::Insert(session.clone());
                    let won = store.complete_login(&done, &write, &alice).await.unwrap();
                    (won, session.id)
                })
            })
            .collect();
        let mut winners = Vec::new();
        let mut losers = Vec::new();
        for attempt in attempts {
            let (won, id) = attempt.await.unwrap();
            if won { winners.push(id) } else { losers.push(id) }
        }
        assert_eq!(winners.len(), 1, "exactly one completion wins");
        assert!(store.session(winners[0]).await.unwrap().is_some());
        for id in losers {
            assert!(store.session(id).await.unwrap().is_none());
        }
    }
}

pub async fn a_reauthentication_updates_the_session_in_place(store: Arc<dyn Store>) {
    let alice = stored_identity(&store, "alice@example.com").await;
    let (f1, f2) = (flow(), flow());
    store.insert_login_flow(&f1).await.unwrap();
    store.insert_login_flow(&f2).await.unwrap();
    let (mut session, token) = session_for(&alice);
    store.complete_login(&completed(f1), &SessionWrite::Insert(session.clone()), &alice).await.unwrap();
    session.authenticated_at = now() + Duration::minutes(5);
    session.methods.push(AuthMethod {
        method: "password".into(),
        aal: Aal::Aal1,
        completed_at: session.authenticated_at,
    });
    assert!(
        store.complete_login(&completed(f2), &SessionWrite::Update(session.clone()), &alice).await.unwrap()
    );
    assert_eq!(store.session_by_token(&token.digest()).await.unwrap(), Some(session));
}

pub async fn sessions_are_found_by_token_digest_only(store: Arc<dyn Store>) {
    let (_, session, token) = signed_in_alice(&store).await;
    assert_eq!(store.session_by_token(&token.digest()).await.unwrap(), Some(session));
    assert!(store.session_by_token(&SessionToken::generate().digest()).await.unwrap().is_none());
}

pub async fn a_session_reads_back_with_its_identity_but_no_credentials(store: Arc<dyn Store>) {
    let mut alice = identity("alice@example.com");
    let password = alice.password.as_mut().unwrap();
    // More than one identifier, in an order that is not alphabetical: the order is kept.
    password.identifiers = vec!["zed@example.com".into(), "alice@example.com".into(), "bob".into()];
    store.insert_identity(&alice).await.unwrap();
    let f = stored_flow(&store).await;
    let (session, token) = session_for(&alice);
    store.complete_login(&completed(f), &SessionWrite::Insert(session.clone()), &alice).await.unwrap();
    let found = store.session_with_identity(&token.digest()).await.unwrap();
    assert_eq!(found.as_deref(), Some(&(session, alice.clone().without_credentials())));
    // The identity itself still reads back whole, identifiers in their order.
    assert_eq!(store.identity(alice.id).await.unwrap(), Some(alice));
    assert!(store.session_with_identity(&SessionToken::generate().digest()).await.unwrap().is_none());
}

/// A session can outlive its identity where nothing ties them together: on MongoDB a login can
/// write its session just after a deletion of its identity removed the identity's sessions
/// (here: an identity never stored). A session check then finds no session, though the session
/// itself still reads back. Stores with foreign keys (SQLite) refuse such a session, which is
/// just as good.
pub async fn a_session_outliving_its_identity_is_not_found_for_a_check(store: Arc<dyn Store>) {
    let gone = identity("gone@example.com");
    let f = stored_flow(&store).await;
    let (session, token) = session_for(&gone);
    if store.complete_login(&completed(f), &SessionWrite::Insert(session.clone()), &gone).await.is_err() {
        return;
    }
    assert_eq!(store.session_with_identity(&token.digest()).await.unwrap(), None);
    assert_eq!(store.session_by_token(&token.digest()).await.unwrap(), Some(session));
}

pub async fn revoking_deactivates_and_is_repeatable(store: Arc<dyn Store>) {
    let (_, session, token) = signed_in_alice(&store).await;
    assert!(store.revoke_session_by_token(&token.digest()).await.unwrap());
    assert!(!store.session(session.id).await.unwrap().unwrap().active);
    assert!(store.revoke_session_by_token(&token.digest()).await.unwrap());
    assert!(!store.revoke_session_by_token(&SessionToken::generate().digest()).await.unwrap());
}

pub async fn the_store_answers_a_ping(store: Arc<dyn Store>) {
    store.ping().await.unwrap();
}

pub async fn a_flow_error_reads_back_whole(store: Arc<dyn Store>) {
    let at = now();
    let error = FlowError {
        id: uuid::Uuid::new_v4(),
        error: json!({ "code": 403, "id": "security_csrf_violation", "details": { "hint": "retry" } }),
        created_at: at,
        updated_at: at,
    };
    store.insert_flow_error(&error).await.unwrap();
    assert_eq!(store.flow_error(error.id).await.unwrap(), Some(error));
    assert_eq!(store.flow_error(uuid::Uuid::new_v4()).await.unwrap(), None);
}

pub async fn expired_records_are_purged_and_live_ones_kept(store: Arc<dyn Store>) {
    let (_, session, token) = signed_in_alice(&store).await;
    let live_flow = stored_flow(&store).await;
    // Everything above expires within a day; purging up to a week later removes it all.
    store.purge_expired(now() + Duration::days(7)).await.unwrap();
    assert!(store.session(session.id).await.unwrap().is_none());
    assert!(store.session_by_token(&token.digest()).await.unwrap().is_none());
    assert!(store.login_flow(live_flow.id).await.unwrap().is_none());
    let kept = stored_flow(&store).await;
    store.purge_expired(now() - Duration::days(1)).await.unwrap();
    assert!(store.login_flow(kept.id).await.unwrap().is_some(), "records that are not expired stay");
}

/// Stores may purge in batches (SQLite does, 500 rows at a time): a purge still removes every
/// expired record and counts each one.
pub async fn a_purge_larger_than_a_batch_removes_everything(store: Arc<dyn Store>) {
    let flows: Vec<LoginFlow> = (0..1_100).map(|_| flow()).collect();
    insert_all_at_once(&store, &flows).await;
    assert_eq!(store.purge_expired(now() + Duration::days(7)).await.unwrap(), 1_100);
    for f in [&flows[0], &flows[549], &flows[1_099]] {
        assert!(store.login_flow(f.id).await.unwrap().is_none());
    }
    assert_eq!(store.purge_expired(now() + Duration::days(7)).await.unwrap(), 0);
}

pub async fn attempt_counters_count_every_concurrent_attempt(store: Arc<dyn Store>) {
    let expires = now() + Duration::minutes(15);
    let adds = (0..40).map(|_| {
        let store = store.clone();
        tokio::spawn(async move { store.add_attempts("identifier:1:abc", 1, expires).await.unwrap() })
    });
    let mut seen: Vec<i64> = futures::future::join_all(adds).await.into_iter().map(Result::unwrap).collect();
    seen.sort_unstable();
    seen.dedup();
    // Each attempt sees a count of its own, so no more than N attempts ever see a count up to N.
    // (On FerretDB, whose $inc can skip numbers under contention, counts may run ahead: stricter.)
    assert_eq!(seen.len(), 40, "every attempt sees its own count: {seen:?}");
    assert!(seen[0] >= 1 && seen[39] <= 80, "{seen:?}");
    assert_eq!(store.add_attempts("identifier:1:abc", -1, expires).await.unwrap(), seen[39] - 1);
    assert_eq!(store.add_attempts("address:1:abc", 1, expires).await.unwrap(), 1);
    store.clear_attempts("identifier:1:abc").await.unwrap();
    assert_eq!(store.add_attempts("identifier:1:abc", 1, expires).await.unwrap(), 1);
    assert!(store.purge_expired(expires + Duration::seconds(1)).await.unwrap() >= 2);
    assert_eq!(store.add_attempts("address:1:abc", 1, expires).await.unwrap(), 1, "purged once expired");
}
