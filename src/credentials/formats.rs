//! Parsing and verifying stored password hashes in the formats Kratos accepts on import.
//!
//! Every format is parsed into a [`StoredHash`] first, which also enforces Kratos's parameter
//! bounds, so import validation and login verification share one parser. Comparisons of derived
//! keys are constant-time.

use base64::Engine;
use base64::engine::general_purpose::{STANDARD, STANDARD_NO_PAD};
use hmac::Hmac;
use sha1::Sha1;
use sha2::{Digest, Sha256, Sha512};
use subtle::ConstantTimeEq;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HashError {
    #[error("The imported password does not match any known hash format.")]
    UnknownFormat,
    #[error("the password hash is malformed: {0}")]
    Malformed(String),
    #[error("the password hash parameters are out of bounds: {0}")]
    OutOfBounds(String),
    #[error("The password must be at most 72 characters long, but got {0}.")]
    TooLong(usize),
    #[error("hashing failed: {0}")]
    Hashing(String),
}

/// The largest bcrypt input; longer passwords are refused rather than silently truncated.
pub const BCRYPT_MAX_PASSWORD: usize = 72;

enum Pbkdf2Digest {
    Sha1,
    Sha256,
    Sha512,
    Sha3_224,
    Sha3_384,
}

enum StoredHash<'a> {
    Bcrypt(&'a str),
    Argon2(argon2::PasswordHash<'a>),
    Pbkdf2 { digest: Pbkdf2Digest, iterations: u32, salt: Vec<u8>, key: Vec<u8> },
    Scrypt { params: scrypt::Params, salt: Vec<u8>, key: Vec<u8> },
    Ssha { bits: u16, digest_and_salt: Vec<u8> },
}

fn b64(part: &str) -> Result<Vec<u8>, HashError> {
    STANDARD
        .decode(part)
        .or_else(|_| STANDARD_NO_PAD.decode(part))
        .map_err(|e| HashError::Malformed(format!("invalid base64: {e}")))
}

fn bounded(name: &str, value: u64, max: u64) -> Result<u64, HashError> {
    if value == 0 || value > max {
        return Err(HashError::OutOfBounds(format!("{name}={value} must be between 1 and {max}")));
    }
    Ok(value)
}

/// Reads `k=v,k=v` parameter lists.
fn params(section: &str) -> impl Iterator<Item = (&str, &str)> {
    section.split(',').filter_map(|kv| kv.split_once('='))
}

fn param(section: &str, key: &str) -> Result<u64, HashError> {
    params(section)
        .find(|(k, _)| *k == key)
        .and_then(|(_, v)| v.parse().ok())
        .ok_or_else(|| HashError::Malformed(format!("missing or invalid parameter {key}")))
}

fn parse(stored: &str) -> Result<StoredHash<'_>, HashError> {
    if is_bcrypt(stored) {
        return parse_bcrypt(stored);
    }
    if stored.starts_with("$argon2id$") || stored.starts_with("$argon2i$") {
        return parse_argon2(stored);
    }
    if let Some(rest) = stored.strip_prefix("$pbkdf2-") {
        return parse_pbkdf2(rest);
    }
    if let Some(rest) = stored.strip_prefix("$scrypt$") {
        return parse_scrypt(rest);
    }
    for (prefix, bits) in [("{SSHA}", 1), ("{SSHA256}", 256), ("{SSHA512}", 512)] {
        if let Some(rest) = stored.strip_prefix(prefix) {
            return Ok(StoredHash::Ssha { bits, digest_and_salt: b64(rest)? });
        }
    }
    Err(HashError::UnknownFormat)
}

pub(crate) fn is_bcrypt(stored: &str) -> bool {
    let b = stored.as_bytes();
    b.len() > 4
        && b.starts_with(b"$2")
        && (b[2] == b'$' || (matches!(b[2], b'a' | b'b' | b'y' | b'z') && b[3] == b'$'))
}

fn parse_bcrypt(stored: &str) -> Result<StoredHash<'_>, HashError> {
    let cost: u64 = stored
        .split('$')
        .nth(2)
        .and_then(|c| c.parse().ok())
        .ok_or_else(|| HashError::Malformed("bcrypt cost missing".into()))?;
    if !(4..=31).contains(&cost) {
        return Err(HashError::OutOfBounds(format!("bcrypt cost {cost}")));
    }
    Ok(StoredHash::Bcrypt(stored))
}

fn parse_argon2(stored: &str) -> Result<StoredHash<'_>, HashError> {
    let parsed = argon2::PasswordHash::new(stored).map_err(|e| HashError::Malformed(e.to_string()))?;
    if parsed.version != Some(19) {
        return Err(HashError::OutOfBounds("argon2 version must be 19".into()));
    }
    let get = |key: &str| parsed.params.get_decimal(key).map(u64::from);
    let (m, t, p) = (get("m"), get("t"), get("p"));
    let (Some(m), Some(t), Some(p)) = (m, t, p) else {
        return Err(HashError::Malformed("argon2 needs m, t and p".into()));
    };
    bounded("m", m, 1 << 20)?;
    bounded("t", t, 10)?;
    bounded("p", p, 16)?;
    if parsed.hash.is_none() || parsed.salt.is_none() {
        return Err(HashError::Malformed("argon2 salt or key missing".into()));
    }
    Ok(StoredHash::Argon2(parsed))
}

