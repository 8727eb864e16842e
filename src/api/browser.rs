//! How answers reach browsers: JSON for API clients and single-page apps, redirects for
//! everything else, and errors either in JSON or stored for the error UI.

use url::Url;

use super::Api;
use super::errors::KratosError;
use crate::csrf::CsrfFailure;
use crate::http::RequestContext;

/// The answer to a browser request that did not go as planned.
pub enum Routed {
    /// Answer with this error in JSON.
    Json(KratosError),
    /// Send the browser here (303).
    Redirect(String),
}

impl Api {
    /// An error for a browser: JSON requests get it in JSON; others are sent to the error UI,
    /// where it can be read with getFlowError. If it cannot be stored, it is answered in JSON.
    pub(crate) async fn route_error(&self, error: KratosError, json: bool) -> Routed {
        if json {
            return Routed::Json(error);
        }
        match self.errors.record(error.body_json()).await {
            Ok(stored) => Routed::Redirect(with_query(&self.error_ui_url, "id", &stored.id.to_string())),
            Err(e) => {
                tracing::error!(error = %e, "could not store an error for the error UI");
                Routed::Json(error)
            }
        }
    }

    /// The login UI showing a flow.
    pub(crate) fn login_ui(&self, flow_id: &str) -> String {
        with_query(&self.login_ui_url, "flow", flow_id)
    }
}

/// `url` with one more query parameter.
pub fn with_query(url: &Url, key: &str, value: &str) -> String {
    let mut url = url.clone();
    url.query_pairs_mut().append_pair(key, value);
    url.to_string()
}

/// The CSRF error for this request, with the explanation that fits how it was made.
pub fn csrf_error(failure: CsrfFailure, context: &RequestContext) -> KratosError {
    KratosError::csrf_violation(failure, context.is_ajax() || context.prefers_json())
}
