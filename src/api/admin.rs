//! The admin operations: identities and sessions.

use async_trait::async_trait;
use axum_extra::extract::CookieJar;
use bytes::Bytes;
use headers::Host;
use http::Method;
use portcullis_api::apis::identity::{
    CreateIdentityResponse, DeleteIdentityResponse, GetIdentityResponse, GetSessionResponse,
    Identity as IdentityApi, ListIdentitiesResponse,
};
use portcullis_api::models;
use serde_json::Value;

use super::errors::{KratosError, error_responses};
use super::{Api, convert};
use crate::identity::{CreateIdentity, IdentityId, IdentityState, ListQuery, NewPassword};
use crate::session::SessionId;

type Never = std::convert::Infallible;

error_responses!(CreateIdentityResponse { 400 => Status400_BadRequest, 409 => Status409_Conflict, 413 => Status413_RequestEntityTooLarge });
error_responses!(GetIdentityResponse { 400 => Status400_BadRequest, 404 => Status404_NotFound });
error_responses!(DeleteIdentityResponse { 404 => Status404_NotFound });
error_responses!(ListIdentitiesResponse { 400 => Status400_BadRequest });
error_responses!(GetSessionResponse { 400 => Status400_BadRequest, 404 => Status404_NotFound });

/// The top-level fields createIdentity accepts; anything else is refused, as Kratos's strict
/// decoder does.
const CREATE_FIELDS: &[&str] = &[
    "schema_id",
    "traits",
    "credentials",
    "verifiable_addresses",
    "recovery_addresses",
    "metadata_public",
    "metadata_admin",
    "state",
    "organization_id",
    "external_id",
    "region",
];

const DEFAULT_PAGE_SIZE: usize = 250;
const MAX_PAGE_SIZE: usize = 500;

fn identity_not_found() -> KratosError {
    KratosError::new(http::StatusCode::NOT_FOUND).reason("Unable to locate the resource")
}

/// Decodes and checks a createIdentity body into the domain's request.
fn create_request(body: &Bytes) -> Result<CreateIdentity, KratosError> {
    let value: Value = serde_json::from_slice(body)
        .map_err(|e| KratosError::bad_request(format!("Unable to decode JSON payload: {e}")))?;
    let Value::Object(fields) = &value else {
        return Err(KratosError::bad_request("The request body must be a JSON object."));
    };
    if let Some(unknown) = fields.keys().find(|k| !CREATE_FIELDS.contains(&k.as_str())) {
        return Err(KratosError::bad_request(format!("json: unknown field \"{unknown}\"")));
    }
    let parsed: models::CreateIdentityBody = serde_json::from_value(value.clone())
        .map_err(|e| KratosError::bad_request(format!("Unable to decode JSON payload: {e}")))?;
    let state = match parsed.state.as_deref() {
        None | Some("") => IdentityState::Active,
        Some(raw) => IdentityState::parse(raw).ok_or_else(|| {
            KratosError::bad_request(format!("The identity state {raw:?} is not one of active, inactive."))
        })?,
    };
    let password =
        parsed.credentials.as_ref().and_then(|c| c.password.as_ref()).and_then(|p| p.config.as_ref());
    let password = match password {
        None => None,
        Some(config) => match (&config.password, &config.hashed_password) {
            (_, Some(hash)) if !hash.is_empty() => Some(NewPassword::Hashed(hash.clone())),
            (Some(plain), _) if !plain.is_empty() => Some(NewPassword::Plain(plain.clone())),
            _ => None,
        },
    };
    let schema_id = Some(parsed.schema_id.clone()).filter(|s| !s.is_empty());
    Ok(CreateIdentity {
        schema_id,
        traits: parsed.traits.0,
        state,
        metadata_public: parsed.metadata_public.map(|m| m.0).filter(|v| !v.is_null()),
        metadata_admin: parsed.metadata_admin.map(|m| m.0).filter(|v| !v.is_null()),
        external_id: parsed.external_id.filter(|e| !e.is_empty()),
        password,
    })
}

/// `include_credential` must name credential types; only `password` has a configuration here.
fn wants_password_config(include: &[String]) -> Result<bool, KratosError> {
    const KNOWN: &[&str] = &[
        "password",
        "oidc",
        "totp",
        "lookup_secret",
        "webauthn",
        "code",
        "passkey",
        "profile",
        "saml",
        "deviceauthn",
        "identifier_first",
        "link_recovery",
        "code_recovery",
    ];
    if let Some(bad) = include.iter().find(|t| !KNOWN.contains(&t.as_str())) {
        return Err(KratosError::bad_request(format!("The credential type {bad:?} is unknown.")));
    }
    Ok(include.iter().any(|t| t == "password"))
}

fn list_query(query: &models::ListIdentitiesQueryParams) -> Result<ListQuery, KratosError> {
    let page_size = match query.page_size.as_deref().or(query.per_page.as_deref()) {
        None | Some("") => DEFAULT_PAGE_SIZE,
        Some(raw) => {
            raw.parse::<usize>().ok().filter(|n| (1..=MAX_PAGE_SIZE).contains(n)).ok_or_else(|| {
                KratosError::bad_request(format!("page_size must be a number between 1 and {MAX_PAGE_SIZE}"))
            })?
        }
    };
    let after = match query.page_token.as_deref().filter(|t| !t.is_empty()) {
        None => None,
        Some(token) => Some(IdentityId(
            uuid::Uuid::parse_str(token)
                .map_err(|_| KratosError::bad_request("The page_token is invalid."))?,
        )),
    };
    let ids = query
        .ids
        .iter()
        .map(|id| uuid::Uuid::parse_str(id).map(IdentityId))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|_| KratosError::bad_request("ids must be UUIDs"))?;
    Ok(ListQuery {
        after,
        page_size,
        credentials_identifier: query.credentials_identifier.clone().filter(|c| !c.is_empty()),
        ids,
    })
}

