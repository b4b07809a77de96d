//! Turns that are too short or too long to be useful, and what would fix them: the
//! phase's own `min_turn` when its author wrote it short, a length, fewer or more
//! presenters, or parallel circles. Fixes keep the group's purpose, so another
//! protocol is never one. Each fix is checked by planning it, so what circle
//! suggests is known to work.

use serde::Serialize;

use super::timing::{self, Shape};
use super::units::Unit;
use super::{Advice, Givers, Plan, PlanRequest, PresenterChoice, build_with};
use crate::duration::{format_flag, format_secs};
use crate::protocol::{Kind, Protocol, Secs, Section, TurnBounds};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Misfit {
    /// Turns under the phase's minimum.
    Squeezed,
    /// Turns past the phase's maximum.
    Stretched,
}

/// One phase whose turns fall outside its bounds, with fixes that were tried.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TurnWarning {
    pub section: Section,
    pub phase: Option<usize>,
    pub title: String,
    pub kind: Kind,
    pub turn: Secs,
    pub bounds: TurnBounds,
    pub misfit: Misfit,
    pub fixes: Vec<String>,
    /// One turn at the protocol's own times, before any scaling.
    #[serde(skip)]
    pub own: Secs,
}

impl TurnWarning {
    /// One line for people: what is wrong and what would put it right.
    pub fn message(&self) -> String {
        let what = match self.misfit {
            Misfit::Squeezed => crate::t!("plan-warn-under-minimum", min = short(self.bounds.min)),
            Misfit::Stretched => crate::t!("plan-warn-past-maximum", max = short(self.bounds.max)),
        };
        let mut line = crate::t!(
            "plan-warn-turn",
            title = self.title.as_str(),
            turn = short(self.turn),
            what = what
        );
        if !self.fixes.is_empty() {
            line.push_str(&format!("; {}", crate::t!("plan-try", fixes = join_or(&self.fixes))));
        }
        line
    }
}

/// "17s", "1m 30s": short durations read better with seconds.
fn short(secs: Secs) -> String {
    format_secs(secs)
}

pub fn join_or(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => crate::t!("plan-join-or", rest = rest.join(", "), last = last.as_str()),
    }
}

/// The fixes for a plan whose turns are squeezed (or refused), each one planned.
pub fn squeeze_fixes(protocol: &Protocol, request: &PlanRequest, presenters: usize, need: Option<Secs>) -> Vec<String> {
    let fits =
        |p: &Protocol, r: &PlanRequest| build_with(p, r, Advice::None).is_ok_and(|plan| !has(&plan, Misfit::Squeezed));
    let mut fixes = Vec::new();
    if let Some(need) = need {
        // The break a longer meeting brings may need a little more.
        let tried = [need, need + 600, need + 1200].map(round_up_to_minute);
        if let Some(len) = tried.into_iter().find(|&l| fits(protocol, &with_length(request, l))) {
            fixes.push(format!("--length {}", format_flag(len)));
        }
    }
    if presenters > 1
        && let Some(p) = (1..presenters)
            .rev()
            .find(|&p| fits(protocol, &with_presenters(request, p)))
    {
        fixes.push(format!("--presenters {p}"));
    }
    let n = request.members.len();
    let gives = protocol
        .round
        .iter()
        .any(|p| p.kind.rules().draws_givers && p.turns == crate::protocol::TurnMode::Coaches);
    let now_giving = match request.extras.givers.clone().or(protocol.givers.map(Givers::Drawn)) {
        Some(Givers::Drawn(k)) => (k as usize).min(n.saturating_sub(1)),
        Some(Givers::Named(_)) => 0,
        None => n.saturating_sub(1),
    };
    if gives
        && !protocol.pairs
        && let Some(k) = (2..now_giving)
            .rev()
            .find(|&k| fits(protocol, &with_givers(request, k)))
    {
        fixes.push(format!("--givers {k}"));
    }
    // The same exercise in parallel circles, never a different one: the group came
    // for this protocol's purpose.
    let smallest = protocol.group.min.unwrap_or(1).max(1) as usize;
    // (Pairs already work side by side.)
    if !protocol.pairs
        && let Some((groups, size)) = (2..=n / smallest.max(2))
            .map(|g| (g, n.div_ceil(g)))
            .find(|&(_, size)| size >= smallest && fits(protocol, &with_members(request, size)))
    {
        fixes.push(crate::t!("plan-fix-parallel", groups = groups, size = size));
    }
    fixes
}

