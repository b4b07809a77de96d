//! Words in big letters — the speaker's name and the alert word — readable from
//! across the room and in a thumbnail of the shared window.
//!
//! Glyphs come from font8x8 (8×8 pixels, Latin and Latin-1, so "José" and "Zoë"
//! draw too), drawn with quadrant blocks: one cell holds 2×2 sub-pixels, and each
//! font pixel is `sx`×`sy` sub-pixels. A cell is about twice as tall as wide, so
//! `sx = 2·sy` keeps letters in proportion; a long word narrows first (down to
//! `sx = sy`, then 1), shrinks, and is elided with `…` in big letters last.

use font8x8::legacy::{BASIC_LEGACY, GREEK_LEGACY, LATIN_LEGACY};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

/// Cell rows of a line at vertical scale `sy`.
pub const fn rows_at(sy: u16) -> u16 {
    4 * sy
}

/// Three dots along the baseline, for elision.
const ELLIPSIS: [u8; 8] = [0, 0, 0, 0, 0, 0xDB, 0xDB, 0];

fn glyph(c: char) -> Option<[u8; 8]> {
    let code = c as usize;
    match c {
        '…' => Some(ELLIPSIS),
        ' '..='~' => Some(BASIC_LEGACY[code]),
        '\u{a0}'..='\u{ff}' => Some(LATIN_LEGACY[code - 0xa0]),
        // Greek, from the same font (U+0390–U+03C9): "Ωμέγα" is drawn big too.
        '\u{390}'..='\u{3c9}' => Some(GREEK_LEGACY[code - 0x390]),
        // Dashes people type in names and the state words.
        '–' | '—' => Some(BASIC_LEGACY['-' as usize]),
        '’' => Some(BASIC_LEGACY['\'' as usize]),
        _ => None,
    }
}

/// True when every character of `text` has a big glyph.
pub fn drawable(text: &str) -> bool {
    !text.is_empty() && text.chars().all(|c| glyph(c).is_some())
}

/// How a text is laid out in an area: its characters, and the pixel scale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fit {
    pub chars: Vec<char>,
    pub sx: u16,
    pub sy: u16,
}

impl Fit {
    /// Cell size of the laid-out text.
    pub fn size(&self) -> (u16, u16) {
        (self.chars.len() as u16 * 4 * self.sx, rows_at(self.sy))
    }
}

/// The biggest layout of `text` in `width`×`height` cells: `None` when the area is
/// under 4 rows or a character has no glyph (the caller then writes plain text).
pub fn fit(text: &str, width: u16, height: u16) -> Option<Fit> {
    if !drawable(text) {
        return None;
    }
    let chars: Vec<char> = text.chars().collect();
    let n = chars.len() as u16;
    let max_sy = height / 4;
    for sy in (1..=max_sy).rev() {
        // Proportional first, then narrower letters, never wider than tall.
        for sx in (sy.div_ceil(2)..=2 * sy).rev() {
            if n.saturating_mul(4 * sx) <= width {
                return Some(Fit {
                    chars: chars.clone(),
                    sx,
                    sy,
                });
            }
        }
    }
    if max_sy == 0 {
        return None;
    }
    // Too long even at the smallest scale: elide at a word boundary if one is near.
    let room = (width / 4) as usize;
    let chars = elide_chars(&chars, room)?;
    Some(Fit { chars, sx: 1, sy: 1 })
}

fn elide_chars(chars: &[char], room: usize) -> Option<Vec<char>> {
    if room == 0 {
        return None;
    }
    let keep = room - 1;
    let mut cut = keep;
    // Prefer the end of a word when it keeps at least half of the room.
    if let Some(space) = chars[..=keep.min(chars.len() - 1)].iter().rposition(|c| *c == ' ')
        && space >= keep / 2
    {
        cut = space;
    }
    let mut out: Vec<char> = chars[..cut].to_vec();
    while out.last() == Some(&' ') {
        out.pop();
    }
    out.push('…');
    Some(out)
}

/// Quadrant block for sub-pixels: bit 0 top-left, 1 top-right, 2 bottom-left, 3 bottom-right.
const QUADRANTS: [&str; 16] = [
    " ", "▘", "▝", "▀", "▖", "▌", "▞", "▛", "▗", "▚", "▐", "▜", "▄", "▙", "▟", "█",
];

