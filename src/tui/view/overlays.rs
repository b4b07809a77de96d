//! Boxes drawn over the screen: help and the quit question.

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Widget};

use super::fold::{elide, fit_spans};
use super::live_layout::{Part, layout};
use super::util::centered_rect;
use crate::tui::app::{App, Screen};
use crate::tui::frame::FrameData;
use crate::tui::keys::{self, Action};

/// The keys of the screen in use. During a meeting the box sits under the digits,
/// so the clock stays in sight for everyone while the facilitator reads.
pub fn help(app: &App, data: &FrameData, area: Rect, buf: &mut Buffer) {
    let theme = &app.theme;
    // The keys of the screen under the help, from the one key table.
    let scope = app.screen_scope();
    let labels: Vec<(String, String)> = keys::bindings(scope)
        .filter(|b| b.action != Action::Help)
        .map(|b| (b.keys_label(), b.does()))
        .collect();
    let keys: Vec<(&str, &str)> = labels.iter().map(|(k, d)| (k.as_str(), d.as_str())).collect();
    let keys = keys.as_slice();
    let mut rect = centered_rect(area, 76, keys.len() as u16 + 2);
    if app.screen == Screen::Live
        && let Some(t) = data.time
    {
        let widest = super::live::widest_clock(&t);
        if let Some(digits) = layout(area, &widest, app.ui.curtain).rect(Part::Digits) {
            let top = digits.bottom();
            let h = area.bottom().saturating_sub(top);
            rect = Rect::new(area.x, top, area.width, h.min(keys.len() as u16 + 2));
        }
    }
    if rect.height < 3 {
        // No room for a box: one line, over the bottom row.
        let y = area.bottom().saturating_sub(1);
        let line = Rect::new(area.x, y, area.width, 1);
        Clear.render(line, buf);
        let all: Vec<&str> = keys.iter().map(|(k, _)| *k).collect();
        let text = crate::t!("help-one-line", keys = all.join(" · "));
        super::util::centered(buf, line, &elide(&text, area.width as usize), theme.key);
        return;
    }
    let inner_w = rect.width.saturating_sub(2) as usize;
    // Two columns when one does not fit and the window is wide enough; a box with
    // only its top edge when even that is one row short.
    let boxed_rows = rect.height.saturating_sub(2) as usize;
    let columns = if keys.len() > boxed_rows && inner_w >= 70 { 2 } else { 1 };
    let borders = if keys.len().div_ceil(columns) > boxed_rows {
        Borders::TOP
    } else {
        Borders::ALL
    };
    let rows = if borders == Borders::TOP {
        boxed_rows + 1
    } else {
        boxed_rows
    };
    let col_w = inner_w / columns;
    let per_col = keys.len().div_ceil(columns);
    let key_w = |c: usize| {
        keys.iter()
            .skip(c * per_col)
            .take(per_col)
            .map(|(k, _)| k.chars().count())
            .max()
            .unwrap_or(0)
            .min(14)
    };
    let entry = |(k, what): &(&str, &str), key_w: usize| {
        fit_spans(
            vec![
                Span::styled(format!("{k:>key_w$}  "), theme.key),
                Span::styled(what.to_string(), theme.text),
            ],
            col_w.saturating_sub(1),
        )
    };
    let mut lines: Vec<Line> = (0..per_col)
        .map(|r| {
            let mut spans = Vec::new();
            for c in 0..columns {
                if let Some(k) = keys.get(c * per_col + r) {
                    let l = entry(k, key_w(c));
                    let used: usize = l.spans.iter().map(|s| s.width()).sum();
                    spans.extend(l.spans);
                    if c + 1 < columns {
                        spans.push(Span::raw(" ".repeat(col_w.saturating_sub(used))));
                    }
                }
            }
            Line::from(spans)
        })
        .collect();
    if lines.len() > rows {
        let more = (lines.len() - rows + 1) * columns;
        lines.truncate(rows.saturating_sub(1));
        lines.push(Line::from(Span::styled(
            crate::t!("help-more-keys", count = more),
            theme.dim,
        )));
    }
    Clear.render(rect, buf);
    buf.set_style(rect, theme.base);
    Paragraph::new(lines)
        .block(
            Block::default()
                .borders(borders)
                .title(format!(" {} ", crate::t!("help-title", scope = scope.title()))),
        )
        .render(rect, buf);
}

pub fn confirm_quit(app: &App, area: Rect, buf: &mut Buffer) {
    let confirm = crate::t!("confirm-quit");
    let rect = centered_rect(area, confirm.chars().count() as u16 + 4, 3);
    Clear.render(rect, buf);
    buf.set_style(rect, app.theme.base);
    Paragraph::new(Line::from(Span::styled(
        elide(&confirm, rect.width.saturating_sub(2) as usize),
        app.theme.strong,
    )))
    .alignment(Alignment::Center)
    .block(Block::default().borders(Borders::ALL))
    .render(rect, buf);
}
