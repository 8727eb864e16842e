use std::collections::HashMap;

use axum::{body::Body, extract::*, response::Response, routing::*};
use axum_extra::{
    TypedHeader,
    extract::{CookieJar, Query as QueryExtra},
};
use bytes::Bytes;
use headers::Host;
use http::{HeaderMap, HeaderName, HeaderValue, Method, StatusCode, header::CONTENT_TYPE};
use tracing::error;
use validator::{Validate, ValidationErrors};

#[allow(unused_imports)]
use crate::{apis, models};
use crate::{header, types::*};
#[allow(unused_imports)]
use crate::{
    models::check_xss_map, models::check_xss_map_nested, models::check_xss_map_string,
    models::check_xss_string, models::check_xss_vec_string,
};


/// Setup API Server.
pub fn new<I, A, E>(api_impl: I) -> Router
where
    I: AsRef<A> + Clone + Send + Sync + 'static,
    A: apis::frontend::Frontend<E> + apis::identity::Identity<E> + apis::metadata::Metadata<E> + apis::metrics::Metrics<E> + Send + Sync + 'static,
    E: std::fmt::Debug + Send + Sync + 'static,
    
{
    // build our application with a route
    Router::new()
        .route("/admin/identities",
            get(list_identities::<I, A, E>).post(create_identity::<I, A, E>)
        )
        .route("/admin/identities/{id}",
            delete(delete_identity::<I, A, E>).get(get_identity::<I, A, E>)
        )
        .route("/admin/metrics/prometheus",
            get(get_prometheus_metrics::<I, A, E>)
        )
        .route("/admin/sessions/{id}",
            get(get_session::<I, A, E>)
        )
        .route("/health/alive",
            get(is_alive::<I, A, E>)
        )
        .route("/health/ready",
            get(is_ready::<I, A, E>)
        )
        .route("/self-service/errors",
            get(get_flow_error::<I, A, E>)
        )
        .route("/self-service/login",
            post(update_login_flow::<I, A, E>)
        )
        .route("/self-service/login/api",
            get(create_native_login_flow::<I, A, E>)
        )
        .route("/self-service/login/browser",
            get(create_browser_login_flow::<I, A, E>)
        )
        .route("/self-service/login/flows",
            get(get_login_flow::<I, A, E>)
        )
        .route("/self-service/logout",
            get(update_logout_flow::<I, A, E>)
        )
        .route("/self-service/logout/api",
            delete(perform_native_logout::<I, A, E>)
        )
        .route("/self-service/logout/browser",
            get(create_browser_logout_flow::<I, A, E>)
        )
        .route("/sessions/whoami",
            get(to_session::<I, A, E>)
        )
        .route("/version",
            get(get_version::<I, A, E>)
        )
        .with_state(api_impl)
}

