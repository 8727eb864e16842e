//! Session tokens: `ory_st_` and 43 random alphanumeric characters, 256 bits of randomness
//! (Kratos uses 32 characters, about 190 bits) in Kratos's format. The token itself is a secret;
//! stores keep only its digest.

use std::fmt;

use rand::Rng;
use rand::distr::Alphanumeric;
use sha2::{Digest, Sha256, Sha512};

const PREFIX: &str = "ory_st_";
/// 62^43 > 2^256.
const RANDOM_LEN: usize = 43;
const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/// `RANDOM_LEN` alphanumerics drawn from HMAC-SHA512 output without modulo bias: bytes of 248
/// and above (62 x 4) are skipped, and further blocks (a counter after the input) are computed
/// while characters are missing.
fn derive_alphanumeric(secret: &[u8], input: &[u8]) -> String {
    use hmac::Mac;
    let mut out = String::with_capacity(RANDOM_LEN);
    // One block nearly always suffices (64 bytes, 43 needed, each usable with p = 31/32).
    for block in 0u64.. {
        let mut mac = <hmac::Hmac<Sha512> as hmac::digest::KeyInit>::new_from_slice(secret)
            .unwrap_or_else(|_| unreachable!("HMAC accepts keys of any length"));
        mac.update(input);
        mac.update(&block.to_be_bytes());
        for byte in mac.finalize().into_bytes().iter().filter(|b| **b < 248) {
            out.push(char::from(ALPHABET[usize::from(*byte) % 62]));
            if out.len() == RANDOM_LEN {
                return out;
            }
        }
    }
    out
}

/// A session token as handed to a client. Never printed.
#[derive(Clone, PartialEq, Eq)]
pub struct SessionToken(String);

impl SessionToken {
    pub fn generate() -> Self {
        let random: String =
            rand::rng().sample_iter(&Alphanumeric).take(RANDOM_LEN).map(char::from).collect();
        Self(format!("{PREFIX}{random}"))
    }

    /// Wraps a token received from a client. Any string is accepted: unknown tokens simply do
    /// not match a stored digest.
    pub fn from_client(raw: &str) -> Self {
        Self(raw.to_string())
    }

    pub fn expose(&self) -> &str {
        &self.0
    }

    pub fn digest(&self) -> TokenDigest {
        TokenDigest::of(&self.0)
    }
}

impl fmt::Debug for SessionToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SessionToken(<redacted>)")
    }
}

/// A session's logout token: `ory_lo_` and 43 alphanumerics derived from the session token by
/// HMAC-SHA512 under a server secret. Derived, not stored: the store holds nothing usable, and
/// the token can be recomputed from the browser's session cookie at logout.
#[derive(Clone, PartialEq, Eq)]
pub struct LogoutToken(String);

impl LogoutToken {
    pub fn derive(secret: &[u8], session: &SessionToken) -> Self {
        Self(format!("ory_lo_{}", derive_alphanumeric(secret, session.expose().as_bytes())))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }

    /// Constant-time comparison with a token a client presented.
    pub fn matches(&self, presented: &str) -> bool {
        use subtle::ConstantTimeEq;
        bool::from(self.0.as_bytes().ct_eq(presented.as_bytes()))
    }
}

impl fmt::Debug for LogoutToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("LogoutToken(<redacted>)")
    }
}

/// The hex SHA-256 of a token: what the store keeps and looks tokens up by. A full-entropy
/// token needs no salt or slow hash, and equality lookups by digest leak nothing useful.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct TokenDigest(pub String);

impl TokenDigest {
    pub fn of(token: &str) -> Self {
        let mut text = [0u8; 64];
        hex::encode_to_slice(Sha256::digest(token.as_bytes()), &mut text)
            .unwrap_or_else(|_| unreachable!("a SHA-256 digest is 64 hex digits"));
        // Hex digits are ASCII. (`from_utf8_lossy` cost five times as much on every session check.)
        Self(std::str::from_utf8(&text).unwrap_or_else(|_| unreachable!("hex digits are ASCII")).to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_have_kratos_shape() {
        let token = SessionToken::generate();
        let raw = token.expose();
        assert!(raw.starts_with("ory_st_"));
        assert_eq!(raw.len(), 7 + 43);
        assert!(raw[7..].chars().all(|c| c.is_ascii_alphanumeric()));
        assert_ne!(SessionToken::generate(), token);
    }

    #[test]
    fn logout_tokens_are_derived_per_session_and_secret() {
        let session = SessionToken::generate();
        let token = LogoutToken::derive(b"secret", &session);
        assert!(token.expose().starts_with("ory_lo_") && token.expose().len() == 50);
        assert!(token.expose()[7..].chars().all(|c| c.is_ascii_alphanumeric()));
        assert!(token.matches(LogoutToken::derive(b"secret", &session).expose()));
        assert!(!token.matches(LogoutToken::derive(b"other", &session).expose()));
        assert!(!token.matches(LogoutToken::derive(b"secret", &SessionToken::generate()).expose()));
        assert!(!token.matches(""));
    }

    #[test]
    fn digests_are_stable_and_hide_the_token() {
        let token = SessionToken::generate();
        assert_eq!(token.digest(), token.digest());
        assert!(!token.digest().0.contains(&token.expose()[7..]));
        assert!(!format!("{token:?}").contains(&token.expose()[7..]));
        // Lowercase hex of SHA-256, the form every stored session is keyed by.
        assert_eq!(
            TokenDigest::of("abc").0,
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
