//! The phases of a meeting with their turns, before times are set, and the break
//! circle adds to a long meeting.

use std::borrow::Cow;

use super::draw::{self, Givers};
use super::timing::Shape;
use super::{BREAK_SECS, PlanRequest, same_name};
use crate::protocol::{Kind, Phase, Protocol, Section, Timing, TurnMode};

/// The meeting's phases with their turns, and what was drawn to lay them out.
pub struct Laid<'p> {
    pub units: Vec<Unit<'p>>,
    pub pairing: Vec<Vec<String>>,
    pub givers: Option<Givers>,
    pub drawn: bool,
}

/// Every phase of every round, in order, with its speakers.
pub fn lay_out<'p>(
    protocol: &'p Protocol,
    request: &PlanRequest,
    members: &[String],
    presenters: &'p [String],
) -> Result<Laid<'p>, Vec<String>> {
    let extras = &request.extras;
    let givers = extras.givers.clone().or(protocol.givers.map(Givers::Drawn));
    if let Some(Givers::Named(names)) = &givers {
        let strangers: Vec<String> = names
            .iter()
            .filter(|n| !members.iter().any(|m| same_name(m, n)))
            .map(|n| {
                let name = crate::safe_text::clipped(n, 40);
                format!("--givers: {}", crate::t!("err-givers-not-member", name = name))
            })
            .collect();
        if !strangers.is_empty() {
            return Err(strangers);
        }
    }
    let pairing = if protocol.pairs {
        draw::pairs(members, extras.seed)
    } else {
        Vec::new()
    };
    let positions = pairing.iter().map(Vec::len).max().unwrap_or(0);
    let mut units = Vec::new();
    let mut problems: Vec<String> = Vec::new();
    let mut drawn = !pairing.is_empty();
    for section in Section::ALL {
        let rounds: Vec<Option<(usize, &str)>> = match section {
            Section::Round if protocol.pairs => (1..=positions).map(|r| Some((r, ""))).collect(),
            Section::Round => presenters
                .iter()
                .enumerate()
                .map(|(i, p)| Some((i + 1, p.as_str())))
                .collect(),
            _ => vec![None],
        };
        for round in rounds {
            for (phase_index, phase) in protocol.phases(section).iter().enumerate() {
                if phase.group_only && !extras.in_group {
                    continue;
                }
                let made = if protocol.pairs && !phase.kind.rules().whole_circle {
                    Ok(pair_unit(section, phase_index, phase, round, &pairing))
                } else {
                    let pick = Pick {
                        givers: givers.as_ref(),
                        seed: extras.seed,
                        drawn: &mut drawn,
                    };
                    unit(section, phase_index, phase, round, members, protocol, pick)
                };
                match made {
                    Ok(u) => units.push(u),
                    Err(p) if !problems.contains(&p) => problems.push(p),
                    Err(_) => {}
                }
            }
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(Laid {
        units,
        pairing,
        givers,
        drawn,
    })
}

/// How the givers of a feedback phase are picked, and whether a draw happened.
pub struct Pick<'a> {
    pub givers: Option<&'a Givers>,
    pub seed: u64,
    pub drawn: &'a mut bool,
}

/// One phase for all pairs at once, on one shared timer: a single step, as long as
/// the largest group (a trio) needs.
fn pair_unit<'p>(
    section: Section,
    phase_index: usize,
    phase: &'p Phase,
    round: Option<(usize, &'p str)>,
    pairing: &[Vec<String>],
) -> Unit<'p> {
    let largest = pairing.iter().map(Vec::len).max().unwrap_or(2);
    let (turns, role) = match phase.turns {
        TurnMode::Presenter => (1, Some("presenter".to_string())),
        TurnMode::Coaches => (largest - 1, Some("coach".to_string())),
        TurnMode::Each => (largest, phase.speaker.clone()),
        TurnMode::Open => (1, phase.speaker.clone()),
    };
    let natural = match phase.timing {
        Timing::Total(d) => u128::from(d),
        Timing::PerTurn(t) => u128::from(t) * turns as u128,
    };
    Unit {
        section,
        phase_index: Some(phase_index),
        phase: Cow::Borrowed(phase),
        round,
        speakers: vec![None],
        roles: vec![role],
        natural,
    }
}

/// One phase of the meeting with its turns, before times are set.
pub struct Unit<'p> {
    pub section: Section,
    /// `None` for the break circle adds to a long meeting.
    pub phase_index: Option<usize>,
    pub phase: Cow<'p, Phase>,
    pub round: Option<(usize, &'p str)>,
    pub speakers: Vec<Option<String>>,
    pub roles: Vec<Option<String>>,
    /// Natural length of the whole phase (all turns).
    pub natural: u128,
}

