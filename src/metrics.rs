//! Prometheus metrics, served on the admin listener at `/admin/metrics/prometheus` (where Kratos
//! serves its own): requests by operation and status with their latencies, login outcomes, the
//! hash queue, store failures and how often a session check found its session kept in memory.
//! One set per process: every listener and service reports into it, as a scraper expects of one
//! process.

use std::sync::{LazyLock, Mutex};
use std::time::Duration;

use prometheus::{
    Encoder, HistogramOpts, HistogramVec, IntCounter, IntCounterVec, IntGauge, Opts, Registry, TextEncoder,
};

use crate::credentials::HashPool;

pub struct Metrics {
    registry: Registry,
    requests: IntCounterVec,
    latency: HistogramVec,
    logins: IntCounterVec,
    hash_waiting: IntGauge,
    store_errors: IntCounterVec,
    /// The two outcomes of `portcullis_kept_session_lookups_total`, resolved once: a session
    /// check counts without hashing its label.
    kept_session_hit: IntCounter,
    kept_session_miss: IntCounter,
    /// The pool whose queue `hash_waiting` shows, read at each scrape.
    hash_pool: Mutex<Option<HashPool>>,
}

static METRICS: LazyLock<Metrics> = LazyLock::new(Metrics::new);

/// The process's metrics.
pub fn metrics() -> &'static Metrics {
    &METRICS
}

/// The names below are constants: registering them cannot fail.
fn registered<T: prometheus::core::Collector + Clone + 'static>(
    registry: &Registry,
    collector: Result<T, prometheus::Error>,
) -> T {
    let collector = collector.unwrap_or_else(|e| unreachable!("metric definition: {e}"));
    registry
        .register(Box::new(collector.clone()))
        .unwrap_or_else(|e| unreachable!("metric registration: {e}"));
    collector
}

impl Metrics {
    fn new() -> Self {
        let registry = Registry::new();
        let requests = registered(
            &registry,
            IntCounterVec::new(
                Opts::new(
                    "portcullis_http_requests_total",
                    "HTTP requests answered, by operation and status.",
                ),
                &["operation", "status"],
            ),
        );
        let latency = registered(
            &registry,
            HistogramVec::new(
                HistogramOpts::new(
                    "portcullis_http_request_duration_seconds",
                    "Time to answer, by operation.",
                )
                .buckets(vec![0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0]),
                &["operation"],
            ),
        );
        let logins = registered(
            &registry,
            IntCounterVec::new(
                Opts::new("portcullis_login_attempts_total", "Password login attempts, by outcome."),
                &["outcome"],
            ),
        );
        let hash_waiting = registered(
            &registry,
            IntGauge::new("portcullis_hash_queue_waiting", "Password hashes queued for a worker."),
        );
        let store_errors = registered(
            &registry,
            IntCounterVec::new(
                Opts::new("portcullis_store_errors_total", "Failed store operations, by kind."),
                &["kind"],
            ),
        );
        let kept_sessions = registered(
            &registry,
            IntCounterVec::new(
                Opts::new(
                    "portcullis_kept_session_lookups_total",
                    "Session checks on a SQLite store, by whether the session was kept in memory \
                     (hit) or read from the file (miss).",
                ),
                &["outcome"],
            ),
        );
        Self {
            registry,
            requests,
            latency,
            logins,
            hash_waiting,
            store_errors,
            kept_session_hit: kept_sessions.with_label_values(&["hit"]),
            kept_session_miss: kept_sessions.with_label_values(&["miss"]),
            hash_pool: Mutex::new(None),
        }
    }

    pub fn request(&self, operation: &str, status: http::StatusCode, took: Duration) {
        self.requests.with_label_values(&[operation, status.as_str()]).inc();
        self.latency.with_label_values(&[operation]).observe(took.as_secs_f64());
    }

    /// `signed_in`, `invalid_credentials`, `throttled` or `identity_disabled`.
    pub fn login(&self, outcome: &str) {
        self.logins.with_label_values(&[outcome]).inc();
    }

    /// `unavailable` or `internal`.
    pub fn store_error(&self, kind: &str) {
        self.store_errors.with_label_values(&[kind]).inc();
    }

    /// A session check on the SQLite store: `true` when its session was kept in memory.
    pub fn kept_session_lookup(&self, hit: bool) {
        if hit { &self.kept_session_hit } else { &self.kept_session_miss }.inc();
    }

    /// Shows this pool's queue from now on.
    pub fn watch_hash_pool(&self, pool: HashPool) {
        *self.hash_pool.lock().unwrap_or_else(|p| p.into_inner()) = Some(pool);
    }

    /// Everything in Prometheus's text format.
    pub fn render(&self) -> String {
        if let Some(pool) = &*self.hash_pool.lock().unwrap_or_else(|p| p.into_inner()) {
            self.hash_waiting.set(i64::try_from(pool.waiting()).unwrap_or(i64::MAX));
        }
        let mut out = Vec::new();
        if let Err(e) = TextEncoder::new().encode(&self.registry.gather(), &mut out) {
            tracing::error!(error = %e, "cannot encode the metrics");
        }
        String::from_utf8_lossy(&out).into_owned()
    }
}
