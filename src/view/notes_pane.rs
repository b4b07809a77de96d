//! The pane under the countdown: the notes line (only while open), the report-back
//! list of earlier commitments, and the check-out ratings. Hidden by the curtain.

use ratatui::text::{Line, Span};

use super::fold::{elide, fit_spans, wrap};
use super::util::{name, printable};
use crate::app::keys::{Scope, footer};
use crate::app::{App, Echo, Mode};
use crate::protocol::StepList;

/// The pane's lines, at most `max` of them; empty when there is nothing to show.
pub fn lines(app: &App, width: u16, max: usize) -> Vec<Line<'static>> {
    let theme = &app.theme;
    let (Some(engine), Some(notes)) = (app.engine(), app.notes()) else {
        return Vec::new();
    };
    if app.ui.curtain || max == 0 {
        return Vec::new();
    }
    let step = engine.current_step();
    let w = width as usize;
    let mut out: Vec<Line> = Vec::new();

    match step.kind.rules().list {
        StepList::Commitments => {
            let list = app.report_back_list();
            if list.is_empty() {
                out.push(Line::from(Span::styled(crate::t!("no-open-commitments"), theme.dim)));
            } else {
                out.push(Line::from(Span::styled(
                    elide(&crate::t!("report-back-keys"), w),
                    theme.dim,
                )));
                // Room for the list: what the notes line below needs is kept.
                let below = if app.mode == Mode::Notes { 3 } else { 1 };
                let room = max.saturating_sub(1 + below).max(1);
                let selected = app.ui.notes.selected.min(list.len() - 1);
                let (from, to) = window(list.len(), selected, room);
                for (i, open) in list.iter().enumerate().take(to).skip(from) {
                    let c = &open.commitment;
                    let mark = notes.mark_of(&c.id).map(|m| m.status);
                    let pointer = if i == selected { "▶ " } else { "  " };
                    // Marked today; else its latest state from before (partly, not
                    // yet), so nobody reads a half-done commitment as untouched.
                    let status = match (mark, open.last) {
                        (Some(s), _) => s.label().to_string(),
                        // Its history, when it was marked more than once.
                        (None, Some(_)) if open.history.len() > 1 => open
                            .history
                            .iter()
                            .map(|(day, s)| format!("{} {}", s.label(), crate::i18n::dates::day_month(*day)))
                            .collect::<Vec<_>>()
                            .join(" → "),
                        (None, Some(before)) => crate::t!("status-last-time", status = before.label()),
                        (None, None) => crate::t!("status-open"),
                    };
                    let more = match (i == from && from > 0, i + 1 == to && to < list.len()) {
                        (true, _) => format!(" (↑ {})", crate::t!("list-more", count = from)),
                        (_, true) => format!(" (↓ {})", crate::t!("list-more", count = list.len() - to)),
                        _ => String::new(),
                    };
                    out.push(fit_spans(
                        vec![
                            Span::styled(format!("{pointer}{}: ", super::util::owner(&c.owner)), theme.strong),
                            Span::styled(
                                format!("[{status}] "),
                                if mark.is_some() { theme.accent } else { theme.dim },
                            ),
                            Span::styled(
                                format!(
                                    "{}{more} ",
                                    crate::t!(
                                        "made-due-on",
                                        made = crate::i18n::dates::day_month(open.made),
                                        due = crate::i18n::dates::day(c.due)
                                    )
                                ),
                                theme.dim,
                            ),
                            Span::styled(printable(&c.text), theme.text),
                        ],
                        w,
                    ));
                }
            }
            out.extend(super::group_bits::carried_note(app, w));
        }
        StepList::Norms => out.extend(super::group_bits::norms_pane(app, w)),
        StepList::Ratings => {
            let target = app.rating_target();
            let rated: Vec<String> = engine
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
            out.push(Line::from(Span::styled(
                elide(&crate::t!("check-out-keys"), w),
                theme.dim,
            )));
            let at = target
                .as_deref()
                .and_then(|t| engine.plan().members.iter().position(|m| m == t))
                .unwrap_or(0);
            out.push(Line::from(Span::styled(around(&rated, at, w), theme.text)));
        }
        StepList::NewCommitment => {
            let owner = step.presenter.as_deref().or(step.speaker.as_deref());
            let due = crate::i18n::dates::day(notes.default_due());
            let mut t = crate::t!("commitments-due", due = due);
            if let Some(b) = owner
                .zip(app.meeting.as_ref())
                .and_then(|(o, m)| super::group_bits::buddy_of(m, o))
            {
                t = format!("{b} · {t}");
            }
            // Wrapped: the buddy and the ways to change the date are whole.
            for l in wrap(&t, w, usize::MAX) {
                out.push(Line::from(Span::styled(l, theme.dim)));
            }
        }
        StepList::Programme => {
            if let Some(who) = step.speaker.as_deref() {
                // What the notes line needs is kept below the list.
                let room = max.saturating_sub(if app.mode == Mode::Notes { 3 } else { 0 });
                out.extend(super::group_bits::programme_pane(notes, who, theme, w, room));
            }
        }
        StepList::None => {}
    }

    // What was said of the last note, and the coach's hint, wrapped at words:
    // the suggested rewording and the buddy are their ends, the part not to cut.
    let (mut said, mut hint): (Vec<Line<'static>>, Vec<Line<'static>>) = (Vec::new(), Vec::new());
    let echo_shown = app.mode == Mode::Notes || step.kind.rules().list == StepList::Commitments;
    if let Some(echo) = app.ui.notes.echo.as_ref().filter(|_| echo_shown) {
        for l in wrap(&on_disk(app, echo), w, usize::MAX) {
            said.push(Line::from(Span::styled(l, theme.dim)));
        }
        if let Some(h) = &echo.hint {
            for l in wrap(h, w, usize::MAX) {
                hint.push(Line::from(Span::styled(l, theme.wrap_up)));
            }
        }
    }
    let mut typing = None;
    if app.mode == Mode::Notes {
        let category = crate::notes::taking::category_for(step.kind).label();
        // The marker shows at once what the line will be: a note for the group, or
        // the facilitator's own.
        let private = crate::app::private_text(app.ui.notes.input.value()).is_some();
        let label = if private {
            format!("{} › ", crate::t!("note-label-private"))
        } else {
            format!("{} › ", crate::t!("note-label", category = category))
        };
        // The part of a long line around the cursor.
        let room = w.saturating_sub(label.chars().count() + 1);
        let (before, after) = app.ui.notes.input.window(room);
        typing = Some(Line::from(vec![
            Span::styled(label, theme.accent),
            Span::styled(printable(&before), theme.text),
            Span::styled("▏", theme.accent),
            Span::styled(printable(&after), theme.text),
        ]));
    }
    // The line being typed, then the hint, then what was said of the last note
    // come first; each goes whole or not at all. The list above gives way, from
    // its end.
    let typed = usize::from(typing.is_some());
    if typed + said.len() + hint.len() > max {
        said.clear();
    }
    if typed + hint.len() > max {
        hint.clear();
    }
    out.truncate(max.saturating_sub(typed + said.len() + hint.len()));
    out.extend(typing);
    out.extend(said);
    out.extend(hint);
    out.truncate(max);
    out
}

