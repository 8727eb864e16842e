#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Black-box HTTP tests: the real server on port 0, spoken to over HTTP without following
//! redirects; every JSON body is validated against the schema `openapi.yaml` declares for it.

mod admin;
mod contract;
mod login;
mod support;
