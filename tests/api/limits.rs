//! Limits: identifier and password lengths, the cap on open flows per client, whose word is
//! taken for the client's address, and what a connection may send (head size, slow clients).

use std::time::{Duration, Instant};

use reqwest::StatusCode;
use serde_json::json;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use portcullis::clock::Clock;

use crate::support::{
    Backend, PASSWORD, TestServer, error_of, identity_with_password, json_of, message_ids, node,
};

const MAX_LENGTH: i64 = 4000017;
const INVALID_CREDENTIALS: i64 = 4000006;

fn password_login(identifier: &str, password: &str) -> serde_json::Value {
    json!({ "method": "password", "identifier": identifier, "password": password })
}

http_test!(an_over_long_identifier_is_refused_and_not_stored_whole(backend) {
    let s = TestServer::start_with(backend, |c| c.limits.max_identifier_length = 64).await;
    let flow = s.create_native_login_flow().await;
    let identifier = format!("{}@example.com", "é".repeat(100));
    let response = s.update_login_flow(&flow, password_login(&identifier, PASSWORD)).await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    let flow = json_of(response, "loginFlow").await;
    let field = node(&flow, "identifier");
    assert_eq!(field["messages"][0]["id"], json!(MAX_LENGTH));
    assert_eq!(field["messages"][0]["text"], json!("length must be <= 64, but got 112"));
    assert_eq!(field["messages"][0]["context"], json!({ "max_length": 64, "actual_length": 112 }));
    // Only the first 64 characters are echoed back and kept with the flow.
    assert_eq!(field["attributes"]["value"], json!("é".repeat(64)));
    if let Some(dump) = s.store_dump().await {
        assert!(!dump.contains(&"é".repeat(65)), "the whole identifier was stored");
    }
    s.stop().await;
});

http_test!(an_over_long_password_is_wrong_without_being_counted(backend) {
    let s = TestServer::start_with(backend, |c| {
        c.limits.max_password_length = 64;
        c.security.brute_force.max_attempts_per_identifier = 2;
    })
    .await;
    s.create_identity("long@example.com").await;
    let long = "x".repeat(65);
    for _ in 0..5 {
        let flow = s.create_native_login_flow().await;
        let response = s.update_login_flow(&flow, password_login("long@example.com", &long)).await;
        assert_eq!(response.status(), StatusCode::BAD_REQUEST);
        assert_eq!(message_ids(&json_of(response, "loginFlow").await), vec![INVALID_CREDENTIALS]);
    }
    // Five refusals, yet the limit of two attempts was not reached: none was a guess.
    s.login("long@example.com").await;
    s.stop().await;
});

http_test!(identities_are_held_to_the_login_limits(backend) {
    let s = TestServer::start_with(backend, |c| {
        c.limits.max_identifier_length = 32;
        c.limits.max_password_length = 64;
    })
    .await;
    let create = |email: String, password: String| {
        let body = identity_with_password(&email, &password);
        s.http.post(format!("{}/admin/identities", s.admin)).json(&body).send()
    };
    let long_email = format!("{}@example.com", "a".repeat(30));
    let error = error_of(create(long_email, PASSWORD.into()).await.unwrap(), StatusCode::BAD_REQUEST).await;
    assert!(error["reason"].as_str().unwrap().contains("must be <= 32, but got 42"), "{error}");
    let response = create("ok@example.com".into(), "y".repeat(65)).await.unwrap();
    let error = error_of(response, StatusCode::BAD_REQUEST).await;
    assert_eq!(error["reason"], json!("The password must be at most 64 characters long, but got 65."));
    // Nothing was stored: the identifier is still free.
    s.create_identity("ok@example.com").await;
    s.stop().await;
});

http_test!(a_client_can_hold_only_so_many_open_flows(backend) {
    let s = TestServer::start_with(backend, |c| c.limits.max_open_flows_per_address = 3).await;
    let create = |path: &'static str, address: &'static str| {
        s.http
            .get(format!("{}/self-service/login/{path}", s.public))
            .header("Accept", "application/json")
            .header("X-Forwarded-For", address)
            .send()
    };
    // Counting windows are one flow lifespan (1h) long: start at the top of an hour.
    let now = s.clock.now().timestamp();
    s.clock.advance(chrono::Duration::seconds(3600 - now.rem_euclid(3600)));
    for path in ["api", "browser", "api"] {
        assert_eq!(create(path, "203.0.113.1").await.unwrap().status(), StatusCode::OK);
    }
    for path in ["api", "browser"] {
        let response = create(path, "203.0.113.1").await.unwrap();
        let retry_after: u64 = response.headers()["retry-after"].to_str().unwrap().parse().unwrap();
        // The three fade out of the count over the next hour; the first has faded at its start.
        assert_eq!(retry_after, 3600);
        let error = error_of(response, StatusCode::TOO_MANY_REQUESTS).await;
        assert!(error["reason"].as_str().unwrap().starts_with("Too many login flows"), "{error}");
    }
    // Other clients are not affected, and the refused ones did not start a flow.
    assert_eq!(create("api", "203.0.113.2").await.unwrap().status(), StatusCode::OK);
    s.stop().await;
});

