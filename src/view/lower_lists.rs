//! Lists in the live screen's lower lines, whole items only: a role's does and
//! avoids (as many as fit, then how many more) and the norms (scrolling with
//! markers when they do not all fit).

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::fold::wrap;
use crate::app::App;

/// "Peer coach does: A · B · … 2 more": whole items on up to `max_lines` lines
/// (the rows left), as many as fit, then how many more (never half an item).
pub fn items_lines(
    head: String,
    items: &[String],
    w: usize,
    max_lines: usize,
    head_style: Style,
    style: Style,
) -> Vec<Line<'static>> {
    if max_lines == 0 {
        return Vec::new();
    }
    let indent = head.chars().count();
    let room = w.saturating_sub(indent);
    let (mut lines, mut hidden) = super::rules_fit::pack(items, " · ", room, max_lines);
    if hidden > 0 {
        // Room on the last line for the count of those left out.
        let tail_w = format!(" · {}", crate::t!("fold-more", count = items.len()))
            .chars()
            .count();
        (lines, hidden) = super::rules_fit::pack(items, " · ", room.saturating_sub(tail_w), max_lines);
        let more = crate::t!("fold-more", count = hidden);
        match lines.last_mut() {
            Some(last) => last.push_str(&format!(" · {more}")),
            None => lines.push(more),
        }
    }
    lines
        .into_iter()
        .enumerate()
        .map(|(k, l)| {
            let lead = if k == 0 {
                Span::styled(head.clone(), head_style)
            } else {
                Span::raw(" ".repeat(indent))
            };
            Line::from(vec![lead, Span::styled(l, style)])
        })
        .collect()
}

/// The norms, large enough to read aloud: each on its own lines, in bold,
/// numbered (a proposal "2: …" changes the second), wrapped whole. When they do
/// not all fit in `room` rows, from the one ↑/↓ reached, with a marker above and
/// below saying how many more there are.
pub fn norms_list(app: &App, norms: &[String], w: usize, room: usize) -> Vec<Line<'static>> {
    let theme = &app.theme;
    let blocks: Vec<Vec<Line<'static>>> = norms
        .iter()
        .enumerate()
        .map(|(i, n)| {
            wrap(n, w.saturating_sub(5), usize::MAX)
                .into_iter()
                .enumerate()
                .map(|(k, l)| {
                    let bullet = if k == 0 {
                        format!(" {:>2}. ", i + 1)
                    } else {
                        "     ".to_string()
                    };
                    Line::from(vec![Span::styled(bullet, theme.accent), Span::styled(l, theme.strong)])
                })
                .collect()
        })
        .collect();
    if blocks.iter().map(Vec::len).sum::<usize>() <= room {
        return blocks.concat();
    }
    let first = app.ui.notes.selected.min(blocks.len() - 1);
    // Room for the norms themselves: the markers take a row each.
    let avail = room.saturating_sub(1 + usize::from(first > 0));
    let mut out = Vec::new();
    if first > 0 {
        let above = crate::t!("ready-more-above", count = first);
        out.push(Line::from(Span::styled(format!("  {above}"), theme.dim)));
    }
    let mut last = first;
    for b in &blocks[first..] {
        if out.len() + b.len() > avail + usize::from(first > 0) {
            break;
        }
        out.extend(b.iter().cloned());
        last += 1;
    }
    if last < blocks.len() {
        let below = crate::t!("ready-more-below", count = blocks.len() - last);
        out.push(Line::from(Span::styled(format!("  {below}"), theme.dim)));
    }
    out
}
