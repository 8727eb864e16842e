//! Portcullis: a login server that speaks Ory Kratos's self-service login API.
//!
//! The HTTP surface comes from `openapi.yaml` through the generated `portcullis_api` crate;
//! `api/` implements its traits, `http/` wraps its router, and the domain modules (`flow`,
//! `credentials`, `identity`, `session`, `store`) know nothing about HTTP.
#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used))]

pub mod address;
pub mod allocator;
pub mod api;
pub mod app;
pub mod base_url;
pub mod clock;
pub mod config;
pub mod credentials;
pub mod csrf;
pub mod flow;
#[doc(hidden)]
pub mod fuzzing;
pub mod http;
pub mod identity;
pub mod metrics;
pub mod pages;
pub mod redirect;
pub mod session;
pub mod store;