/// CreateBrowserLoginFlow - GET /self-service/login/browser
#[tracing::instrument(skip_all)]
async fn create_browser_login_flow<I, A, E>(
  method: Method,
  TypedHeader(host): TypedHeader<Host>,
  cookies: CookieJar,
  headers: HeaderMap,
  QueryExtra(query_params): QueryExtra<models::CreateBrowserLoginFlowQueryParams>,
 State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::frontend::Frontend<E> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
        {



    // Header parameters
    let header_params = {
                let header_cookie = headers.get(HeaderName::from_static("cookie"));

                let header_cookie = match header_cookie {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            Some(result.0),
                        Err(err) => {
                            return Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .body(Body::from(format!("Invalid header Cookie - {err}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });

                        },
                    },
                    None => {
                        None
                    }
                };
                let header_accept = headers.get(HeaderName::from_static("accept"));

                let header_accept = match header_accept {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            Some(result.0),
                        Err(err) => {
                            return Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .body(Body::from(format!("Invalid header Accept - {err}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });

                        },
                    },
                    None => {
                        None
                    }
                };

       models::CreateBrowserLoginFlowHeaderParams {
          cookie: header_cookie,
          accept: header_accept,
       }
  };





  let result = api_impl.as_ref().create_browser_login_flow(
      
      &method,
      &host,
      &cookies,
        &header_params,
        &query_params,
  ).await;

  let resp = match result {
                                            Ok(rsp) => match rsp {
                                                apis::frontend::CreateBrowserLoginFlowResponse::Status200_OK
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(200);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =  json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::frontend::CreateBrowserLoginFlowResponse::Status303_SeeOther
                                                    {
                                                        location
                                                    }
                                                => {
                                                let mut response = Response::builder();
                    if let Some(location) = location {
                        let location = match header::IntoHeaderValue(location).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling location header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("location"),
                              location
                        );
                    }
                                                  let mut response = response.status(303);
                                                  response.body(Body::empty())
                                                },
                                                apis::frontend::CreateBrowserLoginFlowResponse::Status400_BadRequest
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(400);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =  json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::frontend::CreateBrowserLoginFlowResponse::Status401_Unauthorized
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(401);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =  json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::frontend::CreateBrowserLoginFlowResponse::Status429_TooManyRequests
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(429);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =  json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::frontend::CreateBrowserLoginFlowResponse::Status500_InternalServerError
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(500);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =  json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::frontend::CreateBrowserLoginFlowResponse::Status503_ServiceUnavailable
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(503);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =  json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                            },
                                            Err(why) => {
                                                    // Application code returned an error. This should not happen, as the implementation should
                                                    // return a valid response.
                                                    return api_impl.as_ref().handle_error(&method, &host, &cookies, why).await;
                                            },
                                        };


                                        resp.map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR })
}

/// CreateBrowserLogoutFlow - GET /self-service/logout/browser
#[tracing::instrument(skip_all)]
async fn create_browser_logout_flow<I, A, E>(
  method: Method,
  TypedHeader(host): TypedHeader<Host>,
  cookies: CookieJar,
  headers: HeaderMap,
  QueryExtra(query_params): QueryExtra<models::CreateBrowserLogoutFlowQueryParams>,
 State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::frontend::Frontend<E> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
        {



    // Header parameters
    let header_params = {
                let header_cookie = headers.get(HeaderName::from_static("cookie"));

                let header_cookie = match header_cookie {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            Some(result.0),
                        Err(err) => {
                            return Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .body(Body::from(format!("Invalid header cookie - {err}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });

                        },
                    },
                    None => {
                        None
                    }
                };
                let header_accept = headers.get(HeaderName::from_static("accept"));

                let header_accept = match header_accept {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            Some(result.0),
                        Err(err) => {
                            return Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .body(Body::from(format!("Invalid header Accept - {err}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });

                        },
                    },
                    None => {
                        None
                    }
                };

       models::CreateBrowserLogoutFlowHeaderParams {
          cookie: header_cookie,
          accept: header_accept,
       }
  };





  let result = api_impl.as_ref().create_browser_logout_flow(
      
      &method,
      &host,
      &cookies,
        &header_params,
        &query_params,
  ).await;

  let resp = match result {
                                            Ok(rsp) => match rsp {
                                                apis::frontend::CreateBrowserLogoutFlowResponse::Status200_OK
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(200);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =  json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::frontend::CreateBrowserLogoutFlowResponse::Status303_SeeOther
                                                    {
                                                        location
                                                    }
                                                => {
                                                let mut response = Response::builder();
                    if let Some(location) = location {
                        let location = match header::IntoHeaderValue(location).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling location header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("location"),
                              location
                        );
                    }
                                                  let mut response = response.status(303);
                                                  response.body(Body::empty())
                                                },
                                                apis::frontend::CreateBrowserLogoutFlowResponse::Status400_BadRequest
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(400);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =  json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::frontend::CreateBrowserLogoutFlowResponse::Status401_Unauthorized
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(401);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =  json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::frontend::CreateBrowserLogoutFlowResponse::Status500_InternalServerError
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(500);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =  json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::frontend::CreateBrowserLogoutFlowResponse::Status503_ServiceUnavailable
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(503);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =  json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                            },
                                            Err(why) => {
                                                    // Application code returned an error. This should not happen, as the implementation should
                                                    // return a valid response.
                                                    return api_impl.as_ref().handle_error(&method, &host, &cookies, why).await;
                                            },
                                        };


                                        resp.map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR })
}

/// CreateNativeLoginFlow - GET /self-service/login/api
#[tracing::instrument(skip_all)]
async fn create_native_login_flow<I, A, E>(
  method: Method,
  TypedHeader(host): TypedHeader<Host>,
  cookies: CookieJar,
  headers: HeaderMap,
  QueryExtra(query_params): QueryExtra<models::CreateNativeLoginFlowQueryParams>,
 State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::frontend::Frontend<E> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
        {



    // Header parameters
    let header_params = {
                let header_x_session_token = headers.get(HeaderName::from_static("x-session-token"));

                let header_x_session_token = match header_x_session_token {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            Some(result.0),
                        Err(err) => {
                            return Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .body(Body::from(format!("Invalid header X-Session-Token - {err}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });

                        },
                    },
                    None => {
                        None
                    }
                };
                let header_authorization = headers.get(HeaderName::from_static("authorization"));

                let header_authorization = match header_authorization {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            Some(result.0),
                        Err(err) => {
                            return Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .body(Body::from(format!("Invalid header Authorization - {err}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });

                        },
                    },
                    None => {
                        None
                    }
                };

       models::CreateNativeLoginFlowHeaderParams {
          x_session_token: header_x_session_token,
          authorization: header_authorization,
       }
  };





  let result = api_impl.as_ref().create_native_login_flow(
      
      &method,
      &host,
      &cookies,
        &header_params,
        &query_params,
  ).await;

  let resp = match result {
                                            Ok(rsp) => match rsp {
                                                apis::frontend::CreateNativeLoginFlowResponse::Status200_OK
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(200);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =  json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::frontend::CreateNativeLoginFlowResponse::Status400_BadRequest
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(400);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =  json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::frontend::CreateNativeLoginFlowResponse::Status401_Unauthorized
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(401);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =  json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::frontend::CreateNativeLoginFlowResponse::Status413_RequestEntityTooLarge
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(413);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =  json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::frontend::CreateNativeLoginFlowResponse::Status429_TooManyRequests
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(429);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =  json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::frontend::CreateNativeLoginFlowResponse::Status500_InternalServerError
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(500);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =  json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::frontend::CreateNativeLoginFlowResponse::Status503_ServiceUnavailable
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(503);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =  json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                            },
                                            Err(why) => {
                                                    // Application code returned an error. This should not happen, as the implementation should
                                                    // return a valid response.
                                                    return api_impl.as_ref().handle_error(&method, &host, &cookies, why).await;
                                            },
                                        };


                                        resp.map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR })
}

/// GetFlowError - GET /self-service/errors
#[tracing::instrument(skip_all)]
async fn get_flow_error<I, A, E>(
  method: Method,
  TypedHeader(host): TypedHeader<Host>,
  cookies: CookieJar,
  QueryExtra(query_params): QueryExtra<models::GetFlowErrorQueryParams>,
 State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::frontend::Frontend<E> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
        {







  let result = api_impl.as_ref().get_flow_error(
      
      &method,
      &host,
      &cookies,
        &query_params,
  ).await;

  let resp = match result {
                                            Ok(rsp) => match rsp {
                                                apis::frontend::GetFlowErrorResponse::Status200_OK
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(200);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =  json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::frontend::GetFlowErrorResponse::Status403_Forbidden
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(403);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =  json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::frontend::GetFlowErrorResponse::Status404_NotFound
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(404);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =  json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::frontend::GetFlowErrorResponse::Status500_InternalServerError
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(500);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =  json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::frontend::GetFlowErrorResponse::Status503_ServiceUnavailable
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(503);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =  json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                            },
                                            Err(why) => {
                                                    // Application code returned an error. This should not happen, as the implementation should
                                                    // return a valid response.
                                                    return api_impl.as_ref().handle_error(&method, &host, &cookies, why).await;
                                            },
                                        };


                                        resp.map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR })
}

/// GetLoginFlow - GET /self-service/login/flows
#[tracing::instrument(skip_all)]
async fn get_login_flow<I, A, E>(
  method: Method,
  TypedHeader(host): TypedHeader<Host>,
  cookies: CookieJar,
  headers: HeaderMap,
  QueryExtra(query_params): QueryExtra<models::GetLoginFlowQueryParams>,
 State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::frontend::Frontend<E> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
        {



    // Header parameters
    let header_params = {
                let header_cookie = headers.get(HeaderName::from_static("cookie"));

                let header_cookie = match header_cookie {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            Some(result.0),
                        Err(err) => {
                            return Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .body(Body::from(format!("Invalid header Cookie - {err}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });

                        },
                    },
                    None => {
                        None
                    }
                };

       models::GetLoginFlowHeaderParams {
          cookie: header_cookie,
       }
  };





  let result = api_impl.as_ref().get_login_flow(
      
      &method,
      &host,
      &cookies,
        &header_params,
        &query_params,
  ).await;

  let resp = match result {
                                            Ok(rsp) => match rsp {
                                                apis::frontend::GetLoginFlowResponse::Status200_OK
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(200);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =  json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::frontend::GetLoginFlowResponse::Status403_Forbidden
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(403);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =  json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::frontend::GetLoginFlowResponse::Status404_NotFound
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(404);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =  json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::frontend::GetLoginFlowResponse::Status410_Gone
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(410);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =  json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::frontend::GetLoginFlowResponse::Status500_InternalServerError
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(500);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =  json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::frontend::GetLoginFlowResponse::Status503_ServiceUnavailable
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(503);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =  json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                            },
                                            Err(why) => {
                                                    // Application code returned an error. This should not happen, as the implementation should
                                                    // return a valid response.
                                                    return api_impl.as_ref().handle_error(&method, &host, &cookies, why).await;
                                            },
                                        };


                                        resp.map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR })
}

/// PerformNativeLogout - DELETE /self-service/logout/api
#[tracing::instrument(skip_all)]
async fn perform_native_logout<I, A, E>(
  method: Method,
  TypedHeader(host): TypedHeader<Host>,
  cookies: CookieJar,
 State(api_impl): State<I>,
          body: Bytes,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::frontend::Frontend<E> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
        {







  let result = api_impl.as_ref().perform_native_logout(
      
      &method,
      &host,
      &cookies,
              &body,
  ).await;

  let resp = match result {
                                            Ok(rsp) => match rsp {
                                                apis::frontend::PerformNativeLogoutResponse::Status204_NoContent
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(204);
                                                  response.body(Body::empty())
                                                },
                                                apis::frontend::PerformNativeLogoutResponse::Status400_BadRequest
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(400);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =  json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::frontend::PerformNativeLogoutResponse::Status403_Forbidden
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(403);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =  json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::frontend::PerformNativeLogoutResponse::Status413_RequestEntityTooLarge
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(413);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =  json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::frontend::PerformNativeLogoutResponse::Status500_InternalServerError
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(500);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =  json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::frontend::PerformNativeLogoutResponse::Status503_ServiceUnavailable
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(503);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =  json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                            },
                                            Err(why) => {
                                                    // Application code returned an error. This should not happen, as the implementation should
                                                    // return a valid response.
                                                    return api_impl.as_ref().handle_error(&method, &host, &cookies, why).await;
                                            },
                                        };


                                        resp.map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR })
}

/// ToSession - GET /sessions/whoami
#[tracing::instrument(skip_all)]
async fn to_session<I, A, E>(
  method: Method,
  TypedHeader(host): TypedHeader<Host>,
  cookies: CookieJar,
  headers: HeaderMap,
  QueryExtra(query_params): QueryExtra<models::ToSessionQueryParams>,
 State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::frontend::Frontend<E> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
        {



    // Header parameters
    let header_params = {
                let header_x_session_token = headers.get(HeaderName::from_static("x-session-token"));

                let header_x_session_token = match header_x_session_token {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            Some(result.0),
                        Err(err) => {
                            return Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .body(Body::from(format!("Invalid header X-Session-Token - {err}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });

                        },
                    },
                    None => {
                        None
                    }
                };
                let header_authorization = headers.get(HeaderName::from_static("authorization"));

                let header_authorization = match header_authorization {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            Some(result.0),
                        Err(err) => {
                            return Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .body(Body::from(format!("Invalid header Authorization - {err}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });

                        },
                    },
                    None => {
                        None
                    }
                };
                let header_cookie = headers.get(HeaderName::from_static("cookie"));

                let header_cookie = match header_cookie {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            Some(result.0),
                        Err(err) => {
                            return Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .body(Body::from(format!("Invalid header Cookie - {err}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });

                        },
                    },
                    None => {
                        None
                    }
                };

       models::ToSessionHeaderParams {
          x_session_token: header_x_session_token,
          authorization: header_authorization,
          cookie: header_cookie,
       }
  };





  let result = api_impl.as_ref().to_session(
      
      &method,
      &host,
      &cookies,
        &header_params,
        &query_params,
  ).await;

  let resp = match result {
                                            Ok(rsp) => match rsp {
                                                apis::frontend::ToSessionResponse::Status200_OK
                                                    {
                                                        body,
                                                        x_kratos_authenticated_identity_id
                                                    }
                                                => {
                                                let mut response = Response::builder();
                    if let Some(x_kratos_authenticated_identity_id) = x_kratos_authenticated_identity_id {
                        let x_kratos_authenticated_identity_id = match header::IntoHeaderValue(x_kratos_authenticated_identity_id).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling x_kratos_authenticated_identity_id header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("x-kratos-authenticated-identity-id"),
                              x_kratos_authenticated_identity_id
                        );
                    }
                                                  let mut response = response.status(200);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =  json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::frontend::ToSessionResponse::Status401_Unauthorized
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(401);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =  json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::frontend::ToSessionResponse::Status403_Forbidden
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(403);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =  json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::frontend::ToSessionResponse::Status500_InternalServerError
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(500);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =  json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::frontend::ToSessionResponse::Status503_ServiceUnavailable
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(503);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =  json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                            },
                                            Err(why) => {
                                                    // Application code returned an error. This should not happen, as the implementation should
                                                    // return a valid response.
                                                    return api_impl.as_ref().handle_error(&method, &host, &cookies, why).await;
                                            },
                                        };


                                        resp.map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR })
}

/// UpdateLoginFlow - POST /self-service/login
#[tracing::instrument(skip_all)]
async fn update_login_flow<I, A, E>(
  method: Method,
  TypedHeader(host): TypedHeader<Host>,
  cookies: CookieJar,
  headers: HeaderMap,
  QueryExtra(query_params): QueryExtra<models::UpdateLoginFlowQueryParams>,
 State(api_impl): State<I>,
          body: Bytes,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::frontend::Frontend<E> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
        {



    // Header parameters
    let header_params = {
                let header_x_session_token = headers.get(HeaderName::from_static("x-session-token"));

                let header_x_session_token = match header_x_session_token {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            Some(result.0),
                        Err(err) => {
                            return Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .body(Body::from(format!("Invalid header X-Session-Token - {err}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });

                        },
                    },
                    None => {
                        None
                    }
                };
                let header_authorization = headers.get(HeaderName::from_static("authorization"));

                let header_authorization = match header_authorization {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            Some(result.0),
                        Err(err) => {
                            return Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .body(Body::from(format!("Invalid header Authorization - {err}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });

                        },
                    },
                    None => {
                        None
                    }
                };
                let header_cookie = headers.get(HeaderName::from_static("cookie"));

                let header_cookie = match header_cookie {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            Some(result.0),
                        Err(err) => {
                            return Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .body(Body::from(format!("Invalid header Cookie - {err}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });

                        },
                    },
                    None => {
                        None
                    }
                };
                let header_accept = headers.get(HeaderName::from_static("accept"));

                let header_accept = match header_accept {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            Some(result.0),
                        Err(err) => {
                            return Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .body(Body::from(format!("Invalid header Accept - {err}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });

                        },
                    },
                    None => {
                        None
                    }
                };

       models::UpdateLoginFlowHeaderParams {
          x_session_token: header_x_session_token,
          authorization: header_authorization,
          cookie: header_cookie,
          accept: header_accept,
       }
  };





  let result = api_impl.as_ref().update_login_flow(
      
      &method,
      &host,
      &cookies,
        &header_params,
        &query_params,
              &body,
  ).await;

  let resp = match result {
                                            Ok(rsp) => match rsp {
                                                apis::frontend::UpdateLoginFlowResponse::Status200_OK
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(200);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =  json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::frontend::UpdateLoginFlowResponse::Status303_SeeOther
                                                    {
                                                        location
                                                    }
                                                => {
                                                let mut response = Response::builder();
                    if let Some(location) = location {
                        let location = match header::IntoHeaderValue(location).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling location header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("location"),
                              location
                        );
                    }
                                                  let mut response = response.status(303);
                                                  response.body(Body::empty())
                                                },
                                                apis::frontend::UpdateLoginFlowResponse::Status400_BadRequest
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(400);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =  json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::frontend::UpdateLoginFlowResponse::Status401_Unauthorized
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(401);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =  json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::frontend::UpdateLoginFlowResponse::Status403_Forbidden
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(403);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =  json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::frontend::UpdateLoginFlowResponse::Status404_NotFound
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(404);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =  json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::frontend::UpdateLoginFlowResponse::Status410_Gone
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(410);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =  json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::frontend::UpdateLoginFlowResponse::Status413_RequestEntityTooLarge
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(413);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =  json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::frontend::UpdateLoginFlowResponse::Status422_UnprocessableEntity
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(422);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =  json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::frontend::UpdateLoginFlowResponse::Status500_InternalServerError
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(500);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =  json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::frontend::UpdateLoginFlowResponse::Status503_ServiceUnavailable
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(503);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =  json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                            },
                                            Err(why) => {
                                                    // Application code returned an error. This should not happen, as the implementation should
                                                    // return a valid response.
                                                    return api_impl.as_ref().handle_error(&method, &host, &cookies, why).await;
                                            },
                                        };


                                        resp.map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR })
}

/// UpdateLogoutFlow - GET /self-service/logout
#[tracing::instrument(skip_all)]
async fn update_logout_flow<I, A, E>(
  method: Method,
  TypedHeader(host): TypedHeader<Host>,
  cookies: CookieJar,
  headers: HeaderMap,
  QueryExtra(query_params): QueryExtra<models::UpdateLogoutFlowQueryParams>,
 State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::frontend::Frontend<E> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
        {



    // Header parameters
    let header_params = {
                let header_cookie = headers.get(HeaderName::from_static("cookie"));

                let header_cookie = match header_cookie {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            Some(result.0),
                        Err(err) => {
                            return Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .body(Body::from(format!("Invalid header Cookie - {err}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });

                        },
                    },
                    None => {
                        None
                    }
                };
                let header_accept = headers.get(HeaderName::from_static("accept"));

                let header_accept = match header_accept {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            Some(result.0),
                        Err(err) => {
                            return Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .body(Body::from(format!("Invalid header Accept - {err}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });

                        },
                    },
                    None => {
                        None
                    }
                };

       models::UpdateLogoutFlowHeaderParams {
          cookie: header_cookie,
          accept: header_accept,
       }
  };





  let result = api_impl.as_ref().update_logout_flow(
      
      &method,
      &host,
      &cookies,
        &header_params,
        &query_params,
  ).await;

  let resp = match result {
                                            Ok(rsp) => match rsp {
                                                apis::frontend::UpdateLogoutFlowResponse::Status204_NoContent
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(204);
                                                  response.body(Body::empty())
                                                },
                                                apis::frontend::UpdateLogoutFlowResponse::Status303_SeeOther
                                                    {
                                                        location
                                                    }
                                                => {
                                                let mut response = Response::builder();
                    if let Some(location) = location {
                        let location = match header::IntoHeaderValue(location).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling location header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("location"),
                              location
                        );
                    }
                                                  let mut response = response.status(303);
                                                  response.body(Body::empty())
                                                },
                                                apis::frontend::UpdateLogoutFlowResponse::Status400_BadRequest
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(400);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =  json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::frontend::UpdateLogoutFlowResponse::Status401_Unauthorized
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(401);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =  json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::frontend::UpdateLogoutFlowResponse::Status403_Forbidden
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(403);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =  json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::frontend::UpdateLogoutFlowResponse::Status500_InternalServerError
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(500);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =  json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::frontend::UpdateLogoutFlowResponse::Status503_ServiceUnavailable
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(503);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =  json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                            },
                                            Err(why) => {
                                                    // Application code returned an error. This should not happen, as the implementation should
                                                    // return a valid response.
                                                    return api_impl.as_ref().handle_error(&method, &host, &cookies, why).await;
                                            },
                                        };


                                        resp.map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR })
}

/// CreateIdentity - POST /admin/identities
#[tracing::instrument(skip_all)]
async fn create_identity<I, A, E>(
  method: Method,
  TypedHeader(host): TypedHeader<Host>,
  cookies: CookieJar,
 State(api_impl): State<I>,
          body: Bytes,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::identity::Identity<E> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
        {







  let result = api_impl.as_ref().create_identity(
      
      &method,
      &host,
      &cookies,
              &body,
  ).await;

  let resp = match result {
                                            Ok(rsp) => match rsp {
                                                apis::identity::CreateIdentityResponse::Status201_Created
                                                    {
                                                        body,
                                                        location
                                                    }
                                                => {
                                                let mut response = Response::builder();
                    if let Some(location) = location {
                        let location = match header::IntoHeaderValue(location).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling location header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("location"),
                              location
                        );
                    }
                                                  let mut response = response.status(201);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =  json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::identity::CreateIdentityResponse::Status400_BadRequest
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(400);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =  json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::identity::CreateIdentityResponse::Status409_Conflict
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(409);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =  json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::identity::CreateIdentityResponse::Status413_RequestEntityTooLarge
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(413);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =  json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::identity::CreateIdentityResponse::Status500_InternalServerError
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(500);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =  json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::identity::CreateIdentityResponse::Status503_ServiceUnavailable
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(503);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =  json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                            },
                                            Err(why) => {
                                                    // Application code returned an error. This should not happen, as the implementation should
                                                    // return a valid response.
                                                    return api_impl.as_ref().handle_error(&method, &host, &cookies, why).await;
                                            },
                                        };


                                        resp.map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR })
}

/// DeleteIdentity - DELETE /admin/identities/{id}
#[tracing::instrument(skip_all)]
async fn delete_identity<I, A, E>(
  method: Method,
  TypedHeader(host): TypedHeader<Host>,
  cookies: CookieJar,
  Path(path_params): Path<models::DeleteIdentityPathParams>,
 State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::identity::Identity<E> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
        {







  let result = api_impl.as_ref().delete_identity(
      
      &method,
      &host,
      &cookies,
        &path_params,
  ).await;

  let resp = match result {
                                            Ok(rsp) => match rsp {
                                                apis::identity::DeleteIdentityResponse::Status204_NoContent
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(204);
                                                  response.body(Body::empty())
                                                },
                                                apis::identity::DeleteIdentityResponse::Status404_NotFound
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(404);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =  json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::identity::DeleteIdentityResponse::Status500_InternalServerError
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(500);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =  json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::identity::DeleteIdentityResponse::Status503_ServiceUnavailable
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(503);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =  json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                            },
                                            Err(why) => {
                                                    // Application code returned an error. This should not happen, as the implementation should
                                                    // return a valid response.
                                                    return api_impl.as_ref().handle_error(&method, &host, &cookies, why).await;
                                            },
                                        };


                                        resp.map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR })
}

/// GetIdentity - GET /admin/identities/{id}
#[tracing::instrument(skip_all)]
async fn get_identity<I, A, E>(
  method: Method,
  TypedHeader(host): TypedHeader<Host>,
  cookies: CookieJar,
  Path(path_params): Path<models::GetIdentityPathParams>,
  QueryExtra(query_params): QueryExtra<models::GetIdentityQueryParams>,
 State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::identity::Identity<E> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
        {







  let result = api_impl.as_ref().get_identity(
      
      &method,
      &host,
      &cookies,
        &path_params,
        &query_params,
  ).await;

  let resp = match result {
                                            Ok(rsp) => match rsp {
                                                apis::identity::GetIdentityResponse::Status200_OK
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(200);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =  json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::identity::GetIdentityResponse::Status400_BadRequest
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(400);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =  json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::identity::GetIdentityResponse::Status404_NotFound
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(404);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =  json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::identity::GetIdentityResponse::Status500_InternalServerError
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(500);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =  json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::identity::GetIdentityResponse::Status503_ServiceUnavailable
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(503);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =  json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                            },
                                            Err(why) => {
                                                    // Application code returned an error. This should not happen, as the implementation should
                                                    // return a valid response.
                                                    return api_impl.as_ref().handle_error(&method, &host, &cookies, why).await;
                                            },
                                        };


                                        resp.map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR })
}

/// GetSession - GET /admin/sessions/{id}
#[tracing::instrument(skip_all)]
async fn get_session<I, A, E>(
  method: Method,
  TypedHeader(host): TypedHeader<Host>,
  cookies: CookieJar,
  Path(path_params): Path<models::GetSessionPathParams>,
  QueryExtra(query_params): QueryExtra<models::GetSessionQueryParams>,
 State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::identity::Identity<E> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
        {







  let result = api_impl.as_ref().get_session(
      
      &method,
      &host,
      &cookies,
        &path_params,
        &query_params,
  ).await;

  let resp = match result {
                                            Ok(rsp) => match rsp {
                                                apis::identity::GetSessionResponse::Status200_OK
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(200);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =  json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::identity::GetSessionResponse::Status400_BadRequest
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(400);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =  json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::identity::GetSessionResponse::Status404_NotFound
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(404);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =  json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::identity::GetSessionResponse::Status500_InternalServerError
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(500);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =  json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::identity::GetSessionResponse::Status503_ServiceUnavailable
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(503);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =  json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                            },
                                            Err(why) => {
                                                    // Application code returned an error. This should not happen, as the implementation should
                                                    // return a valid response.
                                                    return api_impl.as_ref().handle_error(&method, &host, &cookies, why).await;
                                            },
                                        };


                                        resp.map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR })
}

/// ListIdentities - GET /admin/identities
#[tracing::instrument(skip_all)]
async fn list_identities<I, A, E>(
  method: Method,
  TypedHeader(host): TypedHeader<Host>,
  cookies: CookieJar,
  QueryExtra(query_params): QueryExtra<models::ListIdentitiesQueryParams>,
 State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::identity::Identity<E> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
        {







  let result = api_impl.as_ref().list_identities(
      
      &method,
      &host,
      &cookies,
        &query_params,
  ).await;

  let resp = match result {
                                            Ok(rsp) => match rsp {
                                                apis::identity::ListIdentitiesResponse::Status200_OK
                                                    {
                                                        body,
                                                        link
                                                    }
                                                => {
                                                let mut response = Response::builder();
                    if let Some(link) = link {
                        let link = match header::IntoHeaderValue(link).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                return Response::builder()
                                        .status(StatusCode::INTERNAL_SERVER_ERROR)
                                        .body(Body::from(format!("An internal server error occurred handling link header - {e}"))).map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR });
                            }
                        };

                        let mut response_headers = response.headers_mut().unwrap();
                        response_headers.insert(
                              HeaderName::from_static("link"),
                              link
                        );
                    }
                                                  let mut response = response.status(200);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =  json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::identity::ListIdentitiesResponse::Status400_BadRequest
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(400);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =  json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::identity::ListIdentitiesResponse::Status500_InternalServerError
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(500);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =  json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::identity::ListIdentitiesResponse::Status503_ServiceUnavailable
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(503);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =  json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                            },
                                            Err(why) => {
                                                    // Application code returned an error. This should not happen, as the implementation should
                                                    // return a valid response.
                                                    return api_impl.as_ref().handle_error(&method, &host, &cookies, why).await;
                                            },
                                        };


                                        resp.map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR })
}

/// GetVersion - GET /version
#[tracing::instrument(skip_all)]
async fn get_version<I, A, E>(
  method: Method,
  TypedHeader(host): TypedHeader<Host>,
  cookies: CookieJar,
 State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::metadata::Metadata<E> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
        {







  let result = api_impl.as_ref().get_version(
      
      &method,
      &host,
      &cookies,
  ).await;

  let resp = match result {
                                            Ok(rsp) => match rsp {
                                                apis::metadata::GetVersionResponse::Status200_OK
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(200);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =  json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                            },
                                            Err(why) => {
                                                    // Application code returned an error. This should not happen, as the implementation should
                                                    // return a valid response.
                                                    return api_impl.as_ref().handle_error(&method, &host, &cookies, why).await;
                                            },
                                        };


                                        resp.map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR })
}

/// IsAlive - GET /health/alive
#[tracing::instrument(skip_all)]
async fn is_alive<I, A, E>(
  method: Method,
  TypedHeader(host): TypedHeader<Host>,
  cookies: CookieJar,
 State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::metadata::Metadata<E> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
        {







  let result = api_impl.as_ref().is_alive(
      
      &method,
      &host,
      &cookies,
  ).await;

  let resp = match result {
                                            Ok(rsp) => match rsp {
                                                apis::metadata::IsAliveResponse::Status200_OK
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(200);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =  json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::metadata::IsAliveResponse::Status500_ServiceUnavailable
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(500);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("text/plain"));
                                                  }

                                                  let body_content = body;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::metadata::IsAliveResponse::Status503_ServiceUnavailable
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(503);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("text/plain"));
                                                  }

                                                  let body_content = body;
                                                  response.body(Body::from(body_content))
                                                },
                                            },
                                            Err(why) => {
                                                    // Application code returned an error. This should not happen, as the implementation should
                                                    // return a valid response.
                                                    return api_impl.as_ref().handle_error(&method, &host, &cookies, why).await;
                                            },
                                        };


                                        resp.map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR })
}

/// IsReady - GET /health/ready
#[tracing::instrument(skip_all)]
async fn is_ready<I, A, E>(
  method: Method,
  TypedHeader(host): TypedHeader<Host>,
  cookies: CookieJar,
 State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::metadata::Metadata<E> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
        {







  let result = api_impl.as_ref().is_ready(
      
      &method,
      &host,
      &cookies,
  ).await;

  let resp = match result {
                                            Ok(rsp) => match rsp {
                                                apis::metadata::IsReadyResponse::Status200_OK
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(200);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =  json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::metadata::IsReadyResponse::Status503_ServiceUnavailable
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(503);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =  json_body(&body).map_err(|e| {
                                                        error!(error = ?e);
                                                        StatusCode::INTERNAL_SERVER_ERROR
                                                      })?;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::metadata::IsReadyResponse::Status500_InternalServerError
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(500);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("text/plain"));
                                                  }

                                                  let body_content = body;
                                                  response.body(Body::from(body_content))
                                                },
                                            },
                                            Err(why) => {
                                                    // Application code returned an error. This should not happen, as the implementation should
                                                    // return a valid response.
                                                    return api_impl.as_ref().handle_error(&method, &host, &cookies, why).await;
                                            },
                                        };


                                        resp.map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR })
}

