//! The live meeting: a pure state machine over the plan.
//!
//! Every change goes through [`Engine::apply`] with the time it happened, and every
//! reading takes the time it is read at. Remaining time is always
//! `allotted − (used before + now − since)`: computed from timestamps, never by
//! counting ticks, so it cannot drift however irregularly the screen is drawn.

use chrono::{DateTime, Duration, Local};
use serde::{Deserialize, Serialize};

use super::clock::{Ms, Now};
use super::rebalance::{self, Rebalance};
use crate::plan::{Plan, Step};
use crate::protocol::{Secs, Warn};

/// A facilitator's action. These are also what the journal records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "op")]
pub enum Command {
    Start,
    /// Pause if running, resume if paused.
    TogglePause,
    Next,
    Previous,
    /// Start the current step's time again from zero.
    Restart,
    /// Give the current step more (or, negative, less) time.
    Adjust {
        secs: i64,
    },
    /// Take an overrun back from later shared steps of the same round.
    Rebalance,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RunState {
    Ready,
    Running { since: Ms },
    Paused,
    Finished,
}

/// How urgent the current step is. Ordered: each level is louder than the last.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Alert {
    Calm,
    WrapUp,
    Time,
    /// Overtime past the grace period.
    Overdue,
}

impl Alert {
    /// Terminal bell rings when this level is reached.
    pub fn rings(self) -> u8 {
        match self {
            Alert::Calm => 0,
            Alert::WrapUp => 1,
            Alert::Time => 2,
            Alert::Overdue => 3,
        }
    }
}

/// What happened when a command was applied, for the screen to say.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Done,
    /// Nothing to do, and why (shown briefly).
    Ignored(&'static str),
    Rebalanced(Rebalance),
    /// The current step's time changed by `ms` (negative: cut); `floored` when a
    /// cut stopped at the time already used.
    Adjusted {
        ms: i64,
        floored: bool,
    },
}

/// Per-step bookkeeping.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct StepClock {
    /// The step's time now, after any extensions, cuts and rebalancing.
    pub allotted_ms: Ms,
    /// Time on the step's countdown since it last started, not counting the running stretch.
    pub used_ms: Ms,
    /// Time really spent on the step before its countdown was restarted: still
    /// spent, so records, airtime and "used" keep it.
    pub spent_before_ms: Ms,
}

/// Engine settings that come from config and flags rather than the protocol.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Settings {
    /// Wrap-up warning for steps whose protocol sets none.
    pub default_warn: Option<Warn>,
    /// How long overtime may run before the third bell.
    pub grace_secs: Secs,
    pub auto_advance: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            default_warn: Some(crate::defaults::WARN),
            grace_secs: crate::defaults::GRACE_SECS,
            auto_advance: false,
        }
    }
}

