//! Real Portcullis processes (the built binary) and a FerretDB process, for the tests of many
//! nodes and of database faults.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// Polls `url` until it answers 200, for at most `limit`.
pub async fn wait_until_ok(url: &str, limit: Duration) {
    let client = reqwest::Client::new();
    let deadline = Instant::now() + limit;
    while Instant::now() < deadline {
        if client.get(url).send().await.is_ok_and(|r| r.status().is_success()) {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("{url} did not answer 200 within {limit:?}");
}

/// A `portcullis serve --dev` process; killed when dropped.
pub struct Node {
    pub public: String,
    pub admin: String,
    child: Child,
}

impl Node {
    pub async fn spawn(dsn: &str) -> Self {
        Self::spawn_with(dsn, &[("LOG_LEVEL", "error")], Stdio::inherit()).await
    }

    /// `portcullis serve --dev` on `dsn`, listening on the given ports.
    pub fn command(dsn: &str, public_port: u16, admin_port: u16) -> Command {
        let mut command = Command::new(env!("CARGO_BIN_EXE_portcullis"));
        command
            .args(["serve", "--dev"])
            .env("DSN", dsn)
            .env("SERVE_PUBLIC_PORT", public_port.to_string())
            .env("SERVE_ADMIN_PORT", admin_port.to_string());
        command
    }

    /// A node with more environment (applied last) and its log sent to `stderr`.
    pub async fn spawn_with(dsn: &str, env: &[(&str, &str)], stderr: Stdio) -> Self {
        let (public_port, admin_port) = (free_port(), free_port());
        let child = Self::command(dsn, public_port, admin_port)
            // Nodes behind one load balancer share one public URL and one cookie secret.
            .env("SERVE_PUBLIC_BASE_URL", "http://127.0.0.1:4433/")
            .env("SECRETS_COOKIE", "shared-cookie-secret-0123456789")
            .env("HASHERS_ARGON2_MEMORY", "64KB")
            .env("HASHERS_ARGON2_ITERATIONS", "1")
            .envs(env.iter().copied())
            .stdout(Stdio::null())
            .stderr(stderr)
            .spawn()
            .expect("the portcullis binary starts");
        let node = Self {
            public: format!("http://127.0.0.1:{public_port}"),
            admin: format!("http://127.0.0.1:{admin_port}"),
            child,
        };
        wait_until_ok(&format!("{}/health/alive", node.public), Duration::from_secs(20)).await;
        node
    }
}

impl Node {
    /// createIdentity on this node's admin API, with a plain password.
    pub async fn create_identity(&self, client: &reqwest::Client, email: &str, password: &str) {
        let body = crate::support::identity_with_password(email, password);
        let r = client.post(format!("{}/admin/identities", self.admin)).json(&body).send().await.unwrap();
        assert_eq!(r.status(), reqwest::StatusCode::CREATED);
    }

    /// createNativeLoginFlow on this node; the flow's id.
    pub async fn native_flow(&self, client: &reqwest::Client) -> String {
        let r = client.get(format!("{}/self-service/login/api", self.public)).send().await.unwrap();
        r.json::<serde_json::Value>().await.unwrap()["id"].as_str().unwrap().to_string()
    }

    /// A native password login on a new flow; the answer's body.
    pub async fn native_login(
        &self,
        client: &reqwest::Client,
        identifier: &str,
        password: &str,
    ) -> serde_json::Value {
        let flow = self.native_flow(client).await;
        let body =
            serde_json::json!({ "method": "password", "identifier": identifier, "password": password });
        let url = format!("{}/self-service/login?flow={flow}", self.public);
        client.post(url).json(&body).send().await.unwrap().json().await.unwrap()
    }
}

impl Node {
    /// Sends SIGTERM, as an orchestrator stopping the node does.
    pub fn terminate(&self) {
        let pid = self.child.id().to_string();
        let status = Command::new("kill").args(["-TERM", &pid]).status().expect("kill runs");
        assert!(status.success(), "kill -TERM {pid}");
    }

    /// Waits for the process to exit by itself, for at most `limit`.
    pub async fn exit_status(&mut self, limit: Duration) -> std::process::ExitStatus {
        let deadline = Instant::now() + limit;
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            assert!(Instant::now() < deadline, "the node did not exit within {limit:?}");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
}

impl Drop for Node {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A FerretDB server of the test's own, so the test can stop and start it.
pub struct FerretDb {
    binary: PathBuf,
    data: PathBuf,
    pub port: u16,
    child: Option<Child>,
}

impl FerretDb {
    /// `None` when `FERRETDB_BIN` is not set (and CI did not require it).
    pub fn binary() -> Option<PathBuf> {
        match std::env::var("FERRETDB_BIN") {
            Ok(path) if !path.is_empty() => Some(PathBuf::from(path)),
            _ => {
                let required = std::env::var("PORTCULLIS_REQUIRE_MONGODB").is_ok_and(|v| v == "1");
                assert!(!required, "PORTCULLIS_REQUIRE_MONGODB=1 but FERRETDB_BIN is not set");
                eprintln!("skipped: FERRETDB_BIN is not set");
                None
            }
        }
    }

    pub fn start(binary: &Path) -> Self {
        let data =
            std::env::temp_dir().join(format!("portcullis-ferretdb-{}", uuid::Uuid::new_v4().simple()));
        std::fs::create_dir_all(&data).unwrap();
        let mut server = Self { binary: binary.to_path_buf(), data, port: free_port(), child: None };
        server.resume();
        server
    }

    /// Starts (again) on the same port and data.
    pub fn resume(&mut self) {
        let child = Command::new(&self.binary)
            .arg("--handler=sqlite")
            .arg(format!("--sqlite-url=file:{}/", self.data.display()))
            .arg(format!("--listen-addr=127.0.0.1:{}", self.port))
            .arg(format!("--state-dir={}", self.data.display()))
            .args(["--telemetry=disable", "--debug-addr=-", "--log-level=error"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("ferretdb starts");
        self.child = Some(child);
        let deadline = Instant::now() + Duration::from_secs(20);
        while std::net::TcpStream::connect(("127.0.0.1", self.port)).is_err() {
            assert!(Instant::now() < deadline, "ferretdb did not listen");
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Stops the server the way an operator would (SIGTERM), and waits for it.
    pub fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = Command::new("kill").arg(child.id().to_string()).status();
            let _ = child.wait();
        }
    }
}

impl Drop for FerretDb {
    fn drop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
        let _ = std::fs::remove_dir_all(&self.data);
    }
}
