//! The built-in login UI: small server-rendered HTML pages (login, error, and a signed-in page
//! with a logout button), so a browser login works out of the box. They are the default
//! `ui_url`s; a deployment can point those at an external UI instead. No JavaScript: plain
//! forms posting to the self-service endpoints.

mod render;

use axum::Router;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use http::header::{CACHE_CONTROL, CONTENT_SECURITY_POLICY, CONTENT_TYPE, REFERRER_POLICY};
use http::{HeaderValue, StatusCode};
use serde::Deserialize;

use crate::api::Api;
use crate::flow::{FlowId, LoginError};
use crate::http::RequestContext;

/// The pages' routes on the public listener (under the public base URL's path for clients).
pub const LOGIN: &str = "/ui/login";
pub const ERROR: &str = "/ui/error";
pub const WELCOME: &str = "/ui/welcome";

const CSP: &str = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

pub fn router(api: Api) -> Router {
    Router::new()
        .route(LOGIN, get(login_page))
        .route(ERROR, get(error_page))
        .route(WELCOME, get(welcome_page))
        .with_state(api)
}

#[derive(Deserialize)]
struct FlowQuery {
    flow: Option<String>,
}

#[derive(Deserialize)]
struct ErrorQuery {
    id: Option<String>,
}

fn html(status: StatusCode, body: String) -> Response {
    let mut response = (status, body).into_response();
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"));
    headers.insert(CONTENT_SECURITY_POLICY, HeaderValue::from_static(CSP));
    headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(REFERRER_POLICY, HeaderValue::from_static("same-origin"));
    response
}

/// Starts a new browser flow (the page cannot show this one).
fn restart(api: &Api) -> Response {
    Redirect::to(&api.public_base_url.join("/self-service/login/browser")).into_response()
}

async fn login_page(State(api): State<Api>, Query(query): Query<FlowQuery>) -> Response {
    let Some(id) = query.flow.as_deref().and_then(|f| uuid::Uuid::parse_str(f).ok()) else {
        return restart(&api);
    };
    match api.login.get(FlowId(id), &RequestContext::current().csrf_evidence()).await {
        Ok(flow) => html(StatusCode::OK, render::login(&flow)),
        Err(LoginError::FlowNotFound | LoginError::FlowExpired(_) | LoginError::CsrfViolation(_)) => {
            restart(&api)
        }
        Err(e) => {
            tracing::error!(error = %e, "login page failed");
            html(StatusCode::INTERNAL_SERVER_ERROR, render::error("Something went wrong", None))
        }
    }
}

async fn error_page(State(api): State<Api>, Query(query): Query<ErrorQuery>) -> Response {
    let stored = match query.id.as_deref().and_then(|i| uuid::Uuid::parse_str(i).ok()) {
        Some(id) => api.errors.get(id).await.ok().flatten(),
        None => None,
    };
    let Some(stored) = stored else {
        return html(
            StatusCode::NOT_FOUND,
            render::error("This error is unknown or no longer available.", None),
        );
    };
    let text = |key: &str| stored.error.get(key).and_then(|v| v.as_str()).map(str::to_string);
    let message = text("message").unwrap_or_else(|| "An error occurred".into());
    html(StatusCode::OK, render::error(&message, text("reason").as_deref()))
}

async fn welcome_page(State(api): State<Api>) -> Response {
    let Some(token) = RequestContext::current().session_cookie_token() else {
        return restart(&api);
    };
    match api.sessions.active(&token).await {
        Ok(Some(found)) => {
            let (session, identity) = &*found;
            let logout_token = api.sessions.logout_token(&token);
            let logout = api.public_base_url.join("/self-service/logout");
            html(StatusCode::OK, render::welcome(session, identity, &logout, logout_token.expose()))
        }
        Ok(None) => restart(&api),
        Err(e) => {
            tracing::error!(error = %e, "welcome page failed");
            html(StatusCode::INTERNAL_SERVER_ERROR, render::error("Something went wrong", None))
        }
    }
}
