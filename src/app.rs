//! The composition root: configuration -> store -> services -> two listeners.

use std::net::SocketAddr;
use std::sync::Arc;

use tokio::net::TcpListener;
use tokio::sync::watch;
use tokio::task::JoinSet;

use crate::api::{Api, Services};
use crate::clock::Clock;
use crate::config::{Config, ConfigError};
use crate::credentials::{HashError, HashPool, Hasher, PasswordAuthenticator};
use crate::flow::{LoginService, LoginSettings};
use crate::http::{self, Listener};
use crate::identity::{IdentityService, SchemaError, SchemaRegistry, SchemaSpec};
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
    tasks: JoinSet<std::io::Result<()>>,
}

impl RunningServer {
    /// Stops accepting, lets in-flight requests finish, and waits for both listeners.
    pub async fn shutdown(mut self) {
        let _ = self.shutdown.send(true);
        while let Some(result) = self.tasks.join_next().await {
            if let Ok(Err(e)) = result {
                tracing::error!(error = %e, "listener stopped with an error");
            }
        }
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
    let public_base_url = config.serve.public.base_url(public_addr)?;
    let admin_base_url = config.serve.admin.base_url(admin_addr)?;

    let store = store::open(&config.dsn).await?;
    let sources: Vec<SchemaSpec> = config
        .identity
        .schemas
        .iter()
        .map(|s| SchemaSpec { id: s.id.clone(), url: s.url.clone(), selectable: s.selfservice_selectable })
        .collect();
    let schemas = SchemaRegistry::load(&config.identity.default_schema_id, &sources)?;
    let hasher = Arc::new(Hasher::new(&config.hashers)?);
    let pool = HashPool::sized_to_cores();
    let passwords = Arc::new(
        PasswordAuthenticator::new(store.clone(), hasher.clone(), pool.clone(), clock.clone()).await?,
    );
    let sessions = SessionService::new(store.clone(), clock.clone(), config.session.lifespan);
    let login = LoginService::new(
        store.clone(),
        clock.clone(),
        passwords,
        sessions.clone(),
        schemas.clone(),
        LoginSettings {
            public_base_url: public_base_url.clone(),
            lifespan: config.selfservice.flows.login.lifespan,
            password_enabled: config.selfservice.methods.password.enabled,
            allowed_return_urls: config.selfservice.allowed_return_urls.clone(),
            default_return_url: config.selfservice.default_browser_return_url.clone(),
        },
    );
    let identities = IdentityService::new(store.clone(), schemas, hasher, pool, clock);
    let api = Api::new(Services {
        login,
        identities,
        sessions,
        store,
        public_base_url: public_base_url.clone(),
        admin_base_url,
        session_cookie_name: config.session.cookie.name.clone(),
    });

    let max_body = usize::try_from(config.limits.max_body.bytes()).unwrap_or(usize::MAX);
    let (shutdown, stop) = watch::channel(false);
    let mut tasks = JoinSet::new();
    for (listener, socket) in [(Listener::Public, public), (Listener::Admin, admin)] {
        let service = http::service(api.clone(), listener, max_body);
        let mut stop = stop.clone();
        tasks.spawn(async move {
            axum::serve(socket, service)
                .with_graceful_shutdown(async move {
                    let _ = stop.wait_for(|stopped| *stopped).await;
                })
                .await
        });
    }
    tracing::info!(public = %public_addr, admin = %admin_addr, base_url = %public_base_url, "serving");
    Ok(RunningServer { public_addr, admin_addr, shutdown, tasks })
}

fn local_addr(listener: &TcpListener) -> Result<SocketAddr, AppError> {
    listener
        .local_addr()
        .map_err(|source| AppError::Bind { addr: SocketAddr::from(([0, 0, 0, 0], 0)), source })
}
