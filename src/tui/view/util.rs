//! Small drawing helpers shared by the views.

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

pub use crate::safe_text::{clipped, printable};

/// One line of text, aligned, cut at the area's edge (never wrapped).
pub fn line(buf: &mut Buffer, area: Rect, text: Line, align: Alignment) {
    if area.is_empty() {
        return;
    }
    Paragraph::new(text).alignment(align).render(area, buf);
}

pub fn centered(buf: &mut Buffer, area: Rect, text: &str, style: Style) {
    line(
        buf,
        area,
        Line::from(Span::styled(text.to_string(), style)),
        Alignment::Center,
    );
}

/// A name as shown on screen: visible, and never long enough to break the layout.
pub fn name(text: &str) -> String {
    clipped(text, 32)
}

/// A rectangle of `w`×`h` centred in `area` (clamped to it).
pub fn centered_rect(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect::new(area.x + (area.width - w) / 2, area.y + (area.height - h) / 2, w, h)
}
