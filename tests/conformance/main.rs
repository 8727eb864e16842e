#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The storage contract: every case is a plain async function over `Arc<dyn Store>`, and
//! `backend_suite!` instantiates all of them for each backend. A bug found in one adapter
//! starts with a new case here.

mod cases;

use std::path::PathBuf;
use std::sync::Arc;

use portcullis::config::Dsn;
use portcullis::store::{self, Store};

/// A fresh, empty store for one test, and what to remove afterwards.
pub async fn memory() -> (Arc<dyn Store>, Vec<PathBuf>) {
    (store::open(&Dsn::Memory).await.expect("memory store"), Vec::new())
}

pub async fn sqlite() -> (Arc<dyn Store>, Vec<PathBuf>) {
    let path = std::env::temp_dir().join(format!("portcullis-conformance-{}.sqlite", uuid::Uuid::new_v4()));
    let files =
        ["", "-wal", "-shm"].iter().map(|s| PathBuf::from(format!("{}{s}", path.display()))).collect();
    (store::open(&Dsn::Sqlite(path)).await.expect("sqlite store"), files)
}

macro_rules! backend_suite {
    ($backend:ident: $($case:ident),* $(,)?) => {
        mod $backend {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
                async fn $case() {
                    let (store, files) = crate::$backend().await;
                    crate::cases::$case(store).await;
                    for file in files {
                        let _ = std::fs::remove_file(file);
                    }
                }
            )*
        }
    };
}

macro_rules! all_backends {
    ($($case:ident),* $(,)?) => {
        backend_suite!(memory: $($case),*);
        backend_suite!(sqlite: $($case),*);
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
    a_flow_update_is_saved_until_completion,
    completing_a_login_stores_the_session_once,
    concurrent_completions_of_one_flow_have_exactly_one_winner,
    a_reauthentication_updates_the_session_in_place,
    sessions_are_found_by_token_digest_only,
    revoking_deactivates_and_is_repeatable,
    the_store_answers_a_ping,
    a_flow_error_reads_back_whole,
);
