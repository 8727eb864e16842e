//! The composition root: configuration -> store -> services -> two listeners.

use std::net::SocketAddr;
use std::sync::Arc;

use tokio::net::TcpListener;
use tokio::sync::watch;
use tokio::task::JoinSet;
use url::Url;

use crate::api::{Api, Services};
use crate::base_url::BaseUrl;
use crate::clock::Clock;
use crate::config::Secret;
use crate::config::{Config, ConfigError};
use crate::credentials::{HashError, HashPool, Hasher, LoginThrottle, PasswordAuthenticator};
use crate::flow::{FlowErrors, LoginService, LoginSettings};
use crate::http::{self, BodyLimits, ConnectionLimits, CookiePolicy, Listener, Shell};
use crate::identity::{CredentialLimits, IdentityService, SchemaError, SchemaRegistry, SchemaSpec};
use crate::pages;
use crate::redirect::ReturnToPolicy;
use crate::session::SessionService;
use crate::store::{self, StoreError};

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error(transparent)]
    Config(#[from] ConfigError),
    #[error(transparent)]
    Schema(#[from] SchemaError),
    #[error("cannot open the store: {0}")]
    Store(#[from] StoreError),
    #[error("invalid hasher configuration: {0}")]
    Hasher(#[from] HashError),
    #[error("cannot listen on {addr}: {source}")]
    Bind { addr: SocketAddr, source: std::io::Error },
    #[error("invalid base URL: {0}")]
    BaseUrl(#[from] url::ParseError),
}

/// A server with both listeners bound and serving.
pub struct RunningServer {
    pub public_addr: SocketAddr,
    pub admin_addr: SocketAddr,
    shutdown: watch::Sender<bool>,
    tasks: JoinSet<()>,
    store: Arc<dyn crate::store::Store>,
}

impl RunningServer {
    /// Stops accepting, lets in-flight requests finish (up to `serve.shutdown_timeout`), waits
    /// for both listeners and the background tasks, then closes the store.
    pub async fn shutdown(mut self) {
        let _ = self.shutdown.send(true);
        while let Some(result) = self.tasks.join_next().await {
            if let Err(e) = result {
                tracing::error!(error = %e, "a server task failed");
            }
        }
        self.store.close().await;
        tracing::info!("stopped");
    }

    /// Waits until a listener stops by itself (it should not).
    pub async fn wait(&mut self) {
        let _ = self.tasks.join_next().await;
    }
}

async fn bind(addr: SocketAddr) -> Result<TcpListener, AppError> {
    TcpListener::bind(addr).await.map_err(|source| AppError::Bind { addr, source })
}

/// Builds everything from the configuration and starts serving.
pub async fn start(config: Config, clock: Arc<dyn Clock>) -> Result<RunningServer, AppError> {
    let public = bind(config.serve.public.bind_addr()?).await?;
    let admin = bind(config.serve.admin.bind_addr()?).await?;
    let (public_addr, admin_addr) = (local_addr(&public)?, local_addr(&admin)?);
    let urls = Urls::resolve(&config, public_addr, admin_addr)?;
    let secrets = cookie_secrets(&config);
    let api = build_api(&config, clock, &urls, &secrets).await?;

    let (body, connections) = limits(&config);
    let shell = Shell {
        body,
        cookies: Arc::new(CookiePolicy::new(&config, urls.public.as_url().as_str(), &secrets)),
        trusted_proxies: config.serve.trusted_proxies.clone().into(),
    };
    let (shutdown, stop) = watch::channel(false);
    let mut tasks = JoinSet::new();
    for (listener, socket) in [(Listener::Public, public), (Listener::Admin, admin)] {
        let service = http::service(api.clone(), listener, &shell);
        tasks.spawn(http::serve(socket, service, connections, stop.clone()));
    }
    tasks.spawn(purge_periodically(api.store.clone(), api.clock.clone(), stop.clone()));
    tracing::info!(public = %public_addr, admin = %admin_addr, base_url = %urls.public.as_url(), dsn = %config.dsn, "serving");
    Ok(RunningServer { public_addr, admin_addr, shutdown, tasks, store: api.store.clone() })
}

fn limits(config: &Config) -> (BodyLimits, ConnectionLimits) {
    let limits = &config.limits;
    let std = |d: chrono::Duration| d.to_std().unwrap_or_default();
    let body = BodyLimits {
        max_size: usize::try_from(limits.max_body.bytes()).unwrap_or(usize::MAX),
        read_timeout: std(limits.read_body_timeout),
    };
    let connections = ConnectionLimits {
        max_header_size: usize::try_from(limits.max_header_size.bytes()).unwrap_or(usize::MAX),
        read_header_timeout: std(limits.read_header_timeout),
        shutdown_timeout: std(config.serve.shutdown_timeout),
    };
    (body, connections)
}

/// How often expired records are collected, and how long after expiry they are kept.
const PURGE_EVERY: std::time::Duration = std::time::Duration::from_secs(15 * 60);
const KEEP_EXPIRED: chrono::Duration = chrono::Duration::hours(24);

/// Garbage collection for every backend (TTL indexes, where a server has them, only help).
async fn purge_periodically(
    store: Arc<dyn crate::store::Store>,
    clock: Arc<dyn Clock>,
    mut stop: watch::Receiver<bool>,
) {
    let mut interval = tokio::time::interval(PURGE_EVERY);
    loop {
        tokio::select! {
            _ = interval.tick() => match store.purge_expired(clock.now() - KEEP_EXPIRED).await {
                Ok(0) => {}
                Ok(removed) => tracing::info!(removed, "purged expired records"),
                Err(e) => tracing::warn!(error = %e, "purging expired records failed"),
            },
            changed = stop.changed() => {
                if changed.is_err() || *stop.borrow() {
                    return;
                }
            }
        }
    }
}

/// The URLs the server hands out, with the built-in pages as defaults for the UI URLs.
struct Urls {
    public: BaseUrl,
    admin: BaseUrl,
    login_ui: Url,
    error_ui: Url,
    default_return: Url,
    logout_return: Url,
}

impl Urls {
    fn resolve(config: &Config, public: SocketAddr, admin: SocketAddr) -> Result<Self, AppError> {
        let public = BaseUrl::new(config.serve.public.base_url(public)?);
        let admin = BaseUrl::new(config.serve.admin.base_url(admin)?);
        let selfservice = &config.selfservice;
        let login_ui = selfservice.flows.login.ui_url.clone().unwrap_or_else(|| public.url_for(pages::LOGIN));
        let error_ui = selfservice.flows.error.ui_url.clone().unwrap_or_else(|| public.url_for(pages::ERROR));
        let default_return =
            selfservice.default_browser_return_url.clone().unwrap_or_else(|| public.url_for(pages::WELCOME));
        let logout_return = selfservice
            .flows
            .logout
            .after
            .default_browser_return_url
            .clone()
            .unwrap_or_else(|| default_return.clone());
        Ok(Self { public, admin, login_ui, error_ui, default_return, logout_return })
    }
}

/// `secrets.cookie`, else `secrets.default`, else a random secret for this process (sessions
/// then end with a restart and are not shared between nodes, so it is warned about).
fn cookie_secrets(config: &Config) -> Vec<Secret> {
    let configured =
        if config.secrets.cookie.is_empty() { &config.secrets.default } else { &config.secrets.cookie };
    if !configured.is_empty() {
        return configured.clone();
    }
    tracing::warn!("no secrets.cookie or secrets.default configured: using a random secret until restart");
    vec![Secret::random()]
}

async fn build_api(
    config: &Config,
    clock: Arc<dyn Clock>,
    urls: &Urls,
    secrets: &[Secret],
) -> Result<Api, AppError> {
    let store = store::open(&config.dsn).await?;
    let sources: Vec<SchemaSpec> = config
        .identity
        .schemas
        .iter()
        .map(|s| SchemaSpec { id: s.id.clone(), url: s.url.clone(), selectable: s.selfservice_selectable })
        .collect();
    let schemas = SchemaRegistry::load(&config.identity.default_schema_id, &sources)?;
    let hasher = Arc::new(Hasher::new(&config.hashers)?);
    let pool = HashPool::sized_to_cores(config.hashers.argon2.memory.bytes());
    crate::metrics::metrics().watch_hash_pool(pool.clone());
    let throttle = LoginThrottle::new(store.clone(), clock.clone(), config.security.brute_force.clone());
    let passwords = Arc::new(
        PasswordAuthenticator::new(store.clone(), hasher.clone(), pool.clone(), clock.clone(), throttle)
            .await?,
    );
    let logout_secret = secrets.first().map(|s| s.expose().as_bytes().to_vec()).unwrap_or_default();
    let sessions = SessionService::new(store.clone(), clock.clone(), config.session.lifespan, &logout_secret);
    let return_to = ReturnToPolicy::new(
        &urls.public,
        &config.selfservice.allowed_return_urls,
        urls.default_return.clone(),
    );
    let credential_limits = CredentialLimits {
        max_identifier: config.limits.max_identifier_length,
        max_password: config.limits.max_password_length,
    };
    let settings = LoginSettings {
        public_base_url: urls.public.clone(),
        lifespan: config.selfservice.flows.login.lifespan,
        password_enabled: config.selfservice.methods.password.enabled,
        return_to,
        credential_limits,
        max_open_flows_per_address: config.limits.max_open_flows_per_address,
    };
    let login = LoginService::new(
        store.clone(),
        clock.clone(),
        passwords,
        sessions.clone(),
        schemas.clone(),
        settings,
    );
    let identities =
        IdentityService::new(store.clone(), schemas, hasher, pool, clock.clone(), credential_limits);
    Ok(Api::new(Services {
        login,
        identities,
        sessions,
        errors: FlowErrors::new(store.clone(), clock.clone()),
        store,
        clock,
        public_base_url: urls.public.clone(),
        admin_base_url: urls.admin.clone(),
        login_ui_url: urls.login_ui.clone(),
        error_ui_url: urls.error_ui.clone(),
        logout_return_url: urls.logout_return.clone(),
    }))
}

fn local_addr(listener: &TcpListener) -> Result<SocketAddr, AppError> {
    listener
        .local_addr()
        .map_err(|source| AppError::Bind { addr: SocketAddr::from(([0, 0, 0, 0], 0)), source })
}
