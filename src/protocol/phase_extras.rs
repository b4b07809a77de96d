//! Phase keys that came later: turn bounds, and the checks on a break.

use super::duration::{Secs, format_secs};
use super::model::TurnMode;
use crate::toml_reader::{Collector, TableReader};

/// `min_turn` and `max_turn`: the shortest and longest sensible turn.
pub fn read_turn_bounds(diag: &mut Collector, p: &TableReader) -> (Option<Secs>, Option<Secs>) {
    let min = p.secs(diag, "min_turn");
    let max = p.secs(diag, "max_turn");
    if let (Some(a), Some(b)) = (&min, &max)
        && b.value < a.value
    {
        diag.error(
            Some(b.span.clone()),
            &p.path_of("max_turn"),
            format!(
                "max_turn ({}) is shorter than min_turn ({})",
                format_secs(b.value),
                format_secs(a.value)
            ),
            Some("swap them, or drop one to use the kind's default".into()),
        );
    }
    (min.map(|m| m.value), max.map(|m| m.value))
}

/// A break has no speaker and no turns: everyone pauses together.
pub fn check_break(diag: &mut Collector, p: &TableReader, mode: TurnMode, has_speaker: bool) {
    if mode != TurnMode::Open {
        diag.error(
            p.raw("turns").map(|v| v.span()),
            &p.path_of("turns"),
            "a break has no turns: everyone pauses together",
            Some("drop `turns` from the break".into()),
        );
    }
    if has_speaker {
        diag.error(
            p.raw("speaker").map(|v| v.span()),
            &p.path_of("speaker"),
            "a break has no speaker",
            Some("drop `speaker` from the break".into()),
        );
    }
}
