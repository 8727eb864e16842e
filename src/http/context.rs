//! Request facts that the generated handler signatures do not carry (content type, origin,
//! client address, the original URL), captured per request into a task-local by
//! [`capture`] and read by the adapters.

use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex, OnceLock};

use axum::extract::{ConnectInfo, Request};
use axum::response::Response;
use chrono::{DateTime, Utc};
use http::header::{COOKIE, RETRY_AFTER, SET_COOKIE, VARY};
use http::{HeaderMap, HeaderValue, Uri};
use ipnet::IpNet;
use url::Url;

use super::Listener;
use super::cookies::CookiePolicy;
use super::negotiate;
use crate::csrf::{CsrfEvidence, CsrfToken};
use crate::session::SessionToken;

tokio::task_local! {
    static CONTEXT: Arc<RequestContext>;
}

/// Paths where no anti-CSRF cookie is issued: the native-client endpoints, submit and whoami,
/// as in Kratos (they check CSRF themselves, or need none).
const CSRF_IGNORED: &[&str] = &[
    "/self-service/login/api",
    "/self-service/login",
    "/self-service/logout/api",
    "/sessions/whoami",
    "/sessions",
];

fn issues_csrf_cookie(listener: Listener, path: &str) -> bool {
    listener == Listener::Public
        && !CSRF_IGNORED.contains(&path)
        && !path.starts_with("/sessions/")
        && !path.starts_with("/health/")
        && path != "/version"
}

/// Cookies to set on the response, one per name (a later one replaces an earlier one).
#[derive(Debug, Default)]
struct OutgoingCookies(Vec<(String, String)>);

impl OutgoingCookies {
    fn set(&mut self, name: &str, header: String) {
        self.0.retain(|(n, _)| n != name);
        self.0.push((name.to_string(), header));
    }
}

#[derive(Debug)]
struct Cookies {
    policy: Arc<CookiePolicy>,
    /// What the request brought.
    incoming_csrf: CsrfEvidence,
    /// The token this request works with: the incoming one, one issued with this response, or
    /// (made on first use) one for a request that gets no cookie, such as a native flow's.
    csrf: OnceLock<CsrfToken>,
}

/// One request's context; handlers share it through an `Arc`, and the middleware reads what
/// they asked for (cookies, `Retry-After`) once the handler has answered.
#[derive(Debug, Default)]
pub struct RequestContext {
    headers: HeaderMap,
    uri: Uri,
    peer: Option<SocketAddr>,
    /// Peers whose proxy headers are believed.
    trusted_proxies: Arc<[IpNet]>,
    cookies: Option<Cookies>,
    outgoing: Mutex<OutgoingCookies>,
    /// `Retry-After` for the response, in seconds, when a handler asked for one.
    retry_after: Mutex<Option<u64>>,
}

/// What the context middleware needs: the cookie rules and which listener it serves.
#[derive(Debug, Clone)]
pub struct ContextState {
    pub policy: Arc<CookiePolicy>,
    pub listener: Listener,
    pub trusted_proxies: Arc<[IpNet]>,
}

/// Runs `handle` with the request's context available to everything it runs, issues the
/// anti-CSRF cookie where a browser has none, and writes the cookies handlers asked for.
pub async fn capture<F, Fut>(state: &ContextState, request: Request, handle: F) -> Response
where
    F: FnOnce(Request) -> Fut,
    Fut: Future<Output = Response>,
{
    let headers = request.headers().clone();
    let incoming_csrf = state.policy.read_csrf(&cookie_headers(&headers));
    let csrf = OnceLock::new();
    let mut outgoing = OutgoingCookies::default();
    match &incoming_csrf.token {
        Some(token) => {
            let _ = csrf.set(token.clone());
        }
        None if issues_csrf_cookie(state.listener, request.uri().path()) => {
            let token = csrf.get_or_init(CsrfToken::generate);
            outgoing.set(state.policy.csrf_name(), state.policy.csrf_cookie(token));
        }
        None => {}
    }
    let context = Arc::new(RequestContext {
        headers,
        uri: request.uri().clone(),
        peer: request.extensions().get::<ConnectInfo<SocketAddr>>().map(|c| c.0),
        trusted_proxies: state.trusted_proxies.clone(),
        cookies: Some(Cookies { policy: state.policy.clone(), incoming_csrf, csrf }),
        outgoing: Mutex::new(outgoing),
        retry_after: Mutex::new(None),
    });
    let mut response = CONTEXT.scope(context.clone(), handle(request)).await;
    let outgoing = std::mem::take(&mut *context.outgoing.lock().unwrap_or_else(|p| p.into_inner()));
    for (_, header) in outgoing.0 {
        if let Ok(value) = HeaderValue::from_str(&header) {
            response.headers_mut().append(SET_COOKIE, value);
        }
    }
    if let Some(seconds) = *context.retry_after.lock().unwrap_or_else(|p| p.into_inner()) {
        response.headers_mut().insert(RETRY_AFTER, HeaderValue::from(seconds));
    }
    if state.listener == Listener::Public {
        response.headers_mut().append(VARY, HeaderValue::from_static("Cookie"));
    }
    response
}