impl Api {
    /// RFC 8288 links to the first and (when the page was full) the next page.
    fn page_links(&self, query: &ListQuery, last: Option<IdentityId>, full: bool) -> String {
        let link = |token: Option<IdentityId>, rel: &str| {
            let mut url = self.admin_base_url.url_for("/admin/identities");
            {
                let mut pairs = url.query_pairs_mut();
                pairs.append_pair("page_size", &query.page_size.to_string());
                if let Some(token) = token {
                    pairs.append_pair("page_token", &token.to_string());
                }
            }
            format!("<{url}>; rel=\"{rel}\"")
        };
        let mut links = vec![link(None, "first")];
        if full {
            links.push(link(last, "next"));
        }
        links.join(",")
    }
}

#[async_trait]
impl IdentityApi<Never> for Api {
    async fn create_identity(
        &self,
        _: &Method,
        _: &Host,
        _: &CookieJar,
        body: &Bytes,
    ) -> Result<CreateIdentityResponse, Never> {
        let request = match create_request(body) {
            Ok(request) => request,
            Err(e) => return Ok(e.into()),
        };
        Ok(match self.identities.create(request).await {
            Ok(identity) => {
                let location = self.admin_base_url.join(&format!("/admin/identities/{}", identity.id));
                let disclose = convert::Disclose { admin: true, password_config: false };
                CreateIdentityResponse::Status201_Created {
                    body: convert::identity(&identity, &self.public_base_url, disclose),
                    location: Some(location),
                }
            }
            Err(e) => KratosError::from(e).into(),
        })
    }

    async fn delete_identity(
        &self,
        _: &Method,
        _: &Host,
        _: &CookieJar,
        path: &models::DeleteIdentityPathParams,
    ) -> Result<DeleteIdentityResponse, Never> {
        let Ok(id) = uuid::Uuid::parse_str(&path.id) else {
            return Ok(identity_not_found().into());
        };
        Ok(match self.identities.delete(IdentityId(id)).await {
            Ok(true) => DeleteIdentityResponse::Status204_NoContent,
            Ok(false) => identity_not_found().into(),
            Err(e) => KratosError::from(e).into(),
        })
    }

    async fn get_identity(
        &self,
        _: &Method,
        _: &Host,
        _: &CookieJar,
        path: &models::GetIdentityPathParams,
        query: &models::GetIdentityQueryParams,
    ) -> Result<GetIdentityResponse, Never> {
        let password_config = match wants_password_config(&query.include_credential) {
            Ok(wanted) => wanted,
            Err(e) => return Ok(e.into()),
        };
        let Ok(id) = uuid::Uuid::parse_str(&path.id) else {
            return Ok(identity_not_found().into());
        };
        Ok(match self.identities.get(IdentityId(id)).await {
            Ok(Some(identity)) => {
                let disclose = convert::Disclose { admin: true, password_config };
                GetIdentityResponse::Status200_OK(convert::identity(
                    &identity,
                    &self.public_base_url,
                    disclose,
                ))
            }
            Ok(None) => identity_not_found().into(),
            Err(e) => KratosError::from(e).into(),
        })
    }

    async fn get_session(
        &self,
        _: &Method,
        _: &Host,
        _: &CookieJar,
        path: &models::GetSessionPathParams,
        query: &models::GetSessionQueryParams,
    ) -> Result<GetSessionResponse, Never> {
        if let Some(bad) = query.expand.iter().find(|e| !matches!(e.as_str(), "identity" | "devices")) {
            return Ok(KratosError::bad_request(format!("The expand value {bad:?} is unknown.")).into());
        }
        let Ok(id) = uuid::Uuid::parse_str(&path.id) else {
            return Ok(KratosError::bad_request("The session id must be a UUID.").into());
        };
        let session = match self.sessions.get(SessionId(id)).await {
            Ok(Some(session)) => session,
            Ok(None) => return Ok(identity_not_found().into()),
            Err(e) => return Ok(KratosError::from(e).into()),
        };
        let identity = match self.identities.get(session.identity_id).await {
            Ok(identity) => identity,
            Err(e) => return Ok(KratosError::from(e).into()),
        };
        let active = self.sessions.is_active(&session) && identity.as_ref().is_some_and(|i| i.is_active());
        let embedded = identity.filter(|_| query.expand.iter().any(|e| e == "identity")).map(|i| {
            convert::identity(
                &i,
                &self.public_base_url,
                convert::Disclose { admin: true, password_config: false },
            )
        });
        Ok(GetSessionResponse::Status200_OK(convert::session(&session, active, embedded)))
    }

    async fn list_identities(
        &self,
        _: &Method,
        _: &Host,
        _: &CookieJar,
        query: &models::ListIdentitiesQueryParams,
    ) -> Result<ListIdentitiesResponse, Never> {
        let (list, password_config) = match list_query(query)
            .and_then(|l| Ok((l, wants_password_config(&query.include_credential)?)))
        {
            Ok(parsed) => parsed,
            Err(e) => return Ok(e.into()),
        };
        Ok(match self.identities.list(&list).await {
            Ok(identities) => {
                let disclose = convert::Disclose { admin: true, password_config };
                let link = self.page_links(
                    &list,
                    identities.last().map(|i| i.id),
                    identities.len() == list.page_size,
                );
                ListIdentitiesResponse::Status200_OK {
                    body: identities
                        .iter()
                        .map(|i| convert::identity(i, &self.public_base_url, disclose))
                        .collect(),
                    link: Some(link),
                }
            }
            Err(e) => KratosError::from(e).into(),
        })
    }
}
