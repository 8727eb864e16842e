//! Request facts that the generated handler signatures do not carry (content type, origin,
//! client address, the original URL), captured per request into a task-local by
//! [`capture`] and read by the adapters.

use std::net::SocketAddr;

use axum::extract::{ConnectInfo, Request};
use axum::middleware::Next;
use axum::response::Response;
use http::{HeaderMap, Uri};
use url::Url;

tokio::task_local! {
    static CONTEXT: RequestContext;
}

#[derive(Debug, Clone, Default)]
pub struct RequestContext {
    headers: HeaderMap,
    uri: Uri,
    peer: Option<SocketAddr>,
}

/// Middleware: makes the request's context available to everything the request runs.
pub async fn capture(request: Request, next: Next) -> Response {
    let context = RequestContext {
        headers: request.headers().clone(),
        uri: request.uri().clone(),
        peer: request.extensions().get::<ConnectInfo<SocketAddr>>().map(|c| c.0),
    };
    CONTEXT.scope(context, next.run(request)).await
}

impl RequestContext {
    /// The context of the current request (empty outside one).
    pub fn current() -> Self {
        CONTEXT.try_with(Clone::clone).unwrap_or_default()
    }

    /// A header as text; `None` when absent or not visible ASCII.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    /// The URL the client called, on the configured public base URL.
    pub fn request_url(&self, public_base: &Url) -> String {
        let mut url = public_base.clone();
        url.set_path(self.uri.path());
        url.set_query(self.uri.query());
        url.to_string()
    }

    /// Whether any cookie other than a CDN's own (`__cf`, `_cf`, `cf_` prefixes) was sent.
    pub fn has_non_cdn_cookies(&self) -> bool {
        self.headers
            .get_all(http::header::COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(';'))
            .filter_map(|pair| pair.split_once('=').map(|(name, _)| name.trim()))
            .any(|name| !name.is_empty() && !["__cf", "_cf", "cf_"].iter().any(|p| name.starts_with(p)))
    }

    /// The client's address: the first of the proxy headers Kratos reads, else the peer.
    pub fn client_ip(&self) -> Option<String> {
        for name in ["true-client-ip", "cf-connecting-ip", "x-real-ip"] {
            if let Some(ip) = self.header(name).map(str::trim).filter(|v| !v.is_empty()) {
                return Some(ip.to_string());
            }
        }
        if let Some(first) = self.header("x-forwarded-for").and_then(|v| v.split(',').next())
            && !first.trim().is_empty()
        {
            return Some(first.trim().to_string());
        }
        self.peer.map(|p| p.ip().to_string())
    }

    /// Every `User-Agent` value, joined with spaces.
    pub fn user_agent(&self) -> Option<String> {
        let agents: Vec<&str> =
            self.headers.get_all(http::header::USER_AGENT).iter().filter_map(|v| v.to_str().ok()).collect();
        (!agents.is_empty()).then(|| agents.join(" "))
    }
}