/// GetPrometheusMetrics - GET /admin/metrics/prometheus
#[tracing::instrument(skip_all)]
async fn get_prometheus_metrics<I, A, E>(
  method: Method,
  TypedHeader(host): TypedHeader<Host>,
  cookies: CookieJar,
 State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::metrics::Metrics<E> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
        {







  let result = api_impl.as_ref().get_prometheus_metrics(
      
      &method,
      &host,
      &cookies,
  ).await;

  let resp = match result {
                                            Ok(rsp) => match rsp {
                                                apis::metrics::GetPrometheusMetricsResponse::Status200_OK
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(200);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("text/plain"));
                                                  }

                                                  let body_content = body;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::metrics::GetPrometheusMetricsResponse::Status500_ServiceUnavailable
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(500);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("text/plain"));
                                                  }

                                                  let body_content = body;
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::metrics::GetPrometheusMetricsResponse::Status503_ServiceUnavailable
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(503);
                                                  {
                                                    let mut response_headers = response.headers_mut().unwrap();
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("text/plain"));
                                                  }

                                                  let body_content = body;
                                                  response.body(Body::from(body_content))
                                                },
                                            },
                                            Err(why) => {
                                                    // Application code returned an error. This should not happen, as the implementation should
                                                    // return a valid response.
                                                    return api_impl.as_ref().handle_error(&method, &host, &cookies, why).await;
                                            },
                                        };


                                        resp.map_err(|e| { error!(error = ?e); StatusCode::INTERNAL_SERVER_ERROR })
}


#[allow(dead_code)]
#[inline]
fn response_with_status_code_only(code: StatusCode) -> Result<Response, StatusCode> {
   Response::builder()
          .status(code)
          .body(Body::empty())
          .map_err(|_| code)
}

/// A response body as JSON, written into a buffer large enough for a login flow or a session
/// (added by scripts/codegen_postprocess.py).
fn json_body<T: serde::Serialize>(body: &T) -> Result<Vec<u8>, serde_json::Error> {
    const RESPONSE_BUFFER: usize = 2048;
    let mut buffer = Vec::with_capacity(RESPONSE_BUFFER);
    serde_json::to_writer(&mut buffer, body)?;
    Ok(buffer)
}
