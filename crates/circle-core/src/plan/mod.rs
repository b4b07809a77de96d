//! The meeting plan: protocol + members + presenters + length → a timeline of steps.
//!
//! A pure function of its inputs. Its promises, checked by property tests:
//! - every turn of a phase has exactly the same length;
//! - every presenter's round is identical in length;
//! - the steps follow each other without gaps, and the plan ends exactly at the
//!   meeting length (whole seconds).
//!
//! Scaling to a length floors each turn to whole seconds; the few seconds left over
//! (the *spare*) go to one place: the last single-step phase outside the rounds
//! (closing first, then opening: usually a check-out, welcome or norms step). A
//! protocol without such a phase gets a "Spare time" step at the very end.
//!
//! `per_turn` times and breaks are never scaled down (`timing.rs`); meetings of
//! 2.5 h or more get a break if the protocol has none; turns outside their
//! phase's bounds are warned about with fixes (`fit.rs`), and under the hard floor
//! the plan is refused with the same fixes.

mod draw;
mod fit;
pub mod journey;
mod members;
mod pairs;
mod phase_fix;
mod timing;
mod units;

pub use draw::Givers;
pub use fit::{Misfit, TurnWarning};
pub use members::{
    PresenterChoice, check_facilitator, check_members, check_members_plain, choose_presenters, same_name, split_names,
};
pub use pairs::{PairTurn, describe_choices, describe_pairs, pair_turns};

use serde::{Deserialize, Serialize};

use crate::duration::{format_flag, format_secs};
use crate::protocol::bounds::ABSOLUTE_FLOOR_SECS;
use crate::protocol::parse::MAX_MEETING_SECS;
use crate::protocol::{Kind, Protocol, Secs, Section, TurnMode, Warn};
use units::{Unit, break_position, break_unit};

/// No step is planned shorter than this; a meeting that would need it is refused.
pub const MIN_STEP_SECS: Secs = ABSOLUTE_FLOOR_SECS;

/// A meeting this long or longer gets a break when its protocol has none.
pub const BREAK_FROM_SECS: Secs = 150 * 60;

/// How long that break is.
pub const BREAK_SECS: Secs = 10 * 60;

/// A rounding remainder this long may stand as a "Spare time" step of its own;
/// a shorter one joins the last step instead.
pub const SPARE_STEP_FROM_SECS: Secs = 60;

/// What the plan is asked for.
#[derive(Debug, Clone)]
pub struct PlanRequest {
    pub members: Vec<String>,
    pub presenters: PresenterChoice,
    /// Meeting length; `None` uses the protocol's `length`, or its natural length.
    pub length: Option<Secs>,
    /// Members in the order they are due to present (the group memory fills this;
    /// by default it is the given order).
    pub rotation: Option<Vec<String>>,
    pub extras: Extras,
}

/// The rest of what a meeting is asked for; kept in the journal, so a resumed
/// meeting plans exactly the same.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Extras {
    /// A meeting of a saved group: phases with `when = "group"` run.
    #[serde(default)]
    pub in_group: bool,
    /// How givers are chosen (`--givers`); otherwise the protocol's `givers`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub givers: Option<Givers>,
    /// The seed of the meeting's random draws (pairs, givers).
    #[serde(default)]
    pub seed: u64,
    /// A facilitator from outside the circle: leads and keeps time, takes no turns.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub facilitator: Option<String>,
    /// The group's first meeting: it contracts, and has nothing to report back on.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub first: bool,
    /// A programme's last meeting: it looks back on the programme.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub last: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", .0.join("\n"))]
pub struct PlanError(pub Vec<String>);

/// One turn of a phase: "2 of 4".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Turn {
    pub index: usize,
    pub of: usize,
}

/// One step of the meeting: a phase, or one member's turn within a phase.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Step {
    pub section: Section,
    /// Index of the phase in its section of the protocol; `None` for the spare step.
    pub phase: Option<usize>,
    /// 1-based round number (rounds only).
    pub round: Option<usize>,
    pub presenter: Option<String>,
    pub kind: Kind,
    pub title: String,
    /// Who speaks, when one member does.
    pub speaker: Option<String>,
    /// The role id the speaker (or the phase's lead) holds.
    pub role: Option<String>,
    pub turn: Option<Turn>,
    /// Seconds from the start of the meeting.
    pub start: Secs,
    pub length: Secs,
    /// True for the one step that absorbed the rounding remainder.
    pub spare: bool,
    pub rules: Vec<String>,
    pub prompts: Vec<String>,
    pub warn: Option<Warn>,
}

