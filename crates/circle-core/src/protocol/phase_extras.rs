//! Keys that came later: turn bounds, `when`, the checks on a break, and the
//! top-level `pairs` and `givers`.

use super::model::TurnMode;
use crate::duration::{Secs, format_secs};
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
            crate::t!(
                "err-protocol-max-turn-short",
                max = format_secs(b.value),
                min = format_secs(a.value)
            ),
            Some(crate::t!("err-protocol-max-turn-short-help")),
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
            crate::t!("err-protocol-break-turns"),
            Some(crate::t!("err-protocol-break-turns-help")),
        );
    }
    if has_speaker {
        diag.error(
            p.raw("speaker").map(|v| v.span()),
            &p.path_of("speaker"),
            crate::t!("err-protocol-break-speaker"),
            Some(crate::t!("err-protocol-break-speaker-help")),
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
                crate::t!("err-protocol-unknown-when", when = w.value.as_str()),
                Some(crate::t!("err-protocol-unknown-when-help")),
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
            diag.error(Some(n.span), "givers", crate::t!("err-protocol-givers"), None);
            None
        }
    });
    (pairs, givers)
}
