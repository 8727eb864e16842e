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

    /// The URL the client called, as Kratos records it: the scheme and host a proxy reports in
    /// `X-Forwarded-Proto`/`X-Forwarded-Host` (else the `Host` header and the public base URL's
    /// scheme), with the path and query of the request.
    pub fn request_url(&self, public_base: &Url) -> String {
        let mut url = public_base.clone();
        if let Some(proto) = self.header("x-forwarded-proto").filter(|p| matches!(*p, "http" | "https")) {
            let _ = url.set_scheme(proto);
        }
        let host = self.header("x-forwarded-host").or_else(|| self.header("host"));
        if let Some(host) = host.and_then(|h| Url::parse(&format!("{}://{h}/", url.scheme())).ok()) {
            let _ = url.set_host(host.host_str());
            let _ = url.set_port(host.port());
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn context(headers: &[(&'static str, &str)], uri: &str) -> RequestContext {
        let mut map = HeaderMap::new();
        for (name, value) in headers {
            map.append(*name, value.parse().unwrap());
        }
        RequestContext { headers: map, uri: uri.parse().unwrap(), peer: Some(([10, 0, 0, 1], 5000).into()) }
    }

    #[test]
    fn the_request_url_follows_proxy_headers() {
        let base = Url::parse("http://127.0.0.1:4433/").unwrap();
        let direct = context(&[("host", "127.0.0.1:4433")], "/self-service/login/api?refresh=true");
        assert_eq!(direct.request_url(&base), "http://127.0.0.1:4433/self-service/login/api?refresh=true");
        let proxied = context(
            &[
                ("host", "internal:4433"),
                ("x-forwarded-host", "auth.example.com"),
                ("x-forwarded-proto", "https"),
            ],
            "/self-service/login/api",
        );
        assert_eq!(proxied.request_url(&base), "https://auth.example.com/self-service/login/api");
    }

    #[test]
    fn only_non_cdn_cookies_count() {
        assert!(!context(&[("cookie", "__cf_bm=1; _cfuvid=2; cf_clearance=3")], "/").has_non_cdn_cookies());
        assert!(context(&[("cookie", "__cf_bm=1; session=2")], "/").has_non_cdn_cookies());
        assert!(!context(&[], "/").has_non_cdn_cookies());
    }

    #[test]
    fn the_client_ip_prefers_proxy_headers() {
        assert_eq!(
            context(&[("x-forwarded-for", "203.0.113.7, 10.0.0.2")], "/").client_ip().as_deref(),
            Some("203.0.113.7")
        );
        assert_eq!(
            context(&[("true-client-ip", "198.51.100.1")], "/").client_ip().as_deref(),
            Some("198.51.100.1")
        );
        assert_eq!(context(&[], "/").client_ip().as_deref(), Some("10.0.0.1"));
    }
}