#[derive(Debug, Clone)]
pub struct Engine {
    plan: Plan,
    settings: Settings,
    clocks: Vec<StepClock>,
    current: usize,
    state: RunState,
    /// Monotonic and wall time at Start.
    started: Option<(Ms, DateTime<Local>)>,
    finished_at: Option<Ms>,
}

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
    pub fn new(plan: Plan, settings: Settings) -> Engine {
        let clocks = plan
            .steps
            .iter()
            .map(|s| StepClock {
                allotted_ms: s.length * 1000,
                used_ms: 0,
                spent_before_ms: 0,
            })
            .collect();
        let settings = Settings {
            auto_advance: settings.auto_advance || plan.protocol.auto_advance,
            ..settings
        };
        Engine {
            plan,
            settings,
            clocks,
            current: 0,
            state: RunState::Ready,
            started: None,
            finished_at: None,
        }
    }

    pub fn plan(&self) -> &Plan {
        &self.plan
    }

    pub fn state(&self) -> RunState {
        self.state
    }

    pub fn current_index(&self) -> usize {
        self.current
    }

    pub fn current_step(&self) -> &Step {
        &self.plan.steps[self.current]
    }

    pub fn next_step(&self) -> Option<&Step> {
        self.plan.steps.get(self.current + 1)
    }

    pub fn clocks(&self) -> &[StepClock] {
        &self.clocks
    }

    pub fn is_finished(&self) -> bool {
        self.state == RunState::Finished
    }

    /// Apply a facilitator's command at time `now`.
    pub fn apply(&mut self, cmd: Command, now: Now) -> Outcome {
        match (cmd, self.state) {
            (Command::Start, RunState::Ready) => {
                self.started = Some((now.mono, now.wall));
                self.state = RunState::Running { since: now.mono };
                Outcome::Done
            }
            (Command::Start, _) => Outcome::Ignored("the meeting has already started"),
            (_, RunState::Ready) => Outcome::Ignored("press space to begin the meeting"),
            (Command::TogglePause, RunState::Running { .. }) => {
                self.settle(now.mono);
                self.state = RunState::Paused;
                Outcome::Done
            }
            (Command::TogglePause, RunState::Paused) => {
                self.state = RunState::Running { since: now.mono };
                Outcome::Done
            }
            (Command::Previous, RunState::Finished) => {
                self.finished_at = None;
                self.state = RunState::Paused;
                Outcome::Done
            }
            (_, RunState::Finished) => Outcome::Ignored("the meeting is over"),
            (Command::Next, _) => {
                self.settle(now.mono);
                if self.current + 1 == self.plan.steps.len() {
                    self.state = RunState::Finished;
                    self.finished_at = Some(now.mono);
                } else {
                    self.current += 1;
                    self.restart_run(now.mono);
                }
                Outcome::Done
            }
            (Command::Previous, _) => {
                if self.current == 0 {
                    return Outcome::Ignored("this is the first step");
                }
                self.settle(now.mono);
                self.current -= 1;
                self.restart_run(now.mono);
                Outcome::Done
            }
            (Command::Restart, _) => {
                self.settle(now.mono);
                // The countdown starts again; the time already spent stays spent.
                let clock = &mut self.clocks[self.current];
                clock.spent_before_ms += std::mem::take(&mut clock.used_ms);
                self.restart_run(now.mono);
                Outcome::Done
            }
            (Command::Adjust { secs }, _) => {
                let used = self.elapsed_ms(self.current, now.mono);
                let clock = &mut self.clocks[self.current];
                let delta = secs.unsigned_abs() * 1000;
                if secs >= 0 {
                    clock.allotted_ms = clock.allotted_ms.saturating_add(delta);
                    return Outcome::Adjusted {
                        ms: delta as i64,
                        floored: false,
                    };
                }
                // A cut never takes the step below the time already used on it.
                if clock.allotted_ms <= used {
                    return Outcome::Ignored("time is already up: a cut cannot go below the time used");
                }
                let wanted = clock.allotted_ms.saturating_sub(delta);
                let before = clock.allotted_ms;
                clock.allotted_ms = wanted.max(used);
                Outcome::Adjusted {
                    ms: clock.allotted_ms as i64 - before as i64,
                    floored: wanted < used,
                }
            }
            (Command::Rebalance, _) => {
                let behind_ms = self.behind_ms(now);
                match rebalance::take_back(&self.plan, &mut self.clocks, self.current, behind_ms) {
                    Some(r) => Outcome::Rebalanced(r),
                    None if behind_ms <= 0 => Outcome::Ignored("on time: nothing to take back"),
                    None => Outcome::Ignored(rebalance::nothing_to_give(&self.plan, &self.plan.steps[self.current])),
                }
            }
        }
    }

    /// Move on by itself when time is up, if the protocol or settings ask for it.
    /// Returns true when it advanced.
    pub fn tick(&mut self, now: Now) -> bool {
        if self.settings.auto_advance && matches!(self.state, RunState::Running { .. }) && self.time(now).is_over() {
            self.apply(Command::Next, now);
            return true;
        }
        false
    }

    /// Fold the running stretch into the current step's used time.
    fn settle(&mut self, now: Ms) {
        if let RunState::Running { since } = self.state {
            self.clocks[self.current].used_ms += now.saturating_sub(since);
            self.state = RunState::Running { since: now };
        }
    }

    fn restart_run(&mut self, now: Ms) {
        if let RunState::Running { .. } = self.state {
            self.state = RunState::Running { since: now };
        }
    }

    fn elapsed_ms(&self, index: usize, now: Ms) -> Ms {
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

    fn behind_ms(&self, now: Now) -> i64 {
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
