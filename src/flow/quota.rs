//! A cap on the login flows one client may start. Every flow is a stored record until it
//! expires, so without a cap one client could fill the store. Counted per client network
//! (an IPv4 address or an IPv6 /64) over a sliding window one flow lifespan long, the time a
//! flow stays open; the sliding count is estimated from two fixed windows, which keeps the
//! state to two counters per client.
//!
//! The counts live in each node's memory: a flow creation costs no store round trip, and with
//! N nodes behind a balancer a client may hold up to N times the cap.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::Duration;

use chrono::{DateTime, Utc};
use ipnet::IpNet;

use crate::address::client_network;

/// The most clients tracked per window. Beyond it, new clients go uncounted until the window
/// turns, which bounds memory (about 5 MB) at the price of letting a flood from that many
/// networks through for the rest of a window.
const MAX_TRACKED: usize = 100_000;

pub struct FlowQuota {
    max: u32,
    window_seconds: i64,
    windows: Mutex<Windows>,
}

#[derive(Default)]
struct Windows {
    /// Start of the current window, in Unix seconds.
    start: i64,
    current: HashMap<IpNet, u32>,
    previous: HashMap<IpNet, u32>,
}

impl FlowQuota {
    /// `max` flows per client within `window`.
    pub fn new(max: u32, window: chrono::Duration) -> Self {
        Self { max, window_seconds: window.num_seconds().max(1), windows: Mutex::default() }
    }

    /// Counts a new flow for `address`, or refuses it with the time until one would be allowed.
    /// Requests with no known address are not counted.
    pub fn admit(&self, address: Option<IpAddr>, now: DateTime<Utc>) -> Result<(), Duration> {
        let Some(address) = address else { return Ok(()) };
        let client = client_network(address);
        let now_ms = now.timestamp_millis();
        let window_ms = self.window_seconds * 1000;
        let mut windows = self.windows.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        windows
            .turn(now.timestamp().div_euclid(self.window_seconds) * self.window_seconds, self.window_seconds);
        let elapsed_ms = now_ms - windows.start * 1000;
        let previous = f64::from(windows.previous.get(&client).copied().unwrap_or(0));
        let current = windows.current.get(&client).copied().unwrap_or(0);
        let max = f64::from(self.max);
        let remaining_share = 1.0 - elapsed_ms as f64 / window_ms as f64;
        if previous * remaining_share + f64::from(current) >= max {
            let window_end_ms = (windows.start + self.window_seconds) * 1000;
            // When the estimate drops below the cap: within this window if the earlier one
            // carries the excess, else once this window's own count starts fading.
            let allowed_at_ms = if f64::from(current) < max && previous > 0.0 {
                windows.start * 1000
                    + ((1.0 - (max - f64::from(current)) / previous) * window_ms as f64) as i64
            } else {
                window_end_ms + ((1.0 - max / f64::from(current.max(1))) * window_ms as f64) as i64
            };
            let wait_ms = (allowed_at_ms - now_ms).max(1000);
            return Err(Duration::from_millis(u64::try_from(wait_ms).unwrap_or(1000)));
        }
        if current > 0 || windows.current.len() < MAX_TRACKED {
            *windows.current.entry(client).or_insert(0) += 1;
        }
        Ok(())
    }
}

impl Windows {
    /// Moves to the window starting at `start`, keeping the counts of the one just before.
    fn turn(&mut self, start: i64, window_seconds: i64) {
        if start == self.start {
            return;
        }
        if start - self.start == window_seconds {
            self.previous = std::mem::take(&mut self.current);
        } else {
            self.previous.clear();
            self.current.clear();
        }
        self.start = start;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(seconds: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(1_800_000_000 + seconds, 0).unwrap()
    }

    fn ip(raw: &str) -> Option<IpAddr> {
        Some(raw.parse().unwrap())
    }

    #[test]
    fn a_client_gets_its_cap_then_waits() {
        // 1_800_000_000 is a multiple of 600: at(0) starts a window.
        let quota = FlowQuota::new(3, chrono::Duration::minutes(10));
        for _ in 0..3 {
            assert!(quota.admit(ip("203.0.113.1"), at(0)).is_ok());
        }
        let wait = quota.admit(ip("203.0.113.1"), at(60)).unwrap_err();
        // All three came in this window: the first fades out as the next window begins.
        assert_eq!(wait.as_secs(), 540);
        assert!(quota.admit(ip("203.0.113.2"), at(60)).is_ok(), "another client is not affected");
        assert!(quota.admit(None, at(60)).is_ok());
    }

    #[test]
    fn the_window_slides() {
        let quota = FlowQuota::new(4, chrono::Duration::minutes(10));
        for _ in 0..4 {
            assert!(quota.admit(ip("203.0.113.1"), at(590)).is_ok());
        }
        assert!(quota.admit(ip("203.0.113.1"), at(600)).is_err(), "the last window still counts in full");
        // A quarter into the next window, three quarters of the four still count: one fits.
        assert!(quota.admit(ip("203.0.113.1"), at(750)).is_ok());
        assert!(quota.admit(ip("203.0.113.1"), at(750)).is_err());
        // Two windows on, the old flows have expired.
        for _ in 0..4 {
            assert!(quota.admit(ip("203.0.113.1"), at(1800)).is_ok());
        }
    }

    #[test]
    fn an_ipv6_client_is_its_64() {
        let quota = FlowQuota::new(2, chrono::Duration::minutes(10));
        assert!(quota.admit(ip("2001:db8::1"), at(0)).is_ok());
        assert!(quota.admit(ip("2001:db8::2"), at(0)).is_ok());
        assert!(quota.admit(ip("2001:db8::3"), at(0)).is_err());
        assert!(quota.admit(ip("2001:db8:0:1::1"), at(0)).is_ok());
    }
}
