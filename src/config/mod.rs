//! Typed configuration with Kratos's key names, so that a `kratos.yml` mostly works.
//!
//! Values come from built-in defaults, then an optional YAML file, then the environment
//! variables of [`env::ENV_TABLE`]. Unknown keys are reported (as warnings), invalid values stop
//! startup with an error naming the key. Nothing here reads globals after loading: the
//! composition root hands each service the part it needs. Depends on no other module.

mod env;
mod load;
mod values;

use std::net::SocketAddr;
use std::path::PathBuf;

use serde::Deserialize;
use url::Url;

pub use env::ENV_TABLE;
pub use load::{ConfigError, Loaded, load, load_from_str};
pub use values::{ByteSize, Secret, duration};

/// How many checked sessions a SQLite store keeps in memory unless its DSN says otherwise
/// (`?kept_sessions=N`). A kept session with an identity of a few traits takes about 1.5 KiB:
/// a full map added 24 MiB to the server's resident memory in a run over 20,000 sessions.
pub const DEFAULT_KEPT_SESSIONS: usize = 16_384;

/// Where everything is stored. `memory` is ephemeral, `sqlite://PATH` persistent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Dsn {
    Memory,
    /// `sqlite://PATH`: no other process may open the file while this one runs on it, unless
    /// every DSN says `?shared=true` (a file lock per read then, and no sessions kept in memory).
    Sqlite {
        path: PathBuf,
        shared: bool,
        /// At most this many of the sessions checked lately are kept in memory with their
        /// identities (`?kept_sessions=N`, 0 for none); always 0 when `shared`.
        kept_sessions: usize,
    },
    /// A MongoDB connection string (`mongodb://` or `mongodb+srv://`).
    Mongo(String),
}

impl Default for Dsn {
    fn default() -> Self {
        Dsn::sqlite("portcullis.sqlite")
    }
}

impl Dsn {
    /// `sqlite://PATH` with the defaults: the file kept to this process, sessions kept in memory.
    pub fn sqlite(path: impl Into<PathBuf>) -> Self {
        Dsn::Sqlite { path: path.into(), shared: false, kept_sessions: DEFAULT_KEPT_SESSIONS }
    }
}

impl std::fmt::Display for Dsn {
    /// The DSN without credentials, for logs.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Dsn::Memory => f.write_str("memory"),
            Dsn::Sqlite { path, shared: true, .. } => write!(f, "sqlite://{}?shared=true", path.display()),
            Dsn::Sqlite { path, kept_sessions: DEFAULT_KEPT_SESSIONS, .. } => {
                write!(f, "sqlite://{}", path.display())
            }
            Dsn::Sqlite { path, kept_sessions, .. } => {
                write!(f, "sqlite://{}?kept_sessions={kept_sessions}", path.display())
            }
            Dsn::Mongo(url) => match url.split_once('@') {
                Some((scheme_and_user, rest)) => {
                    let scheme = scheme_and_user.split("://").next().unwrap_or("mongodb");
                    write!(f, "{scheme}://***@{rest}")
                }
                None => f.write_str(url),
            },
        }
    }
}

impl std::str::FromStr for Dsn {
    type Err = String;

