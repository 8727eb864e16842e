#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Black-box HTTP tests: the real server on port 0, spoken to over HTTP without following
//! redirects; every JSON body is validated against the schema `openapi.yaml` declares for it.
//! Every case runs on every backend, as `MODULE::CASE::BACKEND`.

/// Defines one HTTP case and instantiates it for every backend.
macro_rules! http_test {
    ($name:ident($backend:ident) $body:block) => {
        mod $name {
            #[allow(unused_imports)]
            use super::*;

            async fn case($backend: crate::support::Backend) $body

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn memory() {
                case(crate::support::Backend::Memory).await;
            }

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                case(crate::support::Backend::Sqlite).await;
            }

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn mongo() {
                if crate::common::mongo_configured() {
                    case(crate::support::Backend::Mongo).await;
                }
            }
        }
    };
}

#[path = "../common/mod.rs"]
mod common;

mod admin;
mod browser;
mod brute_force;
mod cli;
mod contract;
mod faults;
mod limits;
mod login;
mod logs;
mod nodes;
mod pages;
mod processes;
mod shutdown;
mod support;
