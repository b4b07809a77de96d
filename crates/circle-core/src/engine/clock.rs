//! Time as the engine sees it. The engine never reads a clock itself: callers pass
//! [`Now`] in, so the same events at the same times always give the same state.

use chrono::{DateTime, Local};

/// Milliseconds on a monotonic clock that keeps counting while the laptop sleeps.
pub type Ms = u64;

/// One reading of both clocks: monotonic for countdowns, wall for clock times.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Now {
    pub mono: Ms,
    pub wall: DateTime<Local>,
}

pub trait Clock {
    fn now(&self) -> Now;

    /// Real milliseconds to sleep for `ms` of this clock's time to pass: the same,
    /// except on a rehearsal clock that runs faster.
    fn real_wait(&self, ms: Ms) -> Ms {
        ms
    }
}

/// The real clocks. On Linux the monotonic reading is `CLOCK_BOOTTIME`, which,
/// unlike `Instant`, keeps counting through suspend: a laptop that sleeps
/// mid-step wakes to the true remaining time, because the meeting went on.
/// When a rehearsal is set (`CIRCLE_NOW`, `CIRCLE_SPEED`: see `rehearsal.rs`),
/// both readings follow it.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> Now {
        let real = boot_time_ms();
        match super::rehearsal::settings() {
            None => Now {
                mono: real,
                wall: local_now(),
            },
            Some(r) => Now {
                mono: r.mono(real),
                wall: r.wall(real, local_now()),
            },
        }
    }

    fn real_wait(&self, ms: Ms) -> Ms {
        super::rehearsal::settings().map_or(ms, |r| r.real_wait(ms))
    }
}

/// The wall clock as circle sees it (the rehearsal's, when one is set): for
/// commands that need today's date or the time.
pub fn wall_now() -> DateTime<Local> {
    SystemClock.now().wall
}

/// The boot clock in real milliseconds, for [`super::rehearsal::init`].
pub fn real_ms() -> Ms {
    boot_time_ms()
}

/// The local time, asking the time-zone database once a quarter of an hour (zones
/// change their offset only on quarter-hour boundaries). chrono's `Local::now`
/// checks `/etc/localtime` again at every call more than a second after the last:
/// a `stat` every tick of a countdown.
fn local_now() -> DateTime<Local> {
    use chrono::{FixedOffset, Offset, TimeZone, Utc};
    use std::sync::Mutex;
    static CACHE: Mutex<Option<(i64, FixedOffset)>> = Mutex::new(None);
    let utc = Utc::now().naive_utc();
    let quarter = utc.and_utc().timestamp().div_euclid(900);
    let mut cache = CACHE.lock().unwrap_or_else(|p| p.into_inner());
    let offset = match *cache {
        Some((q, offset)) if q == quarter => offset,
        _ => {
            let offset = Local.offset_from_utc_datetime(&utc).fix();
            *cache = Some((quarter, offset));
            offset
        }
    };
    DateTime::from_naive_utc_and_offset(utc, offset)
}

#[cfg(target_os = "linux")]
fn boot_time_ms() -> Ms {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: clock_gettime writes one timespec into the valid pointer we pass.
    let rc = unsafe { libc::clock_gettime(libc::CLOCK_BOOTTIME, &mut ts) };
    if rc == 0 {
        ts.tv_sec as Ms * 1000 + ts.tv_nsec as Ms / 1_000_000
    } else {
        fallback_ms()
    }
}

#[cfg(not(target_os = "linux"))]
fn boot_time_ms() -> Ms {
    fallback_ms()
}

/// `Instant` since the first call (stops during suspend on some systems).
fn fallback_ms() -> Ms {
    use std::sync::OnceLock;
    use std::time::Instant;
    static START: OnceLock<Instant> = OnceLock::new();
    START.get_or_init(Instant::now).elapsed().as_millis() as Ms
}

/// A clock that only moves when told to: for tests and replays.
#[derive(Debug, Clone)]
pub struct ManualClock {
    now: std::cell::Cell<Now>,
}

impl ManualClock {
    pub fn new(wall: DateTime<Local>) -> ManualClock {
        ManualClock {
            now: std::cell::Cell::new(Now { mono: 1_000_000, wall }),
        }
    }

    pub fn advance_ms(&self, ms: Ms) {
        let n = self.now.get();
        self.now.set(Now {
            mono: n.mono + ms,
            wall: n.wall + chrono::Duration::milliseconds(ms as i64),
        });
    }

    pub fn advance_secs(&self, secs: u64) {
        self.advance_ms(secs * 1000);
    }
}

impl Clock for ManualClock {
    fn now(&self) -> Now {
        self.now.get()
    }
}

/// Another clock's readings moved by a fixed amount. A resumed meeting runs on the
/// monotonic time line of the journal it was replayed from, so its timestamps carry
/// on from where that journal stopped.
#[derive(Debug, Clone)]
pub struct ShiftedClock<C> {
    pub inner: C,
    pub shift_ms: i64,
}

impl<C: Clock> ShiftedClock<C> {
    /// A clock that reads `at` now and runs on from there.
    pub fn starting_at(inner: C, at: Ms) -> ShiftedClock<C> {
        let shift_ms = at as i64 - inner.now().mono as i64;
        ShiftedClock { inner, shift_ms }
    }
}

impl<C: Clock> Clock for ShiftedClock<C> {
    fn real_wait(&self, ms: Ms) -> Ms {
        self.inner.real_wait(ms)
    }

    fn now(&self) -> Now {
        let n = self.inner.now();
        Now {
            mono: (n.mono as i64 + self.shift_ms).max(0) as Ms,
            wall: n.wall,
        }
    }
}

#[cfg(test)]
mod local_tests {
    #[test]
    fn the_cached_local_time_is_the_zones_own() {
        let ours = super::local_now();
        let chronos = chrono::Local::now();
        assert_eq!(ours.offset(), chronos.offset());
        assert!((chronos - ours).num_milliseconds().abs() < 1000);
    }
}
