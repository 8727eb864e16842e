//! The bounded pool that password hashing runs on.
//!
//! Hashing takes tens of milliseconds of CPU and megabytes of memory. Running it on the async
//! workers would stall every other request (a burst of logins would starve `whoami`), so each
//! hash runs on a blocking thread, and a semaphore sized to the cores caps how many run at once;
//! the rest wait their turn without holding a thread.

use std::sync::Arc;

use tokio::sync::Semaphore;

#[derive(Debug, thiserror::Error)]
pub enum PoolError {
    #[error("the hash pool is shut down")]
    Closed,
    #[error("a hashing task failed: {0}")]
    Task(String),
}

#[derive(Debug, Clone)]
pub struct HashPool {
    permits: Arc<Semaphore>,
}

impl HashPool {
    pub fn new(size: usize) -> Self {
        Self { permits: Arc::new(Semaphore::new(size.max(1))) }
    }

    /// A pool with one slot per available core.
    pub fn sized_to_cores() -> Self {
        Self::new(std::thread::available_parallelism().map(usize::from).unwrap_or(1))
    }

    pub async fn run<T, F>(&self, work: F) -> Result<T, PoolError>
    where
        F: FnOnce() -> T + Send + 'static,
        T: Send + 'static,
    {
        let permit = self.permits.clone().acquire_owned().await.map_err(|_| PoolError::Closed)?;
        let result = tokio::task::spawn_blocking(move || {
            let _permit = permit;
            work()
        })
        .await;
        result.map_err(|e| PoolError::Task(e.to_string()))
    }
}
