#![allow(unused_qualifications)]

use http::HeaderValue;
use validator::Validate;

#[cfg(feature = "server")]
use crate::header;
use crate::{models, types::*};

#[allow(dead_code)]
pub type SSE = std::pin::Pin<std::boxed::Box<dyn futures_util::Stream<Item = std::result::Result<axum::response::sse::Event, std::convert::Infallible>> + std::marker::Send + std::marker::Sync>>;

#[allow(dead_code)]
fn from_validation_error(e: validator::ValidationError) -> validator::ValidationErrors {
    let mut errs = validator::ValidationErrors::new();
    errs.add("na", e);
    errs
}

#[allow(dead_code)]
pub fn check_xss_string(v: &str) -> std::result::Result<(), validator::ValidationError> {
    if ammonia::is_html(v) {
        std::result::Result::Err(validator::ValidationError::new("xss detected"))
    } else {
        std::result::Result::Ok(())
    }
}

#[allow(dead_code)]
pub fn check_xss_vec_string(v: &[String]) -> std::result::Result<(), validator::ValidationError> {
    if v.iter().any(|i| ammonia::is_html(i)) {
        std::result::Result::Err(validator::ValidationError::new("xss detected"))
    } else {
        std::result::Result::Ok(())
    }
}

#[allow(dead_code)]
pub fn check_xss_map_string(
    v: &std::collections::HashMap<String, String>,
) -> std::result::Result<(), validator::ValidationError> {
    if v.keys().any(|k| ammonia::is_html(k)) || v.values().any(|v| ammonia::is_html(v)) {
        std::result::Result::Err(validator::ValidationError::new("xss detected"))
    } else {
        std::result::Result::Ok(())
    }
}

#[allow(dead_code)]
pub fn check_xss_map_nested<T>(
    v: &std::collections::HashMap<String, T>,
) -> std::result::Result<(), validator::ValidationError>
where
    T: validator::Validate,
{
    if v.keys().any(|k| ammonia::is_html(k)) || v.values().any(|v| v.validate().is_err()) {
        std::result::Result::Err(validator::ValidationError::new("xss detected"))
    } else {
        std::result::Result::Ok(())
    }
}

#[allow(dead_code)]
pub fn check_xss_map<T>(v: &std::collections::HashMap<String, T>) -> std::result::Result<(), validator::ValidationError> {
    if v.keys().any(|k| ammonia::is_html(k)) {
        std::result::Result::Err(validator::ValidationError::new("xss detected"))
    } else {
        std::result::Result::Ok(())
    }
}


    #[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
    #[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
    pub struct CreateBrowserLoginFlowHeaderParams {
        pub cookie: Option<String>,
        pub accept: Option<String>,
    }


    #[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
    #[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
    pub struct CreateBrowserLoginFlowQueryParams {
            /// Ask an already signed-in user to prove their identity again. Read as true for `1`, `t`, `T`, `true`, `TRUE` and `True`; anything else is false.
                #[serde(rename = "refresh")]
                    #[serde(skip_serializing_if="Option::is_none")]
                    pub refresh: Option<String>,
            /// The authenticator assurance level the flow must reach, `aal1` (the default) or `aal2`.
                #[serde(rename = "aal")]
                    #[serde(skip_serializing_if="Option::is_none")]
                    pub aal: Option<String>,
            /// Where to send the user after the flow. Must be on `selfservice.allowed_return_urls`.
                #[serde(rename = "return_to")]
                    #[serde(skip_serializing_if="Option::is_none")]
                    pub return_to: Option<String>,
            /// An OAuth 2.0 login challenge from an OAuth 2.0 provider. Not supported.
                #[serde(rename = "login_challenge")]
                    #[serde(skip_serializing_if="Option::is_none")]
                    pub login_challenge: Option<String>,
            /// An organization id; accepted and ignored (organizations are not supported).
                #[serde(rename = "organization")]
                    #[serde(skip_serializing_if="Option::is_none")]
                    pub organization: Option<String>,
            /// Deprecated and ignored.
                #[serde(rename = "via")]
                    #[serde(skip_serializing_if="Option::is_none")]
                    pub via: Option<String>,
            /// The id of a configured, selectable identity schema to label the identifier with.
                #[serde(rename = "identity_schema")]
                    #[serde(skip_serializing_if="Option::is_none")]
                    pub identity_schema: Option<String>,
    }


    #[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
    #[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
    pub struct CreateBrowserLogoutFlowHeaderParams {
        pub cookie: Option<String>,
        pub accept: Option<String>,
    }


    #[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
    #[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
    pub struct CreateBrowserLogoutFlowQueryParams {
            /// Where to send the user after the flow. Must be on `selfservice.allowed_return_urls`.
                #[serde(rename = "return_to")]
                    #[serde(skip_serializing_if="Option::is_none")]
                    pub return_to: Option<String>,
    }


    #[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
    #[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
    pub struct CreateNativeLoginFlowHeaderParams {
        pub x_session_token: Option<String>,
        pub authorization: Option<String>,
    }


    #[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
    #[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
    pub struct CreateNativeLoginFlowQueryParams {
            /// Ask an already signed-in user to prove their identity again. Read as true for `1`, `t`, `T`, `true`, `TRUE` and `True`; anything else is false.
                #[serde(rename = "refresh")]
                    #[serde(skip_serializing_if="Option::is_none")]
                    pub refresh: Option<String>,
            /// The authenticator assurance level the flow must reach, `aal1` (the default) or `aal2`.
                #[serde(rename = "aal")]
                    #[serde(skip_serializing_if="Option::is_none")]
                    pub aal: Option<String>,
            /// Ask for a one-time code that a native app can later trade for the session token. Parsed like `refresh`.
                #[serde(rename = "return_session_token_exchange_code")]
                    #[serde(skip_serializing_if="Option::is_none")]
                    pub return_session_token_exchange_code: Option<String>,
            /// Where to send the user after the flow. Must be on `selfservice.allowed_return_urls`.
                #[serde(rename = "return_to")]
                    #[serde(skip_serializing_if="Option::is_none")]
                    pub return_to: Option<String>,
            /// An organization id; accepted and ignored (organizations are not supported).
                #[serde(rename = "organization")]
                    #[serde(skip_serializing_if="Option::is_none")]
                    pub organization: Option<String>,
            /// Deprecated and ignored.
                #[serde(rename = "via")]
                    #[serde(skip_serializing_if="Option::is_none")]
                    pub via: Option<String>,
            /// The id of a configured, selectable identity schema to label the identifier with.
                #[serde(rename = "identity_schema")]
                    #[serde(skip_serializing_if="Option::is_none")]
                    pub identity_schema: Option<String>,
    }


    #[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
    #[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
    pub struct GetFlowErrorQueryParams {
            /// The id of the error.
                #[serde(rename = "id")]
                    #[serde(skip_serializing_if="Option::is_none")]
                    pub id: Option<String>,
    }


    #[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
    #[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
    pub struct GetLoginFlowHeaderParams {
        pub cookie: Option<String>,
    }


    #[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
    #[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
    pub struct GetLoginFlowQueryParams {
            /// The id of the login flow.
                #[serde(rename = "id")]
                    #[serde(skip_serializing_if="Option::is_none")]
                    pub id: Option<String>,
    }



    #[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
    #[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
    pub struct ToSessionHeaderParams {
        pub x_session_token: Option<String>,
        pub authorization: Option<String>,
        pub cookie: Option<String>,
    }


    #[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
    #[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
    pub struct ToSessionQueryParams {
            /// Return the session as a signed token of this template. Not supported.
                #[serde(rename = "tokenize_as")]
                    #[serde(skip_serializing_if="Option::is_none")]
                    pub tokenize_as: Option<String>,
    }


    #[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
    #[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
    pub struct UpdateLoginFlowHeaderParams {
        pub x_session_token: Option<String>,
        pub authorization: Option<String>,
        pub cookie: Option<String>,
        pub accept: Option<String>,
    }


    #[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
    #[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
    pub struct UpdateLoginFlowQueryParams {
            /// The id of the login flow being submitted.
                #[serde(rename = "flow")]
                    #[serde(skip_serializing_if="Option::is_none")]
                    pub flow: Option<String>,
    }


    #[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
    #[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
    pub struct UpdateLogoutFlowHeaderParams {
        pub cookie: Option<String>,
        pub accept: Option<String>,
    }


    #[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
    #[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
    pub struct UpdateLogoutFlowQueryParams {
            /// The logout token from createBrowserLogoutFlow.
                #[serde(rename = "token")]
                    #[serde(skip_serializing_if="Option::is_none")]
                    pub token: Option<String>,
            /// Where to send the user after the flow. Must be on `selfservice.allowed_return_urls`.
                #[serde(rename = "return_to")]
                    #[serde(skip_serializing_if="Option::is_none")]
                    pub return_to: Option<String>,
    }



    #[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
    #[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
    pub struct DeleteIdentityPathParams {
            /// The id of the identity.
                pub id: String,
    }



    #[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
    #[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
    pub struct GetIdentityPathParams {
            /// The id of the identity.
                pub id: String,
    }


    #[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
    #[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
    pub struct GetIdentityQueryParams {
            /// Credential types whose stored configuration (such as the password hash) is included.
                #[serde(rename = "include_credential")]
                    #[serde(default)]
                    pub include_credential: Vec<String>,
    }


    #[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
    #[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
    pub struct GetSessionPathParams {
            /// The id of the session.
                pub id: String,
    }


    #[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
    #[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
    pub struct GetSessionQueryParams {
            /// What to embed in the session; the identity is embedded when `identity` is listed.
                #[serde(rename = "expand")]
                    #[serde(default)]
                    pub expand: Vec<String>,
    }


    #[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
    #[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
    pub struct ListIdentitiesQueryParams {
            /// Deprecated page size of the offset pagination; use `page_size`.
                #[serde(rename = "per_page")]
                    #[serde(skip_serializing_if="Option::is_none")]
                    pub per_page: Option<String>,
            /// Deprecated page number of the offset pagination; use `page_token`.
                #[serde(rename = "page")]
                    #[serde(skip_serializing_if="Option::is_none")]
                    pub page: Option<String>,
            /// How many identities one page holds.
                #[serde(rename = "page_size")]
                    #[serde(skip_serializing_if="Option::is_none")]
                    pub page_size: Option<String>,
            /// The opaque position to continue from, as given in the `Link` header.
                #[serde(rename = "page_token")]
                    #[serde(skip_serializing_if="Option::is_none")]
                    pub page_token: Option<String>,
            /// Accepted for compatibility; every read is strongly consistent here.
                #[serde(rename = "consistency")]
                    #[serde(skip_serializing_if="Option::is_none")]
                    pub consistency: Option<String>,
            /// Only return identities with these ids.
                #[serde(rename = "ids")]
                    #[serde(default)]
                    pub ids: Vec<String>,
            /// Only return the identity that signs in with exactly this identifier.
                #[serde(rename = "credentials_identifier")]
                    #[serde(skip_serializing_if="Option::is_none")]
                    pub credentials_identifier: Option<String>,
            /// Only return identities whose identifier starts like this one.
                #[serde(rename = "preview_credentials_identifier_similar")]
                    #[serde(skip_serializing_if="Option::is_none")]
                    pub preview_credentials_identifier_similar: Option<String>,
            /// Credential types whose stored configuration is included.
                #[serde(rename = "include_credential")]
                    #[serde(default)]
                    pub include_credential: Vec<String>,
            /// Only return identities of this organization.
                #[serde(rename = "organization_id")]
                    #[serde(skip_serializing_if="Option::is_none")]
                    pub organization_id: Option<String>,
    }







#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct AdminIdentityImportCredentialsLookupSecret {
    #[serde(rename = "config")]
          #[validate(nested)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub config: Option<models::AdminIdentityImportCredentialsLookupSecretConfig>,

}



impl AdminIdentityImportCredentialsLookupSecret {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> AdminIdentityImportCredentialsLookupSecret {
        AdminIdentityImportCredentialsLookupSecret {
 config: None,
        }
    }
}

/// Converts the AdminIdentityImportCredentialsLookupSecret value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for AdminIdentityImportCredentialsLookupSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping config in query parameter serialization

        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a AdminIdentityImportCredentialsLookupSecret value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for AdminIdentityImportCredentialsLookupSecret {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub config: Vec<models::AdminIdentityImportCredentialsLookupSecretConfig>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing AdminIdentityImportCredentialsLookupSecret".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "config" => intermediate_rep.config.push(<models::AdminIdentityImportCredentialsLookupSecretConfig as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing AdminIdentityImportCredentialsLookupSecret".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(AdminIdentityImportCredentialsLookupSecret {
            config: intermediate_rep.config.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<AdminIdentityImportCredentialsLookupSecret> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<AdminIdentityImportCredentialsLookupSecret>> for HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<AdminIdentityImportCredentialsLookupSecret>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Invalid header value for AdminIdentityImportCredentialsLookupSecret - value: {hdr_value} is invalid {e}"#))
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<AdminIdentityImportCredentialsLookupSecret> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <AdminIdentityImportCredentialsLookupSecret as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(format!(r#"Unable to convert header value '{value}' into AdminIdentityImportCredentialsLookupSecret - {err}"#))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Unable to convert header: {hdr_value:?} to string: {e}"#))
        }
    }
}



#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct AdminIdentityImportCredentialsLookupSecretConfig {
    #[serde(rename = "codes")]
          #[validate(nested)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub codes: Option<Vec<models::IdentityCredentialsLookupSecretCode>>,

}



impl AdminIdentityImportCredentialsLookupSecretConfig {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> AdminIdentityImportCredentialsLookupSecretConfig {
        AdminIdentityImportCredentialsLookupSecretConfig {
 codes: None,
        }
    }
}

/// Converts the AdminIdentityImportCredentialsLookupSecretConfig value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for AdminIdentityImportCredentialsLookupSecretConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping codes in query parameter serialization

        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a AdminIdentityImportCredentialsLookupSecretConfig value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for AdminIdentityImportCredentialsLookupSecretConfig {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub codes: Vec<Vec<models::IdentityCredentialsLookupSecretCode>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing AdminIdentityImportCredentialsLookupSecretConfig".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "codes" => return std::result::Result::Err("Parsing a container in this style is not supported in AdminIdentityImportCredentialsLookupSecretConfig".to_string()),
                    _ => return std::result::Result::Err("Unexpected key while parsing AdminIdentityImportCredentialsLookupSecretConfig".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(AdminIdentityImportCredentialsLookupSecretConfig {
            codes: intermediate_rep.codes.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<AdminIdentityImportCredentialsLookupSecretConfig> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<AdminIdentityImportCredentialsLookupSecretConfig>> for HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<AdminIdentityImportCredentialsLookupSecretConfig>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Invalid header value for AdminIdentityImportCredentialsLookupSecretConfig - value: {hdr_value} is invalid {e}"#))
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<AdminIdentityImportCredentialsLookupSecretConfig> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <AdminIdentityImportCredentialsLookupSecretConfig as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(format!(r#"Unable to convert header value '{value}' into AdminIdentityImportCredentialsLookupSecretConfig - {err}"#))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Unable to convert header: {hdr_value:?} to string: {e}"#))
        }
    }
}



/// How strongly the user was authenticated; `aal1` is one factor, `aal2` two.
/// Enumeration of values.
/// Since this enum's variants do not hold data, we can easily define them as `#[repr(C)]`
/// which helps with FFI.
#[allow(non_camel_case_types, clippy::large_enum_variant)]
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk_enum_derive::LabelledGenericEnum))]
pub enum AuthenticatorAssuranceLevel {
    #[serde(rename = "aal0")]
    Aal0,
    #[serde(rename = "aal1")]
    Aal1,
    #[serde(rename = "aal2")]
    Aal2,
    #[serde(rename = "aal3")]
    Aal3,
}

impl validator::Validate for AuthenticatorAssuranceLevel
{
    fn validate(&self) -> std::result::Result<(), validator::ValidationErrors> {
        std::result::Result::Ok(())
    }
}

impl std::fmt::Display for AuthenticatorAssuranceLevel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            AuthenticatorAssuranceLevel::Aal0 => write!(f, "aal0"),
            AuthenticatorAssuranceLevel::Aal1 => write!(f, "aal1"),
            AuthenticatorAssuranceLevel::Aal2 => write!(f, "aal2"),
            AuthenticatorAssuranceLevel::Aal3 => write!(f, "aal3"),
        }
    }
}

impl std::str::FromStr for AuthenticatorAssuranceLevel {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        match s {
            "aal0" => std::result::Result::Ok(AuthenticatorAssuranceLevel::Aal0),
            "aal1" => std::result::Result::Ok(AuthenticatorAssuranceLevel::Aal1),
            "aal2" => std::result::Result::Ok(AuthenticatorAssuranceLevel::Aal2),
            "aal3" => std::result::Result::Ok(AuthenticatorAssuranceLevel::Aal3),
            _ => std::result::Result::Err(format!(r#"Value not valid: {s}"#)),
        }
    }
}


#[derive(Debug, Clone, PartialEq, PartialOrd,  serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct AuthenticatorTransport(pub String);

impl validator::Validate for AuthenticatorTransport {
    fn validate(&self) -> std::result::Result<(), validator::ValidationErrors> {

        std::result::Result::Ok(())
    }
}

impl std::convert::From<String> for AuthenticatorTransport {
    fn from(x: String) -> Self {
        AuthenticatorTransport(x)
    }
}

impl std::fmt::Display for AuthenticatorTransport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
       write!(f, "{}", self.0)
    }
}

impl std::str::FromStr for AuthenticatorTransport {
    type Err = std::string::ParseError;
    fn from_str(x: &str) -> std::result::Result<Self, Self::Err> {
        std::result::Result::Ok(AuthenticatorTransport(x.to_string()))
    }
}

impl std::convert::From<AuthenticatorTransport> for String {
    fn from(x: AuthenticatorTransport) -> Self {
        x.0
    }
}

impl std::ops::Deref for AuthenticatorTransport {
    type Target = String;
    fn deref(&self) -> &String {
        &self.0
    }
}

impl std::ops::DerefMut for AuthenticatorTransport {
    fn deref_mut(&mut self) -> &mut String {
        &mut self.0
    }
}



/// A next step a client may take after the flow, told apart by `action`.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[serde(tag = "action")]
#[allow(non_camel_case_types, clippy::large_enum_variant)]
pub enum ContinueWith {
    #[serde(alias = "show_verification_ui")]
    ContinueWithVerificationUi(models::ContinueWithVerificationUi),
    #[serde(alias = "set_ory_session_token")]
    ContinueWithSetOrySessionToken(models::ContinueWithSetOrySessionToken),
    #[serde(alias = "show_settings_ui")]
    ContinueWithSettingsUi(models::ContinueWithSettingsUi),
    #[serde(alias = "show_recovery_ui")]
    ContinueWithRecoveryUi(models::ContinueWithRecoveryUi),
    #[serde(alias = "redirect_browser_to")]
    ContinueWithRedirectBrowserTo(models::ContinueWithRedirectBrowserTo),
    #[serde(alias = "show_pin_entry_ui")]
    ContinueWithDeviceAuthnPinEntryUi(models::ContinueWithDeviceAuthnPinEntryUi),
}

impl validator::Validate for ContinueWith
{
    fn validate(&self) -> std::result::Result<(), validator::ValidationErrors> {
        match self {
            Self::ContinueWithVerificationUi(v) => v.validate(),
            Self::ContinueWithSetOrySessionToken(v) => v.validate(),
            Self::ContinueWithSettingsUi(v) => v.validate(),
            Self::ContinueWithRecoveryUi(v) => v.validate(),
            Self::ContinueWithRedirectBrowserTo(v) => v.validate(),
            Self::ContinueWithDeviceAuthnPinEntryUi(v) => v.validate(),
        }
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ContinueWith value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ContinueWith {
    type Err = serde_json::Error;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        serde_json::from_str(s)
    }
}

impl serde::Serialize for ContinueWith {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
        where S: serde::Serializer {
            match self {
                Self::ContinueWithVerificationUi(x) => x.serialize(serializer),
                Self::ContinueWithSetOrySessionToken(x) => x.serialize(serializer),
                Self::ContinueWithSettingsUi(x) => x.serialize(serializer),
                Self::ContinueWithRecoveryUi(x) => x.serialize(serializer),
                Self::ContinueWithRedirectBrowserTo(x) => x.serialize(serializer),
                Self::ContinueWithDeviceAuthnPinEntryUi(x) => x.serialize(serializer),
            }
    }
}

impl From<models::ContinueWithVerificationUi> for ContinueWith {
    fn from(value: models::ContinueWithVerificationUi) -> Self {
        Self::ContinueWithVerificationUi(value)
    }
}
impl From<models::ContinueWithSetOrySessionToken> for ContinueWith {
    fn from(value: models::ContinueWithSetOrySessionToken) -> Self {
        Self::ContinueWithSetOrySessionToken(value)
    }
}
impl From<models::ContinueWithSettingsUi> for ContinueWith {
    fn from(value: models::ContinueWithSettingsUi) -> Self {
        Self::ContinueWithSettingsUi(value)
    }
}
impl From<models::ContinueWithRecoveryUi> for ContinueWith {
    fn from(value: models::ContinueWithRecoveryUi) -> Self {
        Self::ContinueWithRecoveryUi(value)
    }
}
impl From<models::ContinueWithRedirectBrowserTo> for ContinueWith {
    fn from(value: models::ContinueWithRedirectBrowserTo) -> Self {
        Self::ContinueWithRedirectBrowserTo(value)
    }
}
impl From<models::ContinueWithDeviceAuthnPinEntryUi> for ContinueWith {
    fn from(value: models::ContinueWithDeviceAuthnPinEntryUi) -> Self {
        Self::ContinueWithDeviceAuthnPinEntryUi(value)
    }
}





#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ContinueWithDeviceAuthnPinEntryUi {
    /// Note: inline enums are not fully supported by openapi-generator
    #[serde(rename = "action")]
          #[validate(custom(function = "check_xss_string"))]
    pub action: String,

    #[serde(rename = "data")]
          #[validate(nested)]
    pub data: models::ContinueWithDeviceAuthnPinEntryUiData,

}



impl ContinueWithDeviceAuthnPinEntryUi {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(action: String, data: models::ContinueWithDeviceAuthnPinEntryUiData, ) -> ContinueWithDeviceAuthnPinEntryUi {
        ContinueWithDeviceAuthnPinEntryUi {
 action,
 data,
        }
    }
}

