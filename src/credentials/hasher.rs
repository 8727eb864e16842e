//! Hashing new passwords with the configured algorithm.

use argon2::PasswordHasher;
use argon2::password_hash::SaltString;
use rand::RngCore;

use super::formats::{BCRYPT_MAX_PASSWORD, HashError, is_bcrypt};
use crate::config::{HashAlgorithm, HashersConfig};
use crate::identity::PasswordHash;

/// Produces hashes for new passwords: argon2id (default) or bcrypt.
#[derive(Debug, Clone)]
pub struct Hasher {
    algorithm: HashAlgorithm,
    argon2: argon2::Params,
    salt_length: usize,
    bcrypt_cost: u32,
}

impl Hasher {
    pub fn new(config: &HashersConfig) -> Result<Self, HashError> {
        let a = &config.argon2;
        let memory_kib =
            u32::try_from(a.memory.as_kib()).map_err(|_| HashError::OutOfBounds("memory".into()))?;
        let argon2 =
            argon2::Params::new(memory_kib, a.iterations, a.parallelism, Some(a.key_length as usize))
                .map_err(|e| HashError::OutOfBounds(e.to_string()))?;
        Ok(Self {
            algorithm: config.algorithm,
            argon2,
            salt_length: a.salt_length as usize,
            bcrypt_cost: config.bcrypt.cost,
        })
    }

    /// Hashes a password. CPU- and memory-heavy: call it on the hash pool.
    pub fn hash(&self, password: &[u8]) -> Result<PasswordHash, HashError> {
        match self.algorithm {
            HashAlgorithm::Argon2 => self.hash_argon2(password),
            HashAlgorithm::Bcrypt => self.hash_bcrypt(password),
        }
    }

    fn hash_argon2(&self, password: &[u8]) -> Result<PasswordHash, HashError> {
        let mut salt = vec![0u8; self.salt_length];
        rand::rng().fill_bytes(&mut salt);
        let salt = SaltString::encode_b64(&salt).map_err(|e| HashError::Hashing(e.to_string()))?;
        let argon =
            argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, self.argon2.clone());
        let hash = argon.hash_password(password, &salt).map_err(|e| HashError::Hashing(e.to_string()))?;
        Ok(PasswordHash(hash.to_string()))
    }

    fn hash_bcrypt(&self, password: &[u8]) -> Result<PasswordHash, HashError> {
        if password.len() > BCRYPT_MAX_PASSWORD {
            return Err(HashError::TooLong { max: BCRYPT_MAX_PASSWORD, actual: password.len() });
        }
        let parts = bcrypt::hash_with_result(password, self.bcrypt_cost)
            .map_err(|e| HashError::Hashing(e.to_string()))?;
        Ok(PasswordHash(parts.format_for_version(bcrypt::Version::TwoA)))
    }

    /// Whether a stored hash is in this hasher's own format. Hashes in other (imported) formats
    /// are replaced after the next successful login. Parameter changes alone do not trigger it,
    /// as in Kratos.
    pub fn understands(&self, stored: &PasswordHash) -> bool {
        match self.algorithm {
            HashAlgorithm::Argon2 => stored.0.starts_with("$argon2id$"),
            HashAlgorithm::Bcrypt => is_bcrypt(&stored.0),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::{ByteSize, HashersConfig};
    use crate::credentials::verify;

    fn config(algorithm: HashAlgorithm) -> HashersConfig {
        let mut c = HashersConfig { algorithm, ..HashersConfig::default() };
        c.argon2.memory = ByteSize::kib(64);
        c.argon2.iterations = 1;
        c.bcrypt.cost = 4;
        c
    }

    #[test]
    fn argon2id_hashes_carry_the_configured_parameters_and_verify() {
        let hasher = Hasher::new(&config(HashAlgorithm::Argon2)).unwrap();
        let hash = hasher.hash(b"pa55word").unwrap();
        assert!(hash.0.starts_with("$argon2id$v=19$m=64,t=1,p=1$"), "{}", hash.0);
        assert_eq!(verify(b"pa55word", &hash.0), Ok(true));
        assert!(hasher.understands(&hash));
    }

    #[test]
    fn bcrypt_hashes_use_the_2a_prefix_and_refuse_long_passwords() {
        let hasher = Hasher::new(&config(HashAlgorithm::Bcrypt)).unwrap();
        let hash = hasher.hash(b"pa55word").unwrap();
        assert!(hash.0.starts_with("$2a$04$"), "{}", hash.0);
        assert_eq!(verify(b"pa55word", &hash.0), Ok(true));
        assert!(matches!(hasher.hash(&[b'x'; 73]), Err(HashError::TooLong { actual: 73, .. })));
        assert!(!hasher.understands(&PasswordHash("$argon2id$v=19$m=1,t=1,p=1$x$y".into())));
    }
}
