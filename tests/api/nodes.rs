//! Many Portcullis processes on one store: stateless nodes on one MongoDB database behave as one
//! server, and a SQLite file is one process's unless every DSN shares it.

use reqwest::{Client, StatusCode};
use serde_json::{Value, json};

use crate::common::{Backend, mongo_configured};
use crate::processes::{Node, free_port};
use crate::support::PASSWORD;

fn submit(client: &Client, node: &Node, flow: &str) -> reqwest::RequestBuilder {
    let body = json!({"method": "password", "identifier": "alice@example.com", "password": PASSWORD});
    client.post(format!("{}/self-service/login?flow={flow}", node.public)).json(&body)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_nodes_on_one_mongo_database_behave_as_one() {
    if !mongo_configured() {
        return;
    }
    let dsn = Backend::Mongo.fresh_dsn().unwrap();
    let portcullis::config::Dsn::Mongo(url) = &dsn.dsn else { unreachable!() };
    let (a, b) = (Node::spawn(url).await, Node::spawn(url).await);
    let client = Client::new();
    a.create_identity(&client, "alice@example.com", PASSWORD).await;

    // A flow created on A is fetched and submitted on B.
    let flow = a.native_flow(&client).await;
    let fetched =
        client.get(format!("{}/self-service/login/flows?id={flow}", b.public)).send().await.unwrap();
    assert_eq!(fetched.status(), StatusCode::OK);
    let signed_in = submit(&client, &b, &flow).send().await.unwrap();
    assert_eq!(signed_in.status(), StatusCode::OK);
    let token = signed_in.json::<Value>().await.unwrap()["session_token"].as_str().unwrap().to_string();

    // The session B issued is valid on A; logout on A revokes it on B.
    let whoami = |node: &Node| {
        client.get(format!("{}/sessions/whoami", node.public)).header("X-Session-Token", &token).send()
    };
    assert_eq!(whoami(&a).await.unwrap().status(), StatusCode::OK);
    let logout = client
        .delete(format!("{}/self-service/logout/api", a.public))
        .json(&json!({ "session_token": token }))
        .send()
        .await
        .unwrap();
    assert_eq!(logout.status(), StatusCode::NO_CONTENT);
    assert_eq!(whoami(&b).await.unwrap().status(), StatusCode::UNAUTHORIZED);

    // 50 concurrent submits of one flow, spread over both nodes, yield exactly one session.
    let flow = b.native_flow(&client).await;
    let submits = (0..50).map(|i| submit(&client, if i % 2 == 0 { &a } else { &b }, &flow).send());
    let statuses: Vec<StatusCode> =
        futures::future::join_all(submits).await.into_iter().map(|r| r.unwrap().status()).collect();
    assert_eq!(statuses.iter().filter(|s| **s == StatusCode::OK).count(), 1, "{statuses:?}");
    assert!(statuses.iter().all(|s| *s == StatusCode::OK || *s == StatusCode::BAD_REQUEST), "{statuses:?}");

    drop((a, b));
    dsn.cleanup().await;
}

/// The embedded store keeps its file to one process: a second process on the same file stops at
/// startup and says why. With `shared=true` in both DSNs, two processes serve one user base.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_sqlite_file_serves_one_process_unless_shared() {
    let dir = std::env::temp_dir().join(format!("portcullis-nodes-{}", uuid::Uuid::new_v4()));
    std::fs::create_dir_all(&dir).unwrap();
    let client = Client::new();

    let own = format!("sqlite://{}", dir.join("own.sqlite").display());
    let owner = Node::spawn(&own).await;
    owner.create_identity(&client, "alice@example.com", PASSWORD).await;
    let second = tokio::task::spawn_blocking(move || {
        Node::command(&own, free_port(), free_port()).output().expect("the portcullis binary starts")
    })
    .await
    .unwrap();
    let log = String::from_utf8_lossy(&second.stderr);
    assert!(!second.status.success(), "a second process served the file: {log}");
    assert!(log.contains("in use by another process") && log.contains("shared=true"), "{log}");
    // The first process never noticed.
    assert_eq!(owner.native_login(&client, "alice@example.com", PASSWORD).await["session"]["active"], true);
    drop(owner);

    let shared = format!("sqlite://{}?shared=true", dir.join("shared.sqlite").display());
    let (a, b) = (Node::spawn(&shared).await, Node::spawn(&shared).await);
    a.create_identity(&client, "bob@example.com", PASSWORD).await;
    let token = b.native_login(&client, "bob@example.com", PASSWORD).await["session_token"]
        .as_str()
        .unwrap()
        .to_string();
    let whoami = || client.get(format!("{}/sessions/whoami", a.public)).header("X-Session-Token", &token);
    assert_eq!(whoami().send().await.unwrap().status(), StatusCode::OK);
    // A node on a shared file keeps no sessions in memory: a logout on the other is seen at once.
    let logout = client
        .delete(format!("{}/self-service/logout/api", b.public))
        .json(&serde_json::json!({ "session_token": token }));
    assert_eq!(logout.send().await.unwrap().status(), StatusCode::NO_CONTENT);
    assert_eq!(whoami().send().await.unwrap().status(), StatusCode::UNAUTHORIZED);
    drop((a, b));
    std::fs::remove_dir_all(&dir).unwrap();
}
