//! The text of stored times: RFC 3339 in UTC, written and read by `portcullis_timestamp`
//! (chrono's own text, byte for byte, without chrono's general formatter and parser).

use chrono::{DateTime, Utc};
use portcullis_timestamp::{Fraction, Timestamp};
use serde::{Deserialize, Serialize};

use super::StoreError;

/// A time as stored in a column: fixed width with microseconds, so that times sort as text.
pub fn time_text(t: DateTime<Utc>) -> String {
    portcullis_timestamp::format(&t, Fraction::Micros)
}

/// A stored time back from its text, in any RFC 3339 form.
pub fn parse_time(raw: &str) -> Result<DateTime<Utc>, StoreError> {
    portcullis_timestamp::parse(raw)
        .map_err(|_| StoreError::Internal(format!("stored time {raw:?} is not RFC 3339")))
}

/// Serde for the times inside stored documents: chrono's serde text (shortest fraction).
pub(super) mod document_time {
    use super::*;

    pub fn serialize<S: serde::Serializer>(t: &DateTime<Utc>, serializer: S) -> Result<S::Ok, S::Error> {
        Timestamp::from(*t).serialize(serializer)
    }

    pub fn deserialize<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<DateTime<Utc>, D::Error> {
        Timestamp::deserialize(deserializer).map(DateTime::from)
    }

    pub mod optional {
        use super::*;

        pub fn serialize<S: serde::Serializer>(
            t: &Option<DateTime<Utc>>,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            t.map(Timestamp::from).serialize(serializer)
        }

        pub fn deserialize<'de, D: serde::Deserializer<'de>>(
            deserializer: D,
        ) -> Result<Option<DateTime<Utc>>, D::Error> {
            Ok(Option::<Timestamp>::deserialize(deserializer)?.map(DateTime::from))
        }
    }
}

#[cfg(test)]
mod tests {
    use chrono::{SecondsFormat, TimeZone};

    use super::*;

    #[derive(Serialize, Deserialize, Debug, PartialEq)]
    struct TimedDocument {
        #[serde(with = "document_time")]
        at: DateTime<Utc>,
        #[serde(with = "document_time::optional", default)]
        until: Option<DateTime<Utc>>,
    }

    /// Columns hold fixed-width text and documents chrono's serde text; both read back.
    #[test]
    fn stored_times_keep_their_forms_and_read_back() {
        let t = Utc.with_ymd_and_hms(2024, 2, 29, 23, 59, 59).unwrap() + chrono::Duration::milliseconds(120);
        assert_eq!(time_text(t), "2024-02-29T23:59:59.120000Z");
        assert_eq!(time_text(t), t.to_rfc3339_opts(SecondsFormat::Micros, true));
        assert_eq!(parse_time(&time_text(t)).unwrap(), t);

        for document in [TimedDocument { at: t, until: Some(t) }, TimedDocument { at: t, until: None }] {
            let json = serde_json::to_value(&document).unwrap();
            assert_eq!(json["at"], serde_json::to_value(t).unwrap(), "chrono's own serialization");
            assert_eq!(serde_json::from_value::<TimedDocument>(json).unwrap(), document);
        }
        let without_until: TimedDocument =
            serde_json::from_value(serde_json::json!({ "at": "2024-02-29T23:59:59.12Z" })).unwrap();
        assert_eq!(without_until, TimedDocument { at: t, until: None });
    }

    #[test]
    fn a_stored_time_that_is_not_rfc3339_is_an_internal_error() {
        for bad in ["", "2024-02-30T00:00:00Z", "2024-01-01T00:00:00"] {
            assert!(matches!(parse_time(bad), Err(StoreError::Internal(_))), "{bad:?}");
        }
    }
}
