//! Parsing and verifying stored password hashes in the formats Kratos accepts on import.
//!
//! Every format is parsed into a [`StoredHash`] first, which also enforces Kratos's parameter
//! bounds, so import validation and login verification share one parser. Comparisons of derived
//! keys are constant-time.

use base64::Engine;
use base64::engine::general_purpose::{STANDARD, STANDARD_NO_PAD};
use hmac::{Hmac, Mac};
use sha1::Sha1;
use sha2::{Digest, Sha256, Sha512};
use subtle::ConstantTimeEq;

use super::Scratch;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HashError {
    #[error("The imported password does not match any known hash format.")]
    UnknownFormat,
    #[error("the password hash is malformed: {0}")]
    Malformed(String),
    #[error("the password hash parameters are out of bounds: {0}")]
    OutOfBounds(String),
    #[error("The password must be at most {max} characters long, but got {actual}.")]
    TooLong { max: usize, actual: usize },
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
    Pbkdf2 {
        digest: Pbkdf2Digest,
        iterations: u32,
        salt: Vec<u8>,
        key: Vec<u8>,
    },
    Scrypt {
        params: scrypt::Params,
        salt: Vec<u8>,
        key: Vec<u8>,
    },
    Ssha {
        bits: u16,
        digest_and_salt: Vec<u8>,
    },
    /// `$sha1$`, `$sha256$`, `$sha512$` and salted `$md5$`: a digest of a template in which
    /// `{SALT}` and `{PASSWORD}` are substituted.
    Template {
        digest: Digests,
        template: Vec<u8>,
        salt: Vec<u8>,
        hash: Vec<u8>,
    },
    /// The Unix crypt family, stored as `$md5-crypt$`, `$sha256-crypt$` or `$sha512-crypt$`
    /// followed by the rest of a `$1$`, `$5$` or `$6$` crypt string.
    Crypt {
        scheme: Crypt,
        crypt: String,
    },
    /// Unsalted `$md5$`.
    Md5 {
        hash: Vec<u8>,
    },
    /// `$hmac-ALG$`: the hex HMAC of the password under a key.
    Hmac {
        digest: Digests,
        hex: Vec<u8>,
        key: Vec<u8>,
    },
    /// Firebase's scrypt variant: the scrypt key encrypts a signer key with AES-256-CTR.
    FireScrypt {
        params: scrypt::Params,
        salt: Vec<u8>,
        separator: Vec<u8>,
        hash: Vec<u8>,
        signer_key: Vec<u8>,
    },
}

#[derive(Debug, Clone, Copy)]
enum Crypt {
    Md5,
    Sha256,
    Sha512,
}

#[derive(Debug, Clone, Copy)]
enum Digests {
    Md4,
    Md5,
    Sha1,
    Sha224,
    Sha256,
    Sha384,
    Sha512,
}

impl Digests {
    fn parse(name: &str) -> Option<Self> {
        Some(match name {
            "md4" => Digests::Md4,
            "md5" => Digests::Md5,
            "sha1" => Digests::Sha1,
            "sha224" => Digests::Sha224,
            "sha256" => Digests::Sha256,
            "sha384" => Digests::Sha384,
            "sha512" => Digests::Sha512,
            _ => return None,
        })
    }

    fn digest(self, data: &[u8]) -> Vec<u8> {
        match self {
            Digests::Md4 => md4::Md4::digest(data).to_vec(),
            Digests::Md5 => md5::Md5::digest(data).to_vec(),
            Digests::Sha1 => Sha1::digest(data).to_vec(),
            Digests::Sha224 => sha2::Sha224::digest(data).to_vec(),
            Digests::Sha256 => Sha256::digest(data).to_vec(),
            Digests::Sha384 => sha2::Sha384::digest(data).to_vec(),
            Digests::Sha512 => Sha512::digest(data).to_vec(),
        }
    }

    fn hmac(self, key: &[u8], data: &[u8]) -> Vec<u8> {
        fn run<M: Mac + hmac::digest::KeyInit>(key: &[u8], data: &[u8]) -> Vec<u8> {
            match <M as hmac::digest::KeyInit>::new_from_slice(key) {
                Ok(mut mac) => {
                    mac.update(data);
                    mac.finalize().into_bytes().to_vec()
                }
                Err(_) => Vec::new(),
            }
        }
        match self {
            Digests::Md4 => run::<Hmac<md4::Md4>>(key, data),
            Digests::Md5 => run::<Hmac<md5::Md5>>(key, data),
            Digests::Sha1 => run::<Hmac<Sha1>>(key, data),
            Digests::Sha224 => run::<Hmac<sha2::Sha224>>(key, data),
            Digests::Sha256 => run::<Hmac<Sha256>>(key, data),
            Digests::Sha384 => run::<Hmac<sha2::Sha384>>(key, data),
            Digests::Sha512 => run::<Hmac<Sha512>>(key, data),
        }
    }
}

