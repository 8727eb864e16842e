//! Fixtures shared by the test crates: a fresh store per test on every backend.
//!
//! MongoDB tests need a server: `PORTCULLIS_TEST_MONGODB_URL` (for example
//! `mongodb://127.0.0.1:27017/`) names it, and each test gets a database of its own, dropped
//! afterwards. Without the variable the MongoDB cases say so and pass vacuously, unless
//! `PORTCULLIS_REQUIRE_MONGODB=1` (set by CI) makes that a failure.
// Each test crate uses a part of this module.
#![allow(dead_code)]

use std::path::PathBuf;

use portcullis::config::Dsn;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Memory,
    Sqlite,
    Mongo,
}

/// A DSN for one test, and what to remove afterwards.
pub struct TestDsn {
    pub dsn: Dsn,
    cleanup: Cleanup,
}

enum Cleanup {
    Nothing,
    Files(Vec<PathBuf>),
    MongoDatabase { url: String, database: String },
}

/// The MongoDB server the tests use, if any.
fn mongo_url() -> Option<String> {
    match std::env::var("PORTCULLIS_TEST_MONGODB_URL") {
        Ok(url) if !url.is_empty() => Some(url),
        _ => {
            let required = std::env::var("PORTCULLIS_REQUIRE_MONGODB").is_ok_and(|v| v == "1");
            assert!(!required, "PORTCULLIS_REQUIRE_MONGODB=1 but PORTCULLIS_TEST_MONGODB_URL is not set");
            None
        }
    }
}

/// `base` (a server URL without database) pointed at `database`, keeping its options.
pub fn with_database(base: &str, database: &str) -> String {
    let (address, query) = base.split_once('?').map_or((base, None), |(a, q)| (a, Some(q)));
    let address = address.trim_end_matches('/');
    match query {
        Some(query) => format!("{address}/{database}?{query}"),
        None => format!("{address}/{database}"),
    }
}

/// Whether MongoDB cases can run (and, under `PORTCULLIS_REQUIRE_MONGODB=1`, that they must).
pub fn mongo_configured() -> bool {
    let configured = mongo_url().is_some();
    if !configured {
        eprintln!("skipped: PORTCULLIS_TEST_MONGODB_URL is not set");
    }
    configured
}

impl Backend {
    /// A fresh DSN, or `None` when the backend's server is not configured (MongoDB).
    pub fn fresh_dsn(self) -> Option<TestDsn> {
        let unique = uuid::Uuid::new_v4().simple().to_string();
        match self {
            Backend::Memory => Some(TestDsn { dsn: Dsn::Memory, cleanup: Cleanup::Nothing }),
            Backend::Sqlite => {
                let path = std::env::temp_dir().join(format!("portcullis-test-{unique}.sqlite"));
                let files = ["", "-wal", "-shm"]
                    .iter()
                    .map(|s| PathBuf::from(format!("{}{s}", path.display())))
                    .collect();
                Some(TestDsn { dsn: Dsn::sqlite(path), cleanup: Cleanup::Files(files) })
            }
            Backend::Mongo => {
                let Some(url) = mongo_url() else {
                    eprintln!("skipped: PORTCULLIS_TEST_MONGODB_URL is not set");
                    return None;
                };
                let database = format!("portcullis_test_{unique}");
                let dsn = Dsn::Mongo(with_database(&url, &database));
                Some(TestDsn { dsn, cleanup: Cleanup::MongoDatabase { url, database } })
            }
        }
    }
}

impl TestDsn {
    pub async fn cleanup(self) {
        match self.cleanup {
            Cleanup::Nothing => {}
            Cleanup::Files(files) => {
                for file in files {
                    let _ = std::fs::remove_file(file);
                }
            }
            Cleanup::MongoDatabase { url, database } => {
                if let Ok(client) = mongodb::Client::with_uri_str(&url).await {
                    let _ = client.database(&database).drop().await;
                }
            }
        }
    }
}
