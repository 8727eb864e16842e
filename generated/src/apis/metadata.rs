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
pub enum GetVersionResponse {
    /// OK
    Status200_OK
    (models::GetVersion200Response)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
#[allow(clippy::large_enum_variant)]
pub enum IsAliveResponse {
    /// OK
    Status200_OK
    (models::HealthStatus)
    ,
    /// Service Unavailable
    Status500_ServiceUnavailable
    (String)
    ,
    /// Service Unavailable
    Status503_ServiceUnavailable
    (String)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
#[allow(clippy::large_enum_variant)]
pub enum IsReadyResponse {
    /// OK
    Status200_OK
    (models::HealthStatus)
    ,
    /// Service Unavailable
    Status503_ServiceUnavailable
    (models::HealthNotReadyStatus)
    ,
    /// Internal Server Error
    Status500_InternalServerError
    (String)
}




/// Metadata
#[async_trait]
#[allow(clippy::ptr_arg)]
pub trait Metadata<E: std::fmt::Debug + Send + Sync + 'static = ()>: super::ErrorHandler<E> {
    /// The running version.
    ///
    /// GetVersion - GET /version
    async fn get_version(
    &self,
    
    method: &Method,
    host: &Host,
    cookies: &CookieJar,
    ) -> Result<GetVersionResponse, E>;

    /// Is the process up.
    ///
    /// IsAlive - GET /health/alive
    async fn is_alive(
    &self,
    
    method: &Method,
    host: &Host,
    cookies: &CookieJar,
    ) -> Result<IsAliveResponse, E>;

    /// Can the server handle traffic.
    ///
    /// IsReady - GET /health/ready
    async fn is_ready(
    &self,
    
    method: &Method,
    host: &Host,
    cookies: &CookieJar,
    ) -> Result<IsReadyResponse, E>;
}
