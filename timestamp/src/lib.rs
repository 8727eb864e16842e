//! Times as Portcullis puts them on the wire and in its stores: RFC 3339 text in UTC.
//!
//! chrono writes a time through `core::fmt` a few characters at a time and reads it with a
//! general parser; both cost several times what the fixed form needs, and a session check
//! writes eight times into its response. This crate writes and reads the fixed form directly,
//! byte for byte the text chrono produces, and hands anything else (years outside 0..=9999,
//! leap seconds, offsets other than `Z`) to chrono, so that no input or output changes.
//!
//! [`Timestamp`] is the type the generated API models use for `format: date-time` (mapped in
//! `scripts/generate.sh`); [`format`] and [`parse`] are the store's time text.

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, Datelike, SecondsFormat, Timelike, Utc};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// How many fractional digits of the second a time is written with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fraction {
    /// As few as keep every non-zero digit, in groups of three (none, 3, 6 or 9): chrono's
    /// serde form and `SecondsFormat::AutoSi`.
    Shortest,
    /// Always six: fixed width, so that times in a text column sort as times.
    Micros,
}

impl Fraction {
    fn chrono(self) -> SecondsFormat {
        match self {
            Fraction::Shortest => SecondsFormat::AutoSi,
            Fraction::Micros => SecondsFormat::Micros,
        }
    }
}

/// The longest text the direct writer produces: `YYYY-MM-DDTHH:MM:SS.nnnnnnnnnZ`.
const MAX_LEN: usize = 30;

/// RFC 3339 text of `t` ending in `Z`, exactly as chrono's `to_rfc3339_opts(.., true)` writes it.
pub fn format(t: &DateTime<Utc>, fraction: Fraction) -> String {
    let mut buffer = [0; MAX_LEN];
    match write_fixed(t, fraction, &mut buffer) {
        Some(text) => text.to_owned(),
        None => t.to_rfc3339_opts(fraction.chrono(), true),
    }
}

/// A time from RFC 3339 text: the fixed form read directly, every other form through chrono's
/// `FromStr`, so that the same texts are accepted (with the same errors) as with chrono alone.
pub fn parse(text: &str) -> Result<DateTime<Utc>, chrono::ParseError> {
    read_fixed(text).map_or_else(|| text.parse(), Ok)
}

/// Writes the fixed form into `buffer`; `None` for what it does not cover (years outside
/// 0..=9999, leap seconds), which the caller leaves to chrono.
fn write_fixed<'b>(t: &DateTime<Utc>, fraction: Fraction, buffer: &'b mut [u8; MAX_LEN]) -> Option<&'b str> {
    fn digits(slot: &mut [u8], mut value: u32) {
        for byte in slot.iter_mut().rev() {
            *byte = b'0' + (value % 10) as u8;
            value /= 10;
        }
    }
    let (date, time) = (t.date_naive(), t.time());
    let nanos = time.nanosecond();
    let year @ 0..=9999 = u32::try_from(date.year()).ok()? else { return None };
    if nanos >= 1_000_000_000 {
        return None;
    }
    let fraction_digits = match fraction {
        Fraction::Micros => 6,
        Fraction::Shortest if nanos == 0 => 0,
        Fraction::Shortest if nanos % 1_000_000 == 0 => 3,
        Fraction::Shortest if nanos % 1_000 == 0 => 6,
        Fraction::Shortest => 9,
    };
    let seconds = time.num_seconds_from_midnight();
    *buffer = *b"0000-00-00T00:00:00.000000000Z";
    digits(&mut buffer[0..4], year);
    digits(&mut buffer[5..7], date.month());
    digits(&mut buffer[8..10], date.day());
    digits(&mut buffer[11..13], seconds / 3600);
    digits(&mut buffer[14..16], seconds / 60 % 60);
    digits(&mut buffer[17..19], seconds % 60);
    let end = if fraction_digits == 0 {
        19
    } else {
        digits(&mut buffer[20..20 + fraction_digits], nanos / 10u32.pow(9 - fraction_digits as u32));
        20 + fraction_digits
    };
    buffer[end] = b'Z';
    // ASCII digits and separators only, so this never fails.
    std::str::from_utf8(&buffer[..=end]).ok()
}