fn parse_pbkdf2(rest: &str) -> Result<StoredHash<'static>, HashError> {
    let mut parts = rest.split('$');
    let (Some(alg), Some(section), Some(salt), Some(key), None) =
        (parts.next(), parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(HashError::Malformed("pbkdf2 needs $pbkdf2-ALG$i=,l=$SALT$HASH".into()));
    };
    // Kratos's quirk: sha224 and sha384 name the SHA-3 variants; unknown names mean sha256.
    let digest = match alg {
        "sha1" => Pbkdf2Digest::Sha1,
        "sha512" => Pbkdf2Digest::Sha512,
        "sha224" => Pbkdf2Digest::Sha3_224,
        "sha384" => Pbkdf2Digest::Sha3_384,
        _ => Pbkdf2Digest::Sha256,
    };
    let iterations = bounded("i", param(section, "i")?, 10_000_000)? as u32;
    let key = b64(key)?;
    let length = param(section, "l")?;
    if key.is_empty() || length != key.len() as u64 {
        return Err(HashError::Malformed("pbkdf2 key length does not match l".into()));
    }
    Ok(StoredHash::Pbkdf2 { digest, iterations, salt: b64(salt)?, key })
}

fn parse_scrypt(rest: &str) -> Result<StoredHash<'static>, HashError> {
    let mut parts = rest.split('$');
    let (Some(section), Some(salt), Some(key), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(HashError::Malformed("scrypt needs $scrypt$ln=,r=,p=$SALT$HASH".into()));
    };
    // In Kratos's format `ln` is N itself, not its logarithm.
    let n = bounded("ln", param(section, "ln")?, 1 << 17)?;
    if !n.is_power_of_two() || n < 2 {
        return Err(HashError::OutOfBounds(format!("scrypt N={n} must be a power of two")));
    }
    let r = bounded("r", param(section, "r")?, 8)? as u32;
    let p = bounded("p", param(section, "p")?, 10)? as u32;
    let key = b64(key)?;
    let params = scrypt::Params::new(n.trailing_zeros() as u8, r, p, key.len().max(10))
        .map_err(|e| HashError::OutOfBounds(e.to_string()))?;
    Ok(StoredHash::Scrypt { params, salt: b64(salt)?, key })
}

/// Checks that an imported hash is in a known format and within bounds.
pub fn validate_imported(stored: &str) -> Result<(), HashError> {
    parse(stored).map(|_| ())
}

/// Verifies a password against a stored hash. `Ok(false)` is a mismatch; an error means the
/// hash could not be used (login treats both the same).
pub fn verify(password: &[u8], stored: &str) -> Result<bool, HashError> {
    match parse(stored)? {
        StoredHash::Bcrypt(hash) => {
            if password.len() > BCRYPT_MAX_PASSWORD {
                return Err(HashError::TooLong(password.len()));
            }
            bcrypt::verify(password, hash).map_err(|e| HashError::Malformed(e.to_string()))
        }
        StoredHash::Argon2(hash) => {
            use argon2::PasswordVerifier;
            Ok(argon2::Argon2::default().verify_password(password, &hash).is_ok())
        }
        StoredHash::Pbkdf2 { digest, iterations, salt, key } => {
            let mut out = vec![0u8; key.len()];
            let derive = match digest {
                Pbkdf2Digest::Sha1 => pbkdf2::pbkdf2::<Hmac<Sha1>>,
                Pbkdf2Digest::Sha256 => pbkdf2::pbkdf2::<Hmac<Sha256>>,
                Pbkdf2Digest::Sha512 => pbkdf2::pbkdf2::<Hmac<Sha512>>,
                Pbkdf2Digest::Sha3_224 => pbkdf2::pbkdf2::<Hmac<sha3::Sha3_224>>,
                Pbkdf2Digest::Sha3_384 => pbkdf2::pbkdf2::<Hmac<sha3::Sha3_384>>,
            };
            derive(password, &salt, iterations, &mut out).map_err(|e| HashError::Hashing(e.to_string()))?;
            Ok(bool::from(out.ct_eq(&key)))
        }
        StoredHash::Scrypt { params, salt, key } => {
            let mut out = vec![0u8; key.len()];
            scrypt::scrypt(password, &salt, &params, &mut out)
                .map_err(|e| HashError::Hashing(e.to_string()))?;
            Ok(bool::from(out.ct_eq(&key)))
        }
        StoredHash::Ssha { bits, digest_and_salt } => Ok(verify_ssha(bits, password, &digest_and_salt)),
    }
}

