//! The phases of a meeting with their turns, before times are set, and the break
//! circle adds to a long meeting.

use std::borrow::Cow;

use super::BREAK_SECS;
use super::timing::Shape;
use crate::protocol::{Kind, Phase, Protocol, Section, Timing, TurnMode};

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
        title: "Break".into(),
        timing: Timing::Total(BREAK_SECS),
        turns: TurnMode::Open,
        speaker: None,
        prompts: Vec::new(),
        rules: vec!["Stretch, get a drink, back on time".into()],
        warn: None,
        min_turn: None,
        max_turn: None,
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
            fixed: matches!(self.phase.timing, Timing::PerTurn(_)) || self.phase.kind == Kind::Break,
            bounds: self.phase.bounds(),
        }
    }
}

pub fn unit<'p>(
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
        phase_index: Some(phase_index),
        phase: Cow::Borrowed(phase),
        round,
        speakers,
        roles,
        natural,
    })
}