/// Reads `YYYY-MM-DDTHH:MM:SS[.fraction]Z`, the form [`write_fixed`] writes; `None` for
/// anything else, valid RFC 3339 or not.
fn read_fixed(text: &str) -> Option<DateTime<Utc>> {
    fn number(digits: &[u8]) -> Option<u32> {
        digits.iter().try_fold(0u32, |n, &d| d.is_ascii_digit().then(|| n * 10 + u32::from(d - b'0')))
    }
    let (head, rest) = text.as_bytes().split_at_checked(19)?;
    if [head[4], head[7], head[10], head[13], head[16]] != *b"--T::" || rest.last() != Some(&b'Z') {
        return None;
    }
    let nanos = match &rest[..rest.len() - 1] {
        [] => 0,
        [b'.', fraction @ ..] if (1..=9).contains(&fraction.len()) => {
            number(fraction)? * 10u32.pow(9 - fraction.len() as u32)
        }
        _ => return None,
    };
    let year = i32::try_from(number(&head[0..4])?).ok()?;
    let date = chrono::NaiveDate::from_ymd_opt(year, number(&head[5..7])?, number(&head[8..10])?)?;
    let time =
        date.and_hms_nano_opt(number(&head[11..13])?, number(&head[14..16])?, number(&head[17..19])?, nanos)?;
    Some(time.and_utc())
}

/// A `date-time` of the API: a UTC time that serializes as chrono does (shortest fraction,
/// `Z`) and reads any RFC 3339 text chrono reads, without chrono's formatter on the common path.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(DateTime<Utc>);

impl Timestamp {
    pub fn as_datetime(self) -> DateTime<Utc> {
        self.0
    }
}

impl From<DateTime<Utc>> for Timestamp {
    fn from(t: DateTime<Utc>) -> Self {
        Timestamp(t)
    }
}

impl From<Timestamp> for DateTime<Utc> {
    fn from(t: Timestamp) -> Self {
        t.0
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut buffer = [0; MAX_LEN];
        match write_fixed(&self.0, Fraction::Shortest, &mut buffer) {
            Some(text) => f.write_str(text),
            None => f.write_str(&self.0.to_rfc3339_opts(SecondsFormat::AutoSi, true)),
        }
    }
}

impl FromStr for Timestamp {
    type Err = chrono::ParseError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        parse(text).map(Timestamp)
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut buffer = [0; MAX_LEN];
        match write_fixed(&self.0, Fraction::Shortest, &mut buffer) {
            Some(text) => serializer.serialize_str(text),
            None => self.0.serialize(serializer),
        }
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Rfc3339;

