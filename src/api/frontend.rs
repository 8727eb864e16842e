//! The public self-service operations (the generated `Frontend` trait). Each method reads its
//! parameters and hands over to `login` or `sessions`.

use async_trait::async_trait;
use axum_extra::extract::CookieJar;
use bytes::Bytes;
use headers::Host;
use http::Method;
use portcullis_api::apis::frontend::{
    CreateBrowserLoginFlowResponse, CreateBrowserLogoutFlowResponse, CreateNativeLoginFlowResponse, Frontend,
    GetFlowErrorResponse, GetLoginFlowResponse, PerformNativeLogoutResponse, ToSessionResponse,
    UpdateLoginFlowResponse, UpdateLogoutFlowResponse,
};
use portcullis_api::models;

use super::errors::error_responses;
use super::login::CreateQuery;
use super::{Api, bearer_token, header_token, session_token};

type Never = std::convert::Infallible;

error_responses!(CreateNativeLoginFlowResponse {
    400 => Status400_BadRequest,
    401 => Status401_Unauthorized,
    413 => Status413_RequestEntityTooLarge,
    429 => Status429_TooManyRequests,
});
error_responses!(CreateBrowserLoginFlowResponse {
    400 => Status400_BadRequest,
    401 => Status401_Unauthorized,
    429 => Status429_TooManyRequests,
});
error_responses!(GetLoginFlowResponse { 403 => Status403_Forbidden, 404 => Status404_NotFound, 410 => Status410_Gone });
error_responses!(UpdateLoginFlowResponse {
    401 => Status401_Unauthorized,
    403 => Status403_Forbidden,
    404 => Status404_NotFound,
    413 => Status413_RequestEntityTooLarge,
});
error_responses!(ToSessionResponse { 401 => Status401_Unauthorized, 403 => Status403_Forbidden });
error_responses!(PerformNativeLogoutResponse {
    400 => Status400_BadRequest,
    403 => Status403_Forbidden,
    413 => Status413_RequestEntityTooLarge,
});
error_responses!(CreateBrowserLogoutFlowResponse { 400 => Status400_BadRequest, 401 => Status401_Unauthorized });
error_responses!(UpdateLogoutFlowResponse {
    400 => Status400_BadRequest,
    401 => Status401_Unauthorized,
    403 => Status403_Forbidden,
});
error_responses!(GetFlowErrorResponse { 403 => Status403_Forbidden, 404 => Status404_NotFound });

#[async_trait]
impl Frontend<Never> for Api {
    async fn create_browser_login_flow(
        &self,
        _: &Method,
        _: &Host,
        _: &CookieJar,
        _: &models::CreateBrowserLoginFlowHeaderParams,
        query: &models::CreateBrowserLoginFlowQueryParams,
    ) -> Result<CreateBrowserLoginFlowResponse, Never> {
        let query = CreateQuery {
            refresh: query.refresh.as_ref(),
            aal: query.aal.as_ref(),
            return_to: query.return_to.as_ref(),
            identity_schema: query.identity_schema.as_ref(),
        };
        Ok(self.create_browser_flow(query).await)
    }

    async fn create_browser_logout_flow(
        &self,
        _: &Method,
        _: &Host,
        _: &CookieJar,
        _: &models::CreateBrowserLogoutFlowHeaderParams,
        query: &models::CreateBrowserLogoutFlowQueryParams,
    ) -> Result<CreateBrowserLogoutFlowResponse, Never> {
        Ok(self.browser_logout_flow(query.return_to.as_deref()).await)
    }

    async fn create_native_login_flow(
        &self,
        _: &Method,
        _: &Host,
        _: &CookieJar,
        headers: &models::CreateNativeLoginFlowHeaderParams,
        query: &models::CreateNativeLoginFlowQueryParams,
    ) -> Result<CreateNativeLoginFlowResponse, Never> {
        let token = session_token(headers.x_session_token.as_deref(), headers.authorization.as_deref());
        let query = CreateQuery {
            refresh: query.refresh.as_ref(),
            aal: query.aal.as_ref(),
            return_to: query.return_to.as_ref(),
            identity_schema: query.identity_schema.as_ref(),
        };
        Ok(self.create_native_flow(token, query).await)
    }

    async fn get_flow_error(
        &self,
        _: &Method,
        _: &Host,
        _: &CookieJar,
        query: &models::GetFlowErrorQueryParams,
    ) -> Result<GetFlowErrorResponse, Never> {
        Ok(self.flow_error(query.id.as_deref()).await)
    }

    async fn get_login_flow(
        &self,
        _: &Method,
        _: &Host,
        _: &CookieJar,
        _: &models::GetLoginFlowHeaderParams,
        query: &models::GetLoginFlowQueryParams,
    ) -> Result<GetLoginFlowResponse, Never> {
        Ok(self.fetch_flow(query.id.as_deref()).await)
    }

    async fn perform_native_logout(
        &self,
        _: &Method,
        _: &Host,
        _: &CookieJar,
        body: &Bytes,
    ) -> Result<PerformNativeLogoutResponse, Never> {
        Ok(self.native_logout(body).await)
    }

    async fn to_session(
        &self,
        _: &Method,
        _: &Host,
        _: &CookieJar,
        headers: &models::ToSessionHeaderParams,
        _: &models::ToSessionQueryParams,
    ) -> Result<ToSessionResponse, Never> {
        let header = header_token(headers.x_session_token.as_deref());
        let bearer = bearer_token(headers.authorization.as_deref());
        Ok(self.whoami(header, bearer).await)
    }

    async fn update_login_flow(
        &self,
        _: &Method,
        _: &Host,
        _: &CookieJar,
        headers: &models::UpdateLoginFlowHeaderParams,
        query: &models::UpdateLoginFlowQueryParams,
        body: &Bytes,
    ) -> Result<UpdateLoginFlowResponse, Never> {
        let token = session_token(headers.x_session_token.as_deref(), headers.authorization.as_deref());
        Ok(self.submit_flow(query.flow.as_deref(), token, body).await)
    }

    async fn update_logout_flow(
        &self,
        _: &Method,
        _: &Host,
        _: &CookieJar,
        _: &models::UpdateLogoutFlowHeaderParams,
        query: &models::UpdateLogoutFlowQueryParams,
    ) -> Result<UpdateLogoutFlowResponse, Never> {
        Ok(self.browser_logout(query.token.as_deref(), query.return_to.as_deref()).await)
    }
}
