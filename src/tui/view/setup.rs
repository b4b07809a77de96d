//! A group at one laptop types its members' names before the meeting.

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::{Line, Span};

use super::util::{centered, line, name, printable};
use crate::tui::app::{App, SetupForm};
use crate::tui::text;

pub fn render(app: &App, form: &SetupForm, area: Rect, buf: &mut Buffer) {
    let theme = &app.theme;
    let p = &app.spec.protocol;
    let mut lines: Vec<Line> = vec![
        Line::from(Span::styled(text::SETUP_TITLE, theme.strong)),
        Line::from(Span::styled(
            format!("{} — for {}", printable(&p.name), p.group.describe()),
            theme.dim,
        )),
        Line::from(Span::styled(text::SETUP_HELP, theme.text)),
        Line::default(),
    ];
    for (i, n) in form.names.iter().enumerate() {
        lines.push(Line::from(format!("  {:>2}. {}", i + 1, name(n))));
    }
    lines.push(Line::from(vec![
        Span::styled(format!("  {:>2}. ", form.names.len() + 1), theme.accent),
        Span::styled(printable(&form.input), theme.strong),
        Span::styled("▏", theme.accent),
    ]));
    if let Some(e) = &form.error {
        lines.push(Line::default());
        lines.push(Line::from(Span::styled(printable(e), theme.wrap_up)));
    }
    let body_h = area.height.saturating_sub(1);
    // Keep the input line visible when the list is longer than the window.
    let skip = lines.len().saturating_sub(body_h as usize);
    for (k, l) in lines.into_iter().skip(skip).enumerate() {
        line(
            buf,
            Rect::new(
                area.x + 1.min(area.width),
                area.y + k as u16,
                area.width.saturating_sub(1),
                1,
            ),
            l,
            Alignment::Left,
        );
    }
    if area.height > 1 {
        centered(
            buf,
            Rect::new(area.x, area.bottom() - 1, area.width, 1),
            text::SETUP_KEYS,
            theme.dim,
        );
    }
}