/// Draw `text` as big as fits, centred in `area`. Returns false (drawing nothing)
/// when it cannot be drawn big.
pub fn render(text: &str, style: Style, area: Rect, buf: &mut Buffer) -> bool {
    let Some(f) = fit(text, area.width, area.height) else {
        return false;
    };
    draw(&f, style, area, buf);
    true
}

/// Draw a laid-out text centred in `area`.
pub fn draw(f: &Fit, style: Style, area: Rect, buf: &mut Buffer) {
    let (w, h) = f.size();
    let (w, h) = (w.min(area.width), h.min(area.height));
    let x0 = area.x + (area.width - w) / 2;
    let y0 = area.y + (area.height - h) / 2;
    let glyphs: Vec<[u8; 8]> = f.chars.iter().map(|c| glyph(*c).unwrap_or([0; 8])).collect();
    let (sx, sy) = (f.sx as usize, f.sy as usize);
    let glyph_w = 8 * sx;
    let on = |px: usize, py: usize| -> bool {
        let g = &glyphs[px / glyph_w];
        let col = (px % glyph_w) / sx;
        let row = py / sy;
        row < 8 && g[row] & (1 << col) != 0
    };
    for cy in 0..h as usize {
        for cx in 0..w as usize {
            let (px, py) = (cx * 2, cy * 2);
            let mask = usize::from(on(px, py))
                | usize::from(on(px + 1, py)) << 1
                | usize::from(on(px, py + 1)) << 2
                | usize::from(on(px + 1, py + 1)) << 3;
            if mask == 0 {
                continue;
            }
            buf[(x0 + cx as u16, y0 + cy as u16)]
                .set_symbol(QUADRANTS[mask])
                .set_style(style);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(buf: &Buffer) -> Vec<String> {
        (0..buf.area.height)
            .map(|y| (0..buf.area.width).map(|x| buf[(x, y)].symbol().to_string()).collect())
            .collect()
    }

    #[test]
    fn grows_with_the_area_and_stays_in_proportion() {
        assert_eq!(fit("BEN", 80, 4).map(|f| (f.sx, f.sy)), Some((2, 1)));
        assert_eq!(fit("BEN", 200, 8).map(|f| (f.sx, f.sy)), Some((4, 2)));
        // Narrower letters before smaller ones.
        assert_eq!(fit("ALEXANDRA", 40, 4).map(|f| (f.sx, f.sy)), Some((1, 1)));
        assert_eq!(fit("BEN", 80, 3), None, "under 4 rows there is no big text");
        assert_eq!(fit("李", 80, 8), None, "no glyph: the caller writes plain text");
    }

    #[test]
    fn a_long_name_is_elided_in_big_letters_at_a_word() {
        let f = fit("Maria Fernanda Alvarez", 40, 4).unwrap();
        assert_eq!(f.chars.iter().collect::<String>(), "Maria…");
        let f = fit("Bartholomew-Featherstonehaugh", 40, 4).unwrap();
        assert_eq!(f.chars.len(), 10);
        assert_eq!(f.chars.last(), Some(&'…'));
    }

    #[test]
    fn the_state_words_draw_big_in_every_language() {
        // ÜBERZEIT needs the Latin-1 table: its Ü is a U with two dots over it.
        assert_eq!(glyph('Ü'), Some(LATIN_LEGACY[0xDC - 0xa0]));
        assert_ne!(glyph('Ü'), glyph('U'));
        assert_ne!(glyph('Ü'), Some([0; 8]));
        for lang in crate::i18n::Lang::ALL {
            crate::i18n::with_lang(lang, || {
                for word in [
                    crate::t!("state-wrap-up-big"),
                    crate::t!("state-time-big"),
                    crate::t!("state-overdue-big"),
                    crate::t!("state-paused-big"),
                ] {
                    assert!(drawable(&word), "{word} has a letter without a big glyph");
                }
            });
        }
    }

    #[test]
    fn draws_an_i_in_blocks() {
        let area = Rect::new(0, 0, 8, 4);
        let mut buf = Buffer::empty(area);
        assert!(render("I", Style::new(), area, &mut buf));
        let drawn: usize = rows(&buf).iter().map(|r| r.chars().filter(|c| *c != ' ').count()).sum();
        assert!(drawn >= 8, "{:?}", rows(&buf));
        assert!(rows(&buf)[0].contains('█') || rows(&buf)[0].contains('▀'));
    }
}
