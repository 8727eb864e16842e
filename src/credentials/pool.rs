//! The bounded pool that password hashing runs on.
//!
//! Hashing takes tens of milliseconds of CPU and megabytes of memory. Running it on the async
//! workers would stall every other request (a burst of logins would starve `whoami`), so hashes
//! run on a fixed set of worker threads, one per core, fed from one queue. Each worker keeps its
//! argon2 working memory between hashes: memory stays at `workers x argon2 memory` however many
//! logins arrive, instead of every short-lived blocking thread leaving a freed 19 MiB buffer in
//! its own allocator arena. Workers run at a lower scheduling priority than the request
//! threads and, while hashing, offer their CPU back every millisecond
//! (`yield_timer`): when logins saturate every core, session checks still get the CPU first.

use std::panic::AssertUnwindSafe;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex};

use argon2::Block;
use tokio::sync::oneshot;

#[derive(Debug, thiserror::Error)]
pub enum PoolError {
    #[error("the hash pool is shut down")]
    Closed,
    #[error("a hashing task panicked")]
    Panicked,
}

/// A worker's reusable memory.
pub struct Scratch {
    blocks: Vec<Block>,
    /// The most blocks kept between hashes (the configured argon2 memory); hashes that need
    /// more (imported with larger parameters) get a buffer of their own.
    keep: usize,
}

impl Scratch {
    fn new(keep: usize) -> Self {
        Self { blocks: Vec::new(), keep }
    }

    /// Scratch that keeps nothing: every hash allocates its own memory.
    pub fn none() -> Self {
        Self::new(0)
    }

    /// Runs `work` with `count` argon2 blocks. Argon2 overwrites every block in its first pass,
    /// so reused blocks need no clearing.
    pub fn with_argon2_blocks<R>(&mut self, count: usize, work: impl FnOnce(&mut [Block]) -> R) -> R {
        if count > self.keep {
            return work(&mut vec![Block::default(); count]);
        }
        if self.blocks.len() < count {
            self.blocks.resize(count, Block::default());
        }
        work(&mut self.blocks[..count])
    }
}

type Job = Box<dyn FnOnce(&mut Scratch) + Send>;

#[derive(Debug, Clone)]
pub struct HashPool {
    jobs: Sender<Job>,
    waiting: Arc<AtomicUsize>,
}

impl HashPool {
    /// Starts `workers` threads, each keeping up to `keep_bytes` of argon2 memory.
    pub fn new(workers: usize, keep_bytes: u64) -> Self {
        let (jobs, queue) = channel::<Job>();
        let queue = Arc::new(Mutex::new(queue));
        let keep = usize::try_from(keep_bytes / 1024).unwrap_or(usize::MAX);
        for index in 0..workers.max(1) {
            let queue = queue.clone();
            let spawned =
                std::thread::Builder::new().name(format!("portcullis-hash-{index}")).spawn(move || {
                    lower_priority();
                    work_loop(&queue, Scratch::new(keep));
                });
            if let Err(e) = spawned {
                tracing::error!(error = %e, "cannot start a hash worker");
            }
        }
        Self { jobs, waiting: Arc::new(AtomicUsize::new(0)) }
    }

    /// A pool with one worker per available core.
    pub fn sized_to_cores(keep_bytes: u64) -> Self {
        Self::new(std::thread::available_parallelism().map(usize::from).unwrap_or(1), keep_bytes)
    }

    /// Hashes queued and not yet started.
    pub fn waiting(&self) -> usize {
        self.waiting.load(Ordering::Relaxed)
    }

    pub async fn run<T, F>(&self, work: F) -> Result<T, PoolError>
    where
        F: FnOnce(&mut Scratch) -> T + Send + 'static,
        T: Send + 'static,
    {
        let (done, result) = oneshot::channel();
        let waiting = self.waiting.clone();
        let job: Job = Box::new(move |scratch| {
            waiting.fetch_sub(1, Ordering::Relaxed);
            // Nobody waits for the answer any more (the client went away): skip the work.
            if !done.is_closed() {
                let _ = done.send(work(scratch));
            }
        });
        self.waiting.fetch_add(1, Ordering::Relaxed);
        if self.jobs.send(job).is_err() {
            self.waiting.fetch_sub(1, Ordering::Relaxed);
            return Err(PoolError::Closed);
        }
        result.await.map_err(|_| PoolError::Panicked)
    }
}

