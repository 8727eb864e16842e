//! Decoding a login submission from JSON or form bodies into the fields the password method
//! reads. Like Kratos, JSON values are flattened to strings and an empty string counts as a
//! missing field. Failures carry the reason text that is shown to the user (message 4000001).

use std::fmt;

use serde_json::Value;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BodyError {
    #[error("Unable to decode HTTP Request Body because its HTTP Header \"Content-Length\" is zero.")]
    Empty,
    #[error("Expected JSON sent in request body to be an object but got: {0}")]
    NotAnObject(&'static str),
    #[error("Unable to decode JSON payload: {0}")]
    Json(String),
    #[error("Unable to parse HTTP form request: invalid URL escape {0:?}")]
    FormEscape(String),
    #[error("Unable to parse HTTP form request: the body is not valid UTF-8")]
    FormEncoding,
    #[error("Unable to parse multipart form: {0}")]
    Multipart(String),
    #[error(
        "Unable to decode the request body: the HTTP Header \"Content-Type\" {0:?} is not supported; send application/json or application/x-www-form-urlencoded."
    )]
    UnsupportedContentType(String),
}

/// The fields of a password login; `None` when absent or empty.
#[derive(Clone, Default, PartialEq)]
pub struct LoginBody {
    pub method: Option<String>,
    pub identifier: Option<String>,
    pub password: Option<String>,
    pub csrf_token: Option<String>,
}

impl fmt::Debug for LoginBody {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("LoginBody")
            .field("method", &self.method)
            .field("identifier", &self.identifier)
            .field("password", &self.password.as_ref().map(|_| "<redacted>"))
            .finish_non_exhaustive()
    }
}

impl LoginBody {
    fn set(&mut self, key: &str, value: String) {
        if value.is_empty() {
            return;
        }
        let slot = match key {
            "method" => &mut self.method,
            "identifier" => &mut self.identifier,
            // The older name of `identifier`; the new one wins when both are sent.
            "password_identifier" => {
                if self.identifier.is_none() {
                    self.identifier = Some(value);
                }
                return;
            }
            "password" => &mut self.password,
            "csrf_token" => &mut self.csrf_token,
            _ => return,
        };
        if slot.is_none() {
            *slot = Some(value);
        }
    }
}

/// Decodes a submission. `content_type` is the raw header value, if any.
pub async fn decode_login_body(content_type: Option<&str>, body: &[u8]) -> Result<LoginBody, BodyError> {
    if body.is_empty() {
        return Err(BodyError::Empty);
    }
    let media_type = content_type
        .and_then(|ct| ct.split(';').next())
        .map(|ct| ct.trim().to_ascii_lowercase())
        .unwrap_or_default();
    match media_type.as_str() {
        "application/json" => decode_json(body),
        "application/x-www-form-urlencoded" => decode_form(body),
        "multipart/form-data" => decode_multipart(content_type.unwrap_or_default(), body).await,
        other => Err(BodyError::UnsupportedContentType(other.to_string())),
    }
}

/// Reads the text fields of a `multipart/form-data` body (files are ignored).
async fn decode_multipart(content_type: &str, body: &[u8]) -> Result<LoginBody, BodyError> {
    let boundary = multer::parse_boundary(content_type).map_err(|e| BodyError::Multipart(e.to_string()))?;
    let data = bytes::Bytes::copy_from_slice(body);
    let stream = futures_util::stream::once(async move { Ok::<_, std::convert::Infallible>(data) });
    let mut multipart = multer::Multipart::new(stream, boundary);
    let mut out = LoginBody::default();
    while let Some(field) = multipart.next_field().await.map_err(|e| BodyError::Multipart(e.to_string()))? {
        let Some(name) = field.name().map(str::to_string) else { continue };
        if field.file_name().is_some() {
            continue;
        }
        let value = field.text().await.map_err(|e| BodyError::Multipart(e.to_string()))?;
        out.set(&name, value);
    }
    Ok(out)
}

fn decode_json(body: &[u8]) -> Result<LoginBody, BodyError> {
    let value: Value = match serde_json::from_slice(body) {
        Ok(value) => value,
        Err(e) => {
            return Err(match leading_json_kind(body) {
                Some(kind) if kind != "Object" => BodyError::NotAnObject(kind),
                _ => BodyError::Json(e.to_string()),
            });
        }
    };
    let Value::Object(map) = value else {
        return Err(BodyError::NotAnObject(json_kind(&value)));
    };
    let mut out = LoginBody::default();
    for (key, value) in map {
        let text = match value {
            Value::String(s) => s,
            Value::Number(n) => n.to_string(),
            Value::Bool(b) => b.to_string(),
            Value::Null | Value::Array(_) | Value::Object(_) => continue,
        };
        out.set(&key, text);
    }
    Ok(out)
}

