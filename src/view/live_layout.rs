//! Where each part of the live screen goes, as a pure function of the window size.
//!
//! The clock comes first: the digits' size depends only on the window, the curtain
//! and the widest text the clock can show (with the overtime `+`), never on what the
//! notes pane or the alert band hold, so nothing jumps when time runs out or a note
//! is typed. Secondary lines give way first as the window shrinks.

use ratatui::layout::Rect;

use super::big_text;
use super::digits;

/// The parts of the live screen, top to bottom.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Ribbon,
    Title,
    /// The speaker's name, big from 80×24 up.
    Name,
    /// Their role, and who holds the rotating roles.
    Role,
    Digits,
    /// Time used of time allotted, and short messages.
    Status,
    /// The alert word (WRAP UP, TIME, PAUSED), big from 80×24 up.
    Alert,
    /// Notes pane, norms, rules, prompt, role does/avoids, up next, planned end.
    Lower,
    Footer,
}

const ORDER: [Part; 9] = [
    Part::Ribbon,
    Part::Title,
    Part::Name,
    Part::Role,
    Part::Digits,
    Part::Status,
    Part::Alert,
    Part::Lower,
    Part::Footer,
];

/// Rows the lower area keeps at the least, whatever it shows, so the digits do not
/// depend on its content.
pub const LOWER_MIN: u16 = 3;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LiveLayout {
    pub parts: Vec<(Part, Rect)>,
    /// Vertical scale of the big name and alert word; 0 when they are one text row.
    pub band_scale: u16,
    /// The digits' scale (0: plain text).
    pub digit_scale: u16,
    /// Columns at each side of the digits kept for the state bars.
    pub bar_cols: u16,
}

impl LiveLayout {
    pub fn rect(&self, part: Part) -> Option<Rect> {
        self.parts.iter().find(|(p, _)| *p == part).map(|(_, r)| *r)
    }
}

/// Lay out a window of `area` for a clock that may show up to `widest` (e.g. "+7:16").
pub fn layout(area: Rect, widest: &str, curtain: bool) -> LiveLayout {
    let (w, h) = (area.width, area.height);
    let big = w >= 48 && h >= 22;
    let mut band_scale = if big { (h / 24).max(1) } else { 0 };
    let bar_cols = match w {
        60.. => 3,
        40.. => 2,
        _ => 0,
    };
    let mut parts: Vec<Part> = if curtain {
        vec![Part::Name, Part::Role, Part::Digits, Part::Status, Part::Alert]
    } else {
        ORDER.to_vec()
    };
    let height = |p: Part, band_scale: u16| -> u16 {
        match p {
            Part::Name | Part::Alert if band_scale > 0 => big_text::rows_at(band_scale),
            Part::Lower => LOWER_MIN,
            Part::Digits => 0,
            _ => 1,
        }
    };
    let min_digits = match h {
        12.. => 5,
        5.. => 3,
        _ => 1,
    };
    // What gives way first; the big bands turn into single rows before the name goes.
    let mut give_way = [
        Some(Part::Lower),
        Some(Part::Ribbon),
        Some(Part::Title),
        Some(Part::Footer),
        None, // big bands → single rows
        Some(Part::Role),
        Some(Part::Status),
        Some(Part::Alert),
        Some(Part::Name),
    ]
    .into_iter();
    loop {
        let fixed: u16 = parts.iter().map(|p| height(*p, band_scale)).sum();
        if fixed + min_digits <= h {
            break;
        }
        match give_way.next() {
            Some(Some(p)) => parts.retain(|q| *q != p),
            Some(None) => band_scale = 0,
            None => break,
        }
    }
    let fixed: u16 = parts.iter().map(|p| height(*p, band_scale)).sum();
    let available = h.saturating_sub(fixed);
    let digit_width = w.saturating_sub(2 * bar_cols).saturating_sub(2);
    let digit_scale = digits::scale_for(widest, digit_width, available);
    let digit_rows = if digit_scale > 0 {
        digits::size_at(widest, digit_scale).1
    } else {
        available.min(1)
    };
    // Rows the digits do not need go to the lower area, or around the digits.
    let (digits_h, lower_extra) = if parts.contains(&Part::Lower) {
        (digit_rows, available - digit_rows)
    } else {
        (available, 0)
    };
    let mut y = area.y;
    let mut out = Vec::new();
    for p in parts {
        let rows = match p {
            Part::Digits => digits_h,
            Part::Lower => LOWER_MIN + lower_extra,
            _ => height(p, band_scale),
        };
        out.push((p, Rect::new(area.x, y, w, rows)));
        y += rows;
    }
    LiveLayout {
        parts: out,
        band_scale,
        digit_scale,
        bar_cols,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn no_overlap(l: &LiveLayout, area: Rect) {
        let mut bottom = area.y;
        for (p, r) in &l.parts {
            assert!(r.y >= bottom, "{p:?} overlaps the part above: {l:?}");
            assert!(r.bottom() <= area.bottom(), "{p:?} leaves the window: {l:?}");
            bottom = r.bottom();
        }
    }

    #[test]
    fn from_80x24_the_name_and_alert_are_big() {
        let area = Rect::new(0, 0, 80, 24);
        let l = layout(area, "+7:16", false);
        assert_eq!(l.band_scale, 1);
        assert_eq!(l.rect(Part::Name).unwrap().height, 4);
        assert_eq!(l.rect(Part::Alert).unwrap().height, 4);
        assert!(l.rect(Part::Lower).unwrap().height >= LOWER_MIN);
        assert!(l.digit_scale >= 3, "{l:?}");
        no_overlap(&l, area);
        let wide = layout(Rect::new(0, 0, 200, 60), "+7:16", false);
        assert_eq!(wide.band_scale, 2);
        assert!(wide.digit_scale > l.digit_scale);
    }

    #[test]
    fn small_windows_keep_the_clock() {
        for (w, h) in [(40, 12), (30, 10)] {
            let area = Rect::new(0, 0, w, h);
            let l = layout(area, "+7:16", false);
            assert!(l.rect(Part::Lower).is_none(), "{w}×{h}: secondary lines go first");
            assert!(l.rect(Part::Name).is_some() && l.rect(Part::Alert).is_some());
            assert!(l.digit_scale >= 1, "{w}×{h}: {l:?}");
            no_overlap(&l, area);
        }
        assert_eq!(layout(Rect::new(0, 0, 40, 12), "+7:16", false).digit_scale, 2);
    }

    #[test]
    fn no_part_overlaps_at_any_size() {
        for w in 1..=120 {
            for h in 1..=50 {
                let area = Rect::new(0, 0, w, h);
                no_overlap(&layout(area, "+12:34", false), area);
                no_overlap(&layout(area, "+12:34", true), area);
            }
        }
    }
}
