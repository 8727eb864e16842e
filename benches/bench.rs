//! The helper binary of `scripts/bench.sh`: baselines the server is compared against (raw hash
//! verification, a bare hyper server, raw MongoDB finds) and the data the load runs need (seeded
//! identities and sessions, pre-created login flows). Every figure it prints is one
//! `name value` line on stdout, for the script to collect.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use chrono::Utc;
use clap::{Parser, Subcommand};
use futures::StreamExt;
use portcullis::clock::{Clock, SystemClock};
use portcullis::config::{self, Config, HashAlgorithm};
use portcullis::credentials::Hasher;
use portcullis::flow::{FlowId, FlowType, LoginFlow, Ui};
use portcullis::identity::{Identity, IdentityId, IdentityState, PasswordCredential, PasswordHash};
use portcullis::session::{Aal, SessionService, SessionToken};
use portcullis::store::{SessionWrite, Store};

#[derive(Parser)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Password verifications per second with the configured hasher, straight on the crate.
    Verify {
        #[arg(short = 'c', long)]
        config: Option<PathBuf>,
        #[arg(long)]
        threads: usize,
        #[arg(long, default_value_t = 10)]
        seconds: u64,
    },
    /// A bare hyper server answering every request with the same pre-built JSON body.
    Hyper {
        #[arg(long)]
        listen: SocketAddr,
        #[arg(long)]
        body_bytes: usize,
    },
    /// Stores identities (all with one real hash of `password`) and sessions directly in the
    /// configured store; writes the identifiers and a sample of session tokens.
    Seed {
        #[arg(short = 'c', long)]
        config: Option<PathBuf>,
        #[arg(long)]
        identities: usize,
        #[arg(long)]
        sessions: usize,
        #[arg(long)]
        password: String,
        #[arg(long)]
        out: PathBuf,
    },
    /// Creates native login flows through the public API and writes their ids, one per line.
    Flows {
        #[arg(long)]
        url: String,
        #[arg(long)]
        count: usize,
        #[arg(long)]
        out: PathBuf,
    },
    /// Complete native logins (create a flow, submit it) through the public API.
    Logins {
        #[arg(long)]
        url: String,
        #[arg(long)]
        count: usize,
        #[arg(long)]
        identifier: String,
        #[arg(long)]
        password: String,
        #[arg(long, default_value_t = 16)]
        concurrency: usize,
    },
    /// Raw driver lookups of sessions by key (the token digest), the query whoami starts with.
    MongoFind {
        #[arg(long)]
        url: String,
        #[arg(long)]
        tokens: PathBuf,
        #[arg(long, default_value_t = 10)]
        seconds: u64,
        #[arg(long, default_value_t = 16)]
        concurrency: usize,
    },
    /// How long the machine itself stopped running us: one thread per CPU, pinned to it at
    /// real-time priority, wakes every `interval_ms` and records how late each wake came.
    Stalls {
        #[arg(long, default_value_t = 10)]
        seconds: u64,
        #[arg(long, default_value_t = 10)]
        interval_ms: u64,
    },
}

fn main() {
    let cli = Cli::parse();
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().unwrap();
    match cli.command {
        Command::Verify { config, threads, seconds } => verify(&load(config.as_deref()), threads, seconds),
        Command::Hyper { listen, body_bytes } => runtime.block_on(bare_hyper(listen, body_bytes)),
        Command::Seed { config, identities, sessions, password, out } => {
            runtime.block_on(seed(load(config.as_deref()), identities, sessions, &password, &out))
        }
        Command::Flows { url, count, out } => runtime.block_on(flows(&url, count, &out)),
        Command::Logins { url, count, identifier, password, concurrency } => {
            runtime.block_on(logins(&url, count, &identifier, &password, concurrency))
        }
        Command::MongoFind { url, tokens, seconds, concurrency } => {
            runtime.block_on(mongo_find(&url, &tokens, seconds, concurrency))
        }
        Command::Stalls { seconds, interval_ms } => stalls(seconds, Duration::from_millis(interval_ms)),
    }
}