fn json_kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "Null",
        Value::Bool(_) => "Boolean",
        Value::Number(_) => "Number",
        Value::String(_) => "String",
        Value::Array(_) => "Array",
        Value::Object(_) => "Object",
    }
}

/// The kind of the first JSON value in a body that does not parse as a whole, so that
/// `14=)=!(` is reported as a Number, as Kratos does.
fn leading_json_kind(body: &[u8]) -> Option<&'static str> {
    let first = body.iter().find(|b| !b.is_ascii_whitespace())?;
    Some(match first {
        b'{' => "Object",
        b'[' => "Array",
        b'"' => "String",
        b't' | b'f' => "Boolean",
        b'n' => "Null",
        b'-' | b'0'..=b'9' => "Number",
        _ => return None,
    })
}

fn decode_form(body: &[u8]) -> Result<LoginBody, BodyError> {
    let text = std::str::from_utf8(body).map_err(|_| BodyError::FormEncoding)?;
    check_escapes(text)?;
    let mut out = LoginBody::default();
    for (key, value) in form_urlencoded::parse(body) {
        out.set(&key, value.into_owned());
    }
    Ok(out)
}

/// Rejects `%` not followed by two hex digits, which lenient decoders pass through silently.
fn check_escapes(text: &str) -> Result<(), BodyError> {
    let bytes = text.as_bytes();
    for (i, b) in bytes.iter().enumerate() {
        if *b != b'%' {
            continue;
        }
        let valid = bytes.get(i + 1..i + 3).is_some_and(|h| h.iter().all(u8::is_ascii_hexdigit));
        if !valid {
            let end = text.char_indices().map(|(j, _)| j).find(|j| *j >= i + 3).unwrap_or(text.len());
            return Err(BodyError::FormEscape(text[i..end].to_string()));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const JSON: Option<&str> = Some("application/json");
    const FORM: Option<&str> = Some("application/x-www-form-urlencoded");

    #[tokio::test]
    async fn json_fields_are_read_and_flattened() {
        let body = decode_login_body(JSON, br#"{"method":"password","identifier":"a@b.c","password":1234}"#)
            .await
            .unwrap();
        assert_eq!(body.method.as_deref(), Some("password"));
        assert_eq!(body.identifier.as_deref(), Some("a@b.c"));
        assert_eq!(body.password.as_deref(), Some("1234"));
    }

    #[tokio::test]
    async fn empty_strings_count_as_missing() {
        let body = decode_login_body(JSON, br#"{"identifier":"","password":""}"#).await.unwrap();
        assert_eq!(body.identifier, None);
        assert_eq!(body.password, None);
    }

    #[tokio::test]
    async fn the_legacy_identifier_name_is_accepted() {
        let body = decode_login_body(FORM, b"password_identifier=a%40b.c&password=x").await.unwrap();
        assert_eq!(body.identifier.as_deref(), Some("a@b.c"));
    }

    #[tokio::test]
    async fn malformed_bodies_give_kratos_reasons() {
        let junk = "14=)=!(%)$/ZP()GHIÖ".as_bytes();
        assert_eq!(
            decode_login_body(JSON, junk).await.unwrap_err().to_string(),
            "Expected JSON sent in request body to be an object but got: Number"
        );
        assert!(decode_login_body(FORM, junk).await.unwrap_err().to_string().contains("invalid URL escape"));
        assert_eq!(decode_login_body(JSON, b"").await.unwrap_err(), BodyError::Empty);
        assert!(matches!(
            decode_login_body(Some("text/plain"), b"x").await,
            Err(BodyError::UnsupportedContentType(_))
        ));
        assert!(matches!(decode_login_body(JSON, b"[1]").await, Err(BodyError::NotAnObject("Array"))));
        assert!(matches!(decode_login_body(JSON, b"{\"a\":").await, Err(BodyError::Json(_))));
    }

    #[tokio::test]
    async fn multipart_text_fields_are_read() {
        let body = "--XYZ\r\nContent-Disposition: form-data; name=\"method\"\r\n\r\npassword\r\n--XYZ\r\nContent-Disposition: form-data; name=\"identifier\"\r\n\r\na@b.c\r\n--XYZ--\r\n";
        let body =
            decode_login_body(Some("multipart/form-data; boundary=XYZ"), body.as_bytes()).await.unwrap();
        assert_eq!(body.method.as_deref(), Some("password"));
        assert_eq!(body.identifier.as_deref(), Some("a@b.c"));
        let broken = decode_login_body(Some("multipart/form-data"), b"x").await;
        assert!(matches!(broken, Err(BodyError::Multipart(_))));
    }

    #[tokio::test]
    async fn passwords_are_not_printed() {
        let body = decode_login_body(FORM, b"password=hunter2").await.unwrap();
        assert!(!format!("{body:?}").contains("hunter2"));
    }
}
