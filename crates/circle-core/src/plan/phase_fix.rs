//! The fix that changes only the phase at fault: when a protocol's own times make a
//! phase's turns shorter than its kind's minimum, the author most likely meant a
//! short turn ("a two-minute challenge"), so `min_turn` on that phase, with the
//! file and line to put it on, comes before any fix that changes the whole meeting.

use super::{Advice, PlanRequest, build_with};
use crate::duration::format_flag;
use crate::protocol::{Protocol, Secs, Section};

/// `min_turn = "2m"` on the phase `index` of `section`, if its own time is under
/// the minimum and setting it is planned to work; `turn` is the planned turn.
pub fn min_turn_fix(
    protocol: &Protocol,
    request: &PlanRequest,
    section: Section,
    index: usize,
    turn: Secs,
) -> Option<String> {
    let phase = protocol.phases(section).get(index)?;
    if phase.group_only && phase.kind.rules().whole_circle {
        return None; // added for the meeting by circle, not written by the author
    }
    // Half-minute steps read as people write times; never under 10 s.
    let min = (turn / 30 * 30).max(crate::protocol::bounds::ABSOLUTE_FLOOR_SECS);
    if min >= phase.bounds().min {
        return None;
    }
    let mut fixed = protocol.clone();
    let sections = [&mut fixed.opening, &mut fixed.round, &mut fixed.closing];
    let target = sections.into_iter().nth(section_index(section))?;
    target[index].min_turn = Some(min);
    let works = build_with(&fixed, request, Advice::None).is_ok_and(|plan| {
        !plan
            .warnings
            .iter()
            .any(|w| w.section == section && w.phase == Some(index) && w.misfit == super::Misfit::Squeezed)
    });
    works.then(|| {
        crate::t!(
            "plan-fix-min-turn",
            turn = format_flag(min),
            title = phase.title.as_str(),
            place = place(protocol, section, index)
        )
    })
}

fn section_index(section: Section) -> usize {
    match section {
        Section::Opening => 0,
        Section::Round => 1,
        Section::Closing => 2,
    }
}

/// "my.toml:23": the line of the phase's `[[round]]` header in its file; found by
/// its title when it has one (circle may have added phases before it), else by
/// its place among the section's headers.
fn place(protocol: &Protocol, section: Section, index: usize) -> String {
    let file = if protocol.origin == "built-in" {
        format!("{}.toml", protocol.id)
    } else {
        protocol.origin.clone()
    };
    let header = format!("[[{}]]", section.key());
    let headers: Vec<usize> = protocol
        .source
        .lines()
        .enumerate()
        .filter(|(_, l)| l.trim_start().starts_with(&header))
        .map(|(i, _)| i)
        .collect();
    let lines: Vec<&str> = protocol.source.lines().collect();
    let title = &protocol.phases(section)[index].title;
    let titled = headers.iter().copied().find(|&h| {
        lines[h + 1..]
            .iter()
            .take_while(|l| !l.trim_start().starts_with('['))
            .any(|l| l.trim_start().starts_with("title") && l.contains(&format!("\"{title}\"")))
    });
    match titled.or_else(|| headers.get(index).copied()) {
        Some(line) => format!("{file}:{}", line + 1),
        None => file,
    }
}