        impl serde::de::Visitor<'_> for Rfc3339 {
            type Value = Timestamp;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an RFC 3339 date and time")
            }

            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Timestamp, E> {
                text.parse().map_err(E::custom)
            }
        }

        deserializer.deserialize_str(Rfc3339)
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use chrono::{Duration, TimeZone};

    use super::*;

    fn at(year: i32, month: u32, day: u32, h: u32, m: u32, s: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(year, month, day, h, m, s).unwrap()
    }

    /// Whole seconds, milli-, micro- and nanosecond times at the ends of the four-digit years,
    /// and the years outside them that chrono writes itself.
    fn samples() -> Vec<DateTime<Utc>> {
        let mut times = Vec::new();
        for second in [
            at(1970, 1, 1, 0, 0, 0),
            at(2024, 2, 29, 23, 59, 59),
            at(0, 1, 1, 0, 0, 0),
            at(9999, 12, 31, 23, 59, 59),
        ] {
            for nanos in [0, 7_000_000, 120_000_000, 4_000, 999_999_000, 1, 123_456_789, 999_999_999] {
                times.push(second + Duration::nanoseconds(nanos));
            }
        }
        times.push(at(10_000, 1, 1, 0, 0, 0));
        times.push(at(-1, 6, 15, 12, 30, 0));
        times
    }

    #[test]
    fn text_is_chronos_byte_for_byte() {
        for t in samples() {
            for fraction in [Fraction::Shortest, Fraction::Micros] {
                assert_eq!(format(&t, fraction), t.to_rfc3339_opts(fraction.chrono(), true));
            }
            let stamp = Timestamp::from(t);
            assert_eq!(serde_json::to_string(&stamp).unwrap(), serde_json::to_string(&t).unwrap());
            assert_eq!(stamp.to_string(), t.to_rfc3339_opts(SecondsFormat::AutoSi, true));
        }
    }

    #[test]
    fn leap_seconds_are_left_to_chrono() {
        let leap = chrono::NaiveDate::from_ymd_opt(2016, 12, 31)
            .unwrap()
            .and_hms_milli_opt(23, 59, 59, 1_500)
            .unwrap()
            .and_utc();
        assert_eq!(format(&leap, Fraction::Micros), "2016-12-31T23:59:60.500000Z");
        assert_eq!(
            serde_json::to_string(&Timestamp::from(leap)).unwrap(),
            serde_json::to_string(&leap).unwrap()
        );
        assert_eq!(parse("2016-12-31T23:59:60.5Z").unwrap(), leap);
    }

    /// What is written reads back on the direct path; other RFC 3339 forms read through chrono,
    /// to the same time chrono reads them as.
    #[test]
    fn written_text_reads_back() {
        for t in samples().into_iter().filter(|t| (0..=9999).contains(&t.year())) {
            for fraction in [Fraction::Shortest, Fraction::Micros] {
                let text = format(&t, fraction);
                let chrono_reads: DateTime<Utc> = text.parse().unwrap();
                assert_eq!(read_fixed(&text), Some(chrono_reads), "{text} is read without chrono");
                assert_eq!(parse(&text).unwrap(), chrono_reads);
            }
            let json = serde_json::to_string(&t).unwrap();
            assert_eq!(serde_json::from_str::<Timestamp>(&json).unwrap().as_datetime(), t);
        }
        assert_eq!(
            parse("2024-02-29T23:59:59.5Z").unwrap(),
            at(2024, 2, 29, 23, 59, 59) + Duration::milliseconds(500)
        );
        for other in ["2024-03-01T01:59:59+02:00", "2024-02-29t23:59:59z", "2024-02-29 23:59:59Z"] {
            assert_eq!(read_fixed(other), None);
            assert_eq!(parse(other).unwrap(), at(2024, 2, 29, 23, 59, 59), "{other}");
        }
    }

    /// Any text, a time or not, reads as chrono reads it: the same time or the same error.
    #[test]
    fn every_text_reads_as_with_chrono() {
        for text in [
            "",
            "2024-02-30T00:00:00Z",
            "2024-13-01T00:00:00Z",
            "2024-01-01T24:00:00Z",
            "2024-01-01T00:00:00",
            "2024-01-01T00:00:00.Z",
            "2024-01-01T00:00:00.1234567890Z",
            "２０２４-01-01T00:00:00Z",
            "+024-01-01T00:00:00Z",
            "2024-01-01T00:00:00Z ",
            "0000-01-01T00:00:00Z",
        ] {
            assert_eq!(parse(text), text.parse::<DateTime<Utc>>(), "{text:?}");
            let json = serde_json::to_string(text).unwrap();
            assert_eq!(
                serde_json::from_str::<Timestamp>(&json)
                    .map(Timestamp::as_datetime)
                    .map_err(|e| e.to_string()),
                serde_json::from_str::<DateTime<Utc>>(&json).map_err(|e| e.to_string()),
                "{text:?}"
            );
        }
        assert!(serde_json::from_str::<Timestamp>("12").is_err());
    }
}
