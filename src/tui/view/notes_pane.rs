//! The pane under the countdown: the notes line (only while open), the report-back
//! list of earlier commitments, and the check-out ratings. Hidden by the curtain.

use ratatui::text::{Line, Span};

use super::util::{clipped, name, printable};
use crate::notes::kinds::{StepList, rules};
use crate::notes::record::Status;
use crate::tui::app::{App, Mode};
use crate::tui::keys::{Scope, footer};
use crate::tui::text;

/// The pane's lines, at most `max` of them; empty when there is nothing to show.
pub fn lines(app: &App, width: u16, max: usize) -> Vec<Line<'static>> {
    let theme = &app.theme;
    let (Some(session), Some(notes)) = (app.session(), app.notes()) else {
        return Vec::new();
    };
    if app.ui.curtain || max == 0 {
        return Vec::new();
    }
    let step = session.current_step();
    let w = width as usize;
    let mut out: Vec<Line> = Vec::new();

    match rules(step.kind).list {
        StepList::Commitments => {
            let list = app.report_back_list();
            if list.is_empty() {
                out.push(Line::from(Span::styled(text::NO_OPEN_COMMITMENTS, theme.dim)));
            } else {
                out.push(Line::from(Span::styled(text::REPORT_BACK_KEYS, theme.dim)));
                for (i, open) in list.iter().enumerate() {
                    let c = &open.commitment;
                    let mark = notes.mark_of(&c.id).map(|m| m.status);
                    let pointer = if i == app.ui.notes.selected { "▶ " } else { "  " };
                    let status = mark.map_or("open", Status::label);
                    let head = format!("{pointer}{}: ", name(&c.owner));
                    let tail = format!("  [{status}]  due {}", c.due);
                    let room = w.saturating_sub(head.chars().count() + tail.chars().count());
                    out.push(Line::from(vec![
                        Span::styled(head, theme.strong),
                        Span::styled(clipped(&c.text, room.max(1)), theme.text),
                        Span::styled(tail, if mark.is_some() { theme.accent } else { theme.dim }),
                    ]));
                }
            }
            out.extend(super::group_bits::carried_note(app, w));
        }
        StepList::Norms => out.extend(super::group_bits::norms_pane(app, w)),
        StepList::Ratings => {
            let target = app.rating_target();
            let rated: Vec<String> = session
                .plan()
                .members
                .iter()
                .map(|m| {
                    let r = notes.rating_of(m).map_or("–".to_string(), |v| v.to_string());
                    let here = if target.as_deref() == Some(m.as_str()) {
                        "▶"
                    } else {
                        ""
                    };
                    format!("{here}{} {r}", name(m))
                })
                .collect();
            out.push(Line::from(Span::styled(text::CHECK_OUT_KEYS, theme.dim)));
            out.push(Line::from(Span::styled(clipped(&rated.join(" · "), w), theme.text)));
        }
        StepList::NewCommitment => {
            let owner = step.presenter.as_deref().or(step.speaker.as_deref());
            let mut t = format!(
                "Commitments are due {} (type \"by next friday\", \"by 15 March\" to change)",
                notes.default_due()
            );
            if let Some(b) = owner
                .zip(app.meeting.as_ref())
                .and_then(|(o, m)| super::group_bits::buddy_of(m, o))
            {
                t = format!("{b} · {t}");
            }
            out.push(Line::from(Span::styled(clipped(&t, w), theme.dim)));
        }
        StepList::None => {}
    }

    if app.mode == Mode::Notes {
        let category = crate::notes::taking::category_for(step.kind).label();
        let label = format!("note ({category}) › ");
        // Show the end of a long line: the part being typed.
        let room = w.saturating_sub(label.chars().count() + 1);
        let input = printable(&app.ui.notes.input);
        let count = input.chars().count();
        let shown: String = input.chars().skip(count.saturating_sub(room)).collect();
        out.push(Line::from(vec![
            Span::styled(label, theme.accent),
            Span::styled(shown, theme.text),
            Span::styled("▏", theme.accent),
        ]));
        if let Some((said, hint)) = &app.ui.notes.echo {
            out.push(Line::from(Span::styled(clipped(said, w), theme.dim)));
            if let Some(h) = hint {
                out.push(Line::from(Span::styled(clipped(h, w), theme.wrap_up)));
            }
        }
        out.push(Line::from(Span::styled(
            format!("{} · notes are saved privately", footer(Scope::TextLine, w)),
            theme.dim,
        )));
    } else if let Some((said, hint)) = &app.ui.notes.echo
        && rules(step.kind).list == StepList::Commitments
    {
        out.push(Line::from(Span::styled(clipped(said, w), theme.dim)));
        if let Some(h) = hint {
            out.push(Line::from(Span::styled(clipped(h, w), theme.wrap_up)));
        }
    }
    if out.len() > max {
        // Keep the notes line, which is last; drop list rows from the end of the list.
        let tail = out.split_off(out.len() - max.min(out.len()));
        out = tail;
    }
    out
}