/// The fixes for a plan whose turns are stretched.
pub fn stretch_fixes(protocol: &Protocol, request: &PlanRequest, presenters: usize, most: Secs) -> Vec<String> {
    let fits = |r: &PlanRequest| build_with(protocol, r, Advice::None).is_ok_and(|plan| !has(&plan, Misfit::Stretched));
    let mut fixes = Vec::new();
    let len = most / 60 * 60;
    if len > 0 && fits(&with_length(request, len)) {
        fixes.push(crate::t!("plan-fix-length-or-less", length = format_flag(len)));
    }
    let n = request.members.len();
    if let Some(p) = (presenters + 1..=n).find(|&p| fits(&with_presenters(request, p))) {
        fixes.push(format!("--presenters {p}"));
    }
    fixes
}

/// Phases whose turns fall outside their bounds, once each (rounds repeat them).
pub fn misfits(units: &[Unit], lengths: &[Secs]) -> Vec<TurnWarning> {
    let mut out: Vec<TurnWarning> = Vec::new();
    for (u, &turn) in units.iter().zip(lengths) {
        let bounds = u.shape().bounds;
        let misfit = if turn < bounds.min {
            Misfit::Squeezed
        } else if turn > bounds.max {
            Misfit::Stretched
        } else {
            continue;
        };
        if out.iter().any(|w| w.section == u.section && w.phase == u.phase_index) {
            continue;
        }
        out.push(TurnWarning {
            section: u.section,
            phase: u.phase_index,
            title: u.phase.title.clone(),
            kind: u.phase.kind,
            turn,
            bounds,
            misfit,
            fixes: Vec::new(),
            own: (u.natural / u.speakers.len().max(1) as u128) as Secs,
        });
    }
    out
}

/// Work out the fixes for a plan's warnings, each one planned to check it works.
pub fn attach_fixes(plan: &mut Plan, protocol: &Protocol, request: &PlanRequest, shapes: &[Shape]) {
    let presenters = plan.presenters.len();
    let squeeze = if has(plan, Misfit::Squeezed) {
        squeeze_fixes(protocol, request, presenters, Some(timing::length_for_minimums(shapes)))
    } else {
        Vec::new()
    };
    let stretch = if has(plan, Misfit::Stretched) {
        stretch_fixes(protocol, request, presenters, timing::length_for_maximums(shapes))
    } else {
        Vec::new()
    };
    for w in &mut plan.warnings {
        w.fixes = match w.misfit {
            Misfit::Squeezed => {
                let own = w
                    .phase
                    .filter(|_| w.own < w.bounds.min)
                    .and_then(|i| super::phase_fix::min_turn_fix(protocol, request, w.section, i, w.turn));
                own.into_iter().chain(squeeze.iter().cloned()).collect()
            }
            Misfit::Stretched => stretch.clone(),
        };
    }
}

pub fn has(plan: &Plan, misfit: Misfit) -> bool {
    plan.warnings.iter().any(|w| w.misfit == misfit)
}

fn round_up_to_minute(secs: Secs) -> Secs {
    secs.div_ceil(60) * 60
}

fn with_length(request: &PlanRequest, length: Secs) -> PlanRequest {
    PlanRequest {
        length: Some(length),
        ..request.clone()
    }
}

fn with_givers(request: &PlanRequest, count: usize) -> PlanRequest {
    let mut r = request.clone();
    r.extras.givers = Some(Givers::Drawn(count as u32));
    r
}

fn with_presenters(request: &PlanRequest, count: usize) -> PlanRequest {
    PlanRequest {
        presenters: PresenterChoice::Count(count as u32),
        ..request.clone()
    }
}

fn with_members(request: &PlanRequest, count: usize) -> PlanRequest {
    let members: Vec<String> = request.members.iter().take(count).cloned().collect();
    let presenters = match &request.presenters {
        PresenterChoice::Count(c) => PresenterChoice::Count((*c).min(count as u32)),
        PresenterChoice::Names(names) => {
            PresenterChoice::Names(names.iter().filter(|n| members.contains(n)).cloned().collect())
        }
        other => other.clone(),
    };
    PlanRequest {
        rotation: request
            .rotation
            .as_ref()
            .map(|r| r.iter().filter(|m| members.contains(m)).cloned().collect()),
        members,
        presenters,
        ..request.clone()
    }
}