fn verify_ssha(bits: u16, password: &[u8], digest_and_salt: &[u8]) -> bool {
    fn check<D: Digest>(password: &[u8], stored: &[u8]) -> bool {
        let size = <D as Digest>::output_size();
        if stored.len() <= size {
            return false;
        }
        let (digest, salt) = stored.split_at(size);
        let mut hasher = D::new();
        hasher.update(password);
        hasher.update(salt);
        bool::from(hasher.finalize().as_slice().ct_eq(digest))
    }
    match bits {
        1 => check::<Sha1>(password, digest_and_salt),
        256 => check::<Sha256>(password, digest_and_salt),
        _ => check::<Sha512>(password, digest_and_salt),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pbkdf2_hash(alg: &str, password: &[u8]) -> String {
        let salt = b"saltsaltsaltsalt";
        let mut key = [0u8; 32];
        match alg {
            "sha512" => pbkdf2::pbkdf2::<Hmac<Sha512>>(password, salt, 1000, &mut key).unwrap(),
            "sha384" => pbkdf2::pbkdf2::<Hmac<sha3::Sha3_384>>(password, salt, 1000, &mut key).unwrap(),
            _ => pbkdf2::pbkdf2::<Hmac<Sha256>>(password, salt, 1000, &mut key).unwrap(),
        }
        format!("$pbkdf2-{alg}$i=1000,l=32${}${}", STANDARD_NO_PAD.encode(salt), STANDARD_NO_PAD.encode(key))
    }

    #[test]
    fn bcrypt_hashes_verify_and_reject() {
        let hash = bcrypt::hash("correct horse", 4).unwrap();
        assert_eq!(verify(b"correct horse", &hash), Ok(true));
        assert_eq!(verify(b"wrong horse", &hash), Ok(false));
        assert!(matches!(verify(&[b'a'; 73], &hash), Err(HashError::TooLong(73))));
    }

    #[test]
    fn argon2_hashes_in_kratos_format_verify() {
        // A Kratos-style argon2id hash of "password" (m=16 KiB, t=1, p=1).
        use argon2::{PasswordHasher, password_hash::SaltString};
        let params = argon2::Params::new(16, 1, 1, Some(32)).unwrap();
        let argon = argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params);
        let salt = SaltString::encode_b64(b"0123456789abcdef").unwrap();
        let hash = argon.hash_password(b"password", &salt).unwrap().to_string();
        assert!(hash.starts_with("$argon2id$v=19$m=16,t=1,p=1$"));
        assert_eq!(verify(b"password", &hash), Ok(true));
        assert_eq!(verify(b"Password", &hash), Ok(false));
    }

    #[test]
    fn argon2_bounds_are_enforced() {
        let too_many_rounds =
            "$argon2id$v=19$m=16,t=11,p=1$MDEyMzQ1Njc4OWFiY2RlZg$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
        assert!(matches!(validate_imported(too_many_rounds), Err(HashError::OutOfBounds(_))));
    }

    #[test]
    fn pbkdf2_variants_verify_including_the_sha3_quirk() {
        for alg in ["sha256", "sha512", "sha384"] {
            let hash = pbkdf2_hash(alg, b"hunter2");
            assert_eq!(verify(b"hunter2", &hash), Ok(true), "{alg}");
            assert_eq!(verify(b"hunter3", &hash), Ok(false), "{alg}");
        }
    }

    #[test]
    fn scrypt_reads_ln_as_n_itself() {
        let salt = b"NaCl-NaCl-NaCl-!";
        let params = scrypt::Params::new(10, 8, 1, 32).unwrap();
        let mut key = [0u8; 32];
        scrypt::scrypt(b"pw", salt, &params, &mut key).unwrap();
        let hash = format!("$scrypt$ln=1024,r=8,p=1${}${}", STANDARD.encode(salt), STANDARD.encode(key));
        assert_eq!(verify(b"pw", &hash), Ok(true));
        assert_eq!(verify(b"px", &hash), Ok(false));
        assert!(validate_imported("$scrypt$ln=1000,r=8,p=1$AAAA$AAAA").is_err());
    }

    #[test]
    fn salted_sha_verifies() {
        let salt = b"salt1234";
        let mut h = Sha256::new();
        h.update(b"secret");
        h.update(salt);
        let mut stored = h.finalize().to_vec();
        stored.extend_from_slice(salt);
        let hash = format!("{{SSHA256}}{}", STANDARD.encode(stored));
        assert_eq!(verify(b"secret", &hash), Ok(true));
        assert_eq!(verify(b"secreT", &hash), Ok(false));
    }

    #[test]
    fn unknown_formats_are_refused() {
        assert_eq!(validate_imported("plaintext"), Err(HashError::UnknownFormat));
        assert_eq!(validate_imported("$md4$abc"), Err(HashError::UnknownFormat));
        assert!(verify(b"x", "$pbkdf2-sha256$i=0,l=32$AAAA$AAAA").is_err());
    }
}