/// Where a break goes: at the phase boundary nearest half-time, preferring the end
/// of a round (or of the opening) within the middle half of the meeting.
pub fn break_position(units: &[Unit]) -> usize {
    let total: u128 = units.iter().map(|u| u.natural).sum();
    let mut ends = Vec::new();
    let mut at = 0;
    for (i, u) in units.iter().enumerate().take(units.len() - 1) {
        at += u.natural;
        let next = &units[i + 1];
        let round_ends = next.section != u.section || next.round.map(|r| r.0) != u.round.map(|r| r.0);
        ends.push((i + 1, at, round_ends));
    }
    let distance = |at: u128| at.abs_diff(total / 2);
    let middle = |at: u128| at * 4 >= total && at * 4 <= total * 3;
    ends.iter()
        .filter(|(_, at, round_ends)| *round_ends && middle(*at))
        .min_by_key(|(_, at, _)| distance(*at))
        .or_else(|| ends.iter().min_by_key(|(_, at, _)| distance(*at)))
        .map_or(1, |(i, _, _)| *i)
}

/// The break circle adds, in the section of the phase before it: in its round when
/// the break falls inside one, else in no round (nobody presents in a break).
pub fn break_unit<'p>(before: &Unit<'p>, between_rounds: bool) -> Unit<'p> {
    let phase = Phase {
        kind: Kind::Break,
        title: crate::t!("kind-title-break"),
        timing: Timing::Total(BREAK_SECS),
        turns: TurnMode::Open,
        speaker: None,
        prompts: Vec::new(),
        rules: vec![crate::t!("plan-break-rule")],
        warn: None,
        min_turn: None,
        max_turn: None,
        group_only: false,
    };
    Unit {
        section: before.section,
        phase_index: None,
        phase: Cow::Owned(phase),
        round: if between_rounds { None } else { before.round },
        speakers: vec![None],
        roles: vec![None],
        natural: u128::from(BREAK_SECS),
    }
}

impl Unit<'_> {
    pub fn shape(&self) -> Shape {
        Shape {
            turns: self.speakers.len(),
            natural: self.natural,
            fixed: matches!(self.phase.timing, Timing::PerTurn(_)) || self.phase.kind.rules().rest,
            bounds: self.phase.bounds(),
        }
    }
}

fn unit<'p>(
    section: Section,
    phase_index: usize,
    phase: &'p Phase,
    round: Option<(usize, &'p str)>,
    members: &[String],
    protocol: &Protocol,
    pick: Pick,
) -> Result<Unit<'p>, String> {
    let presenter = round.map(|(_, p)| p);
    // Turns in a round start with the member after the presenter, so the first
    // question goes round the circle and the presenter speaks last in "each".
    let after_presenter: Vec<&String> = match presenter.and_then(|p| members.iter().position(|m| m == p)) {
        Some(i) => members[i + 1..].iter().chain(&members[..=i]).collect(),
        None => members.iter().collect(),
    };
    let mut coaches: Vec<&String> = after_presenter
        .iter()
        .copied()
        .filter(|m| Some(m.as_str()) != presenter)
        .collect();
    // FeedForward in a large group: only some coaches give suggestions.
    let picked: Vec<String>;
    if let (Some(givers), TurnMode::Coaches, true) = (pick.givers, phase.turns, phase.kind.rules().draws_givers) {
        picked = draw::givers_for(&coaches, givers, pick.seed, round.map_or(0, |r| r.0));
        if picked.is_empty() {
            let receiver = presenter.map_or_else(|| crate::t!("plan-the-receiver"), str::to_string);
            return Err(crate::t!(
                "err-givers-only-receiver",
                title = phase.title.as_str(),
                receiver = receiver
            ));
        }
        *pick.drawn |= matches!(givers, Givers::Drawn(_)) && picked.len() < coaches.len();
        coaches.retain(|c| picked.contains(c));
    }
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
        return Err(crate::t!(
            "err-plan-no-coaches",
            title = phase.title.as_str(),
            count = members.len(),
            protocol = protocol.id.as_str()
        ));
    }
    let natural = match phase.timing {
        Timing::Total(d) => u128::from(d),
        Timing::PerTurn(t) => u128::from(t) * speakers.len() as u128,
    };
    Ok(Unit {
        section,
        phase_index: Some(phase_index),
        phase: Cow::Borrowed(phase),
        round,
        speakers,
        roles,
        natural,
    })
}
