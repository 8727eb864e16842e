//! Health, version and metrics.

use std::collections::HashMap;

use async_trait::async_trait;
use axum_extra::extract::CookieJar;
use headers::Host;
use http::Method;
use portcullis_api::apis::metadata::{GetVersionResponse, IsAliveResponse, IsReadyResponse, Metadata};
use portcullis_api::apis::metrics::{GetPrometheusMetricsResponse, Metrics};
use portcullis_api::models;

use super::Api;

#[async_trait]
impl Metadata<std::convert::Infallible> for Api {
    async fn get_version(
        &self,
        _: &Method,
        _: &Host,
        _: &CookieJar,
    ) -> Result<GetVersionResponse, std::convert::Infallible> {
        Ok(GetVersionResponse::Status200_OK(models::GetVersion200Response {
            version: env!("CARGO_PKG_VERSION").to_string(),
        }))
    }

    async fn is_alive(
        &self,
        _: &Method,
        _: &Host,
        _: &CookieJar,
    ) -> Result<IsAliveResponse, std::convert::Infallible> {
        Ok(IsAliveResponse::Status200_OK(models::HealthStatus { status: "ok".into() }))
    }

    async fn is_ready(
        &self,
        _: &Method,
        _: &Host,
        _: &CookieJar,
    ) -> Result<IsReadyResponse, std::convert::Infallible> {
        Ok(match self.store.ping().await {
            Ok(()) => IsReadyResponse::Status200_OK(models::HealthStatus { status: "ok".into() }),
            Err(e) => {
                tracing::warn!(error = %e, "readiness check failed");
                let errors =
                    HashMap::from([("database".to_string(), "the store is not reachable".to_string())]);
                IsReadyResponse::Status503_ServiceUnavailable(models::HealthNotReadyStatus {
                    r_errors: errors,
                })
            }
        })
    }
}

#[async_trait]
impl Metrics<std::convert::Infallible> for Api {
    async fn get_prometheus_metrics(
        &self,
        _: &Method,
        _: &Host,
        _: &CookieJar,
    ) -> Result<GetPrometheusMetricsResponse, std::convert::Infallible> {
        Ok(GetPrometheusMetricsResponse::Status200_OK(crate::metrics::metrics().render()))
    }
}
