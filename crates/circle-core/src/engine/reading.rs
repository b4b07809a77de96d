//! Reading the engine at a moment: the current step's time, where the meeting
//! stands against its plan, and the time each step and member has used. Every
//! reading is computed from timestamps and `now`; nothing here changes the engine.

use chrono::{DateTime, Duration, Local};

use super::clock::{Ms, Now};
use super::countdown::{Alert, Engine, RunState};
use crate::protocol::Secs;

/// The current step's time, read at one moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StepTime {
    pub allotted_ms: Ms,
    pub elapsed_ms: Ms,
    /// Positive while time is left; zero or negative once it is up.
    pub remaining_ms: i64,
    pub alert: Alert,
    /// When (monotonic) the current alert level began, for the flash.
    pub alert_since: Option<Ms>,
    pub running: bool,
}

impl StepTime {
    /// Whole seconds shown on the countdown: rounded up, so 0:00 appears exactly
    /// when time runs out.
    pub fn shown_remaining_secs(&self) -> Secs {
        if self.remaining_ms <= 0 {
            0
        } else {
            (self.remaining_ms as u64).div_ceil(1000)
        }
    }

    /// Whole seconds of overtime (0 until a full second has passed).
    pub fn overtime_secs(&self) -> Secs {
        if self.remaining_ms >= 0 {
            0
        } else {
            self.remaining_ms.unsigned_abs() / 1000
        }
    }

    pub fn is_over(&self) -> bool {
        self.remaining_ms <= 0
    }

    /// Milliseconds until the shown time next changes (a second boundary).
    pub fn ms_to_next_second(&self) -> Ms {
        if self.remaining_ms > 0 {
            match self.remaining_ms as u64 % 1000 {
                0 => 1000,
                r => r,
            }
        } else {
            1000 - self.remaining_ms.unsigned_abs() % 1000
        }
    }
}

/// Where the meeting stands against the clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Schedule {
    pub planned_end: DateTime<Local>,
    pub projected_end: DateTime<Local>,
    /// Positive: behind; negative: ahead. Whole seconds.
    pub behind_secs: i64,
}

impl Engine {
    pub(super) fn elapsed_ms(&self, index: usize, now: Ms) -> Ms {
        let used = self.clocks[index].used_ms;
        match self.state {
            RunState::Running { since } if index == self.current => used + now.saturating_sub(since),
            _ => used,
        }
    }

    /// The wrap-up warning lead for a step, in ms.
    fn warn_lead_ms(&self, index: usize) -> Ms {
        let step = &self.plan.steps[index];
        let planned = self.clocks[index].allotted_ms / 1000;
        step.warn
            .or(self.settings.default_warn)
            .map_or(0, |w| w.lead_secs(planned) * 1000)
    }

    /// The current step's time at `now`.
    pub fn time(&self, now: Now) -> StepTime {
        let clock = self.clocks[self.current];
        let elapsed = self.elapsed_ms(self.current, now.mono);
        let remaining = clock.allotted_ms as i64 - elapsed as i64;
        let lead = self.warn_lead_ms(self.current) as i64;
        let grace = (self.settings.grace_secs * 1000) as i64;
        let (alert, threshold) = if remaining <= -grace {
            (Alert::Overdue, clock.allotted_ms as i64 + grace)
        } else if remaining <= 0 {
            (Alert::Time, clock.allotted_ms as i64)
        } else if remaining <= lead {
            (Alert::WrapUp, clock.allotted_ms as i64 - lead)
        } else {
            (Alert::Calm, 0)
        };
        let running = matches!(self.state, RunState::Running { .. });
        // The moment elapsed time crossed the threshold, on the monotonic clock.
        let alert_since = (alert != Alert::Calm && running)
            .then(|| now.mono.saturating_sub((elapsed as i64 - threshold).max(0) as u64));
        StepTime {
            allotted_ms: clock.allotted_ms,
            elapsed_ms: elapsed,
            remaining_ms: remaining,
            alert,
            alert_since,
            running,
        }
    }

    /// Milliseconds the meeting would overrun if every step from here takes its time.
    /// Time unused on the current step does not count as early.
    fn projected_left_ms(&self, now: Now) -> Ms {
        if self.state == RunState::Finished {
            return 0;
        }
        let current = self.time(now).remaining_ms.max(0) as Ms;
        let later: Ms = (self.current + 1..self.plan.steps.len())
            .map(|i| self.clocks[i].allotted_ms.saturating_sub(self.clocks[i].used_ms))
            .sum();
        current + later
    }

    pub(super) fn behind_ms(&self, now: Now) -> i64 {
        let Some((start_mono, _)) = self.started else { return 0 };
        let now_mono = self.finished_at.unwrap_or(now.mono);
        let since_start = now_mono.saturating_sub(start_mono) as i64;
        since_start + self.projected_left_ms(now) as i64 - (self.plan.length * 1000) as i64
    }

    pub fn schedule(&self, now: Now) -> Schedule {
        let start = self.started.map_or(now.wall, |(_, w)| w);
        let planned_end = start + Duration::seconds(self.plan.length as i64);
        let behind_ms = self.behind_ms(now);
        let projected_end = planned_end + Duration::milliseconds(behind_ms);
        // Counted on the monotonic clock from the start, so a wall-clock jump (NTP,
        // a time-zone change) cannot move the projection. Whole seconds, toward zero.
        let behind_secs = behind_ms / 1000;
        Schedule {
            planned_end,
            projected_end,
            behind_secs,
        }
    }

    /// Time really spent per step, including the running stretch of the current one
    /// and any time before a restart.
    pub fn used_ms(&self, now: Now) -> Vec<Ms> {
        (0..self.plan.steps.len())
            .map(|i| self.clocks[i].spent_before_ms + self.elapsed_ms(i, now.mono))
            .collect()
    }

    /// Speaking time per member, in roster order (steps with one speaker).
    pub fn airtime_ms(&self, now: Now) -> Vec<(String, Ms)> {
        let used = self.used_ms(now);
        self.plan
            .members
            .iter()
            .map(|m| {
                let total = self
                    .plan
                    .steps
                    .iter()
                    .zip(&used)
                    .filter(|(s, _)| s.speaker.as_deref() == Some(m.as_str()))
                    .map(|(_, u)| *u)
                    .sum();
                (m.clone(), total)
            })
            .collect()
    }

    /// Milliseconds until the screen must change by itself: the next second of the
    /// countdown, or `None` when nothing moves (ready, paused, finished).
    pub fn next_change_in(&self, now: Now) -> Option<Ms> {
        match self.state {
            RunState::Running { .. } => Some(self.time(now).ms_to_next_second()),
            _ => None,
        }
    }
}