fn cookie_headers(headers: &HeaderMap) -> Vec<&str> {
    headers.get_all(COOKIE).iter().filter_map(|v| v.to_str().ok()).collect()
}

impl RequestContext {
    /// The context of the current request (empty outside one).
    pub fn current() -> Arc<Self> {
        CONTEXT.try_with(Arc::clone).unwrap_or_default()
    }

    /// What the request showed of its anti-CSRF cookie.
    pub fn csrf_evidence(&self) -> CsrfEvidence {
        self.cookies.as_ref().map(|c| c.incoming_csrf.clone()).unwrap_or_default()
    }

    /// The anti-CSRF token this request works with (the browser's, or one issued with it).
    pub fn csrf_token(&self) -> Option<CsrfToken> {
        self.cookies.as_ref().map(|c| c.csrf.get_or_init(CsrfToken::generate).clone())
    }

    /// Issues a new anti-CSRF token, replacing the browser's (a different user signed in, or
    /// the user signed out), and returns it.
    pub fn rotate_csrf(&self) -> Option<CsrfToken> {
        let cookies = self.cookies.as_ref()?;
        let token = CsrfToken::generate();
        self.set_cookie(cookies.policy.csrf_name(), cookies.policy.csrf_cookie(&token));
        Some(token)
    }

    /// The session token inside the session cookie, when it carries a valid one.
    pub fn session_cookie_token(&self) -> Option<SessionToken> {
        self.cookies.as_ref()?.policy.read_session(&cookie_headers(&self.headers))
    }

    pub fn set_session_cookie(&self, token: &SessionToken, now: DateTime<Utc>, expires_at: DateTime<Utc>) {
        if let Some(cookies) = &self.cookies {
            let header = cookies.policy.session_cookie(token, now, expires_at);
            self.set_cookie(SESSION_SLOT, header);
        }
    }

    pub fn clear_session_cookie(&self) {
        if let Some(cookies) = &self.cookies {
            self.set_cookie(SESSION_SLOT, cookies.policy.clear_session_cookie());
        }
    }

    /// Asks for a `Retry-After` header (whole seconds, rounded up) on the response.
    pub fn set_retry_after(&self, wait: std::time::Duration) {
        let seconds = wait.as_secs() + u64::from(wait.subsec_nanos() > 0);
        *self.retry_after.lock().unwrap_or_else(|p| p.into_inner()) = Some(seconds);
    }

    fn set_cookie(&self, name: &str, header: String) {
        if self.cookies.is_some() {
            self.outgoing.lock().unwrap_or_else(|p| p.into_inner()).set(name, header);
        }
    }

    /// Kratos's "JSON request": Accept prefers JSON, or Content-Type is exactly JSON.
    pub fn is_json_request(&self) -> bool {
        negotiate::is_json_request(self.header("accept"), self.header("content-type"))
    }

    /// Whether a redirect-or-JSON answer should be JSON (Accept only).
    pub fn prefers_json(&self) -> bool {
        negotiate::prefers_json(self.header("accept"))
    }