fn load(file: Option<&Path>) -> Config {
    config::load(file).unwrap_or_else(|e| panic!("configuration: {e}")).config
}

/// One hash of `password` made the way the server makes new ones.
fn reference_hash(config: &Config, password: &str) -> String {
    Hasher::new(&config.hashers).unwrap().hash(password.as_bytes()).unwrap().0
}

fn verify(config: &Config, threads: usize, seconds: u64) {
    assert!(config.hashers.algorithm == HashAlgorithm::Argon2, "the benchmark measures argon2id");
    let hash = Arc::new(reference_hash(config, "correct horse battery staple"));
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let started = Instant::now();
    let done = Arc::new(AtomicU64::new(0));
    let workers: Vec<_> = (0..threads)
        .map(|_| {
            let (hash, done) = (hash.clone(), done.clone());
            std::thread::spawn(move || {
                use argon2::PasswordVerifier;
                let parsed = argon2::PasswordHash::new(&hash).unwrap();
                while Instant::now() < deadline {
                    argon2::Argon2::default()
                        .verify_password(b"correct horse battery staple", &parsed)
                        .unwrap();
                    done.fetch_add(1, Ordering::Relaxed);
                }
            })
        })
        .collect();
    for worker in workers {
        worker.join().unwrap();
    }
    let rate = done.load(Ordering::Relaxed) as f64 / started.elapsed().as_secs_f64();
    println!("verify_per_sec {rate:.2}");
    println!("argon2_mib {:.1}", config.hashers.argon2.memory.as_kib() as f64 / 1024.0);
}

/// A wake this late means the CPU was taken from the probe: in the guest only the kernel
/// (interrupts, code it does not preempt) outranks a real-time thread, so a lateness this long
/// is the hypervisor's or such a stretch of the kernel's, not the load's.
const STALL: Duration = Duration::from_millis(5);

/// Prints `stalls N` (wakes later than [`STALL`] on any CPU), `longest_stall_us` and
/// `stall_probe_realtime` (0 when the kernel refused real-time priority: the lateness then also
/// counts waits behind the load). A hundred wakes a second per CPU left the load's tails as they
/// were; a thousand shortened them, since every wake makes the kernel choose again.
fn stalls(seconds: u64, interval: Duration) {
    let cpus = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    let probes: Vec<_> =
        (0..cpus).map(|cpu| std::thread::spawn(move || probe_cpu(cpu, seconds, interval))).collect();
    let (mut realtime, mut stalls, mut longest) = (true, 0, Duration::ZERO);
    for probe in probes {
        let found = probe.join().unwrap();
        realtime &= found.realtime;
        stalls += found.stalls;
        longest = longest.max(found.longest);
    }
    println!("stalls {stalls}");
    println!("longest_stall_us {}", longest.as_micros());
    println!("stall_probe_realtime {}", u8::from(realtime));
}

/// What one CPU's probe found.
struct Probed {
    /// Whether the kernel granted real-time priority.
    realtime: bool,
    /// Wakes later than [`STALL`].
    stalls: usize,
    /// The longest lateness of any wake.
    longest: Duration,
}

/// Runs on `cpu` for `seconds`, waking every `interval`.
fn probe_cpu(cpu: usize, seconds: u64, interval: Duration) -> Probed {
    // SAFETY: both calls act on the calling thread (pid 0) with fully initialized arguments.
    let realtime = unsafe {
        let mut set: libc::cpu_set_t = std::mem::zeroed();
        libc::CPU_SET(cpu, &mut set);
        libc::sched_setaffinity(0, std::mem::size_of::<libc::cpu_set_t>(), &set);
        let param = libc::sched_param { sched_priority: 50 };
        libc::sched_setscheduler(0, libc::SCHED_FIFO, &param) == 0
    };
    let end = Instant::now() + Duration::from_secs(seconds);
    let mut found = Probed { realtime, stalls: 0, longest: Duration::ZERO };
    while Instant::now() < end {
        let due = Instant::now() + interval;
        std::thread::sleep(interval);
        let late = Instant::now().saturating_duration_since(due);
        found.stalls += usize::from(late > STALL);
        found.longest = found.longest.max(late);
    }
    found
}

