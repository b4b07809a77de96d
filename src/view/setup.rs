//! A group at one laptop types its members' names before the meeting.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::fold::{elide, wrap};
use super::util::{footer, left_lines, name, printable};
use crate::app::keys::{self, Scope};
use crate::app::{App, SetupForm};

pub fn render(app: &App, form: &SetupForm, area: Rect, buf: &mut Buffer) {
    let theme = &app.theme;
    let p = &app.spec.protocol;
    // Room for text beside the one-column margin: wrapped or elided at words.
    let w = (area.width as usize).saturating_sub(1).max(1);
    let group = p.group.describe();
    let about = crate::t!("setup-protocol", name = &p.name, group = group);
    let mut lines: Vec<Line> = vec![
        Line::from(Span::styled(crate::t!("setup-title"), theme.strong)),
        Line::from(Span::styled(elide(&about, w), theme.dim)),
    ];
    for row in wrap(&crate::t!("setup-help"), w, 3) {
        lines.push(Line::from(Span::styled(row, theme.text)));
    }
    if let Some(offer) = form.offer.as_ref().filter(|_| form.names.is_empty()) {
        let text = crate::t!("setup-offer", names = printable(&offer.members.join(", ")));
        for row in wrap(&text, w, 3) {
            lines.push(Line::from(Span::styled(row, theme.accent)));
        }
    } else if form.remembers {
        for row in wrap(&crate::t!("setup-remembers"), w, 3) {
            lines.push(Line::from(Span::styled(row, theme.dim)));
        }
    }
    lines.push(Line::default());
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
        for row in wrap(e, w, 3) {
            lines.push(Line::from(Span::styled(row, theme.wrap_up)));
        }
    }
    let body_h = area.height.saturating_sub(1);
    // Keep the input line visible when the list is longer than the window.
    let skip = lines.len().saturating_sub(body_h as usize);
    let shown = lines.into_iter().skip(skip).collect();
    left_lines(buf, Rect::new(area.x, area.y, area.width, body_h), shown);
    footer(buf, area, &keys::footer(Scope::Setup, area.width as usize), theme.dim);
}
