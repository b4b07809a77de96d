//! Rebalance: when a step overran, take the time back from the later *shared* steps
//! of the same round so the meeting can still end on time.
//!
//! Shared steps are those that are not one member's turn among equal turns (open
//! phases and the presenter's own steps). Members' turns are never cut, so turns
//! stay equal. No step is cut below its floor: half of its planned length. A break
//! is never cut: people have planned around its end.

use super::clock::Ms;
use super::engine::StepClock;
use crate::plan::Plan;
use crate::protocol::Kind;

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
        .filter(|&j| {
            let s = &plan.steps[j];
            s.section == here.section && s.round == here.round && s.turn.is_none() && s.kind != Kind::Break
        })
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
