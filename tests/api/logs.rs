//! What the server writes to its log: JSON lines, a request id on every line a request wrote,
//! and never a password, a session token or a logout token.

use std::process::Stdio;

use serde_json::{Value, json};

use crate::processes::Node;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_full_login_logs_no_secret_at_the_most_verbose_level() {
    let dir = std::env::temp_dir().join(format!("portcullis-logs-{}", uuid::Uuid::new_v4()));
    std::fs::create_dir_all(&dir).unwrap();
    let log_path = dir.join("portcullis.log");
    let log = std::fs::File::create(&log_path).unwrap();
    let node =
        Node::spawn_with("memory", &[("LOG_LEVEL", "trace"), ("LOG_FORMAT", "json")], Stdio::from(log)).await;
    let http = reqwest::Client::new();
    let password = "log-canary-Pa55word-7d1f";
    node.create_identity(&http, "canary@example.com", password).await;
    let mut secrets = vec![password.to_string()];
    for attempt in [password, "a-wrong-canary-password"] {
        let answer = node.native_login(&http, "canary@example.com", attempt).await;
        if let Some(token) = answer["session_token"].as_str() {
            secrets.push(token.to_string());
        }
        secrets.push(attempt.to_string());
    }
    assert_eq!(secrets.len(), 4, "the right password signed in");
    let token = secrets[1].clone();
    let whoami = http.get(format!("{}/sessions/whoami", node.public)).header("X-Session-Token", &token);
    assert_eq!(whoami.send().await.unwrap().status(), 200);
    let logout = http
        .delete(format!("{}/self-service/logout/api", node.public))
        .json(&json!({ "session_token": token }));
    assert_eq!(logout.send().await.unwrap().status(), 204);
    drop(node);

    let text = std::fs::read_to_string(&log_path).unwrap();
    let lines: Vec<Value> = text
        .lines()
        .map(|line| serde_json::from_str(line).unwrap_or_else(|e| panic!("not a JSON line ({e}): {line}")))
        .collect();
    assert!(lines.len() > 20, "trace level logs every request: {} lines", lines.len());
    for secret in &secrets {
        let random_part = secret.strip_prefix("ory_st_").unwrap_or(secret);
        assert!(!text.contains(random_part), "the log contains a secret ({}...)", &secret[..4]);
    }
    // Every line written inside a request names it (the outermost span is the request's).
    let in_requests: Vec<&Value> = lines.iter().filter(|l| l["spans"][0]["name"] == "request").collect();
    assert!(in_requests.len() > 10, "{} request lines", in_requests.len());
    for line in in_requests {
        let id = line["spans"][0]["request_id"].as_str().unwrap_or_default();
        assert_eq!(id.len(), 36, "no request id: {line}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}
