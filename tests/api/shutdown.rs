//! Graceful shutdown of a real process: a SIGTERM while logins and session checks run fails no
//! request. Once the listener has closed, new connections are refused, which tells a client
//! (or a balancer) that nothing was processed; everything accepted before is answered.

use std::process::Stdio;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;

use serde_json::json;
use tokio::sync::Mutex;

use crate::processes::Node;

const PASSWORD: &str = "shutdown-Pa55word";
const WORKERS: usize = 8;

#[derive(Default)]
struct Tally {
    answered: AtomicUsize,
    answered_after_signal: AtomicUsize,
    refused: AtomicUsize,
    failures: Mutex<Vec<String>>,
}

/// One request's fate: answered (any 2xx), refused at connect (the listener is gone: the worker
/// stops), or failed (anything else: the test fails).
async fn record(tally: &Tally, signalled: &AtomicBool, result: reqwest::Result<reqwest::Response>) -> bool {
    match result {
        Ok(response) if response.status().is_success() => match response.bytes().await {
            Ok(_) => {
                tally.answered.fetch_add(1, Ordering::Relaxed);
                if signalled.load(Ordering::Relaxed) {
                    tally.answered_after_signal.fetch_add(1, Ordering::Relaxed);
                }
                true
            }
            Err(e) => {
                tally.failures.lock().await.push(format!("body cut off: {e}"));
                false
            }
        },
        Ok(response) => {
            let status = response.status();
            tally
                .failures
                .lock()
                .await
                .push(format!("{status}: {}", response.text().await.unwrap_or_default()));
            false
        }
        Err(e) if e.is_connect() => {
            tally.refused.fetch_add(1, Ordering::Relaxed);
            false
        }
        Err(e) => {
            tally.failures.lock().await.push(format!("{e:?}"));
            false
        }
    }
}

