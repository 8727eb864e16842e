//! Starting a server and speaking to it; helpers are named after operationIds.

use std::sync::Arc;

use chrono::DurationRound;
use portcullis::app::{self, RunningServer};
use portcullis::clock::ManualClock;
use portcullis::config::{ByteSize, Config};
use reqwest::{Client, Response, StatusCode};
use serde_json::{Value, json};

use crate::contract::assert_matches;

pub const PASSWORD: &str = "correct horse battery staple";

pub use crate::common::Backend;
use crate::common::TestDsn;

pub struct TestServer {
    pub public: String,
    pub admin: String,
    pub clock: Arc<ManualClock>,
    pub http: Client,
    server: Option<RunningServer>,
    dsn: Option<TestDsn>,
}

impl TestServer {
    pub async fn start(backend: Backend) -> Self {
        Self::start_with(backend, |_| {}).await
    }

    pub async fn start_with(backend: Backend, adjust: impl FnOnce(&mut Config)) -> Self {
        // Warnings and errors of the server go to the test's captured output.
        let _ = tracing_subscriber::fmt().with_env_filter("warn").with_test_writer().try_init();
        // Development mode: cookies without `Secure`, so the test client sends them over HTTP.
        let dsn = backend.fresh_dsn().expect("the backend is configured");
        let mut config = Config { dsn: dsn.dsn.clone(), dev: true, ..Config::default() };
        config.serve.public.port = 0;
        config.serve.admin.port = 0;
        // Cheap hashing keeps the suite fast; the parameters themselves are tested elsewhere.
        config.hashers.argon2.memory = ByteSize::kib(64);
        config.hashers.argon2.iterations = 1;
        // Cases stop their server with nothing in flight: no need to linger for late requests.
        config.serve.shutdown_timeout = chrono::Duration::milliseconds(50);
        adjust(&mut config);
        // The real time to start with: servers with TTL indexes (SecantusDB) really delete
        // records whose expiry lies in the past, whatever the server's own clock says.
        let start = chrono::Utc::now().duration_trunc(chrono::Duration::seconds(1)).unwrap();
        let clock = Arc::new(ManualClock::new(start));
        let server = app::start(config, clock.clone()).await.expect("server starts");
        let http = Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
        Self {
            public: format!("http://{}", server.public_addr),
            admin: format!("http://{}", server.admin_addr),
            clock,
            http,
            server: Some(server),
            dsn: Some(dsn),
        }
    }

    /// The public listener's `host:port`, for tests that speak raw TCP.
    pub fn public_socket(&self) -> String {
        self.public.trim_start_matches("http://").to_string()
    }

    pub async fn stop(mut self) {
        if let Some(server) = self.server.take() {
            server.shutdown().await;
        }
        if let Some(dsn) = self.dsn.take() {
            dsn.cleanup().await;
        }
    }

    /// Everything the backend stored, as text (`None` for the in-memory store): the SQLite
    /// files, or every document of the MongoDB database.
    pub async fn store_dump(&self) -> Option<String> {
        match &self.dsn.as_ref()?.dsn {
            portcullis::config::Dsn::Memory => None,
            portcullis::config::Dsn::Sqlite { path, .. } => {
                let mut text = String::new();
                for suffix in ["", "-wal"] {
                    if let Ok(bytes) = std::fs::read(format!("{}{suffix}", path.display())) {
                        text.push_str(&String::from_utf8_lossy(&bytes));
                    }
                }
                Some(text)
            }
            portcullis::config::Dsn::Mongo(url) => {
                let client = mongodb::Client::with_uri_str(url).await.unwrap();
                let db = client.default_database().unwrap();
                let mut text = String::new();
                for name in db.list_collection_names().await.unwrap() {
                    let collection = db.collection::<mongodb::bson::Document>(&name);
                    let mut cursor = collection.find(mongodb::bson::doc! {}).await.unwrap();
                    while cursor.advance().await.unwrap() {
                        text.push_str(&format!("{:?}", cursor.deserialize_current().unwrap()));
                    }
                }
                Some(text)
            }
        }
    }

    /// A new browser: its own cookie jar, no redirect following.
    pub fn browser(&self) -> Client {
        Client::builder().cookie_store(true).redirect(reqwest::redirect::Policy::none()).build().unwrap()
    }

    /// createBrowserLoginFlow as a single-page app (JSON); returns the flow.
    pub async fn create_browser_login_flow(&self, browser: &Client) -> Value {
        let url = format!("{}/self-service/login/browser", self.public);
        let response = browser.get(url).header("Accept", "application/json").send().await.unwrap();
        assert_eq!(response.status(), StatusCode::OK);
        json_of(response, "loginFlow").await
    }

    /// updateLoginFlow as an HTML form post from `browser`.
    pub async fn submit_form(&self, browser: &Client, flow: &Value, fields: &[(&str, &str)]) -> Response {
        let url = format!("{}/self-service/login?flow={}", self.public, flow["id"].as_str().unwrap());
        browser.post(url).form(fields).send().await.unwrap()
    }