/// Substitutes `{SALT}` and `{PASSWORD}` in a template.
fn fill_template(template: &[u8], salt: &[u8], password: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(template.len() + salt.len() + password.len());
    let mut rest = template;
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix(b"{SALT}") {
            out.extend_from_slice(salt);
            rest = after;
        } else if let Some(after) = rest.strip_prefix(b"{PASSWORD}") {
            out.extend_from_slice(password);
            rest = after;
        } else {
            out.push(rest[0]);
            rest = &rest[1..];
        }
    }
    out
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
    for (prefix, scheme, id) in [
        ("$md5-crypt$", Crypt::Md5, "$1$"),
        ("$sha256-crypt$", Crypt::Sha256, "$5$"),
        ("$sha512-crypt$", Crypt::Sha512, "$6$"),
    ] {
        if let Some(rest) = stored.strip_prefix(prefix) {
            return Ok(StoredHash::Crypt { scheme, crypt: format!("{id}{rest}") });
        }
    }
    if let Some(rest) = stored.strip_prefix("$firescrypt$") {
        return parse_firescrypt(rest);
    }
    if let Some(rest) = stored.strip_prefix("$hmac-") {
        return parse_hmac(rest);
    }
    if let Some(rest) = stored.strip_prefix("$md5$") {
        return parse_md5(rest);
    }
    for (prefix, digest) in
        [("$sha1$", Digests::Sha1), ("$sha256$", Digests::Sha256), ("$sha512$", Digests::Sha512)]
    {
        if let Some(rest) = stored.strip_prefix(prefix) {
            return parse_template(digest, rest);
        }
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

/// `pf=<b64 template>$<b64 salt>$<b64 hash>`.
fn parse_template(digest: Digests, rest: &str) -> Result<StoredHash<'static>, HashError> {
    let parts: Vec<&str> = rest.split('$').collect();
    let [section, salt, hash] = parts.as_slice() else {
        return Err(HashError::Malformed("expected pf=TEMPLATE$SALT$HASH".into()));
    };
    let template = section
        .strip_prefix("pf=")
        .ok_or_else(|| HashError::Malformed("the template must start with pf=".into()))?;
    Ok(StoredHash::Template { digest, template: b64(template)?, salt: b64(salt)?, hash: b64(hash)? })
}

fn parse_md5(rest: &str) -> Result<StoredHash<'static>, HashError> {
    if rest.starts_with("pf=") {
        return parse_template(Digests::Md5, rest);
    }
    Ok(StoredHash::Md5 { hash: b64(rest)? })
}

/// `ALG$<b64 of the hex digest>$<b64 key>`.
fn parse_hmac(rest: &str) -> Result<StoredHash<'static>, HashError> {
    let parts: Vec<&str> = rest.split('$').collect();
    let [alg, hex, key] = parts.as_slice() else {
        return Err(HashError::Malformed("expected $hmac-ALG$HASH$KEY".into()));
    };
    let digest = Digests::parse(alg).ok_or(HashError::UnknownFormat)?;
    let hex = b64(hex)?.to_ascii_lowercase();
    Ok(StoredHash::Hmac { digest, hex, key: b64(key)? })
}

/// `ln=<log2 N>,r=,p=$SALT$HASH$SEPARATOR$SIGNER_KEY`.
fn parse_firescrypt(rest: &str) -> Result<StoredHash<'static>, HashError> {
    let parts: Vec<&str> = rest.split('$').collect();
    let [section, salt, hash, separator, signer_key] = parts.as_slice() else {
        return Err(HashError::Malformed("expected $firescrypt$ln=,r=,p=$SALT$HASH$SEP$KEY".into()));
    };
    let log_n = bounded("ln", param(section, "ln")?, 17)? as u8;
    let r = bounded("r", param(section, "r")?, 8)? as u32;
    let p = bounded("p", param(section, "p")?, 10)? as u32;
    let params = scrypt::Params::new(log_n, r, p, 32).map_err(|e| HashError::OutOfBounds(e.to_string()))?;
    Ok(StoredHash::FireScrypt {
        params,
        salt: b64(salt)?,
        separator: b64(separator)?,
        hash: b64(hash)?,
        signer_key: b64(signer_key)?,
    })
}

