//! Errors kept for the error UI: a browser that hits an error is sent to
//! `selfservice.flows.error.ui_url?id=<id>`, and the UI reads the error with getFlowError.

use std::sync::Arc;

use chrono::{DateTime, Utc};
use serde_json::Value;
use uuid::Uuid;

use crate::clock::Clock;
use crate::store::{Store, StoreError};

#[derive(Debug, Clone, PartialEq)]
pub struct FlowError {
    pub id: Uuid,
    /// The error as it would have been answered in JSON (`{"code", "status", "message", ...}`).
    pub error: Value,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Clone)]
pub struct FlowErrors {
    store: Arc<dyn Store>,
    clock: Arc<dyn Clock>,
}

impl FlowErrors {
    pub fn new(store: Arc<dyn Store>, clock: Arc<dyn Clock>) -> Self {
        Self { store, clock }
    }

    pub async fn record(&self, error: Value) -> Result<FlowError, StoreError> {
        let now = self.clock.now();
        let stored = FlowError { id: Uuid::new_v4(), error, created_at: now, updated_at: now };
        self.store.insert_flow_error(&stored).await?;
        Ok(stored)
    }

    pub async fn get(&self, id: Uuid) -> Result<Option<FlowError>, StoreError> {
        self.store.flow_error(id).await
    }
}
