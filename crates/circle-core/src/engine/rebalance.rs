//! Rebalance: when a step overran, take the time back from the later *shared* steps
//! of the same round so the meeting can still end on time. In the opening, the later
//! shared steps of the opening and of the closing give, and the round's when there
//! is only one: never one round of several, so every presenter's round keeps its
//! length.
//!
//! Shared steps are those that are not one member's turn among equal turns (open
//! phases and the presenter's own steps). Members' turns are never cut, so turns
//! stay equal. No step is cut below its floor: half of its planned length. A break
//! is never cut: people have planned around its end.

use super::clock::Ms;
use super::countdown::{GiveFrom, Refusal, StepClock};
use crate::plan::{Plan, Step};
use crate::protocol::Section;

/// What a rebalance did, for the screen to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rebalance {
    /// How far behind the meeting was (whole seconds, in ms).
    pub wanted_ms: Ms,
    /// (step index, ms taken from it).
    pub taken: Vec<(usize, Ms)>,
    /// What could not be taken back without cutting below a floor.
    pub short_ms: Ms,
}

impl Rebalance {
    pub fn taken_ms(&self) -> Ms {
        self.taken.iter().map(|(_, t)| t).sum()
    }
}

/// Whether step `s`, later than `here`, may give time back to it.
fn gives_to(plan: &Plan, here: &Step, s: &Step) -> bool {
    // A break is never cut: people need it whole.
    let shared = s.turn.is_none() && !s.kind.rules().rest;
    let same_part = s.section == here.section && s.round == here.round;
    let from_opening = here.section == Section::Opening
        && match s.section {
            Section::Closing => true,
            Section::Round => plan.presenters.len() == 1,
            Section::Opening => false,
        };
    shared && (same_part || from_opening)
}

/// Where a rebalance from `here` looked, for the message when nothing could give.
pub fn nothing_to_give(plan: &Plan, here: &Step) -> Refusal {
    Refusal::NothingToGive(match here.section {
        Section::Opening if plan.presenters.len() == 1 => GiveFrom::Anywhere,
        Section::Opening => GiveFrom::OpeningAndClosing,
        Section::Round => GiveFrom::ThisRound,
        Section::Closing => GiveFrom::Closing,
    })
}

/// The floor a shared step may be cut down to: half its planned length, in whole seconds.
pub fn floor_ms(planned_secs: u64) -> Ms {
    planned_secs.div_ceil(2) * 1000
}

/// Take up to `behind_ms` from later shared steps of the current round, in whole
/// seconds, in proportion to how much each can give. `None` if nothing was taken.
pub fn take_back(plan: &Plan, clocks: &mut [StepClock], current: usize, behind_ms: i64) -> Option<Rebalance> {
    if behind_ms <= 0 {
        return None;
    }
    let wanted_secs = (behind_ms as u64).div_ceil(1000);
    let here = &plan.steps[current];
    let donors: Vec<(usize, u64)> = (current + 1..plan.steps.len())
        .filter(|&j| gives_to(plan, here, &plan.steps[j]))
        .map(|j| {
            let c = clocks[j];
            let keep = floor_ms(plan.steps[j].length).max(c.used_ms);
            (j, c.allotted_ms.saturating_sub(keep) / 1000)
        })
        .filter(|(_, headroom)| *headroom > 0)
        .collect();
    let capacity: u64 = donors.iter().map(|(_, h)| h).sum();
    if capacity == 0 {
        return None;
    }
    let take_secs = wanted_secs.min(capacity);
    // Proportional shares, floored; the leftover seconds go to the donors with the
    // most headroom left, one each, so the total is exact.
    let mut shares: Vec<(usize, u64, u64)> = donors
        .iter()
        .map(|&(j, h)| {
            (
                j,
                h,
                (u128::from(take_secs) * u128::from(h) / u128::from(capacity)) as u64,
            )
        })
        .collect();
    let mut left = take_secs - shares.iter().map(|s| s.2).sum::<u64>();
    let mut order: Vec<usize> = (0..shares.len()).collect();
    order.sort_by_key(|&k| std::cmp::Reverse(shares[k].1 - shares[k].2));
    for k in order {
        if left == 0 {
            break;
        }
        if shares[k].2 < shares[k].1 {
            shares[k].2 += 1;
            left -= 1;
        }
    }
    let mut taken = Vec::new();
    for (j, _, secs) in shares {
        if secs > 0 {
            clocks[j].allotted_ms -= secs * 1000;
            taken.push((j, secs * 1000));
        }
    }
    Some(Rebalance {
        wanted_ms: wanted_secs * 1000,
        taken,
        short_ms: (wanted_secs - take_secs) * 1000,
    })
}