fn verify_firescrypt(
    password: &[u8],
    params: &scrypt::Params,
    salt: &[u8],
    separator: &[u8],
    signer_key: &[u8],
) -> Result<Vec<u8>, HashError> {
    use aes::cipher::{KeyIvInit, StreamCipher};
    let mut key = [0u8; 32];
    let salted: Vec<u8> = [salt, separator].concat();
    scrypt::scrypt(password, &salted, params, &mut key).map_err(|e| HashError::Hashing(e.to_string()))?;
    let mut block = signer_key.to_vec();
    let mut cipher = ctr::Ctr128BE::<aes::Aes256>::new(&key.into(), &[0u8; 16].into());
    cipher.apply_keystream(&mut block);
    Ok(block)
}

/// Argon2 verification in the worker's kept memory (the crate's own `verify_password` would
/// allocate the whole working memory for every login).
fn verify_argon2(
    password: &[u8],
    hash: &argon2::PasswordHash<'_>,
    scratch: &mut Scratch,
) -> Result<bool, HashError> {
    let malformed = |e: argon2::password_hash::Error| HashError::Malformed(e.to_string());
    let algorithm = argon2::Algorithm::try_from(hash.algorithm).map_err(malformed)?;
    let params = argon2::Params::try_from(hash).map_err(malformed)?;
    let (Some(salt), Some(expected)) = (hash.salt, hash.hash) else {
        return Err(HashError::Malformed("argon2 salt or key missing".into()));
    };
    let mut salt_buffer = [0u8; argon2::password_hash::Salt::MAX_LENGTH];
    let salt = salt.decode_b64(&mut salt_buffer).map_err(malformed)?;
    let mut computed = vec![0u8; expected.len()];
    let argon = argon2::Argon2::new(algorithm, argon2::Version::V0x13, params.clone());
    scratch
        .with_argon2_blocks(params.block_count(), |blocks| {
            argon.hash_password_into_with_memory(password, salt, &mut computed, blocks)
        })
        .map_err(|e| HashError::Hashing(e.to_string()))?;
    Ok(bool::from(computed.as_slice().ct_eq(expected.as_bytes())))
}

fn to_hex(bytes: &[u8]) -> Vec<u8> {
    bytes.iter().flat_map(|b| format!("{b:02x}").into_bytes()).collect()
}

/// Checks that an imported hash is in a known format and within bounds.
pub fn validate_imported(stored: &str) -> Result<(), HashError> {
    parse(stored).map(|_| ())
}

/// Verifies a password against a stored hash. `Ok(false)` is a mismatch; an error means the
/// hash could not be used (login treats both the same).
pub fn verify(password: &[u8], stored: &str) -> Result<bool, HashError> {
    verify_with(password, stored, &mut Scratch::none())
}

