//! Keys that came later: turn bounds, `when`, the checks on a break, and the
//! top-level `pairs` and `givers`.

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

/// `when = "group"`: the phase runs only in a meeting of a saved group.
pub fn read_when(diag: &mut Collector, p: &TableReader) -> bool {
    match p.string(diag, "when") {
        Some(w) if w.value == "group" => true,
        Some(w) => {
            diag.error(
                Some(w.span),
                &p.path_of("when"),
                format!("unknown `when` \"{}\"", w.value),
                Some("the one choice is \"group\": the phase runs only with --group".into()),
            );
            false
        }
        None => false,
    }
}

/// `pairs = true` and `givers = N` (1 or more).
pub fn read_pairs_and_givers(diag: &mut Collector, top: &TableReader) -> (bool, Option<u32>) {
    let pairs = top.boolean(diag, "pairs").unwrap_or(false);
    let givers = top.integer(diag, "givers").and_then(|n| match u32::try_from(n.value) {
        Ok(g) if g >= 1 => Some(g),
        _ => {
            diag.error(Some(n.span), "givers", "givers is a number of people, 1 or more", None);
            None
        }
    });
    (pairs, givers)
}