/// Converts the ContinueWithDeviceAuthnPinEntryUi value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for ContinueWithDeviceAuthnPinEntryUi {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![

            Some("action".to_string()),
            Some(self.action.to_string()),

            // Skipping data in query parameter serialization

        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ContinueWithDeviceAuthnPinEntryUi value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ContinueWithDeviceAuthnPinEntryUi {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub action: Vec<String>,
            pub data: Vec<models::ContinueWithDeviceAuthnPinEntryUiData>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing ContinueWithDeviceAuthnPinEntryUi".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "action" => intermediate_rep.action.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "data" => intermediate_rep.data.push(<models::ContinueWithDeviceAuthnPinEntryUiData as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing ContinueWithDeviceAuthnPinEntryUi".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ContinueWithDeviceAuthnPinEntryUi {
            action: intermediate_rep.action.into_iter().next().ok_or_else(|| "action missing in ContinueWithDeviceAuthnPinEntryUi".to_string())?,
            data: intermediate_rep.data.into_iter().next().ok_or_else(|| "data missing in ContinueWithDeviceAuthnPinEntryUi".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ContinueWithDeviceAuthnPinEntryUi> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<ContinueWithDeviceAuthnPinEntryUi>> for HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<ContinueWithDeviceAuthnPinEntryUi>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Invalid header value for ContinueWithDeviceAuthnPinEntryUi - value: {hdr_value} is invalid {e}"#))
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<ContinueWithDeviceAuthnPinEntryUi> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <ContinueWithDeviceAuthnPinEntryUi as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(format!(r#"Unable to convert header value '{value}' into ContinueWithDeviceAuthnPinEntryUi - {err}"#))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Unable to convert header: {hdr_value:?} to string: {e}"#))
        }
    }
}



#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ContinueWithDeviceAuthnPinEntryUiData {
    #[serde(rename = "ciphertext")]
          #[validate(custom(function = "check_xss_string"))]
    pub ciphertext: String,

    #[serde(rename = "enc")]
          #[validate(custom(function = "check_xss_string"))]
    pub enc: String,

}



impl ContinueWithDeviceAuthnPinEntryUiData {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(ciphertext: String, enc: String, ) -> ContinueWithDeviceAuthnPinEntryUiData {
        ContinueWithDeviceAuthnPinEntryUiData {
 ciphertext,
 enc,
        }
    }
}

/// Converts the ContinueWithDeviceAuthnPinEntryUiData value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for ContinueWithDeviceAuthnPinEntryUiData {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![

            Some("ciphertext".to_string()),
            Some(self.ciphertext.to_string()),


            Some("enc".to_string()),
            Some(self.enc.to_string()),

        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ContinueWithDeviceAuthnPinEntryUiData value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ContinueWithDeviceAuthnPinEntryUiData {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub ciphertext: Vec<String>,
            pub enc: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing ContinueWithDeviceAuthnPinEntryUiData".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "ciphertext" => intermediate_rep.ciphertext.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "enc" => intermediate_rep.enc.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing ContinueWithDeviceAuthnPinEntryUiData".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ContinueWithDeviceAuthnPinEntryUiData {
            ciphertext: intermediate_rep.ciphertext.into_iter().next().ok_or_else(|| "ciphertext missing in ContinueWithDeviceAuthnPinEntryUiData".to_string())?,
            enc: intermediate_rep.enc.into_iter().next().ok_or_else(|| "enc missing in ContinueWithDeviceAuthnPinEntryUiData".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ContinueWithDeviceAuthnPinEntryUiData> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<ContinueWithDeviceAuthnPinEntryUiData>> for HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<ContinueWithDeviceAuthnPinEntryUiData>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Invalid header value for ContinueWithDeviceAuthnPinEntryUiData - value: {hdr_value} is invalid {e}"#))
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<ContinueWithDeviceAuthnPinEntryUiData> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <ContinueWithDeviceAuthnPinEntryUiData as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(format!(r#"Unable to convert header value '{value}' into ContinueWithDeviceAuthnPinEntryUiData - {err}"#))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Unable to convert header: {hdr_value:?} to string: {e}"#))
        }
    }
}



#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ContinueWithRecoveryUi {
    /// Note: inline enums are not fully supported by openapi-generator
    #[serde(rename = "action")]
          #[validate(custom(function = "check_xss_string"))]
    pub action: String,

    #[serde(rename = "flow")]
          #[validate(nested)]
    pub flow: models::ContinueWithRecoveryUiFlow,

}



impl ContinueWithRecoveryUi {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(action: String, flow: models::ContinueWithRecoveryUiFlow, ) -> ContinueWithRecoveryUi {
        ContinueWithRecoveryUi {
 action,
 flow,
        }
    }
}

/// Converts the ContinueWithRecoveryUi value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for ContinueWithRecoveryUi {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![

            Some("action".to_string()),
            Some(self.action.to_string()),

            // Skipping flow in query parameter serialization

        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ContinueWithRecoveryUi value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ContinueWithRecoveryUi {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub action: Vec<String>,
            pub flow: Vec<models::ContinueWithRecoveryUiFlow>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing ContinueWithRecoveryUi".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "action" => intermediate_rep.action.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "flow" => intermediate_rep.flow.push(<models::ContinueWithRecoveryUiFlow as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing ContinueWithRecoveryUi".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ContinueWithRecoveryUi {
            action: intermediate_rep.action.into_iter().next().ok_or_else(|| "action missing in ContinueWithRecoveryUi".to_string())?,
            flow: intermediate_rep.flow.into_iter().next().ok_or_else(|| "flow missing in ContinueWithRecoveryUi".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ContinueWithRecoveryUi> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<ContinueWithRecoveryUi>> for HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<ContinueWithRecoveryUi>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Invalid header value for ContinueWithRecoveryUi - value: {hdr_value} is invalid {e}"#))
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<ContinueWithRecoveryUi> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <ContinueWithRecoveryUi as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(format!(r#"Unable to convert header value '{value}' into ContinueWithRecoveryUi - {err}"#))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Unable to convert header: {hdr_value:?} to string: {e}"#))
        }
    }
}



#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ContinueWithRecoveryUiFlow {
    #[serde(rename = "id")]
    pub id: uuid::Uuid,

    #[serde(rename = "url")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub url: Option<String>,

}



impl ContinueWithRecoveryUiFlow {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(id: uuid::Uuid, ) -> ContinueWithRecoveryUiFlow {
        ContinueWithRecoveryUiFlow {
 id,
 url: None,
        }
    }
}

/// Converts the ContinueWithRecoveryUiFlow value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for ContinueWithRecoveryUiFlow {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping id in query parameter serialization


            self.url.as_ref().map(|url| {
                [
                    "url".to_string(),
                    url.to_string(),
                ].join(",")
            }),

        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ContinueWithRecoveryUiFlow value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ContinueWithRecoveryUiFlow {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<uuid::Uuid>,
            pub url: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing ContinueWithRecoveryUiFlow".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(<uuid::Uuid as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "url" => intermediate_rep.url.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing ContinueWithRecoveryUiFlow".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ContinueWithRecoveryUiFlow {
            id: intermediate_rep.id.into_iter().next().ok_or_else(|| "id missing in ContinueWithRecoveryUiFlow".to_string())?,
            url: intermediate_rep.url.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ContinueWithRecoveryUiFlow> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<ContinueWithRecoveryUiFlow>> for HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<ContinueWithRecoveryUiFlow>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Invalid header value for ContinueWithRecoveryUiFlow - value: {hdr_value} is invalid {e}"#))
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<ContinueWithRecoveryUiFlow> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <ContinueWithRecoveryUiFlow as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(format!(r#"Unable to convert header value '{value}' into ContinueWithRecoveryUiFlow - {err}"#))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Unable to convert header: {hdr_value:?} to string: {e}"#))
        }
    }
}



/// Send the browser to `redirect_browser_to`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ContinueWithRedirectBrowserTo {
    /// Note: inline enums are not fully supported by openapi-generator
    #[serde(rename = "action")]
          #[validate(custom(function = "check_xss_string"))]
    pub action: String,

    #[serde(rename = "redirect_browser_to")]
          #[validate(custom(function = "check_xss_string"))]
    pub redirect_browser_to: String,

}



impl ContinueWithRedirectBrowserTo {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(action: String, redirect_browser_to: String, ) -> ContinueWithRedirectBrowserTo {
        ContinueWithRedirectBrowserTo {
 action,
 redirect_browser_to,
        }
    }
}

/// Converts the ContinueWithRedirectBrowserTo value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for ContinueWithRedirectBrowserTo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![

            Some("action".to_string()),
            Some(self.action.to_string()),


            Some("redirect_browser_to".to_string()),
            Some(self.redirect_browser_to.to_string()),

        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ContinueWithRedirectBrowserTo value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ContinueWithRedirectBrowserTo {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub action: Vec<String>,
            pub redirect_browser_to: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing ContinueWithRedirectBrowserTo".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "action" => intermediate_rep.action.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "redirect_browser_to" => intermediate_rep.redirect_browser_to.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing ContinueWithRedirectBrowserTo".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ContinueWithRedirectBrowserTo {
            action: intermediate_rep.action.into_iter().next().ok_or_else(|| "action missing in ContinueWithRedirectBrowserTo".to_string())?,
            redirect_browser_to: intermediate_rep.redirect_browser_to.into_iter().next().ok_or_else(|| "redirect_browser_to missing in ContinueWithRedirectBrowserTo".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ContinueWithRedirectBrowserTo> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<ContinueWithRedirectBrowserTo>> for HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<ContinueWithRedirectBrowserTo>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Invalid header value for ContinueWithRedirectBrowserTo - value: {hdr_value} is invalid {e}"#))
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<ContinueWithRedirectBrowserTo> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <ContinueWithRedirectBrowserTo as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(format!(r#"Unable to convert header value '{value}' into ContinueWithRedirectBrowserTo - {err}"#))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Unable to convert header: {hdr_value:?} to string: {e}"#))
        }
    }
}



#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ContinueWithSetOrySessionToken {
    /// Note: inline enums are not fully supported by openapi-generator
    #[serde(rename = "action")]
          #[validate(custom(function = "check_xss_string"))]
    pub action: String,

    #[serde(rename = "ory_session_token")]
          #[validate(custom(function = "check_xss_string"))]
    pub ory_session_token: String,

}



impl ContinueWithSetOrySessionToken {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(action: String, ory_session_token: String, ) -> ContinueWithSetOrySessionToken {
        ContinueWithSetOrySessionToken {
 action,
 ory_session_token,
        }
    }
}

/// Converts the ContinueWithSetOrySessionToken value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for ContinueWithSetOrySessionToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![

            Some("action".to_string()),
            Some(self.action.to_string()),


            Some("ory_session_token".to_string()),
            Some(self.ory_session_token.to_string()),

        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ContinueWithSetOrySessionToken value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ContinueWithSetOrySessionToken {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub action: Vec<String>,
            pub ory_session_token: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing ContinueWithSetOrySessionToken".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "action" => intermediate_rep.action.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "ory_session_token" => intermediate_rep.ory_session_token.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing ContinueWithSetOrySessionToken".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ContinueWithSetOrySessionToken {
            action: intermediate_rep.action.into_iter().next().ok_or_else(|| "action missing in ContinueWithSetOrySessionToken".to_string())?,
            ory_session_token: intermediate_rep.ory_session_token.into_iter().next().ok_or_else(|| "ory_session_token missing in ContinueWithSetOrySessionToken".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ContinueWithSetOrySessionToken> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<ContinueWithSetOrySessionToken>> for HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<ContinueWithSetOrySessionToken>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Invalid header value for ContinueWithSetOrySessionToken - value: {hdr_value} is invalid {e}"#))
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<ContinueWithSetOrySessionToken> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <ContinueWithSetOrySessionToken as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(format!(r#"Unable to convert header value '{value}' into ContinueWithSetOrySessionToken - {err}"#))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Unable to convert header: {hdr_value:?} to string: {e}"#))
        }
    }
}



#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ContinueWithSettingsUi {
    /// Note: inline enums are not fully supported by openapi-generator
    #[serde(rename = "action")]
          #[validate(custom(function = "check_xss_string"))]
    pub action: String,

    #[serde(rename = "flow")]
          #[validate(nested)]
    pub flow: models::ContinueWithSettingsUiFlow,

}



impl ContinueWithSettingsUi {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(action: String, flow: models::ContinueWithSettingsUiFlow, ) -> ContinueWithSettingsUi {
        ContinueWithSettingsUi {
 action,
 flow,
        }
    }
}

/// Converts the ContinueWithSettingsUi value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for ContinueWithSettingsUi {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![

            Some("action".to_string()),
            Some(self.action.to_string()),

            // Skipping flow in query parameter serialization

        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ContinueWithSettingsUi value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ContinueWithSettingsUi {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub action: Vec<String>,
            pub flow: Vec<models::ContinueWithSettingsUiFlow>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing ContinueWithSettingsUi".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "action" => intermediate_rep.action.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "flow" => intermediate_rep.flow.push(<models::ContinueWithSettingsUiFlow as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing ContinueWithSettingsUi".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ContinueWithSettingsUi {
            action: intermediate_rep.action.into_iter().next().ok_or_else(|| "action missing in ContinueWithSettingsUi".to_string())?,
            flow: intermediate_rep.flow.into_iter().next().ok_or_else(|| "flow missing in ContinueWithSettingsUi".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ContinueWithSettingsUi> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<ContinueWithSettingsUi>> for HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<ContinueWithSettingsUi>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Invalid header value for ContinueWithSettingsUi - value: {hdr_value} is invalid {e}"#))
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<ContinueWithSettingsUi> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <ContinueWithSettingsUi as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(format!(r#"Unable to convert header value '{value}' into ContinueWithSettingsUi - {err}"#))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Unable to convert header: {hdr_value:?} to string: {e}"#))
        }
    }
}



#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ContinueWithSettingsUiFlow {
    #[serde(rename = "id")]
    pub id: uuid::Uuid,

    #[serde(rename = "url")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub url: Option<String>,

}



impl ContinueWithSettingsUiFlow {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(id: uuid::Uuid, ) -> ContinueWithSettingsUiFlow {
        ContinueWithSettingsUiFlow {
 id,
 url: None,
        }
    }
}

/// Converts the ContinueWithSettingsUiFlow value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for ContinueWithSettingsUiFlow {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping id in query parameter serialization


            self.url.as_ref().map(|url| {
                [
                    "url".to_string(),
                    url.to_string(),
                ].join(",")
            }),

        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ContinueWithSettingsUiFlow value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ContinueWithSettingsUiFlow {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<uuid::Uuid>,
            pub url: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing ContinueWithSettingsUiFlow".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(<uuid::Uuid as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "url" => intermediate_rep.url.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing ContinueWithSettingsUiFlow".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ContinueWithSettingsUiFlow {
            id: intermediate_rep.id.into_iter().next().ok_or_else(|| "id missing in ContinueWithSettingsUiFlow".to_string())?,
            url: intermediate_rep.url.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ContinueWithSettingsUiFlow> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<ContinueWithSettingsUiFlow>> for HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<ContinueWithSettingsUiFlow>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Invalid header value for ContinueWithSettingsUiFlow - value: {hdr_value} is invalid {e}"#))
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<ContinueWithSettingsUiFlow> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <ContinueWithSettingsUiFlow as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(format!(r#"Unable to convert header value '{value}' into ContinueWithSettingsUiFlow - {err}"#))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Unable to convert header: {hdr_value:?} to string: {e}"#))
        }
    }
}



#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ContinueWithVerificationUi {
    /// Note: inline enums are not fully supported by openapi-generator
    #[serde(rename = "action")]
          #[validate(custom(function = "check_xss_string"))]
    pub action: String,

    #[serde(rename = "flow")]
          #[validate(nested)]
    pub flow: models::ContinueWithVerificationUiFlow,

}



impl ContinueWithVerificationUi {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(action: String, flow: models::ContinueWithVerificationUiFlow, ) -> ContinueWithVerificationUi {
        ContinueWithVerificationUi {
 action,
 flow,
        }
    }
}

/// Converts the ContinueWithVerificationUi value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for ContinueWithVerificationUi {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![

            Some("action".to_string()),
            Some(self.action.to_string()),

            // Skipping flow in query parameter serialization

        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ContinueWithVerificationUi value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ContinueWithVerificationUi {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub action: Vec<String>,
            pub flow: Vec<models::ContinueWithVerificationUiFlow>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing ContinueWithVerificationUi".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "action" => intermediate_rep.action.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "flow" => intermediate_rep.flow.push(<models::ContinueWithVerificationUiFlow as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing ContinueWithVerificationUi".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ContinueWithVerificationUi {
            action: intermediate_rep.action.into_iter().next().ok_or_else(|| "action missing in ContinueWithVerificationUi".to_string())?,
            flow: intermediate_rep.flow.into_iter().next().ok_or_else(|| "flow missing in ContinueWithVerificationUi".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ContinueWithVerificationUi> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<ContinueWithVerificationUi>> for HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<ContinueWithVerificationUi>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Invalid header value for ContinueWithVerificationUi - value: {hdr_value} is invalid {e}"#))
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<ContinueWithVerificationUi> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <ContinueWithVerificationUi as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(format!(r#"Unable to convert header value '{value}' into ContinueWithVerificationUi - {err}"#))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Unable to convert header: {hdr_value:?} to string: {e}"#))
        }
    }
}



#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ContinueWithVerificationUiFlow {
    #[serde(rename = "id")]
    pub id: uuid::Uuid,

    #[serde(rename = "url")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub url: Option<String>,

    #[serde(rename = "verifiable_address")]
          #[validate(custom(function = "check_xss_string"))]
    pub verifiable_address: String,

}



impl ContinueWithVerificationUiFlow {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(id: uuid::Uuid, verifiable_address: String, ) -> ContinueWithVerificationUiFlow {
        ContinueWithVerificationUiFlow {
 id,
 url: None,
 verifiable_address,
        }
    }
}

/// Converts the ContinueWithVerificationUiFlow value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for ContinueWithVerificationUiFlow {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping id in query parameter serialization


            self.url.as_ref().map(|url| {
                [
                    "url".to_string(),
                    url.to_string(),
                ].join(",")
            }),


            Some("verifiable_address".to_string()),
            Some(self.verifiable_address.to_string()),

        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ContinueWithVerificationUiFlow value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ContinueWithVerificationUiFlow {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<uuid::Uuid>,
            pub url: Vec<String>,
            pub verifiable_address: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing ContinueWithVerificationUiFlow".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(<uuid::Uuid as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "url" => intermediate_rep.url.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "verifiable_address" => intermediate_rep.verifiable_address.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing ContinueWithVerificationUiFlow".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ContinueWithVerificationUiFlow {
            id: intermediate_rep.id.into_iter().next().ok_or_else(|| "id missing in ContinueWithVerificationUiFlow".to_string())?,
            url: intermediate_rep.url.into_iter().next(),
            verifiable_address: intermediate_rep.verifiable_address.into_iter().next().ok_or_else(|| "verifiable_address missing in ContinueWithVerificationUiFlow".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ContinueWithVerificationUiFlow> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<ContinueWithVerificationUiFlow>> for HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<ContinueWithVerificationUiFlow>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Invalid header value for ContinueWithVerificationUiFlow - value: {hdr_value} is invalid {e}"#))
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<ContinueWithVerificationUiFlow> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <ContinueWithVerificationUiFlow as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(format!(r#"Unable to convert header value '{value}' into ContinueWithVerificationUiFlow - {err}"#))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Unable to convert header: {hdr_value:?} to string: {e}"#))
        }
    }
}



/// What an administrator sends to create an identity.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct CreateIdentityBody {
    #[serde(rename = "credentials")]
          #[validate(nested)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub credentials: Option<models::IdentityWithCredentials>,

    #[serde(rename = "external_id")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub external_id: Option<String>,

    #[serde(rename = "metadata_admin")]
    #[serde(skip_serializing_if="Option::is_none")]
    pub metadata_admin: Option<crate::types::Object>,

    #[serde(rename = "metadata_public")]
    #[serde(skip_serializing_if="Option::is_none")]
    pub metadata_public: Option<crate::types::Object>,

    /// A UUID, or null.
    #[serde(rename = "organization_id")]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if="Option::is_none")]
    pub organization_id: Option<Nullable<String>>,

    #[serde(rename = "recovery_addresses")]
          #[validate(nested)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub recovery_addresses: Option<Vec<models::RecoveryIdentityAddress>>,

    /// Note: inline enums are not fully supported by openapi-generator
    #[serde(rename = "region")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub region: Option<String>,

    #[serde(rename = "schema_id")]
          #[validate(custom(function = "check_xss_string"))]
    pub schema_id: String,

    /// Note: inline enums are not fully supported by openapi-generator
    #[serde(rename = "state")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub state: Option<String>,

    #[serde(rename = "traits")]
    pub traits: crate::types::Object,

    #[serde(rename = "verifiable_addresses")]
          #[validate(nested)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub verifiable_addresses: Option<Vec<models::VerifiableIdentityAddress>>,

}



impl CreateIdentityBody {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(schema_id: String, traits: crate::types::Object, ) -> CreateIdentityBody {
        CreateIdentityBody {
 credentials: None,
 external_id: None,
 metadata_admin: None,
 metadata_public: None,
 organization_id: None,
 recovery_addresses: None,
 region: None,
 schema_id,
 state: None,
 traits,
 verifiable_addresses: None,
        }
    }
}

/// Converts the CreateIdentityBody value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for CreateIdentityBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping credentials in query parameter serialization


            self.external_id.as_ref().map(|external_id| {
                [
                    "external_id".to_string(),
                    external_id.to_string(),
                ].join(",")
            }),

            // Skipping metadata_admin in query parameter serialization

            // Skipping metadata_public in query parameter serialization


            self.organization_id.as_ref().map(|organization_id| {
                [
                    "organization_id".to_string(),
                    organization_id.as_ref().map_or("null".to_string(), |x| x.to_string()),
                ].join(",")
            }),

            // Skipping recovery_addresses in query parameter serialization


            self.region.as_ref().map(|region| {
                [
                    "region".to_string(),
                    region.to_string(),
                ].join(",")
            }),


            Some("schema_id".to_string()),
            Some(self.schema_id.to_string()),


            self.state.as_ref().map(|state| {
                [
                    "state".to_string(),
                    state.to_string(),
                ].join(",")
            }),

            // Skipping traits in query parameter serialization

            // Skipping verifiable_addresses in query parameter serialization

        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a CreateIdentityBody value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for CreateIdentityBody {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub credentials: Vec<models::IdentityWithCredentials>,
            pub external_id: Vec<String>,
            pub metadata_admin: Vec<crate::types::Object>,
            pub metadata_public: Vec<crate::types::Object>,
            pub organization_id: Vec<String>,
            pub recovery_addresses: Vec<Vec<models::RecoveryIdentityAddress>>,
            pub region: Vec<String>,
            pub schema_id: Vec<String>,
            pub state: Vec<String>,
            pub traits: Vec<crate::types::Object>,
            pub verifiable_addresses: Vec<Vec<models::VerifiableIdentityAddress>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing CreateIdentityBody".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "credentials" => intermediate_rep.credentials.push(<models::IdentityWithCredentials as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "external_id" => intermediate_rep.external_id.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "metadata_admin" => intermediate_rep.metadata_admin.push(<crate::types::Object as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "metadata_public" => intermediate_rep.metadata_public.push(<crate::types::Object as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "organization_id" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in CreateIdentityBody".to_string()),
                    "recovery_addresses" => return std::result::Result::Err("Parsing a container in this style is not supported in CreateIdentityBody".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "region" => intermediate_rep.region.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "schema_id" => intermediate_rep.schema_id.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "state" => intermediate_rep.state.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "traits" => intermediate_rep.traits.push(<crate::types::Object as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "verifiable_addresses" => return std::result::Result::Err("Parsing a container in this style is not supported in CreateIdentityBody".to_string()),
                    _ => return std::result::Result::Err("Unexpected key while parsing CreateIdentityBody".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(CreateIdentityBody {
            credentials: intermediate_rep.credentials.into_iter().next(),
            external_id: intermediate_rep.external_id.into_iter().next(),
            metadata_admin: intermediate_rep.metadata_admin.into_iter().next(),
            metadata_public: intermediate_rep.metadata_public.into_iter().next(),
            organization_id: std::result::Result::Err("Nullable types not supported in CreateIdentityBody".to_string())?,
            recovery_addresses: intermediate_rep.recovery_addresses.into_iter().next(),
            region: intermediate_rep.region.into_iter().next(),
            schema_id: intermediate_rep.schema_id.into_iter().next().ok_or_else(|| "schema_id missing in CreateIdentityBody".to_string())?,
            state: intermediate_rep.state.into_iter().next(),
            traits: intermediate_rep.traits.into_iter().next().ok_or_else(|| "traits missing in CreateIdentityBody".to_string())?,
            verifiable_addresses: intermediate_rep.verifiable_addresses.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<CreateIdentityBody> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<CreateIdentityBody>> for HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<CreateIdentityBody>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Invalid header value for CreateIdentityBody - value: {hdr_value} is invalid {e}"#))
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<CreateIdentityBody> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <CreateIdentityBody as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(format!(r#"Unable to convert header value '{value}' into CreateIdentityBody - {err}"#))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Unable to convert header: {hdr_value:?} to string: {e}"#))
        }
    }
}



/// A length of time in nanoseconds.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct Duration {
}



impl Duration {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Duration {
        Duration {
        }
    }
}

/// Converts the Duration value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for Duration {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a Duration value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for Duration {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing Duration".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    _ => return std::result::Result::Err("Unexpected key while parsing Duration".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(Duration {
        })
    }
}

// Methods for converting between header::IntoHeaderValue<Duration> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<Duration>> for HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<Duration>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Invalid header value for Duration - value: {hdr_value} is invalid {e}"#))
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<Duration> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <Duration as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(format!(r#"Unable to convert header value '{value}' into Duration - {err}"#))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Unable to convert header: {hdr_value:?} to string: {e}"#))
        }
    }
}



/// The error sent when a browser has to navigate to `redirect_browser_to`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ErrorBrowserLocationChangeRequired {
    #[serde(rename = "error")]
          #[validate(nested)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub error: Option<models::GenericError>,

    #[serde(rename = "redirect_browser_to")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub redirect_browser_to: Option<String>,

}



impl ErrorBrowserLocationChangeRequired {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> ErrorBrowserLocationChangeRequired {
        ErrorBrowserLocationChangeRequired {
 error: None,
 redirect_browser_to: None,
        }
    }
}

/// Converts the ErrorBrowserLocationChangeRequired value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for ErrorBrowserLocationChangeRequired {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping error in query parameter serialization


            self.redirect_browser_to.as_ref().map(|redirect_browser_to| {
                [
                    "redirect_browser_to".to_string(),
                    redirect_browser_to.to_string(),
                ].join(",")
            }),

        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ErrorBrowserLocationChangeRequired value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ErrorBrowserLocationChangeRequired {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub error: Vec<models::GenericError>,
            pub redirect_browser_to: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing ErrorBrowserLocationChangeRequired".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "error" => intermediate_rep.error.push(<models::GenericError as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "redirect_browser_to" => intermediate_rep.redirect_browser_to.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing ErrorBrowserLocationChangeRequired".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ErrorBrowserLocationChangeRequired {
            error: intermediate_rep.error.into_iter().next(),
            redirect_browser_to: intermediate_rep.redirect_browser_to.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ErrorBrowserLocationChangeRequired> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<ErrorBrowserLocationChangeRequired>> for HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<ErrorBrowserLocationChangeRequired>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Invalid header value for ErrorBrowserLocationChangeRequired - value: {hdr_value} is invalid {e}"#))
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<ErrorBrowserLocationChangeRequired> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <ErrorBrowserLocationChangeRequired as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(format!(r#"Unable to convert header value '{value}' into ErrorBrowserLocationChangeRequired - {err}"#))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Unable to convert header: {hdr_value:?} to string: {e}"#))
        }
    }
}



/// The error envelope every error response uses.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ErrorGeneric {
    #[serde(rename = "error")]
          #[validate(nested)]
    pub error: models::GenericError,

}



impl ErrorGeneric {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(error: models::GenericError, ) -> ErrorGeneric {
        ErrorGeneric {
 error,
        }
    }
}

/// Converts the ErrorGeneric value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for ErrorGeneric {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping error in query parameter serialization

        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ErrorGeneric value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ErrorGeneric {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub error: Vec<models::GenericError>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing ErrorGeneric".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "error" => intermediate_rep.error.push(<models::GenericError as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing ErrorGeneric".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ErrorGeneric {
            error: intermediate_rep.error.into_iter().next().ok_or_else(|| "error missing in ErrorGeneric".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ErrorGeneric> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<ErrorGeneric>> for HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<ErrorGeneric>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Invalid header value for ErrorGeneric - value: {hdr_value} is invalid {e}"#))
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<ErrorGeneric> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <ErrorGeneric as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(format!(r#"Unable to convert header value '{value}' into ErrorGeneric - {err}"#))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Unable to convert header: {hdr_value:?} to string: {e}"#))
        }
    }
}



/// An error stored for the error UI.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct FlowError {
    #[serde(rename = "created_at")]
    #[serde(skip_serializing_if="Option::is_none")]
    pub created_at: Option<portcullis_timestamp::Timestamp>,

    #[serde(rename = "error")]
    #[serde(skip_serializing_if="Option::is_none")]
    pub error: Option<crate::types::Object>,

    #[serde(rename = "id")]
    pub id: uuid::Uuid,

    #[serde(rename = "updated_at")]
    #[serde(skip_serializing_if="Option::is_none")]
    pub updated_at: Option<portcullis_timestamp::Timestamp>,

}



impl FlowError {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(id: uuid::Uuid, ) -> FlowError {
        FlowError {
 created_at: None,
 error: None,
 id,
 updated_at: None,
        }
    }
}

/// Converts the FlowError value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for FlowError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping created_at in query parameter serialization

            // Skipping error in query parameter serialization

            // Skipping id in query parameter serialization

            // Skipping updated_at in query parameter serialization

        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a FlowError value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for FlowError {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub created_at: Vec<portcullis_timestamp::Timestamp>,
            pub error: Vec<crate::types::Object>,
            pub id: Vec<uuid::Uuid>,
            pub updated_at: Vec<portcullis_timestamp::Timestamp>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing FlowError".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "created_at" => intermediate_rep.created_at.push(<portcullis_timestamp::Timestamp as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "error" => intermediate_rep.error.push(<crate::types::Object as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(<uuid::Uuid as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "updated_at" => intermediate_rep.updated_at.push(<portcullis_timestamp::Timestamp as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing FlowError".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(FlowError {
            created_at: intermediate_rep.created_at.into_iter().next(),
            error: intermediate_rep.error.into_iter().next(),
            id: intermediate_rep.id.into_iter().next().ok_or_else(|| "id missing in FlowError".to_string())?,
            updated_at: intermediate_rep.updated_at.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<FlowError> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<FlowError>> for HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<FlowError>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Invalid header value for FlowError - value: {hdr_value} is invalid {e}"#))
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<FlowError> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <FlowError as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(format!(r#"Unable to convert header value '{value}' into FlowError - {err}"#))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Unable to convert header: {hdr_value:?} to string: {e}"#))
        }
    }
}



/// An error. `id` is a stable machine-readable error id when there is one; `reason` explains this occurrence; `details` carries structured extras.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct GenericError {
    #[serde(rename = "code")]
    #[serde(skip_serializing_if="Option::is_none")]
    pub code: Option<i64>,

    #[serde(rename = "debug")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub debug: Option<String>,

    #[serde(rename = "details")]
          #[validate(custom(function = "check_xss_map"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub details: Option<std::collections::HashMap<String, crate::types::Object>>,

    #[serde(rename = "id")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub id: Option<String>,

    #[serde(rename = "message")]
          #[validate(custom(function = "check_xss_string"))]
    pub message: String,

    #[serde(rename = "reason")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub reason: Option<String>,

    #[serde(rename = "request")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub request: Option<String>,

    #[serde(rename = "status")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub status: Option<String>,

}



impl GenericError {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(message: String, ) -> GenericError {
        GenericError {
 code: None,
 debug: None,
 details: None,
 id: None,
 message,
 reason: None,
 request: None,
 status: None,
        }
    }
}

/// Converts the GenericError value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for GenericError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![

            self.code.as_ref().map(|code| {
                [
                    "code".to_string(),
                    code.to_string(),
                ].join(",")
            }),


            self.debug.as_ref().map(|debug| {
                [
                    "debug".to_string(),
                    debug.to_string(),
                ].join(",")
            }),

            // Skipping details in query parameter serialization
            // Skipping details in query parameter serialization


            self.id.as_ref().map(|id| {
                [
                    "id".to_string(),
                    id.to_string(),
                ].join(",")
            }),


            Some("message".to_string()),
            Some(self.message.to_string()),


            self.reason.as_ref().map(|reason| {
                [
                    "reason".to_string(),
                    reason.to_string(),
                ].join(",")
            }),


            self.request.as_ref().map(|request| {
                [
                    "request".to_string(),
                    request.to_string(),
                ].join(",")
            }),


            self.status.as_ref().map(|status| {
                [
                    "status".to_string(),
                    status.to_string(),
                ].join(",")
            }),

        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a GenericError value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for GenericError {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub code: Vec<i64>,
            pub debug: Vec<String>,
            pub details: Vec<std::collections::HashMap<String, crate::types::Object>>,
            pub id: Vec<String>,
            pub message: Vec<String>,
            pub reason: Vec<String>,
            pub request: Vec<String>,
            pub status: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing GenericError".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "code" => intermediate_rep.code.push(<i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "debug" => intermediate_rep.debug.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "details" => return std::result::Result::Err("Parsing a container in this style is not supported in GenericError".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "message" => intermediate_rep.message.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "reason" => intermediate_rep.reason.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "request" => intermediate_rep.request.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "status" => intermediate_rep.status.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing GenericError".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(GenericError {
            code: intermediate_rep.code.into_iter().next(),
            debug: intermediate_rep.debug.into_iter().next(),
            details: intermediate_rep.details.into_iter().next(),
            id: intermediate_rep.id.into_iter().next(),
            message: intermediate_rep.message.into_iter().next().ok_or_else(|| "message missing in GenericError".to_string())?,
            reason: intermediate_rep.reason.into_iter().next(),
            request: intermediate_rep.request.into_iter().next(),
            status: intermediate_rep.status.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<GenericError> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<GenericError>> for HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<GenericError>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Invalid header value for GenericError - value: {hdr_value} is invalid {e}"#))
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<GenericError> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <GenericError as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(format!(r#"Unable to convert header value '{value}' into GenericError - {err}"#))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Unable to convert header: {hdr_value:?} to string: {e}"#))
        }
    }
}



#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct GetVersion200Response {
    /// The version string of the running build.
    #[serde(rename = "version")]
          #[validate(custom(function = "check_xss_string"))]
    pub version: String,

}



impl GetVersion200Response {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(version: String, ) -> GetVersion200Response {
        GetVersion200Response {
 version,
        }
    }
}

/// Converts the GetVersion200Response value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for GetVersion200Response {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![

            Some("version".to_string()),
            Some(self.version.to_string()),

        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a GetVersion200Response value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for GetVersion200Response {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub version: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing GetVersion200Response".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "version" => intermediate_rep.version.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing GetVersion200Response".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(GetVersion200Response {
            version: intermediate_rep.version.into_iter().next().ok_or_else(|| "version missing in GetVersion200Response".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<GetVersion200Response> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<GetVersion200Response>> for HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<GetVersion200Response>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Invalid header value for GetVersion200Response - value: {hdr_value} is invalid {e}"#))
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<GetVersion200Response> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <GetVersion200Response as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(format!(r#"Unable to convert header value '{value}' into GetVersion200Response - {err}"#))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Unable to convert header: {hdr_value:?} to string: {e}"#))
        }
    }
}



/// Why the server is not ready, by dependency.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct HealthNotReadyStatus {
    #[serde(rename = "errors")]
          #[validate(custom(function = "check_xss_map_string"))]
    pub r_errors: std::collections::HashMap<String, String>,

}



impl HealthNotReadyStatus {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(r_errors: std::collections::HashMap<String, String>, ) -> HealthNotReadyStatus {
        HealthNotReadyStatus {
 r_errors,
        }
    }
}

/// Converts the HealthNotReadyStatus value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for HealthNotReadyStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping errors in query parameter serialization

        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a HealthNotReadyStatus value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for HealthNotReadyStatus {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub r_errors: Vec<std::collections::HashMap<String, String>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing HealthNotReadyStatus".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "errors" => return std::result::Result::Err("Parsing a container in this style is not supported in HealthNotReadyStatus".to_string()),
                    _ => return std::result::Result::Err("Unexpected key while parsing HealthNotReadyStatus".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(HealthNotReadyStatus {
            r_errors: intermediate_rep.r_errors.into_iter().next().ok_or_else(|| "errors missing in HealthNotReadyStatus".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<HealthNotReadyStatus> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<HealthNotReadyStatus>> for HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<HealthNotReadyStatus>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Invalid header value for HealthNotReadyStatus - value: {hdr_value} is invalid {e}"#))
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<HealthNotReadyStatus> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <HealthNotReadyStatus as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(format!(r#"Unable to convert header value '{value}' into HealthNotReadyStatus - {err}"#))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Unable to convert header: {hdr_value:?} to string: {e}"#))
        }
    }
}



/// The server is healthy.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct HealthStatus {
    #[serde(rename = "status")]
          #[validate(custom(function = "check_xss_string"))]
    pub status: String,

}



impl HealthStatus {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(status: String, ) -> HealthStatus {
        HealthStatus {
 status,
        }
    }
}

/// Converts the HealthStatus value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for HealthStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![

            Some("status".to_string()),
            Some(self.status.to_string()),

        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a HealthStatus value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for HealthStatus {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub status: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing HealthStatus".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "status" => intermediate_rep.status.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing HealthStatus".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(HealthStatus {
            status: intermediate_rep.status.into_iter().next().ok_or_else(|| "status missing in HealthStatus".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<HealthStatus> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<HealthStatus>> for HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<HealthStatus>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Invalid header value for HealthStatus - value: {hdr_value} is invalid {e}"#))
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<HealthStatus> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <HealthStatus as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(format!(r#"Unable to convert header value '{value}' into HealthStatus - {err}"#))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Unable to convert header: {hdr_value:?} to string: {e}"#))
        }
    }
}



#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct Id {
}



impl Id {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Id {
        Id {
        }
    }
}

/// Converts the Id value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for Id {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a Id value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for Id {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing Id".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    _ => return std::result::Result::Err("Unexpected key while parsing Id".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(Id {
        })
    }
}

// Methods for converting between header::IntoHeaderValue<Id> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<Id>> for HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<Id>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Invalid header value for Id - value: {hdr_value} is invalid {e}"#))
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<Id> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <Id as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(format!(r#"Unable to convert header value '{value}' into Id - {err}"#))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Unable to convert header: {hdr_value:?} to string: {e}"#))
        }
    }
}



/// A user of the system. Traits are checked against the identity schema named by `schema_id`. Public endpoints never include `credentials` or `metadata_admin`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct Identity {
    #[serde(rename = "created_at")]
    #[serde(skip_serializing_if="Option::is_none")]
    pub created_at: Option<portcullis_timestamp::Timestamp>,

    #[serde(rename = "credentials")]
          #[validate(custom(function = "check_xss_map_nested"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub credentials: Option<std::collections::HashMap<String, models::IdentityCredentials>>,

    #[serde(rename = "external_id")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub external_id: Option<String>,

    #[serde(rename = "id")]
    pub id: uuid::Uuid,

    /// Any JSON value, or null.
    #[serde(rename = "metadata_admin")]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if="Option::is_none")]
    pub metadata_admin: Option<Nullable<crate::types::Object>>,

    /// Any JSON value, or null.
    #[serde(rename = "metadata_public")]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if="Option::is_none")]
    pub metadata_public: Option<Nullable<crate::types::Object>>,

    /// A UUID, or null.
    #[serde(rename = "organization_id")]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if="Option::is_none")]
    pub organization_id: Option<Nullable<String>>,

    #[serde(rename = "recovery_addresses")]
          #[validate(nested)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub recovery_addresses: Option<Vec<models::RecoveryIdentityAddress>>,

    /// Note: inline enums are not fully supported by openapi-generator
    #[serde(rename = "region")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub region: Option<String>,

    #[serde(rename = "schema_id")]
          #[validate(custom(function = "check_xss_string"))]
    pub schema_id: String,

    #[serde(rename = "schema_url")]
          #[validate(custom(function = "check_xss_string"))]
    pub schema_url: String,

    /// Note: inline enums are not fully supported by openapi-generator
    #[serde(rename = "state")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub state: Option<String>,

    #[serde(rename = "state_changed_at")]
    #[serde(skip_serializing_if="Option::is_none")]
    pub state_changed_at: Option<portcullis_timestamp::Timestamp>,

    /// The user's profile data, shaped by the identity schema.
    #[serde(rename = "traits")]
    pub traits: crate::types::Object,

    #[serde(rename = "updated_at")]
    #[serde(skip_serializing_if="Option::is_none")]
    pub updated_at: Option<portcullis_timestamp::Timestamp>,

    #[serde(rename = "verifiable_addresses")]
          #[validate(nested)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub verifiable_addresses: Option<Vec<models::VerifiableIdentityAddress>>,

}



impl Identity {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(id: uuid::Uuid, schema_id: String, schema_url: String, traits: crate::types::Object, ) -> Identity {
        Identity {
 created_at: None,
 credentials: None,
 external_id: None,
 id,
 metadata_admin: None,
 metadata_public: None,
 organization_id: None,
 recovery_addresses: None,
 region: None,
 schema_id,
 schema_url,
 state: None,
 state_changed_at: None,
 traits,
 updated_at: None,
 verifiable_addresses: None,
        }
    }
}

/// Converts the Identity value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for Identity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping created_at in query parameter serialization

            // Skipping credentials in query parameter serialization
            // Skipping credentials in query parameter serialization


            self.external_id.as_ref().map(|external_id| {
                [
                    "external_id".to_string(),
                    external_id.to_string(),
                ].join(",")
            }),

            // Skipping id in query parameter serialization

            // Skipping metadata_admin in query parameter serialization

            // Skipping metadata_public in query parameter serialization


            self.organization_id.as_ref().map(|organization_id| {
                [
                    "organization_id".to_string(),
                    organization_id.as_ref().map_or("null".to_string(), |x| x.to_string()),
                ].join(",")
            }),

            // Skipping recovery_addresses in query parameter serialization


            self.region.as_ref().map(|region| {
                [
                    "region".to_string(),
                    region.to_string(),
                ].join(",")
            }),


            Some("schema_id".to_string()),
            Some(self.schema_id.to_string()),


            Some("schema_url".to_string()),
            Some(self.schema_url.to_string()),


            self.state.as_ref().map(|state| {
                [
                    "state".to_string(),
                    state.to_string(),
                ].join(",")
            }),

            // Skipping state_changed_at in query parameter serialization

            // Skipping traits in query parameter serialization

            // Skipping updated_at in query parameter serialization

            // Skipping verifiable_addresses in query parameter serialization

        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a Identity value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for Identity {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub created_at: Vec<portcullis_timestamp::Timestamp>,
            pub credentials: Vec<std::collections::HashMap<String, models::IdentityCredentials>>,
            pub external_id: Vec<String>,
            pub id: Vec<uuid::Uuid>,
            pub metadata_admin: Vec<crate::types::Object>,
            pub metadata_public: Vec<crate::types::Object>,
            pub organization_id: Vec<String>,
            pub recovery_addresses: Vec<Vec<models::RecoveryIdentityAddress>>,
            pub region: Vec<String>,
            pub schema_id: Vec<String>,
            pub schema_url: Vec<String>,
            pub state: Vec<String>,
            pub state_changed_at: Vec<portcullis_timestamp::Timestamp>,
            pub traits: Vec<crate::types::Object>,
            pub updated_at: Vec<portcullis_timestamp::Timestamp>,
            pub verifiable_addresses: Vec<Vec<models::VerifiableIdentityAddress>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing Identity".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "created_at" => intermediate_rep.created_at.push(<portcullis_timestamp::Timestamp as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "credentials" => return std::result::Result::Err("Parsing a container in this style is not supported in Identity".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "external_id" => intermediate_rep.external_id.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(<uuid::Uuid as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "metadata_admin" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in Identity".to_string()),
                    "metadata_public" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in Identity".to_string()),
                    "organization_id" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in Identity".to_string()),
                    "recovery_addresses" => return std::result::Result::Err("Parsing a container in this style is not supported in Identity".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "region" => intermediate_rep.region.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "schema_id" => intermediate_rep.schema_id.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "schema_url" => intermediate_rep.schema_url.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "state" => intermediate_rep.state.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "state_changed_at" => intermediate_rep.state_changed_at.push(<portcullis_timestamp::Timestamp as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "traits" => intermediate_rep.traits.push(<crate::types::Object as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "updated_at" => intermediate_rep.updated_at.push(<portcullis_timestamp::Timestamp as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "verifiable_addresses" => return std::result::Result::Err("Parsing a container in this style is not supported in Identity".to_string()),
                    _ => return std::result::Result::Err("Unexpected key while parsing Identity".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(Identity {
            created_at: intermediate_rep.created_at.into_iter().next(),
            credentials: intermediate_rep.credentials.into_iter().next(),
            external_id: intermediate_rep.external_id.into_iter().next(),
            id: intermediate_rep.id.into_iter().next().ok_or_else(|| "id missing in Identity".to_string())?,
            metadata_admin: std::result::Result::Err("Nullable types not supported in Identity".to_string())?,
            metadata_public: std::result::Result::Err("Nullable types not supported in Identity".to_string())?,
            organization_id: std::result::Result::Err("Nullable types not supported in Identity".to_string())?,
            recovery_addresses: intermediate_rep.recovery_addresses.into_iter().next(),
            region: intermediate_rep.region.into_iter().next(),
            schema_id: intermediate_rep.schema_id.into_iter().next().ok_or_else(|| "schema_id missing in Identity".to_string())?,
            schema_url: intermediate_rep.schema_url.into_iter().next().ok_or_else(|| "schema_url missing in Identity".to_string())?,
            state: intermediate_rep.state.into_iter().next(),
            state_changed_at: intermediate_rep.state_changed_at.into_iter().next(),
            traits: intermediate_rep.traits.into_iter().next().ok_or_else(|| "traits missing in Identity".to_string())?,
            updated_at: intermediate_rep.updated_at.into_iter().next(),
            verifiable_addresses: intermediate_rep.verifiable_addresses.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<Identity> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<Identity>> for HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<Identity>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Invalid header value for Identity - value: {hdr_value} is invalid {e}"#))
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<Identity> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <Identity as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(format!(r#"Unable to convert header value '{value}' into Identity - {err}"#))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Unable to convert header: {hdr_value:?} to string: {e}"#))
        }
    }
}



/// One way an identity can sign in, with the identifiers it answers to.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct IdentityCredentials {
    /// Any JSON object.
    #[serde(rename = "config")]
    #[serde(skip_serializing_if="Option::is_none")]
    pub config: Option<crate::types::Object>,

    #[serde(rename = "created_at")]
    #[serde(skip_serializing_if="Option::is_none")]
    pub created_at: Option<portcullis_timestamp::Timestamp>,

    #[serde(rename = "identifiers")]
          #[validate(custom(function = "check_xss_vec_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub identifiers: Option<Vec<String>>,

    /// Note: inline enums are not fully supported by openapi-generator
    #[serde(rename = "type")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub r_type: Option<String>,

    #[serde(rename = "updated_at")]
    #[serde(skip_serializing_if="Option::is_none")]
    pub updated_at: Option<portcullis_timestamp::Timestamp>,

    #[serde(rename = "version")]
    #[serde(skip_serializing_if="Option::is_none")]
    pub version: Option<i64>,

}



impl IdentityCredentials {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> IdentityCredentials {
        IdentityCredentials {
 config: None,
 created_at: None,
 identifiers: None,
 r_type: None,
 updated_at: None,
 version: None,
        }
    }
}

/// Converts the IdentityCredentials value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for IdentityCredentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping config in query parameter serialization

            // Skipping created_at in query parameter serialization


            self.identifiers.as_ref().map(|identifiers| {
                [
                    "identifiers".to_string(),
                    identifiers.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(","),
                ].join(",")
            }),


            self.r_type.as_ref().map(|r_type| {
                [
                    "type".to_string(),
                    r_type.to_string(),
                ].join(",")
            }),

            // Skipping updated_at in query parameter serialization


            self.version.as_ref().map(|version| {
                [
                    "version".to_string(),
                    version.to_string(),
                ].join(",")
            }),

        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a IdentityCredentials value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for IdentityCredentials {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub config: Vec<crate::types::Object>,
            pub created_at: Vec<portcullis_timestamp::Timestamp>,
            pub identifiers: Vec<Vec<String>>,
            pub r_type: Vec<String>,
            pub updated_at: Vec<portcullis_timestamp::Timestamp>,
            pub version: Vec<i64>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing IdentityCredentials".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "config" => intermediate_rep.config.push(<crate::types::Object as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "created_at" => intermediate_rep.created_at.push(<portcullis_timestamp::Timestamp as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "identifiers" => return std::result::Result::Err("Parsing a container in this style is not supported in IdentityCredentials".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "type" => intermediate_rep.r_type.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "updated_at" => intermediate_rep.updated_at.push(<portcullis_timestamp::Timestamp as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "version" => intermediate_rep.version.push(<i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing IdentityCredentials".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(IdentityCredentials {
            config: intermediate_rep.config.into_iter().next(),
            created_at: intermediate_rep.created_at.into_iter().next(),
            identifiers: intermediate_rep.identifiers.into_iter().next(),
            r_type: intermediate_rep.r_type.into_iter().next(),
            updated_at: intermediate_rep.updated_at.into_iter().next(),
            version: intermediate_rep.version.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<IdentityCredentials> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<IdentityCredentials>> for HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<IdentityCredentials>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Invalid header value for IdentityCredentials - value: {hdr_value} is invalid {e}"#))
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<IdentityCredentials> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <IdentityCredentials as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(format!(r#"Unable to convert header value '{value}' into IdentityCredentials - {err}"#))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Unable to convert header: {hdr_value:?} to string: {e}"#))
        }
    }
}



#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct IdentityCredentialsLookupSecretCode {
    #[serde(rename = "code")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub code: Option<String>,

    #[serde(rename = "used_at")]
    #[serde(skip_serializing_if="Option::is_none")]
    pub used_at: Option<portcullis_timestamp::Timestamp>,

}



impl IdentityCredentialsLookupSecretCode {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> IdentityCredentialsLookupSecretCode {
        IdentityCredentialsLookupSecretCode {
 code: None,
 used_at: None,
        }
    }
}

/// Converts the IdentityCredentialsLookupSecretCode value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for IdentityCredentialsLookupSecretCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![

            self.code.as_ref().map(|code| {
                [
                    "code".to_string(),
                    code.to_string(),
                ].join(",")
            }),

            // Skipping used_at in query parameter serialization

        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a IdentityCredentialsLookupSecretCode value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for IdentityCredentialsLookupSecretCode {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub code: Vec<String>,
            pub used_at: Vec<portcullis_timestamp::Timestamp>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing IdentityCredentialsLookupSecretCode".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "code" => intermediate_rep.code.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "used_at" => intermediate_rep.used_at.push(<portcullis_timestamp::Timestamp as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing IdentityCredentialsLookupSecretCode".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(IdentityCredentialsLookupSecretCode {
            code: intermediate_rep.code.into_iter().next(),
            used_at: intermediate_rep.used_at.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<IdentityCredentialsLookupSecretCode> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<IdentityCredentialsLookupSecretCode>> for HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<IdentityCredentialsLookupSecretCode>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Invalid header value for IdentityCredentialsLookupSecretCode - value: {hdr_value} is invalid {e}"#))
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<IdentityCredentialsLookupSecretCode> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <IdentityCredentialsLookupSecretCode as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(format!(r#"Unable to convert header value '{value}' into IdentityCredentialsLookupSecretCode - {err}"#))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Unable to convert header: {hdr_value:?} to string: {e}"#))
        }
    }
}



#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct IdentityCredentialsWebAuthn {
    #[serde(rename = "added_at")]
    #[serde(skip_serializing_if="Option::is_none")]
    pub added_at: Option<portcullis_timestamp::Timestamp>,

    #[serde(rename = "attestation")]
          #[validate(nested)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub attestation: Option<models::IdentityCredentialsWebAuthnAttestation>,

    #[serde(rename = "attestation_type")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub attestation_type: Option<String>,

    #[serde(rename = "authenticator")]
          #[validate(nested)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub authenticator: Option<models::IdentityCredentialsWebAuthnAuthenticator>,

    #[serde(rename = "display_name")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub display_name: Option<String>,

    #[serde(rename = "flags")]
          #[validate(nested)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub flags: Option<models::IdentityCredentialsWebAuthnFlags>,

    #[serde(rename = "id")]
    #[serde(skip_serializing_if="Option::is_none")]
    pub id: Option<Vec<i32>>,

    #[serde(rename = "is_passwordless")]
    #[serde(skip_serializing_if="Option::is_none")]
    pub is_passwordless: Option<bool>,

    #[serde(rename = "public_key")]
    #[serde(skip_serializing_if="Option::is_none")]
    pub public_key: Option<Vec<i32>>,

    #[serde(rename = "transport")]
          #[validate(nested)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub transport: Option<Vec<models::AuthenticatorTransport>>,

}



impl IdentityCredentialsWebAuthn {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> IdentityCredentialsWebAuthn {
        IdentityCredentialsWebAuthn {
 added_at: None,
 attestation: None,
 attestation_type: None,
 authenticator: None,
 display_name: None,
 flags: None,
 id: None,
 is_passwordless: None,
 public_key: None,
 transport: None,
        }
    }
}

/// Converts the IdentityCredentialsWebAuthn value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for IdentityCredentialsWebAuthn {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping added_at in query parameter serialization

            // Skipping attestation in query parameter serialization


            self.attestation_type.as_ref().map(|attestation_type| {
                [
                    "attestation_type".to_string(),
                    attestation_type.to_string(),
                ].join(",")
            }),

            // Skipping authenticator in query parameter serialization


            self.display_name.as_ref().map(|display_name| {
                [
                    "display_name".to_string(),
                    display_name.to_string(),
                ].join(",")
            }),

            // Skipping flags in query parameter serialization


            self.id.as_ref().map(|id| {
                [
                    "id".to_string(),
                    id.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(","),
                ].join(",")
            }),


            self.is_passwordless.as_ref().map(|is_passwordless| {
                [
                    "is_passwordless".to_string(),
                    is_passwordless.to_string(),
                ].join(",")
            }),


            self.public_key.as_ref().map(|public_key| {
                [
                    "public_key".to_string(),
                    public_key.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(","),
                ].join(",")
            }),


            self.transport.as_ref().map(|transport| {
                [
                    "transport".to_string(),
                    transport.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(","),
                ].join(",")
            }),

        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a IdentityCredentialsWebAuthn value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for IdentityCredentialsWebAuthn {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub added_at: Vec<portcullis_timestamp::Timestamp>,
            pub attestation: Vec<models::IdentityCredentialsWebAuthnAttestation>,
            pub attestation_type: Vec<String>,
            pub authenticator: Vec<models::IdentityCredentialsWebAuthnAuthenticator>,
            pub display_name: Vec<String>,
            pub flags: Vec<models::IdentityCredentialsWebAuthnFlags>,
            pub id: Vec<Vec<i32>>,
            pub is_passwordless: Vec<bool>,
            pub public_key: Vec<Vec<i32>>,
            pub transport: Vec<Vec<models::AuthenticatorTransport>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing IdentityCredentialsWebAuthn".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "added_at" => intermediate_rep.added_at.push(<portcullis_timestamp::Timestamp as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "attestation" => intermediate_rep.attestation.push(<models::IdentityCredentialsWebAuthnAttestation as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "attestation_type" => intermediate_rep.attestation_type.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "authenticator" => intermediate_rep.authenticator.push(<models::IdentityCredentialsWebAuthnAuthenticator as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "display_name" => intermediate_rep.display_name.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "flags" => intermediate_rep.flags.push(<models::IdentityCredentialsWebAuthnFlags as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "id" => return std::result::Result::Err("Parsing a container in this style is not supported in IdentityCredentialsWebAuthn".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "is_passwordless" => intermediate_rep.is_passwordless.push(<bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "public_key" => return std::result::Result::Err("Parsing a container in this style is not supported in IdentityCredentialsWebAuthn".to_string()),
                    "transport" => return std::result::Result::Err("Parsing a container in this style is not supported in IdentityCredentialsWebAuthn".to_string()),
                    _ => return std::result::Result::Err("Unexpected key while parsing IdentityCredentialsWebAuthn".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(IdentityCredentialsWebAuthn {
            added_at: intermediate_rep.added_at.into_iter().next(),
            attestation: intermediate_rep.attestation.into_iter().next(),
            attestation_type: intermediate_rep.attestation_type.into_iter().next(),
            authenticator: intermediate_rep.authenticator.into_iter().next(),
            display_name: intermediate_rep.display_name.into_iter().next(),
            flags: intermediate_rep.flags.into_iter().next(),
            id: intermediate_rep.id.into_iter().next(),
            is_passwordless: intermediate_rep.is_passwordless.into_iter().next(),
            public_key: intermediate_rep.public_key.into_iter().next(),
            transport: intermediate_rep.transport.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<IdentityCredentialsWebAuthn> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<IdentityCredentialsWebAuthn>> for HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<IdentityCredentialsWebAuthn>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Invalid header value for IdentityCredentialsWebAuthn - value: {hdr_value} is invalid {e}"#))
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<IdentityCredentialsWebAuthn> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <IdentityCredentialsWebAuthn as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(format!(r#"Unable to convert header value '{value}' into IdentityCredentialsWebAuthn - {err}"#))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Unable to convert header: {hdr_value:?} to string: {e}"#))
        }
    }
}



#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct IdentityCredentialsWebAuthnAttestation {
    #[serde(rename = "authenticator_data")]
    #[serde(skip_serializing_if="Option::is_none")]
    pub authenticator_data: Option<Vec<i32>>,

    #[serde(rename = "client_dataJSON")]
    #[serde(skip_serializing_if="Option::is_none")]
    pub client_data_json: Option<Vec<i32>>,

    #[serde(rename = "client_data_hash")]
    #[serde(skip_serializing_if="Option::is_none")]
    pub client_data_hash: Option<Vec<i32>>,

    #[serde(rename = "object")]
    #[serde(skip_serializing_if="Option::is_none")]
    pub object: Option<Vec<i32>>,

    #[serde(rename = "public_key_algorithm")]
    #[serde(skip_serializing_if="Option::is_none")]
    pub public_key_algorithm: Option<i64>,

}



impl IdentityCredentialsWebAuthnAttestation {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> IdentityCredentialsWebAuthnAttestation {
        IdentityCredentialsWebAuthnAttestation {
 authenticator_data: None,
 client_data_json: None,
 client_data_hash: None,
 object: None,
 public_key_algorithm: None,
        }
    }
}

/// Converts the IdentityCredentialsWebAuthnAttestation value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for IdentityCredentialsWebAuthnAttestation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![

            self.authenticator_data.as_ref().map(|authenticator_data| {
                [
                    "authenticator_data".to_string(),
                    authenticator_data.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(","),
                ].join(",")
            }),


            self.client_data_json.as_ref().map(|client_data_json| {
                [
                    "client_dataJSON".to_string(),
                    client_data_json.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(","),
                ].join(",")
            }),


            self.client_data_hash.as_ref().map(|client_data_hash| {
                [
                    "client_data_hash".to_string(),
                    client_data_hash.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(","),
                ].join(",")
            }),


            self.object.as_ref().map(|object| {
                [
                    "object".to_string(),
                    object.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(","),
                ].join(",")
            }),


            self.public_key_algorithm.as_ref().map(|public_key_algorithm| {
                [
                    "public_key_algorithm".to_string(),
                    public_key_algorithm.to_string(),
                ].join(",")
            }),

        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a IdentityCredentialsWebAuthnAttestation value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for IdentityCredentialsWebAuthnAttestation {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub authenticator_data: Vec<Vec<i32>>,
            pub client_data_json: Vec<Vec<i32>>,
            pub client_data_hash: Vec<Vec<i32>>,
            pub object: Vec<Vec<i32>>,
            pub public_key_algorithm: Vec<i64>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing IdentityCredentialsWebAuthnAttestation".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "authenticator_data" => return std::result::Result::Err("Parsing a container in this style is not supported in IdentityCredentialsWebAuthnAttestation".to_string()),
                    "client_dataJSON" => return std::result::Result::Err("Parsing a container in this style is not supported in IdentityCredentialsWebAuthnAttestation".to_string()),
                    "client_data_hash" => return std::result::Result::Err("Parsing a container in this style is not supported in IdentityCredentialsWebAuthnAttestation".to_string()),
                    "object" => return std::result::Result::Err("Parsing a container in this style is not supported in IdentityCredentialsWebAuthnAttestation".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "public_key_algorithm" => intermediate_rep.public_key_algorithm.push(<i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing IdentityCredentialsWebAuthnAttestation".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(IdentityCredentialsWebAuthnAttestation {
            authenticator_data: intermediate_rep.authenticator_data.into_iter().next(),
            client_data_json: intermediate_rep.client_data_json.into_iter().next(),
            client_data_hash: intermediate_rep.client_data_hash.into_iter().next(),
            object: intermediate_rep.object.into_iter().next(),
            public_key_algorithm: intermediate_rep.public_key_algorithm.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<IdentityCredentialsWebAuthnAttestation> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<IdentityCredentialsWebAuthnAttestation>> for HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<IdentityCredentialsWebAuthnAttestation>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Invalid header value for IdentityCredentialsWebAuthnAttestation - value: {hdr_value} is invalid {e}"#))
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<IdentityCredentialsWebAuthnAttestation> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <IdentityCredentialsWebAuthnAttestation as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(format!(r#"Unable to convert header value '{value}' into IdentityCredentialsWebAuthnAttestation - {err}"#))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Unable to convert header: {hdr_value:?} to string: {e}"#))
        }
    }
}



#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct IdentityCredentialsWebAuthnAuthenticator {
    #[serde(rename = "aaguid")]
    #[serde(skip_serializing_if="Option::is_none")]
    pub aaguid: Option<Vec<i32>>,

    #[serde(rename = "clone_warning")]
    #[serde(skip_serializing_if="Option::is_none")]
    pub clone_warning: Option<bool>,

    #[serde(rename = "sign_count")]
    #[serde(skip_serializing_if="Option::is_none")]
    pub sign_count: Option<u32>,

}



impl IdentityCredentialsWebAuthnAuthenticator {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> IdentityCredentialsWebAuthnAuthenticator {
        IdentityCredentialsWebAuthnAuthenticator {
 aaguid: None,
 clone_warning: None,
 sign_count: None,
        }
    }
}

/// Converts the IdentityCredentialsWebAuthnAuthenticator value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for IdentityCredentialsWebAuthnAuthenticator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![

            self.aaguid.as_ref().map(|aaguid| {
                [
                    "aaguid".to_string(),
                    aaguid.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(","),
                ].join(",")
            }),


            self.clone_warning.as_ref().map(|clone_warning| {
                [
                    "clone_warning".to_string(),
                    clone_warning.to_string(),
                ].join(",")
            }),


            self.sign_count.as_ref().map(|sign_count| {
                [
                    "sign_count".to_string(),
                    sign_count.to_string(),
                ].join(",")
            }),

        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a IdentityCredentialsWebAuthnAuthenticator value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for IdentityCredentialsWebAuthnAuthenticator {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub aaguid: Vec<Vec<i32>>,
            pub clone_warning: Vec<bool>,
            pub sign_count: Vec<u32>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing IdentityCredentialsWebAuthnAuthenticator".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "aaguid" => return std::result::Result::Err("Parsing a container in this style is not supported in IdentityCredentialsWebAuthnAuthenticator".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "clone_warning" => intermediate_rep.clone_warning.push(<bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "sign_count" => intermediate_rep.sign_count.push(<u32 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing IdentityCredentialsWebAuthnAuthenticator".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(IdentityCredentialsWebAuthnAuthenticator {
            aaguid: intermediate_rep.aaguid.into_iter().next(),
            clone_warning: intermediate_rep.clone_warning.into_iter().next(),
            sign_count: intermediate_rep.sign_count.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<IdentityCredentialsWebAuthnAuthenticator> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<IdentityCredentialsWebAuthnAuthenticator>> for HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<IdentityCredentialsWebAuthnAuthenticator>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Invalid header value for IdentityCredentialsWebAuthnAuthenticator - value: {hdr_value} is invalid {e}"#))
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<IdentityCredentialsWebAuthnAuthenticator> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <IdentityCredentialsWebAuthnAuthenticator as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(format!(r#"Unable to convert header value '{value}' into IdentityCredentialsWebAuthnAuthenticator - {err}"#))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Unable to convert header: {hdr_value:?} to string: {e}"#))
        }
    }
}



#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct IdentityCredentialsWebAuthnFlags {
    #[serde(rename = "backup_eligible")]
    #[serde(skip_serializing_if="Option::is_none")]
    pub backup_eligible: Option<bool>,

    #[serde(rename = "backup_state")]
    #[serde(skip_serializing_if="Option::is_none")]
    pub backup_state: Option<bool>,

    #[serde(rename = "user_present")]
    #[serde(skip_serializing_if="Option::is_none")]
    pub user_present: Option<bool>,

    #[serde(rename = "user_verified")]
    #[serde(skip_serializing_if="Option::is_none")]
    pub user_verified: Option<bool>,

}



impl IdentityCredentialsWebAuthnFlags {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> IdentityCredentialsWebAuthnFlags {
        IdentityCredentialsWebAuthnFlags {
 backup_eligible: None,
 backup_state: None,
 user_present: None,
 user_verified: None,
        }
    }
}

/// Converts the IdentityCredentialsWebAuthnFlags value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for IdentityCredentialsWebAuthnFlags {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![

            self.backup_eligible.as_ref().map(|backup_eligible| {
                [
                    "backup_eligible".to_string(),
                    backup_eligible.to_string(),
                ].join(",")
            }),


            self.backup_state.as_ref().map(|backup_state| {
                [
                    "backup_state".to_string(),
                    backup_state.to_string(),
                ].join(",")
            }),


            self.user_present.as_ref().map(|user_present| {
                [
                    "user_present".to_string(),
                    user_present.to_string(),
                ].join(",")
            }),


            self.user_verified.as_ref().map(|user_verified| {
                [
                    "user_verified".to_string(),
                    user_verified.to_string(),
                ].join(",")
            }),

        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a IdentityCredentialsWebAuthnFlags value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for IdentityCredentialsWebAuthnFlags {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub backup_eligible: Vec<bool>,
            pub backup_state: Vec<bool>,
            pub user_present: Vec<bool>,
            pub user_verified: Vec<bool>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing IdentityCredentialsWebAuthnFlags".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "backup_eligible" => intermediate_rep.backup_eligible.push(<bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "backup_state" => intermediate_rep.backup_state.push(<bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "user_present" => intermediate_rep.user_present.push(<bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "user_verified" => intermediate_rep.user_verified.push(<bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing IdentityCredentialsWebAuthnFlags".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(IdentityCredentialsWebAuthnFlags {
            backup_eligible: intermediate_rep.backup_eligible.into_iter().next(),
            backup_state: intermediate_rep.backup_state.into_iter().next(),
            user_present: intermediate_rep.user_present.into_iter().next(),
            user_verified: intermediate_rep.user_verified.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<IdentityCredentialsWebAuthnFlags> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<IdentityCredentialsWebAuthnFlags>> for HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<IdentityCredentialsWebAuthnFlags>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Invalid header value for IdentityCredentialsWebAuthnFlags - value: {hdr_value} is invalid {e}"#))
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<IdentityCredentialsWebAuthnFlags> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <IdentityCredentialsWebAuthnFlags as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(format!(r#"Unable to convert header value '{value}' into IdentityCredentialsWebAuthnFlags - {err}"#))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Unable to convert header: {hdr_value:?} to string: {e}"#))
        }
    }
}



/// The user's profile data, shaped by the identity schema.
#[derive(Debug, Clone, PartialEq,  serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct IdentityTraits(pub crate::types::Object);

impl validator::Validate for IdentityTraits {
    fn validate(&self) -> std::result::Result<(), validator::ValidationErrors> {

        std::result::Result::Ok(())
    }
}

impl std::convert::From<crate::types::Object> for IdentityTraits {
    fn from(x: crate::types::Object) -> Self {
        IdentityTraits(x)
    }
}

impl std::convert::From<IdentityTraits> for crate::types::Object {
    fn from(x: IdentityTraits) -> Self {
        x.0
    }
}

impl std::ops::Deref for IdentityTraits {
    type Target = crate::types::Object;
    fn deref(&self) -> &crate::types::Object {
        &self.0
    }
}

impl std::ops::DerefMut for IdentityTraits {
    fn deref_mut(&mut self) -> &mut crate::types::Object {
        &mut self.0
    }
}



#[derive(Debug, Clone, PartialEq, PartialOrd,  serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct IdentityVerifiableAddressStatus(pub String);

impl validator::Validate for IdentityVerifiableAddressStatus {
    fn validate(&self) -> std::result::Result<(), validator::ValidationErrors> {

        std::result::Result::Ok(())
    }
}

impl std::convert::From<String> for IdentityVerifiableAddressStatus {
    fn from(x: String) -> Self {
        IdentityVerifiableAddressStatus(x)
    }
}

impl std::fmt::Display for IdentityVerifiableAddressStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
       write!(f, "{}", self.0)
    }
}

impl std::str::FromStr for IdentityVerifiableAddressStatus {
    type Err = std::string::ParseError;
    fn from_str(x: &str) -> std::result::Result<Self, Self::Err> {
        std::result::Result::Ok(IdentityVerifiableAddressStatus(x.to_string()))
    }
}

impl std::convert::From<IdentityVerifiableAddressStatus> for String {
    fn from(x: IdentityVerifiableAddressStatus) -> Self {
        x.0
    }
}

impl std::ops::Deref for IdentityVerifiableAddressStatus {
    type Target = String;
    fn deref(&self) -> &String {
        &self.0
    }
}

impl std::ops::DerefMut for IdentityVerifiableAddressStatus {
    fn deref_mut(&mut self) -> &mut String {
        &mut self.0
    }
}



/// Credentials to create with an identity, by type.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct IdentityWithCredentials {
    #[serde(rename = "lookup_secret")]
          #[validate(nested)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub lookup_secret: Option<models::AdminIdentityImportCredentialsLookupSecret>,

    #[serde(rename = "oidc")]
          #[validate(nested)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub oidc: Option<models::IdentityWithCredentialsOidc>,

    #[serde(rename = "passkey")]
          #[validate(nested)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub passkey: Option<models::IdentityWithCredentialsPasskey>,

    #[serde(rename = "password")]
          #[validate(nested)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub password: Option<models::IdentityWithCredentialsPassword>,

    #[serde(rename = "saml")]
          #[validate(nested)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub saml: Option<models::IdentityWithCredentialsSaml>,

    #[serde(rename = "totp")]
          #[validate(nested)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub totp: Option<models::IdentityWithCredentialsTotp>,

    #[serde(rename = "webauthn")]
          #[validate(nested)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub webauthn: Option<models::IdentityWithCredentialsWebAuthn>,

}



impl IdentityWithCredentials {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> IdentityWithCredentials {
        IdentityWithCredentials {
 lookup_secret: None,
 oidc: None,
 passkey: None,
 password: None,
 saml: None,
 totp: None,
 webauthn: None,
        }
    }
}

/// Converts the IdentityWithCredentials value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for IdentityWithCredentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping lookup_secret in query parameter serialization

            // Skipping oidc in query parameter serialization

            // Skipping passkey in query parameter serialization

            // Skipping password in query parameter serialization

            // Skipping saml in query parameter serialization

            // Skipping totp in query parameter serialization

            // Skipping webauthn in query parameter serialization

        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a IdentityWithCredentials value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for IdentityWithCredentials {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub lookup_secret: Vec<models::AdminIdentityImportCredentialsLookupSecret>,
            pub oidc: Vec<models::IdentityWithCredentialsOidc>,
            pub passkey: Vec<models::IdentityWithCredentialsPasskey>,
            pub password: Vec<models::IdentityWithCredentialsPassword>,
            pub saml: Vec<models::IdentityWithCredentialsSaml>,
            pub totp: Vec<models::IdentityWithCredentialsTotp>,
            pub webauthn: Vec<models::IdentityWithCredentialsWebAuthn>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing IdentityWithCredentials".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "lookup_secret" => intermediate_rep.lookup_secret.push(<models::AdminIdentityImportCredentialsLookupSecret as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "oidc" => intermediate_rep.oidc.push(<models::IdentityWithCredentialsOidc as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "passkey" => intermediate_rep.passkey.push(<models::IdentityWithCredentialsPasskey as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "password" => intermediate_rep.password.push(<models::IdentityWithCredentialsPassword as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "saml" => intermediate_rep.saml.push(<models::IdentityWithCredentialsSaml as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "totp" => intermediate_rep.totp.push(<models::IdentityWithCredentialsTotp as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "webauthn" => intermediate_rep.webauthn.push(<models::IdentityWithCredentialsWebAuthn as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing IdentityWithCredentials".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(IdentityWithCredentials {
            lookup_secret: intermediate_rep.lookup_secret.into_iter().next(),
            oidc: intermediate_rep.oidc.into_iter().next(),
            passkey: intermediate_rep.passkey.into_iter().next(),
            password: intermediate_rep.password.into_iter().next(),
            saml: intermediate_rep.saml.into_iter().next(),
            totp: intermediate_rep.totp.into_iter().next(),
            webauthn: intermediate_rep.webauthn.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<IdentityWithCredentials> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<IdentityWithCredentials>> for HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<IdentityWithCredentials>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Invalid header value for IdentityWithCredentials - value: {hdr_value} is invalid {e}"#))
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<IdentityWithCredentials> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <IdentityWithCredentials as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(format!(r#"Unable to convert header value '{value}' into IdentityWithCredentials - {err}"#))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Unable to convert header: {hdr_value:?} to string: {e}"#))
        }
    }
}



#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct IdentityWithCredentialsOidc {
    #[serde(rename = "config")]
          #[validate(nested)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub config: Option<models::IdentityWithCredentialsOidcConfig>,

}



impl IdentityWithCredentialsOidc {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> IdentityWithCredentialsOidc {
        IdentityWithCredentialsOidc {
 config: None,
        }
    }
}

/// Converts the IdentityWithCredentialsOidc value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for IdentityWithCredentialsOidc {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping config in query parameter serialization

        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a IdentityWithCredentialsOidc value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for IdentityWithCredentialsOidc {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub config: Vec<models::IdentityWithCredentialsOidcConfig>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing IdentityWithCredentialsOidc".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "config" => intermediate_rep.config.push(<models::IdentityWithCredentialsOidcConfig as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing IdentityWithCredentialsOidc".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(IdentityWithCredentialsOidc {
            config: intermediate_rep.config.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<IdentityWithCredentialsOidc> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<IdentityWithCredentialsOidc>> for HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<IdentityWithCredentialsOidc>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Invalid header value for IdentityWithCredentialsOidc - value: {hdr_value} is invalid {e}"#))
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<IdentityWithCredentialsOidc> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <IdentityWithCredentialsOidc as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(format!(r#"Unable to convert header value '{value}' into IdentityWithCredentialsOidc - {err}"#))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Unable to convert header: {hdr_value:?} to string: {e}"#))
        }
    }
}



#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct IdentityWithCredentialsOidcConfig {
    #[serde(rename = "providers")]
          #[validate(nested)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub providers: Option<Vec<models::IdentityWithCredentialsOidcConfigProvider>>,

}



impl IdentityWithCredentialsOidcConfig {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> IdentityWithCredentialsOidcConfig {
        IdentityWithCredentialsOidcConfig {
 providers: None,
        }
    }
}

/// Converts the IdentityWithCredentialsOidcConfig value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for IdentityWithCredentialsOidcConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping providers in query parameter serialization

        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a IdentityWithCredentialsOidcConfig value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for IdentityWithCredentialsOidcConfig {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub providers: Vec<Vec<models::IdentityWithCredentialsOidcConfigProvider>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing IdentityWithCredentialsOidcConfig".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "providers" => return std::result::Result::Err("Parsing a container in this style is not supported in IdentityWithCredentialsOidcConfig".to_string()),
                    _ => return std::result::Result::Err("Unexpected key while parsing IdentityWithCredentialsOidcConfig".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(IdentityWithCredentialsOidcConfig {
            providers: intermediate_rep.providers.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<IdentityWithCredentialsOidcConfig> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<IdentityWithCredentialsOidcConfig>> for HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<IdentityWithCredentialsOidcConfig>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Invalid header value for IdentityWithCredentialsOidcConfig - value: {hdr_value} is invalid {e}"#))
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<IdentityWithCredentialsOidcConfig> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <IdentityWithCredentialsOidcConfig as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(format!(r#"Unable to convert header value '{value}' into IdentityWithCredentialsOidcConfig - {err}"#))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Unable to convert header: {hdr_value:?} to string: {e}"#))
        }
    }
}



#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct IdentityWithCredentialsOidcConfigProvider {
    /// A UUID, or null.
    #[serde(rename = "organization")]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if="Option::is_none")]
    pub organization: Option<Nullable<String>>,

    #[serde(rename = "provider")]
          #[validate(custom(function = "check_xss_string"))]
    pub provider: String,

    #[serde(rename = "subject")]
          #[validate(custom(function = "check_xss_string"))]
    pub subject: String,

    #[serde(rename = "use_auto_link")]
    #[serde(skip_serializing_if="Option::is_none")]
    pub use_auto_link: Option<bool>,

}



impl IdentityWithCredentialsOidcConfigProvider {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(provider: String, subject: String, ) -> IdentityWithCredentialsOidcConfigProvider {
        IdentityWithCredentialsOidcConfigProvider {
 organization: None,
 provider,
 subject,
 use_auto_link: None,
        }
    }
}

/// Converts the IdentityWithCredentialsOidcConfigProvider value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for IdentityWithCredentialsOidcConfigProvider {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![

            self.organization.as_ref().map(|organization| {
                [
                    "organization".to_string(),
                    organization.as_ref().map_or("null".to_string(), |x| x.to_string()),
                ].join(",")
            }),


            Some("provider".to_string()),
            Some(self.provider.to_string()),


            Some("subject".to_string()),
            Some(self.subject.to_string()),


            self.use_auto_link.as_ref().map(|use_auto_link| {
                [
                    "use_auto_link".to_string(),
                    use_auto_link.to_string(),
                ].join(",")
            }),

        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a IdentityWithCredentialsOidcConfigProvider value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for IdentityWithCredentialsOidcConfigProvider {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub organization: Vec<String>,
            pub provider: Vec<String>,
            pub subject: Vec<String>,
            pub use_auto_link: Vec<bool>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing IdentityWithCredentialsOidcConfigProvider".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "organization" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in IdentityWithCredentialsOidcConfigProvider".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "provider" => intermediate_rep.provider.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "subject" => intermediate_rep.subject.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "use_auto_link" => intermediate_rep.use_auto_link.push(<bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing IdentityWithCredentialsOidcConfigProvider".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(IdentityWithCredentialsOidcConfigProvider {
            organization: std::result::Result::Err("Nullable types not supported in IdentityWithCredentialsOidcConfigProvider".to_string())?,
            provider: intermediate_rep.provider.into_iter().next().ok_or_else(|| "provider missing in IdentityWithCredentialsOidcConfigProvider".to_string())?,
            subject: intermediate_rep.subject.into_iter().next().ok_or_else(|| "subject missing in IdentityWithCredentialsOidcConfigProvider".to_string())?,
            use_auto_link: intermediate_rep.use_auto_link.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<IdentityWithCredentialsOidcConfigProvider> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<IdentityWithCredentialsOidcConfigProvider>> for HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<IdentityWithCredentialsOidcConfigProvider>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Invalid header value for IdentityWithCredentialsOidcConfigProvider - value: {hdr_value} is invalid {e}"#))
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<IdentityWithCredentialsOidcConfigProvider> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <IdentityWithCredentialsOidcConfigProvider as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(format!(r#"Unable to convert header value '{value}' into IdentityWithCredentialsOidcConfigProvider - {err}"#))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Unable to convert header: {hdr_value:?} to string: {e}"#))
        }
    }
}



#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct IdentityWithCredentialsPasskey {
    #[serde(rename = "config")]
          #[validate(nested)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub config: Option<models::IdentityWithCredentialsPasskeyConfig>,

}



impl IdentityWithCredentialsPasskey {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> IdentityWithCredentialsPasskey {
        IdentityWithCredentialsPasskey {
 config: None,
        }
    }
}

/// Converts the IdentityWithCredentialsPasskey value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for IdentityWithCredentialsPasskey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping config in query parameter serialization

        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a IdentityWithCredentialsPasskey value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for IdentityWithCredentialsPasskey {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub config: Vec<models::IdentityWithCredentialsPasskeyConfig>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing IdentityWithCredentialsPasskey".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "config" => intermediate_rep.config.push(<models::IdentityWithCredentialsPasskeyConfig as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing IdentityWithCredentialsPasskey".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(IdentityWithCredentialsPasskey {
            config: intermediate_rep.config.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<IdentityWithCredentialsPasskey> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<IdentityWithCredentialsPasskey>> for HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<IdentityWithCredentialsPasskey>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Invalid header value for IdentityWithCredentialsPasskey - value: {hdr_value} is invalid {e}"#))
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<IdentityWithCredentialsPasskey> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <IdentityWithCredentialsPasskey as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(format!(r#"Unable to convert header value '{value}' into IdentityWithCredentialsPasskey - {err}"#))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Unable to convert header: {hdr_value:?} to string: {e}"#))
        }
    }
}



#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct IdentityWithCredentialsPasskeyConfig {
    #[serde(rename = "credentials")]
          #[validate(nested)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub credentials: Option<Vec<models::IdentityCredentialsWebAuthn>>,

    #[serde(rename = "user_handle")]
    #[serde(skip_serializing_if="Option::is_none")]
    pub user_handle: Option<Vec<i32>>,

}



impl IdentityWithCredentialsPasskeyConfig {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> IdentityWithCredentialsPasskeyConfig {
        IdentityWithCredentialsPasskeyConfig {
 credentials: None,
 user_handle: None,
        }
    }
}

/// Converts the IdentityWithCredentialsPasskeyConfig value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for IdentityWithCredentialsPasskeyConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping credentials in query parameter serialization


            self.user_handle.as_ref().map(|user_handle| {
                [
                    "user_handle".to_string(),
                    user_handle.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(","),
                ].join(",")
            }),

        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a IdentityWithCredentialsPasskeyConfig value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for IdentityWithCredentialsPasskeyConfig {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub credentials: Vec<Vec<models::IdentityCredentialsWebAuthn>>,
            pub user_handle: Vec<Vec<i32>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing IdentityWithCredentialsPasskeyConfig".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "credentials" => return std::result::Result::Err("Parsing a container in this style is not supported in IdentityWithCredentialsPasskeyConfig".to_string()),
                    "user_handle" => return std::result::Result::Err("Parsing a container in this style is not supported in IdentityWithCredentialsPasskeyConfig".to_string()),
                    _ => return std::result::Result::Err("Unexpected key while parsing IdentityWithCredentialsPasskeyConfig".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(IdentityWithCredentialsPasskeyConfig {
            credentials: intermediate_rep.credentials.into_iter().next(),
            user_handle: intermediate_rep.user_handle.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<IdentityWithCredentialsPasskeyConfig> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<IdentityWithCredentialsPasskeyConfig>> for HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<IdentityWithCredentialsPasskeyConfig>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Invalid header value for IdentityWithCredentialsPasskeyConfig - value: {hdr_value} is invalid {e}"#))
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<IdentityWithCredentialsPasskeyConfig> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <IdentityWithCredentialsPasskeyConfig as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(format!(r#"Unable to convert header value '{value}' into IdentityWithCredentialsPasskeyConfig - {err}"#))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Unable to convert header: {hdr_value:?} to string: {e}"#))
        }
    }
}



/// A password credential to create with an identity.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct IdentityWithCredentialsPassword {
    #[serde(rename = "config")]
          #[validate(nested)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub config: Option<models::IdentityWithCredentialsPasswordConfig>,

}



impl IdentityWithCredentialsPassword {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> IdentityWithCredentialsPassword {
        IdentityWithCredentialsPassword {
 config: None,
        }
    }
}

/// Converts the IdentityWithCredentialsPassword value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for IdentityWithCredentialsPassword {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping config in query parameter serialization

        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a IdentityWithCredentialsPassword value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for IdentityWithCredentialsPassword {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub config: Vec<models::IdentityWithCredentialsPasswordConfig>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing IdentityWithCredentialsPassword".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "config" => intermediate_rep.config.push(<models::IdentityWithCredentialsPasswordConfig as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing IdentityWithCredentialsPassword".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(IdentityWithCredentialsPassword {
            config: intermediate_rep.config.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<IdentityWithCredentialsPassword> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<IdentityWithCredentialsPassword>> for HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<IdentityWithCredentialsPassword>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Invalid header value for IdentityWithCredentialsPassword - value: {hdr_value} is invalid {e}"#))
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<IdentityWithCredentialsPassword> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <IdentityWithCredentialsPassword as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(format!(r#"Unable to convert header value '{value}' into IdentityWithCredentialsPassword - {err}"#))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Unable to convert header: {hdr_value:?} to string: {e}"#))
        }
    }
}



/// Either `password` (plain text, hashed on arrival) or `hashed_password` (an existing hash in a supported format, stored as it is).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct IdentityWithCredentialsPasswordConfig {
    #[serde(rename = "hashed_password")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub hashed_password: Option<String>,

    #[serde(rename = "password")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub password: Option<String>,

    #[serde(rename = "use_password_migration_hook")]
    #[serde(skip_serializing_if="Option::is_none")]
    pub use_password_migration_hook: Option<bool>,

}



impl IdentityWithCredentialsPasswordConfig {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> IdentityWithCredentialsPasswordConfig {
        IdentityWithCredentialsPasswordConfig {
 hashed_password: None,
 password: None,
 use_password_migration_hook: None,
        }
    }
}

/// Converts the IdentityWithCredentialsPasswordConfig value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for IdentityWithCredentialsPasswordConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![

            self.hashed_password.as_ref().map(|hashed_password| {
                [
                    "hashed_password".to_string(),
                    hashed_password.to_string(),
                ].join(",")
            }),


            self.password.as_ref().map(|password| {
                [
                    "password".to_string(),
                    password.to_string(),
                ].join(",")
            }),


            self.use_password_migration_hook.as_ref().map(|use_password_migration_hook| {
                [
                    "use_password_migration_hook".to_string(),
                    use_password_migration_hook.to_string(),
                ].join(",")
            }),

        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a IdentityWithCredentialsPasswordConfig value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for IdentityWithCredentialsPasswordConfig {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub hashed_password: Vec<String>,
            pub password: Vec<String>,
            pub use_password_migration_hook: Vec<bool>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing IdentityWithCredentialsPasswordConfig".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "hashed_password" => intermediate_rep.hashed_password.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "password" => intermediate_rep.password.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "use_password_migration_hook" => intermediate_rep.use_password_migration_hook.push(<bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing IdentityWithCredentialsPasswordConfig".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(IdentityWithCredentialsPasswordConfig {
            hashed_password: intermediate_rep.hashed_password.into_iter().next(),
            password: intermediate_rep.password.into_iter().next(),
            use_password_migration_hook: intermediate_rep.use_password_migration_hook.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<IdentityWithCredentialsPasswordConfig> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<IdentityWithCredentialsPasswordConfig>> for HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<IdentityWithCredentialsPasswordConfig>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Invalid header value for IdentityWithCredentialsPasswordConfig - value: {hdr_value} is invalid {e}"#))
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<IdentityWithCredentialsPasswordConfig> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <IdentityWithCredentialsPasswordConfig as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(format!(r#"Unable to convert header value '{value}' into IdentityWithCredentialsPasswordConfig - {err}"#))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Unable to convert header: {hdr_value:?} to string: {e}"#))
        }
    }
}



#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct IdentityWithCredentialsSaml {
    #[serde(rename = "config")]
          #[validate(nested)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub config: Option<models::IdentityWithCredentialsSamlConfig>,

}



impl IdentityWithCredentialsSaml {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> IdentityWithCredentialsSaml {
        IdentityWithCredentialsSaml {
 config: None,
        }
    }
}

/// Converts the IdentityWithCredentialsSaml value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for IdentityWithCredentialsSaml {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping config in query parameter serialization

        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a IdentityWithCredentialsSaml value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for IdentityWithCredentialsSaml {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub config: Vec<models::IdentityWithCredentialsSamlConfig>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing IdentityWithCredentialsSaml".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "config" => intermediate_rep.config.push(<models::IdentityWithCredentialsSamlConfig as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing IdentityWithCredentialsSaml".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(IdentityWithCredentialsSaml {
            config: intermediate_rep.config.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<IdentityWithCredentialsSaml> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<IdentityWithCredentialsSaml>> for HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<IdentityWithCredentialsSaml>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Invalid header value for IdentityWithCredentialsSaml - value: {hdr_value} is invalid {e}"#))
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<IdentityWithCredentialsSaml> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <IdentityWithCredentialsSaml as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(format!(r#"Unable to convert header value '{value}' into IdentityWithCredentialsSaml - {err}"#))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Unable to convert header: {hdr_value:?} to string: {e}"#))
        }
    }
}



#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct IdentityWithCredentialsSamlConfig {
    #[serde(rename = "providers")]
          #[validate(nested)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub providers: Option<Vec<models::IdentityWithCredentialsSamlConfigProvider>>,

}



impl IdentityWithCredentialsSamlConfig {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> IdentityWithCredentialsSamlConfig {
        IdentityWithCredentialsSamlConfig {
 providers: None,
        }
    }
}

/// Converts the IdentityWithCredentialsSamlConfig value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for IdentityWithCredentialsSamlConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping providers in query parameter serialization

        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a IdentityWithCredentialsSamlConfig value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for IdentityWithCredentialsSamlConfig {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub providers: Vec<Vec<models::IdentityWithCredentialsSamlConfigProvider>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing IdentityWithCredentialsSamlConfig".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "providers" => return std::result::Result::Err("Parsing a container in this style is not supported in IdentityWithCredentialsSamlConfig".to_string()),
                    _ => return std::result::Result::Err("Unexpected key while parsing IdentityWithCredentialsSamlConfig".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(IdentityWithCredentialsSamlConfig {
            providers: intermediate_rep.providers.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<IdentityWithCredentialsSamlConfig> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<IdentityWithCredentialsSamlConfig>> for HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<IdentityWithCredentialsSamlConfig>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Invalid header value for IdentityWithCredentialsSamlConfig - value: {hdr_value} is invalid {e}"#))
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<IdentityWithCredentialsSamlConfig> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <IdentityWithCredentialsSamlConfig as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(format!(r#"Unable to convert header value '{value}' into IdentityWithCredentialsSamlConfig - {err}"#))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Unable to convert header: {hdr_value:?} to string: {e}"#))
        }
    }
}



#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct IdentityWithCredentialsSamlConfigProvider {
    /// A UUID, or null.
    #[serde(rename = "organization")]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if="Option::is_none")]
    pub organization: Option<Nullable<String>>,

    #[serde(rename = "provider")]
          #[validate(custom(function = "check_xss_string"))]
    pub provider: String,

    #[serde(rename = "subject")]
          #[validate(custom(function = "check_xss_string"))]
    pub subject: String,

}



impl IdentityWithCredentialsSamlConfigProvider {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(provider: String, subject: String, ) -> IdentityWithCredentialsSamlConfigProvider {
        IdentityWithCredentialsSamlConfigProvider {
 organization: None,
 provider,
 subject,
        }
    }
}

/// Converts the IdentityWithCredentialsSamlConfigProvider value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for IdentityWithCredentialsSamlConfigProvider {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![

            self.organization.as_ref().map(|organization| {
                [
                    "organization".to_string(),
                    organization.as_ref().map_or("null".to_string(), |x| x.to_string()),
                ].join(",")
            }),


            Some("provider".to_string()),
            Some(self.provider.to_string()),


            Some("subject".to_string()),
            Some(self.subject.to_string()),

        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a IdentityWithCredentialsSamlConfigProvider value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for IdentityWithCredentialsSamlConfigProvider {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub organization: Vec<String>,
            pub provider: Vec<String>,
            pub subject: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing IdentityWithCredentialsSamlConfigProvider".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "organization" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in IdentityWithCredentialsSamlConfigProvider".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "provider" => intermediate_rep.provider.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "subject" => intermediate_rep.subject.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing IdentityWithCredentialsSamlConfigProvider".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(IdentityWithCredentialsSamlConfigProvider {
            organization: std::result::Result::Err("Nullable types not supported in IdentityWithCredentialsSamlConfigProvider".to_string())?,
            provider: intermediate_rep.provider.into_iter().next().ok_or_else(|| "provider missing in IdentityWithCredentialsSamlConfigProvider".to_string())?,
            subject: intermediate_rep.subject.into_iter().next().ok_or_else(|| "subject missing in IdentityWithCredentialsSamlConfigProvider".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<IdentityWithCredentialsSamlConfigProvider> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<IdentityWithCredentialsSamlConfigProvider>> for HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<IdentityWithCredentialsSamlConfigProvider>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Invalid header value for IdentityWithCredentialsSamlConfigProvider - value: {hdr_value} is invalid {e}"#))
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<IdentityWithCredentialsSamlConfigProvider> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <IdentityWithCredentialsSamlConfigProvider as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(format!(r#"Unable to convert header value '{value}' into IdentityWithCredentialsSamlConfigProvider - {err}"#))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Unable to convert header: {hdr_value:?} to string: {e}"#))
        }
    }
}



#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct IdentityWithCredentialsTotp {
    #[serde(rename = "config")]
          #[validate(nested)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub config: Option<models::IdentityWithCredentialsTotpConfig>,

}



impl IdentityWithCredentialsTotp {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> IdentityWithCredentialsTotp {
        IdentityWithCredentialsTotp {
 config: None,
        }
    }
}

/// Converts the IdentityWithCredentialsTotp value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for IdentityWithCredentialsTotp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping config in query parameter serialization

        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a IdentityWithCredentialsTotp value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for IdentityWithCredentialsTotp {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub config: Vec<models::IdentityWithCredentialsTotpConfig>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing IdentityWithCredentialsTotp".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "config" => intermediate_rep.config.push(<models::IdentityWithCredentialsTotpConfig as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing IdentityWithCredentialsTotp".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(IdentityWithCredentialsTotp {
            config: intermediate_rep.config.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<IdentityWithCredentialsTotp> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<IdentityWithCredentialsTotp>> for HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<IdentityWithCredentialsTotp>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Invalid header value for IdentityWithCredentialsTotp - value: {hdr_value} is invalid {e}"#))
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<IdentityWithCredentialsTotp> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <IdentityWithCredentialsTotp as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(format!(r#"Unable to convert header value '{value}' into IdentityWithCredentialsTotp - {err}"#))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Unable to convert header: {hdr_value:?} to string: {e}"#))
        }
    }
}



#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct IdentityWithCredentialsTotpConfig {
    #[serde(rename = "totp_url")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub totp_url: Option<String>,

}



impl IdentityWithCredentialsTotpConfig {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> IdentityWithCredentialsTotpConfig {
        IdentityWithCredentialsTotpConfig {
 totp_url: None,
        }
    }
}

/// Converts the IdentityWithCredentialsTotpConfig value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for IdentityWithCredentialsTotpConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![

            self.totp_url.as_ref().map(|totp_url| {
                [
                    "totp_url".to_string(),
                    totp_url.to_string(),
                ].join(",")
            }),

        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a IdentityWithCredentialsTotpConfig value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for IdentityWithCredentialsTotpConfig {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub totp_url: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing IdentityWithCredentialsTotpConfig".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "totp_url" => intermediate_rep.totp_url.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing IdentityWithCredentialsTotpConfig".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(IdentityWithCredentialsTotpConfig {
            totp_url: intermediate_rep.totp_url.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<IdentityWithCredentialsTotpConfig> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<IdentityWithCredentialsTotpConfig>> for HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<IdentityWithCredentialsTotpConfig>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Invalid header value for IdentityWithCredentialsTotpConfig - value: {hdr_value} is invalid {e}"#))
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<IdentityWithCredentialsTotpConfig> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <IdentityWithCredentialsTotpConfig as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(format!(r#"Unable to convert header value '{value}' into IdentityWithCredentialsTotpConfig - {err}"#))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Unable to convert header: {hdr_value:?} to string: {e}"#))
        }
    }
}



#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct IdentityWithCredentialsWebAuthn {
    #[serde(rename = "config")]
          #[validate(nested)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub config: Option<models::IdentityWithCredentialsWebAuthnConfig>,

}



impl IdentityWithCredentialsWebAuthn {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> IdentityWithCredentialsWebAuthn {
        IdentityWithCredentialsWebAuthn {
 config: None,
        }
    }
}

/// Converts the IdentityWithCredentialsWebAuthn value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for IdentityWithCredentialsWebAuthn {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping config in query parameter serialization

        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a IdentityWithCredentialsWebAuthn value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for IdentityWithCredentialsWebAuthn {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub config: Vec<models::IdentityWithCredentialsWebAuthnConfig>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing IdentityWithCredentialsWebAuthn".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "config" => intermediate_rep.config.push(<models::IdentityWithCredentialsWebAuthnConfig as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing IdentityWithCredentialsWebAuthn".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(IdentityWithCredentialsWebAuthn {
            config: intermediate_rep.config.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<IdentityWithCredentialsWebAuthn> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<IdentityWithCredentialsWebAuthn>> for HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<IdentityWithCredentialsWebAuthn>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Invalid header value for IdentityWithCredentialsWebAuthn - value: {hdr_value} is invalid {e}"#))
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<IdentityWithCredentialsWebAuthn> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <IdentityWithCredentialsWebAuthn as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(format!(r#"Unable to convert header value '{value}' into IdentityWithCredentialsWebAuthn - {err}"#))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Unable to convert header: {hdr_value:?} to string: {e}"#))
        }
    }
}



#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct IdentityWithCredentialsWebAuthnConfig {
    #[serde(rename = "credentials")]
          #[validate(nested)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub credentials: Option<Vec<models::IdentityCredentialsWebAuthn>>,

    #[serde(rename = "user_handle")]
    #[serde(skip_serializing_if="Option::is_none")]
    pub user_handle: Option<Vec<i32>>,

}



impl IdentityWithCredentialsWebAuthnConfig {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> IdentityWithCredentialsWebAuthnConfig {
        IdentityWithCredentialsWebAuthnConfig {
 credentials: None,
 user_handle: None,
        }
    }
}

/// Converts the IdentityWithCredentialsWebAuthnConfig value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for IdentityWithCredentialsWebAuthnConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping credentials in query parameter serialization


            self.user_handle.as_ref().map(|user_handle| {
                [
                    "user_handle".to_string(),
                    user_handle.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(","),
                ].join(",")
            }),

        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a IdentityWithCredentialsWebAuthnConfig value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for IdentityWithCredentialsWebAuthnConfig {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub credentials: Vec<Vec<models::IdentityCredentialsWebAuthn>>,
            pub user_handle: Vec<Vec<i32>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing IdentityWithCredentialsWebAuthnConfig".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "credentials" => return std::result::Result::Err("Parsing a container in this style is not supported in IdentityWithCredentialsWebAuthnConfig".to_string()),
                    "user_handle" => return std::result::Result::Err("Parsing a container in this style is not supported in IdentityWithCredentialsWebAuthnConfig".to_string()),
                    _ => return std::result::Result::Err("Unexpected key while parsing IdentityWithCredentialsWebAuthnConfig".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(IdentityWithCredentialsWebAuthnConfig {
            credentials: intermediate_rep.credentials.into_iter().next(),
            user_handle: intermediate_rep.user_handle.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<IdentityWithCredentialsWebAuthnConfig> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<IdentityWithCredentialsWebAuthnConfig>> for HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<IdentityWithCredentialsWebAuthnConfig>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Invalid header value for IdentityWithCredentialsWebAuthnConfig - value: {hdr_value} is invalid {e}"#))
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<IdentityWithCredentialsWebAuthnConfig> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <IdentityWithCredentialsWebAuthnConfig as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(format!(r#"Unable to convert header value '{value}' into IdentityWithCredentialsWebAuthnConfig - {err}"#))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Unable to convert header: {hdr_value:?} to string: {e}"#))
        }
    }
}



/// A login attempt. A client creates one, shows its `ui` form, and submits it until the user is signed in or the flow expires.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct LoginFlow {
    /// Note: inline enums are not fully supported by openapi-generator
    #[serde(rename = "active")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub active: Option<String>,

    #[serde(rename = "created_at")]
    #[serde(skip_serializing_if="Option::is_none")]
    pub created_at: Option<portcullis_timestamp::Timestamp>,

    #[serde(rename = "expires_at")]
    pub expires_at: portcullis_timestamp::Timestamp,

    #[serde(rename = "id")]
    pub id: uuid::Uuid,

    #[serde(rename = "identity_schema")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub identity_schema: Option<String>,

    #[serde(rename = "issued_at")]
    pub issued_at: portcullis_timestamp::Timestamp,

    #[serde(rename = "oauth2_login_challenge")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub oauth2_login_challenge: Option<String>,

    #[serde(rename = "oauth2_login_request")]
          #[validate(nested)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub oauth2_login_request: Option<models::OAuth2LoginRequest>,

    /// A UUID, or null.
    #[serde(rename = "organization_id")]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if="Option::is_none")]
    pub organization_id: Option<Nullable<String>>,

    #[serde(rename = "refresh")]
    #[serde(skip_serializing_if="Option::is_none")]
    pub refresh: Option<bool>,

    #[serde(rename = "request_url")]
          #[validate(custom(function = "check_xss_string"))]
    pub request_url: String,

    #[serde(rename = "requested_aal")]
          #[validate(nested)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub requested_aal: Option<models::AuthenticatorAssuranceLevel>,

    #[serde(rename = "return_to")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub return_to: Option<String>,

    #[serde(rename = "session_token_exchange_code")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub session_token_exchange_code: Option<String>,

    #[serde(rename = "state")]
    pub state: crate::types::Object,

    #[serde(rename = "test_context")]
          #[validate(nested)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub test_context: Option<models::LoginFlowTestContext>,

    #[serde(rename = "transient_payload")]
    #[serde(skip_serializing_if="Option::is_none")]
    pub transient_payload: Option<crate::types::Object>,

    /// Whether a flow serves a browser (`browser`) or a native client (`api`).
    #[serde(rename = "type")]
          #[validate(custom(function = "check_xss_string"))]
    pub r_type: String,

    #[serde(rename = "ui")]
          #[validate(nested)]
    pub ui: models::UiContainer,

    #[serde(rename = "updated_at")]
    #[serde(skip_serializing_if="Option::is_none")]
    pub updated_at: Option<portcullis_timestamp::Timestamp>,

}



impl LoginFlow {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(expires_at: portcullis_timestamp::Timestamp, id: uuid::Uuid, issued_at: portcullis_timestamp::Timestamp, request_url: String, state: crate::types::Object, r_type: String, ui: models::UiContainer, ) -> LoginFlow {
        LoginFlow {
 active: None,
 created_at: None,
 expires_at,
 id,
 identity_schema: None,
 issued_at,
 oauth2_login_challenge: None,
 oauth2_login_request: None,
 organization_id: None,
 refresh: None,
 request_url,
 requested_aal: None,
 return_to: None,
 session_token_exchange_code: None,
 state,
 test_context: None,
 transient_payload: None,
 r_type,
 ui,
 updated_at: None,
        }
    }
}

/// Converts the LoginFlow value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for LoginFlow {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![

            self.active.as_ref().map(|active| {
                [
                    "active".to_string(),
                    active.to_string(),
                ].join(",")
            }),

            // Skipping created_at in query parameter serialization

            // Skipping expires_at in query parameter serialization

            // Skipping id in query parameter serialization


            self.identity_schema.as_ref().map(|identity_schema| {
                [
                    "identity_schema".to_string(),
                    identity_schema.to_string(),
                ].join(",")
            }),

            // Skipping issued_at in query parameter serialization


            self.oauth2_login_challenge.as_ref().map(|oauth2_login_challenge| {
                [
                    "oauth2_login_challenge".to_string(),
                    oauth2_login_challenge.to_string(),
                ].join(",")
            }),

            // Skipping oauth2_login_request in query parameter serialization


            self.organization_id.as_ref().map(|organization_id| {
                [
                    "organization_id".to_string(),
                    organization_id.as_ref().map_or("null".to_string(), |x| x.to_string()),
                ].join(",")
            }),


            self.refresh.as_ref().map(|refresh| {
                [
                    "refresh".to_string(),
                    refresh.to_string(),
                ].join(",")
            }),


            Some("request_url".to_string()),
            Some(self.request_url.to_string()),

            // Skipping requested_aal in query parameter serialization


            self.return_to.as_ref().map(|return_to| {
                [
                    "return_to".to_string(),
                    return_to.to_string(),
                ].join(",")
            }),


            self.session_token_exchange_code.as_ref().map(|session_token_exchange_code| {
                [
                    "session_token_exchange_code".to_string(),
                    session_token_exchange_code.to_string(),
                ].join(",")
            }),

            // Skipping state in query parameter serialization

            // Skipping test_context in query parameter serialization

            // Skipping transient_payload in query parameter serialization


            Some("type".to_string()),
            Some(self.r_type.to_string()),

            // Skipping ui in query parameter serialization

            // Skipping updated_at in query parameter serialization

        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a LoginFlow value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for LoginFlow {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub active: Vec<String>,
            pub created_at: Vec<portcullis_timestamp::Timestamp>,
            pub expires_at: Vec<portcullis_timestamp::Timestamp>,
            pub id: Vec<uuid::Uuid>,
            pub identity_schema: Vec<String>,
            pub issued_at: Vec<portcullis_timestamp::Timestamp>,
            pub oauth2_login_challenge: Vec<String>,
            pub oauth2_login_request: Vec<models::OAuth2LoginRequest>,
            pub organization_id: Vec<String>,
            pub refresh: Vec<bool>,
            pub request_url: Vec<String>,
            pub requested_aal: Vec<models::AuthenticatorAssuranceLevel>,
            pub return_to: Vec<String>,
            pub session_token_exchange_code: Vec<String>,
            pub state: Vec<crate::types::Object>,
            pub test_context: Vec<models::LoginFlowTestContext>,
            pub transient_payload: Vec<crate::types::Object>,
            pub r_type: Vec<String>,
            pub ui: Vec<models::UiContainer>,
            pub updated_at: Vec<portcullis_timestamp::Timestamp>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing LoginFlow".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "active" => intermediate_rep.active.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "created_at" => intermediate_rep.created_at.push(<portcullis_timestamp::Timestamp as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "expires_at" => intermediate_rep.expires_at.push(<portcullis_timestamp::Timestamp as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(<uuid::Uuid as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "identity_schema" => intermediate_rep.identity_schema.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "issued_at" => intermediate_rep.issued_at.push(<portcullis_timestamp::Timestamp as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "oauth2_login_challenge" => intermediate_rep.oauth2_login_challenge.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "oauth2_login_request" => intermediate_rep.oauth2_login_request.push(<models::OAuth2LoginRequest as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "organization_id" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in LoginFlow".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "refresh" => intermediate_rep.refresh.push(<bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "request_url" => intermediate_rep.request_url.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "requested_aal" => intermediate_rep.requested_aal.push(<models::AuthenticatorAssuranceLevel as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "return_to" => intermediate_rep.return_to.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "session_token_exchange_code" => intermediate_rep.session_token_exchange_code.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "state" => intermediate_rep.state.push(<crate::types::Object as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "test_context" => intermediate_rep.test_context.push(<models::LoginFlowTestContext as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "transient_payload" => intermediate_rep.transient_payload.push(<crate::types::Object as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "type" => intermediate_rep.r_type.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "ui" => intermediate_rep.ui.push(<models::UiContainer as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "updated_at" => intermediate_rep.updated_at.push(<portcullis_timestamp::Timestamp as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing LoginFlow".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(LoginFlow {
            active: intermediate_rep.active.into_iter().next(),
            created_at: intermediate_rep.created_at.into_iter().next(),
            expires_at: intermediate_rep.expires_at.into_iter().next().ok_or_else(|| "expires_at missing in LoginFlow".to_string())?,
            id: intermediate_rep.id.into_iter().next().ok_or_else(|| "id missing in LoginFlow".to_string())?,
            identity_schema: intermediate_rep.identity_schema.into_iter().next(),
            issued_at: intermediate_rep.issued_at.into_iter().next().ok_or_else(|| "issued_at missing in LoginFlow".to_string())?,
            oauth2_login_challenge: intermediate_rep.oauth2_login_challenge.into_iter().next(),
            oauth2_login_request: intermediate_rep.oauth2_login_request.into_iter().next(),
            organization_id: std::result::Result::Err("Nullable types not supported in LoginFlow".to_string())?,
            refresh: intermediate_rep.refresh.into_iter().next(),
            request_url: intermediate_rep.request_url.into_iter().next().ok_or_else(|| "request_url missing in LoginFlow".to_string())?,
            requested_aal: intermediate_rep.requested_aal.into_iter().next(),
            return_to: intermediate_rep.return_to.into_iter().next(),
            session_token_exchange_code: intermediate_rep.session_token_exchange_code.into_iter().next(),
            state: intermediate_rep.state.into_iter().next().ok_or_else(|| "state missing in LoginFlow".to_string())?,
            test_context: intermediate_rep.test_context.into_iter().next(),
            transient_payload: intermediate_rep.transient_payload.into_iter().next(),
            r_type: intermediate_rep.r_type.into_iter().next().ok_or_else(|| "type missing in LoginFlow".to_string())?,
            ui: intermediate_rep.ui.into_iter().next().ok_or_else(|| "ui missing in LoginFlow".to_string())?,
            updated_at: intermediate_rep.updated_at.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<LoginFlow> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<LoginFlow>> for HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<LoginFlow>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Invalid header value for LoginFlow - value: {hdr_value} is invalid {e}"#))
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<LoginFlow> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <LoginFlow as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(format!(r#"Unable to convert header value '{value}' into LoginFlow - {err}"#))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Unable to convert header: {hdr_value:?} to string: {e}"#))
        }
    }
}



#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct LoginFlowTestContext {
    #[serde(rename = "debug_payload")]
          #[validate(nested)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub debug_payload: Option<models::LoginFlowTestDebugPayload>,

    #[serde(rename = "provider_id")]
          #[validate(custom(function = "check_xss_string"))]
    pub provider_id: String,

}



impl LoginFlowTestContext {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(provider_id: String, ) -> LoginFlowTestContext {
        LoginFlowTestContext {
 debug_payload: None,
 provider_id,
        }
    }
}

/// Converts the LoginFlowTestContext value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for LoginFlowTestContext {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping debug_payload in query parameter serialization


            Some("provider_id".to_string()),
            Some(self.provider_id.to_string()),

        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a LoginFlowTestContext value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for LoginFlowTestContext {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub debug_payload: Vec<models::LoginFlowTestDebugPayload>,
            pub provider_id: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing LoginFlowTestContext".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "debug_payload" => intermediate_rep.debug_payload.push(<models::LoginFlowTestDebugPayload as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "provider_id" => intermediate_rep.provider_id.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing LoginFlowTestContext".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(LoginFlowTestContext {
            debug_payload: intermediate_rep.debug_payload.into_iter().next(),
            provider_id: intermediate_rep.provider_id.into_iter().next().ok_or_else(|| "provider_id missing in LoginFlowTestContext".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<LoginFlowTestContext> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<LoginFlowTestContext>> for HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<LoginFlowTestContext>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Invalid header value for LoginFlowTestContext - value: {hdr_value} is invalid {e}"#))
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<LoginFlowTestContext> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <LoginFlowTestContext as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(format!(r#"Unable to convert header value '{value}' into LoginFlowTestContext - {err}"#))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Unable to convert header: {hdr_value:?} to string: {e}"#))
        }
    }
}



#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct LoginFlowTestDebugPayload {
    #[serde(rename = "error")]
          #[validate(nested)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub error: Option<models::LoginFlowTestStepError>,

    #[serde(rename = "id_token_claims")]
          #[validate(custom(function = "check_xss_map"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub id_token_claims: Option<std::collections::HashMap<String, crate::types::Object>>,

    #[serde(rename = "jsonnet_input")]
          #[validate(custom(function = "check_xss_map"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub jsonnet_input: Option<std::collections::HashMap<String, crate::types::Object>>,

    #[serde(rename = "jsonnet_mapper_url")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub jsonnet_mapper_url: Option<String>,

    #[serde(rename = "jsonnet_output")]
          #[validate(custom(function = "check_xss_map"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub jsonnet_output: Option<std::collections::HashMap<String, crate::types::Object>>,

    #[serde(rename = "jsonnet_stderr")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub jsonnet_stderr: Option<String>,

    #[serde(rename = "schema_validation_errors")]
          #[validate(nested)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub schema_validation_errors: Option<Vec<models::LoginFlowTestSchemaValidationError>>,

    #[serde(rename = "userinfo")]
          #[validate(custom(function = "check_xss_map"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub userinfo: Option<std::collections::HashMap<String, crate::types::Object>>,

}



impl LoginFlowTestDebugPayload {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> LoginFlowTestDebugPayload {
        LoginFlowTestDebugPayload {
 error: None,
 id_token_claims: None,
 jsonnet_input: None,
 jsonnet_mapper_url: None,
 jsonnet_output: None,
 jsonnet_stderr: None,
 schema_validation_errors: None,
 userinfo: None,
        }
    }
}

/// Converts the LoginFlowTestDebugPayload value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for LoginFlowTestDebugPayload {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping error in query parameter serialization

            // Skipping id_token_claims in query parameter serialization
            // Skipping id_token_claims in query parameter serialization

            // Skipping jsonnet_input in query parameter serialization
            // Skipping jsonnet_input in query parameter serialization


            self.jsonnet_mapper_url.as_ref().map(|jsonnet_mapper_url| {
                [
                    "jsonnet_mapper_url".to_string(),
                    jsonnet_mapper_url.to_string(),
                ].join(",")
            }),

            // Skipping jsonnet_output in query parameter serialization
            // Skipping jsonnet_output in query parameter serialization


            self.jsonnet_stderr.as_ref().map(|jsonnet_stderr| {
                [
                    "jsonnet_stderr".to_string(),
                    jsonnet_stderr.to_string(),
                ].join(",")
            }),

            // Skipping schema_validation_errors in query parameter serialization

            // Skipping userinfo in query parameter serialization
            // Skipping userinfo in query parameter serialization

        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a LoginFlowTestDebugPayload value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for LoginFlowTestDebugPayload {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub error: Vec<models::LoginFlowTestStepError>,
            pub id_token_claims: Vec<std::collections::HashMap<String, crate::types::Object>>,
            pub jsonnet_input: Vec<std::collections::HashMap<String, crate::types::Object>>,
            pub jsonnet_mapper_url: Vec<String>,
            pub jsonnet_output: Vec<std::collections::HashMap<String, crate::types::Object>>,
            pub jsonnet_stderr: Vec<String>,
            pub schema_validation_errors: Vec<Vec<models::LoginFlowTestSchemaValidationError>>,
            pub userinfo: Vec<std::collections::HashMap<String, crate::types::Object>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing LoginFlowTestDebugPayload".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "error" => intermediate_rep.error.push(<models::LoginFlowTestStepError as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "id_token_claims" => return std::result::Result::Err("Parsing a container in this style is not supported in LoginFlowTestDebugPayload".to_string()),
                    "jsonnet_input" => return std::result::Result::Err("Parsing a container in this style is not supported in LoginFlowTestDebugPayload".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "jsonnet_mapper_url" => intermediate_rep.jsonnet_mapper_url.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "jsonnet_output" => return std::result::Result::Err("Parsing a container in this style is not supported in LoginFlowTestDebugPayload".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "jsonnet_stderr" => intermediate_rep.jsonnet_stderr.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "schema_validation_errors" => return std::result::Result::Err("Parsing a container in this style is not supported in LoginFlowTestDebugPayload".to_string()),
                    "userinfo" => return std::result::Result::Err("Parsing a container in this style is not supported in LoginFlowTestDebugPayload".to_string()),
                    _ => return std::result::Result::Err("Unexpected key while parsing LoginFlowTestDebugPayload".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(LoginFlowTestDebugPayload {
            error: intermediate_rep.error.into_iter().next(),
            id_token_claims: intermediate_rep.id_token_claims.into_iter().next(),
            jsonnet_input: intermediate_rep.jsonnet_input.into_iter().next(),
            jsonnet_mapper_url: intermediate_rep.jsonnet_mapper_url.into_iter().next(),
            jsonnet_output: intermediate_rep.jsonnet_output.into_iter().next(),
            jsonnet_stderr: intermediate_rep.jsonnet_stderr.into_iter().next(),
            schema_validation_errors: intermediate_rep.schema_validation_errors.into_iter().next(),
            userinfo: intermediate_rep.userinfo.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<LoginFlowTestDebugPayload> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<LoginFlowTestDebugPayload>> for HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<LoginFlowTestDebugPayload>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Invalid header value for LoginFlowTestDebugPayload - value: {hdr_value} is invalid {e}"#))
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<LoginFlowTestDebugPayload> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <LoginFlowTestDebugPayload as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(format!(r#"Unable to convert header value '{value}' into LoginFlowTestDebugPayload - {err}"#))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Unable to convert header: {hdr_value:?} to string: {e}"#))
        }
    }
}



#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct LoginFlowTestSchemaValidationError {
    #[serde(rename = "message")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub message: Option<String>,

    #[serde(rename = "path")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub path: Option<String>,

}



impl LoginFlowTestSchemaValidationError {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> LoginFlowTestSchemaValidationError {
        LoginFlowTestSchemaValidationError {
 message: None,
 path: None,
        }
    }
}

/// Converts the LoginFlowTestSchemaValidationError value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for LoginFlowTestSchemaValidationError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![

            self.message.as_ref().map(|message| {
                [
                    "message".to_string(),
                    message.to_string(),
                ].join(",")
            }),


            self.path.as_ref().map(|path| {
                [
                    "path".to_string(),
                    path.to_string(),
                ].join(",")
            }),

        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a LoginFlowTestSchemaValidationError value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for LoginFlowTestSchemaValidationError {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub message: Vec<String>,
            pub path: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing LoginFlowTestSchemaValidationError".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "message" => intermediate_rep.message.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "path" => intermediate_rep.path.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing LoginFlowTestSchemaValidationError".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(LoginFlowTestSchemaValidationError {
            message: intermediate_rep.message.into_iter().next(),
            path: intermediate_rep.path.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<LoginFlowTestSchemaValidationError> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<LoginFlowTestSchemaValidationError>> for HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<LoginFlowTestSchemaValidationError>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Invalid header value for LoginFlowTestSchemaValidationError - value: {hdr_value} is invalid {e}"#))
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<LoginFlowTestSchemaValidationError> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <LoginFlowTestSchemaValidationError as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(format!(r#"Unable to convert header value '{value}' into LoginFlowTestSchemaValidationError - {err}"#))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Unable to convert header: {hdr_value:?} to string: {e}"#))
        }
    }
}



#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct LoginFlowTestStepError {
    #[serde(rename = "message")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub message: Option<String>,

    #[serde(rename = "reason")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub reason: Option<String>,

    #[serde(rename = "step")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub step: Option<String>,

}



impl LoginFlowTestStepError {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> LoginFlowTestStepError {
        LoginFlowTestStepError {
 message: None,
 reason: None,
 step: None,
        }
    }
}

/// Converts the LoginFlowTestStepError value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for LoginFlowTestStepError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![

            self.message.as_ref().map(|message| {
                [
                    "message".to_string(),
                    message.to_string(),
                ].join(",")
            }),


            self.reason.as_ref().map(|reason| {
                [
                    "reason".to_string(),
                    reason.to_string(),
                ].join(",")
            }),


            self.step.as_ref().map(|step| {
                [
                    "step".to_string(),
                    step.to_string(),
                ].join(",")
            }),

        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a LoginFlowTestStepError value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for LoginFlowTestStepError {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub message: Vec<String>,
            pub reason: Vec<String>,
            pub step: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing LoginFlowTestStepError".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "message" => intermediate_rep.message.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "reason" => intermediate_rep.reason.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "step" => intermediate_rep.step.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing LoginFlowTestStepError".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(LoginFlowTestStepError {
            message: intermediate_rep.message.into_iter().next(),
            reason: intermediate_rep.reason.into_iter().next(),
            step: intermediate_rep.step.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<LoginFlowTestStepError> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<LoginFlowTestStepError>> for HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<LoginFlowTestStepError>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Invalid header value for LoginFlowTestStepError - value: {hdr_value} is invalid {e}"#))
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<LoginFlowTestStepError> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <LoginFlowTestStepError as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(format!(r#"Unable to convert header value '{value}' into LoginFlowTestStepError - {err}"#))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Unable to convert header: {hdr_value:?} to string: {e}"#))
        }
    }
}



/// How to sign a browser out: open `logout_url`, or send `logout_token` to updateLogoutFlow.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct LogoutFlow {
    #[serde(rename = "logout_token")]
          #[validate(custom(function = "check_xss_string"))]
    pub logout_token: String,

    #[serde(rename = "logout_url")]
          #[validate(custom(function = "check_xss_string"))]
    pub logout_url: String,

}



impl LogoutFlow {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(logout_token: String, logout_url: String, ) -> LogoutFlow {
        LogoutFlow {
 logout_token,
 logout_url,
        }
    }
}

/// Converts the LogoutFlow value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for LogoutFlow {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![

            Some("logout_token".to_string()),
            Some(self.logout_token.to_string()),


            Some("logout_url".to_string()),
            Some(self.logout_url.to_string()),

        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a LogoutFlow value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for LogoutFlow {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub logout_token: Vec<String>,
            pub logout_url: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing LogoutFlow".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "logout_token" => intermediate_rep.logout_token.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "logout_url" => intermediate_rep.logout_url.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing LogoutFlow".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(LogoutFlow {
            logout_token: intermediate_rep.logout_token.into_iter().next().ok_or_else(|| "logout_token missing in LogoutFlow".to_string())?,
            logout_url: intermediate_rep.logout_url.into_iter().next().ok_or_else(|| "logout_url missing in LogoutFlow".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<LogoutFlow> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<LogoutFlow>> for HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<LogoutFlow>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Invalid header value for LogoutFlow - value: {hdr_value} is invalid {e}"#))
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<LogoutFlow> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <LogoutFlow as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(format!(r#"Unable to convert header value '{value}' into LogoutFlow - {err}"#))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Unable to convert header: {hdr_value:?} to string: {e}"#))
        }
    }
}



/// Any JSON value, or null.
#[derive(Debug, Clone, PartialEq,  serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct NullJsonRawMessage(pub crate::types::Object);

impl validator::Validate for NullJsonRawMessage {
    fn validate(&self) -> std::result::Result<(), validator::ValidationErrors> {

        std::result::Result::Ok(())
    }
}

impl std::convert::From<crate::types::Object> for NullJsonRawMessage {
    fn from(x: crate::types::Object) -> Self {
        NullJsonRawMessage(x)
    }
}

impl std::convert::From<NullJsonRawMessage> for crate::types::Object {
    fn from(x: NullJsonRawMessage) -> Self {
        x.0
    }
}

impl std::ops::Deref for NullJsonRawMessage {
    type Target = crate::types::Object;
    fn deref(&self) -> &crate::types::Object {
        &self.0
    }
}

impl std::ops::DerefMut for NullJsonRawMessage {
    fn deref_mut(&mut self) -> &mut crate::types::Object {
        &mut self.0
    }
}



#[derive(Debug, Clone, PartialEq, PartialOrd,  serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct NullTime(pub portcullis_timestamp::Timestamp);

impl validator::Validate for NullTime {
    fn validate(&self) -> std::result::Result<(), validator::ValidationErrors> {

        std::result::Result::Ok(())
    }
}

impl std::convert::From<portcullis_timestamp::Timestamp> for NullTime {
    fn from(x: portcullis_timestamp::Timestamp) -> Self {
        NullTime(x)
    }
}

impl std::convert::From<NullTime> for portcullis_timestamp::Timestamp {
    fn from(x: NullTime) -> Self {
        x.0
    }
}

impl std::ops::Deref for NullTime {
    type Target = portcullis_timestamp::Timestamp;
    fn deref(&self) -> &portcullis_timestamp::Timestamp {
        &self.0
    }
}

impl std::ops::DerefMut for NullTime {
    fn deref_mut(&mut self) -> &mut portcullis_timestamp::Timestamp {
        &mut self.0
    }
}



/// A UUID, or null.
#[derive(Debug, Clone, PartialEq, PartialOrd,  serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct NullUuid(pub String);

impl validator::Validate for NullUuid {
    fn validate(&self) -> std::result::Result<(), validator::ValidationErrors> {

        std::result::Result::Ok(())
    }
}

impl std::convert::From<String> for NullUuid {
    fn from(x: String) -> Self {
        NullUuid(x)
    }
}

impl std::fmt::Display for NullUuid {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
       write!(f, "{}", self.0)
    }
}

impl std::str::FromStr for NullUuid {
    type Err = std::string::ParseError;
    fn from_str(x: &str) -> std::result::Result<Self, Self::Err> {
        std::result::Result::Ok(NullUuid(x.to_string()))
    }
}

impl std::convert::From<NullUuid> for String {
    fn from(x: NullUuid) -> Self {
        x.0
    }
}

impl std::ops::Deref for NullUuid {
    type Target = String;
    fn deref(&self) -> &String {
        &self.0
    }
}

impl std::ops::DerefMut for NullUuid {
    fn deref_mut(&mut self) -> &mut String {
        &mut self.0
    }
}



#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct OAuth2Client {
    #[serde(rename = "access_token_strategy")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub access_token_strategy: Option<String>,

    #[serde(rename = "allowed_cors_origins")]
          #[validate(custom(function = "check_xss_vec_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub allowed_cors_origins: Option<Vec<String>>,

    #[serde(rename = "audience")]
          #[validate(custom(function = "check_xss_vec_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub audience: Option<Vec<String>>,

    #[serde(rename = "authorization_code_grant_access_token_lifespan")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub authorization_code_grant_access_token_lifespan: Option<String>,

    #[serde(rename = "authorization_code_grant_id_token_lifespan")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub authorization_code_grant_id_token_lifespan: Option<String>,

    #[serde(rename = "authorization_code_grant_refresh_token_lifespan")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub authorization_code_grant_refresh_token_lifespan: Option<String>,

    #[serde(rename = "backchannel_logout_session_required")]
    #[serde(skip_serializing_if="Option::is_none")]
    pub backchannel_logout_session_required: Option<bool>,

    #[serde(rename = "backchannel_logout_uri")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub backchannel_logout_uri: Option<String>,

    #[serde(rename = "client_credentials_grant_access_token_lifespan")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub client_credentials_grant_access_token_lifespan: Option<String>,

    #[serde(rename = "client_id")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub client_id: Option<String>,

    #[serde(rename = "client_name")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub client_name: Option<String>,

    #[serde(rename = "client_secret")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub client_secret: Option<String>,

    #[serde(rename = "client_secret_expires_at")]
    #[serde(skip_serializing_if="Option::is_none")]
    pub client_secret_expires_at: Option<i64>,

    #[serde(rename = "client_uri")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub client_uri: Option<String>,

    #[serde(rename = "contacts")]
          #[validate(custom(function = "check_xss_vec_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub contacts: Option<Vec<String>>,

    #[serde(rename = "created_at")]
    #[serde(skip_serializing_if="Option::is_none")]
    pub created_at: Option<portcullis_timestamp::Timestamp>,

    #[serde(rename = "frontchannel_logout_session_required")]
    #[serde(skip_serializing_if="Option::is_none")]
    pub frontchannel_logout_session_required: Option<bool>,

    #[serde(rename = "frontchannel_logout_uri")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub frontchannel_logout_uri: Option<String>,

    #[serde(rename = "grant_types")]
          #[validate(custom(function = "check_xss_vec_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub grant_types: Option<Vec<String>>,

    #[serde(rename = "implicit_grant_access_token_lifespan")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub implicit_grant_access_token_lifespan: Option<String>,

    #[serde(rename = "implicit_grant_id_token_lifespan")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub implicit_grant_id_token_lifespan: Option<String>,

    #[serde(rename = "jwks")]
    #[serde(skip_serializing_if="Option::is_none")]
    pub jwks: Option<crate::types::Object>,

    #[serde(rename = "jwks_uri")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub jwks_uri: Option<String>,

    #[serde(rename = "jwt_bearer_grant_access_token_lifespan")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub jwt_bearer_grant_access_token_lifespan: Option<String>,

    #[serde(rename = "logo_uri")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub logo_uri: Option<String>,

    #[serde(rename = "metadata")]
    #[serde(skip_serializing_if="Option::is_none")]
    pub metadata: Option<crate::types::Object>,

    #[serde(rename = "owner")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub owner: Option<String>,

    #[serde(rename = "policy_uri")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub policy_uri: Option<String>,

    #[serde(rename = "post_logout_redirect_uris")]
          #[validate(custom(function = "check_xss_vec_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub post_logout_redirect_uris: Option<Vec<String>>,

    #[serde(rename = "redirect_uris")]
          #[validate(custom(function = "check_xss_vec_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub redirect_uris: Option<Vec<String>>,

    #[serde(rename = "refresh_token_grant_access_token_lifespan")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub refresh_token_grant_access_token_lifespan: Option<String>,

    #[serde(rename = "refresh_token_grant_id_token_lifespan")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub refresh_token_grant_id_token_lifespan: Option<String>,

    #[serde(rename = "refresh_token_grant_refresh_token_lifespan")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub refresh_token_grant_refresh_token_lifespan: Option<String>,

    #[serde(rename = "registration_access_token")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub registration_access_token: Option<String>,

    #[serde(rename = "registration_client_uri")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub registration_client_uri: Option<String>,

    #[serde(rename = "request_object_signing_alg")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub request_object_signing_alg: Option<String>,

    #[serde(rename = "request_uris")]
          #[validate(custom(function = "check_xss_vec_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub request_uris: Option<Vec<String>>,

    #[serde(rename = "response_types")]
          #[validate(custom(function = "check_xss_vec_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub response_types: Option<Vec<String>>,

    #[serde(rename = "scope")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub scope: Option<String>,

    #[serde(rename = "sector_identifier_uri")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub sector_identifier_uri: Option<String>,

    #[serde(rename = "skip_consent")]
    #[serde(skip_serializing_if="Option::is_none")]
    pub skip_consent: Option<bool>,

    #[serde(rename = "skip_logout_consent")]
    #[serde(skip_serializing_if="Option::is_none")]
    pub skip_logout_consent: Option<bool>,

    #[serde(rename = "subject_type")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub subject_type: Option<String>,

    #[serde(rename = "token_endpoint_auth_method")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub token_endpoint_auth_method: Option<String>,

    #[serde(rename = "token_endpoint_auth_signing_alg")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub token_endpoint_auth_signing_alg: Option<String>,

    #[serde(rename = "tos_uri")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub tos_uri: Option<String>,

    #[serde(rename = "updated_at")]
    #[serde(skip_serializing_if="Option::is_none")]
    pub updated_at: Option<portcullis_timestamp::Timestamp>,

    #[serde(rename = "userinfo_signed_response_alg")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub userinfo_signed_response_alg: Option<String>,

}



impl OAuth2Client {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> OAuth2Client {
        OAuth2Client {
 access_token_strategy: None,
 allowed_cors_origins: None,
 audience: None,
 authorization_code_grant_access_token_lifespan: None,
 authorization_code_grant_id_token_lifespan: None,
 authorization_code_grant_refresh_token_lifespan: None,
 backchannel_logout_session_required: None,
 backchannel_logout_uri: None,
 client_credentials_grant_access_token_lifespan: None,
 client_id: None,
 client_name: None,
 client_secret: None,
 client_secret_expires_at: None,
 client_uri: None,
 contacts: None,
 created_at: None,
 frontchannel_logout_session_required: None,
 frontchannel_logout_uri: None,
 grant_types: None,
 implicit_grant_access_token_lifespan: None,
 implicit_grant_id_token_lifespan: None,
 jwks: None,
 jwks_uri: None,
 jwt_bearer_grant_access_token_lifespan: None,
 logo_uri: None,
 metadata: None,
 owner: None,
 policy_uri: None,
 post_logout_redirect_uris: None,
 redirect_uris: None,
 refresh_token_grant_access_token_lifespan: None,
 refresh_token_grant_id_token_lifespan: None,
 refresh_token_grant_refresh_token_lifespan: None,
 registration_access_token: None,
 registration_client_uri: None,
 request_object_signing_alg: None,
 request_uris: None,
 response_types: None,
 scope: None,
 sector_identifier_uri: None,
 skip_consent: None,
 skip_logout_consent: None,
 subject_type: None,
 token_endpoint_auth_method: None,
 token_endpoint_auth_signing_alg: None,
 tos_uri: None,
 updated_at: None,
 userinfo_signed_response_alg: None,
        }
    }
}

/// Converts the OAuth2Client value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for OAuth2Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![

            self.access_token_strategy.as_ref().map(|access_token_strategy| {
                [
                    "access_token_strategy".to_string(),
                    access_token_strategy.to_string(),
                ].join(",")
            }),


            self.allowed_cors_origins.as_ref().map(|allowed_cors_origins| {
                [
                    "allowed_cors_origins".to_string(),
                    allowed_cors_origins.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(","),
                ].join(",")
            }),


            self.audience.as_ref().map(|audience| {
                [
                    "audience".to_string(),
                    audience.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(","),
                ].join(",")
            }),


            self.authorization_code_grant_access_token_lifespan.as_ref().map(|authorization_code_grant_access_token_lifespan| {
                [
                    "authorization_code_grant_access_token_lifespan".to_string(),
                    authorization_code_grant_access_token_lifespan.to_string(),
                ].join(",")
            }),


            self.authorization_code_grant_id_token_lifespan.as_ref().map(|authorization_code_grant_id_token_lifespan| {
                [
                    "authorization_code_grant_id_token_lifespan".to_string(),
                    authorization_code_grant_id_token_lifespan.to_string(),
                ].join(",")
            }),


            self.authorization_code_grant_refresh_token_lifespan.as_ref().map(|authorization_code_grant_refresh_token_lifespan| {
                [
                    "authorization_code_grant_refresh_token_lifespan".to_string(),
                    authorization_code_grant_refresh_token_lifespan.to_string(),
                ].join(",")
            }),


            self.backchannel_logout_session_required.as_ref().map(|backchannel_logout_session_required| {
                [
                    "backchannel_logout_session_required".to_string(),
                    backchannel_logout_session_required.to_string(),
                ].join(",")
            }),


            self.backchannel_logout_uri.as_ref().map(|backchannel_logout_uri| {
                [
                    "backchannel_logout_uri".to_string(),
                    backchannel_logout_uri.to_string(),
                ].join(",")
            }),


            self.client_credentials_grant_access_token_lifespan.as_ref().map(|client_credentials_grant_access_token_lifespan| {
                [
                    "client_credentials_grant_access_token_lifespan".to_string(),
                    client_credentials_grant_access_token_lifespan.to_string(),
                ].join(",")
            }),


            self.client_id.as_ref().map(|client_id| {
                [
                    "client_id".to_string(),
                    client_id.to_string(),
                ].join(",")
            }),


            self.client_name.as_ref().map(|client_name| {
                [
                    "client_name".to_string(),
                    client_name.to_string(),
                ].join(",")
            }),


            self.client_secret.as_ref().map(|client_secret| {
                [
                    "client_secret".to_string(),
                    client_secret.to_string(),
                ].join(",")
            }),


            self.client_secret_expires_at.as_ref().map(|client_secret_expires_at| {
                [
                    "client_secret_expires_at".to_string(),
                    client_secret_expires_at.to_string(),
                ].join(",")
            }),


            self.client_uri.as_ref().map(|client_uri| {
                [
                    "client_uri".to_string(),
                    client_uri.to_string(),
                ].join(",")
            }),


            self.contacts.as_ref().map(|contacts| {
                [
                    "contacts".to_string(),
                    contacts.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(","),
                ].join(",")
            }),

            // Skipping created_at in query parameter serialization


            self.frontchannel_logout_session_required.as_ref().map(|frontchannel_logout_session_required| {
                [
                    "frontchannel_logout_session_required".to_string(),
                    frontchannel_logout_session_required.to_string(),
                ].join(",")
            }),


            self.frontchannel_logout_uri.as_ref().map(|frontchannel_logout_uri| {
                [
                    "frontchannel_logout_uri".to_string(),
                    frontchannel_logout_uri.to_string(),
                ].join(",")
            }),


            self.grant_types.as_ref().map(|grant_types| {
                [
                    "grant_types".to_string(),
                    grant_types.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(","),
                ].join(",")
            }),


            self.implicit_grant_access_token_lifespan.as_ref().map(|implicit_grant_access_token_lifespan| {
                [
                    "implicit_grant_access_token_lifespan".to_string(),
                    implicit_grant_access_token_lifespan.to_string(),
                ].join(",")
            }),


            self.implicit_grant_id_token_lifespan.as_ref().map(|implicit_grant_id_token_lifespan| {
                [
                    "implicit_grant_id_token_lifespan".to_string(),
                    implicit_grant_id_token_lifespan.to_string(),
                ].join(",")
            }),

            // Skipping jwks in query parameter serialization


            self.jwks_uri.as_ref().map(|jwks_uri| {
                [
                    "jwks_uri".to_string(),
                    jwks_uri.to_string(),
                ].join(",")
            }),


            self.jwt_bearer_grant_access_token_lifespan.as_ref().map(|jwt_bearer_grant_access_token_lifespan| {
                [
                    "jwt_bearer_grant_access_token_lifespan".to_string(),
                    jwt_bearer_grant_access_token_lifespan.to_string(),
                ].join(",")
            }),


            self.logo_uri.as_ref().map(|logo_uri| {
                [
                    "logo_uri".to_string(),
                    logo_uri.to_string(),
                ].join(",")
            }),

            // Skipping metadata in query parameter serialization


            self.owner.as_ref().map(|owner| {
                [
                    "owner".to_string(),
                    owner.to_string(),
                ].join(",")
            }),


            self.policy_uri.as_ref().map(|policy_uri| {
                [
                    "policy_uri".to_string(),
                    policy_uri.to_string(),
                ].join(",")
            }),


            self.post_logout_redirect_uris.as_ref().map(|post_logout_redirect_uris| {
                [
                    "post_logout_redirect_uris".to_string(),
                    post_logout_redirect_uris.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(","),
                ].join(",")
            }),


            self.redirect_uris.as_ref().map(|redirect_uris| {
                [
                    "redirect_uris".to_string(),
                    redirect_uris.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(","),
                ].join(",")
            }),


            self.refresh_token_grant_access_token_lifespan.as_ref().map(|refresh_token_grant_access_token_lifespan| {
                [
                    "refresh_token_grant_access_token_lifespan".to_string(),
                    refresh_token_grant_access_token_lifespan.to_string(),
                ].join(",")
            }),


            self.refresh_token_grant_id_token_lifespan.as_ref().map(|refresh_token_grant_id_token_lifespan| {
                [
                    "refresh_token_grant_id_token_lifespan".to_string(),
                    refresh_token_grant_id_token_lifespan.to_string(),
                ].join(",")
            }),


            self.refresh_token_grant_refresh_token_lifespan.as_ref().map(|refresh_token_grant_refresh_token_lifespan| {
                [
                    "refresh_token_grant_refresh_token_lifespan".to_string(),
                    refresh_token_grant_refresh_token_lifespan.to_string(),
                ].join(",")
            }),


            self.registration_access_token.as_ref().map(|registration_access_token| {
                [
                    "registration_access_token".to_string(),
                    registration_access_token.to_string(),
                ].join(",")
            }),


            self.registration_client_uri.as_ref().map(|registration_client_uri| {
                [
                    "registration_client_uri".to_string(),
                    registration_client_uri.to_string(),
                ].join(",")
            }),


            self.request_object_signing_alg.as_ref().map(|request_object_signing_alg| {
                [
                    "request_object_signing_alg".to_string(),
                    request_object_signing_alg.to_string(),
                ].join(",")
            }),


            self.request_uris.as_ref().map(|request_uris| {
                [
                    "request_uris".to_string(),
                    request_uris.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(","),
                ].join(",")
            }),


            self.response_types.as_ref().map(|response_types| {
                [
                    "response_types".to_string(),
                    response_types.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(","),
                ].join(",")
            }),


            self.scope.as_ref().map(|scope| {
                [
                    "scope".to_string(),
                    scope.to_string(),
                ].join(",")
            }),


            self.sector_identifier_uri.as_ref().map(|sector_identifier_uri| {
                [
                    "sector_identifier_uri".to_string(),
                    sector_identifier_uri.to_string(),
                ].join(",")
            }),


            self.skip_consent.as_ref().map(|skip_consent| {
                [
                    "skip_consent".to_string(),
                    skip_consent.to_string(),
                ].join(",")
            }),


            self.skip_logout_consent.as_ref().map(|skip_logout_consent| {
                [
                    "skip_logout_consent".to_string(),
                    skip_logout_consent.to_string(),
                ].join(",")
            }),


            self.subject_type.as_ref().map(|subject_type| {
                [
                    "subject_type".to_string(),
                    subject_type.to_string(),
                ].join(",")
            }),


            self.token_endpoint_auth_method.as_ref().map(|token_endpoint_auth_method| {
                [
                    "token_endpoint_auth_method".to_string(),
                    token_endpoint_auth_method.to_string(),
                ].join(",")
            }),


            self.token_endpoint_auth_signing_alg.as_ref().map(|token_endpoint_auth_signing_alg| {
                [
                    "token_endpoint_auth_signing_alg".to_string(),
                    token_endpoint_auth_signing_alg.to_string(),
                ].join(",")
            }),


            self.tos_uri.as_ref().map(|tos_uri| {
                [
                    "tos_uri".to_string(),
                    tos_uri.to_string(),
                ].join(",")
            }),

            // Skipping updated_at in query parameter serialization


            self.userinfo_signed_response_alg.as_ref().map(|userinfo_signed_response_alg| {
                [
                    "userinfo_signed_response_alg".to_string(),
                    userinfo_signed_response_alg.to_string(),
                ].join(",")
            }),

        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a OAuth2Client value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for OAuth2Client {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub access_token_strategy: Vec<String>,
            pub allowed_cors_origins: Vec<Vec<String>>,
            pub audience: Vec<Vec<String>>,
            pub authorization_code_grant_access_token_lifespan: Vec<String>,
            pub authorization_code_grant_id_token_lifespan: Vec<String>,
            pub authorization_code_grant_refresh_token_lifespan: Vec<String>,
            pub backchannel_logout_session_required: Vec<bool>,
            pub backchannel_logout_uri: Vec<String>,
            pub client_credentials_grant_access_token_lifespan: Vec<String>,
            pub client_id: Vec<String>,
            pub client_name: Vec<String>,
            pub client_secret: Vec<String>,
            pub client_secret_expires_at: Vec<i64>,
            pub client_uri: Vec<String>,
            pub contacts: Vec<Vec<String>>,
            pub created_at: Vec<portcullis_timestamp::Timestamp>,
            pub frontchannel_logout_session_required: Vec<bool>,
            pub frontchannel_logout_uri: Vec<String>,
            pub grant_types: Vec<Vec<String>>,
            pub implicit_grant_access_token_lifespan: Vec<String>,
            pub implicit_grant_id_token_lifespan: Vec<String>,
            pub jwks: Vec<crate::types::Object>,
            pub jwks_uri: Vec<String>,
            pub jwt_bearer_grant_access_token_lifespan: Vec<String>,
            pub logo_uri: Vec<String>,
            pub metadata: Vec<crate::types::Object>,
            pub owner: Vec<String>,
            pub policy_uri: Vec<String>,
            pub post_logout_redirect_uris: Vec<Vec<String>>,
            pub redirect_uris: Vec<Vec<String>>,
            pub refresh_token_grant_access_token_lifespan: Vec<String>,
            pub refresh_token_grant_id_token_lifespan: Vec<String>,
            pub refresh_token_grant_refresh_token_lifespan: Vec<String>,
            pub registration_access_token: Vec<String>,
            pub registration_client_uri: Vec<String>,
            pub request_object_signing_alg: Vec<String>,
            pub request_uris: Vec<Vec<String>>,
            pub response_types: Vec<Vec<String>>,
            pub scope: Vec<String>,
            pub sector_identifier_uri: Vec<String>,
            pub skip_consent: Vec<bool>,
            pub skip_logout_consent: Vec<bool>,
            pub subject_type: Vec<String>,
            pub token_endpoint_auth_method: Vec<String>,
            pub token_endpoint_auth_signing_alg: Vec<String>,
            pub tos_uri: Vec<String>,
            pub updated_at: Vec<portcullis_timestamp::Timestamp>,
            pub userinfo_signed_response_alg: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing OAuth2Client".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "access_token_strategy" => intermediate_rep.access_token_strategy.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "allowed_cors_origins" => return std::result::Result::Err("Parsing a container in this style is not supported in OAuth2Client".to_string()),
                    "audience" => return std::result::Result::Err("Parsing a container in this style is not supported in OAuth2Client".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "authorization_code_grant_access_token_lifespan" => intermediate_rep.authorization_code_grant_access_token_lifespan.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "authorization_code_grant_id_token_lifespan" => intermediate_rep.authorization_code_grant_id_token_lifespan.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "authorization_code_grant_refresh_token_lifespan" => intermediate_rep.authorization_code_grant_refresh_token_lifespan.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "backchannel_logout_session_required" => intermediate_rep.backchannel_logout_session_required.push(<bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "backchannel_logout_uri" => intermediate_rep.backchannel_logout_uri.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "client_credentials_grant_access_token_lifespan" => intermediate_rep.client_credentials_grant_access_token_lifespan.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "client_id" => intermediate_rep.client_id.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "client_name" => intermediate_rep.client_name.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "client_secret" => intermediate_rep.client_secret.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "client_secret_expires_at" => intermediate_rep.client_secret_expires_at.push(<i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "client_uri" => intermediate_rep.client_uri.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "contacts" => return std::result::Result::Err("Parsing a container in this style is not supported in OAuth2Client".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "created_at" => intermediate_rep.created_at.push(<portcullis_timestamp::Timestamp as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "frontchannel_logout_session_required" => intermediate_rep.frontchannel_logout_session_required.push(<bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "frontchannel_logout_uri" => intermediate_rep.frontchannel_logout_uri.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "grant_types" => return std::result::Result::Err("Parsing a container in this style is not supported in OAuth2Client".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "implicit_grant_access_token_lifespan" => intermediate_rep.implicit_grant_access_token_lifespan.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "implicit_grant_id_token_lifespan" => intermediate_rep.implicit_grant_id_token_lifespan.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "jwks" => intermediate_rep.jwks.push(<crate::types::Object as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "jwks_uri" => intermediate_rep.jwks_uri.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "jwt_bearer_grant_access_token_lifespan" => intermediate_rep.jwt_bearer_grant_access_token_lifespan.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "logo_uri" => intermediate_rep.logo_uri.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "metadata" => intermediate_rep.metadata.push(<crate::types::Object as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "owner" => intermediate_rep.owner.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "policy_uri" => intermediate_rep.policy_uri.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "post_logout_redirect_uris" => return std::result::Result::Err("Parsing a container in this style is not supported in OAuth2Client".to_string()),
                    "redirect_uris" => return std::result::Result::Err("Parsing a container in this style is not supported in OAuth2Client".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "refresh_token_grant_access_token_lifespan" => intermediate_rep.refresh_token_grant_access_token_lifespan.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "refresh_token_grant_id_token_lifespan" => intermediate_rep.refresh_token_grant_id_token_lifespan.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "refresh_token_grant_refresh_token_lifespan" => intermediate_rep.refresh_token_grant_refresh_token_lifespan.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "registration_access_token" => intermediate_rep.registration_access_token.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "registration_client_uri" => intermediate_rep.registration_client_uri.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "request_object_signing_alg" => intermediate_rep.request_object_signing_alg.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "request_uris" => return std::result::Result::Err("Parsing a container in this style is not supported in OAuth2Client".to_string()),
                    "response_types" => return std::result::Result::Err("Parsing a container in this style is not supported in OAuth2Client".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "scope" => intermediate_rep.scope.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "sector_identifier_uri" => intermediate_rep.sector_identifier_uri.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "skip_consent" => intermediate_rep.skip_consent.push(<bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "skip_logout_consent" => intermediate_rep.skip_logout_consent.push(<bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "subject_type" => intermediate_rep.subject_type.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "token_endpoint_auth_method" => intermediate_rep.token_endpoint_auth_method.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "token_endpoint_auth_signing_alg" => intermediate_rep.token_endpoint_auth_signing_alg.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "tos_uri" => intermediate_rep.tos_uri.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "updated_at" => intermediate_rep.updated_at.push(<portcullis_timestamp::Timestamp as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "userinfo_signed_response_alg" => intermediate_rep.userinfo_signed_response_alg.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing OAuth2Client".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(OAuth2Client {
            access_token_strategy: intermediate_rep.access_token_strategy.into_iter().next(),
            allowed_cors_origins: intermediate_rep.allowed_cors_origins.into_iter().next(),
            audience: intermediate_rep.audience.into_iter().next(),
            authorization_code_grant_access_token_lifespan: intermediate_rep.authorization_code_grant_access_token_lifespan.into_iter().next(),
            authorization_code_grant_id_token_lifespan: intermediate_rep.authorization_code_grant_id_token_lifespan.into_iter().next(),
            authorization_code_grant_refresh_token_lifespan: intermediate_rep.authorization_code_grant_refresh_token_lifespan.into_iter().next(),
            backchannel_logout_session_required: intermediate_rep.backchannel_logout_session_required.into_iter().next(),
            backchannel_logout_uri: intermediate_rep.backchannel_logout_uri.into_iter().next(),
            client_credentials_grant_access_token_lifespan: intermediate_rep.client_credentials_grant_access_token_lifespan.into_iter().next(),
            client_id: intermediate_rep.client_id.into_iter().next(),
            client_name: intermediate_rep.client_name.into_iter().next(),
            client_secret: intermediate_rep.client_secret.into_iter().next(),
            client_secret_expires_at: intermediate_rep.client_secret_expires_at.into_iter().next(),
            client_uri: intermediate_rep.client_uri.into_iter().next(),
            contacts: intermediate_rep.contacts.into_iter().next(),
            created_at: intermediate_rep.created_at.into_iter().next(),
            frontchannel_logout_session_required: intermediate_rep.frontchannel_logout_session_required.into_iter().next(),
            frontchannel_logout_uri: intermediate_rep.frontchannel_logout_uri.into_iter().next(),
            grant_types: intermediate_rep.grant_types.into_iter().next(),
            implicit_grant_access_token_lifespan: intermediate_rep.implicit_grant_access_token_lifespan.into_iter().next(),
            implicit_grant_id_token_lifespan: intermediate_rep.implicit_grant_id_token_lifespan.into_iter().next(),
            jwks: intermediate_rep.jwks.into_iter().next(),
            jwks_uri: intermediate_rep.jwks_uri.into_iter().next(),
            jwt_bearer_grant_access_token_lifespan: intermediate_rep.jwt_bearer_grant_access_token_lifespan.into_iter().next(),
            logo_uri: intermediate_rep.logo_uri.into_iter().next(),
            metadata: intermediate_rep.metadata.into_iter().next(),
            owner: intermediate_rep.owner.into_iter().next(),
            policy_uri: intermediate_rep.policy_uri.into_iter().next(),
            post_logout_redirect_uris: intermediate_rep.post_logout_redirect_uris.into_iter().next(),
            redirect_uris: intermediate_rep.redirect_uris.into_iter().next(),
            refresh_token_grant_access_token_lifespan: intermediate_rep.refresh_token_grant_access_token_lifespan.into_iter().next(),
            refresh_token_grant_id_token_lifespan: intermediate_rep.refresh_token_grant_id_token_lifespan.into_iter().next(),
            refresh_token_grant_refresh_token_lifespan: intermediate_rep.refresh_token_grant_refresh_token_lifespan.into_iter().next(),
            registration_access_token: intermediate_rep.registration_access_token.into_iter().next(),
            registration_client_uri: intermediate_rep.registration_client_uri.into_iter().next(),
            request_object_signing_alg: intermediate_rep.request_object_signing_alg.into_iter().next(),
            request_uris: intermediate_rep.request_uris.into_iter().next(),
            response_types: intermediate_rep.response_types.into_iter().next(),
            scope: intermediate_rep.scope.into_iter().next(),
            sector_identifier_uri: intermediate_rep.sector_identifier_uri.into_iter().next(),
            skip_consent: intermediate_rep.skip_consent.into_iter().next(),
            skip_logout_consent: intermediate_rep.skip_logout_consent.into_iter().next(),
            subject_type: intermediate_rep.subject_type.into_iter().next(),
            token_endpoint_auth_method: intermediate_rep.token_endpoint_auth_method.into_iter().next(),
            token_endpoint_auth_signing_alg: intermediate_rep.token_endpoint_auth_signing_alg.into_iter().next(),
            tos_uri: intermediate_rep.tos_uri.into_iter().next(),
            updated_at: intermediate_rep.updated_at.into_iter().next(),
            userinfo_signed_response_alg: intermediate_rep.userinfo_signed_response_alg.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<OAuth2Client> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<OAuth2Client>> for HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<OAuth2Client>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Invalid header value for OAuth2Client - value: {hdr_value} is invalid {e}"#))
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<OAuth2Client> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <OAuth2Client as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(format!(r#"Unable to convert header value '{value}' into OAuth2Client - {err}"#))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Unable to convert header: {hdr_value:?} to string: {e}"#))
        }
    }
}



#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct OAuth2ConsentRequestOpenIdConnectContext {
    #[serde(rename = "acr_values")]
          #[validate(custom(function = "check_xss_vec_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub acr_values: Option<Vec<String>>,

    #[serde(rename = "display")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub display: Option<String>,

    #[serde(rename = "id_token_hint_claims")]
          #[validate(custom(function = "check_xss_map"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub id_token_hint_claims: Option<std::collections::HashMap<String, crate::types::Object>>,

    #[serde(rename = "login_hint")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub login_hint: Option<String>,

    #[serde(rename = "ui_locales")]
          #[validate(custom(function = "check_xss_vec_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub ui_locales: Option<Vec<String>>,

}



impl OAuth2ConsentRequestOpenIdConnectContext {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> OAuth2ConsentRequestOpenIdConnectContext {
        OAuth2ConsentRequestOpenIdConnectContext {
 acr_values: None,
 display: None,
 id_token_hint_claims: None,
 login_hint: None,
 ui_locales: None,
        }
    }
}

/// Converts the OAuth2ConsentRequestOpenIdConnectContext value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for OAuth2ConsentRequestOpenIdConnectContext {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![

            self.acr_values.as_ref().map(|acr_values| {
                [
                    "acr_values".to_string(),
                    acr_values.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(","),
                ].join(",")
            }),


            self.display.as_ref().map(|display| {
                [
                    "display".to_string(),
                    display.to_string(),
                ].join(",")
            }),

            // Skipping id_token_hint_claims in query parameter serialization
            // Skipping id_token_hint_claims in query parameter serialization


            self.login_hint.as_ref().map(|login_hint| {
                [
                    "login_hint".to_string(),
                    login_hint.to_string(),
                ].join(",")
            }),


            self.ui_locales.as_ref().map(|ui_locales| {
                [
                    "ui_locales".to_string(),
                    ui_locales.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(","),
                ].join(",")
            }),

        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a OAuth2ConsentRequestOpenIdConnectContext value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for OAuth2ConsentRequestOpenIdConnectContext {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub acr_values: Vec<Vec<String>>,
            pub display: Vec<String>,
            pub id_token_hint_claims: Vec<std::collections::HashMap<String, crate::types::Object>>,
            pub login_hint: Vec<String>,
            pub ui_locales: Vec<Vec<String>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing OAuth2ConsentRequestOpenIdConnectContext".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "acr_values" => return std::result::Result::Err("Parsing a container in this style is not supported in OAuth2ConsentRequestOpenIdConnectContext".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "display" => intermediate_rep.display.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "id_token_hint_claims" => return std::result::Result::Err("Parsing a container in this style is not supported in OAuth2ConsentRequestOpenIdConnectContext".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "login_hint" => intermediate_rep.login_hint.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "ui_locales" => return std::result::Result::Err("Parsing a container in this style is not supported in OAuth2ConsentRequestOpenIdConnectContext".to_string()),
                    _ => return std::result::Result::Err("Unexpected key while parsing OAuth2ConsentRequestOpenIdConnectContext".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(OAuth2ConsentRequestOpenIdConnectContext {
            acr_values: intermediate_rep.acr_values.into_iter().next(),
            display: intermediate_rep.display.into_iter().next(),
            id_token_hint_claims: intermediate_rep.id_token_hint_claims.into_iter().next(),
            login_hint: intermediate_rep.login_hint.into_iter().next(),
            ui_locales: intermediate_rep.ui_locales.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<OAuth2ConsentRequestOpenIdConnectContext> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<OAuth2ConsentRequestOpenIdConnectContext>> for HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<OAuth2ConsentRequestOpenIdConnectContext>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Invalid header value for OAuth2ConsentRequestOpenIdConnectContext - value: {hdr_value} is invalid {e}"#))
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<OAuth2ConsentRequestOpenIdConnectContext> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <OAuth2ConsentRequestOpenIdConnectContext as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(format!(r#"Unable to convert header value '{value}' into OAuth2ConsentRequestOpenIdConnectContext - {err}"#))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Unable to convert header: {hdr_value:?} to string: {e}"#))
        }
    }
}



#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct OAuth2LoginRequest {
    #[serde(rename = "challenge")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub challenge: Option<String>,

    #[serde(rename = "client")]
          #[validate(nested)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub client: Option<models::OAuth2Client>,

    #[serde(rename = "oidc_context")]
          #[validate(nested)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub oidc_context: Option<models::OAuth2ConsentRequestOpenIdConnectContext>,

    #[serde(rename = "request_url")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub request_url: Option<String>,

    #[serde(rename = "requested_access_token_audience")]
          #[validate(custom(function = "check_xss_vec_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub requested_access_token_audience: Option<Vec<String>>,

    #[serde(rename = "requested_scope")]
          #[validate(custom(function = "check_xss_vec_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub requested_scope: Option<Vec<String>>,

    #[serde(rename = "session_id")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub session_id: Option<String>,

    #[serde(rename = "skip")]
    #[serde(skip_serializing_if="Option::is_none")]
    pub skip: Option<bool>,

    #[serde(rename = "subject")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub subject: Option<String>,

}



impl OAuth2LoginRequest {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> OAuth2LoginRequest {
        OAuth2LoginRequest {
 challenge: None,
 client: None,
 oidc_context: None,
 request_url: None,
 requested_access_token_audience: None,
 requested_scope: None,
 session_id: None,
 skip: None,
 subject: None,
        }
    }
}

/// Converts the OAuth2LoginRequest value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for OAuth2LoginRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![

            self.challenge.as_ref().map(|challenge| {
                [
                    "challenge".to_string(),
                    challenge.to_string(),
                ].join(",")
            }),

            // Skipping client in query parameter serialization

            // Skipping oidc_context in query parameter serialization


            self.request_url.as_ref().map(|request_url| {
                [
                    "request_url".to_string(),
                    request_url.to_string(),
                ].join(",")
            }),


            self.requested_access_token_audience.as_ref().map(|requested_access_token_audience| {
                [
                    "requested_access_token_audience".to_string(),
                    requested_access_token_audience.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(","),
                ].join(",")
            }),


            self.requested_scope.as_ref().map(|requested_scope| {
                [
                    "requested_scope".to_string(),
                    requested_scope.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(","),
                ].join(",")
            }),


            self.session_id.as_ref().map(|session_id| {
                [
                    "session_id".to_string(),
                    session_id.to_string(),
                ].join(",")
            }),


            self.skip.as_ref().map(|skip| {
                [
                    "skip".to_string(),
                    skip.to_string(),
                ].join(",")
            }),


            self.subject.as_ref().map(|subject| {
                [
                    "subject".to_string(),
                    subject.to_string(),
                ].join(",")
            }),

        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a OAuth2LoginRequest value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for OAuth2LoginRequest {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub challenge: Vec<String>,
            pub client: Vec<models::OAuth2Client>,
            pub oidc_context: Vec<models::OAuth2ConsentRequestOpenIdConnectContext>,
            pub request_url: Vec<String>,
            pub requested_access_token_audience: Vec<Vec<String>>,
            pub requested_scope: Vec<Vec<String>>,
            pub session_id: Vec<String>,
            pub skip: Vec<bool>,
            pub subject: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing OAuth2LoginRequest".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "challenge" => intermediate_rep.challenge.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "client" => intermediate_rep.client.push(<models::OAuth2Client as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "oidc_context" => intermediate_rep.oidc_context.push(<models::OAuth2ConsentRequestOpenIdConnectContext as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "request_url" => intermediate_rep.request_url.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "requested_access_token_audience" => return std::result::Result::Err("Parsing a container in this style is not supported in OAuth2LoginRequest".to_string()),
                    "requested_scope" => return std::result::Result::Err("Parsing a container in this style is not supported in OAuth2LoginRequest".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "session_id" => intermediate_rep.session_id.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "skip" => intermediate_rep.skip.push(<bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "subject" => intermediate_rep.subject.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing OAuth2LoginRequest".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(OAuth2LoginRequest {
            challenge: intermediate_rep.challenge.into_iter().next(),
            client: intermediate_rep.client.into_iter().next(),
            oidc_context: intermediate_rep.oidc_context.into_iter().next(),
            request_url: intermediate_rep.request_url.into_iter().next(),
            requested_access_token_audience: intermediate_rep.requested_access_token_audience.into_iter().next(),
            requested_scope: intermediate_rep.requested_scope.into_iter().next(),
            session_id: intermediate_rep.session_id.into_iter().next(),
            skip: intermediate_rep.skip.into_iter().next(),
            subject: intermediate_rep.subject.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<OAuth2LoginRequest> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<OAuth2LoginRequest>> for HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<OAuth2LoginRequest>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Invalid header value for OAuth2LoginRequest - value: {hdr_value} is invalid {e}"#))
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<OAuth2LoginRequest> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <OAuth2LoginRequest as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(format!(r#"Unable to convert header value '{value}' into OAuth2LoginRequest - {err}"#))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Unable to convert header: {hdr_value:?} to string: {e}"#))
        }
    }
}



/// The session token to revoke.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct PerformNativeLogoutBody {
    #[serde(rename = "session_token")]
          #[validate(custom(function = "check_xss_string"))]
    pub session_token: String,

}



impl PerformNativeLogoutBody {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(session_token: String, ) -> PerformNativeLogoutBody {
        PerformNativeLogoutBody {
 session_token,
        }
    }
}

/// Converts the PerformNativeLogoutBody value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for PerformNativeLogoutBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![

            Some("session_token".to_string()),
            Some(self.session_token.to_string()),

        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a PerformNativeLogoutBody value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for PerformNativeLogoutBody {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub session_token: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing PerformNativeLogoutBody".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "session_token" => intermediate_rep.session_token.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing PerformNativeLogoutBody".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(PerformNativeLogoutBody {
            session_token: intermediate_rep.session_token.into_iter().next().ok_or_else(|| "session_token missing in PerformNativeLogoutBody".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<PerformNativeLogoutBody> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<PerformNativeLogoutBody>> for HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<PerformNativeLogoutBody>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Invalid header value for PerformNativeLogoutBody - value: {hdr_value} is invalid {e}"#))
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<PerformNativeLogoutBody> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <PerformNativeLogoutBody as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(format!(r#"Unable to convert header value '{value}' into PerformNativeLogoutBody - {err}"#))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Unable to convert header: {hdr_value:?} to string: {e}"#))
        }
    }
}



/// An address that can be used to recover the identity.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct RecoveryIdentityAddress {
    /// A UUID, or null.
    #[serde(rename = "break_glass_for_organization")]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if="Option::is_none")]
    pub break_glass_for_organization: Option<Nullable<String>>,

    #[serde(rename = "created_at")]
    #[serde(skip_serializing_if="Option::is_none")]
    pub created_at: Option<portcullis_timestamp::Timestamp>,

    #[serde(rename = "id")]
    #[serde(skip_serializing_if="Option::is_none")]
    pub id: Option<uuid::Uuid>,

    #[serde(rename = "updated_at")]
    #[serde(skip_serializing_if="Option::is_none")]
    pub updated_at: Option<portcullis_timestamp::Timestamp>,

    #[serde(rename = "value")]
          #[validate(custom(function = "check_xss_string"))]
    pub value: String,

    #[serde(rename = "via")]
          #[validate(custom(function = "check_xss_string"))]
    pub via: String,

}



impl RecoveryIdentityAddress {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(value: String, via: String, ) -> RecoveryIdentityAddress {
        RecoveryIdentityAddress {
 break_glass_for_organization: None,
 created_at: None,
 id: None,
 updated_at: None,
 value,
 via,
        }
    }
}

/// Converts the RecoveryIdentityAddress value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for RecoveryIdentityAddress {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![

            self.break_glass_for_organization.as_ref().map(|break_glass_for_organization| {
                [
                    "break_glass_for_organization".to_string(),
                    break_glass_for_organization.as_ref().map_or("null".to_string(), |x| x.to_string()),
                ].join(",")
            }),

            // Skipping created_at in query parameter serialization

            // Skipping id in query parameter serialization

            // Skipping updated_at in query parameter serialization


            Some("value".to_string()),
            Some(self.value.to_string()),


            Some("via".to_string()),
            Some(self.via.to_string()),

        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a RecoveryIdentityAddress value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for RecoveryIdentityAddress {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub break_glass_for_organization: Vec<String>,
            pub created_at: Vec<portcullis_timestamp::Timestamp>,
            pub id: Vec<uuid::Uuid>,
            pub updated_at: Vec<portcullis_timestamp::Timestamp>,
            pub value: Vec<String>,
            pub via: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing RecoveryIdentityAddress".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "break_glass_for_organization" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in RecoveryIdentityAddress".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "created_at" => intermediate_rep.created_at.push(<portcullis_timestamp::Timestamp as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(<uuid::Uuid as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "updated_at" => intermediate_rep.updated_at.push(<portcullis_timestamp::Timestamp as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "value" => intermediate_rep.value.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "via" => intermediate_rep.via.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing RecoveryIdentityAddress".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(RecoveryIdentityAddress {
            break_glass_for_organization: std::result::Result::Err("Nullable types not supported in RecoveryIdentityAddress".to_string())?,
            created_at: intermediate_rep.created_at.into_iter().next(),
            id: intermediate_rep.id.into_iter().next(),
            updated_at: intermediate_rep.updated_at.into_iter().next(),
            value: intermediate_rep.value.into_iter().next().ok_or_else(|| "value missing in RecoveryIdentityAddress".to_string())?,
            via: intermediate_rep.via.into_iter().next().ok_or_else(|| "via missing in RecoveryIdentityAddress".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<RecoveryIdentityAddress> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<RecoveryIdentityAddress>> for HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<RecoveryIdentityAddress>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Invalid header value for RecoveryIdentityAddress - value: {hdr_value} is invalid {e}"#))
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<RecoveryIdentityAddress> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <RecoveryIdentityAddress as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(format!(r#"Unable to convert header value '{value}' into RecoveryIdentityAddress - {err}"#))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Unable to convert header: {hdr_value:?} to string: {e}"#))
        }
    }
}



/// The error sent when a flow has expired; `use_flow_id` names the replacement flow to go on with.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct SelfServiceFlowExpiredError {
    #[serde(rename = "error")]
          #[validate(nested)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub error: Option<models::GenericError>,

    #[serde(rename = "expired_at")]
    #[serde(skip_serializing_if="Option::is_none")]
    pub expired_at: Option<portcullis_timestamp::Timestamp>,

    /// A length of time in nanoseconds.
    #[serde(rename = "since")]
    #[serde(skip_serializing_if="Option::is_none")]
    pub since: Option<i64>,

    #[serde(rename = "use_flow_id")]
    #[serde(skip_serializing_if="Option::is_none")]
    pub use_flow_id: Option<uuid::Uuid>,

}



impl SelfServiceFlowExpiredError {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> SelfServiceFlowExpiredError {
        SelfServiceFlowExpiredError {
 error: None,
 expired_at: None,
 since: None,
 use_flow_id: None,
        }
    }
}

/// Converts the SelfServiceFlowExpiredError value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for SelfServiceFlowExpiredError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping error in query parameter serialization

            // Skipping expired_at in query parameter serialization


            self.since.as_ref().map(|since| {
                [
                    "since".to_string(),
                    since.to_string(),
                ].join(",")
            }),

            // Skipping use_flow_id in query parameter serialization

        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a SelfServiceFlowExpiredError value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for SelfServiceFlowExpiredError {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub error: Vec<models::GenericError>,
            pub expired_at: Vec<portcullis_timestamp::Timestamp>,
            pub since: Vec<i64>,
            pub use_flow_id: Vec<uuid::Uuid>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing SelfServiceFlowExpiredError".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "error" => intermediate_rep.error.push(<models::GenericError as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "expired_at" => intermediate_rep.expired_at.push(<portcullis_timestamp::Timestamp as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "since" => intermediate_rep.since.push(<i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "use_flow_id" => intermediate_rep.use_flow_id.push(<uuid::Uuid as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing SelfServiceFlowExpiredError".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(SelfServiceFlowExpiredError {
            error: intermediate_rep.error.into_iter().next(),
            expired_at: intermediate_rep.expired_at.into_iter().next(),
            since: intermediate_rep.since.into_iter().next(),
            use_flow_id: intermediate_rep.use_flow_id.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<SelfServiceFlowExpiredError> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<SelfServiceFlowExpiredError>> for HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<SelfServiceFlowExpiredError>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Invalid header value for SelfServiceFlowExpiredError - value: {hdr_value} is invalid {e}"#))
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<SelfServiceFlowExpiredError> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <SelfServiceFlowExpiredError as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(format!(r#"Unable to convert header value '{value}' into SelfServiceFlowExpiredError - {err}"#))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Unable to convert header: {hdr_value:?} to string: {e}"#))
        }
    }
}



/// Whether a flow serves a browser (`browser`) or a native client (`api`).
#[derive(Debug, Clone, PartialEq, PartialOrd,  serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct SelfServiceFlowType(pub String);

impl validator::Validate for SelfServiceFlowType {
    fn validate(&self) -> std::result::Result<(), validator::ValidationErrors> {

        std::result::Result::Ok(())
    }
}

impl std::convert::From<String> for SelfServiceFlowType {
    fn from(x: String) -> Self {
        SelfServiceFlowType(x)
    }
}

impl std::fmt::Display for SelfServiceFlowType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
       write!(f, "{}", self.0)
    }
}

impl std::str::FromStr for SelfServiceFlowType {
    type Err = std::string::ParseError;
    fn from_str(x: &str) -> std::result::Result<Self, Self::Err> {
        std::result::Result::Ok(SelfServiceFlowType(x.to_string()))
    }
}

impl std::convert::From<SelfServiceFlowType> for String {
    fn from(x: SelfServiceFlowType) -> Self {
        x.0
    }
}

impl std::ops::Deref for SelfServiceFlowType {
    type Target = String;
    fn deref(&self) -> &String {
        &self.0
    }
}

impl std::ops::DerefMut for SelfServiceFlowType {
    fn deref_mut(&mut self) -> &mut String {
        &mut self.0
    }
}



/// A signed-in session. `active` is true only while the session is not revoked, not expired, and its identity is active.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct Session {
    #[serde(rename = "active")]
    #[serde(skip_serializing_if="Option::is_none")]
    pub active: Option<bool>,

    #[serde(rename = "authenticated_at")]
    #[serde(skip_serializing_if="Option::is_none")]
    pub authenticated_at: Option<portcullis_timestamp::Timestamp>,

    /// The authentication steps of a session, in order.
    #[serde(rename = "authentication_methods")]
          #[validate(nested)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub authentication_methods: Option<Vec<models::SessionAuthenticationMethod>>,

    #[serde(rename = "authenticator_assurance_level")]
          #[validate(nested)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub authenticator_assurance_level: Option<models::AuthenticatorAssuranceLevel>,

    #[serde(rename = "devices")]
          #[validate(nested)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub devices: Option<Vec<models::SessionDevice>>,

    #[serde(rename = "expires_at")]
    #[serde(skip_serializing_if="Option::is_none")]
    pub expires_at: Option<portcullis_timestamp::Timestamp>,

    #[serde(rename = "id")]
    pub id: uuid::Uuid,

    #[serde(rename = "identity")]
          #[validate(nested)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub identity: Option<models::Identity>,

    #[serde(rename = "issued_at")]
    #[serde(skip_serializing_if="Option::is_none")]
    pub issued_at: Option<portcullis_timestamp::Timestamp>,

    #[serde(rename = "tokenized")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub tokenized: Option<String>,

}



impl Session {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(id: uuid::Uuid, ) -> Session {
        Session {
 active: None,
 authenticated_at: None,
 authentication_methods: None,
 authenticator_assurance_level: None,
 devices: None,
 expires_at: None,
 id,
 identity: None,
 issued_at: None,
 tokenized: None,
        }
    }
}

/// Converts the Session value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for Session {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![

            self.active.as_ref().map(|active| {
                [
                    "active".to_string(),
                    active.to_string(),
                ].join(",")
            }),

            // Skipping authenticated_at in query parameter serialization

            // Skipping authentication_methods in query parameter serialization

            // Skipping authenticator_assurance_level in query parameter serialization

            // Skipping devices in query parameter serialization

            // Skipping expires_at in query parameter serialization

            // Skipping id in query parameter serialization

            // Skipping identity in query parameter serialization

            // Skipping issued_at in query parameter serialization


            self.tokenized.as_ref().map(|tokenized| {
                [
                    "tokenized".to_string(),
                    tokenized.to_string(),
                ].join(",")
            }),

        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a Session value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for Session {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub active: Vec<bool>,
            pub authenticated_at: Vec<portcullis_timestamp::Timestamp>,
            pub authentication_methods: Vec<Vec<models::SessionAuthenticationMethod>>,
            pub authenticator_assurance_level: Vec<models::AuthenticatorAssuranceLevel>,
            pub devices: Vec<Vec<models::SessionDevice>>,
            pub expires_at: Vec<portcullis_timestamp::Timestamp>,
            pub id: Vec<uuid::Uuid>,
            pub identity: Vec<models::Identity>,
            pub issued_at: Vec<portcullis_timestamp::Timestamp>,
            pub tokenized: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing Session".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "active" => intermediate_rep.active.push(<bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "authenticated_at" => intermediate_rep.authenticated_at.push(<portcullis_timestamp::Timestamp as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "authentication_methods" => return std::result::Result::Err("Parsing a container in this style is not supported in Session".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "authenticator_assurance_level" => intermediate_rep.authenticator_assurance_level.push(<models::AuthenticatorAssuranceLevel as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "devices" => return std::result::Result::Err("Parsing a container in this style is not supported in Session".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "expires_at" => intermediate_rep.expires_at.push(<portcullis_timestamp::Timestamp as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(<uuid::Uuid as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "identity" => intermediate_rep.identity.push(<models::Identity as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "issued_at" => intermediate_rep.issued_at.push(<portcullis_timestamp::Timestamp as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "tokenized" => intermediate_rep.tokenized.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing Session".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(Session {
            active: intermediate_rep.active.into_iter().next(),
            authenticated_at: intermediate_rep.authenticated_at.into_iter().next(),
            authentication_methods: intermediate_rep.authentication_methods.into_iter().next(),
            authenticator_assurance_level: intermediate_rep.authenticator_assurance_level.into_iter().next(),
            devices: intermediate_rep.devices.into_iter().next(),
            expires_at: intermediate_rep.expires_at.into_iter().next(),
            id: intermediate_rep.id.into_iter().next().ok_or_else(|| "id missing in Session".to_string())?,
            identity: intermediate_rep.identity.into_iter().next(),
            issued_at: intermediate_rep.issued_at.into_iter().next(),
            tokenized: intermediate_rep.tokenized.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<Session> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<Session>> for HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<Session>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Invalid header value for Session - value: {hdr_value} is invalid {e}"#))
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<Session> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <Session as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(format!(r#"Unable to convert header value '{value}' into Session - {err}"#))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Unable to convert header: {hdr_value:?} to string: {e}"#))
        }
    }
}



/// One authentication step the session went through.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct SessionAuthenticationMethod {
    #[serde(rename = "aal")]
          #[validate(nested)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub aal: Option<models::AuthenticatorAssuranceLevel>,

    #[serde(rename = "completed_at")]
    #[serde(skip_serializing_if="Option::is_none")]
    pub completed_at: Option<portcullis_timestamp::Timestamp>,

    /// Note: inline enums are not fully supported by openapi-generator
    #[serde(rename = "method")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub method: Option<String>,

    #[serde(rename = "organization")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub organization: Option<String>,

    #[serde(rename = "provider")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub provider: Option<String>,

    #[serde(rename = "upstream_acr")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub upstream_acr: Option<String>,

    #[serde(rename = "upstream_amr")]
          #[validate(custom(function = "check_xss_vec_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub upstream_amr: Option<Vec<String>>,

}



impl SessionAuthenticationMethod {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> SessionAuthenticationMethod {
        SessionAuthenticationMethod {
 aal: None,
 completed_at: None,
 method: None,
 organization: None,
 provider: None,
 upstream_acr: None,
 upstream_amr: None,
        }
    }
}

/// Converts the SessionAuthenticationMethod value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for SessionAuthenticationMethod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping aal in query parameter serialization

            // Skipping completed_at in query parameter serialization


            self.method.as_ref().map(|method| {
                [
                    "method".to_string(),
                    method.to_string(),
                ].join(",")
            }),


            self.organization.as_ref().map(|organization| {
                [
                    "organization".to_string(),
                    organization.to_string(),
                ].join(",")
            }),


            self.provider.as_ref().map(|provider| {
                [
                    "provider".to_string(),
                    provider.to_string(),
                ].join(",")
            }),


            self.upstream_acr.as_ref().map(|upstream_acr| {
                [
                    "upstream_acr".to_string(),
                    upstream_acr.to_string(),
                ].join(",")
            }),


            self.upstream_amr.as_ref().map(|upstream_amr| {
                [
                    "upstream_amr".to_string(),
                    upstream_amr.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(","),
                ].join(",")
            }),

        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a SessionAuthenticationMethod value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for SessionAuthenticationMethod {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub aal: Vec<models::AuthenticatorAssuranceLevel>,
            pub completed_at: Vec<portcullis_timestamp::Timestamp>,
            pub method: Vec<String>,
            pub organization: Vec<String>,
            pub provider: Vec<String>,
            pub upstream_acr: Vec<String>,
            pub upstream_amr: Vec<Vec<String>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing SessionAuthenticationMethod".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "aal" => intermediate_rep.aal.push(<models::AuthenticatorAssuranceLevel as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "completed_at" => intermediate_rep.completed_at.push(<portcullis_timestamp::Timestamp as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "method" => intermediate_rep.method.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "organization" => intermediate_rep.organization.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "provider" => intermediate_rep.provider.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "upstream_acr" => intermediate_rep.upstream_acr.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "upstream_amr" => return std::result::Result::Err("Parsing a container in this style is not supported in SessionAuthenticationMethod".to_string()),
                    _ => return std::result::Result::Err("Unexpected key while parsing SessionAuthenticationMethod".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(SessionAuthenticationMethod {
            aal: intermediate_rep.aal.into_iter().next(),
            completed_at: intermediate_rep.completed_at.into_iter().next(),
            method: intermediate_rep.method.into_iter().next(),
            organization: intermediate_rep.organization.into_iter().next(),
            provider: intermediate_rep.provider.into_iter().next(),
            upstream_acr: intermediate_rep.upstream_acr.into_iter().next(),
            upstream_amr: intermediate_rep.upstream_amr.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<SessionAuthenticationMethod> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<SessionAuthenticationMethod>> for HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<SessionAuthenticationMethod>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Invalid header value for SessionAuthenticationMethod - value: {hdr_value} is invalid {e}"#))
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<SessionAuthenticationMethod> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <SessionAuthenticationMethod as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(format!(r#"Unable to convert header value '{value}' into SessionAuthenticationMethod - {err}"#))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Unable to convert header: {hdr_value:?} to string: {e}"#))
        }
    }
}



/// A device (address and user agent) that used the session.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct SessionDevice {
    #[serde(rename = "id")]
    pub id: uuid::Uuid,

    #[serde(rename = "ip_address")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub ip_address: Option<String>,

    #[serde(rename = "location")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub location: Option<String>,

    #[serde(rename = "user_agent")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub user_agent: Option<String>,

}



impl SessionDevice {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(id: uuid::Uuid, ) -> SessionDevice {
        SessionDevice {
 id,
 ip_address: None,
 location: None,
 user_agent: None,
        }
    }
}

/// Converts the SessionDevice value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for SessionDevice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping id in query parameter serialization


            self.ip_address.as_ref().map(|ip_address| {
                [
                    "ip_address".to_string(),
                    ip_address.to_string(),
                ].join(",")
            }),


            self.location.as_ref().map(|location| {
                [
                    "location".to_string(),
                    location.to_string(),
                ].join(",")
            }),


            self.user_agent.as_ref().map(|user_agent| {
                [
                    "user_agent".to_string(),
                    user_agent.to_string(),
                ].join(",")
            }),

        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a SessionDevice value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for SessionDevice {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<uuid::Uuid>,
            pub ip_address: Vec<String>,
            pub location: Vec<String>,
            pub user_agent: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing SessionDevice".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(<uuid::Uuid as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "ip_address" => intermediate_rep.ip_address.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "location" => intermediate_rep.location.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "user_agent" => intermediate_rep.user_agent.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing SessionDevice".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(SessionDevice {
            id: intermediate_rep.id.into_iter().next().ok_or_else(|| "id missing in SessionDevice".to_string())?,
            ip_address: intermediate_rep.ip_address.into_iter().next(),
            location: intermediate_rep.location.into_iter().next(),
            user_agent: intermediate_rep.user_agent.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<SessionDevice> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<SessionDevice>> for HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<SessionDevice>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Invalid header value for SessionDevice - value: {hdr_value} is invalid {e}"#))
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<SessionDevice> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <SessionDevice as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(format!(r#"Unable to convert header value '{value}' into SessionDevice - {err}"#))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Unable to convert header: {hdr_value:?} to string: {e}"#))
        }
    }
}



/// The answer to a successful login. `session_token` is only present for native (API) flows.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct SuccessfulNativeLogin {
    #[serde(rename = "continue_with")]
          #[validate(nested)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub continue_with: Option<Vec<models::ContinueWith>>,

    #[serde(rename = "session")]
          #[validate(nested)]
    pub session: models::Session,

    #[serde(rename = "session_token")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub session_token: Option<String>,

}



impl SuccessfulNativeLogin {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(session: models::Session, ) -> SuccessfulNativeLogin {
        SuccessfulNativeLogin {
 continue_with: None,
 session,
 session_token: None,
        }
    }
}

/// Converts the SuccessfulNativeLogin value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for SuccessfulNativeLogin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping continue_with in query parameter serialization

            // Skipping session in query parameter serialization


            self.session_token.as_ref().map(|session_token| {
                [
                    "session_token".to_string(),
                    session_token.to_string(),
                ].join(",")
            }),

        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a SuccessfulNativeLogin value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for SuccessfulNativeLogin {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub continue_with: Vec<Vec<models::ContinueWith>>,
            pub session: Vec<models::Session>,
            pub session_token: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing SuccessfulNativeLogin".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "continue_with" => return std::result::Result::Err("Parsing a container in this style is not supported in SuccessfulNativeLogin".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "session" => intermediate_rep.session.push(<models::Session as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "session_token" => intermediate_rep.session_token.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing SuccessfulNativeLogin".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(SuccessfulNativeLogin {
            continue_with: intermediate_rep.continue_with.into_iter().next(),
            session: intermediate_rep.session.into_iter().next().ok_or_else(|| "session missing in SuccessfulNativeLogin".to_string())?,
            session_token: intermediate_rep.session_token.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<SuccessfulNativeLogin> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<SuccessfulNativeLogin>> for HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<SuccessfulNativeLogin>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Invalid header value for SuccessfulNativeLogin - value: {hdr_value} is invalid {e}"#))
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<SuccessfulNativeLogin> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <SuccessfulNativeLogin as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(format!(r#"Unable to convert header value '{value}' into SuccessfulNativeLogin - {err}"#))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Unable to convert header: {hdr_value:?} to string: {e}"#))
        }
    }
}



/// The form of a flow, rendered from its nodes; `messages` is left out when empty.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct UiContainer {
    #[serde(rename = "action")]
          #[validate(custom(function = "check_xss_string"))]
    pub action: String,

    /// A list of messages.
    #[serde(rename = "messages")]
          #[validate(nested)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub messages: Option<Vec<models::UiText>>,

    #[serde(rename = "method")]
          #[validate(custom(function = "check_xss_string"))]
    pub method: String,

    /// The elements of a form, in display order.
    #[serde(rename = "nodes")]
          #[validate(nested)]
    pub nodes: Vec<models::UiNode>,

}



impl UiContainer {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(action: String, method: String, nodes: Vec<models::UiNode>, ) -> UiContainer {
        UiContainer {
 action,
 messages: None,
 method,
 nodes,
        }
    }
}

/// Converts the UiContainer value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for UiContainer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![

            Some("action".to_string()),
            Some(self.action.to_string()),

            // Skipping messages in query parameter serialization


            Some("method".to_string()),
            Some(self.method.to_string()),

            // Skipping nodes in query parameter serialization

        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a UiContainer value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for UiContainer {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub action: Vec<String>,
            pub messages: Vec<Vec<models::UiText>>,
            pub method: Vec<String>,
            pub nodes: Vec<Vec<models::UiNode>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing UiContainer".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "action" => intermediate_rep.action.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "messages" => return std::result::Result::Err("Parsing a container in this style is not supported in UiContainer".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "method" => intermediate_rep.method.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "nodes" => return std::result::Result::Err("Parsing a container in this style is not supported in UiContainer".to_string()),
                    _ => return std::result::Result::Err("Unexpected key while parsing UiContainer".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(UiContainer {
            action: intermediate_rep.action.into_iter().next().ok_or_else(|| "action missing in UiContainer".to_string())?,
            messages: intermediate_rep.messages.into_iter().next(),
            method: intermediate_rep.method.into_iter().next().ok_or_else(|| "method missing in UiContainer".to_string())?,
            nodes: intermediate_rep.nodes.into_iter().next().ok_or_else(|| "nodes missing in UiContainer".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<UiContainer> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<UiContainer>> for HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<UiContainer>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Invalid header value for UiContainer - value: {hdr_value} is invalid {e}"#))
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<UiContainer> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <UiContainer as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(format!(r#"Unable to convert header value '{value}' into UiContainer - {err}"#))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Unable to convert header: {hdr_value:?} to string: {e}"#))
        }
    }
}



/// One element of a form, such as an input field, with its own messages and label.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct UiNode {
    #[serde(rename = "attributes")]
          #[validate(nested)]
    pub attributes: models::UiNodeAttributes,

    /// Note: inline enums are not fully supported by openapi-generator
    #[serde(rename = "group")]
          #[validate(custom(function = "check_xss_string"))]
    pub group: String,

    /// A list of messages.
    #[serde(rename = "messages")]
          #[validate(nested)]
    pub messages: Vec<models::UiText>,

    #[serde(rename = "meta")]
          #[validate(nested)]
    pub meta: models::UiNodeMeta,

    /// Note: inline enums are not fully supported by openapi-generator
    #[serde(rename = "type")]
          #[validate(custom(function = "check_xss_string"))]
    pub r_type: String,

}



impl UiNode {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(attributes: models::UiNodeAttributes, group: String, messages: Vec<models::UiText>, meta: models::UiNodeMeta, r_type: String, ) -> UiNode {
        UiNode {
 attributes,
 group,
 messages,
 meta,
 r_type,
        }
    }
}

/// Converts the UiNode value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for UiNode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping attributes in query parameter serialization


            Some("group".to_string()),
            Some(self.group.to_string()),

            // Skipping messages in query parameter serialization

            // Skipping meta in query parameter serialization


            Some("type".to_string()),
            Some(self.r_type.to_string()),

        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a UiNode value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for UiNode {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub attributes: Vec<models::UiNodeAttributes>,
            pub group: Vec<String>,
            pub messages: Vec<Vec<models::UiText>>,
            pub meta: Vec<models::UiNodeMeta>,
            pub r_type: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing UiNode".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "attributes" => intermediate_rep.attributes.push(<models::UiNodeAttributes as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "group" => intermediate_rep.group.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "messages" => return std::result::Result::Err("Parsing a container in this style is not supported in UiNode".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "meta" => intermediate_rep.meta.push(<models::UiNodeMeta as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "type" => intermediate_rep.r_type.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing UiNode".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(UiNode {
            attributes: intermediate_rep.attributes.into_iter().next().ok_or_else(|| "attributes missing in UiNode".to_string())?,
            group: intermediate_rep.group.into_iter().next().ok_or_else(|| "group missing in UiNode".to_string())?,
            messages: intermediate_rep.messages.into_iter().next().ok_or_else(|| "messages missing in UiNode".to_string())?,
            meta: intermediate_rep.meta.into_iter().next().ok_or_else(|| "meta missing in UiNode".to_string())?,
            r_type: intermediate_rep.r_type.into_iter().next().ok_or_else(|| "type missing in UiNode".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<UiNode> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<UiNode>> for HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<UiNode>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Invalid header value for UiNode - value: {hdr_value} is invalid {e}"#))
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<UiNode> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <UiNode as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(format!(r#"Unable to convert header value '{value}' into UiNode - {err}"#))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Unable to convert header: {hdr_value:?} to string: {e}"#))
        }
    }
}



/// The attributes of an `a` node.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct UiNodeAnchorAttributes {
    #[serde(rename = "href")]
          #[validate(custom(function = "check_xss_string"))]
    pub href: String,

    #[serde(rename = "id")]
          #[validate(custom(function = "check_xss_string"))]
    pub id: String,

    /// Note: inline enums are not fully supported by openapi-generator
    #[serde(rename = "node_type")]
          #[validate(custom(function = "check_xss_string"))]
    pub node_type: String,

    #[serde(rename = "title")]
          #[validate(nested)]
    pub title: models::UiText,

}



impl UiNodeAnchorAttributes {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(href: String, id: String, node_type: String, title: models::UiText, ) -> UiNodeAnchorAttributes {
        UiNodeAnchorAttributes {
 href,
 id,
 node_type,
 title,
        }
    }
}

/// Converts the UiNodeAnchorAttributes value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for UiNodeAnchorAttributes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![

            Some("href".to_string()),
            Some(self.href.to_string()),


            Some("id".to_string()),
            Some(self.id.to_string()),


            Some("node_type".to_string()),
            Some(self.node_type.to_string()),

            // Skipping title in query parameter serialization

        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a UiNodeAnchorAttributes value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for UiNodeAnchorAttributes {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub href: Vec<String>,
            pub id: Vec<String>,
            pub node_type: Vec<String>,
            pub title: Vec<models::UiText>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing UiNodeAnchorAttributes".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "href" => intermediate_rep.href.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "node_type" => intermediate_rep.node_type.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "title" => intermediate_rep.title.push(<models::UiText as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing UiNodeAnchorAttributes".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(UiNodeAnchorAttributes {
            href: intermediate_rep.href.into_iter().next().ok_or_else(|| "href missing in UiNodeAnchorAttributes".to_string())?,
            id: intermediate_rep.id.into_iter().next().ok_or_else(|| "id missing in UiNodeAnchorAttributes".to_string())?,
            node_type: intermediate_rep.node_type.into_iter().next().ok_or_else(|| "node_type missing in UiNodeAnchorAttributes".to_string())?,
            title: intermediate_rep.title.into_iter().next().ok_or_else(|| "title missing in UiNodeAnchorAttributes".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<UiNodeAnchorAttributes> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<UiNodeAnchorAttributes>> for HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<UiNodeAnchorAttributes>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Invalid header value for UiNodeAnchorAttributes - value: {hdr_value} is invalid {e}"#))
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<UiNodeAnchorAttributes> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <UiNodeAnchorAttributes as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(format!(r#"Unable to convert header value '{value}' into UiNodeAnchorAttributes - {err}"#))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Unable to convert header: {hdr_value:?} to string: {e}"#))
        }
    }
}



/// The HTML-like attributes of a node, told apart by `node_type`.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[serde(tag = "node_type")]
#[allow(non_camel_case_types, clippy::large_enum_variant)]
pub enum UiNodeAttributes {
    #[serde(alias = "input")]
    UiNodeInputAttributes(models::UiNodeInputAttributes),
    #[serde(alias = "text")]
    UiNodeTextAttributes(models::UiNodeTextAttributes),
    #[serde(alias = "img")]
    UiNodeImageAttributes(models::UiNodeImageAttributes),
    #[serde(alias = "a")]
    UiNodeAnchorAttributes(models::UiNodeAnchorAttributes),
    #[serde(alias = "script")]
    UiNodeScriptAttributes(models::UiNodeScriptAttributes),
    #[serde(alias = "div")]
    UiNodeDivisionAttributes(models::UiNodeDivisionAttributes),
}

impl validator::Validate for UiNodeAttributes
{
    fn validate(&self) -> std::result::Result<(), validator::ValidationErrors> {
        match self {
            Self::UiNodeInputAttributes(v) => v.validate(),
            Self::UiNodeTextAttributes(v) => v.validate(),
            Self::UiNodeImageAttributes(v) => v.validate(),
            Self::UiNodeAnchorAttributes(v) => v.validate(),
            Self::UiNodeScriptAttributes(v) => v.validate(),
            Self::UiNodeDivisionAttributes(v) => v.validate(),
        }
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a UiNodeAttributes value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for UiNodeAttributes {
    type Err = serde_json::Error;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        serde_json::from_str(s)
    }
}

impl serde::Serialize for UiNodeAttributes {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
        where S: serde::Serializer {
            match self {
                Self::UiNodeInputAttributes(x) => x.serialize(serializer),
                Self::UiNodeTextAttributes(x) => x.serialize(serializer),
                Self::UiNodeImageAttributes(x) => x.serialize(serializer),
                Self::UiNodeAnchorAttributes(x) => x.serialize(serializer),
                Self::UiNodeScriptAttributes(x) => x.serialize(serializer),
                Self::UiNodeDivisionAttributes(x) => x.serialize(serializer),
            }
    }
}

impl From<models::UiNodeInputAttributes> for UiNodeAttributes {
    fn from(value: models::UiNodeInputAttributes) -> Self {
        Self::UiNodeInputAttributes(value)
    }
}
impl From<models::UiNodeTextAttributes> for UiNodeAttributes {
    fn from(value: models::UiNodeTextAttributes) -> Self {
        Self::UiNodeTextAttributes(value)
    }
}
impl From<models::UiNodeImageAttributes> for UiNodeAttributes {
    fn from(value: models::UiNodeImageAttributes) -> Self {
        Self::UiNodeImageAttributes(value)
    }
}
impl From<models::UiNodeAnchorAttributes> for UiNodeAttributes {
    fn from(value: models::UiNodeAnchorAttributes) -> Self {
        Self::UiNodeAnchorAttributes(value)
    }
}
impl From<models::UiNodeScriptAttributes> for UiNodeAttributes {
    fn from(value: models::UiNodeScriptAttributes) -> Self {
        Self::UiNodeScriptAttributes(value)
    }
}
impl From<models::UiNodeDivisionAttributes> for UiNodeAttributes {
    fn from(value: models::UiNodeDivisionAttributes) -> Self {
        Self::UiNodeDivisionAttributes(value)
    }
}





/// The attributes of a `div` node.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct UiNodeDivisionAttributes {
    #[serde(rename = "class")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub class: Option<String>,

    #[serde(rename = "data")]
          #[validate(custom(function = "check_xss_map_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub data: Option<std::collections::HashMap<String, String>>,

    #[serde(rename = "id")]
          #[validate(custom(function = "check_xss_string"))]
    pub id: String,

    /// Note: inline enums are not fully supported by openapi-generator
    #[serde(rename = "node_type")]
          #[validate(custom(function = "check_xss_string"))]
    pub node_type: String,

}



impl UiNodeDivisionAttributes {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(id: String, node_type: String, ) -> UiNodeDivisionAttributes {
        UiNodeDivisionAttributes {
 class: None,
 data: None,
 id,
 node_type,
        }
    }
}

/// Converts the UiNodeDivisionAttributes value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for UiNodeDivisionAttributes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![

            self.class.as_ref().map(|class| {
                [
                    "class".to_string(),
                    class.to_string(),
                ].join(",")
            }),

            // Skipping data in query parameter serialization


            Some("id".to_string()),
            Some(self.id.to_string()),


            Some("node_type".to_string()),
            Some(self.node_type.to_string()),

        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a UiNodeDivisionAttributes value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for UiNodeDivisionAttributes {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub class: Vec<String>,
            pub data: Vec<std::collections::HashMap<String, String>>,
            pub id: Vec<String>,
            pub node_type: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing UiNodeDivisionAttributes".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "class" => intermediate_rep.class.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "data" => return std::result::Result::Err("Parsing a container in this style is not supported in UiNodeDivisionAttributes".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "node_type" => intermediate_rep.node_type.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing UiNodeDivisionAttributes".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(UiNodeDivisionAttributes {
            class: intermediate_rep.class.into_iter().next(),
            data: intermediate_rep.data.into_iter().next(),
            id: intermediate_rep.id.into_iter().next().ok_or_else(|| "id missing in UiNodeDivisionAttributes".to_string())?,
            node_type: intermediate_rep.node_type.into_iter().next().ok_or_else(|| "node_type missing in UiNodeDivisionAttributes".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<UiNodeDivisionAttributes> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<UiNodeDivisionAttributes>> for HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<UiNodeDivisionAttributes>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Invalid header value for UiNodeDivisionAttributes - value: {hdr_value} is invalid {e}"#))
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<UiNodeDivisionAttributes> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <UiNodeDivisionAttributes as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(format!(r#"Unable to convert header value '{value}' into UiNodeDivisionAttributes - {err}"#))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Unable to convert header: {hdr_value:?} to string: {e}"#))
        }
    }
}



/// The attributes of an `img` node.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct UiNodeImageAttributes {
    #[serde(rename = "height")]
    pub height: i64,

    #[serde(rename = "id")]
          #[validate(custom(function = "check_xss_string"))]
    pub id: String,

    /// Note: inline enums are not fully supported by openapi-generator
    #[serde(rename = "node_type")]
          #[validate(custom(function = "check_xss_string"))]
    pub node_type: String,

    #[serde(rename = "src")]
          #[validate(custom(function = "check_xss_string"))]
    pub src: String,

    #[serde(rename = "width")]
    pub width: i64,

}



impl UiNodeImageAttributes {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(height: i64, id: String, node_type: String, src: String, width: i64, ) -> UiNodeImageAttributes {
        UiNodeImageAttributes {
 height,
 id,
 node_type,
 src,
 width,
        }
    }
}

/// Converts the UiNodeImageAttributes value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for UiNodeImageAttributes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![

            Some("height".to_string()),
            Some(self.height.to_string()),


            Some("id".to_string()),
            Some(self.id.to_string()),


            Some("node_type".to_string()),
            Some(self.node_type.to_string()),


            Some("src".to_string()),
            Some(self.src.to_string()),


            Some("width".to_string()),
            Some(self.width.to_string()),

        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a UiNodeImageAttributes value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for UiNodeImageAttributes {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub height: Vec<i64>,
            pub id: Vec<String>,
            pub node_type: Vec<String>,
            pub src: Vec<String>,
            pub width: Vec<i64>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing UiNodeImageAttributes".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "height" => intermediate_rep.height.push(<i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "node_type" => intermediate_rep.node_type.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "src" => intermediate_rep.src.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "width" => intermediate_rep.width.push(<i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing UiNodeImageAttributes".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(UiNodeImageAttributes {
            height: intermediate_rep.height.into_iter().next().ok_or_else(|| "height missing in UiNodeImageAttributes".to_string())?,
            id: intermediate_rep.id.into_iter().next().ok_or_else(|| "id missing in UiNodeImageAttributes".to_string())?,
            node_type: intermediate_rep.node_type.into_iter().next().ok_or_else(|| "node_type missing in UiNodeImageAttributes".to_string())?,
            src: intermediate_rep.src.into_iter().next().ok_or_else(|| "src missing in UiNodeImageAttributes".to_string())?,
            width: intermediate_rep.width.into_iter().next().ok_or_else(|| "width missing in UiNodeImageAttributes".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<UiNodeImageAttributes> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<UiNodeImageAttributes>> for HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<UiNodeImageAttributes>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Invalid header value for UiNodeImageAttributes - value: {hdr_value} is invalid {e}"#))
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<UiNodeImageAttributes> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <UiNodeImageAttributes as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(format!(r#"Unable to convert header value '{value}' into UiNodeImageAttributes - {err}"#))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Unable to convert header: {hdr_value:?} to string: {e}"#))
        }
    }
}



/// The attributes of an `input` node.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct UiNodeInputAttributes {
    /// Note: inline enums are not fully supported by openapi-generator
    #[serde(rename = "autocomplete")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub autocomplete: Option<String>,

    #[serde(rename = "disabled")]
    pub disabled: bool,

    #[serde(rename = "label")]
          #[validate(nested)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub label: Option<models::UiText>,

    #[serde(rename = "maxlength")]
    #[serde(skip_serializing_if="Option::is_none")]
    pub maxlength: Option<i64>,

    #[serde(rename = "name")]
          #[validate(custom(function = "check_xss_string"))]
    pub name: String,

    /// Note: inline enums are not fully supported by openapi-generator
    #[serde(rename = "node_type")]
          #[validate(custom(function = "check_xss_string"))]
    pub node_type: String,

    #[serde(rename = "onclick")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub onclick: Option<String>,

    /// Note: inline enums are not fully supported by openapi-generator
    #[serde(rename = "onclickTrigger")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub onclick_trigger: Option<String>,

    #[serde(rename = "onload")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub onload: Option<String>,

    /// Note: inline enums are not fully supported by openapi-generator
    #[serde(rename = "onloadTrigger")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub onload_trigger: Option<String>,

    #[serde(rename = "options")]
          #[validate(nested)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub options: Option<Vec<models::UiNodeInputAttributesOption>>,

    #[serde(rename = "pattern")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub pattern: Option<String>,

    #[serde(rename = "required")]
    #[serde(skip_serializing_if="Option::is_none")]
    pub required: Option<bool>,

    /// Note: inline enums are not fully supported by openapi-generator
    #[serde(rename = "type")]
          #[validate(custom(function = "check_xss_string"))]
    pub r_type: String,

    #[serde(rename = "value")]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if="Option::is_none")]
    pub value: Option<Nullable<crate::types::Object>>,

}



impl UiNodeInputAttributes {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(disabled: bool, name: String, node_type: String, r_type: String, ) -> UiNodeInputAttributes {
        UiNodeInputAttributes {
 autocomplete: None,
 disabled,
 label: None,
 maxlength: None,
 name,
 node_type,
 onclick: None,
 onclick_trigger: None,
 onload: None,
 onload_trigger: None,
 options: None,
 pattern: None,
 required: None,
 r_type,
 value: None,
        }
    }
}

/// Converts the UiNodeInputAttributes value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for UiNodeInputAttributes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![

            self.autocomplete.as_ref().map(|autocomplete| {
                [
                    "autocomplete".to_string(),
                    autocomplete.to_string(),
                ].join(",")
            }),


            Some("disabled".to_string()),
            Some(self.disabled.to_string()),

            // Skipping label in query parameter serialization


            self.maxlength.as_ref().map(|maxlength| {
                [
                    "maxlength".to_string(),
                    maxlength.to_string(),
                ].join(",")
            }),


            Some("name".to_string()),
            Some(self.name.to_string()),


            Some("node_type".to_string()),
            Some(self.node_type.to_string()),


            self.onclick.as_ref().map(|onclick| {
                [
                    "onclick".to_string(),
                    onclick.to_string(),
                ].join(",")
            }),


            self.onclick_trigger.as_ref().map(|onclick_trigger| {
                [
                    "onclickTrigger".to_string(),
                    onclick_trigger.to_string(),
                ].join(",")
            }),


            self.onload.as_ref().map(|onload| {
                [
                    "onload".to_string(),
                    onload.to_string(),
                ].join(",")
            }),


            self.onload_trigger.as_ref().map(|onload_trigger| {
                [
                    "onloadTrigger".to_string(),
                    onload_trigger.to_string(),
                ].join(",")
            }),

            // Skipping options in query parameter serialization


            self.pattern.as_ref().map(|pattern| {
                [
                    "pattern".to_string(),
                    pattern.to_string(),
                ].join(",")
            }),


            self.required.as_ref().map(|required| {
                [
                    "required".to_string(),
                    required.to_string(),
                ].join(",")
            }),


            Some("type".to_string()),
            Some(self.r_type.to_string()),

            // Skipping value in query parameter serialization

        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a UiNodeInputAttributes value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for UiNodeInputAttributes {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub autocomplete: Vec<String>,
            pub disabled: Vec<bool>,
            pub label: Vec<models::UiText>,
            pub maxlength: Vec<i64>,
            pub name: Vec<String>,
            pub node_type: Vec<String>,
            pub onclick: Vec<String>,
            pub onclick_trigger: Vec<String>,
            pub onload: Vec<String>,
            pub onload_trigger: Vec<String>,
            pub options: Vec<Vec<models::UiNodeInputAttributesOption>>,
            pub pattern: Vec<String>,
            pub required: Vec<bool>,
            pub r_type: Vec<String>,
            pub value: Vec<crate::types::Object>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing UiNodeInputAttributes".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "autocomplete" => intermediate_rep.autocomplete.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "disabled" => intermediate_rep.disabled.push(<bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "label" => intermediate_rep.label.push(<models::UiText as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "maxlength" => intermediate_rep.maxlength.push(<i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "name" => intermediate_rep.name.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "node_type" => intermediate_rep.node_type.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "onclick" => intermediate_rep.onclick.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "onclickTrigger" => intermediate_rep.onclick_trigger.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "onload" => intermediate_rep.onload.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "onloadTrigger" => intermediate_rep.onload_trigger.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "options" => return std::result::Result::Err("Parsing a container in this style is not supported in UiNodeInputAttributes".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "pattern" => intermediate_rep.pattern.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "required" => intermediate_rep.required.push(<bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "type" => intermediate_rep.r_type.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "value" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in UiNodeInputAttributes".to_string()),
                    _ => return std::result::Result::Err("Unexpected key while parsing UiNodeInputAttributes".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(UiNodeInputAttributes {
            autocomplete: intermediate_rep.autocomplete.into_iter().next(),
            disabled: intermediate_rep.disabled.into_iter().next().ok_or_else(|| "disabled missing in UiNodeInputAttributes".to_string())?,
            label: intermediate_rep.label.into_iter().next(),
            maxlength: intermediate_rep.maxlength.into_iter().next(),
            name: intermediate_rep.name.into_iter().next().ok_or_else(|| "name missing in UiNodeInputAttributes".to_string())?,
            node_type: intermediate_rep.node_type.into_iter().next().ok_or_else(|| "node_type missing in UiNodeInputAttributes".to_string())?,
            onclick: intermediate_rep.onclick.into_iter().next(),
            onclick_trigger: intermediate_rep.onclick_trigger.into_iter().next(),
            onload: intermediate_rep.onload.into_iter().next(),
            onload_trigger: intermediate_rep.onload_trigger.into_iter().next(),
            options: intermediate_rep.options.into_iter().next(),
            pattern: intermediate_rep.pattern.into_iter().next(),
            required: intermediate_rep.required.into_iter().next(),
            r_type: intermediate_rep.r_type.into_iter().next().ok_or_else(|| "type missing in UiNodeInputAttributes".to_string())?,
            value: std::result::Result::Err("Nullable types not supported in UiNodeInputAttributes".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<UiNodeInputAttributes> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<UiNodeInputAttributes>> for HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<UiNodeInputAttributes>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Invalid header value for UiNodeInputAttributes - value: {hdr_value} is invalid {e}"#))
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<UiNodeInputAttributes> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <UiNodeInputAttributes as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(format!(r#"Unable to convert header value '{value}' into UiNodeInputAttributes - {err}"#))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Unable to convert header: {hdr_value:?} to string: {e}"#))
        }
    }
}



#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct UiNodeInputAttributesOption {
    #[serde(rename = "value")]
    pub value: crate::types::Object,

}



impl UiNodeInputAttributesOption {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(value: crate::types::Object, ) -> UiNodeInputAttributesOption {
        UiNodeInputAttributesOption {
 value,
        }
    }
}

/// Converts the UiNodeInputAttributesOption value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for UiNodeInputAttributesOption {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping value in query parameter serialization

        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a UiNodeInputAttributesOption value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for UiNodeInputAttributesOption {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub value: Vec<crate::types::Object>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing UiNodeInputAttributesOption".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "value" => intermediate_rep.value.push(<crate::types::Object as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing UiNodeInputAttributesOption".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(UiNodeInputAttributesOption {
            value: intermediate_rep.value.into_iter().next().ok_or_else(|| "value missing in UiNodeInputAttributesOption".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<UiNodeInputAttributesOption> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<UiNodeInputAttributesOption>> for HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<UiNodeInputAttributesOption>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Invalid header value for UiNodeInputAttributesOption - value: {hdr_value} is invalid {e}"#))
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<UiNodeInputAttributesOption> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <UiNodeInputAttributesOption as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(format!(r#"Unable to convert header value '{value}' into UiNodeInputAttributesOption - {err}"#))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Unable to convert header: {hdr_value:?} to string: {e}"#))
        }
    }
}



/// Extra information about a node, such as its label.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct UiNodeMeta {
    #[serde(rename = "label")]
          #[validate(nested)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub label: Option<models::UiText>,

}



impl UiNodeMeta {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> UiNodeMeta {
        UiNodeMeta {
 label: None,
        }
    }
}

/// Converts the UiNodeMeta value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for UiNodeMeta {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping label in query parameter serialization

        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a UiNodeMeta value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for UiNodeMeta {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub label: Vec<models::UiText>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing UiNodeMeta".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "label" => intermediate_rep.label.push(<models::UiText as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing UiNodeMeta".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(UiNodeMeta {
            label: intermediate_rep.label.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<UiNodeMeta> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<UiNodeMeta>> for HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<UiNodeMeta>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Invalid header value for UiNodeMeta - value: {hdr_value} is invalid {e}"#))
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<UiNodeMeta> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <UiNodeMeta as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(format!(r#"Unable to convert header value '{value}' into UiNodeMeta - {err}"#))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Unable to convert header: {hdr_value:?} to string: {e}"#))
        }
    }
}



/// The attributes of a `script` node.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct UiNodeScriptAttributes {
    #[serde(rename = "async")]
    pub r_async: bool,

    #[serde(rename = "crossorigin")]
          #[validate(custom(function = "check_xss_string"))]
    pub crossorigin: String,

    #[serde(rename = "id")]
          #[validate(custom(function = "check_xss_string"))]
    pub id: String,

    #[serde(rename = "integrity")]
          #[validate(custom(function = "check_xss_string"))]
    pub integrity: String,

    /// Note: inline enums are not fully supported by openapi-generator
    #[serde(rename = "node_type")]
          #[validate(custom(function = "check_xss_string"))]
    pub node_type: String,

    #[serde(rename = "nonce")]
          #[validate(custom(function = "check_xss_string"))]
    pub nonce: String,

    #[serde(rename = "referrerpolicy")]
          #[validate(custom(function = "check_xss_string"))]
    pub referrerpolicy: String,

    #[serde(rename = "src")]
          #[validate(custom(function = "check_xss_string"))]
    pub src: String,

    #[serde(rename = "type")]
          #[validate(custom(function = "check_xss_string"))]
    pub r_type: String,

}



impl UiNodeScriptAttributes {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(r_async: bool, crossorigin: String, id: String, integrity: String, node_type: String, nonce: String, referrerpolicy: String, src: String, r_type: String, ) -> UiNodeScriptAttributes {
        UiNodeScriptAttributes {
 r_async,
 crossorigin,
 id,
 integrity,
 node_type,
 nonce,
 referrerpolicy,
 src,
 r_type,
        }
    }
}

/// Converts the UiNodeScriptAttributes value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for UiNodeScriptAttributes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![

            Some("async".to_string()),
            Some(self.r_async.to_string()),


            Some("crossorigin".to_string()),
            Some(self.crossorigin.to_string()),


            Some("id".to_string()),
            Some(self.id.to_string()),


            Some("integrity".to_string()),
            Some(self.integrity.to_string()),


            Some("node_type".to_string()),
            Some(self.node_type.to_string()),


            Some("nonce".to_string()),
            Some(self.nonce.to_string()),


            Some("referrerpolicy".to_string()),
            Some(self.referrerpolicy.to_string()),


            Some("src".to_string()),
            Some(self.src.to_string()),


            Some("type".to_string()),
            Some(self.r_type.to_string()),

        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a UiNodeScriptAttributes value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for UiNodeScriptAttributes {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub r_async: Vec<bool>,
            pub crossorigin: Vec<String>,
            pub id: Vec<String>,
            pub integrity: Vec<String>,
            pub node_type: Vec<String>,
            pub nonce: Vec<String>,
            pub referrerpolicy: Vec<String>,
            pub src: Vec<String>,
            pub r_type: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing UiNodeScriptAttributes".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "async" => intermediate_rep.r_async.push(<bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "crossorigin" => intermediate_rep.crossorigin.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "integrity" => intermediate_rep.integrity.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "node_type" => intermediate_rep.node_type.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "nonce" => intermediate_rep.nonce.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "referrerpolicy" => intermediate_rep.referrerpolicy.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "src" => intermediate_rep.src.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "type" => intermediate_rep.r_type.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing UiNodeScriptAttributes".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(UiNodeScriptAttributes {
            r_async: intermediate_rep.r_async.into_iter().next().ok_or_else(|| "async missing in UiNodeScriptAttributes".to_string())?,
            crossorigin: intermediate_rep.crossorigin.into_iter().next().ok_or_else(|| "crossorigin missing in UiNodeScriptAttributes".to_string())?,
            id: intermediate_rep.id.into_iter().next().ok_or_else(|| "id missing in UiNodeScriptAttributes".to_string())?,
            integrity: intermediate_rep.integrity.into_iter().next().ok_or_else(|| "integrity missing in UiNodeScriptAttributes".to_string())?,
            node_type: intermediate_rep.node_type.into_iter().next().ok_or_else(|| "node_type missing in UiNodeScriptAttributes".to_string())?,
            nonce: intermediate_rep.nonce.into_iter().next().ok_or_else(|| "nonce missing in UiNodeScriptAttributes".to_string())?,
            referrerpolicy: intermediate_rep.referrerpolicy.into_iter().next().ok_or_else(|| "referrerpolicy missing in UiNodeScriptAttributes".to_string())?,
            src: intermediate_rep.src.into_iter().next().ok_or_else(|| "src missing in UiNodeScriptAttributes".to_string())?,
            r_type: intermediate_rep.r_type.into_iter().next().ok_or_else(|| "type missing in UiNodeScriptAttributes".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<UiNodeScriptAttributes> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<UiNodeScriptAttributes>> for HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<UiNodeScriptAttributes>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Invalid header value for UiNodeScriptAttributes - value: {hdr_value} is invalid {e}"#))
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<UiNodeScriptAttributes> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <UiNodeScriptAttributes as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(format!(r#"Unable to convert header value '{value}' into UiNodeScriptAttributes - {err}"#))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Unable to convert header: {hdr_value:?} to string: {e}"#))
        }
    }
}



/// The attributes of a `text` node.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct UiNodeTextAttributes {
    #[serde(rename = "id")]
          #[validate(custom(function = "check_xss_string"))]
    pub id: String,

    /// Note: inline enums are not fully supported by openapi-generator
    #[serde(rename = "node_type")]
          #[validate(custom(function = "check_xss_string"))]
    pub node_type: String,

    #[serde(rename = "text")]
          #[validate(nested)]
    pub text: models::UiText,

}



impl UiNodeTextAttributes {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(id: String, node_type: String, text: models::UiText, ) -> UiNodeTextAttributes {
        UiNodeTextAttributes {
 id,
 node_type,
 text,
        }
    }
}

/// Converts the UiNodeTextAttributes value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for UiNodeTextAttributes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![

            Some("id".to_string()),
            Some(self.id.to_string()),


            Some("node_type".to_string()),
            Some(self.node_type.to_string()),

            // Skipping text in query parameter serialization

        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a UiNodeTextAttributes value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for UiNodeTextAttributes {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<String>,
            pub node_type: Vec<String>,
            pub text: Vec<models::UiText>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing UiNodeTextAttributes".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "node_type" => intermediate_rep.node_type.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "text" => intermediate_rep.text.push(<models::UiText as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing UiNodeTextAttributes".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(UiNodeTextAttributes {
            id: intermediate_rep.id.into_iter().next().ok_or_else(|| "id missing in UiNodeTextAttributes".to_string())?,
            node_type: intermediate_rep.node_type.into_iter().next().ok_or_else(|| "node_type missing in UiNodeTextAttributes".to_string())?,
            text: intermediate_rep.text.into_iter().next().ok_or_else(|| "text missing in UiNodeTextAttributes".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<UiNodeTextAttributes> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<UiNodeTextAttributes>> for HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<UiNodeTextAttributes>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Invalid header value for UiNodeTextAttributes - value: {hdr_value} is invalid {e}"#))
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<UiNodeTextAttributes> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <UiNodeTextAttributes as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(format!(r#"Unable to convert header value '{value}' into UiNodeTextAttributes - {err}"#))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Unable to convert header: {hdr_value:?} to string: {e}"#))
        }
    }
}



/// A message for the user; `id` is stable and meant for translation, `text` is American English.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct UiText {
    #[serde(rename = "context")]
    #[serde(skip_serializing_if="Option::is_none")]
    pub context: Option<crate::types::Object>,

    #[serde(rename = "id")]
    pub id: i64,

    #[serde(rename = "text")]
          #[validate(custom(function = "check_xss_string"))]
    pub text: String,

    /// Note: inline enums are not fully supported by openapi-generator
    #[serde(rename = "type")]
          #[validate(custom(function = "check_xss_string"))]
    pub r_type: String,

}



impl UiText {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(id: i64, text: String, r_type: String, ) -> UiText {
        UiText {
 context: None,
 id,
 text,
 r_type,
        }
    }
}

/// Converts the UiText value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for UiText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping context in query parameter serialization


            Some("id".to_string()),
            Some(self.id.to_string()),


            Some("text".to_string()),
            Some(self.text.to_string()),


            Some("type".to_string()),
            Some(self.r_type.to_string()),

        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a UiText value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for UiText {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub context: Vec<crate::types::Object>,
            pub id: Vec<i64>,
            pub text: Vec<String>,
            pub r_type: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing UiText".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "context" => intermediate_rep.context.push(<crate::types::Object as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(<i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "text" => intermediate_rep.text.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "type" => intermediate_rep.r_type.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing UiText".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(UiText {
            context: intermediate_rep.context.into_iter().next(),
            id: intermediate_rep.id.into_iter().next().ok_or_else(|| "id missing in UiText".to_string())?,
            text: intermediate_rep.text.into_iter().next().ok_or_else(|| "text missing in UiText".to_string())?,
            r_type: intermediate_rep.r_type.into_iter().next().ok_or_else(|| "type missing in UiText".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<UiText> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<UiText>> for HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<UiText>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Invalid header value for UiText - value: {hdr_value} is invalid {e}"#))
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<UiText> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <UiText as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(format!(r#"Unable to convert header value '{value}' into UiText - {err}"#))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Unable to convert header: {hdr_value:?} to string: {e}"#))
        }
    }
}



#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(non_camel_case_types, clippy::large_enum_variant)]
pub enum UpdateLoginFlow400Response {
    LoginFlow(models::LoginFlow),
    ErrorGeneric(models::ErrorGeneric),
}

impl validator::Validate for UpdateLoginFlow400Response
{
    fn validate(&self) -> std::result::Result<(), validator::ValidationErrors> {
        match self {
            Self::LoginFlow(v) => v.validate(),
            Self::ErrorGeneric(v) => v.validate(),
        }
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a UpdateLoginFlow400Response value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for UpdateLoginFlow400Response {
    type Err = serde_json::Error;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        serde_json::from_str(s)
    }
}


impl From<models::LoginFlow> for UpdateLoginFlow400Response {
    fn from(value: models::LoginFlow) -> Self {
        Self::LoginFlow(value)
    }
}
impl From<models::ErrorGeneric> for UpdateLoginFlow400Response {
    fn from(value: models::ErrorGeneric) -> Self {
        Self::ErrorGeneric(value)
    }
}





/// A login submission, told apart by `method`. Only `password` is served.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[serde(tag = "method")]
#[allow(non_camel_case_types, clippy::large_enum_variant)]
pub enum UpdateLoginFlowBody {
    #[serde(alias = "password")]
    UpdateLoginFlowWithPasswordMethod(models::UpdateLoginFlowWithPasswordMethod),
    #[serde(alias = "oidc")]
    UpdateLoginFlowWithOidcMethod(models::UpdateLoginFlowWithOidcMethod),
    #[serde(alias = "saml")]
    UpdateLoginFlowWithSamlMethod(models::UpdateLoginFlowWithSamlMethod),
    #[serde(alias = "totp")]
    UpdateLoginFlowWithTotpMethod(models::UpdateLoginFlowWithTotpMethod),
    #[serde(alias = "webauthn")]
    UpdateLoginFlowWithWebAuthnMethod(models::UpdateLoginFlowWithWebAuthnMethod),
    #[serde(alias = "lookup_secret")]
    UpdateLoginFlowWithLookupSecretMethod(models::UpdateLoginFlowWithLookupSecretMethod),
    #[serde(alias = "code")]
    UpdateLoginFlowWithCodeMethod(models::UpdateLoginFlowWithCodeMethod),
    #[serde(alias = "passkey")]
    UpdateLoginFlowWithPasskeyMethod(models::UpdateLoginFlowWithPasskeyMethod),
    #[serde(alias = "identifier_first")]
    UpdateLoginFlowWithIdentifierFirstMethod(models::UpdateLoginFlowWithIdentifierFirstMethod),
}

impl validator::Validate for UpdateLoginFlowBody
{
    fn validate(&self) -> std::result::Result<(), validator::ValidationErrors> {
        match self {
            Self::UpdateLoginFlowWithPasswordMethod(v) => v.validate(),
            Self::UpdateLoginFlowWithOidcMethod(v) => v.validate(),
            Self::UpdateLoginFlowWithSamlMethod(v) => v.validate(),
            Self::UpdateLoginFlowWithTotpMethod(v) => v.validate(),
            Self::UpdateLoginFlowWithWebAuthnMethod(v) => v.validate(),
            Self::UpdateLoginFlowWithLookupSecretMethod(v) => v.validate(),
            Self::UpdateLoginFlowWithCodeMethod(v) => v.validate(),
            Self::UpdateLoginFlowWithPasskeyMethod(v) => v.validate(),
            Self::UpdateLoginFlowWithIdentifierFirstMethod(v) => v.validate(),
        }
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a UpdateLoginFlowBody value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for UpdateLoginFlowBody {
    type Err = serde_json::Error;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        serde_json::from_str(s)
    }
}

impl serde::Serialize for UpdateLoginFlowBody {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
        where S: serde::Serializer {
            match self {
                Self::UpdateLoginFlowWithPasswordMethod(x) => x.serialize(serializer),
                Self::UpdateLoginFlowWithOidcMethod(x) => x.serialize(serializer),
                Self::UpdateLoginFlowWithSamlMethod(x) => x.serialize(serializer),
                Self::UpdateLoginFlowWithTotpMethod(x) => x.serialize(serializer),
                Self::UpdateLoginFlowWithWebAuthnMethod(x) => x.serialize(serializer),
                Self::UpdateLoginFlowWithLookupSecretMethod(x) => x.serialize(serializer),
                Self::UpdateLoginFlowWithCodeMethod(x) => x.serialize(serializer),
                Self::UpdateLoginFlowWithPasskeyMethod(x) => x.serialize(serializer),
                Self::UpdateLoginFlowWithIdentifierFirstMethod(x) => x.serialize(serializer),
            }
    }
}

impl From<models::UpdateLoginFlowWithPasswordMethod> for UpdateLoginFlowBody {
    fn from(value: models::UpdateLoginFlowWithPasswordMethod) -> Self {
        Self::UpdateLoginFlowWithPasswordMethod(value)
    }
}
impl From<models::UpdateLoginFlowWithOidcMethod> for UpdateLoginFlowBody {
    fn from(value: models::UpdateLoginFlowWithOidcMethod) -> Self {
        Self::UpdateLoginFlowWithOidcMethod(value)
    }
}
impl From<models::UpdateLoginFlowWithSamlMethod> for UpdateLoginFlowBody {
    fn from(value: models::UpdateLoginFlowWithSamlMethod) -> Self {
        Self::UpdateLoginFlowWithSamlMethod(value)
    }
}
impl From<models::UpdateLoginFlowWithTotpMethod> for UpdateLoginFlowBody {
    fn from(value: models::UpdateLoginFlowWithTotpMethod) -> Self {
        Self::UpdateLoginFlowWithTotpMethod(value)
    }
}
impl From<models::UpdateLoginFlowWithWebAuthnMethod> for UpdateLoginFlowBody {
    fn from(value: models::UpdateLoginFlowWithWebAuthnMethod) -> Self {
        Self::UpdateLoginFlowWithWebAuthnMethod(value)
    }
}
impl From<models::UpdateLoginFlowWithLookupSecretMethod> for UpdateLoginFlowBody {
    fn from(value: models::UpdateLoginFlowWithLookupSecretMethod) -> Self {
        Self::UpdateLoginFlowWithLookupSecretMethod(value)
    }
}
impl From<models::UpdateLoginFlowWithCodeMethod> for UpdateLoginFlowBody {
    fn from(value: models::UpdateLoginFlowWithCodeMethod) -> Self {
        Self::UpdateLoginFlowWithCodeMethod(value)
    }
}
impl From<models::UpdateLoginFlowWithPasskeyMethod> for UpdateLoginFlowBody {
    fn from(value: models::UpdateLoginFlowWithPasskeyMethod) -> Self {
        Self::UpdateLoginFlowWithPasskeyMethod(value)
    }
}
impl From<models::UpdateLoginFlowWithIdentifierFirstMethod> for UpdateLoginFlowBody {
    fn from(value: models::UpdateLoginFlowWithIdentifierFirstMethod) -> Self {
        Self::UpdateLoginFlowWithIdentifierFirstMethod(value)
    }
}





#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct UpdateLoginFlowWithCodeMethod {
    #[serde(rename = "address")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub address: Option<String>,

    #[serde(rename = "code")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub code: Option<String>,

    #[serde(rename = "csrf_token")]
          #[validate(custom(function = "check_xss_string"))]
    pub csrf_token: String,

    #[serde(rename = "identifier")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub identifier: Option<String>,

    #[serde(rename = "method")]
          #[validate(custom(function = "check_xss_string"))]
    pub method: String,

    #[serde(rename = "resend")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub resend: Option<String>,

    #[serde(rename = "transient_payload")]
    #[serde(skip_serializing_if="Option::is_none")]
    pub transient_payload: Option<crate::types::Object>,

}



impl UpdateLoginFlowWithCodeMethod {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(csrf_token: String, method: String, ) -> UpdateLoginFlowWithCodeMethod {
        UpdateLoginFlowWithCodeMethod {
 address: None,
 code: None,
 csrf_token,
 identifier: None,
 method,
 resend: None,
 transient_payload: None,
        }
    }
}

/// Converts the UpdateLoginFlowWithCodeMethod value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for UpdateLoginFlowWithCodeMethod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![

            self.address.as_ref().map(|address| {
                [
                    "address".to_string(),
                    address.to_string(),
                ].join(",")
            }),


            self.code.as_ref().map(|code| {
                [
                    "code".to_string(),
                    code.to_string(),
                ].join(",")
            }),


            Some("csrf_token".to_string()),
            Some(self.csrf_token.to_string()),


            self.identifier.as_ref().map(|identifier| {
                [
                    "identifier".to_string(),
                    identifier.to_string(),
                ].join(",")
            }),


            Some("method".to_string()),
            Some(self.method.to_string()),


            self.resend.as_ref().map(|resend| {
                [
                    "resend".to_string(),
                    resend.to_string(),
                ].join(",")
            }),

            // Skipping transient_payload in query parameter serialization

        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a UpdateLoginFlowWithCodeMethod value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for UpdateLoginFlowWithCodeMethod {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub address: Vec<String>,
            pub code: Vec<String>,
            pub csrf_token: Vec<String>,
            pub identifier: Vec<String>,
            pub method: Vec<String>,
            pub resend: Vec<String>,
            pub transient_payload: Vec<crate::types::Object>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing UpdateLoginFlowWithCodeMethod".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "address" => intermediate_rep.address.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "code" => intermediate_rep.code.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "csrf_token" => intermediate_rep.csrf_token.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "identifier" => intermediate_rep.identifier.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "method" => intermediate_rep.method.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "resend" => intermediate_rep.resend.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "transient_payload" => intermediate_rep.transient_payload.push(<crate::types::Object as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing UpdateLoginFlowWithCodeMethod".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(UpdateLoginFlowWithCodeMethod {
            address: intermediate_rep.address.into_iter().next(),
            code: intermediate_rep.code.into_iter().next(),
            csrf_token: intermediate_rep.csrf_token.into_iter().next().ok_or_else(|| "csrf_token missing in UpdateLoginFlowWithCodeMethod".to_string())?,
            identifier: intermediate_rep.identifier.into_iter().next(),
            method: intermediate_rep.method.into_iter().next().ok_or_else(|| "method missing in UpdateLoginFlowWithCodeMethod".to_string())?,
            resend: intermediate_rep.resend.into_iter().next(),
            transient_payload: intermediate_rep.transient_payload.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<UpdateLoginFlowWithCodeMethod> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<UpdateLoginFlowWithCodeMethod>> for HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<UpdateLoginFlowWithCodeMethod>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Invalid header value for UpdateLoginFlowWithCodeMethod - value: {hdr_value} is invalid {e}"#))
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<UpdateLoginFlowWithCodeMethod> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <UpdateLoginFlowWithCodeMethod as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(format!(r#"Unable to convert header value '{value}' into UpdateLoginFlowWithCodeMethod - {err}"#))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Unable to convert header: {hdr_value:?} to string: {e}"#))
        }
    }
}



#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct UpdateLoginFlowWithIdentifierFirstMethod {
    #[serde(rename = "csrf_token")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub csrf_token: Option<String>,

    #[serde(rename = "identifier")]
          #[validate(custom(function = "check_xss_string"))]
    pub identifier: String,

    #[serde(rename = "method")]
          #[validate(custom(function = "check_xss_string"))]
    pub method: String,

    #[serde(rename = "transient_payload")]
    #[serde(skip_serializing_if="Option::is_none")]
    pub transient_payload: Option<crate::types::Object>,

}



impl UpdateLoginFlowWithIdentifierFirstMethod {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(identifier: String, method: String, ) -> UpdateLoginFlowWithIdentifierFirstMethod {
        UpdateLoginFlowWithIdentifierFirstMethod {
 csrf_token: None,
 identifier,
 method,
 transient_payload: None,
        }
    }
}

/// Converts the UpdateLoginFlowWithIdentifierFirstMethod value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for UpdateLoginFlowWithIdentifierFirstMethod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![

            self.csrf_token.as_ref().map(|csrf_token| {
                [
                    "csrf_token".to_string(),
                    csrf_token.to_string(),
                ].join(",")
            }),


            Some("identifier".to_string()),
            Some(self.identifier.to_string()),


            Some("method".to_string()),
            Some(self.method.to_string()),

            // Skipping transient_payload in query parameter serialization

        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a UpdateLoginFlowWithIdentifierFirstMethod value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for UpdateLoginFlowWithIdentifierFirstMethod {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub csrf_token: Vec<String>,
            pub identifier: Vec<String>,
            pub method: Vec<String>,
            pub transient_payload: Vec<crate::types::Object>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing UpdateLoginFlowWithIdentifierFirstMethod".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "csrf_token" => intermediate_rep.csrf_token.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "identifier" => intermediate_rep.identifier.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "method" => intermediate_rep.method.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "transient_payload" => intermediate_rep.transient_payload.push(<crate::types::Object as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing UpdateLoginFlowWithIdentifierFirstMethod".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(UpdateLoginFlowWithIdentifierFirstMethod {
            csrf_token: intermediate_rep.csrf_token.into_iter().next(),
            identifier: intermediate_rep.identifier.into_iter().next().ok_or_else(|| "identifier missing in UpdateLoginFlowWithIdentifierFirstMethod".to_string())?,
            method: intermediate_rep.method.into_iter().next().ok_or_else(|| "method missing in UpdateLoginFlowWithIdentifierFirstMethod".to_string())?,
            transient_payload: intermediate_rep.transient_payload.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<UpdateLoginFlowWithIdentifierFirstMethod> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<UpdateLoginFlowWithIdentifierFirstMethod>> for HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<UpdateLoginFlowWithIdentifierFirstMethod>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Invalid header value for UpdateLoginFlowWithIdentifierFirstMethod - value: {hdr_value} is invalid {e}"#))
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<UpdateLoginFlowWithIdentifierFirstMethod> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <UpdateLoginFlowWithIdentifierFirstMethod as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(format!(r#"Unable to convert header value '{value}' into UpdateLoginFlowWithIdentifierFirstMethod - {err}"#))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Unable to convert header: {hdr_value:?} to string: {e}"#))
        }
    }
}



#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct UpdateLoginFlowWithLookupSecretMethod {
    #[serde(rename = "csrf_token")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub csrf_token: Option<String>,

    #[serde(rename = "lookup_secret")]
          #[validate(custom(function = "check_xss_string"))]
    pub lookup_secret: String,

    #[serde(rename = "method")]
          #[validate(custom(function = "check_xss_string"))]
    pub method: String,

}



impl UpdateLoginFlowWithLookupSecretMethod {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(lookup_secret: String, method: String, ) -> UpdateLoginFlowWithLookupSecretMethod {
        UpdateLoginFlowWithLookupSecretMethod {
 csrf_token: None,
 lookup_secret,
 method,
        }
    }
}

/// Converts the UpdateLoginFlowWithLookupSecretMethod value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for UpdateLoginFlowWithLookupSecretMethod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![

            self.csrf_token.as_ref().map(|csrf_token| {
                [
                    "csrf_token".to_string(),
                    csrf_token.to_string(),
                ].join(",")
            }),


            Some("lookup_secret".to_string()),
            Some(self.lookup_secret.to_string()),


            Some("method".to_string()),
            Some(self.method.to_string()),

        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a UpdateLoginFlowWithLookupSecretMethod value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for UpdateLoginFlowWithLookupSecretMethod {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub csrf_token: Vec<String>,
            pub lookup_secret: Vec<String>,
            pub method: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing UpdateLoginFlowWithLookupSecretMethod".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "csrf_token" => intermediate_rep.csrf_token.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "lookup_secret" => intermediate_rep.lookup_secret.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "method" => intermediate_rep.method.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing UpdateLoginFlowWithLookupSecretMethod".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(UpdateLoginFlowWithLookupSecretMethod {
            csrf_token: intermediate_rep.csrf_token.into_iter().next(),
            lookup_secret: intermediate_rep.lookup_secret.into_iter().next().ok_or_else(|| "lookup_secret missing in UpdateLoginFlowWithLookupSecretMethod".to_string())?,
            method: intermediate_rep.method.into_iter().next().ok_or_else(|| "method missing in UpdateLoginFlowWithLookupSecretMethod".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<UpdateLoginFlowWithLookupSecretMethod> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<UpdateLoginFlowWithLookupSecretMethod>> for HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<UpdateLoginFlowWithLookupSecretMethod>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Invalid header value for UpdateLoginFlowWithLookupSecretMethod - value: {hdr_value} is invalid {e}"#))
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<UpdateLoginFlowWithLookupSecretMethod> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <UpdateLoginFlowWithLookupSecretMethod as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(format!(r#"Unable to convert header value '{value}' into UpdateLoginFlowWithLookupSecretMethod - {err}"#))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Unable to convert header: {hdr_value:?} to string: {e}"#))
        }
    }
}



#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct UpdateLoginFlowWithOidcMethod {
    #[serde(rename = "csrf_token")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub csrf_token: Option<String>,

    #[serde(rename = "id_token")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub id_token: Option<String>,

    #[serde(rename = "id_token_nonce")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub id_token_nonce: Option<String>,

    #[serde(rename = "method")]
          #[validate(custom(function = "check_xss_string"))]
    pub method: String,

    #[serde(rename = "provider")]
          #[validate(custom(function = "check_xss_string"))]
    pub provider: String,

    #[serde(rename = "traits")]
    #[serde(skip_serializing_if="Option::is_none")]
    pub traits: Option<crate::types::Object>,

    #[serde(rename = "transient_payload")]
    #[serde(skip_serializing_if="Option::is_none")]
    pub transient_payload: Option<crate::types::Object>,

    #[serde(rename = "upstream_parameters")]
    #[serde(skip_serializing_if="Option::is_none")]
    pub upstream_parameters: Option<crate::types::Object>,

}



impl UpdateLoginFlowWithOidcMethod {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(method: String, provider: String, ) -> UpdateLoginFlowWithOidcMethod {
        UpdateLoginFlowWithOidcMethod {
 csrf_token: None,
 id_token: None,
 id_token_nonce: None,
 method,
 provider,
 traits: None,
 transient_payload: None,
 upstream_parameters: None,
        }
    }
}

/// Converts the UpdateLoginFlowWithOidcMethod value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for UpdateLoginFlowWithOidcMethod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![

            self.csrf_token.as_ref().map(|csrf_token| {
                [
                    "csrf_token".to_string(),
                    csrf_token.to_string(),
                ].join(",")
            }),


            self.id_token.as_ref().map(|id_token| {
                [
                    "id_token".to_string(),
                    id_token.to_string(),
                ].join(",")
            }),


            self.id_token_nonce.as_ref().map(|id_token_nonce| {
                [
                    "id_token_nonce".to_string(),
                    id_token_nonce.to_string(),
                ].join(",")
            }),


            Some("method".to_string()),
            Some(self.method.to_string()),


            Some("provider".to_string()),
            Some(self.provider.to_string()),

            // Skipping traits in query parameter serialization

            // Skipping transient_payload in query parameter serialization

            // Skipping upstream_parameters in query parameter serialization

        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a UpdateLoginFlowWithOidcMethod value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for UpdateLoginFlowWithOidcMethod {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub csrf_token: Vec<String>,
            pub id_token: Vec<String>,
            pub id_token_nonce: Vec<String>,
            pub method: Vec<String>,
            pub provider: Vec<String>,
            pub traits: Vec<crate::types::Object>,
            pub transient_payload: Vec<crate::types::Object>,
            pub upstream_parameters: Vec<crate::types::Object>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing UpdateLoginFlowWithOidcMethod".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "csrf_token" => intermediate_rep.csrf_token.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "id_token" => intermediate_rep.id_token.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "id_token_nonce" => intermediate_rep.id_token_nonce.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "method" => intermediate_rep.method.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "provider" => intermediate_rep.provider.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "traits" => intermediate_rep.traits.push(<crate::types::Object as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "transient_payload" => intermediate_rep.transient_payload.push(<crate::types::Object as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "upstream_parameters" => intermediate_rep.upstream_parameters.push(<crate::types::Object as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing UpdateLoginFlowWithOidcMethod".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(UpdateLoginFlowWithOidcMethod {
            csrf_token: intermediate_rep.csrf_token.into_iter().next(),
            id_token: intermediate_rep.id_token.into_iter().next(),
            id_token_nonce: intermediate_rep.id_token_nonce.into_iter().next(),
            method: intermediate_rep.method.into_iter().next().ok_or_else(|| "method missing in UpdateLoginFlowWithOidcMethod".to_string())?,
            provider: intermediate_rep.provider.into_iter().next().ok_or_else(|| "provider missing in UpdateLoginFlowWithOidcMethod".to_string())?,
            traits: intermediate_rep.traits.into_iter().next(),
            transient_payload: intermediate_rep.transient_payload.into_iter().next(),
            upstream_parameters: intermediate_rep.upstream_parameters.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<UpdateLoginFlowWithOidcMethod> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<UpdateLoginFlowWithOidcMethod>> for HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<UpdateLoginFlowWithOidcMethod>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Invalid header value for UpdateLoginFlowWithOidcMethod - value: {hdr_value} is invalid {e}"#))
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<UpdateLoginFlowWithOidcMethod> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <UpdateLoginFlowWithOidcMethod as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(format!(r#"Unable to convert header value '{value}' into UpdateLoginFlowWithOidcMethod - {err}"#))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Unable to convert header: {hdr_value:?} to string: {e}"#))
        }
    }
}



#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct UpdateLoginFlowWithPasskeyMethod {
    #[serde(rename = "csrf_token")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub csrf_token: Option<String>,

    #[serde(rename = "method")]
          #[validate(custom(function = "check_xss_string"))]
    pub method: String,

    #[serde(rename = "passkey_login")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub passkey_login: Option<String>,

}



impl UpdateLoginFlowWithPasskeyMethod {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(method: String, ) -> UpdateLoginFlowWithPasskeyMethod {
        UpdateLoginFlowWithPasskeyMethod {
 csrf_token: None,
 method,
 passkey_login: None,
        }
    }
}

/// Converts the UpdateLoginFlowWithPasskeyMethod value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for UpdateLoginFlowWithPasskeyMethod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![

            self.csrf_token.as_ref().map(|csrf_token| {
                [
                    "csrf_token".to_string(),
                    csrf_token.to_string(),
                ].join(",")
            }),


            Some("method".to_string()),
            Some(self.method.to_string()),


            self.passkey_login.as_ref().map(|passkey_login| {
                [
                    "passkey_login".to_string(),
                    passkey_login.to_string(),
                ].join(",")
            }),

        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a UpdateLoginFlowWithPasskeyMethod value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for UpdateLoginFlowWithPasskeyMethod {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub csrf_token: Vec<String>,
            pub method: Vec<String>,
            pub passkey_login: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing UpdateLoginFlowWithPasskeyMethod".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "csrf_token" => intermediate_rep.csrf_token.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "method" => intermediate_rep.method.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "passkey_login" => intermediate_rep.passkey_login.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing UpdateLoginFlowWithPasskeyMethod".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(UpdateLoginFlowWithPasskeyMethod {
            csrf_token: intermediate_rep.csrf_token.into_iter().next(),
            method: intermediate_rep.method.into_iter().next().ok_or_else(|| "method missing in UpdateLoginFlowWithPasskeyMethod".to_string())?,
            passkey_login: intermediate_rep.passkey_login.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<UpdateLoginFlowWithPasskeyMethod> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<UpdateLoginFlowWithPasskeyMethod>> for HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<UpdateLoginFlowWithPasskeyMethod>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Invalid header value for UpdateLoginFlowWithPasskeyMethod - value: {hdr_value} is invalid {e}"#))
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<UpdateLoginFlowWithPasskeyMethod> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <UpdateLoginFlowWithPasskeyMethod as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(format!(r#"Unable to convert header value '{value}' into UpdateLoginFlowWithPasskeyMethod - {err}"#))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Unable to convert header: {hdr_value:?} to string: {e}"#))
        }
    }
}



/// A password login. `identifier` is trimmed and lower-cased before it is looked up; `password_identifier` is an older name for it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct UpdateLoginFlowWithPasswordMethod {
    #[serde(rename = "csrf_token")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub csrf_token: Option<String>,

    #[serde(rename = "identifier")]
          #[validate(custom(function = "check_xss_string"))]
    pub identifier: String,

    #[serde(rename = "method")]
          #[validate(custom(function = "check_xss_string"))]
    pub method: String,

    #[serde(rename = "password")]
          #[validate(custom(function = "check_xss_string"))]
    pub password: String,

    #[serde(rename = "password_identifier")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub password_identifier: Option<String>,

    #[serde(rename = "transient_payload")]
    #[serde(skip_serializing_if="Option::is_none")]
    pub transient_payload: Option<crate::types::Object>,

}



impl UpdateLoginFlowWithPasswordMethod {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(identifier: String, method: String, password: String, ) -> UpdateLoginFlowWithPasswordMethod {
        UpdateLoginFlowWithPasswordMethod {
 csrf_token: None,
 identifier,
 method,
 password,
 password_identifier: None,
 transient_payload: None,
        }
    }
}

/// Converts the UpdateLoginFlowWithPasswordMethod value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for UpdateLoginFlowWithPasswordMethod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![

            self.csrf_token.as_ref().map(|csrf_token| {
                [
                    "csrf_token".to_string(),
                    csrf_token.to_string(),
                ].join(",")
            }),


            Some("identifier".to_string()),
            Some(self.identifier.to_string()),


            Some("method".to_string()),
            Some(self.method.to_string()),


            Some("password".to_string()),
            Some(self.password.to_string()),


            self.password_identifier.as_ref().map(|password_identifier| {
                [
                    "password_identifier".to_string(),
                    password_identifier.to_string(),
                ].join(",")
            }),

            // Skipping transient_payload in query parameter serialization

        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a UpdateLoginFlowWithPasswordMethod value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for UpdateLoginFlowWithPasswordMethod {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub csrf_token: Vec<String>,
            pub identifier: Vec<String>,
            pub method: Vec<String>,
            pub password: Vec<String>,
            pub password_identifier: Vec<String>,
            pub transient_payload: Vec<crate::types::Object>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing UpdateLoginFlowWithPasswordMethod".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "csrf_token" => intermediate_rep.csrf_token.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "identifier" => intermediate_rep.identifier.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "method" => intermediate_rep.method.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "password" => intermediate_rep.password.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "password_identifier" => intermediate_rep.password_identifier.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "transient_payload" => intermediate_rep.transient_payload.push(<crate::types::Object as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing UpdateLoginFlowWithPasswordMethod".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(UpdateLoginFlowWithPasswordMethod {
            csrf_token: intermediate_rep.csrf_token.into_iter().next(),
            identifier: intermediate_rep.identifier.into_iter().next().ok_or_else(|| "identifier missing in UpdateLoginFlowWithPasswordMethod".to_string())?,
            method: intermediate_rep.method.into_iter().next().ok_or_else(|| "method missing in UpdateLoginFlowWithPasswordMethod".to_string())?,
            password: intermediate_rep.password.into_iter().next().ok_or_else(|| "password missing in UpdateLoginFlowWithPasswordMethod".to_string())?,
            password_identifier: intermediate_rep.password_identifier.into_iter().next(),
            transient_payload: intermediate_rep.transient_payload.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<UpdateLoginFlowWithPasswordMethod> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<UpdateLoginFlowWithPasswordMethod>> for HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<UpdateLoginFlowWithPasswordMethod>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Invalid header value for UpdateLoginFlowWithPasswordMethod - value: {hdr_value} is invalid {e}"#))
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<UpdateLoginFlowWithPasswordMethod> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <UpdateLoginFlowWithPasswordMethod as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(format!(r#"Unable to convert header value '{value}' into UpdateLoginFlowWithPasswordMethod - {err}"#))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Unable to convert header: {hdr_value:?} to string: {e}"#))
        }
    }
}



#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct UpdateLoginFlowWithSamlMethod {
    #[serde(rename = "csrf_token")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub csrf_token: Option<String>,

    #[serde(rename = "method")]
          #[validate(custom(function = "check_xss_string"))]
    pub method: String,

    #[serde(rename = "provider")]
          #[validate(custom(function = "check_xss_string"))]
    pub provider: String,

    #[serde(rename = "transient_payload")]
    #[serde(skip_serializing_if="Option::is_none")]
    pub transient_payload: Option<crate::types::Object>,

}



impl UpdateLoginFlowWithSamlMethod {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(method: String, provider: String, ) -> UpdateLoginFlowWithSamlMethod {
        UpdateLoginFlowWithSamlMethod {
 csrf_token: None,
 method,
 provider,
 transient_payload: None,
        }
    }
}

/// Converts the UpdateLoginFlowWithSamlMethod value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for UpdateLoginFlowWithSamlMethod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![

            self.csrf_token.as_ref().map(|csrf_token| {
                [
                    "csrf_token".to_string(),
                    csrf_token.to_string(),
                ].join(",")
            }),


            Some("method".to_string()),
            Some(self.method.to_string()),


            Some("provider".to_string()),
            Some(self.provider.to_string()),

            // Skipping transient_payload in query parameter serialization

        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a UpdateLoginFlowWithSamlMethod value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for UpdateLoginFlowWithSamlMethod {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub csrf_token: Vec<String>,
            pub method: Vec<String>,
            pub provider: Vec<String>,
            pub transient_payload: Vec<crate::types::Object>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing UpdateLoginFlowWithSamlMethod".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "csrf_token" => intermediate_rep.csrf_token.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "method" => intermediate_rep.method.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "provider" => intermediate_rep.provider.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "transient_payload" => intermediate_rep.transient_payload.push(<crate::types::Object as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing UpdateLoginFlowWithSamlMethod".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(UpdateLoginFlowWithSamlMethod {
            csrf_token: intermediate_rep.csrf_token.into_iter().next(),
            method: intermediate_rep.method.into_iter().next().ok_or_else(|| "method missing in UpdateLoginFlowWithSamlMethod".to_string())?,
            provider: intermediate_rep.provider.into_iter().next().ok_or_else(|| "provider missing in UpdateLoginFlowWithSamlMethod".to_string())?,
            transient_payload: intermediate_rep.transient_payload.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<UpdateLoginFlowWithSamlMethod> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<UpdateLoginFlowWithSamlMethod>> for HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<UpdateLoginFlowWithSamlMethod>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Invalid header value for UpdateLoginFlowWithSamlMethod - value: {hdr_value} is invalid {e}"#))
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<UpdateLoginFlowWithSamlMethod> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <UpdateLoginFlowWithSamlMethod as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(format!(r#"Unable to convert header value '{value}' into UpdateLoginFlowWithSamlMethod - {err}"#))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Unable to convert header: {hdr_value:?} to string: {e}"#))
        }
    }
}



#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct UpdateLoginFlowWithTotpMethod {
    #[serde(rename = "csrf_token")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub csrf_token: Option<String>,

    #[serde(rename = "method")]
          #[validate(custom(function = "check_xss_string"))]
    pub method: String,

    #[serde(rename = "totp_code")]
          #[validate(custom(function = "check_xss_string"))]
    pub totp_code: String,

    #[serde(rename = "transient_payload")]
    #[serde(skip_serializing_if="Option::is_none")]
    pub transient_payload: Option<crate::types::Object>,

}



impl UpdateLoginFlowWithTotpMethod {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(method: String, totp_code: String, ) -> UpdateLoginFlowWithTotpMethod {
        UpdateLoginFlowWithTotpMethod {
 csrf_token: None,
 method,
 totp_code,
 transient_payload: None,
        }
    }
}

/// Converts the UpdateLoginFlowWithTotpMethod value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for UpdateLoginFlowWithTotpMethod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![

            self.csrf_token.as_ref().map(|csrf_token| {
                [
                    "csrf_token".to_string(),
                    csrf_token.to_string(),
                ].join(",")
            }),


            Some("method".to_string()),
            Some(self.method.to_string()),


            Some("totp_code".to_string()),
            Some(self.totp_code.to_string()),

            // Skipping transient_payload in query parameter serialization

        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a UpdateLoginFlowWithTotpMethod value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for UpdateLoginFlowWithTotpMethod {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub csrf_token: Vec<String>,
            pub method: Vec<String>,
            pub totp_code: Vec<String>,
            pub transient_payload: Vec<crate::types::Object>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing UpdateLoginFlowWithTotpMethod".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "csrf_token" => intermediate_rep.csrf_token.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "method" => intermediate_rep.method.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "totp_code" => intermediate_rep.totp_code.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "transient_payload" => intermediate_rep.transient_payload.push(<crate::types::Object as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing UpdateLoginFlowWithTotpMethod".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(UpdateLoginFlowWithTotpMethod {
            csrf_token: intermediate_rep.csrf_token.into_iter().next(),
            method: intermediate_rep.method.into_iter().next().ok_or_else(|| "method missing in UpdateLoginFlowWithTotpMethod".to_string())?,
            totp_code: intermediate_rep.totp_code.into_iter().next().ok_or_else(|| "totp_code missing in UpdateLoginFlowWithTotpMethod".to_string())?,
            transient_payload: intermediate_rep.transient_payload.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<UpdateLoginFlowWithTotpMethod> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<UpdateLoginFlowWithTotpMethod>> for HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<UpdateLoginFlowWithTotpMethod>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Invalid header value for UpdateLoginFlowWithTotpMethod - value: {hdr_value} is invalid {e}"#))
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<UpdateLoginFlowWithTotpMethod> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <UpdateLoginFlowWithTotpMethod as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(format!(r#"Unable to convert header value '{value}' into UpdateLoginFlowWithTotpMethod - {err}"#))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Unable to convert header: {hdr_value:?} to string: {e}"#))
        }
    }
}



#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct UpdateLoginFlowWithWebAuthnMethod {
    #[serde(rename = "csrf_token")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub csrf_token: Option<String>,

    #[serde(rename = "identifier")]
          #[validate(custom(function = "check_xss_string"))]
    pub identifier: String,

    #[serde(rename = "method")]
          #[validate(custom(function = "check_xss_string"))]
    pub method: String,

    #[serde(rename = "transient_payload")]
    #[serde(skip_serializing_if="Option::is_none")]
    pub transient_payload: Option<crate::types::Object>,

    #[serde(rename = "webauthn_login")]
          #[validate(custom(function = "check_xss_string"))]
    #[serde(skip_serializing_if="Option::is_none")]
    pub webauthn_login: Option<String>,

}



impl UpdateLoginFlowWithWebAuthnMethod {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(identifier: String, method: String, ) -> UpdateLoginFlowWithWebAuthnMethod {
        UpdateLoginFlowWithWebAuthnMethod {
 csrf_token: None,
 identifier,
 method,
 transient_payload: None,
 webauthn_login: None,
        }
    }
}

/// Converts the UpdateLoginFlowWithWebAuthnMethod value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for UpdateLoginFlowWithWebAuthnMethod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![

            self.csrf_token.as_ref().map(|csrf_token| {
                [
                    "csrf_token".to_string(),
                    csrf_token.to_string(),
                ].join(",")
            }),


            Some("identifier".to_string()),
            Some(self.identifier.to_string()),


            Some("method".to_string()),
            Some(self.method.to_string()),

            // Skipping transient_payload in query parameter serialization


            self.webauthn_login.as_ref().map(|webauthn_login| {
                [
                    "webauthn_login".to_string(),
                    webauthn_login.to_string(),
                ].join(",")
            }),

        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a UpdateLoginFlowWithWebAuthnMethod value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for UpdateLoginFlowWithWebAuthnMethod {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub csrf_token: Vec<String>,
            pub identifier: Vec<String>,
            pub method: Vec<String>,
            pub transient_payload: Vec<crate::types::Object>,
            pub webauthn_login: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing UpdateLoginFlowWithWebAuthnMethod".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "csrf_token" => intermediate_rep.csrf_token.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "identifier" => intermediate_rep.identifier.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "method" => intermediate_rep.method.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "transient_payload" => intermediate_rep.transient_payload.push(<crate::types::Object as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "webauthn_login" => intermediate_rep.webauthn_login.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing UpdateLoginFlowWithWebAuthnMethod".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(UpdateLoginFlowWithWebAuthnMethod {
            csrf_token: intermediate_rep.csrf_token.into_iter().next(),
            identifier: intermediate_rep.identifier.into_iter().next().ok_or_else(|| "identifier missing in UpdateLoginFlowWithWebAuthnMethod".to_string())?,
            method: intermediate_rep.method.into_iter().next().ok_or_else(|| "method missing in UpdateLoginFlowWithWebAuthnMethod".to_string())?,
            transient_payload: intermediate_rep.transient_payload.into_iter().next(),
            webauthn_login: intermediate_rep.webauthn_login.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<UpdateLoginFlowWithWebAuthnMethod> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<UpdateLoginFlowWithWebAuthnMethod>> for HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<UpdateLoginFlowWithWebAuthnMethod>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Invalid header value for UpdateLoginFlowWithWebAuthnMethod - value: {hdr_value} is invalid {e}"#))
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<UpdateLoginFlowWithWebAuthnMethod> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <UpdateLoginFlowWithWebAuthnMethod as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(format!(r#"Unable to convert header value '{value}' into UpdateLoginFlowWithWebAuthnMethod - {err}"#))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Unable to convert header: {hdr_value:?} to string: {e}"#))
        }
    }
}



/// An address (email or phone) that can be verified.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct VerifiableIdentityAddress {
    #[serde(rename = "created_at")]
    #[serde(skip_serializing_if="Option::is_none")]
    pub created_at: Option<portcullis_timestamp::Timestamp>,

    #[serde(rename = "id")]
    #[serde(skip_serializing_if="Option::is_none")]
    pub id: Option<uuid::Uuid>,

    #[serde(rename = "status")]
          #[validate(custom(function = "check_xss_string"))]
    pub status: String,

    #[serde(rename = "updated_at")]
    #[serde(skip_serializing_if="Option::is_none")]
    pub updated_at: Option<portcullis_timestamp::Timestamp>,

    #[serde(rename = "value")]
          #[validate(custom(function = "check_xss_string"))]
    pub value: String,

    #[serde(rename = "verified")]
    pub verified: bool,

    #[serde(rename = "verified_at")]
    #[serde(skip_serializing_if="Option::is_none")]
    pub verified_at: Option<portcullis_timestamp::Timestamp>,

    /// Note: inline enums are not fully supported by openapi-generator
    #[serde(rename = "via")]
          #[validate(custom(function = "check_xss_string"))]
    pub via: String,

}



impl VerifiableIdentityAddress {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(status: String, value: String, verified: bool, via: String, ) -> VerifiableIdentityAddress {
        VerifiableIdentityAddress {
 created_at: None,
 id: None,
 status,
 updated_at: None,
 value,
 verified,
 verified_at: None,
 via,
        }
    }
}

/// Converts the VerifiableIdentityAddress value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for VerifiableIdentityAddress {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping created_at in query parameter serialization

            // Skipping id in query parameter serialization


            Some("status".to_string()),
            Some(self.status.to_string()),

            // Skipping updated_at in query parameter serialization


            Some("value".to_string()),
            Some(self.value.to_string()),


            Some("verified".to_string()),
            Some(self.verified.to_string()),

            // Skipping verified_at in query parameter serialization


            Some("via".to_string()),
            Some(self.via.to_string()),

        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a VerifiableIdentityAddress value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for VerifiableIdentityAddress {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub created_at: Vec<portcullis_timestamp::Timestamp>,
            pub id: Vec<uuid::Uuid>,
            pub status: Vec<String>,
            pub updated_at: Vec<portcullis_timestamp::Timestamp>,
            pub value: Vec<String>,
            pub verified: Vec<bool>,
            pub verified_at: Vec<portcullis_timestamp::Timestamp>,
            pub via: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing VerifiableIdentityAddress".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "created_at" => intermediate_rep.created_at.push(<portcullis_timestamp::Timestamp as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(<uuid::Uuid as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "status" => intermediate_rep.status.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "updated_at" => intermediate_rep.updated_at.push(<portcullis_timestamp::Timestamp as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "value" => intermediate_rep.value.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "verified" => intermediate_rep.verified.push(<bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "verified_at" => intermediate_rep.verified_at.push(<portcullis_timestamp::Timestamp as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "via" => intermediate_rep.via.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing VerifiableIdentityAddress".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(VerifiableIdentityAddress {
            created_at: intermediate_rep.created_at.into_iter().next(),
            id: intermediate_rep.id.into_iter().next(),
            status: intermediate_rep.status.into_iter().next().ok_or_else(|| "status missing in VerifiableIdentityAddress".to_string())?,
            updated_at: intermediate_rep.updated_at.into_iter().next(),
            value: intermediate_rep.value.into_iter().next().ok_or_else(|| "value missing in VerifiableIdentityAddress".to_string())?,
            verified: intermediate_rep.verified.into_iter().next().ok_or_else(|| "verified missing in VerifiableIdentityAddress".to_string())?,
            verified_at: intermediate_rep.verified_at.into_iter().next(),
            via: intermediate_rep.via.into_iter().next().ok_or_else(|| "via missing in VerifiableIdentityAddress".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<VerifiableIdentityAddress> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<VerifiableIdentityAddress>> for HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<VerifiableIdentityAddress>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Invalid header value for VerifiableIdentityAddress - value: {hdr_value} is invalid {e}"#))
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<VerifiableIdentityAddress> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <VerifiableIdentityAddress as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(format!(r#"Unable to convert header value '{value}' into VerifiableIdentityAddress - {err}"#))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(format!(r#"Unable to convert header: {hdr_value:?} to string: {e}"#))
        }
    }
}


