//! The close of a programme's last meeting, on the finished screen: what the group
//! kept across the programme, and what its time together was worth.

use ratatui::text::{Line, Span};

use super::util::{clipped, name, printable};
use crate::engine::Now;
use crate::protocol::duration::format_clock;
use crate::tui::app::App;

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
    let mut out = vec![Line::from(Span::styled(
        format!("The programme is complete — {} commitment(s) kept:", c.kept.len()),
        theme.accent,
    ))];
    for k in &c.kept {
        let text = format!("  ✔ {}: {}", name(&k.owner), printable(&k.text));
        out.push(Line::from(clipped(&text, width.max(1))));
    }
    let kept = match c.tally.percent() {
        Some(p) => format!("kept {} of the {} that came due ({p}%)", c.tally.kept, c.tally.due),
        None => "no commitment came due".to_string(),
    };
    let trend: Vec<String> = c
        .ratings
        .iter()
        .map(|x| x.map_or("—".to_string(), |v| format!("{v:.1}")))
        .collect();
    out.push(Line::from(Span::styled(
        clipped(
            &format!(
                "Return on our time: {} meetings, {} together · {kept} · value {}",
                c.meetings,
                format_clock(c.minutes * 60),
                trend.join(" → ")
            ),
            width.max(1),
        ),
        theme.strong,
    )));
    out.push(Line::default());
    out
}
