//! The cookies Portcullis sets: the anti-CSRF cookie (nosurf's scheme, as Kratos names it) and
//! the session cookie, whose value is the session token encrypted and authenticated with
//! AES-256-GCM under `secrets.cookie` (clients treat it as opaque, as they do Kratos's).

use chrono::{DateTime, Utc};
use cookie::{Cookie, CookieJar, Key};
use sha2::{Digest, Sha512};

use crate::config::{Config, SameSite, Secret};
use crate::csrf::{CsrfEvidence, CsrfToken, cookie_name};
use crate::session::SessionToken;

/// nosurf's lifetime for the anti-CSRF cookie: one year.
const CSRF_MAX_AGE_SECONDS: i64 = 365 * 24 * 60 * 60;

/// Attributes of one kind of cookie.
#[derive(Debug, Clone)]
struct Attributes {
    name: String,
    domain: Option<String>,
    path: String,
    same_site: cookie::SameSite,
    secure: bool,
}

impl Attributes {
    fn build(&self, value: String) -> Cookie<'static> {
        let mut cookie = Cookie::build((self.name.clone(), value))
            .path(self.path.clone())
            .http_only(true)
            .secure(self.secure)
            .same_site(self.same_site)
            .build();
        if let Some(domain) = &self.domain {
            cookie.set_domain(domain.clone());
        }
        cookie
    }
}

fn same_site(value: SameSite) -> cookie::SameSite {
    match value {
        SameSite::Strict => cookie::SameSite::Strict,
        SameSite::Lax => cookie::SameSite::Lax,
        SameSite::None => cookie::SameSite::None,
    }
}

/// Builds and reads Portcullis's cookies.
pub struct CookiePolicy {
    csrf: Attributes,
    session: Attributes,
    session_persistent: bool,
    /// The first key encrypts; all of them decrypt, so secrets can be rotated.
    keys: Vec<Key>,
}

impl std::fmt::Debug for CookiePolicy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CookiePolicy")
            .field("csrf", &self.csrf.name)
            .field("session", &self.session.name)
            .finish()
    }
}

impl CookiePolicy {
    /// `secrets` must not be empty (the composition root supplies a random one if needed).
    pub fn new(config: &Config, public_base_url: &str, secrets: &[Secret]) -> Self {
        let secure = !config.dev;
        let shared = &config.cookies;
        // An insecure cookie cannot be SameSite=None, so the anti-CSRF cookie falls back to Lax.
        let csrf_same_site = if secure { same_site(shared.same_site) } else { cookie::SameSite::Lax };
        let csrf = Attributes {
            name: cookie_name(public_base_url),
            domain: shared.domain.clone(),
            path: shared.path.clone(),
            same_site: csrf_same_site,
            secure,
        };
        let s = &config.session.cookie;
        let session = Attributes {
            name: s.name.clone(),
            domain: s.domain.clone().or_else(|| shared.domain.clone()),
            path: s.path.clone().unwrap_or_else(|| shared.path.clone()),
            same_site: same_site(s.same_site.unwrap_or(shared.same_site)),
            secure,
        };
        let keys = secrets.iter().filter_map(key_from).collect();
        Self { csrf, session, session_persistent: s.persistent, keys }
    }

    pub fn csrf_cookie(&self, token: &CsrfToken) -> String {
        let mut cookie = self.csrf.build(token.encode());
        cookie.set_max_age(cookie::time::Duration::seconds(CSRF_MAX_AGE_SECONDS));
        cookie.to_string()
    }

    /// The session cookie for `token`, living until `expires_at` when persistent.
    pub fn session_cookie(
        &self,
        token: &SessionToken,
        now: DateTime<Utc>,
        expires_at: DateTime<Utc>,
    ) -> String {
        let mut cookie = self.session.build(self.encrypt(token.expose()));
        if self.session_persistent {
            cookie.set_max_age(cookie::time::Duration::seconds((expires_at - now).num_seconds().max(0)));
        }
        cookie.to_string()
    }

    /// A header that removes the session cookie.
    pub fn clear_session_cookie(&self) -> String {
        let mut cookie = self.session.build(String::new());
        cookie.set_max_age(cookie::time::Duration::ZERO);
        cookie.set_expires(cookie::time::OffsetDateTime::UNIX_EPOCH);
        cookie.to_string()
    }

