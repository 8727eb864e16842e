use async_trait::async_trait;
use axum::extract::*;
use axum_extra::extract::CookieJar;
use bytes::Bytes;
use headers::Host;
use http::Method;
use serde::{Deserialize, Serialize};

use crate::{models, types::*};

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
#[allow(clippy::large_enum_variant)]
pub enum CreateIdentityResponse {
    /// Created
    Status201_Created
    {
        body: models::Identity,
        location:
        Option<
        String
        >
    }
    ,
    /// Bad Request
    Status400_BadRequest
    (models::ErrorGeneric)
    ,
    /// Conflict
    Status409_Conflict
    (models::ErrorGeneric)
    ,
    /// Request Entity Too Large
    Status413_RequestEntityTooLarge
    (models::ErrorGeneric)
    ,
    /// Internal Server Error
    Status500_InternalServerError
    (models::ErrorGeneric)
    ,
    /// Service Unavailable
    Status503_ServiceUnavailable
    (models::ErrorGeneric)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
#[allow(clippy::large_enum_variant)]
pub enum DeleteIdentityResponse {
    /// No Content
    Status204_NoContent
    ,
    /// Not Found
    Status404_NotFound
    (models::ErrorGeneric)
    ,
    /// Internal Server Error
    Status500_InternalServerError
    (models::ErrorGeneric)
    ,
    /// Service Unavailable
    Status503_ServiceUnavailable
    (models::ErrorGeneric)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
#[allow(clippy::large_enum_variant)]
pub enum GetIdentityResponse {
    /// OK
    Status200_OK
    (models::Identity)
    ,
    /// Bad Request
    Status400_BadRequest
    (models::ErrorGeneric)
    ,
    /// Not Found
    Status404_NotFound
    (models::ErrorGeneric)
    ,
    /// Internal Server Error
    Status500_InternalServerError
    (models::ErrorGeneric)
    ,
    /// Service Unavailable
    Status503_ServiceUnavailable
    (models::ErrorGeneric)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
#[allow(clippy::large_enum_variant)]
pub enum GetSessionResponse {
    /// OK
    Status200_OK
    (models::Session)
    ,
    /// Bad Request
    Status400_BadRequest
    (models::ErrorGeneric)
    ,
    /// Not Found
    Status404_NotFound
    (models::ErrorGeneric)
    ,
    /// Internal Server Error
    Status500_InternalServerError
    (models::ErrorGeneric)
    ,
    /// Service Unavailable
    Status503_ServiceUnavailable
    (models::ErrorGeneric)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
#[allow(clippy::large_enum_variant)]
pub enum ListIdentitiesResponse {
    /// OK
    Status200_OK
    {
        body: Vec<models::Identity>,
        link:
        Option<
        String
        >
    }
    ,
    /// Bad Request
    Status400_BadRequest
    (models::ErrorGeneric)
    ,
    /// Internal Server Error
    Status500_InternalServerError
    (models::ErrorGeneric)
    ,
    /// Service Unavailable
    Status503_ServiceUnavailable
    (models::ErrorGeneric)
}




/// Identity
#[async_trait]
#[allow(clippy::ptr_arg)]
pub trait Identity<E: std::fmt::Debug + Send + Sync + 'static = ()>: super::ErrorHandler<E> {
    /// Create an identity.
    ///
    /// CreateIdentity - POST /admin/identities
    async fn create_identity(
    &self,
    
    method: &Method,
    host: &Host,
    cookies: &CookieJar,
            body: &Bytes,
    ) -> Result<CreateIdentityResponse, E>;

    /// Delete an identity.
    ///
    /// DeleteIdentity - DELETE /admin/identities/{id}
    async fn delete_identity(
    &self,
    
    method: &Method,
    host: &Host,
    cookies: &CookieJar,
      path_params: &models::DeleteIdentityPathParams,
    ) -> Result<DeleteIdentityResponse, E>;

    /// Read an identity.
    ///
    /// GetIdentity - GET /admin/identities/{id}
    async fn get_identity(
    &self,
    
    method: &Method,
    host: &Host,
    cookies: &CookieJar,
      path_params: &models::GetIdentityPathParams,
      query_params: &models::GetIdentityQueryParams,
    ) -> Result<GetIdentityResponse, E>;

    /// Read a session.
    ///
    /// GetSession - GET /admin/sessions/{id}
    async fn get_session(
    &self,
    
    method: &Method,
    host: &Host,
    cookies: &CookieJar,
      path_params: &models::GetSessionPathParams,
      query_params: &models::GetSessionQueryParams,
    ) -> Result<GetSessionResponse, E>;

    /// List identities.
    ///
    /// ListIdentities - GET /admin/identities
    async fn list_identities(
    &self,
    
    method: &Method,
    host: &Host,
    cookies: &CookieJar,
      query_params: &models::ListIdentitiesQueryParams,
    ) -> Result<ListIdentitiesResponse, E>;
}
