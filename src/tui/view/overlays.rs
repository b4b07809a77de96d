//! Boxes drawn over the screen: help and the quit question.

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Widget};

use super::util::centered_rect;
use crate::tui::app::App;
use crate::tui::keys::{self, Action};
use crate::tui::text;

pub fn help(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = &app.theme;
    // The keys of the screen under the help, from the one key table.
    let scope = app.screen_scope();
    let lines: Vec<Line> = keys::bindings(scope)
        .filter(|b| b.action != Action::Help)
        .map(|b| {
            Line::from(vec![
                Span::styled(format!("{:>12}  ", b.keys_label()), theme.key),
                Span::raw(b.does),
            ])
        })
        .collect();
    let rect = centered_rect(area, 96, lines.len() as u16 + 2);
    Clear.render(rect, buf);
    Paragraph::new(lines)
        .block(
            Block::default()
                .borders(Borders::ALL)
                .title(format!(" {} — any key closes ", scope.title())),
        )
        .render(rect, buf);
}

pub fn confirm_quit(app: &App, area: Rect, buf: &mut Buffer) {
    let rect = centered_rect(area, text::CONFIRM_QUIT.chars().count() as u16 + 4, 3);
    Clear.render(rect, buf);
    Paragraph::new(Line::from(Span::styled(text::CONFIRM_QUIT, app.theme.strong)))
        .alignment(Alignment::Center)
        .block(Block::default().borders(Borders::ALL))
        .render(rect, buf);
}