    fn from_str(raw: &str) -> Result<Self, Self::Err> {
        if raw == "memory" {
            return Ok(Dsn::Memory);
        }
        if let Some(rest) = raw.strip_prefix("sqlite://") {
            // Kratos DSNs may carry driver options (`?_fk=true&mode=rwc`): the path is what
            // counts, and `shared` and `kept_sessions`, which are ours.
            let (path, options) = rest.split_once('?').unwrap_or((rest, ""));
            if path.is_empty() {
                return Err("a sqlite DSN needs a file path: sqlite://PATH".into());
            }
            let option = |name: &str| {
                url::form_urlencoded::parse(options.as_bytes()).find(|(key, _)| key == name).map(|(_, v)| v)
            };
            let shared = match option("shared").as_deref() {
                None | Some("false") => false,
                Some("true") => true,
                Some(other) => {
                    return Err(format!("a sqlite DSN's `shared` is `true` or `false`, not `{other}`"));
                }
            };
            let kept_sessions = match option("kept_sessions") {
                None if shared => 0,
                None => DEFAULT_KEPT_SESSIONS,
                Some(raw) => match raw.parse::<usize>() {
                    Ok(count) if shared && count > 0 => {
                        return Err("a shared sqlite file keeps no sessions in memory: `kept_sessions` \
                                    needs `shared=false`"
                            .into());
                    }
                    Ok(count) => count,
                    Err(_) => {
                        return Err(format!(
                            "a sqlite DSN's `kept_sessions` is a number of sessions, not `{raw}`"
                        ));
                    }
                },
            };
            return Ok(Dsn::Sqlite { path: PathBuf::from(path), shared, kept_sessions });
        }
        if raw.starts_with("mongodb://") || raw.starts_with("mongodb+srv://") {
            return Ok(Dsn::Mongo(raw.to_string()));
        }
        Err("unsupported DSN: use `memory`, `sqlite://PATH` or `mongodb://...`".into())
    }
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Config {
    #[serde(deserialize_with = "values::from_str")]
    pub dsn: Dsn,
    pub serve: Serve,
    pub selfservice: SelfService,
    pub session: SessionConfig,
    pub hashers: HashersConfig,
    pub identity: IdentityConfig,
    pub secrets: Secrets,
    pub cookies: CookiesConfig,
    pub log: LogConfig,
    /// Portcullis's own limits (not a Kratos key).
    pub limits: Limits,
    /// Portcullis's own protections (not a Kratos key).
    pub security: SecurityConfig,
    /// Set by `serve --dev`, never by the file.
    #[serde(skip)]
    pub dev: bool,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(default)]
pub struct Serve {
    pub public: ListenerConfig,
    pub admin: ListenerConfig,
    /// Peers whose proxy headers (`X-Forwarded-For`, `X-Real-IP`, ...) name the client. Anyone
    /// else is taken to be the client, whatever headers they send.
    pub trusted_proxies: Vec<ipnet::IpNet>,
    /// How long a shutdown waits for in-flight requests before closing their connections.
    #[serde(deserialize_with = "values::duration::deserialize")]
    pub shutdown_timeout: chrono::Duration,
}

impl Default for Serve {
    fn default() -> Self {
        Self {
            public: ListenerConfig::on_port(4433),
            admin: ListenerConfig::on_port(4434),
            trusted_proxies: DEFAULT_TRUSTED_PROXIES.iter().filter_map(|net| net.parse().ok()).collect(),
            shutdown_timeout: chrono::Duration::seconds(20),
        }
    }
}

/// Loopback and private networks: a reverse proxy or load balancer in front of Portcullis
/// usually connects from one of these.
const DEFAULT_TRUSTED_PROXIES: &[&str] =
    &["127.0.0.0/8", "::1/128", "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "fc00::/7"];

#[derive(Debug, Clone, Deserialize)]
#[serde(default)]
pub struct ListenerConfig {
    pub host: String,
    pub port: u16,
    pub base_url: Option<Url>,
}

impl ListenerConfig {
    fn on_port(port: u16) -> Self {
        Self { host: "127.0.0.1".into(), port, base_url: None }
    }

    /// The address to bind. Port 0 asks the OS for a free port (tests use it).
    pub fn bind_addr(&self) -> Result<SocketAddr, ConfigError> {
        let host = if self.host.is_empty() { "0.0.0.0" } else { &self.host };
        format!("{host}:{}", self.port).parse().or_else(|_| {
            format!("[{host}]:{}", self.port)
                .parse()
                .map_err(|_| ConfigError::invalid("serve.*.host", format!("{host:?} is not an IP address")))
        })
    }
}

impl Default for ListenerConfig {
    fn default() -> Self {
        Self::on_port(0)
    }
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct SelfService {
    pub default_browser_return_url: Option<Url>,
    pub allowed_return_urls: Vec<Url>,
    pub flows: Flows,
    pub methods: Methods,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Flows {
    pub login: LoginFlowConfig,
    pub error: UiOnly,
    pub logout: LogoutFlowConfig,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct LogoutFlowConfig {
    pub after: AfterConfig,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct AfterConfig {
    pub default_browser_return_url: Option<Url>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(default)]
pub struct LoginFlowConfig {
    #[serde(deserialize_with = "values::duration::deserialize")]
    pub lifespan: chrono::Duration,
    pub ui_url: Option<Url>,
}

impl Default for LoginFlowConfig {
    fn default() -> Self {
        Self { lifespan: chrono::Duration::hours(1), ui_url: None }
    }
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct UiOnly {
    pub ui_url: Option<Url>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Methods {
    pub password: MethodToggle,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(default)]
pub struct MethodToggle {
    pub enabled: bool,
}

impl Default for MethodToggle {
    fn default() -> Self {
        Self { enabled: true }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(default)]
pub struct SessionConfig {
    #[serde(deserialize_with = "values::duration::deserialize")]
    pub lifespan: chrono::Duration,
    pub cookie: SessionCookie,
}

impl Default for SessionConfig {
    fn default() -> Self {
        Self { lifespan: chrono::Duration::hours(24), cookie: SessionCookie::default() }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(default)]
pub struct SessionCookie {
    pub name: String,
    /// Unset: `cookies.domain`.
    pub domain: Option<String>,
    /// Unset: `cookies.path`.
    pub path: Option<String>,
    /// Unset: `cookies.same_site`.
    pub same_site: Option<SameSite>,
    /// A persistent cookie lives until the session expires; otherwise until the browser closes.
    pub persistent: bool,
}

impl Default for SessionCookie {
    fn default() -> Self {
        Self {
            name: "ory_kratos_session".into(),
            domain: None,
            path: None,
            same_site: None,
            persistent: true,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub enum SameSite {
    Strict,
    Lax,
    None,
}

/// Attributes shared by every cookie Portcullis sets. `Secure` is set unless `--dev`.
#[derive(Debug, Clone, Deserialize)]
#[serde(default)]
pub struct CookiesConfig {
    pub domain: Option<String>,
    pub path: String,
    pub same_site: SameSite,
}

impl Default for CookiesConfig {
    fn default() -> Self {
        Self { domain: None, path: "/".into(), same_site: SameSite::Lax }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum HashAlgorithm {
    Argon2,
    Bcrypt,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(default)]
pub struct HashersConfig {
    pub algorithm: HashAlgorithm,
    pub argon2: Argon2Config,
    pub bcrypt: BcryptConfig,
}

impl Default for HashersConfig {
    fn default() -> Self {
        Self {
            algorithm: HashAlgorithm::Argon2,
            argon2: Argon2Config::default(),
            bcrypt: BcryptConfig::default(),
        }
    }
}

/// argon2id parameters. The defaults are OWASP's minimum recommendation (m=19 MiB, t=2, p=1),
/// not Kratos's (128 MB, t=1, p=2×cores), which costs far more memory per login.
#[derive(Debug, Clone, Deserialize)]
#[serde(default)]
pub struct Argon2Config {
    pub memory: ByteSize,
    pub iterations: u32,
    pub parallelism: u32,
    pub salt_length: u32,
    pub key_length: u32,
}

impl Default for Argon2Config {
    fn default() -> Self {
        Self {
            memory: ByteSize::kib(19 * 1024),
            iterations: 2,
            parallelism: 1,
            salt_length: 16,
            key_length: 32,
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(default)]
pub struct BcryptConfig {
    pub cost: u32,
}

impl Default for BcryptConfig {
    fn default() -> Self {
        Self { cost: 12 }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(default)]
pub struct IdentityConfig {
    pub default_schema_id: String,
    pub schemas: Vec<SchemaSource>,
}

impl Default for IdentityConfig {
    fn default() -> Self {
        Self { default_schema_id: "default".into(), schemas: Vec::new() }
    }
}

/// An identity schema: `file://PATH` or `base64://...` (no network fetches).
#[derive(Debug, Clone, Deserialize)]
pub struct SchemaSource {
    pub id: String,
    pub url: String,
    /// Whether self-service requests may choose it with `identity_schema`.
    #[serde(default)]
    pub selfservice_selectable: bool,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Secrets {
    pub cookie: Vec<Secret>,
    pub default: Vec<Secret>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(default)]
pub struct LogConfig {
    pub level: String,
    pub format: String,
}

impl Default for LogConfig {
    fn default() -> Self {
        Self { level: "info".into(), format: "json".into() }
    }
}

/// Limits that protect the server from oversized input, slow clients and flooding.
#[derive(Debug, Clone, Deserialize)]
#[serde(default)]
pub struct Limits {
    /// The largest request body accepted, in bytes.
    pub max_body: ByteSize,
    /// The largest request head (request line and headers) accepted, in bytes.
    pub max_header_size: ByteSize,
    /// How long a connection may take to deliver a request head, counted from when it opens or
    /// finished its previous response: so also how long a kept-alive connection may sit idle.
    #[serde(deserialize_with = "values::duration::deserialize")]
    pub read_header_timeout: chrono::Duration,
    /// How long a request body may take to arrive once its head has.
    #[serde(deserialize_with = "values::duration::deserialize")]
    pub read_body_timeout: chrono::Duration,
    /// The longest identifier accepted at login and in a new identity, in characters.
    pub max_identifier_length: usize,
    /// The longest password accepted at login and in a new identity, in UTF-8 bytes.
    pub max_password_length: usize,
    /// Login flows one client address may start per flow lifespan (so, roughly, hold open).
    pub max_open_flows_per_address: u32,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            max_body: ByteSize::kib(1024),
            max_header_size: ByteSize::kib(64),
            read_header_timeout: chrono::Duration::seconds(30),
            read_body_timeout: chrono::Duration::seconds(30),
            max_identifier_length: 255,
            max_password_length: 1024,
            max_open_flows_per_address: 10_000,
        }
    }
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct SecurityConfig {
    pub brute_force: BruteForceConfig,
}

/// Login attempts allowed per identifier and per client address in each fixed window. An
/// attempt over either limit is refused without checking the password; a successful login
/// clears its identifier's count and gives its address's attempt back.
#[derive(Debug, Clone, Deserialize)]
#[serde(default)]
pub struct BruteForceConfig {
    pub enabled: bool,
    #[serde(deserialize_with = "values::duration::deserialize")]
    pub window: chrono::Duration,
    pub max_attempts_per_identifier: u32,
    pub max_attempts_per_address: u32,
}

impl Default for BruteForceConfig {
    fn default() -> Self {
        Self {
            enabled: true,
            window: chrono::Duration::minutes(15),
            max_attempts_per_identifier: 10,
            max_attempts_per_address: 100,
        }
    }
}

impl ListenerConfig {
    /// The base URL clients reach this listener at: the configured one, or one derived from the
    /// address actually bound (so port 0 works). Plain HTTP: TLS is terminated in front.
    pub fn base_url(&self, bound: SocketAddr) -> Result<Url, url::ParseError> {
        if let Some(url) = &self.base_url {
            return Ok(url.clone());
        }
        let ip = match bound.ip() {
            ip if ip.is_unspecified() => std::net::IpAddr::from([127, 0, 0, 1]),
            ip => ip,
        };
        Url::parse(&format!("http://{}/", SocketAddr::new(ip, bound.port())))
    }
}
