//! Words in big letters — the speaker's name and the alert word — readable from
//! across the room and in a thumbnail of the shared window.
//!
//! Glyphs come from `big_font` (font8x8's 8×8 where it draws every letter whole,
//! GNU Unifont's 8×16 and 16×16 otherwise). They are drawn with quadrant blocks:
//! one cell holds 2×2 sub-pixels, and each font pixel is `sx`×`sy` sub-pixels. A
//! cell is about twice as tall as wide, so `sx = 2·sy` keeps letters in
//! proportion; a long word narrows first (down to `sx = sy`, then 1), shrinks, and
//! is elided with `…` in big letters last. A 16-row line in a band of 4 rows (80×24
//! and 120×40) is drawn in braille instead: 2×4 dots a cell, so every pixel of a
//! Unifont letter or ideograph is kept; at 8 rows and more it is blocks again.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

use super::big_font::{self, Face, Glyph};

/// Cell rows of a band at vertical scale `sy`.
pub const fn rows_at(sy: u16) -> u16 {
    4 * sy
}

/// How sub-pixels are drawn in a cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dots {
    /// 2×2 quadrant blocks: solid, for a thumbnail.
    Quadrants,
    /// 2×4 braille dots: a 16-row line in 4 rows.
    Braille,
}

impl Dots {
    const fn per_row(self) -> u16 {
        match self {
            Dots::Quadrants => 2,
            Dots::Braille => 4,
        }
    }
}

/// How a text is laid out in an area: its characters and glyphs, and the scale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fit {
    pub face: Face,
    pub dots: Dots,
    pub chars: Vec<char>,
    pub glyphs: Vec<Glyph>,
    pub sx: u16,
    pub sy: u16,
}

impl Fit {
    /// Cell size of the laid-out text.
    pub fn size(&self) -> (u16, u16) {
        (
            (pixel_width(&self.glyphs) * self.sx).div_ceil(2),
            (self.face.height() * self.sy).div_ceil(self.dots.per_row()),
        )
    }
}

fn pixel_width(glyphs: &[Glyph]) -> u16 {
    glyphs.iter().map(|g| g.width).sum()
}

/// The biggest layout of `text` in `width`×`height` cells: `None` when it is too
/// low for big letters or a character has no glyph (the caller then writes plain
/// text).
pub fn fit(text: &str, width: u16, height: u16) -> Option<Fit> {
    let (face, chars, glyphs) = big_font::shape(text)?;
    let px = pixel_width(&glyphs);
    let mut ways = vec![Dots::Quadrants];
    if face == Face::Unifont {
        ways.push(Dots::Braille);
    }
    for dots in ways {
        let max_sy = height * dots.per_row() / face.height();
        // Sub-pixels a font pixel is wide when the letters are in proportion: a
        // quadrant is twice as tall as wide, a braille dot's place is square.
        let aspect = if dots == Dots::Quadrants { 2 } else { 1 };
        for sy in (1..=max_sy).rev() {
            // Proportional first, then narrower letters, never wider than tall.
            for sx in ((aspect * sy).div_ceil(4).max(1)..=aspect * sy).rev() {
                if (px * sx).div_ceil(2) <= width {
                    return Some(Fit {
                        face,
                        dots,
                        chars,
                        glyphs,
                        sx,
                        sy,
                    });
                }
            }
        }
        if max_sy > 0 {
            // Too long even at the smallest scale: elide at a word boundary if one is near.
            let (chars, glyphs) = elide(face, &chars, &glyphs, width * 2)?;
            return Some(Fit {
                face,
                dots,
                chars,
                glyphs,
                sx: 1,
                sy: 1,
            });
        }
    }
    None
}

/// The first characters of a text that fit `room` pixels with a `…` after them,
/// cut at the end of a word when that keeps at least half.
fn elide(face: Face, chars: &[char], glyphs: &[Glyph], room: u16) -> Option<(Vec<char>, Vec<Glyph>)> {
    let dots = big_font::glyph(face, '…')?;
    let room = room.checked_sub(dots.width)?;
    let mut keep = 0;
    let mut used = 0;
    while keep < glyphs.len() && used + glyphs[keep].width <= room {
        used += glyphs[keep].width;
        keep += 1;
    }
    let mut cut = keep;
    if let Some(space) = chars[..keep].iter().rposition(|c| *c == ' ')
        && space >= keep / 2
    {
        cut = space;
    }
    while cut > 0 && chars[cut - 1] == ' ' {
        cut -= 1;
    }
    let mut c = chars[..cut].to_vec();
    let mut g = glyphs[..cut].to_vec();
    c.push('…');
    g.push(dots);
    Some((c, g))
}

/// Quadrant block for sub-pixels: bit 0 top-left, 1 top-right, 2 bottom-left, 3 bottom-right.
const QUADRANTS: [&str; 16] = [
    " ", "▘", "▝", "▀", "▖", "▌", "▞", "▛", "▗", "▚", "▐", "▜", "▄", "▙", "▟", "█",
];

/// Braille dot bits for column `x` (0, 1) and row `y` (0–3) of a cell.
const BRAILLE: [[u32; 4]; 2] = [[0x01, 0x02, 0x04, 0x40], [0x08, 0x10, 0x20, 0x80]];

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
    // Which glyph and glyph column each sub-pixel column shows.
    let columns: Vec<(&Glyph, u16)> = f
        .glyphs
        .iter()
        .flat_map(|g| (0..g.width * f.sx).map(move |x| (g, x / f.sx)))
        .collect();
    let on = |px: usize, py: u16| -> bool { columns.get(px).is_some_and(|(g, col)| g.on(*col, py / f.sy)) };
    let per_row = f.dots.per_row();
    for cy in 0..h {
        for cx in 0..w as usize {
            let mut mask = 0u32;
            for dy in 0..per_row {
                for (dx, braille) in BRAILLE.iter().enumerate() {
                    if on(cx * 2 + dx, cy * per_row + dy) {
                        mask |= match f.dots {
                            Dots::Quadrants => 1 << (dy * 2 + dx as u16),
                            Dots::Braille => braille[dy as usize],
                        };
                    }
                }
            }
            if mask == 0 {
                continue;
            }
            let cell = &mut buf[(x0 + cx as u16, y0 + cy)];
            match f.dots {
                Dots::Quadrants => cell.set_symbol(QUADRANTS[mask as usize]),
                Dots::Braille => cell.set_char(char::from_u32(0x2800 + mask).unwrap_or(' ')),
            };
            cell.set_style(style);
        }
    }
}

#[cfg(test)]
#[path = "big_text_tests.rs"]
mod tests;
