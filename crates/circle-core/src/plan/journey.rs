//! Where a meeting stands in its group's life changes what it is for. A group's
//! first meeting contracts (why each member is here, what they want, how they will
//! work together) and has nothing to report back on; a programme's last meeting
//! looks back and asks what the time was worth. Every protocol, built-in or not,
//! gets these phases from here, in its own language; a protocol that already has
//! a contracting or review phase keeps its own.

use crate::i18n::{Lang, with_lang};
use crate::protocol::{Kind, Phase, Protocol, Runs, Timing, TurnMode};

use super::Extras;

/// Each member's turn to say why they are here.
const CONTRACTING_TURN_SECS: u64 = 2 * 60;
/// Each member's turn to look back on the programme.
const REVIEW_TURN_SECS: u64 = 2 * 60;
/// The norms, agreed for the first time, take at least this long.
const FIRST_NORMS_SECS: u64 = 10 * 60;

/// Whether the meeting has room for the phases added here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Room {
    Full,
    /// Too short for them: only what takes no time (no report-back at a first
    /// meeting) changes.
    Bare,
}

/// The protocol as this meeting runs it.
pub fn adapt(protocol: &Protocol, extras: &Extras, room: Room) -> Protocol {
    let mut p = protocol.clone();
    // Report-back needs an earlier meeting of this group to report on.
    if !extras.in_group || extras.first {
        for section in [&mut p.opening, &mut p.round, &mut p.closing] {
            section.retain(|ph| ph.kind.rules().runs != Runs::AfterTheFirst);
        }
    }
    let lang = protocol
        .language
        .as_deref()
        .and_then(|l| l.parse::<Lang>().ok())
        .unwrap_or(Lang::En);
    if room == Room::Bare {
        return p;
    }
    with_lang(lang, || {
        if extras.in_group && extras.first {
            open_with_contracting(&mut p);
        }
        if extras.in_group && extras.last {
            close_with_review(&mut p);
        }
    });
    p
}

/// Whether a phase added at this meeting is already in the protocol as written.
fn has(p: &Protocol, runs: Runs) -> bool {
    p.opening
        .iter()
        .chain(&p.round)
        .chain(&p.closing)
        .any(|ph| ph.kind.rules().runs == runs)
}

fn open_with_contracting(p: &mut Protocol) {
    let lead = p.roles.iter().find(|r| r.rotates).map(|r| r.id.clone());
    let confidentiality = vec![
        crate::t!("journey-norms-prompt-confidential"),
        crate::t!("journey-norms-prompt-own"),
    ];
    match p.opening.iter_mut().find(|ph| ph.kind.rules().shows_norms) {
        // The norms are agreed for the first time: confidentiality comes first,
        // and there is time to propose the group's own.
        // (A plan's fixes are planned from the adapted protocol: once is enough.)
        Some(norms) if norms.prompts.first() == confidentiality.first() => {}
        Some(norms) => {
            let mut prompts = confidentiality;
            prompts.append(&mut norms.prompts);
            norms.prompts = prompts;
            if let Timing::Total(t) = norms.timing {
                norms.timing = Timing::Total(t.max(FIRST_NORMS_SECS));
            }
        }
        None => {
            let norms = phase(
                Kind::Norms,
                crate::t!("journey-norms-title"),
                Timing::Total(FIRST_NORMS_SECS),
                TurnMode::Open,
                confidentiality,
                lead.clone(),
            );
            p.opening.insert(0, norms);
        }
    }
    if !has(p, Runs::AddedAtFirst) {
        let mut contracting = phase(
            Kind::Contracting,
            crate::t!("journey-contracting-title"),
            Timing::PerTurn(CONTRACTING_TURN_SECS),
            TurnMode::Each,
            vec![
                crate::t!("journey-contracting-prompt-why"),
                crate::t!("journey-contracting-prompt-want"),
                crate::t!("journey-contracting-prompt-need"),
            ],
            None,
        );
        contracting.rules = vec![crate::t!("journey-contracting-rule")];
        p.opening.insert(0, contracting);
    }
}

fn close_with_review(p: &mut Protocol) {
    if has(p, Runs::AddedAtLast) {
        return;
    }
    let mut review = phase(
        Kind::Review,
        crate::t!("journey-review-title"),
        Timing::PerTurn(REVIEW_TURN_SECS),
        TurnMode::Each,
        vec![
            crate::t!("journey-review-prompt-kept"),
            crate::t!("journey-review-prompt-worth"),
            crate::t!("journey-review-prompt-next"),
        ],
        None,
    );
    review.rules = vec![crate::t!("journey-review-rule")];
    // Before the check-out, whose rating then closes the programme.
    let at = p
        .closing
        .iter()
        .position(|ph| ph.kind.rules().closes)
        .unwrap_or(p.closing.len());
    p.closing.insert(at, review);
}

fn phase(
    kind: Kind,
    title: String,
    timing: Timing,
    turns: TurnMode,
    prompts: Vec<String>,
    speaker: Option<String>,
) -> Phase {
    Phase {
        kind,
        title,
        timing,
        turns,
        speaker,
        prompts,
        rules: Vec::new(),
        warn: None,
        min_turn: None,
        max_turn: None,
        group_only: true,
    }
}
