//! The group's part of the screens: its norms (and a proposal waiting to be
//! adopted), which meeting of the programme this is, and the buddy of whoever
//! commits. Small functions the screens call, so each screen keeps its layout.

use ratatui::text::{Line, Span};

use super::util::{clipped, name, printable};
use crate::app::App;
use crate::meeting::Meeting;

/// "meeting 3 of 6", when the group runs a programme.
pub fn programme_label(app: &App) -> Option<String> {
    app.meeting.as_ref()?.programme().map(|p| p.label())
}

/// The group's norms: its own once it has them, else the protocol's.
pub fn norms(app: &App) -> Vec<String> {
    match &app.meeting {
        Some(m) if !m.norms().is_empty() => m.norms().to_vec(),
        Some(m) => m.plan_ref().protocol.norms.clone(),
        None => Vec::new(),
    }
}

/// The norms step's pane: the proposal the accept key would adopt (the norms
/// themselves are listed under it, numbered, large enough to read aloud).
pub fn norms_pane(app: &App, width: usize) -> Vec<Line<'static>> {
    let theme = &app.theme;
    let mut out = Vec::new();
    let pending = app
        .meeting
        .as_ref()
        .and_then(|m| Some((m, m.pending_norm()?)))
        .and_then(|(m, i)| m.notes().map(|n| n.record.notes[i].text.clone()));
    let hint = match pending {
        // While the notes line is open, `a` is a letter of the next note.
        Some(p) if app.mode == crate::app::Mode::Notes => {
            crate::t!("norm-proposed-line-open", norm = printable(&p))
        }
        Some(p) => crate::t!("norm-proposed", norm = printable(&p)),
        None => crate::t!("norm-how"),
    };
    out.push(Line::from(Span::styled(clipped(&hint, width.max(1)), theme.dim)));
    out
}

/// "Ana's buddy: Ben" at a commitment step.
pub fn buddy_of(meeting: &Meeting, owner: &str) -> Option<String> {
    meeting
        .buddy_for(owner)
        .map(|b| crate::t!("buddy-of", owner = name(owner), buddy = name(&b)))
}

/// The ready screen's word on commitments of members away today: carried, not skipped.
pub fn carried_line(app: &App) -> Option<Line<'static>> {
    let ctx = app.context()?;
    if ctx.carried.is_empty() {
        return None;
    }
    let mut owners: Vec<String> = ctx.carried.iter().map(|c| name(&c.commitment.owner)).collect();
    owners.dedup();
    let owners = owners.join(", ");
    Some(Line::from(vec![
        Span::styled(format!("{}: ", crate::t!("carried-head")), app.theme.strong),
        Span::raw(crate::t!("carried-line", count = ctx.carried.len(), owners = owners)),
    ]))
}

/// At report-back, a word on the commitments of those away: carried to next time,
/// not skipped.
pub fn carried_note(app: &App, width: usize) -> Option<Line<'static>> {
    let ctx = app.context()?;
    if ctx.carried.is_empty() {
        return None;
    }
    let mut owners: Vec<String> = ctx.carried.iter().map(|c| name(&c.commitment.owner)).collect();
    owners.dedup();
    let text = crate::t!("carried-note", count = ctx.carried.len(), owners = owners.join(", "));
    Some(Line::from(Span::styled(clipped(&text, width.max(1)), app.theme.dim)))
}

/// The review at a programme's last meeting: what the speaker set out to do across
/// the programme, and what came of each (a mark made today counts).
pub fn programme_pane(
    notes: &crate::notes::MeetingNotes,
    who: &str,
    theme: &crate::theme::Theme,
    width: usize,
    rows: usize,
) -> Vec<Line<'static>> {
    let journey = notes.programme_of(who);
    if journey.is_empty() {
        let text = crate::t!("review-nothing", who = name(who));
        return vec![Line::from(Span::styled(clipped(&text, width.max(1)), theme.strong))];
    }
    let kept = journey
        .iter()
        .filter(|j| j.last == Some(crate::record::Status::Done))
        .count();
    let mut out = vec![Line::from(Span::styled(
        clipped(
            &crate::t!("review-set-out", who = name(who), count = journey.len(), kept = kept),
            width.max(1),
        ),
        theme.strong,
    ))];
    // The heading first; as many commitments as there is room for, then how many
    // more, so a long programme never loses its top.
    let room = rows.saturating_sub(1).max(1);
    let shown = if journey.len() > room { room - 1 } else { journey.len() };
    for j in journey.iter().take(shown) {
        let state = j
            .last
            .map_or_else(|| crate::t!("status-open"), |s| s.label().to_string());
        let mark = if j.last == Some(crate::record::Status::Done) {
            "✔"
        } else {
            "·"
        };
        let text = format!(
            "  {mark} {} [{state}] {}",
            printable(&j.text),
            crate::i18n::dates::day_month(j.made)
        );
        out.push(Line::from(Span::styled(clipped(&text, width.max(1)), theme.text)));
    }
    if shown < journey.len() {
        let more = crate::t!("list-more", count = journey.len() - shown);
        out.push(Line::from(Span::styled(format!("  … {more}"), theme.dim)));
    }
    out
}
