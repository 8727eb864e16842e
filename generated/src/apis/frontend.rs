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
pub enum CreateBrowserLoginFlowResponse {
    /// OK
    Status200_OK
    (models::LoginFlow)
    ,
    /// See Other
    Status303_SeeOther
    {
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
    /// Unauthorized
    Status401_Unauthorized
    (models::ErrorGeneric)
    ,
    /// Too Many Requests
    Status429_TooManyRequests
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
pub enum CreateBrowserLogoutFlowResponse {
    /// OK
    Status200_OK
    (models::LogoutFlow)
    ,
    /// See Other
    Status303_SeeOther
    {
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
    /// Unauthorized
    Status401_Unauthorized
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
pub enum CreateNativeLoginFlowResponse {
    /// OK
    Status200_OK
    (models::LoginFlow)
    ,
    /// Bad Request
    Status400_BadRequest
    (models::ErrorGeneric)
    ,
    /// Unauthorized
    Status401_Unauthorized
    (models::ErrorGeneric)
    ,
    /// Request Entity Too Large
    Status413_RequestEntityTooLarge
    (models::ErrorGeneric)
    ,
    /// Too Many Requests
    Status429_TooManyRequests
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
pub enum GetFlowErrorResponse {
    /// OK
    Status200_OK
    (models::FlowError)
    ,
    /// Forbidden
    Status403_Forbidden
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
pub enum GetLoginFlowResponse {
    /// OK
    Status200_OK
    (models::LoginFlow)
    ,
    /// Forbidden
    Status403_Forbidden
    (models::ErrorGeneric)
    ,
    /// Not Found
    Status404_NotFound
    (models::ErrorGeneric)
    ,
    /// Gone
    Status410_Gone
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
pub enum PerformNativeLogoutResponse {
    /// No Content
    Status204_NoContent
    ,
    /// Bad Request
    Status400_BadRequest
    (models::ErrorGeneric)
    ,
    /// Forbidden
    Status403_Forbidden
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
pub enum ToSessionResponse {
    /// OK
    Status200_OK
    {
        body: models::Session,
        x_kratos_authenticated_identity_id:
        Option<
        String
        >
    }
    ,
    /// Unauthorized
    Status401_Unauthorized
    (models::ErrorGeneric)
    ,
    /// Forbidden
    Status403_Forbidden
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
pub enum UpdateLoginFlowResponse {
    /// OK
    Status200_OK
    (models::SuccessfulNativeLogin)
    ,
    /// See Other
    Status303_SeeOther
    {
        location:
        Option<
        String
        >
    }
    ,
    /// Bad Request
    Status400_BadRequest
    (models::UpdateLoginFlow400Response)
    ,
    /// Unauthorized
    Status401_Unauthorized
    (models::ErrorGeneric)
    ,
    /// Forbidden
    Status403_Forbidden
    (models::ErrorGeneric)
    ,
    /// Not Found
    Status404_NotFound
    (models::ErrorGeneric)
    ,
    /// Gone
    Status410_Gone
    (models::SelfServiceFlowExpiredError)
    ,
    /// Request Entity Too Large
    Status413_RequestEntityTooLarge
    (models::ErrorGeneric)
    ,
    /// Unprocessable Entity
    Status422_UnprocessableEntity
    (models::ErrorBrowserLocationChangeRequired)
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
pub enum UpdateLogoutFlowResponse {
    /// No Content
    Status204_NoContent
    ,
    /// See Other
    Status303_SeeOther
    {
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
    /// Unauthorized
    Status401_Unauthorized
    (models::ErrorGeneric)
    ,
    /// Forbidden
    Status403_Forbidden
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




/// Frontend
#[async_trait]
#[allow(clippy::ptr_arg)]
pub trait Frontend<E: std::fmt::Debug + Send + Sync + 'static = ()>: super::ErrorHandler<E> {
    /// Start a login flow for a web browser.
    ///
    /// CreateBrowserLoginFlow - GET /self-service/login/browser
    async fn create_browser_login_flow(
    &self,
    
    method: &Method,
    host: &Host,
    cookies: &CookieJar,
      header_params: &models::CreateBrowserLoginFlowHeaderParams,
      query_params: &models::CreateBrowserLoginFlowQueryParams,
    ) -> Result<CreateBrowserLoginFlowResponse, E>;

    /// Get a logout URL for a browser.
    ///
    /// CreateBrowserLogoutFlow - GET /self-service/logout/browser
    async fn create_browser_logout_flow(
    &self,
    
    method: &Method,
    host: &Host,
    cookies: &CookieJar,
      header_params: &models::CreateBrowserLogoutFlowHeaderParams,
      query_params: &models::CreateBrowserLogoutFlowQueryParams,
    ) -> Result<CreateBrowserLogoutFlowResponse, E>;

    /// Start a login flow for a native client.
    ///
    /// CreateNativeLoginFlow - GET /self-service/login/api
    async fn create_native_login_flow(
    &self,
    
    method: &Method,
    host: &Host,
    cookies: &CookieJar,
      header_params: &models::CreateNativeLoginFlowHeaderParams,
      query_params: &models::CreateNativeLoginFlowQueryParams,
    ) -> Result<CreateNativeLoginFlowResponse, E>;

    /// Read an error a browser was sent to.
    ///
    /// GetFlowError - GET /self-service/errors
    async fn get_flow_error(
    &self,
    
    method: &Method,
    host: &Host,
    cookies: &CookieJar,
      query_params: &models::GetFlowErrorQueryParams,
    ) -> Result<GetFlowErrorResponse, E>;

    /// Fetch a login flow.
    ///
    /// GetLoginFlow - GET /self-service/login/flows
    async fn get_login_flow(
    &self,
    
    method: &Method,
    host: &Host,
    cookies: &CookieJar,
      header_params: &models::GetLoginFlowHeaderParams,
      query_params: &models::GetLoginFlowQueryParams,
    ) -> Result<GetLoginFlowResponse, E>;

    /// Sign a native client out.
    ///
    /// PerformNativeLogout - DELETE /self-service/logout/api
    async fn perform_native_logout(
    &self,
    
    method: &Method,
    host: &Host,
    cookies: &CookieJar,
            body: &Bytes,
    ) -> Result<PerformNativeLogoutResponse, E>;

    /// Check who the current session belongs to.
    ///
    /// ToSession - GET /sessions/whoami
    async fn to_session(
    &self,
    
    method: &Method,
    host: &Host,
    cookies: &CookieJar,
      header_params: &models::ToSessionHeaderParams,
      query_params: &models::ToSessionQueryParams,
    ) -> Result<ToSessionResponse, E>;

    /// Submit a login flow.
    ///
    /// UpdateLoginFlow - POST /self-service/login
    async fn update_login_flow(
    &self,
    
    method: &Method,
    host: &Host,
    cookies: &CookieJar,
      header_params: &models::UpdateLoginFlowHeaderParams,
      query_params: &models::UpdateLoginFlowQueryParams,
            body: &Bytes,
    ) -> Result<UpdateLoginFlowResponse, E>;

    /// Sign a browser out.
    ///
    /// UpdateLogoutFlow - GET /self-service/logout
    async fn update_logout_flow(
    &self,
    
    method: &Method,
    host: &Host,
    cookies: &CookieJar,
      header_params: &models::UpdateLogoutFlowHeaderParams,
      query_params: &models::UpdateLogoutFlowQueryParams,
    ) -> Result<UpdateLogoutFlowResponse, E>;
}