    pub fn csrf_name(&self) -> &str {
        &self.csrf.name
    }

    /// What the request's `Cookie` headers say about the anti-CSRF cookie.
    pub fn read_csrf(&self, cookie_headers: &[&str]) -> CsrfEvidence {
        let has_cookies = cookie_headers.iter().any(|h| !h.trim().is_empty());
        let token = find(cookie_headers, &self.csrf.name).and_then(|value| CsrfToken::parse(&value));
        CsrfEvidence { has_cookies, token }
    }

    /// The session token inside the session cookie, when it decrypts.
    pub fn read_session(&self, cookie_headers: &[&str]) -> Option<SessionToken> {
        let raw = find(cookie_headers, &self.session.name)?;
        self.keys.iter().find_map(|key| {
            let mut jar = CookieJar::new();
            jar.add_original(Cookie::new(self.session.name.clone(), raw.clone()));
            jar.private(key).get(&self.session.name).map(|c| SessionToken::from_client(c.value()))
        })
    }

    fn encrypt(&self, value: &str) -> String {
        let Some(key) = self.keys.first() else { return String::new() };
        let mut jar = CookieJar::new();
        jar.private_mut(key).add(Cookie::new(self.session.name.clone(), value.to_string()));
        jar.get(&self.session.name).map(|c| c.value().to_string()).unwrap_or_default()
    }
}

/// A 64-byte cookie key from a configured secret of any length.
fn key_from(secret: &Secret) -> Option<Key> {
    let digest = Sha512::digest(secret.expose().as_bytes());
    Key::try_from(digest.as_slice()).ok()
}

fn find(cookie_headers: &[&str], name: &str) -> Option<String> {
    cookie_headers
        .iter()
        .flat_map(|header| Cookie::split_parse(header.to_string()))
        .filter_map(Result::ok)
        .find(|c| c.name() == name)
        .map(|c| c.value().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn policy(dev: bool, secrets: &[&str]) -> CookiePolicy {
        let config = Config { dev, ..Config::default() };
        let secrets: Vec<Secret> =
            secrets.iter().map(|s| serde_json::from_value(serde_json::json!(s)).unwrap()).collect();
        CookiePolicy::new(&config, "http://127.0.0.1:4433/", &secrets)
    }

    #[test]
    fn session_cookies_are_encrypted_and_read_back() {
        let p = policy(false, &["a-long-enough-secret-value"]);
        let token = SessionToken::generate();
        let now = Utc::now();
        let header = p.session_cookie(&token, now, now + chrono::Duration::hours(1));
        assert!(header.starts_with("ory_kratos_session="));
        assert!(header.contains("HttpOnly") && header.contains("Secure") && header.contains("SameSite=Lax"));
        assert!(header.contains("Max-Age=3600") && header.contains("Path=/"));
        assert!(!header.contains(&token.expose()[7..]), "the token is not readable in the cookie");
        let pair = header.split(';').next().unwrap();
        assert_eq!(p.read_session(&[pair]), Some(token.clone()));
        let again = p.session_cookie(&token, now, now + chrono::Duration::hours(1));
        assert_ne!(again.split(';').next(), Some(pair), "each issue has a fresh nonce");
    }

    #[test]
    fn rotated_secrets_still_decrypt_and_unknown_ones_do_not() {
        let old = policy(false, &["old-secret-0123456789"]);
        let token = SessionToken::generate();
        let now = Utc::now();
        let header = old.session_cookie(&token, now, now);
        let pair = header.split(';').next().unwrap();
        let rotated = policy(false, &["new-secret-0123456789", "old-secret-0123456789"]);
        assert_eq!(rotated.read_session(&[pair]), Some(token));
        let stranger = policy(false, &["another-secret-0123456789"]);
        assert_eq!(stranger.read_session(&[pair]), None);
    }

    #[test]
    fn dev_mode_drops_secure_and_keeps_lax() {
        let p = policy(true, &["a-long-enough-secret-value"]);
        let token = CsrfToken::generate();
        let header = p.csrf_cookie(&token);
        assert!(header.starts_with("csrf_token_") && !header.contains("Secure"));
        assert!(header.contains("SameSite=Lax") && header.contains("Max-Age=31536000"));
        let evidence = p.read_csrf(&[header.split(';').next().unwrap()]);
        assert_eq!(evidence.token, Some(token));
    }
}
