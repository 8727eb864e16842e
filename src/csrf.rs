//! Anti-CSRF tokens in nosurf's scheme, which Kratos uses.
//!
//! The browser keeps the real token (32 random bytes) in a cookie; forms carry it masked: a
//! fresh 32-byte one-time pad followed by the token XOR the pad, base64-encoded, so the value
//! in the page changes on every render. Verification unmasks and compares in constant time.
//! Knows no HTTP.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use rand::RngCore;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

const LEN: usize = 32;

/// The real token, as kept in the cookie and in browser flows.
#[derive(Clone, PartialEq, Eq)]
pub struct CsrfToken([u8; LEN]);

impl std::fmt::Debug for CsrfToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("CsrfToken(<redacted>)")
    }
}

impl CsrfToken {
    pub fn generate() -> Self {
        let mut bytes = [0u8; LEN];
        rand::rng().fill_bytes(&mut bytes);
        Self(bytes)
    }

    /// Reads a cookie value (or a stored token); `None` unless it is 32 bytes of base64, or a
    /// masked 64-byte token.
    pub fn parse(value: &str) -> Option<Self> {
        let bytes = STANDARD.decode(value.trim()).ok()?;
        unmask(&bytes).map(Self)
    }

    /// The cookie value: standard base64 of the 32 bytes.
    pub fn encode(&self) -> String {
        STANDARD.encode(self.0)
    }

    /// A freshly masked copy for a form.
    pub fn masked(&self) -> String {
        let mut pad = [0u8; LEN];
        rand::rng().fill_bytes(&mut pad);
        let mut out = Vec::with_capacity(2 * LEN);
        out.extend_from_slice(&pad);
        out.extend(self.0.iter().zip(pad.iter()).map(|(t, p)| t ^ p));
        STANDARD.encode(out)
    }

    /// Whether a presented token (masked or not) is this one.
    pub fn verify(&self, presented: &str) -> bool {
        CsrfToken::parse(presented).is_some_and(|other| bool::from(self.0.ct_eq(&other.0)))
    }
}

fn unmask(bytes: &[u8]) -> Option<[u8; LEN]> {
    match bytes.len() {
        LEN => bytes.try_into().ok(),
        n if n == 2 * LEN => {
            let (pad, masked) = bytes.split_at(LEN);
            let mut token = [0u8; LEN];
            for (i, out) in token.iter_mut().enumerate() {
                *out = pad[i] ^ masked[i];
            }
            Some(token)
        }
        _ => None,
    }
}

/// What a request showed of its anti-CSRF cookie.
#[derive(Debug, Clone, Default)]
pub struct CsrfEvidence {
    /// Whether the request carried any cookie at all.
    pub has_cookies: bool,
    /// The real token from the anti-CSRF cookie, when it carried a valid one.
    pub token: Option<CsrfToken>,
}

/// Why a CSRF check failed; each has its own explanation for the user.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CsrfFailure {
    /// No cookies at all.
    NoCookies,
    /// Cookies, but not the anti-CSRF one.
    CookieMissing,
    /// The cookie, but no token in the submission.
    TokenNotSent,
    /// Cookie and token do not belong together.
    Mismatch,
}

impl CsrfEvidence {
    fn cookie(&self) -> Result<&CsrfToken, CsrfFailure> {
        match (&self.token, self.has_cookies) {
            (Some(token), _) => Ok(token),
            (None, false) => Err(CsrfFailure::NoCookies),
            (None, true) => Err(CsrfFailure::CookieMissing),
        }
    }

    /// Checks a token sent with a submission against the cookie.
    pub fn check_presented(&self, presented: Option<&str>) -> Result<(), CsrfFailure> {
        let token = self.cookie()?;
        match presented.filter(|p| !p.is_empty()) {
            None => Err(CsrfFailure::TokenNotSent),
            Some(p) if token.verify(p) => Ok(()),
            Some(_) => Err(CsrfFailure::Mismatch),
        }
    }

    /// Checks the token a flow was created with against the cookie.
    pub fn check_stored(&self, stored: &str) -> Result<(), CsrfFailure> {
        if self.cookie()?.verify(stored) { Ok(()) } else { Err(CsrfFailure::Mismatch) }
    }
}

/// The cookie name: `csrf_token_` and the hex SHA-256 of the public base URL, as Kratos names
/// it, so that several deployments on one domain do not collide.
pub fn cookie_name(public_base_url: &str) -> String {
    let digest = Sha256::digest(public_base_url.as_bytes());
    let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
    format!("csrf_token_{hex}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masked_tokens_verify_and_differ_each_time() {
        let token = CsrfToken::generate();
        let (a, b) = (token.masked(), token.masked());
        assert_ne!(a, b);
        assert!(token.verify(&a) && token.verify(&b));
        assert!(token.verify(&token.encode()), "the raw token verifies too");
        assert!(!CsrfToken::generate().verify(&a));
        assert!(!token.verify("invalid_token"));
        assert!(!token.verify(""));
    }

    #[test]
    fn cookie_values_round_trip() {
        let token = CsrfToken::generate();
        assert_eq!(CsrfToken::parse(&token.encode()), Some(token.clone()));
        assert!(CsrfToken::parse("c2hvcnQ=").is_none());
        assert_eq!(STANDARD.decode(token.masked()).unwrap().len(), 64);
    }

    #[test]
    fn evidence_explains_each_failure() {
        let token = CsrfToken::generate();
        let none = CsrfEvidence::default();
        assert_eq!(none.check_presented(Some(&token.masked())), Err(CsrfFailure::NoCookies));
        let other_cookies = CsrfEvidence { has_cookies: true, token: None };
        assert_eq!(other_cookies.check_stored(&token.encode()), Err(CsrfFailure::CookieMissing));
        let good = CsrfEvidence { has_cookies: true, token: Some(token.clone()) };
        assert_eq!(good.check_presented(None), Err(CsrfFailure::TokenNotSent));
        assert_eq!(good.check_presented(Some("invalid_token")), Err(CsrfFailure::Mismatch));
        assert_eq!(good.check_presented(Some(&token.masked())), Ok(()));
        assert_eq!(good.check_stored(&token.encode()), Ok(()));
    }

    #[test]
    fn the_cookie_name_is_derived_from_the_public_url() {
        let name = cookie_name("http://127.0.0.1:4433/");
        assert!(name.starts_with("csrf_token_") && name.len() == 11 + 64);
        assert_ne!(name, cookie_name("https://auth.example.com/"));
    }
}
