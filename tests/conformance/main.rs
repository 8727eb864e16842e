#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The storage contract: every case is a plain async function over `Arc<dyn Store>`, and
//! `backend_suite!` instantiates all of them for each backend. A bug found in one adapter
//! starts with a new case here.

mod cases;

use std::sync::Arc;

use portcullis::store::{self, Store};

#[path = "../common/mod.rs"]
mod common;

use common::Backend;

/// Runs one case on a fresh store of `backend`, then removes what it left.
async fn run<F, Fut>(backend: Backend, case: F)
where
    F: FnOnce(Arc<dyn Store>) -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    let Some(dsn) = backend.fresh_dsn() else { return };
    let store = store::open(&dsn.dsn).await.expect("the store opens");
    case(store).await;
    dsn.cleanup().await;
}

macro_rules! backend_suite {
    ($module:ident => $backend:expr; $($case:ident),* $(,)?) => {
        mod $module {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
                async fn $case() {
                    crate::run($backend, crate::cases::$case).await;
                }
            )*
        }
    };
}

macro_rules! all_backends {
    ($($case:ident),* $(,)?) => {
        backend_suite!(memory => crate::Backend::Memory; $($case),*);
        backend_suite!(sqlite => crate::Backend::Sqlite; $($case),*);
        backend_suite!(mongo => crate::Backend::Mongo; $($case),*);
    };
}

all_backends!(
    an_inserted_identity_reads_back_whole,
    identities_are_found_by_password_identifier,
    a_taken_identifier_is_a_conflict_and_stores_nothing,
    identities_list_in_pages_by_id,
    listing_filters_by_identifier_and_ids,
    deleting_an_identity_deletes_its_sessions,
    deleting_an_unknown_identity_reports_false,
    a_password_hash_can_be_replaced,
    a_login_flow_reads_back_whole,
    a_flow_keeps_its_form_only_once_edited,
    concurrent_flow_inserts_are_all_stored,
    a_flow_update_is_saved_until_completion,
    completing_a_login_stores_the_session_once,
    concurrent_completions_of_one_flow_have_exactly_one_winner,
    a_reauthentication_updates_the_session_in_place,
    sessions_are_found_by_token_digest_only,
    a_session_reads_back_with_its_identity_but_no_credentials,
    a_session_outliving_its_identity_is_not_found_for_a_check,
    revoking_deactivates_and_is_repeatable,
    the_store_answers_a_ping,
    a_flow_error_reads_back_whole,
    expired_records_are_purged_and_live_ones_kept,
    a_purge_larger_than_a_batch_removes_everything,
    attempt_counters_count_every_concurrent_attempt,
);

/// On a server that loses concurrent `$inc` updates (FerretDB), the MongoDB adapter's attempt
/// counter can fall far behind the numbers already claimed (its layout: see
/// `MongoStore::add_attempts`). The next attempt must still get a number of its own, past them.
#[tokio::test]
async fn a_mongo_attempt_counter_behind_its_claims_catches_up() {
    use mongodb::bson::{DateTime, Document, doc};

    let Some(dsn) = Backend::Mongo.fresh_dsn() else { return };
    let store = store::open(&dsn.dsn).await.expect("the store opens");
    let claims = raw_collection(&dsn, "login_attempt_claims").await;
    let key = "identifier:1:abc";
    let expires = chrono::Utc::now() + chrono::Duration::minutes(5);
    assert_eq!(store.add_attempts(key, 1, expires).await.unwrap(), 1);

    // 200 more attempts whose counter updates were all lost: numbers 2..=201 are claimed while
    // the counter still reads 1.
    let lost: Vec<Document> = (2_i64..=201)
        .map(|number| {
            doc! {
                "_id": format!("{key}#{number}"),
                "key": key,
                "number": number,
                "expires_at": DateTime::from_millis(expires.timestamp_millis()),
            }
        })
        .collect();
    claims.insert_many(lost).await.unwrap();
    assert_eq!(store.add_attempts(key, 1, expires).await.unwrap(), 202);

    dsn.cleanup().await;
}

/// A collection of a MongoDB test store, read and written with the driver itself.
async fn raw_collection(dsn: &common::TestDsn, name: &str) -> mongodb::Collection<mongodb::bson::Document> {
    let portcullis::config::Dsn::Mongo(url) = &dsn.dsn else { unreachable!("a MongoDB DSN") };
    let client = mongodb::Client::with_uri_str(url).await.unwrap();
    client.default_database().unwrap().collection(name)
}

/// A MongoDB session document carries its identity as a check shows it, never the password
/// hash, and a check reads nothing else: it still answers with the identity's own document gone
/// behind the store's back (which the store itself never does: deleting removes the sessions).
#[tokio::test]
async fn a_mongo_session_check_reads_the_identity_copied_into_the_session() {
    use mongodb::bson::doc;

    let Some(dsn) = Backend::Mongo.fresh_dsn() else { return };
    let store = store::open(&dsn.dsn).await.expect("the store opens");
    let (alice, session, token) = cases::signed_in_alice(&store).await;
    let document = raw_collection(&dsn, "sessions")
        .await
        .find_one(doc! { "_id": &token.digest().0 })
        .await
        .unwrap()
        .unwrap();
    let copy = document.get_str("identity").expect("the session document holds an identity copy");
    let hash = &alice.password.as_ref().unwrap().hash.0;
    assert!(copy.contains(&alice.id.to_string()) && !copy.contains(hash.as_str()), "{copy}");

    let identities = raw_collection(&dsn, "identities").await;
    identities.delete_one(doc! { "_id": alice.id.to_string() }).await.unwrap();
    let found = store.session_with_identity(&token.digest()).await.unwrap();
    assert_eq!(found.as_deref(), Some(&(session, alice.without_credentials())));

    dsn.cleanup().await;
}

/// Session documents written before identity copies were kept still check: the identity is
/// then read from its own document, and a session whose identity is gone is none.
#[tokio::test]
async fn a_mongo_session_without_an_identity_copy_reads_the_identity_itself() {
    use mongodb::bson::doc;

    let Some(dsn) = Backend::Mongo.fresh_dsn() else { return };
    let store = store::open(&dsn.dsn).await.expect("the store opens");
    let (alice, session, token) = cases::signed_in_alice(&store).await;
    let sessions = raw_collection(&dsn, "sessions").await;
    let digest = token.digest();
    sessions.update_one(doc! { "_id": &digest.0 }, doc! { "$unset": { "identity": "" } }).await.unwrap();
    let found = store.session_with_identity(&digest).await.unwrap();
    assert_eq!(found.as_deref(), Some(&(session, alice.clone().without_credentials())));

    // The identity's own document gone (as if its deletion had stopped half-way): no session.
    let identities = raw_collection(&dsn, "identities").await;
    identities.delete_one(doc! { "_id": alice.id.to_string() }).await.unwrap();
    assert_eq!(store.session_with_identity(&digest).await.unwrap(), None);

    dsn.cleanup().await;
}
