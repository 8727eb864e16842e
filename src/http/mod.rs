//! The thin HTTP shell around the generated router: listener split (public/admin), Kratos's
//! error envelope for everything the generated layer or axum answers on its own, body limits,
//! cache headers, panic catching, and the per-request context.

mod context;
mod cookies;
mod negotiate;
mod serve;

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::extract::{DefaultBodyLimit, MatchedPath, Request};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use http::header::{CACHE_CONTROL, CONTENT_TYPE};
use http::{HeaderValue, Method, StatusCode};
use tower::{Layer, ServiceBuilder};
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::request_id::{MakeRequestId, PropagateRequestIdLayer, RequestId, SetRequestIdLayer};
use tower_http::timeout::RequestBodyTimeoutLayer;
use tower_http::trace::TraceLayer;

use crate::api::{Api, KratosError};

pub use context::RequestContext;
pub use cookies::CookiePolicy;
pub use serve::{ConnectionLimits, serve};

/// Which listener a router serves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Listener {
    Public,
    Admin,
}

const REQUEST_ID: http::HeaderName = http::HeaderName::from_static("x-request-id");

/// The largest error body the shell reads back to add the `Ory-Error-Id` header.
const MAX_ERROR_BODY: usize = 64 * 1024;

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

/// The complete router for one listener, ready for [`serve`].
///
/// The shell's layers wrap the router once, as one tower stack, rather than through
/// `Router::layer`, which wraps every route separately and boxes each layer: a request then
/// paid for a boxed clone and a boxed future per layer, more than routing and a simple handler
/// cost together.
pub fn service(api: Api, listener: Listener, shell: &Shell) -> Router {
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
    // Only matched routes are measured: their path template is a bounded label.
    let routes = routes
        .route_layer(middleware::from_fn(measure))
        .fallback(|| async { KratosError::new(StatusCode::NOT_FOUND).into_response() });
    let shell = ServiceBuilder::new()
        .layer(CatchPanicLayer::custom(|_| {
            tracing::error!("a request handler panicked");
            KratosError::new(StatusCode::INTERNAL_SERVER_ERROR).into_response()
        }))
        .layer(SetRequestIdLayer::new(REQUEST_ID, RandomRequestId))
        .layer(PropagateRequestIdLayer::new(REQUEST_ID))
        .layer(TraceLayer::new_for_http().make_span_with(|request: &Request<_>| {
            // Every log line of a request carries its id (the client's X-Request-Id, or a new one).
            let id = request.headers().get(REQUEST_ID).and_then(|v| v.to_str().ok()).unwrap_or_default();
            tracing::info_span!("request", request_id = %id, method = %request.method(), path = %request.uri().path())
        }))
        // A body that stops arriving fails to read, which the handlers answer with a 400.
        .layer(RequestBodyTimeoutLayer::new(body.read_timeout))
        // The timeout wraps the body in a type of its own; the layers below take axum's body.
        .map_request(|request: Request<_>| request.map(Body::new))
        .layer(DefaultBodyLimit::max(body.max_size))
        .layer(middleware::from_fn_with_state(context_state, context::capture))
        .layer(middleware::from_fn(normalize_response))
        .service(routes);
    // Path rewriting must happen before routing, so it wraps the whole stack.
    Router::new().fallback_service(
        middleware::from_fn(move |request: Request, next: Next| route_for_listener(listener, request, next))
            .layer(shell),
    )
}

/// Names a request that arrives without an `X-Request-Id`: a random (version 4) UUID from the
/// thread's CSPRNG. `Uuid::new_v4` asks the kernel for each one, a system call per request.
#[derive(Debug, Clone, Copy)]
struct RandomRequestId;

impl MakeRequestId for RandomRequestId {
    fn make_request_id<B>(&mut self, _: &http::Request<B>) -> Option<RequestId> {
        let id = uuid::Builder::from_random_bytes(rand::random()).into_uuid();
        let text = id.hyphenated().encode_lower(&mut uuid::Uuid::encode_buffer()).to_owned();
        HeaderValue::from_str(&text).ok().map(RequestId::new)
    }
}

