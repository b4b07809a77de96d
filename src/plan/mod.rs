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

mod members;

pub use members::{PresenterChoice, check_members, check_members_plain, choose_presenters, same_name, split_names};

use serde::Serialize;

use crate::protocol::duration::format_secs;
use crate::protocol::parse::MAX_MEETING_SECS;
use crate::protocol::{Kind, Phase, Protocol, Secs, Section, Timing, TurnMode, Warn};

/// No step is planned shorter than this; a meeting that would need it is refused.
pub const MIN_STEP_SECS: Secs = 10;

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
}

/// One phase of the meeting with its turns, before times are set.
struct Unit<'p> {
    section: Section,
    phase_index: usize,
    phase: &'p Phase,
    round: Option<(usize, &'p str)>,
    speakers: Vec<Option<String>>,
    roles: Vec<Option<String>>,
    /// Natural length of the whole phase (all turns).
    natural: u128,
}

pub fn build(protocol: &Protocol, request: &PlanRequest) -> Result<Plan, PlanError> {
    let members = request.members.clone();
    let mut problems = check_members(&members, protocol);
    if !problems.is_empty() {
        return Err(PlanError(problems));
    }
    let rotation = request.rotation.clone().unwrap_or_else(|| members.clone());
    let presenters = choose_presenters(&request.presenters, protocol, &members, &rotation).map_err(PlanError)?;

    let mut units = Vec::new();
    for section in Section::ALL {
        let rounds: Vec<Option<(usize, &str)>> = if section == Section::Round {
            presenters
                .iter()
                .enumerate()
                .map(|(i, p)| Some((i + 1, p.as_str())))
                .collect()
        } else {
            vec![None]
        };
        for round in rounds {
            for (phase_index, phase) in protocol.phases(section).iter().enumerate() {
                match unit(section, phase_index, phase, round, &members, protocol) {
                    Ok(u) => units.push(u),
                    Err(p) => {
                        if !problems.contains(&p) {
                            problems.push(p)
                        }
                    }
                }
            }
        }
    }
    if !problems.is_empty() {
        return Err(PlanError(problems));
    }

    let natural: u128 = units.iter().map(|u| u.natural).sum();
    let target = request.length.or(protocol.length).map_or(natural, u128::from);
    if target > u128::from(MAX_MEETING_SECS) {
        return Err(PlanError(vec![format!(
            "a {} meeting is longer than circle plans ({} at most)",
            format_secs(target.min(u64::MAX as u128) as u64),
            format_secs(MAX_MEETING_SECS)
        )]));
    }
    if natural == 0 || target == 0 {
        return Err(PlanError(vec!["the meeting has no time in it".into()]));
    }

    // Turn length for each unit: floor(target × share of this phase ÷ turns).
    let turn_len = |u: &Unit| (target * u.natural / natural / u.speakers.len() as u128) as Secs;
    if let Some(short) = units.iter().find(|u| turn_len(u) < MIN_STEP_SECS) {
        // The smallest length at which every turn gets MIN_STEP_SECS.
        let need = units
            .iter()
            .map(|u| (u128::from(MIN_STEP_SECS) * natural * u.speakers.len() as u128).div_ceil(u.natural))
            .max()
            .unwrap_or(0);
        return Err(PlanError(vec![format!(
            "a {} meeting is too short for \"{}\" with {} members: \"{}\" would get turns under {}s; try --length {} or more",
            format_secs(target as u64),
            protocol.id,
            members.len(),
            short.phase.title,
            MIN_STEP_SECS,
            format_secs(round_up_to_minute(need as u64)),
        )]));
    }

    let used: u128 = units
        .iter()
        .map(|u| u128::from(turn_len(u)) * u.speakers.len() as u128)
        .sum();
    let spare = (target - used) as Secs;
    let spare_unit = units
        .iter()
        .rposition(|u| u.section == Section::Closing && u.speakers.len() == 1)
        .or_else(|| {
            units
                .iter()
                .rposition(|u| u.section == Section::Opening && u.speakers.len() == 1)
        });

    let mut steps = Vec::new();
    let mut clock: Secs = 0;
    for (ui, u) in units.iter().enumerate() {
        let len = turn_len(u);
        let of = u.speakers.len();
        for (k, (speaker, role)) in u.speakers.iter().zip(&u.roles).enumerate() {
            let is_spare = spare > 0 && spare_unit == Some(ui);
            let length = if is_spare { len + spare } else { len };
            steps.push(Step {
                section: u.section,
                phase: Some(u.phase_index),
                round: u.round.map(|(n, _)| n),
                presenter: u.round.map(|(_, p)| p.to_string()),
                kind: u.phase.kind,
                title: u.phase.title.clone(),
                speaker: speaker.clone(),
                role: role.clone(),
                turn: (u.phase.turns != TurnMode::Open && of > 1).then_some(Turn { index: k + 1, of }),
                start: clock,
                length,
                spare: is_spare,
                rules: u.phase.rules.clone(),
                prompts: u.phase.prompts.clone(),
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
            title: "Spare time".into(),
            speaker: None,
            role: None,
            turn: None,
            start: clock,
            length: spare,
            spare: true,
            rules: Vec::new(),
            prompts: vec!["A few seconds left over from rounding: wrap up, or finish early.".into()],
            warn: None,
        });
    }

    Ok(Plan {
        protocol: protocol.clone(),
        members,
        presenters,
        length: target as Secs,
        natural: natural as Secs,
        spare,
        steps,
    })
}

fn round_up_to_minute(secs: Secs) -> Secs {
    secs.div_ceil(60) * 60
}

fn unit<'p>(
    section: Section,
    phase_index: usize,
    phase: &'p Phase,
    round: Option<(usize, &'p str)>,
    members: &[String],
    protocol: &Protocol,
) -> Result<Unit<'p>, String> {
    let presenter = round.map(|(_, p)| p);
    // Turns in a round start with the member after the presenter, so the first
    // question goes round the circle and the presenter speaks last in "each".
    let after_presenter: Vec<&String> = match presenter.and_then(|p| members.iter().position(|m| m == p)) {
        Some(i) => members[i + 1..].iter().chain(&members[..=i]).collect(),
        None => members.iter().collect(),
    };
    let coaches: Vec<&String> = after_presenter
        .iter()
        .copied()
        .filter(|m| Some(m.as_str()) != presenter)
        .collect();
    let role_of = |m: &str| -> Option<String> {
        match presenter {
            Some(p) if p == m => Some("presenter".into()),
            Some(_) => Some("coach".into()),
            None => phase.speaker.clone(),
        }
    };
    let (speakers, roles): (Vec<Option<String>>, Vec<Option<String>>) = match phase.turns {
        TurnMode::Open => {
            let lead = match (phase.speaker.as_deref(), presenter) {
                (Some("presenter"), Some(p)) => Some(p.to_string()),
                (Some("coach"), Some(_)) if coaches.len() == 1 => Some(coaches[0].clone()),
                _ => None,
            };
            (vec![lead], vec![phase.speaker.clone()])
        }
        TurnMode::Presenter => (vec![presenter.map(str::to_string)], vec![Some("presenter".into())]),
        TurnMode::Each => after_presenter.iter().map(|m| (Some((*m).clone()), role_of(m))).unzip(),
        TurnMode::Coaches => coaches
            .iter()
            .map(|m| (Some((*m).clone()), Some("coach".to_string())))
            .unzip(),
    };
    if speakers.is_empty() {
        return Err(format!(
            "\"{}\" gives turns to the coaches, but with {} member{} there are none; \"{}\" needs at least 2 members",
            phase.title,
            members.len(),
            if members.len() == 1 { "" } else { "s" },
            protocol.id
        ));
    }
    let natural = match phase.timing {
        Timing::Total(d) => u128::from(d),
        Timing::PerTurn(t) => u128::from(t) * speakers.len() as u128,
    };
    Ok(Unit {
        section,
        phase_index,
        phase,
        round,
        speakers,
        roles,
        natural,
    })
}