async fn bare_hyper(listen: SocketAddr, body_bytes: usize) {
    use http_body_util::Full;
    use hyper::server::conn::http1;
    use hyper::service::service_fn;
    use hyper_util::rt::TokioIo;

    let padding = "x".repeat(body_bytes.saturating_sub(16));
    let body = bytes::Bytes::from(serde_json::json!({ "padding": padding }).to_string());
    let listener = tokio::net::TcpListener::bind(listen).await.unwrap();
    println!("listening {}", listener.local_addr().unwrap());
    loop {
        let Ok((socket, _)) = listener.accept().await else { continue };
        let body = body.clone();
        tokio::spawn(async move {
            let service = service_fn(move |_request| {
                let body = body.clone();
                async move {
                    let response = http::Response::builder()
                        .header(http::header::CONTENT_TYPE, "application/json; charset=utf-8")
                        .body(Full::new(body))
                        .unwrap();
                    Ok::<_, std::convert::Infallible>(response)
                }
            });
            let _ = http1::Builder::new().serve_connection(TokioIo::new(socket), service).await;
        });
    }
}

fn identity(index: usize, hash: &str, at: chrono::DateTime<Utc>) -> Identity {
    let email = format!("user{index}@bench.test");
    Identity {
        id: IdentityId::new(),
        schema_id: "default".into(),
        traits: serde_json::json!({ "email": email }),
        state: IdentityState::Active,
        state_changed_at: Some(at),
        metadata_public: None,
        metadata_admin: None,
        external_id: None,
        password: Some(PasswordCredential {
            identifiers: vec![email],
            hash: PasswordHash(hash.to_string()),
            created_at: at,
            updated_at: at,
        }),
        created_at: at,
        updated_at: at,
    }
}

/// A native flow, already completed, as a login that produced a session leaves it.
fn completed_flow(at: chrono::DateTime<Utc>) -> LoginFlow {
    let id = FlowId::new();
    LoginFlow {
        id,
        flow_type: FlowType::Api,
        issued_at: at,
        expires_at: at + chrono::Duration::hours(1),
        request_url: "http://127.0.0.1:4433/self-service/login/api".into(),
        return_to: None,
        active: Some("password".into()),
        // Signed in at the first try: stored, like such a flow, without its form.
        ui: Ui::default(),
        initial_ui: true,
        refresh: false,
        requested_aal: Aal::Aal1,
        identity_schema: None,
        csrf_token: String::new(),
        created_at: at,
        updated_at: at,
        completed_at: Some(at),
    }
}

/// How many session tokens the seed writes out for the load scripts to pick from.
const TOKEN_SAMPLE: usize = 20_000;

async fn seed(config: Config, identities: usize, sessions: usize, password: &str, out: &Path) {
    let store: Arc<dyn Store> = portcullis::store::open(&config.dsn).await.unwrap();
    let clock: Arc<dyn Clock> = Arc::new(SystemClock);
    let hash = reference_hash(&config, password);
    let service =
        SessionService::new(store.clone(), clock.clone(), chrono::Duration::days(30), b"bench-logout-secret");
    std::fs::create_dir_all(out).unwrap();
    let started = Instant::now();
    let mut people = Vec::with_capacity(identities.min(TOKEN_SAMPLE));
    for index in 0..identities {
        let person = identity(index, &hash, clock.now());
        store.insert_identity(&person).await.unwrap();
        if people.len() < TOKEN_SAMPLE {
            people.push(person);
        }
    }
    let identifiers: Vec<String> =
        people.iter().filter_map(|p| p.password_identifiers().first().cloned()).collect();
    std::fs::write(out.join("identifiers.txt"), identifiers.join("\n") + "\n").unwrap();
    let mut tokens = Vec::with_capacity(sessions.min(TOKEN_SAMPLE));
    for index in 0..sessions {
        let person = &people[index % people.len()];
        let flow = completed_flow(clock.now());
        store.insert_login_flow(&flow).await.unwrap();
        let (session, token) = service.start(person, Some("127.0.0.1".into()), Some("bench".into()));
        assert!(store.complete_login(&flow, &SessionWrite::Insert(session), person).await.unwrap());
        if tokens.len() < TOKEN_SAMPLE {
            tokens.push(token.expose().to_string());
        }
    }
    std::fs::write(out.join("tokens.txt"), tokens.join("\n") + "\n").unwrap();
    println!("seed_seconds {:.1}", started.elapsed().as_secs_f64());
}