    /// A call from script in a browser (`Sec-Fetch-Mode: cors` or `same-origin`).
    pub fn is_ajax(&self) -> bool {
        matches!(self.header("sec-fetch-mode"), Some("cors" | "same-origin"))
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
        if let Some(host) = host
            .filter(|h| !is_authority_of(h, &url))
            .and_then(|h| Url::parse(&format!("{}://{h}/", url.scheme())).ok())
        {
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

    /// The client's address. Proxy headers count only on connections from a trusted proxy
    /// (`serve.trusted_proxies`): then the first of the single-address headers Kratos reads, else
    /// the nearest `X-Forwarded-For` entry that is not itself a trusted proxy. Anyone else is
    /// the client, whatever they claim.
    pub fn client_ip(&self) -> Option<IpAddr> {
        let peer = self.peer.map(|p| p.ip());
        if !peer.is_some_and(|ip| self.is_trusted(ip)) {
            return peer;
        }
        for name in ["true-client-ip", "cf-connecting-ip", "x-real-ip"] {
            if let Some(ip) = self.header(name).and_then(parse_ip) {
                return Some(ip);
            }
        }
        let forwarded: Vec<IpAddr> = self
            .headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .filter_map(parse_ip)
            .collect();
        forwarded.iter().rev().find(|ip| !self.is_trusted(**ip)).or(forwarded.first()).copied().or(peer)
    }

    fn is_trusted(&self, ip: IpAddr) -> bool {
        let ip = ip.to_canonical();
        self.trusted_proxies.iter().any(|net| net.contains(&ip))
    }

    /// Every `User-Agent` value, joined with spaces.
    pub fn user_agent(&self) -> Option<String> {
        let agents: Vec<&str> =
            self.headers.get_all(http::header::USER_AGENT).iter().filter_map(|v| v.to_str().ok()).collect();
        (!agents.is_empty()).then(|| agents.join(" "))
    }
}

/// Whether a `Host` value names exactly the URL's own host and port, as the URL writes them:
/// the common case, which needs no parsing (any other value is parsed and checked).
fn is_authority_of(host: &str, url: &Url) -> bool {
    let Some(rest) = url.host_str().and_then(|own| host.strip_prefix(own)) else { return false };
    match url.port() {
        None => rest.is_empty(),
        Some(port) => rest.strip_prefix(':').and_then(|p| p.parse::<u16>().ok()) == Some(port),
    }
}

/// An address as proxies write it: bare, or with a port (`203.0.113.7:4711`, `[2001:db8::1]:443`).
fn parse_ip(raw: &str) -> Option<IpAddr> {
    let raw = raw.trim();
    raw.parse().ok().or_else(|| raw.parse::<SocketAddr>().ok().map(|s| s.ip()))
}

/// The session cookie's slot in the outgoing list, whatever its configured name.
const SESSION_SLOT: &str = "\0session";

#[cfg(test)]
mod tests {
    use super::*;

    fn context(headers: &[(&'static str, &str)], uri: &str) -> RequestContext {
        let mut map = HeaderMap::new();
        for (name, value) in headers {
            map.append(*name, value.parse().unwrap());
        }
        RequestContext {
            headers: map,
            uri: uri.parse().unwrap(),
            peer: Some(([10, 0, 0, 1], 5000).into()),
            trusted_proxies: ["10.0.0.0/8".parse().unwrap()].into(),
            ..RequestContext::default()
        }
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
    fn a_host_other_than_the_base_urls_own_is_parsed_and_checked() {
        let base = Url::parse("http://localhost:4433/").unwrap();
        let url = |host: &str| context(&[("host", host)], "/self-service/login/api").request_url(&base);
        assert_eq!(url("localhost:4433"), "http://localhost:4433/self-service/login/api");
        assert_eq!(url("localhost:4434"), "http://localhost:4434/self-service/login/api");
        assert_eq!(url("localhost"), "http://localhost/self-service/login/api");
        assert_eq!(url("LOCALHOST:4433"), "http://localhost:4433/self-service/login/api");
        assert_eq!(url("localhost.evil:4433"), "http://localhost.evil:4433/self-service/login/api");
        assert_eq!(url("[::1]:4433"), "http://[::1]:4433/self-service/login/api");
        // Not a host at all: the base URL's own stays.
        assert_eq!(url("local host:1"), "http://localhost:4433/self-service/login/api");
        let portless = Url::parse("https://auth.example.com/").unwrap();
        let at = |host: &str| context(&[("host", host)], "/a").request_url(&portless);
        assert_eq!(at("auth.example.com"), "https://auth.example.com/a");
        assert_eq!(at("auth.example.com:8443"), "https://auth.example.com:8443/a");
        assert_eq!(at("auth.example.com:443"), "https://auth.example.com/a");
    }

    #[test]
    fn only_non_cdn_cookies_count() {
        assert!(!context(&[("cookie", "__cf_bm=1; _cfuvid=2; cf_clearance=3")], "/").has_non_cdn_cookies());
        assert!(context(&[("cookie", "__cf_bm=1; session=2")], "/").has_non_cdn_cookies());
        assert!(!context(&[], "/").has_non_cdn_cookies());
    }

    fn ip(raw: &str) -> Option<IpAddr> {
        Some(raw.parse().unwrap())
    }

    #[test]
    fn a_trusted_proxy_names_the_client() {
        let forwarded = context(&[("x-forwarded-for", "203.0.113.7, 10.0.0.2")], "/");
        assert_eq!(forwarded.client_ip(), ip("203.0.113.7"));
        assert_eq!(context(&[("true-client-ip", "198.51.100.1")], "/").client_ip(), ip("198.51.100.1"));
        assert_eq!(context(&[("x-real-ip", "198.51.100.2:4711")], "/").client_ip(), ip("198.51.100.2"));
        assert_eq!(context(&[], "/").client_ip(), ip("10.0.0.1"));
    }

    #[test]
    fn a_client_cannot_prepend_its_own_forwarded_for() {
        // The proxy appended the real client (198.51.100.9) after what the client sent.
        let spoofed = context(&[("x-forwarded-for", "1.2.3.4, 198.51.100.9")], "/");
        assert_eq!(spoofed.client_ip(), ip("198.51.100.9"));
        let garbage = context(&[("x-forwarded-for", "not-an-address")], "/");
        assert_eq!(garbage.client_ip(), ip("10.0.0.1"));
    }

    #[test]
    fn an_untrusted_peer_is_the_client_whatever_it_claims() {
        let mut direct = context(&[("x-forwarded-for", "203.0.113.7"), ("x-real-ip", "203.0.113.8")], "/");
        direct.peer = Some(([192, 0, 2, 50], 5000).into());
        assert_eq!(direct.client_ip(), ip("192.0.2.50"));
    }
}