    /// A browser signed in as `identifier` through the form.
    pub async fn browser_login(&self, identifier: &str) -> Client {
        let browser = self.browser();
        let flow = self.create_browser_login_flow(&browser).await;
        let csrf =
            crate::support::node(&flow, "csrf_token")["attributes"]["value"].as_str().unwrap().to_string();
        let fields = [
            ("method", "password"),
            ("identifier", identifier),
            ("password", PASSWORD),
            ("csrf_token", &csrf),
        ];
        let response = self.submit_form(&browser, &flow, &fields).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER);
        browser
    }

    /// createIdentity with a plain password; returns the identity JSON.
    pub async fn create_identity(&self, email: &str) -> Value {
        let body = identity_with_password(email, PASSWORD);
        let response =
            self.http.post(format!("{}/admin/identities", self.admin)).json(&body).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::CREATED);
        json_of(response, "identity").await
    }

    /// createNativeLoginFlow; returns the flow JSON.
    pub async fn create_native_login_flow(&self) -> Value {
        let response = self.http.get(format!("{}/self-service/login/api", self.public)).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::OK);
        json_of(response, "loginFlow").await
    }

    /// updateLoginFlow with a JSON body.
    pub async fn update_login_flow(&self, flow: &Value, body: Value) -> Response {
        self.update_login_flow_as(flow, None, body).await
    }

    /// updateLoginFlow with a JSON body, carrying a session token when given.
    pub async fn update_login_flow_as(&self, flow: &Value, token: Option<&str>, body: Value) -> Response {
        let id = flow["id"].as_str().unwrap();
        let mut request = self.http.post(format!("{}/self-service/login?flow={id}", self.public)).json(&body);
        if let Some(token) = token {
            request = request.header("X-Session-Token", token);
        }
        request.send().await.unwrap()
    }

    /// getIdentity with `include_credential=password`: the stored password hash.
    pub async fn stored_password_hash(&self, identity_id: &str) -> String {
        let url = format!("{}/admin/identities/{identity_id}?include_credential=password", self.admin);
        let identity = json_of(self.http.get(url).send().await.unwrap(), "identity").await;
        identity["credentials"]["password"]["config"]["hashed_password"].as_str().unwrap().to_string()
    }

    /// A complete native login; returns the session token.
    pub async fn login(&self, identifier: &str) -> String {
        self.login_with(identifier, PASSWORD).await
    }

    pub async fn login_with(&self, identifier: &str, password: &str) -> String {
        let flow = self.create_native_login_flow().await;
        let response = self
            .update_login_flow(
                &flow,
                json!({"method": "password", "identifier": identifier, "password": password}),
            )
            .await;
        assert_eq!(response.status(), StatusCode::OK);
        let body = json_of(response, "successfulNativeLogin").await;
        body["session_token"].as_str().unwrap().to_string()
    }

    /// createNativeLoginFlow with `refresh=true` for the session of `token`: the loginFlow.
    pub async fn refresh_flow(&self, token: &str) -> Value {
        let create = self
            .http
            .get(format!("{}/self-service/login/api?refresh=true", self.public))
            .header("X-Session-Token", token)
            .send()
            .await
            .unwrap();
        json_of(create, "loginFlow").await
    }

    /// The value of one series (name and labels as Prometheus writes them) on the admin listener.
    pub async fn metric(&self, series: &str) -> f64 {
        let url = format!("{}/admin/metrics/prometheus", self.admin);
        let text = self.http.get(url).send().await.unwrap().text().await.unwrap();
        let line =
            text.lines().find_map(|line| line.strip_prefix(series)).unwrap_or_else(|| panic!("no {series}"));
        line.trim().parse().unwrap()
    }

    /// toSession with a token in `X-Session-Token`.
    pub async fn to_session(&self, token: &str) -> Response {
        self.http
            .get(format!("{}/sessions/whoami", self.public))
            .header("X-Session-Token", token)
            .send()
            .await
            .unwrap()
    }
}

/// A createIdentity body: the default schema, an email trait and a plain password.
pub fn identity_with_password(email: &str, password: &str) -> Value {
    json!({
        "schema_id": "default",
        "traits": { "email": email },
        "credentials": { "password": { "config": { "password": password } } }
    })
}

/// Reads a JSON body and checks it against the named schema of openapi.yaml.
pub async fn json_of(response: Response, schema: &str) -> Value {
    let content_type = response.headers().get("content-type").map(|v| v.to_str().unwrap().to_string());
    assert!(content_type.as_deref().is_some_and(|ct| ct.starts_with("application/json")), "{content_type:?}");
    let body: Value = response.json().await.unwrap();
    assert_matches(schema, &body);
    body
}

/// Reads an error body, checks its shape, and returns `error`.
pub async fn error_of(response: Response, status: StatusCode) -> Value {
    assert_eq!(response.status(), status);
    let id_header = response.headers().get("ory-error-id").map(|v| v.to_str().unwrap().to_string());
    let body = json_of(response, "errorGeneric").await;
    assert_eq!(body["error"]["code"], json!(status.as_u16()));
    assert_eq!(id_header.as_deref(), body["error"]["id"].as_str(), "Ory-Error-Id mirrors error.id");
    body["error"].clone()
}

/// Message ids, global and per node, of a flow.
pub fn message_ids(flow: &Value) -> Vec<i64> {
    let mut ids: Vec<i64> =
        flow["ui"]["messages"].as_array().into_iter().flatten().map(|m| m["id"].as_i64().unwrap()).collect();
    for node in flow["ui"]["nodes"].as_array().unwrap() {
        ids.extend(node["messages"].as_array().unwrap().iter().map(|m| m["id"].as_i64().unwrap()));
    }
    ids
}

pub fn node<'a>(flow: &'a Value, name: &str) -> &'a Value {
    flow["ui"]["nodes"].as_array().unwrap().iter().find(|n| n["attributes"]["name"] == name).unwrap()
}

/// The `Set-Cookie` headers of a response whose cookie name starts with `prefix`.
pub fn set_cookies(response: &Response, prefix: &str) -> Vec<String> {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_string())
        .filter(|c| c.starts_with(prefix))
        .collect()
}

pub fn location(response: &Response) -> String {
    response.headers()["location"].to_str().unwrap().to_string()
}

pub fn csrf_value(flow: &Value) -> String {
    node(flow, "csrf_token")["attributes"]["value"].as_str().unwrap().to_string()
}