fn client() -> reqwest::Client {
    reqwest::Client::builder().pool_max_idle_per_host(64).build().unwrap()
}

async fn create_flow(client: &reqwest::Client, url: &str) -> String {
    let flow: serde_json::Value = client
        .get(format!("{url}/self-service/login/api"))
        .header("Accept", "application/json")
        .send()
        .await
        .unwrap()
        .error_for_status()
        .unwrap()
        .json()
        .await
        .unwrap();
    flow["id"].as_str().unwrap().to_string()
}

async fn flows(url: &str, count: usize, out: &Path) {
    let client = client();
    let mut ids = Vec::with_capacity(count);
    let mut pending = futures::stream::iter(0..count).map(|_| create_flow(&client, url)).buffer_unordered(16);
    while let Some(id) = pending.next().await {
        ids.push(id);
    }
    std::fs::write(out, ids.join("\n") + "\n").unwrap();
}

async fn logins(url: &str, count: usize, identifier: &str, password: &str, concurrency: usize) {
    let client = client();
    let started = Instant::now();
    let body = serde_json::json!({ "method": "password", "identifier": identifier, "password": password });
    let mut pending = futures::stream::iter(0..count)
        .map(|_| async {
            let flow = create_flow(&client, url).await;
            let response = client
                .post(format!("{url}/self-service/login?flow={flow}"))
                .json(&body)
                .send()
                .await
                .unwrap();
            assert!(response.status().is_success(), "login answered {}", response.status());
        })
        .buffer_unordered(concurrency);
    while pending.next().await.is_some() {}
    println!("logins_per_sec {:.1}", count as f64 / started.elapsed().as_secs_f64());
}

async fn mongo_find(url: &str, tokens: &Path, seconds: u64, concurrency: usize) {
    use mongodb::bson::{Document, doc};
    let client = mongodb::Client::with_uri_str(url).await.unwrap();
    let database = client.default_database().unwrap_or_else(|| client.database("portcullis"));
    let sessions = database.collection::<Document>("sessions");
    let digests: Arc<Vec<String>> = Arc::new(
        std::fs::read_to_string(tokens)
            .unwrap()
            .lines()
            .filter(|l| !l.is_empty())
            .map(|t| SessionToken::from_client(t).digest().0)
            .collect(),
    );
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let started = Instant::now();
    let done = Arc::new(AtomicU64::new(0));
    let mut tasks = tokio::task::JoinSet::new();
    for worker in 0..concurrency {
        let (sessions, digests, done) = (sessions.clone(), digests.clone(), done.clone());
        tasks.spawn(async move {
            let mut next = worker;
            while Instant::now() < deadline {
                let found = sessions.find_one(doc! { "_id": &digests[next % digests.len()] }).await;
                assert!(found.unwrap().is_some(), "a seeded session is missing");
                done.fetch_add(1, Ordering::Relaxed);
                next += concurrency;
            }
        });
    }
    while tasks.join_next().await.is_some() {}
    let rate = done.load(Ordering::Relaxed) as f64 / started.elapsed().as_secs_f64();
    println!("mongo_find_per_sec {rate:.1}");
}
