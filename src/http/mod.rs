//! The thin HTTP shell around the generated router: listener split (public/admin), Kratos's
//! error envelope for everything the generated layer or axum answers on its own, body limits,
//! cache headers, panic catching, and the per-request context.

mod context;
mod cookies;
mod layers;
mod negotiate;
mod serve;

use std::convert::Infallible;
use std::sync::Arc;
use std::time::Duration;

use axum::body::Body;
use axum::extract::{DefaultBodyLimit, Request};
use axum::response::{IntoResponse, Response};
use http::header::CONTENT_TYPE;
use http::{HeaderValue, StatusCode};
use tower::{Service, ServiceBuilder};
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::timeout::RequestBodyTimeoutLayer;

use crate::api::{Api, KratosError};
use layers::{MeasureLayer, ShellService};

pub use context::RequestContext;
pub use cookies::CookiePolicy;
pub use serve::{ConnectionLimits, serve};

/// Which listener a service serves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Listener {
    Public,
    Admin,
}

/// What the shell holds every request body to.
#[derive(Debug, Clone, Copy)]
pub struct BodyLimits {
    pub max_size: usize,
    /// Time for the whole body to arrive once the head has.
    pub read_timeout: Duration,
}

/// What the shell needs besides the API: body limits, the cookie rules, and whose word it takes
/// for a client's address.
#[derive(Debug, Clone)]
pub struct Shell {
    pub body: BodyLimits,
    pub cookies: Arc<CookiePolicy>,
    pub trusted_proxies: Arc<[ipnet::IpNet]>,
}

/// The complete service for one listener, ready for [`serve`].
///
/// The shell wraps the routes once, as one tower stack, rather than through `Router::layer`,
/// which wraps every route separately and boxes each layer; its own work is in [`layers`].
pub fn service(
    api: Api,
    listener: Listener,
    shell: &Shell,
) -> impl Service<Request, Response = Response, Error = Infallible, Future: Send + 'static> + Clone + Send + 'static
{
    let body = shell.body;
    let context_state = context::ContextState {
        policy: shell.cookies.clone(),
        listener,
        trusted_proxies: shell.trusted_proxies.clone(),
    };
    let mut routes = portcullis_api::server::new(api.clone());
    if listener == Listener::Public {
        routes = routes.merge(crate::pages::router(api));
    }
    let routes = routes
        .route_layer(MeasureLayer)
        .fallback(|| async { KratosError::new(StatusCode::NOT_FOUND).into_response() });
    ServiceBuilder::new()
        .map_response(IntoResponse::into_response)
        .layer(CatchPanicLayer::custom(|_| {
            tracing::error!("a request handler panicked");
            KratosError::new(StatusCode::INTERNAL_SERVER_ERROR).into_response()
        }))
        // A body that stops arriving fails to read, which the handlers answer with a 400.
        .layer(RequestBodyTimeoutLayer::new(body.read_timeout))
        // The timeout wraps the body in a type of its own; the layers below take axum's body.
        .map_request(|request: Request<_>| request.map(Body::new))
        .layer(DefaultBodyLimit::max(body.max_size))
        .layer_fn(|routes| ShellService::new(routes, context_state.clone()))
        .service(routes)
}

impl IntoResponse for KratosError {
    fn into_response(self) -> Response {
        let body = serde_json::to_vec(&self.envelope()).unwrap_or_default();
        let mut response = (self.status, body).into_response();
        response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
        response
    }
}
