//! The meeting's clock: a pure state machine over the plan's steps, timing each
//! one (the meeting itself, with its notes and journal, is [`crate::meeting`]).
//!
//! Every change goes through [`Engine::apply`] with the time it happened, and every
//! reading takes the time it is read at. Remaining time is always
//! `allotted − (used before + now − since)`: computed from timestamps, never by
//! counting ticks, so it cannot drift however irregularly the screen is drawn.

use chrono::{DateTime, Local};
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
    /// Nothing to do, and why (shown briefly, in words the screen chooses).
    Ignored(Refusal),
    Rebalanced(Rebalance),
    /// The current step's time changed by `ms` (negative: cut); `floored` when a
    /// cut stopped at the time already used.
    Adjusted {
        ms: i64,
        floored: bool,
    },
}

/// Why a command did nothing. The screen says it in the person's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    AlreadyStarted,
    NotBegun,
    Over,
    FirstStep,
    /// A cut would go below the time already used.
    CutBelowUsed,
    /// Rebalancing with nothing to make up.
    OnTime,
    /// Rebalancing found no later shared step with time to give, looking where
    /// the step's section allows.
    NothingToGive(GiveFrom),
}

/// Where a rebalance looks for time, from the current step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GiveFrom {
    /// From the opening, with one round: the opening, the round and the closing.
    Anywhere,
    /// From the opening with several rounds: the opening and the closing (the
    /// rounds keep their equal time).
    OpeningAndClosing,
    ThisRound,
    Closing,
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
    pub(super) plan: Plan,
    pub(super) settings: Settings,
    pub(super) clocks: Vec<StepClock>,
    pub(super) current: usize,
    pub(super) state: RunState,
    /// Monotonic and wall time at Start.
    pub(super) started: Option<(Ms, DateTime<Local>)>,
    pub(super) finished_at: Option<Ms>,
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
            (Command::Start, _) => Outcome::Ignored(Refusal::AlreadyStarted),
            (_, RunState::Ready) => Outcome::Ignored(Refusal::NotBegun),
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
            (_, RunState::Finished) => Outcome::Ignored(Refusal::Over),
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
                    return Outcome::Ignored(Refusal::FirstStep);
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
                    return Outcome::Ignored(Refusal::CutBelowUsed);
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
                    None if behind_ms <= 0 => Outcome::Ignored(Refusal::OnTime),
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
}
