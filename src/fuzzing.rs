//! Entry points for the fuzz targets in `fuzz/` and for the test that replays their corpus.
//! Each takes arbitrary bytes and must never panic; what it returns is irrelevant.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::config::{Config, Secret, load_from_str};
use crate::credentials::{validate_imported, verify};
use crate::csrf::CsrfToken;
use crate::flow::decode_login_body;
use crate::http::CookiePolicy;

thread_local! {
    static RUNTIME: Option<tokio::runtime::Runtime> =
        tokio::runtime::Builder::new_current_thread().build().ok();
}

/// The first byte picks the content type; the rest is the body.
pub fn login_body(data: &[u8]) {
    let Some((selector, body)) = data.split_first() else { return };
    let content_type = match selector % 5 {
        0 => Some("application/json"),
        1 => Some("application/x-www-form-urlencoded"),
        2 => Some("multipart/form-data; boundary=XyZ"),
        3 => None,
        _ => Some("text/plain"),
    };
    RUNTIME.with(|runtime| {
        if let Some(runtime) = runtime {
            let _ = runtime.block_on(decode_login_body(content_type, body));
        }
    });
}

/// Parses any text as an imported hash. Verification runs only for the formats whose cost
/// does not depend on parameters in the input, so a run cannot be stalled by a huge work factor.
pub fn hashed_password(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    if validate_imported(&text).is_ok() {
        let cheap = ["{SSHA", "$sha1$", "$sha256$", "$sha512$", "$md5$", "$hmac-"];
        if cheap.iter().any(|prefix| text.starts_with(prefix)) {
            let _ = verify(b"password", &text);
        }
    }
}

fn cookie_policy() -> &'static CookiePolicy {
    static POLICY: OnceLock<CookiePolicy> = OnceLock::new();
    POLICY.get_or_init(|| {
        let secret: Vec<Secret> = vec![Secret::random()];
        CookiePolicy::new(&Config::default(), "http://127.0.0.1:4433/", &secret)
    })
}

/// Anti-CSRF tokens and `Cookie` headers, as a browser (or an attacker) sends them.
pub fn csrf_and_cookies(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    if let Some(token) = CsrfToken::parse(&text) {
        let _ = token.verify(&token.masked());
    }
    let _ = CsrfToken::generate().verify(&text);
    let policy = cookie_policy();
    let _ = policy.read_csrf(&[&text]);
    let _ = policy.read_session(&[&text]);
}

/// The configuration loader on any YAML text (with an empty environment).
pub fn config(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let _ = load_from_str(&text, "fuzz.yml", &HashMap::new());
}
