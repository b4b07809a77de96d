//! The clock's state told without colour, big enough to see from across the room:
//! the alert word in big letters under the digits, and bars either side of the
//! digits whose shape differs by state (none when calm, dashed at wrap-up, solid at
//! time, two thin bars when paused). The flash blinks the bars, never the digits.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;

use super::big_text;
use super::fold::elide;
use super::util::centered;
use crate::engine::Alert;
use crate::theme::Theme;

/// What the clock is doing, as the cues show it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClockState {
    pub alert: Alert,
    pub paused: bool,
    /// In the "off" half of a flash: the bars are hidden.
    pub flash_off: bool,
}

impl ClockState {
    /// The word in big letters, if the state has one.
    pub fn big_word(&self) -> Option<String> {
        if self.paused {
            return Some(crate::t!("state-paused-big"));
        }
        match self.alert {
            Alert::Calm => None,
            Alert::WrapUp => Some(crate::t!("state-wrap-up-big")),
            Alert::Time => Some(crate::t!("state-time-big")),
            Alert::Overdue => Some(crate::t!("state-overdue-big")),
        }
    }

    fn small_word(&self) -> Option<String> {
        if self.paused {
            return Some(crate::t!("state-paused"));
        }
        match self.alert {
            Alert::Calm => None,
            Alert::WrapUp => Some(crate::t!("state-wrap-up")),
            Alert::Time => Some(crate::t!("state-time")),
            Alert::Overdue => Some(crate::t!("state-overdue")),
        }
    }

    fn style(&self, theme: &Theme) -> Style {
        if self.paused {
            theme.paused
        } else {
            theme.for_alert(self.alert)
        }
    }
}

/// Columns between the digits and a bar beside them.
const BAR_GAP: u16 = 3;

/// The bars beside the digits: `BAR_GAP` columns either side of the digits drawn
/// at `digits` (their first column and width), whatever the window's width, or,
/// with no room for that, in the `cols` columns at each side of `rect`.
pub fn bars(state: ClockState, theme: &Theme, rect: Rect, cols: u16, digits: Option<(u16, u16)>, buf: &mut Buffer) {
    if cols < 2 || rect.width < 2 * cols || state.flash_off {
        return;
    }
    let (left_x, right_x) = match digits {
        Some((x, w)) if x >= rect.x + BAR_GAP + 2 && x + w + BAR_GAP + 2 <= rect.right() => {
            (x - BAR_GAP - 2, x + w + BAR_GAP)
        }
        _ => (rect.x, rect.right() - 2),
    };
    let (left, right) = if state.paused {
        ("▌▌", "▐▐")
    } else {
        match state.alert {
            Alert::Calm => return,
            _ => ("██", "██"),
        }
    };
    let dashed = !state.paused && state.alert == Alert::WrapUp;
    let style = state.style(theme);
    for y in rect.y..rect.bottom() {
        if dashed && (y - rect.y) % 2 == 1 {
            continue;
        }
        buf.set_string(left_x, y, left, style);
        buf.set_string(right_x, y, right, style);
    }
}

/// What the alert band drew: whether it holds the phase's rules, and how many of
/// its rows it used from the top (the rest are lent to the lines under it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BandUse {
    pub rules: bool,
    pub rows: u16,
}

/// The alert band. Calm, it shows the phase's rules in its top rows, or nothing
/// (the status row already says "on track"); otherwise the state word, big when
/// `scale` > 0, over the whole band. In a turn's last half minute it shows who is
/// next instead, "» Chen" in big letters in the state's colour: in a short turn
/// that is what the next speaker must see from across the room or in a thumbnail,
/// and the digits, their colour and the bars already say the time is nearly up.
pub fn alert_band(
    state: ClockState,
    theme: &Theme,
    rules: &[String],
    next: Option<&str>,
    scale: u16,
    rect: Rect,
    buf: &mut Buffer,
) -> BandUse {
    let style = state.style(theme);
    let whole = BandUse {
        rules: false,
        rows: rect.height,
    };
    if scale > 0
        && let Some(name) = next
        && big_text::render(
            &format!("» {name}"),
            style.add_modifier(ratatui::style::Modifier::BOLD),
            rect,
            buf,
        )
    {
        return whole;
    }
    if scale > 0
        && let Some(word) = state.big_word()
        && big_text::render(&word, style, rect, buf)
    {
        return whole;
    }
    if let Some(word) = state.small_word() {
        centered(buf, mid_row(rect), &elide(&word, rect.width as usize), style);
        return whole;
    }
    if rules.is_empty() {
        return BandUse { rules: false, rows: 0 };
    }
    let lines = super::rules_fit::lines(
        rules,
        rect.width.saturating_sub(2) as usize,
        rect.height.min(2) as usize,
    );
    // A band of the rules' colour behind them, the width of the window.
    let band = Rect::new(rect.x, rect.y, rect.width, lines.len() as u16);
    buf.set_style(band.intersection(rect), theme.rules);
    for (k, l) in lines.iter().enumerate() {
        let row = Rect::new(rect.x, rect.y + k as u16, rect.width, 1).intersection(rect);
        super::util::line(
            buf,
            row,
            Line::styled(l.clone(), theme.rules),
            ratatui::layout::Alignment::Center,
        );
    }
    BandUse {
        rules: true,
        rows: (lines.len() as u16).min(rect.height),
    }
}

/// Calm in a norms step: the band holds the norms, numbered, one a line, in bold,
/// large enough to read aloud. False (nothing drawn) when they do not all fit.
pub fn norms_band(theme: &Theme, norms: &[String], rect: Rect, buf: &mut Buffer) -> bool {
    if norms.is_empty() || norms.len() > rect.height as usize || rect.width < 8 {
        return false;
    }
    let top = rect.y + (rect.height - norms.len() as u16) / 2;
    let width = rect.width.saturating_sub(2) as usize;
    for (k, n) in norms.iter().enumerate() {
        // Numbered as everywhere else: " 1. …", one column in.
        let text = elide(&format!(" {:>2}. {n}", k + 1), width);
        let row = Rect::new(rect.x + 1, top + k as u16, rect.width - 1, 1);
        super::util::line(
            buf,
            row,
            Line::styled(text, theme.strong),
            ratatui::layout::Alignment::Left,
        );
    }
    true
}

fn mid_row(rect: Rect) -> Rect {
    Rect::new(
        rect.x,
        rect.y + rect.height.saturating_sub(1) / 2,
        rect.width,
        rect.height.min(1),
    )
}
