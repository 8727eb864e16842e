//! Credentials: password hashing and verification, and the bounded pool hashing runs on.
//!
//! Knows no HTTP. Hash formats follow Kratos's so that hashes imported from it keep working.

mod formats;
mod hasher;
mod password;
mod pool;
mod throttle;
#[cfg(target_os = "linux")]
mod yield_timer;

pub use formats::{HashError, validate_imported, verify, verify_with};
pub use hasher::Hasher;
pub use password::{PasswordAuthenticator, PasswordCheck, PasswordCheckError};
pub use pool::{HashPool, Scratch};
pub use throttle::LoginThrottle;