/// Lowers the calling thread's priority (on Linux, where nice values are per thread) and asks
/// for the shortest time slice, so that any other thread that wakes up gets a CPU at once.
fn lower_priority() {
    #[cfg(target_os = "linux")]
    {
        /// How much less CPU priority hash workers get.
        const HASH_NICENESS: i32 = 10;
        /// The time slice they ask for (the kernel's shortest; kernels before 6.12 ignore it).
        const HASH_SLICE_NS: u64 = 100_000;
        #[repr(C)]
        struct SchedAttr {
            size: u32,
            policy: u32,
            flags: u64,
            nice: i32,
            priority: u32,
            runtime: u64,
            deadline: u64,
            period: u64,
        }
        let attr = SchedAttr {
            size: std::mem::size_of::<SchedAttr>() as u32,
            policy: libc::SCHED_OTHER as u32,
            flags: 0,
            nice: HASH_NICENESS,
            priority: 0,
            runtime: HASH_SLICE_NS,
            deadline: 0,
            period: 0,
        };
        // SAFETY: sched_setattr reads `size` bytes from a valid, live `sched_attr`; pid 0 is the
        // calling thread, and nothing else changes.
        let result = unsafe { libc::syscall(libc::SYS_sched_setattr, 0, &attr as *const SchedAttr, 0) };
        if result != 0 {
            tracing::warn!(error = %std::io::Error::last_os_error(), "cannot lower the hash workers' priority");
        }
    }
}

fn work_loop(queue: &Mutex<Receiver<Job>>, mut scratch: Scratch) {
    #[cfg(target_os = "linux")]
    let timer = super::yield_timer::YieldTimer::for_this_thread();
    loop {
        let next = queue.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).recv();
        let Ok(job) = next else { return };
        #[cfg(target_os = "linux")]
        let _yielding = timer.as_ref().map(super::yield_timer::YieldTimer::arm);
        // A panicking job drops its sender (its caller sees `Panicked`); the worker lives on.
        if std::panic::catch_unwind(AssertUnwindSafe(|| job(&mut scratch))).is_err() {
            tracing::error!("a hashing task panicked");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn jobs_run_on_the_workers_and_answer() {
        let pool = HashPool::new(2, 1024 * 1024);
        let results = futures_util::future::join_all((0..8).map(|i| pool.run(move |_| i * 2))).await;
        let values: Vec<i32> = results.into_iter().map(Result::unwrap).collect();
        assert_eq!(values, vec![0, 2, 4, 6, 8, 10, 12, 14]);
        assert_eq!(pool.waiting(), 0);
    }

    #[tokio::test]
    async fn a_panicking_job_fails_alone_and_the_pool_keeps_working() {
        let pool = HashPool::new(1, 0);
        let failed = pool.run(|_| -> i32 { panic!("boom") }).await;
        assert!(matches!(failed, Err(PoolError::Panicked)));
        assert_eq!(pool.run(|_| 7).await.unwrap(), 7);
    }

    #[cfg(target_os = "linux")]
    #[tokio::test]
    async fn workers_run_niced_with_the_shortest_slice() {
        let pool = HashPool::new(1, 0);
        let (nice, sched) = pool
            .run(|_| {
                // SAFETY: gettid and getpriority take no pointers.
                let nice = unsafe { libc::getpriority(libc::PRIO_PROCESS, libc::gettid() as libc::id_t) };
                (nice, std::fs::read_to_string("/proc/thread-self/sched").unwrap_or_default())
            })
            .await
            .unwrap();
        assert_eq!(nice, 10);
        // Kernels from 6.12 on honour a thread's own slice and show it.
        let release = std::fs::read_to_string("/proc/sys/kernel/osrelease").unwrap_or_default();
        let mut version = release.split(['.', '-']).map(|part| part.parse::<u32>().unwrap_or(0));
        if (version.next().unwrap_or(0), version.next().unwrap_or(0)) >= (6, 12) {
            let slice = sched.lines().find(|line| line.starts_with("se.slice")).unwrap_or_default();
            assert!(slice.ends_with(" 100000"), "{slice}");
        }
    }

    #[cfg(target_os = "linux")]
    #[tokio::test]
    async fn a_worker_offers_its_cpu_while_it_hashes() {
        use crate::credentials::yield_timer::test_support::{offers, spin};
        let pool = HashPool::new(1, 0);
        let during = pool
            .run(|_| {
                let before = offers();
                spin(std::time::Duration::from_millis(40));
                offers() - before
            })
            .await
            .unwrap();
        // 40 intervals; a loaded machine may run the worker for fewer of them.
        assert!(during >= 3, "{during} offers in a 40 ms job");
    }

    #[test]
    fn scratch_keeps_at_most_its_budget() {
        let mut scratch = Scratch::new(8);
        scratch.with_argon2_blocks(4, |blocks| assert_eq!(blocks.len(), 4));
        scratch.with_argon2_blocks(16, |blocks| assert_eq!(blocks.len(), 16));
        assert_eq!(scratch.blocks.len(), 4);
    }
}
