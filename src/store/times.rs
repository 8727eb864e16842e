//! The text of stored times: RFC 3339 in UTC, written and read directly rather than through
//! chrono's general formatter and parser, which cost several times more per time. The text is
//! chrono's own, byte for byte, and anything the store did not write still goes to chrono.

use chrono::{DateTime, Datelike, SecondsFormat, Timelike, Utc};
use serde::Deserialize;

use super::StoreError;

/// A time as stored in a column: fixed width with microseconds, so that times sort as text.
pub fn time_text(t: DateTime<Utc>) -> String {
    rfc3339(&t, SecondsFormat::Micros)
}

/// RFC 3339 text of a UTC time ending in `Z`, as chrono's `to_rfc3339_opts` writes it for
/// `Micros` and `AutoSi` (all non-zero fractional digits, in groups of three), but written
/// directly: chrono goes through `core::fmt` a piece at a time, which took 16% of the
/// instructions of a flow creation. Years outside 0..=9999 and leap seconds take chrono's path.
fn rfc3339(t: &DateTime<Utc>, format: SecondsFormat) -> String {
    let (date, time) = (t.date_naive(), t.time());
    let nanos = time.nanosecond();
    let fraction_digits = match format {
        SecondsFormat::Micros => 6,
        SecondsFormat::AutoSi if nanos == 0 => 0,
        SecondsFormat::AutoSi if nanos % 1_000_000 == 0 => 3,
        SecondsFormat::AutoSi if nanos % 1_000 == 0 => 6,
        SecondsFormat::AutoSi => 9,
        _ => return t.to_rfc3339_opts(format, true),
    };
    let Ok(year @ 0..=9999) = u32::try_from(date.year()) else { return t.to_rfc3339_opts(format, true) };
    if nanos >= 1_000_000_000 {
        return t.to_rfc3339_opts(format, true);
    }
    fn digits(slot: &mut [u8], mut value: u32) {
        for byte in slot.iter_mut().rev() {
            *byte = b'0' + (value % 10) as u8;
            value /= 10;
        }
    }
    let seconds = time.num_seconds_from_midnight();
    let mut text = *b"0000-00-00T00:00:00.000000000Z";
    digits(&mut text[0..4], year);
    digits(&mut text[5..7], date.month());
    digits(&mut text[8..10], date.day());
    digits(&mut text[11..13], seconds / 3600);
    digits(&mut text[14..16], seconds / 60 % 60);
    digits(&mut text[17..19], seconds % 60);
    let end = if fraction_digits == 0 {
        19
    } else {
        digits(&mut text[20..20 + fraction_digits], nanos / 10u32.pow(9 - fraction_digits as u32));
        20 + fraction_digits
    };
    text[end] = b'Z';
    // Digits and separators only: always UTF-8.
    std::str::from_utf8(&text[..=end]).map_or_else(|_| t.to_rfc3339_opts(format, true), str::to_owned)
}

/// Serde for the times inside stored documents, in chrono's own text (see [`rfc3339`]).
pub(super) mod document_time {
    use super::*;

    pub fn serialize<S: serde::Serializer>(t: &DateTime<Utc>, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&rfc3339(t, SecondsFormat::AutoSi))
    }

    pub fn deserialize<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<DateTime<Utc>, D::Error> {
        let text = std::borrow::Cow::<'de, str>::deserialize(deserializer)?;
        parse_stored_time(&text)
            .ok_or_else(|| serde::de::Error::custom(format!("{text:?} is not an RFC 3339 time")))
    }

    pub mod optional {
        use super::*;

        pub fn serialize<S: serde::Serializer>(
            t: &Option<DateTime<Utc>>,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            match t {
                Some(t) => super::serialize(t, serializer),
                None => serializer.serialize_none(),
            }
        }

        pub fn deserialize<'de, D: serde::Deserializer<'de>>(
            deserializer: D,
        ) -> Result<Option<DateTime<Utc>>, D::Error> {
            #[derive(Deserialize)]
            struct Time(#[serde(with = "super")] DateTime<Utc>);
            Ok(Option::<Time>::deserialize(deserializer)?.map(|Time(t)| t))
        }
    }
}

/// A stored time back from its text, whichever of the forms above it has.
pub fn parse_time(raw: &str) -> Result<DateTime<Utc>, StoreError> {
    parse_stored_time(raw).ok_or_else(|| StoreError::Internal(format!("stored time {raw:?} is not RFC 3339")))
}