/// The footer while the notes line is open: its keys (space and letters type),
/// then as many whole words on privacy as fit.
pub fn typing_footer(width: usize) -> String {
    let mut text = footer(Scope::TextLine, width);
    for part in crate::t!("notes-private").split(" · ") {
        let with = format!("{text} · {part}");
        if with.chars().count() > width {
            break;
        }
        text = with;
    }
    text
}

/// What the echo says, true to the disk: while the notes cannot be written, a
/// saved note is only kept in memory.
fn on_disk(app: &App, echo: &Echo) -> String {
    match (&app.ui.disk_warning, &echo.saved) {
        (Some(_), Some(what)) => crate::t!("echo-kept", what = what),
        _ => echo.said.clone(),
    }
}

/// Rows `from..to` of a list of `len`, `room` long, with `selected` on screen.
fn window(len: usize, selected: usize, room: usize) -> (usize, usize) {
    if len <= room {
        return (0, len);
    }
    let from = selected.saturating_sub(room / 2).min(len - room);
    (from, from + room)
}

/// Items joined by " · " around item `at`, fitted to `w` columns with "…" where
/// items are left out, so the current one is always shown.
fn around(items: &[String], at: usize, w: usize) -> String {
    let joined = items.join(" · ");
    if joined.chars().count() <= w || items.is_empty() {
        return joined;
    }
    let (mut from, mut to) = (at, at + 1);
    let len = |f: usize, t: usize| {
        let mut n: usize = items[f..t].iter().map(|s| s.chars().count() + 3).sum::<usize>();
        n += if f > 0 { 2 } else { 0 } + if t < items.len() { 2 } else { 0 };
        n
    };
    loop {
        let grew_right = to < items.len() && len(from, to + 1) <= w;
        if grew_right {
            to += 1;
        }
        let grew_left = from > 0 && len(from - 1, to) <= w;
        if grew_left {
            from -= 1;
        }
        if !grew_left && !grew_right {
            break;
        }
    }
    let mut out = String::new();
    if from > 0 {
        out.push_str("… ");
    }
    out.push_str(&items[from..to].join(" · "));
    if to < items.len() {
        out.push_str(" …");
    }
    elide(&out, w)
}
