//! The accept loop for one listener: HTTP/1.1 connections with a bounded request head, a
//! deadline for each request head (which is also the keep-alive idle timeout), and a graceful
//! stop that lets in-flight requests finish.
//!
//! Stopping: the listener closes first, so new connections are refused (a client or balancer
//! knows nothing was processed and can go elsewhere). Open connections then get a moment
//! ([`LINGER`]) in which a request already on its way is still read and answered; every answer
//! from then on says `Connection: close`. After that, idle connections close and busy ones
//! close after their current answer, within `shutdown_timeout`.

use std::convert::Infallible;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use axum::body::Body;
use axum::extract::{ConnectInfo, Request};
use axum::response::Response;
use http::HeaderValue;
use http::header::CONNECTION;
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use tokio::net::TcpListener;
use tokio::sync::watch;
use tokio::task::JoinSet;
use tower::{Service, ServiceExt};

/// What every connection of a listener is held to.
#[derive(Debug, Clone, Copy)]
pub struct ConnectionLimits {
    /// Largest request head; a larger one gets `431` and the connection is closed.
    pub max_header_size: usize,
    /// Time for a request head to arrive, from connection start or the previous response.
    pub read_header_timeout: Duration,
    /// How long a stop waits for in-flight requests before dropping their connections.
    pub shutdown_timeout: Duration,
}

/// Serves `service` on `listener` until `stop` turns true, then stops accepting, lets the open
/// connections finish their current request (each answer says `Connection: close`), and
/// returns once they have, or once `shutdown_timeout` has passed.
pub async fn serve<S>(
    listener: TcpListener,
    service: S,
    limits: ConnectionLimits,
    mut stop: watch::Receiver<bool>,
) where
    S: Service<Request, Response = Response, Error = Infallible, Future: Send + 'static>
        + Clone
        + Send
        + 'static,
{
    let mut http = http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(limits.read_header_timeout)
        .max_header_size(limits.max_header_size)
        .max_buf_size(limits.max_header_size.max(MIN_BUFFER))
        .keep_alive(true);
    let graceful = GracefulShutdown::new();
    let closing = Arc::new(AtomicBool::new(false));
    let mut connections = JoinSet::new();
    loop {
        // Collect the connections that ended, so the set holds only open ones.
        while connections.try_join_next().is_some() {}
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(e) => {
                    // Out of descriptors or a connection reset before accept: back off briefly
                    // instead of spinning, and keep serving the connections already open.
                    tracing::warn!(error = %e, "accepting a connection failed");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = stopped(&mut stop) => break,
        };
        tracing::trace!(peer = %peer, "connection accepted");
        if let Err(e) = stream.set_nodelay(true) {
            tracing::debug!(error = %e, "cannot disable Nagle's algorithm");
        }
        let (service, closing) = (service.clone(), closing.clone());
        let per_request = hyper::service::service_fn(move |mut request: hyper::Request<Incoming>| {
            request.extensions_mut().insert(ConnectInfo(peer));
            let (service, closing) = (service.clone(), closing.clone());
            async move {
                let mut response = service.oneshot(request.map(Body::new)).await?;
                if closing.load(Ordering::Relaxed) {
                    response.headers_mut().insert(CONNECTION, HeaderValue::from_static("close"));
                }
                Ok::<_, Infallible>(response)
            }
        });
        let connection = graceful.watch(http.serve_connection(TokioIo::new(stream), per_request));
        connections.spawn(async move {
            match connection.await {
                Ok(()) => tracing::trace!(peer = %peer, "connection closed"),
                // Timeouts, oversized heads and clients that hang up mid-request end up here.
                Err(e) => tracing::debug!(error = %e, peer = %peer, "connection ended with an error"),
            }
        });
    }
    drop(listener);
    closing.store(true, Ordering::Relaxed);
    let deadline = tokio::time::Instant::now() + limits.shutdown_timeout;
    if graceful.count() > 0 {
        tokio::time::sleep_until(deadline.min(tokio::time::Instant::now() + LINGER)).await;
    }
    tokio::select! {
        () = graceful.shutdown() => tracing::debug!("all connections finished"),
        () = tokio::time::sleep_until(deadline) => {
            tracing::warn!(
                timeout = ?limits.shutdown_timeout,
                open = connections.len(),
                "shutdown timed out; closing the remaining connections"
            );
        }
    }
    connections.abort_all();
}

/// How long open connections may still bring a request after the listener closed.
const LINGER: Duration = Duration::from_millis(500);

async fn stopped(stop: &mut watch::Receiver<bool>) {
    // An error means the sender is gone: stop too.
    let _ = stop.wait_for(|stopped| *stopped).await;
}

/// hyper's smallest allowed read buffer.
const MIN_BUFFER: usize = 8 * 1024;
