//! The shell's own per-request work, as two hand-written tower services: [`ShellService`] in
//! front of the routes (request id and tracing span, listener split, request context, error
//! envelope) and [`Measure`] on each matched route (request metrics).
//!
//! Written as services rather than `axum::middleware::from_fn`: each `from_fn` layer boxed a
//! clone of everything below it, its own future and the inner one on every request, a sixth of
//! what a no-op request cost in all. For the same reason the request id and the span are made
//! here rather than by tower-http's request-id and trace layers: those three layers (set id,
//! propagate id, trace) cost about 4,800 instructions per request, a sixth of a `/health/alive`.

use std::convert::Infallible;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Instant;

use axum::body::Body;
use axum::extract::{MatchedPath, Request};
use axum::response::{IntoResponse, Response};
use futures_util::future::BoxFuture;
use http::header::{CACHE_CONTROL, CONTENT_TYPE};
use http::{HeaderName, HeaderValue, Method, StatusCode};
use tower::{Layer, Service, ServiceExt};
use tracing::Instrument;

use super::Listener;
use super::context::{self, ContextState};
use crate::api::KratosError;

/// The largest error body the shell reads back to add the `Ory-Error-Id` header.
const MAX_ERROR_BODY: usize = 64 * 1024;

/// In front of the routes: keeps each listener to its operations, runs the request inside its
/// context (see [`context::capture`]), and gives every error Kratos's envelope.
#[derive(Clone)]
pub struct ShellService<S> {
    inner: S,
    context: Arc<ContextState>,
}

impl<S> ShellService<S> {
    pub fn new(inner: S, context: ContextState) -> Self {
        Self { inner, context: Arc::new(context) }
    }
}

impl<S> Service<Request> for ShellService<S>
where
    S: Service<Request, Response = Response, Error = Infallible> + Clone + Send + 'static,
    S::Future: Send,
{
    type Response = Response;
    type Error = Infallible;
    type Future = BoxFuture<'static, Result<Response, Infallible>>;

    fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        // The routes are called through `oneshot` on a clone, which waits for them itself.
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, request: Request) -> Self::Future {
        let (inner, state) = (self.inner.clone(), self.context.clone());
        let request_id = request_id(&request);
        // Every log line of the request carries its id; the fields are only formatted when the
        // span is enabled.
        let span = tracing::info_span!(
            "request",
            request_id = request_id.to_str().unwrap_or_default(),
            method = %request.method(),
            path = request.uri().path(),
        );
        let started = Instant::now();
        let answer = async move {
            tracing::debug!("started processing request");
            let response = match keep_to_listener(state.listener, request) {
                Some(request) => {
                    let is_get = request.method() == Method::GET;
                    context::capture(&state, request, |request| async move {
                        let Ok(response) = inner.oneshot(request).await;
                        normalize(is_get, response).await
                    })
                    .await
                }
                None => KratosError::new(StatusCode::NOT_FOUND).into_response(),
            };
            log_outcome(&response, started);
            Ok(with_request_id(response, request_id))
        };
        Box::pin(answer.instrument(span))
    }
}

const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// The request's id: the client's `X-Request-Id`, or else a new random (version 4) UUID from
/// the thread's CSPRNG (`Uuid::new_v4` would ask the kernel for each one, a system call per
/// request).
fn request_id(request: &Request) -> HeaderValue {
    if let Some(given) = request.headers().get(REQUEST_ID) {
        return given.clone();
    }
    let id = uuid::Builder::from_random_bytes(rand::random()).into_uuid();
    let mut text = uuid::Uuid::encode_buffer();
    let text = id.hyphenated().encode_lower(&mut text);
    HeaderValue::from_str(text).unwrap_or_else(|_| HeaderValue::from_static(""))
}

/// Echoes the request's id, unless the handler set one of its own.
fn with_request_id(mut response: Response, id: HeaderValue) -> Response {
    response.headers_mut().entry(REQUEST_ID).or_insert(id);
    response
}

/// One line per request at the end: `debug` normally, `error` for a server error. The latency
/// is only read when the line is written.
fn log_outcome(response: &Response, started: Instant) {
    let status = response.status().as_u16();
    if response.status().is_server_error() {
        tracing::error!(status, latency_ms = started.elapsed().as_millis(), "response failed");
    } else {
        tracing::debug!(status, latency_ms = started.elapsed().as_millis(), "finished processing request");
    }
}

/// Keeps each listener to its operations: the request, its path rewritten for the routes, or
/// `None` when the listener does not serve it. The admin listener also accepts admin paths
/// without their `/admin` prefix (as Kratos does) and serves health and version under both forms.
fn keep_to_listener(listener: Listener, mut request: Request) -> Option<Request> {
    let path = request.uri().path();
    let is_metadata = |p: &str| p.starts_with("/health/") || p == "/version";
    let rewritten = match listener {
        Listener::Public if path == "/admin" || path.starts_with("/admin/") => return None,
        Listener::Public => return Some(request),
        Listener::Admin => {
            let unprefixed = path.strip_prefix("/admin").filter(|p| p.starts_with('/')).unwrap_or(path);
            if is_metadata(unprefixed) {
                unprefixed.to_string()
            } else if ["/identities", "/sessions", "/metrics/"].iter().any(|p| unprefixed.starts_with(p)) {
                format!("/admin{unprefixed}")
            } else {
                return None;
            }
        }
    };
    if rewritten != path {
        let query = request.uri().query().map(|q| format!("?{q}")).unwrap_or_default();
        if let Ok(uri) = format!("{rewritten}{query}").parse() {
            *request.uri_mut() = uri;
        }
    }
    Some(request)
}

/// Gives every API error Kratos's envelope and `Ory-Error-Id` header, and marks GET responses as
/// not cacheable.
async fn normalize(is_get: bool, response: Response) -> Response {
    let is_page = has_content_type(&response, "text/html");
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

/// Whether the response's content type is `media_type` (parameters such as a charset aside).
fn has_content_type(response: &Response, media_type: &str) -> bool {
    response
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|ct| ct.starts_with(media_type))
}

async fn as_kratos_error(response: Response) -> Response {
    let status = response.status();
    let is_json = has_content_type(&response, "application/json");
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

/// Counts and times each request of a matched route under its method and path template (a
/// bounded label, which is why only matched routes are measured).
#[derive(Debug, Clone, Copy, Default)]
pub struct MeasureLayer;

impl<S> Layer<S> for MeasureLayer {
    type Service = Measure<S>;

    fn layer(&self, inner: S) -> Measure<S> {
        Measure(inner)
    }
}

#[derive(Debug, Clone)]
pub struct Measure<S>(S);

impl<S> Service<Request> for Measure<S>
where
    S: Service<Request, Response = Response, Error = Infallible>,
    S::Future: Send + 'static,
{
    type Response = Response;
    type Error = Infallible;
    type Future = BoxFuture<'static, Result<Response, Infallible>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        self.0.poll_ready(cx)
    }

    fn call(&mut self, request: Request) -> Self::Future {
        let operation = request
            .extensions()
            .get::<MatchedPath>()
            // Joined directly: `format!` costs several times as much on every request.
            .map(|path| [request.method().as_str(), " ", path.as_str()].concat());
        let started = Instant::now();
        let answer = self.0.call(request);
        Box::pin(async move {
            let Ok(response) = answer.await;
            if let Some(operation) = operation {
                crate::metrics::metrics().request(&operation, response.status(), started.elapsed());
            }
            Ok(response)
        })
    }
}