/// Reads RFC 3339 text: what the store writes directly (chrono's parser costs several times
/// more), any other form (an offset, a leap second, ...) through chrono.
fn parse_stored_time(raw: &str) -> Option<DateTime<Utc>> {
    parse_written_form(raw).or_else(|| DateTime::parse_from_rfc3339(raw).ok().map(|t| t.with_timezone(&Utc)))
}

/// `YYYY-MM-DDTHH:MM:SS[.fraction]Z`, the form [`rfc3339`] writes; `None` for anything else.
fn parse_written_form(raw: &str) -> Option<DateTime<Utc>> {
    fn number(digits: &[u8]) -> Option<u32> {
        digits.iter().try_fold(0u32, |n, &d| d.is_ascii_digit().then(|| n * 10 + u32::from(d - b'0')))
    }
    let (head, rest) = raw.as_bytes().split_at_checked(19)?;
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

#[cfg(test)]
mod tests {
    use chrono::TimeZone;
    use serde::Serialize;

    use super::*;

    /// The hand-written text is chrono's, byte for byte, for whole seconds, milli-, micro- and
    /// nanosecond times, the ends of the four-digit years, and the years chrono writes itself.
    #[test]
    fn times_are_written_as_chrono_writes_them() {
        let mut times = vec![Utc::now()];
        for (year, month, day, h, m, s) in
            [(1970, 1, 1, 0, 0, 0), (2024, 2, 29, 23, 59, 59), (0, 1, 1, 0, 0, 0), (9999, 12, 31, 23, 59, 59)]
        {
            let second = Utc.with_ymd_and_hms(year, month, day, h, m, s).unwrap();
            for nanos in [0, 7_000_000, 120_000_000, 4_000, 999_999_000, 1, 123_456_789, 999_999_999] {
                times.push(second + chrono::Duration::nanoseconds(nanos));
            }
        }
        times.push(Utc.with_ymd_and_hms(10_000, 1, 1, 0, 0, 0).unwrap());
        times.push(Utc.with_ymd_and_hms(-1, 6, 15, 12, 30, 0).unwrap());
        for t in times {
            assert_eq!(time_text(t), t.to_rfc3339_opts(SecondsFormat::Micros, true));
            assert_eq!(rfc3339(&t, SecondsFormat::AutoSi), t.to_rfc3339_opts(SecondsFormat::AutoSi, true));
            assert_eq!(
                serde_json::to_value(TimedDocument { at: t }).unwrap(),
                serde_json::json!({ "at": serde_json::to_value(t).unwrap() }),
                "documents hold chrono's own serialization"
            );
        }
    }

    /// What the store writes reads back exactly, without chrono; other RFC 3339 forms still read
    /// (through chrono), and text that is not a time does not.
    #[test]
    fn stored_times_read_back() {
        let t = Utc.with_ymd_and_hms(2024, 2, 29, 23, 59, 59).unwrap()
            + chrono::Duration::nanoseconds(123_456_789);
        let written = [
            rfc3339(&t, SecondsFormat::AutoSi),
            time_text(t),
            serde_json::to_value(t).unwrap().as_str().unwrap().into(),
        ];
        for text in written {
            let expected = DateTime::parse_from_rfc3339(&text).unwrap().with_timezone(&Utc);
            assert_eq!(parse_written_form(&text), Some(expected), "{text} is read without chrono");
            assert_eq!(parse_time(&text).unwrap(), expected, "{text}");
            let document: TimedDocument = serde_json::from_value(serde_json::json!({ "at": text })).unwrap();
            assert_eq!(document.at, expected);
        }
        let half =
            Utc.with_ymd_and_hms(2024, 2, 29, 23, 59, 59).unwrap() + chrono::Duration::milliseconds(500);
        assert_eq!(parse_time("2024-02-29T23:59:59.5Z").unwrap(), half);
        let offset = "2024-03-01T01:59:59+02:00";
        assert_eq!(parse_written_form(offset), None);
        assert_eq!(parse_time(offset).unwrap(), Utc.with_ymd_and_hms(2024, 2, 29, 23, 59, 59).unwrap());
        for bad in [
            "",
            "2024-02-30T00:00:00Z",
            "2024-13-01T00:00:00Z",
            "2024-01-01T24:00:00Z",
            "2024-01-01T00:00:00",
            "2024-01-01T00:00:00.Z",
            "２０２４-01-01T00:00:00Z",
            "+024-01-01T00:00:00Z",
        ] {
            assert!(parse_time(bad).is_err(), "{bad:?} read as {:?}", parse_time(bad));
        }
    }

    #[derive(Serialize, Deserialize)]
    struct TimedDocument {
        #[serde(with = "document_time")]
        at: DateTime<Utc>,
    }
}
