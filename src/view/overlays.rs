//! The quit question, drawn over the screen (help is `help.rs`).

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Widget};

use super::fold::elide;
use super::util::centered_rect;
use crate::app::App;

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
