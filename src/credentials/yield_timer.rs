//! A timer that makes a hashing thread offer its CPU back every millisecond.
//!
//! The kernel chooses again which thread runs on a CPU only when something happens there: a
//! thread wakes up or goes to sleep, or the periodic tick comes (every 4 ms at the common 250 Hz).
//! A hash worker never sleeps while it hashes, so on a CPU where nobody wakes it keeps the CPU
//! until the next tick, however low its priority and short its requested slice, while a request
//! worker that lost the CPU at a tick, or woke up while it was owed no time, waits in the queue.
//! During a login storm those waits are the tail of every session check (in a scheduler trace of
//! the benchmark's storm, hash workers held the CPU through 81-86% of the time request workers
//! spent in waits over 1 ms). While it hashes, a worker arms this timer; its signal calls
//! `sched_yield`, so the scheduler chooses again, and a request worker that is owed time gets the
//! CPU within a millisecond. When nobody else wants the CPU, the yield returns at once and hashing
//! goes on. The price is about 3.5% of the login rate (median of nine A/B pairs); every 2 ms cost
//! the same, so it is not the count of signals, while every 0.25 ms, where the signals do weigh,
//! cost a tenth of it.

use std::sync::OnceLock;

/// How often an armed timer fires.
const INTERVAL_NS: libc::c_long = 1_000_000;

/// A `CLOCK_MONOTONIC` timer that signals the thread that created it. Not `Send`: the signal goes
/// to that thread only.
pub struct YieldTimer {
    id: libc::timer_t,
}

impl YieldTimer {
    /// A disarmed timer for the calling thread; `None` (hashing goes on without yielding) where no
    /// real-time signal is free or the kernel refuses the timer.
    pub fn for_this_thread() -> Option<Self> {
        let signal = handler_signal()?;
        // SAFETY: an all-zero `sigevent` is a valid value of this plain C struct.
        let mut event: libc::sigevent = unsafe { std::mem::zeroed() };
        event.sigev_notify = libc::SIGEV_THREAD_ID;
        event.sigev_signo = signal;
        // SAFETY: gettid takes no arguments and cannot fail.
        event.sigev_notify_thread_id = unsafe { libc::gettid() };
        let mut id: libc::timer_t = std::ptr::null_mut();
        // SAFETY: both pointers are to live values of the types timer_create expects.
        if unsafe { libc::timer_create(libc::CLOCK_MONOTONIC, &mut event, &mut id) } != 0 {
            tracing::warn!(error = %std::io::Error::last_os_error(), "hash workers will not yield their CPU");
            return None;
        }
        Some(Self { id })
    }

    /// Arms the timer until the returned guard is dropped.
    pub fn arm(&self) -> Armed<'_> {
        self.set(INTERVAL_NS);
        Armed(self)
    }

    fn set(&self, interval_ns: libc::c_long) {
        let every = libc::timespec { tv_sec: 0, tv_nsec: interval_ns };
        let spec = libc::itimerspec { it_interval: every, it_value: every };
        // SAFETY: `self.id` is a live timer of this process and `spec` a valid itimerspec; the
        // call fails only for invalid arguments, which these are not.
        unsafe { libc::timer_settime(self.id, 0, &spec, std::ptr::null_mut()) };
    }
}

impl Drop for YieldTimer {
    fn drop(&mut self) {
        // SAFETY: `self.id` was created by timer_create and is deleted only here.
        unsafe { libc::timer_delete(self.id) };
    }
}

/// An armed [`YieldTimer`]; dropping it disarms the timer.
pub struct Armed<'t>(&'t YieldTimer);

impl Drop for Armed<'_> {
    fn drop(&mut self) {
        self.0.set(0);
    }
}

/// The real-time signal whose handler yields, installed on first use: the highest one nobody
/// handles yet. `None` when every one is taken.
fn handler_signal() -> Option<libc::c_int> {
    static SIGNAL: OnceLock<Option<libc::c_int>> = OnceLock::new();
    *SIGNAL.get_or_init(|| {
        let signal = (libc::SIGRTMIN()..=libc::SIGRTMAX()).rev().find(|&signal| is_unhandled(signal))?;
        // SAFETY: an all-zero `sigaction` is valid (empty mask, no flags); the handler is an
        // `extern "C" fn(c_int)` that only makes an async-signal-safe call.
        let installed = unsafe {
            let mut action: libc::sigaction = std::mem::zeroed();
            action.sa_sigaction = offer_cpu as extern "C" fn(libc::c_int) as libc::sighandler_t;
            action.sa_flags = libc::SA_RESTART;
            libc::sigaction(signal, &action, std::ptr::null_mut()) == 0
        };
        installed.then_some(signal)
    })
}

fn is_unhandled(signal: libc::c_int) -> bool {
    // SAFETY: with a null new action, sigaction only writes the current one into `current`.
    unsafe {
        let mut current: libc::sigaction = std::mem::zeroed();
        libc::sigaction(signal, std::ptr::null(), &mut current) == 0 && current.sa_sigaction == libc::SIG_DFL
    }
}

#[cfg(test)]
thread_local! {
    /// How often the handler ran on this thread (constant-initialized, so safe in a handler).
    static OFFERS: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

extern "C" fn offer_cpu(_: libc::c_int) {
    #[cfg(test)]
    OFFERS.with(|offers| offers.set(offers.get() + 1));
    // SAFETY: sched_yield is async-signal-safe; errno is put back for the interrupted code.
    unsafe {
        let errno = *libc::__errno_location();
        libc::sched_yield();
        *libc::__errno_location() = errno;
    }
}

/// For tests here and in the pool: busy work, and the handler's count on this thread.
#[cfg(test)]
pub(super) mod test_support {
    use std::time::{Duration, Instant};

    pub fn spin(duration: Duration) {
        let start = Instant::now();
        while start.elapsed() < duration {
            std::hint::spin_loop();
        }
    }

    pub fn offers() -> u64 {
        super::OFFERS.get()
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::test_support::{offers, spin};
    use super::*;

    #[test]
    fn an_armed_timer_offers_the_cpu_and_a_disarmed_one_is_silent() {
        std::thread::spawn(|| {
            let timer = YieldTimer::for_this_thread().expect("a timer");
            {
                let _armed = timer.arm();
                spin(Duration::from_millis(40));
            }
            let armed = offers();
            // 40 intervals; a loaded machine may run the thread for fewer of them.
            assert!(armed >= 3, "{armed} offers in 40 ms");
            spin(Duration::from_millis(5));
            assert_eq!(offers(), armed, "disarmed, yet it fired");
        })
        .join()
        .unwrap();
    }

    #[test]
    fn the_handler_stays_installed_for_every_timer() {
        let first = handler_signal().expect("a free real-time signal");
        assert_eq!(handler_signal(), Some(first));
        assert!(!is_unhandled(first));
    }
}
