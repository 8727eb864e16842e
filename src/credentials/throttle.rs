//! Brute-force protection for password logins.
//!
//! Attempts are counted per identifier and per client address in the store, so every node sees
//! the same counts, in fixed windows (`security.brute_force.window`). An attempt is counted
//! before its password is checked, so concurrent guesses cannot slip past the limit: beyond it,
//! attempts are refused without touching the hash until the window ends. The identifier is
//! counted whether or not an account has it, and a refusal looks the same either way, so the
//! lock reveals nothing about which accounts exist. A successful login clears its identifier's
//! count and gives its address's attempt back (an office behind one address is not locked out
//! by its own users). Stored keys are digests: the counters do not list who tried to sign in.

use std::net::IpAddr;
use std::sync::Arc;

use chrono::{DateTime, Utc};
use sha2::{Digest, Sha256};

use crate::address::client_network;
use crate::clock::Clock;
use crate::config::BruteForceConfig;
use crate::identity::normalize_identifier;
use crate::store::{Store, StoreError};

/// The counters an admitted attempt used, to settle once its password was checked.
#[derive(Debug)]
pub struct Admission {
    identifier_key: Option<String>,
    address_key: Option<String>,
    expires_at: DateTime<Utc>,
}

#[derive(Debug)]
pub enum Verdict {
    Admitted(Admission),
    /// Too many attempts: try again after this long.
    Refused {
        retry_after: std::time::Duration,
    },
}

pub struct LoginThrottle {
    store: Arc<dyn Store>,
    clock: Arc<dyn Clock>,
    config: BruteForceConfig,
}

impl LoginThrottle {
    pub fn new(store: Arc<dyn Store>, clock: Arc<dyn Clock>, config: BruteForceConfig) -> Self {
        Self { store, clock, config }
    }

    /// Counts an attempt for `identifier` from `address` and decides whether its password may
    /// be checked.
    pub async fn admit(&self, identifier: &str, address: Option<IpAddr>) -> Result<Verdict, StoreError> {
        let now = self.clock.now();
        let window_seconds = self.config.window.num_seconds().max(1);
        let window_start = now.timestamp().div_euclid(window_seconds) * window_seconds;
        let expires_at = DateTime::from_timestamp(window_start + window_seconds, 0).unwrap_or(now);
        if !self.config.enabled {
            return Ok(Verdict::Admitted(Admission { identifier_key: None, address_key: None, expires_at }));
        }
        let identifier_key = counter_key("identifier", window_start, &normalize_identifier(identifier));
        let address_key =
            address.map(|a| counter_key("address", window_start, &client_network(a).to_string()));
        let per_identifier = self.store.add_attempts(&identifier_key, 1, expires_at).await?;
        let per_address = match &address_key {
            Some(key) => self.store.add_attempts(key, 1, expires_at).await?,
            None => 0,
        };
        let over = per_identifier > i64::from(self.config.max_attempts_per_identifier)
            || per_address > i64::from(self.config.max_attempts_per_address);
        if over {
            let wait = (expires_at - now).to_std().unwrap_or_default();
            return Ok(Verdict::Refused { retry_after: wait.max(std::time::Duration::from_secs(1)) });
        }
        Ok(Verdict::Admitted(Admission { identifier_key: Some(identifier_key), address_key, expires_at }))
    }

    /// After a successful login: the identifier starts over, the address gets its attempt back.
    pub async fn succeeded(&self, admission: Admission) -> Result<(), StoreError> {
        if let Some(key) = &admission.identifier_key {
            self.store.clear_attempts(key).await?;
        }
        if let Some(key) = &admission.address_key {
            self.store.add_attempts(key, -1, admission.expires_at).await?;
        }
        Ok(())
    }
}

fn counter_key(kind: &str, window_start: i64, value: &str) -> String {
    format!("{kind}:{window_start}:{}", hex::encode(Sha256::digest(value.as_bytes())))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::ManualClock;
    use crate::store::MemoryStore;

    fn throttle(per_identifier: u32, per_address: u32) -> (LoginThrottle, Arc<ManualClock>) {
        let clock = Arc::new(ManualClock::new(Utc::now()));
        let config = BruteForceConfig {
            enabled: true,
            window: chrono::Duration::minutes(15),
            max_attempts_per_identifier: per_identifier,
            max_attempts_per_address: per_address,
        };
        (LoginThrottle::new(Arc::new(MemoryStore::default()), clock.clone(), config), clock)
    }

    fn ip(raw: &str) -> IpAddr {
        raw.parse().unwrap()
    }

    fn refused(verdict: &Verdict) -> bool {
        matches!(verdict, Verdict::Refused { .. })
    }

    #[tokio::test]
    async fn an_identifier_is_refused_after_its_limit_until_the_window_ends() {
        let (throttle, clock) = throttle(3, 100);
        for _ in 0..3 {
            assert!(!refused(&throttle.admit("Alice@Example.com", Some(ip("10.0.0.1"))).await.unwrap()));
        }
        // Case and surrounding space do not make a new identifier.
        let verdict = throttle.admit(" alice@example.com", Some(ip("10.0.0.2"))).await.unwrap();
        let Verdict::Refused { retry_after } = verdict else { panic!("not refused") };
        assert!(retry_after <= std::time::Duration::from_secs(15 * 60));
        assert!(!refused(&throttle.admit("bob@example.com", Some(ip("10.0.0.1"))).await.unwrap()));
        clock.advance(chrono::Duration::minutes(15));
        assert!(!refused(&throttle.admit("alice@example.com", Some(ip("10.0.0.1"))).await.unwrap()));
    }

    #[tokio::test]
    async fn an_address_is_refused_after_its_limit_whatever_the_identifier() {
        let (throttle, _) = throttle(100, 5);
        for n in 0..5 {
            assert!(!refused(
                &throttle.admit(&format!("user{n}@example.com"), Some(ip("10.0.0.1"))).await.unwrap()
            ));
        }
        assert!(refused(&throttle.admit("user9@example.com", Some(ip("10.0.0.1"))).await.unwrap()));
        assert!(!refused(&throttle.admit("user9@example.com", Some(ip("10.0.0.2"))).await.unwrap()));
    }

    #[tokio::test]
    async fn success_clears_the_identifier_and_returns_the_address_attempt() {
        let (throttle, _) = throttle(2, 2);
        let Verdict::Admitted(first) =
            throttle.admit("alice@example.com", Some(ip("10.0.0.1"))).await.unwrap()
        else {
            panic!("refused")
        };
        throttle.succeeded(first).await.unwrap();
        for _ in 0..2 {
            assert!(!refused(&throttle.admit("alice@example.com", Some(ip("10.0.0.1"))).await.unwrap()));
        }
        assert!(refused(&throttle.admit("alice@example.com", Some(ip("10.0.0.1"))).await.unwrap()));
    }
}
