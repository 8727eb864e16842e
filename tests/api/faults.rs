//! The database goes away in the middle of traffic and comes back.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use reqwest::{Client, StatusCode};
use serde_json::Value;

use crate::processes::{FerretDb, Node, wait_until_ok};
use crate::support::{PASSWORD, identity_with_password};

/// Creates identities until told to stop (or 2000 tries); returns the ones answered 201.
async fn write_traffic(client: Client, admin: String, stop: Arc<AtomicBool>) -> Vec<String> {
    let mut created = Vec::new();
    for n in 0..2000 {
        if stop.load(Ordering::Relaxed) {
            break;
        }
        let email = format!("writer{n}@example.com");
        let r = client
            .post(format!("{admin}/admin/identities"))
            .json(&identity_with_password(&email, PASSWORD))
            .send()
            .await;
        if r.is_ok_and(|r| r.status() == StatusCode::CREATED) {
            created.push(email);
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    created
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_database_outage_is_a_503_and_service_resumes_without_a_restart() {
    let Some(binary) = FerretDb::binary() else { return };
    let mut db = FerretDb::start(&binary);
    let dsn = format!(
        "mongodb://127.0.0.1:{}/portcullis_faults?serverSelectionTimeoutMS=1500&connectTimeoutMS=1000",
        db.port
    );
    let node = Node::spawn(&dsn).await;
    let client = Client::builder().timeout(Duration::from_secs(20)).build().unwrap();

    // Before the outage: an identity and a session.
    let r = client
        .post(format!("{}/admin/identities", node.admin))
        .json(&identity_with_password("alice@example.com", PASSWORD))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::CREATED);
    let login = node.native_login(&client, "alice@example.com", PASSWORD).await;
    let token = login["session_token"].as_str().unwrap().to_string();
    let whoami =
        || client.get(format!("{}/sessions/whoami", node.public)).header("X-Session-Token", &token).send();

    let stop = Arc::new(AtomicBool::new(false));
    let writer = tokio::spawn(write_traffic(client.clone(), node.admin.clone(), stop.clone()));
    tokio::time::sleep(Duration::from_millis(400)).await;
    db.stop();

    // While it is down: Kratos-shaped 503s within the configured timeout, and not ready.
    for _ in 0..3 {
        let started = Instant::now();
        let r = whoami().await.unwrap();
        assert_eq!(r.status(), StatusCode::SERVICE_UNAVAILABLE);
        assert!(started.elapsed() < Duration::from_secs(5), "answered after {:?}", started.elapsed());
        let body: Value = r.json().await.unwrap();
        assert_eq!(body["error"]["code"], 503, "{body}");
    }
    let ready = client.get(format!("{}/health/ready", node.admin)).send().await.unwrap();
    assert_eq!(ready.status(), StatusCode::SERVICE_UNAVAILABLE);
    let alive = client.get(format!("{}/health/alive", node.public)).send().await.unwrap();
    assert_eq!(alive.status(), StatusCode::OK, "the process itself keeps running");

    // After it is back: serving again, without a restart, and nothing acknowledged is lost.
    db.resume();
    wait_until_ok(&format!("{}/health/ready", node.public), Duration::from_secs(30)).await;
    stop.store(true, Ordering::Relaxed);
    let created = writer.await.unwrap();
    assert!(!created.is_empty(), "some writes succeeded before the outage");
    assert_eq!(
        whoami().await.unwrap().status(),
        StatusCode::OK,
        "the session from before the outage is valid"
    );
    for email in &created {
        let url = format!("{}/admin/identities?credentials_identifier={email}", node.admin);
        let found: Value = client.get(url).send().await.unwrap().json().await.unwrap();
        assert_eq!(found.as_array().map(Vec::len), Some(1), "{email} was acknowledged and must exist");
    }
    let r = client
        .post(format!("{}/admin/identities", node.admin))
        .json(&identity_with_password("after@example.com", PASSWORD))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::CREATED);
}