/// With no trusted proxies, `X-Forwarded-For` is the client's say-so and is ignored: a client
/// cannot escape the cap (or the brute-force limits) by inventing addresses.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_untrusted_client_cannot_pose_as_other_addresses() {
    let s = TestServer::start_with(Backend::Memory, |c| {
        c.serve.trusted_proxies.clear();
        c.limits.max_open_flows_per_address = 2;
    })
    .await;
    let mut statuses = Vec::new();
    for n in 0..3 {
        let response = s
            .http
            .get(format!("{}/self-service/login/api", s.public))
            .header("X-Forwarded-For", format!("198.51.100.{n}"))
            .header("X-Real-IP", format!("198.51.100.{n}"))
            .send()
            .await
            .unwrap();
        statuses.push(response.status().as_u16());
    }
    assert_eq!(statuses, [200, 200, 429]);
    s.stop().await;
}

/// A login submission that announces 100 bytes of body and sends ten.
pub const STALLED_SUBMISSION: &str = "POST /self-service/login?flow=7f2e1c8a-2a5c-4f55-9d8e-5a7f0a1f3b2c HTTP/1.1\r\n\
    Host: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"method\":";

/// Sends `head` on a new connection and returns everything the server answers until it closes
/// the connection (or `limit` passes), with the time that took.
async fn exchange(addr: &str, head: &[u8], limit: Duration) -> (String, Duration) {
    let mut stream = TcpStream::connect(addr).await.unwrap();
    let started = Instant::now();
    stream.write_all(head).await.unwrap();
    let mut answer = Vec::new();
    let _ = tokio::time::timeout(limit, stream.read_to_end(&mut answer)).await;
    (String::from_utf8_lossy(&answer).into_owned(), started.elapsed())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_oversized_request_head_gets_431() {
    let s = TestServer::start_with(Backend::Memory, |c| {
        c.limits.max_header_size = portcullis::config::ByteSize::kib(16);
    })
    .await;
    let cookie = "a".repeat(20 * 1024);
    let head = format!("GET /health/alive HTTP/1.1\r\nHost: x\r\nCookie: c={cookie}\r\n\r\n");
    let (answer, _) = exchange(&s.public_socket(), head.as_bytes(), Duration::from_secs(10)).await;
    assert!(answer.starts_with("HTTP/1.1 431"), "{answer}");
    // Within the limit, the same request is served.
    let small = "GET /health/alive HTTP/1.1\r\nHost: x\r\nCookie: c=a\r\nConnection: close\r\n\r\n";
    let (answer, _) = exchange(&s.public_socket(), small.as_bytes(), Duration::from_secs(10)).await;
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slow_and_idle_clients_are_cut_off() {
    let s = TestServer::start_with(Backend::Memory, |c| {
        c.limits.read_header_timeout = chrono::Duration::seconds(1);
        c.limits.read_body_timeout = chrono::Duration::seconds(1);
    })
    .await;
    let addr = s.public_socket();
    // A head that never completes: the connection closes after the header timeout.
    let (answer, took) =
        exchange(&addr, b"GET /health/alive HTTP/1.1\r\nHost: x\r\n", Duration::from_secs(10)).await;
    assert!(!answer.contains("200 OK"), "{answer}");
    assert!(took >= Duration::from_millis(900) && took < Duration::from_secs(5), "{took:?}");
    // A kept-alive connection that sends nothing more closes after the same time.
    let (answer, took) =
        exchange(&addr, b"GET /health/alive HTTP/1.1\r\nHost: x\r\n\r\n", Duration::from_secs(10)).await;
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    assert!(took >= Duration::from_millis(900) && took < Duration::from_secs(5), "{took:?}");
    // A body that stops arriving: Kratos's 400 for an unreadable body, then the connection closes.
    let (answer, took) = exchange(&addr, STALLED_SUBMISSION.as_bytes(), Duration::from_secs(10)).await;
    assert!(answer.starts_with("HTTP/1.1 400"), "{answer}");
    assert!(took >= Duration::from_millis(900) && took < Duration::from_secs(5), "{took:?}");
    s.stop().await;
}
