//! The `portcullis` command line.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Parser, Subcommand};
use portcullis::clock::SystemClock;
use portcullis::config::{self, Config};

/// mimalloc instead of glibc's malloc: requests allocate and free many small buffers across
/// worker threads, where glibc's allocator took 15% of the server's CPU samples. Built
/// without transparent huge pages (`no_thp`): with them its arenas grew resident memory in
/// 2 MiB steps, 8 MiB more at idle and past the memory bound of the hash workers under load.
/// [`portcullis::allocator`] says how it calls mimalloc.
#[global_allocator]
static ALLOCATOR: portcullis::allocator::MiMalloc = portcullis::allocator::MiMalloc;

#[derive(Parser)]
#[command(
    name = "portcullis",
    version,
    about = "A login server wire-compatible with Ory Kratos's self-service login API",
    after_help = "Without a command, `serve` runs with its defaults. `portcullis help serve` lists its options."
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the public and admin APIs (the default command).
    #[command(
        after_help = "Configuration comes from the built-in defaults, then the file given with --config \
(Kratos's key names), then environment variables named after the keys (DSN, SERVE_PUBLIC_PORT, \
LIMITS_MAX_BODY, ...; the README lists them all). An invalid value stops startup with exit code 2 and \
a message naming its key. SIGTERM or SIGINT stops the server gracefully."
    )]
    Serve {
        /// A YAML configuration file with Kratos's key names.
        #[arg(short = 'c', long = "config")]
        config: Option<PathBuf>,
        /// Development mode: relaxes production-only safeguards. Never use in production.
        #[arg(long)]
        dev: bool,
    },
}

fn init_logging(config: &Config) {
    let filter = tracing_subscriber::EnvFilter::try_new(&config.log.level)
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr);
    if config.log.format == "text" {
        builder.init();
    } else {
        builder.json().flatten_event(true).with_current_span(true).init();
    }
}

async fn serve(file: Option<PathBuf>, dev: bool) -> ExitCode {
    let loaded = match config::load(file.as_deref()) {
        Ok(loaded) => loaded,
        Err(e) => {
            eprintln!("portcullis: {e}");
            return ExitCode::from(2);
        }
    };
    let mut config = loaded.config;
    config.dev = dev;
    init_logging(&config);
    for key in &loaded.unknown_keys {
        tracing::warn!(key = %key, "configuration key is not supported by Portcullis and is ignored");
    }
    let mut server = match portcullis::app::start(config, Arc::new(SystemClock)).await {
        Ok(server) => server,
        Err(e) => {
            tracing::error!(error = %e, "cannot start");
            eprintln!("portcullis: {e}");
            return ExitCode::FAILURE;
        }
    };
    tokio::select! {
        () = shutdown_signal() => tracing::info!("shutting down"),
        () = server.wait() => {
            tracing::error!("a listener stopped unexpectedly");
            return ExitCode::FAILURE;
        }
    }
    server.shutdown().await;
    ExitCode::SUCCESS
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
}

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command.unwrap_or(Command::Serve { config: None, dev: false }) {
        Command::Serve { config, dev } => serve(config, dev).await,
    }
}
