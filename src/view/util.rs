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

/// Lines of text from the top of `area`, one column in from its left edge; what does
/// not fit is cut off at the bottom.
pub fn left_lines(buf: &mut Buffer, area: Rect, lines: Vec<Line>) {
    let inner = Rect::new(
        area.x + 1.min(area.width),
        area.y,
        area.width.saturating_sub(1),
        area.height,
    );
    for (k, l) in lines.into_iter().take(inner.height as usize).enumerate() {
        line(
            buf,
            Rect::new(inner.x, inner.y + k as u16, inner.width, 1),
            l,
            Alignment::Left,
        );
    }
}

/// A centred line of keys on the bottom row of `area`, if there is room.
pub fn footer(buf: &mut Buffer, area: Rect, text: &str, style: Style) {
    if area.height > 1 {
        centered(buf, Rect::new(area.x, area.bottom() - 1, area.width, 1), text, style);
    }
}

/// How far the meeting runs from its plan: "on time", "+2:00 behind", "1:30 ahead".
pub fn behind(secs: i64) -> String {
    use crate::duration::format_clock;
    match secs {
        0 => crate::t!("behind-none"),
        s if s > 0 => crate::t!("behind-late", clock = format_clock(s as u64)),
        s => crate::t!("behind-early", clock = format_clock(s.unsigned_abs())),
    }
}

/// A commitment's owner: a member's name, or the group, said in the language.
pub fn owner(o: &str) -> String {
    if o == crate::notes::taking::GROUP_OWNER {
        crate::t!("owner-the-group")
    } else {
        name(o)
    }
}
