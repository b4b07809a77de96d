//! One `[[phase]]` table of a protocol file, read and checked: its kind, timing,
//! speaker, prompts, rules and bounds.

use toml::de::DeTable;

use super::model::{Kind, Phase, Section, Timing, TurnMode};
use super::parse::suggest;
use super::phase_extras::{check_break, read_turn_bounds};
use crate::toml_reader::{At, Collector, TableReader};

const PHASE_KEYS: &[&str] = &[
    "kind", "title", "duration", "per_turn", "turns", "speaker", "prompts", "rules", "warn", "min_turn", "max_turn",
    "when",
];

pub(super) fn read_phase(
    diag: &mut Collector,
    table: &At<&DeTable>,
    path: &str,
    section: Section,
    role_ids: &[String],
) -> Option<Phase> {
    let p = TableReader::new(diag, table.value, path, PHASE_KEYS);
    let start_of_table = Some(table.span.start..table.span.start);

    let kind = match p.string(diag, "kind") {
        Some(k) => match Kind::from_key(&k.value) {
            Some(kind) => Some(kind),
            None => {
                let keys: Vec<&str> = Kind::ALL.iter().map(|k| k.key()).collect();
                diag.error(
                    Some(k.span),
                    &p.path_of("kind"),
                    crate::t!("err-protocol-unknown-kind", kind = k.value.as_str()),
                    Some(suggest(&k.value, &keys)),
                );
                None
            }
        },
        None if p.has("kind") => None,
        None => Some(Kind::Custom),
    };

    let turns = match p.string(diag, "turns") {
        Some(t) => match TurnMode::from_key(&t.value) {
            Some(mode) => Some(At {
                value: mode,
                span: t.span,
            }),
            None => {
                let keys: Vec<&str> = TurnMode::ALL.iter().map(|m| m.key()).collect();
                diag.error(
                    Some(t.span),
                    &p.path_of("turns"),
                    crate::t!("err-protocol-unknown-turns", mode = t.value.as_str()),
                    Some(suggest(&t.value, &keys)),
                );
                None
            }
        },
        None => None,
    };
    let mode = turns.as_ref().map_or(TurnMode::Open, |t| t.value);
    if let Some(t) = &turns
        && section != Section::Round
        && matches!(t.value, TurnMode::Presenter | TurnMode::Coaches)
    {
        diag.error(
            Some(t.span.clone()),
            &p.path_of("turns"),
            crate::t!("err-protocol-turns-need-presenter", mode = t.value.key()),
            Some(crate::t!("err-protocol-turns-need-presenter-help")),
        );
    }

    let duration = p.secs(diag, "duration");
    let per_turn = p.secs(diag, "per_turn");
    let timing = match (duration, per_turn) {
        (Some(_), Some(pt)) => {
            diag.error(
                Some(pt.span),
                &p.path_of("per_turn"),
                crate::t!("err-protocol-both-times"),
                Some(crate::t!("err-protocol-both-times-help")),
            );
            None
        }
        (Some(d), None) => Some(Timing::Total(d.value)),
        (None, Some(pt)) if mode == TurnMode::Open => {
            diag.error(
                Some(pt.span),
                &p.path_of("per_turn"),
                crate::t!("err-protocol-per-turn-open"),
                Some(crate::t!("err-protocol-per-turn-open-help")),
            );
            None
        }
        (None, Some(pt)) => Some(Timing::PerTurn(pt.value)),
        (None, None) => {
            if !p.has("duration") && !p.has("per_turn") {
                diag.error(start_of_table, path, crate::t!("err-protocol-no-time"), None);
            }
            None
        }
    };

    let speaker = match p.string(diag, "speaker") {
        Some(s) if role_ids.contains(&s.value) => Some(s.value),
        Some(s) => {
            let ids: Vec<&str> = role_ids.iter().map(String::as_str).collect();
            diag.error(
                Some(s.span),
                &p.path_of("speaker"),
                crate::t!("err-protocol-unknown-role", role = s.value.as_str()),
                Some(suggest(&s.value, &ids)),
            );
            None
        }
        None => None,
    };

    let title = p.string(diag, "title").map(|t| t.value);
    let prompts = p.strings(diag, "prompts");
    let rules = p.strings(diag, "rules");
    let warn = p.warn(diag, "warn");
    let (min_turn, max_turn) = read_turn_bounds(diag, &p);
    let group_only = super::phase_extras::read_when(diag, &p);
    if kind.is_some_and(|k| k.rules().rest) {
        check_break(diag, &p, mode, speaker.is_some());
    }

    let kind = kind?;
    Some(Phase {
        kind,
        title: title.unwrap_or_else(|| kind.default_title()),
        timing: timing?,
        turns: mode,
        speaker,
        prompts,
        rules,
        warn,
        min_turn,
        max_turn,
        group_only,
    })
}