/// [`verify`] with a hash worker's reusable memory.
pub fn verify_with(password: &[u8], stored: &str, scratch: &mut Scratch) -> Result<bool, HashError> {
    match parse(stored)? {
        StoredHash::Bcrypt(hash) => {
            if password.len() > BCRYPT_MAX_PASSWORD {
                return Err(HashError::TooLong { max: BCRYPT_MAX_PASSWORD, actual: password.len() });
            }
            bcrypt::verify(password, hash).map_err(|e| HashError::Malformed(e.to_string()))
        }
        StoredHash::Argon2(hash) => verify_argon2(password, &hash, scratch),
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
        StoredHash::Template { digest, template, salt, hash } => {
            Ok(bool::from(digest.digest(&fill_template(&template, &salt, password)).ct_eq(&hash)))
        }
        StoredHash::Crypt { scheme, crypt } => {
            // The crypt functions take text; a password that is not UTF-8 cannot match.
            let Ok(password) = std::str::from_utf8(password) else { return Ok(false) };
            Ok(match scheme {
                Crypt::Md5 => pwhash::md5_crypt::verify(password, &crypt),
                Crypt::Sha256 => pwhash::sha256_crypt::verify(password, &crypt),
                Crypt::Sha512 => pwhash::sha512_crypt::verify(password, &crypt),
            })
        }
        StoredHash::Md5 { hash } => Ok(bool::from(Digests::Md5.digest(password).ct_eq(&hash))),
        StoredHash::Hmac { digest, hex, key } => {
            Ok(bool::from(to_hex(&digest.hmac(&key, password)).ct_eq(&hex)))
        }
        StoredHash::FireScrypt { params, salt, separator, hash, signer_key } => {
            let derived = verify_firescrypt(password, &params, &salt, &separator, &signer_key)?;
            Ok(bool::from(derived.ct_eq(&hash)))
        }
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
        assert!(matches!(verify(&[b'a'; 73], &hash), Err(HashError::TooLong { actual: 73, .. })));
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
    fn template_digests_substitute_salt_and_password() {
        let salt = b"pepper";
        let digest = Sha256::digest(b"pepper:hunter2");
        let hash = format!(
            "$sha256$pf={}${}${}",
            STANDARD.encode("{SALT}:{PASSWORD}"),
            STANDARD.encode(salt),
            STANDARD.encode(digest)
        );
        assert_eq!(verify(b"hunter2", &hash), Ok(true));
        assert_eq!(verify(b"hunter3", &hash), Ok(false));
    }

    #[test]
    fn md5_with_and_without_salt() {
        let plain = format!("$md5${}", STANDARD.encode(md5::Md5::digest(b"test")));
        assert_eq!(verify(b"test", &plain), Ok(true));
        assert_eq!(verify(b"Test", &plain), Ok(false));
        let salted = format!(
            "$md5$pf={}${}${}",
            STANDARD.encode("{PASSWORD}{SALT}"),
            STANDARD.encode("s"),
            STANDARD.encode(md5::Md5::digest(b"tests"))
        );
        assert_eq!(verify(b"test", &salted), Ok(true));
    }

    #[test]
    fn hmac_hashes_compare_the_hex_digest() {
        let mut mac = <Hmac<Sha256> as hmac::digest::KeyInit>::new_from_slice(b"key").unwrap();
        mac.update(b"secret");
        let hex: String = mac.finalize().into_bytes().iter().map(|b| format!("{b:02x}")).collect();
        let hash = format!("$hmac-sha256${}${}", STANDARD.encode(hex), STANDARD.encode("key"));
        assert_eq!(verify(b"secret", &hash), Ok(true));
        assert_eq!(verify(b"Secret", &hash), Ok(false));
    }

    #[test]
    fn firebase_scrypt_round_trips() {
        let (salt, separator, signer) =
            (b"salt".as_slice(), b"\x01".as_slice(), b"signer-key-bytes".as_slice());
        let params = scrypt::Params::new(4, 8, 1, 32).unwrap();
        let hash = verify_firescrypt(b"pw", &params, salt, separator, signer).unwrap();
        let stored = format!(
            "$firescrypt$ln=4,r=8,p=1${}${}${}${}",
            STANDARD.encode(salt),
            STANDARD.encode(&hash),
            STANDARD.encode(separator),
            STANDARD.encode(signer)
        );
        assert_eq!(verify(b"pw", &stored), Ok(true));
        assert_eq!(verify(b"px", &stored), Ok(false));
    }

    #[test]
    #[allow(deprecated)] // Legacy hashes are made on purpose, to check that imports still verify.
    fn the_unix_crypt_family_verifies_under_kratos_prefixes() {
        let cases = [
            ("$md5-crypt$", pwhash::md5_crypt::hash("open sesame").unwrap(), "$1$"),
            ("$sha256-crypt$", pwhash::sha256_crypt::hash("open sesame").unwrap(), "$5$"),
            ("$sha512-crypt$", pwhash::sha512_crypt::hash("open sesame").unwrap(), "$6$"),
        ];
        for (prefix, crypt, id) in cases {
            let stored = format!("{prefix}{}", crypt.strip_prefix(id).unwrap());
            assert_eq!(verify(b"open sesame", &stored), Ok(true), "{prefix}");
            assert_eq!(verify(b"open sesamE", &stored), Ok(false), "{prefix}");
        }
    }

    #[test]
    fn unknown_formats_are_refused() {
        assert_eq!(validate_imported("plaintext"), Err(HashError::UnknownFormat));
        assert_eq!(validate_imported("$md4$abc"), Err(HashError::UnknownFormat));
        assert_eq!(validate_imported("$hmac-whirlpool$YWJj$a2V5"), Err(HashError::UnknownFormat));
        assert!(verify(b"x", "$pbkdf2-sha256$i=0,l=32$AAAA$AAAA").is_err());
    }
}
