//! The close of a programme's last meeting, on the finished screen: what the group
//! kept across the programme, and what its time together was worth.

use ratatui::text::{Line, Span};

use super::util::{clipped, printable};
use crate::app::App;
use crate::duration::format_clock;
use crate::engine::Now;

/// The celebration's lines, or none when this is not a programme's last meeting.
pub fn lines(app: &App, now: Now, width: usize) -> Vec<Line<'static>> {
    let theme = &app.theme;
    let Some(c) = app
        .meeting
        .as_ref()
        .and_then(|m| m.record_at(now))
        .and_then(|r| r.celebration)
    else {
        return Vec::new();
    };
    // The lines are drawn one column in from the left edge.
    let room = width.saturating_sub(1).max(1);
    // Wrapped, not cut: a whole sentence when nothing was kept.
    let complete = crate::t!("celebration-complete", count = c.kept.len());
    let mut out: Vec<Line<'static>> = super::fold::wrap(&complete, room, 2)
        .into_iter()
        .map(|row| Line::from(Span::styled(row, theme.accent)))
        .collect();
    for k in &c.kept {
        let text = format!("  ✔ {}: {}", super::util::owner(&k.owner), printable(&k.text));
        out.push(Line::from(clipped(&text, room)));
    }
    let kept = match c.tally.percent() {
        Some(p) => crate::t!("celebration-kept", kept = c.tally.kept, due = c.tally.due, percent = p),
        None => crate::t!("celebration-none-due"),
    };
    let trend: Vec<String> = c
        .ratings
        .iter()
        .map(|x| x.map_or("—".to_string(), |v| crate::i18n::decimal(v, 1)))
        .collect();
    let together = format_clock(c.minutes * 60);
    let trend = trend.join(" → ");
    let text = crate::t!(
        "celebration-return",
        meetings = c.meetings,
        together = together,
        kept = kept,
        trend = trend
    );
    // Wrapped, not cut: the kept rate and the trend are the point of it.
    for row in super::fold::wrap(&text, room, 3) {
        out.push(Line::from(Span::styled(row, theme.strong)));
    }
    out.push(Line::default());
    out
}