impl Step {
    pub fn end(&self) -> Secs {
        self.start + self.length
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Plan {
    #[serde(skip)]
    pub protocol: Protocol,
    pub members: Vec<String>,
    pub presenters: Vec<String>,
    /// The meeting length the plan ends on.
    pub length: Secs,
    /// The length the protocol's own times add up to for this group.
    pub natural: Secs,
    /// Seconds of rounding remainder, and where they went.
    pub spare: Secs,
    pub steps: Vec<Step>,
    /// Phases whose turns are shorter or longer than is useful, with fixes.
    pub warnings: Vec<TurnWarning>,
    /// The pairs (and a trio) of a protocol with `pairs = true`, as drawn.
    pub pairing: Vec<Vec<String>>,
    /// How each receiver's givers were chosen, when not every coach gives.
    pub givers: Option<Givers>,
    /// Whether anything was drawn at random with `seed`.
    pub drawn: bool,
    pub seed: u64,
    /// The outside facilitator, who leads but takes no turns.
    pub facilitator: Option<String>,
}

/// Whether a plan works out the fixes for its warnings (planning each one to check
/// it) or only finds the warnings: the fixes themselves are planned without advice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Advice {
    Full,
    None,
}

pub fn build(protocol: &Protocol, request: &PlanRequest) -> Result<Plan, PlanError> {
    // A short protocol's first or last meeting may have no room for contracting or
    // the review: it then runs as the protocol has it (and still without a
    // report-back at a first meeting), never refused for what circle added.
    build_with(protocol, request, Advice::Full).or_else(|e| {
        let full = journey::adapt(protocol, &request.extras, journey::Room::Full);
        let bare = journey::adapt(protocol, &request.extras, journey::Room::Bare);
        if full == bare {
            return Err(e);
        }
        build_adapted(&bare, request, Advice::Full)
    })
}

fn build_with(protocol: &Protocol, request: &PlanRequest, advice: Advice) -> Result<Plan, PlanError> {
    build_adapted(
        &journey::adapt(protocol, &request.extras, journey::Room::Full),
        request,
        advice,
    )
}

/// Plan a protocol already adapted to where the meeting stands (`journey`).
fn build_adapted(protocol: &Protocol, request: &PlanRequest, advice: Advice) -> Result<Plan, PlanError> {
    let members = request.members.clone();
    let mut problems = check_members(&members, protocol);
    if let Some(f) = &request.extras.facilitator {
        problems.extend(members::check_facilitator(f, &members));
    }
    if !problems.is_empty() {
        return Err(PlanError(problems));
    }
    let rotation = request.rotation.clone().unwrap_or_else(|| members.clone());
    let chosen = if protocol.pairs {
        // In pairs everyone asks, in the order of their pair.
        Ok(members.clone())
    } else {
        choose_presenters(&request.presenters, protocol, &members, &rotation)
    };
    let presenters = chosen.map_err(PlanError)?;
    let units::Laid {
        mut units,
        pairing,
        givers,
        drawn,
    } = units::lay_out(protocol, request, &members, &presenters).map_err(PlanError)?;

    let natural: u128 = units.iter().map(|u| u.natural).sum();
    let asked = request.length.or(protocol.length);
    let mut target = asked.map_or(natural, u128::from);
    let has_break = Section::ALL
        .iter()
        .any(|s| protocol.phases(*s).iter().any(|p| p.kind.rules().rest));
    if !has_break && target >= u128::from(BREAK_FROM_SECS) && units.len() > 1 {
        let at = break_position(&units);
        let between_rounds = units[at].section != units[at - 1].section || units[at].round != units[at - 1].round;
        units.insert(at, break_unit(&units[at - 1], between_rounds));
        if asked.is_none() {
            target += u128::from(BREAK_SECS);
        }
    }
    if target > u128::from(MAX_MEETING_SECS) {
        return Err(PlanError(vec![crate::t!(
            "err-meeting-too-long",
            length = format_secs(target.min(u64::MAX as u128) as u64),
            max = format_secs(MAX_MEETING_SECS)
        )]));
    }
    if natural == 0 || target == 0 {
        return Err(PlanError(vec![crate::t!("err-plan-no-time")]));
    }

    let shapes: Vec<timing::Shape> = units.iter().map(Unit::shape).collect();
    let lengths = timing::turn_lengths(&shapes, target).map_err(|short| {
        let (why, need) = match short.clone() {
            timing::Shortfall::Fixed { fixed, need } => {
                (crate::t!("err-plan-fixed-too-long", fixed = format_secs(fixed)), need)
            }
            timing::Shortfall::Floor { unit, turn, need } => {
                let u = &units[unit];
                (
                    crate::t!(
                        "err-plan-under-floor",
                        title = u.phase.title.as_str(),
                        turn = format_secs(turn),
                        floor = format_secs(u.shape().bounds.floor),
                        min = format_secs(u.shape().bounds.min),
                    ),
                    need,
                )
            }
        };
        let need = need.max(timing::length_for_minimums(&shapes));
        let fixes = match advice {
            Advice::Full => {
                // The author's own short turn: the fix on that phase comes first.
                let own = match short {
                    timing::Shortfall::Floor { unit, turn, .. } => {
                        let u = &units[unit];
                        let own = (u.natural / u.speakers.len().max(1) as u128) as Secs;
                        u.phase_index
                            .filter(|_| own < u.shape().bounds.min)
                            .and_then(|i| phase_fix::min_turn_fix(protocol, request, u.section, i, turn))
                    }
                    timing::Shortfall::Fixed { .. } => None,
                };
                let whole = fit::squeeze_fixes(protocol, request, presenters.len(), Some(need));
                own.into_iter().chain(whole).collect()
            }
            Advice::None => Vec::new(),
        };
        let fix = if fixes.is_empty() {
            crate::t!("plan-try-length", length = format_flag(round_up_to_minute(need)))
        } else {
            crate::t!("plan-try", fixes = fit::join_or(&fixes))
        };
        PlanError(vec![crate::t!(
            "err-plan-too-short",
            length = format_secs(target as u64),
            protocol = protocol.id.as_str(),
            count = members.len(),
            why = why,
            fix = fix
        )])
    })?;

    let used: u128 = units
        .iter()
        .zip(&lengths)
        .map(|(u, &len)| u128::from(len) * u.speakers.len() as u128)
        .sum();
    let spare = (target - used) as Secs;
    let single = |u: &Unit, section| u.section == section && u.speakers.len() == 1 && !u.phase.kind.rules().rest;
    let spare_unit = units
        .iter()
        .rposition(|u| single(u, Section::Closing))
        .or_else(|| units.iter().rposition(|u| single(u, Section::Opening)))
        // A step of a few seconds helps nobody: under a minute, the remainder joins
        // the meeting's last step, even a turn in a round.
        .or_else(|| (spare < SPARE_STEP_FROM_SECS).then(|| units.len().saturating_sub(1)));

    let mut steps = Vec::new();
    let mut clock: Secs = 0;
    for (ui, (u, &len)) in units.iter().zip(&lengths).enumerate() {
        let of = u.speakers.len();
        for (k, (speaker, role)) in u.speakers.iter().zip(&u.roles).enumerate() {
            // Of a phase with turns, only its last turn takes the remainder.
            let is_spare = spare > 0 && spare_unit == Some(ui) && k + 1 == of;
            let length = if is_spare { len + spare } else { len };
            steps.push(Step {
                section: u.section,
                phase: u.phase_index,
                round: u.round.map(|(n, _)| n),
                // Pairs have no one presenter: their rounds name none.
                presenter: u.round.map(|(_, p)| p).filter(|p| !p.is_empty()).map(str::to_string),
                kind: u.phase.kind,
                title: u.phase.title.clone(),
                speaker: speaker.clone(),
                role: role.clone(),
                turn: (u.phase.turns != TurnMode::Open && of > 1).then_some(Turn { index: k + 1, of }),
                start: clock,
                length,
                spare: is_spare,
                rules: named_rules(&u.phase.rules, u.round.map(|(_, p)| p), protocol),
                prompts: named_rules(&u.phase.prompts, u.round.map(|(_, p)| p), protocol),
                warn: u.phase.warn.or(protocol.warn),
            });
            clock += length;
        }
    }
    if spare > 0 && spare_unit.is_none() {
        steps.push(Step {
            section: Section::Closing,
            phase: None,
            round: None,
            presenter: None,
            kind: Kind::Custom,
            title: crate::t!("plan-spare-title"),
            speaker: None,
            role: None,
            turn: None,
            start: clock,
            length: spare,
            spare: true,
            rules: Vec::new(),
            prompts: vec![crate::t!("plan-spare-prompt")],
            warn: None,
        });
    }

    let warnings = fit::misfits(&units, &lengths);
    drop(units);
    let mut plan = Plan {
        protocol: protocol.clone(),
        members,
        presenters,
        length: target as Secs,
        natural: natural as Secs,
        spare,
        steps,
        warnings,
        pairing,
        givers,
        drawn,
        seed: request.extras.seed,
        facilitator: request.extras.facilitator.clone(),
    };
    if advice == Advice::Full {
        fit::attach_fixes(&mut plan, protocol, request, &shapes);
    }
    Ok(plan)
}

fn round_up_to_minute(secs: Secs) -> Secs {
    secs.div_ceil(60) * 60
}

/// A phase's rules (or prompts) with `{presenter}` made the round's presenter:
/// "Ana listens — back turned, camera off" says on screen who keeps silent.
/// Without a presenter (pairs, or outside the rounds) it names the role.
fn named_rules(rules: &[String], presenter: Option<&str>, protocol: &Protocol) -> Vec<String> {
    let who = presenter
        .filter(|p| !p.is_empty())
        .unwrap_or_else(|| protocol.role_name("presenter"));
    rules.iter().map(|r| r.replace("{presenter}", who)).collect()
}
