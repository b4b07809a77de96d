//! Pairs that work at the same time on one shared timer: who in each pair speaks
//! during a step. In round `n`, the `n`th member of each pair (or trio) asks; a pair
//! that has no `n`th member (round 3 when there is a trio) writes down what it will
//! try.

use super::{Plan, Step};

/// One pair (or trio) during one step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PairTurn {
    /// Who speaks now; empty when this pair's askers have all had their turn.
    pub speaking: Vec<String>,
    /// Who listens (the asker while the coaches speak, and the other way round).
    pub listening: Vec<String>,
    /// Everyone in the pair, in its order.
    pub members: Vec<String>,
}

impl PairTurn {
    /// "Ana → Ben", "Farid & Gus → Eve", "Ana & Ben: note what you will try".
    pub fn describe(&self) -> String {
        match (self.speaking.is_empty(), self.listening.is_empty()) {
            (true, _) => crate::t!("plan-pair-note", names = self.members.join(" & ")),
            (false, true) => crate::t!("plan-pair-together", names = self.members.join(" & ")),
            (false, false) => format!("{} → {}", self.speaking.join(" & "), self.listening.join(" & ")),
        }
    }
}

/// Who speaks in each pair during `step`; empty for a meeting without pairs. In a
/// trio's third round, a pair that has finished joins the trio, so no pair sits
/// idle while the trio's last member asks.
pub fn pair_turns(plan: &Plan, step: &Step) -> Vec<PairTurn> {
    let mut turns = each_pair(plan, step);
    let idle = |t: &PairTurn| t.speaking.is_empty() && t.listening.is_empty();
    if !turns.iter().any(|t| !idle(t) && t.members.len() > 2) {
        return turns;
    }
    let asker_speaks = step.role.as_deref() == Some("presenter");
    let joining: Vec<String> = turns
        .iter()
        .filter(|t| idle(t))
        .flat_map(|t| t.members.clone())
        .collect();
    turns.retain(|t| !idle(t));
    let Some(host) = turns.iter_mut().find(|t| t.members.len() > 2) else {
        return turns;
    };
    if asker_speaks {
        host.listening.extend(joining.iter().cloned());
    } else {
        host.speaking.extend(joining.iter().cloned());
    }
    host.members.extend(joining);
    turns
}

fn each_pair(plan: &Plan, step: &Step) -> Vec<PairTurn> {
    // Contracting and review go round the whole circle, not the pairs.
    if step.kind.rules().whole_circle {
        return Vec::new();
    }
    plan.pairing
        .iter()
        .map(|group| {
            let whole = || PairTurn {
                speaking: group.clone(),
                listening: Vec::new(),
                members: group.clone(),
            };
            let Some(round) = step.round else { return whole() };
            let Some(asker) = group.get(round - 1) else {
                return PairTurn {
                    speaking: Vec::new(),
                    listening: Vec::new(),
                    members: group.clone(),
                };
            };
            let others: Vec<String> = group.iter().filter(|m| *m != asker).cloned().collect();
            match step.role.as_deref() {
                Some("presenter") => PairTurn {
                    speaking: vec![asker.clone()],
                    listening: others,
                    members: group.clone(),
                },
                Some("coach") => PairTurn {
                    speaking: others,
                    listening: vec![asker.clone()],
                    members: group.clone(),
                },
                _ => whole(),
            }
        })
        .collect()
}

/// All pairs in one line: "Ana → Ben · Chen → Dee · Farid & Gus → Eve".
pub fn describe_pairs(plan: &Plan, step: &Step) -> Option<String> {
    let turns = pair_turns(plan, step);
    (!turns.is_empty()).then(|| turns.iter().map(PairTurn::describe).collect::<Vec<_>>().join(" · "))
}

/// Lines that say who was drawn or chosen, with the seed to draw the same again:
/// for `circle plan`, `run --print` and the ready screen.
pub fn describe_choices(plan: &Plan) -> Vec<String> {
    let again = crate::t!("plan-seed-again", seed = plan.seed.to_string());
    let mut lines = Vec::new();
    if let Some(f) = &plan.facilitator {
        lines.push(crate::t!("plan-facilitator", name = f.as_str()));
    }
    if !plan.pairing.is_empty() {
        let groups: Vec<String> = plan.pairing.iter().map(|g| g.join(" & ")).collect();
        lines.push(crate::t!(
            "plan-pairs-drawn",
            pairs = groups.join(" · "),
            again = again.as_str()
        ));
    }
    match &plan.givers {
        Some(super::Givers::Drawn(k)) if plan.drawn && plan.pairing.is_empty() => {
            lines.push(crate::t!("plan-givers-drawn", count = *k, again = again.as_str()));
        }
        Some(super::Givers::Named(names)) => {
            lines.push(crate::t!("plan-givers-named", names = names.join(", ")));
        }
        _ => {}
    }
    lines
}
