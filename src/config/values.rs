//! Value types of the configuration: durations, byte sizes and secrets, parsed the way Kratos
//! writes them (`1h`, `500ms`, `128MB`).

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer};

/// Deserializes any `FromStr` type from a string, keeping its error message.
pub fn from_str<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: FromStr<Err = String>,
{
    let raw = String::deserialize(deserializer)?;
    raw.parse().map_err(serde::de::Error::custom)
}

/// Go-style durations: `1h`, `30m`, `1h30m`, `500ms`, `10s`.
pub mod duration {
    use serde::{Deserialize, Deserializer};

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<chrono::Duration, D::Error> {
        let raw = String::deserialize(d)?;
        parse(&raw).map_err(serde::de::Error::custom)
    }

    pub fn parse(raw: &str) -> Result<chrono::Duration, String> {
        let std = humantime::parse_duration(raw.trim())
            .map_err(|e| format!("{raw:?} is not a duration such as 1h, 30m or 500ms: {e}"))?;
        if std.is_zero() {
            return Err(format!("{raw:?}: the duration must be longer than zero"));
        }
        chrono::Duration::from_std(std).map_err(|_| format!("{raw:?} is too long"))
    }
}

/// A size in bytes, written as a number of bytes or with a unit (`19MB`, `512KB`; 1KB = 1024 B,
/// as Kratos reads them).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ByteSize(u64);

impl ByteSize {
    pub const fn kib(kib: u64) -> Self {
        Self(kib * 1024)
    }

    pub fn bytes(self) -> u64 {
        self.0
    }

    pub fn as_kib(self) -> u64 {
        self.0 / 1024
    }
}

impl FromStr for ByteSize {
    type Err = String;

    fn from_str(raw: &str) -> Result<Self, Self::Err> {
        let text = raw.trim().to_ascii_uppercase();
        let split = text.find(|c: char| !c.is_ascii_digit()).unwrap_or(text.len());
        let (digits, unit) = text.split_at(split);
        let number: u64 = digits.parse().map_err(|_| format!("{raw:?} is not a size such as 128MB"))?;
        let factor: u64 = match unit.trim() {
            "" | "B" => 1,
            "K" | "KB" | "KIB" => 1 << 10,
            "M" | "MB" | "MIB" => 1 << 20,
            "G" | "GB" | "GIB" => 1 << 30,
            other => return Err(format!("{raw:?}: unknown size unit {other:?}")),
        };
        number.checked_mul(factor).map(ByteSize).ok_or_else(|| format!("{raw:?} is too large"))
    }
}

impl<'de> Deserialize<'de> for ByteSize {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            Number(u64),
            Text(String),
        }
        match Raw::deserialize(d)? {
            Raw::Number(bytes) => Ok(ByteSize(bytes)),
            Raw::Text(text) => text.parse().map_err(serde::de::Error::custom),
        }
    }
}

/// A secret from the configuration. Its value never appears in `Debug` output or logs.
#[derive(Clone, Deserialize)]
#[serde(transparent)]
pub struct Secret(String);

impl Secret {
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// A random secret for when none is configured.
    pub fn random() -> Self {
        use rand::Rng;
        Self(rand::rng().sample_iter(&rand::distr::Alphanumeric).take(48).map(char::from).collect())
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(<redacted>)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_sizes_read_like_kratos() {
        assert_eq!("19MB".parse::<ByteSize>().unwrap().as_kib(), 19 * 1024);
        assert_eq!("128mb".parse::<ByteSize>().unwrap().bytes(), 128 << 20);
        assert_eq!("4096".parse::<ByteSize>().unwrap().bytes(), 4096);
        assert!("12 parsecs".parse::<ByteSize>().is_err());
        assert!("99999999999999GB".parse::<ByteSize>().is_err());
    }

    #[test]
    fn durations_read_like_go() {
        assert_eq!(duration::parse("1h").unwrap(), chrono::Duration::hours(1));
        assert_eq!(duration::parse("1h30m").unwrap(), chrono::Duration::minutes(90));
        assert_eq!(duration::parse("500ms").unwrap(), chrono::Duration::milliseconds(500));
        assert!(duration::parse("soon").is_err());
        assert!(duration::parse("0s").is_err());
    }

    #[test]
    fn secrets_do_not_print() {
        let secret: Secret = serde_json::from_str("\"hunter22hunter22\"").unwrap();
        assert!(!format!("{secret:?}").contains("hunter22"));
    }
}