/// Alternates session checks and full native logins until the server refuses a connection.
async fn worker(node: Arc<(String, String)>, token: String, tally: Arc<Tally>, signalled: Arc<AtomicBool>) {
    let (public, _) = &*node;
    let http = reqwest::Client::new();
    loop {
        let whoami = http.get(format!("{public}/sessions/whoami")).header("X-Session-Token", &token);
        if !record(&tally, &signalled, whoami.send().await).await {
            return;
        }
        let created = http.get(format!("{public}/self-service/login/api")).send().await;
        let flow = match created {
            Ok(response) if response.status().is_success() => {
                let flow: serde_json::Value = response.json().await.unwrap_or_default();
                tally.answered.fetch_add(1, Ordering::Relaxed);
                flow["id"].as_str().unwrap_or_default().to_string()
            }
            other => {
                record(&tally, &signalled, other).await;
                return;
            }
        };
        let body = json!({ "method": "password", "identifier": "drain@example.com", "password": PASSWORD });
        let submit = http.post(format!("{public}/self-service/login?flow={flow}")).json(&body);
        if !record(&tally, &signalled, submit.send().await).await {
            return;
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_sigterm_under_load_fails_no_request() {
    let dir = std::env::temp_dir().join(format!("portcullis-shutdown-{}", uuid::Uuid::new_v4()));
    std::fs::create_dir_all(&dir).unwrap();
    let dsn = format!("sqlite://{}", dir.join("store.sqlite").display());
    // The default hashing cost, so that logins are in flight when the signal comes.
    let env = [("LOG_LEVEL", "error"), ("HASHERS_ARGON2_MEMORY", "19MB"), ("HASHERS_ARGON2_ITERATIONS", "2")];
    let mut node = Node::spawn_with(&dsn, &env, Stdio::inherit()).await;
    let http = reqwest::Client::new();
    node.create_identity(&http, "drain@example.com", PASSWORD).await;
    let token = node.native_login(&http, "drain@example.com", PASSWORD).await["session_token"]
        .as_str()
        .unwrap()
        .to_string();

    let tally = Arc::new(Tally::default());
    let signalled = Arc::new(AtomicBool::new(false));
    let urls = Arc::new((node.public.clone(), node.admin.clone()));
    let workers: Vec<_> = (0..WORKERS)
        .map(|_| tokio::spawn(worker(urls.clone(), token.clone(), tally.clone(), signalled.clone())))
        .collect();
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let before = tally.answered.load(Ordering::Relaxed);
    signalled.store(true, Ordering::Relaxed);
    node.terminate();
    for worker in workers {
        tokio::time::timeout(Duration::from_secs(30), worker).await.expect("workers stop").unwrap();
    }
    let status = node.exit_status(Duration::from_secs(25)).await;

    let failures = tally.failures.lock().await;
    assert!(failures.is_empty(), "{} requests failed during shutdown: {failures:#?}", failures.len());
    assert!(status.success(), "exit status {status}");
    assert!(before > 20, "the load ran: {before} answers before the signal");
    assert_eq!(tally.refused.load(Ordering::Relaxed), WORKERS, "every worker ended on a refused connection");
    assert!(
        tally.answered_after_signal.load(Ordering::Relaxed) > 0,
        "requests in flight at the signal were answered"
    );
    drop(node);

    // Everything answered was stored: the session still works after a restart.
    let node = Node::spawn_with(&dsn, &[("LOG_LEVEL", "error")], Stdio::inherit()).await;
    let whoami = http.get(format!("{}/sessions/whoami", node.public)).header("X-Session-Token", &token);
    assert_eq!(whoami.send().await.unwrap().status(), 200);
    drop(node);
    let _ = std::fs::remove_dir_all(&dir);
}

/// The half second after the listener closes: a request that was already on its way over a
/// kept-alive connection is still read and answered, and the answer closes the connection.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_request_already_on_its_way_is_answered_while_stopping() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    use tokio::net::TcpStream;

    let s = crate::support::TestServer::start_with(crate::support::Backend::Memory, |c| {
        c.serve.shutdown_timeout = chrono::Duration::seconds(5);
    })
    .await;
    let addr = s.public_socket();
    let request = b"GET /health/alive HTTP/1.1\r\nHost: x\r\n\r\n";
    let mut stream = TcpStream::connect(&addr).await.unwrap();
    stream.write_all(request).await.unwrap();
    let mut first = [0u8; 1024];
    let read = stream.read(&mut first).await.unwrap();
    assert!(String::from_utf8_lossy(&first[..read]).starts_with("HTTP/1.1 200"));

    let stopping = tokio::spawn(s.stop());
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert!(TcpStream::connect(&addr).await.is_err(), "new connections are refused");
    stream.write_all(request).await.unwrap();
    let mut answer = Vec::new();
    tokio::time::timeout(Duration::from_secs(5), stream.read_to_end(&mut answer)).await.unwrap().unwrap();
    let answer = String::from_utf8_lossy(&answer).to_lowercase();
    assert!(answer.starts_with("http/1.1 200"), "{answer}");
    assert!(answer.contains("connection: close"), "{answer}");
    stopping.await.unwrap();
}

/// A request still running when `serve.shutdown_timeout` runs out loses its connection then;
/// the stop does not wait for it, nor leave it open.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stop_closes_connections_still_busy_at_its_deadline() {
    use std::time::Instant;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    use tokio::net::TcpStream;

    let s = crate::support::TestServer::start_with(crate::support::Backend::Memory, |c| {
        c.serve.shutdown_timeout = chrono::Duration::milliseconds(300);
    })
    .await;
    let addr = s.public_socket();
    // A submission whose body never finishes arriving keeps its handler waiting.
    let mut stream = TcpStream::connect(&addr).await.unwrap();
    stream.write_all(crate::limits::STALLED_SUBMISSION.as_bytes()).await.unwrap();
    tokio::time::sleep(Duration::from_millis(100)).await;

    let started = Instant::now();
    s.stop().await;
    assert!(started.elapsed() < Duration::from_secs(2), "the stop took {:?}", started.elapsed());
    let mut buffer = [0u8; 256];
    let read = tokio::time::timeout(Duration::from_secs(2), stream.read(&mut buffer)).await;
    assert!(matches!(read, Ok(Ok(0) | Err(_))), "the connection is still open: {read:?}");
}