impl IntoResponse for KratosError {
    fn into_response(self) -> Response {
        let body = serde_json::to_vec(&self.envelope()).unwrap_or_default();
        let mut response = (self.status, body).into_response();
        response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
        response
    }
}

/// Counts and times each request under its method and path template.
async fn measure(path: MatchedPath, request: Request, next: Next) -> Response {
    let operation = format!("{} {}", request.method(), path.as_str());
    let started = std::time::Instant::now();
    let response = next.run(request).await;
    crate::metrics::metrics().request(&operation, response.status(), started.elapsed());
    response
}

/// Keeps each listener to its operations. The admin listener also accepts admin paths without
/// their `/admin` prefix (as Kratos does) and serves health and version under both forms.
async fn route_for_listener(listener: Listener, mut request: Request, next: Next) -> Response {
    let path = request.uri().path().to_string();
    let is_metadata = |p: &str| p.starts_with("/health/") || p == "/version";
    let rewritten = match listener {
        Listener::Public if path == "/admin" || path.starts_with("/admin/") => {
            return KratosError::new(StatusCode::NOT_FOUND).into_response();
        }
        Listener::Public => None,
        Listener::Admin => {
            let unprefixed = path.strip_prefix("/admin").filter(|p| p.starts_with('/')).unwrap_or(&path);
            if is_metadata(unprefixed) {
                Some(unprefixed.to_string())
            } else if ["/identities", "/sessions", "/metrics/"].iter().any(|p| unprefixed.starts_with(p)) {
                Some(format!("/admin{unprefixed}"))
            } else {
                return KratosError::new(StatusCode::NOT_FOUND).into_response();
            }
        }
    };
    if let Some(new_path) = rewritten.filter(|p| *p != path) {
        let query = request.uri().query().map(|q| format!("?{q}")).unwrap_or_default();
        if let Ok(uri) = format!("{new_path}{query}").parse() {
            *request.uri_mut() = uri;
        }
    }
    next.run(request).await
}

/// Gives every API error Kratos's envelope and `Ory-Error-Id` header, and marks GET responses as
/// not cacheable.
async fn normalize_response(request: Request, next: Next) -> Response {
    let is_get = request.method() == Method::GET;
    let response = next.run(request).await;
    let is_page = response
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|ct| ct.starts_with("text/html"));
    let failed = response.status().is_client_error() || response.status().is_server_error();
    // The built-in pages explain their own errors in HTML.
    let mut response = if failed && !is_page { as_kratos_error(response).await } else { response };
    if is_get {
        response
            .headers_mut()
            .insert(CACHE_CONTROL, HeaderValue::from_static("private, no-cache, no-store, must-revalidate"));
    }
    response
}

async fn as_kratos_error(response: Response) -> Response {
    let status = response.status();
    let is_json = response
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|ct| ct.starts_with("application/json"));
    let (mut parts, body) = response.into_parts();
    let bytes = match axum::body::to_bytes(body, MAX_ERROR_BODY).await {
        Ok(bytes) => bytes,
        Err(_) => return KratosError::new(status).into_response(),
    };
    if !is_json {
        // Answered by the generated layer or axum itself (bad header, body too large, wrong
        // method): the text is a client-facing explanation, kept as the reason.
        let error = match status {
            StatusCode::PAYLOAD_TOO_LARGE => {
                KratosError::new(status).reason("The request body is too large.")
            }
            _ if status.is_server_error() => KratosError::new(status),
            _ => {
                let text = String::from_utf8_lossy(&bytes);
                let reason: String = text.chars().take(300).collect();
                KratosError::new(status).reason(reason)
            }
        };
        return error.into_response();
    }
    let id = serde_json::from_slice::<serde_json::Value>(&bytes)
        .ok()
        .and_then(|v| v.pointer("/error/id").and_then(|id| id.as_str()).map(str::to_string));
    if let Some(value) = id.and_then(|id| HeaderValue::from_str(&id).ok()) {
        parts.headers.insert("ory-error-id", value);
    }
    Response::from_parts(parts, Body::from(bytes))
}
