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
pub enum GetPrometheusMetricsResponse {
    /// OK
    Status200_OK
    (String)
    ,
    /// Service Unavailable
    Status500_ServiceUnavailable
    (String)
    ,
    /// Service Unavailable
    Status503_ServiceUnavailable
    (String)
}




/// Metrics
#[async_trait]
#[allow(clippy::ptr_arg)]
pub trait Metrics<E: std::fmt::Debug + Send + Sync + 'static = ()>: super::ErrorHandler<E> {
    /// Prometheus metrics.
    ///
    /// GetPrometheusMetrics - GET /admin/metrics/prometheus
    async fn get_prometheus_metrics(
    &self,
    
    method: &Method,
    host: &Host,
    cookies: &CookieJar,
    ) -> Result<GetPrometheusMetricsResponse, E>;
}
