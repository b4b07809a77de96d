//! The rehearsal clock: `CIRCLE_NOW` (an RFC 3339 time) is where the wall clock
//! starts, and `CIRCLE_SPEED` (a factor) how fast both clocks run. A group can
//! rehearse a meeting in minutes, and the tests run whole programmes month by month
//! through the real binary in seconds. Read once per process, from the environment.
//!
//! The monotonic reading is the boot clock times the speed, so two circles started
//! with the same speed (a console and its watcher) agree on it; the wall clock
//! starts at `CIRCLE_NOW` when the process starts and runs at the same speed.

use std::sync::OnceLock;

use chrono::{DateTime, Local};

use super::clock::Ms;

/// The settings in force for this process.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rehearsal {
    /// The wall time at `start_ms`, when `CIRCLE_NOW` is set.
    pub origin: Option<DateTime<Local>>,
    /// Real milliseconds (boot clock) when the process read its settings.
    pub start_ms: Ms,
    pub speed: f64,
}

/// Fastest rehearsal: a three-hour meeting in under a second would skip whole
/// seconds between frames, which the screen and the journal do not expect.
pub const MAX_SPEED: f64 = 10_000.0;

static SETTINGS: OnceLock<Rehearsal> = OnceLock::new();

/// Why the environment's settings cannot be used: (variable, value).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadSetting {
    pub variable: &'static str,
    pub value: String,
}

/// Read `CIRCLE_NOW` and `CIRCLE_SPEED` (and the older `CIRCLE_TODAY`, a date:
/// noon of that day) once. `main` calls this first so that a bad value is an error
/// with exit code 2, not a silently real clock.
pub fn init(real_ms: Ms) -> Result<Rehearsal, BadSetting> {
    let read = |name: &'static str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
    let origin = match (read("CIRCLE_NOW"), read("CIRCLE_TODAY")) {
        (Some(now), _) => Some(parse_now(&now).ok_or(BadSetting {
            variable: "CIRCLE_NOW",
            value: now,
        })?),
        (None, Some(day)) => Some(parse_today(&day).ok_or(BadSetting {
            variable: "CIRCLE_TODAY",
            value: day,
        })?),
        (None, None) => None,
    };
    let speed = match read("CIRCLE_SPEED") {
        None => 1.0,
        Some(s) => s
            .trim()
            .parse::<f64>()
            .ok()
            .filter(|f| f.is_finite() && *f > 0.0 && *f <= MAX_SPEED)
            .ok_or(BadSetting {
                variable: "CIRCLE_SPEED",
                value: s,
            })?,
    };
    let settings = Rehearsal {
        origin,
        start_ms: real_ms,
        speed,
    };
    Ok(*SETTINGS.get_or_init(|| settings))
}

/// The settings in force: the real clocks unless [`init`] found others.
pub fn settings() -> Option<&'static Rehearsal> {
    SETTINGS.get().filter(|r| r.origin.is_some() || r.speed != 1.0)
}

pub fn parse_now(text: &str) -> Option<DateTime<Local>> {
    DateTime::parse_from_rfc3339(text.trim())
        .ok()
        .map(|t| t.with_timezone(&Local))
}

fn parse_today(text: &str) -> Option<DateTime<Local>> {
    let day = chrono::NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").ok()?;
    day.and_hms_opt(12, 0, 0)?.and_local_timezone(Local).earliest()
}

impl Rehearsal {
    /// The monotonic reading for a real one.
    pub fn mono(&self, real_ms: Ms) -> Ms {
        (real_ms as f64 * self.speed) as Ms
    }

    /// The wall clock for a real monotonic reading.
    pub fn wall(&self, real_ms: Ms, real_wall: DateTime<Local>) -> DateTime<Local> {
        let run = real_ms.saturating_sub(self.start_ms) as f64 * self.speed;
        match self.origin {
            Some(o) => o + chrono::Duration::milliseconds(run as i64),
            None => {
                real_wall + chrono::Duration::milliseconds((run - real_ms.saturating_sub(self.start_ms) as f64) as i64)
            }
        }
    }

    /// Real milliseconds to wait for `ms` of rehearsal time to pass.
    pub fn real_wait(&self, ms: Ms) -> Ms {
        ((ms as f64 / self.speed).ceil() as Ms).max(1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sixty_times_faster_runs_an_hour_in_a_minute() {
        let r = Rehearsal {
            origin: parse_now("2026-01-15T18:00:00+00:00"),
            start_ms: 5_000,
            speed: 60.0,
        };
        let start = r.wall(5_000, Local::now());
        let later = r.wall(65_000, Local::now());
        assert_eq!((later - start).num_minutes(), 60);
        assert_eq!(start.to_utc().to_rfc3339(), "2026-01-15T18:00:00+00:00");
        assert_eq!(r.mono(65_000) - r.mono(5_000), 3_600_000);
        assert_eq!(r.real_wait(60_000), 1_000);
    }

    #[test]
    fn a_day_alone_is_its_noon() {
        let t = parse_today("2026-03-01").unwrap();
        assert_eq!(t.date_naive().to_string(), "2026-03-01");
    }
}
