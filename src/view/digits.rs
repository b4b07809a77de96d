//! Big countdown digits that scale with the space they get.
//!
//! A 3×5 pixel font drawn with half blocks (one cell = two pixel rows), scaled by
//! a whole factor so the pixels stay square. tui-big-text tops out at 8×8 cells a
//! glyph; a shared screen on a large monitor wants digits far bigger than that.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::widgets::Widget;

const ROWS: usize = 5;

fn glyph(c: char) -> Option<&'static [&'static str; ROWS]> {
    Some(match c {
        '0' => &["###", "#.#", "#.#", "#.#", "###"],
        '1' => &[".#.", "##.", ".#.", ".#.", "###"],
        '2' => &["###", "..#", "###", "#..", "###"],
        '3' => &["###", "..#", ".##", "..#", "###"],
        '4' => &["#.#", "#.#", "###", "..#", "..#"],
        '5' => &["###", "#..", "###", "..#", "###"],
        '6' => &["###", "#..", "###", "#.#", "###"],
        '7' => &["###", "..#", ".#.", ".#.", ".#."],
        '8' => &["###", "#.#", "###", "#.#", "###"],
        '9' => &["###", "#.#", "###", "..#", "###"],
        ':' => &[".", "#", ".", "#", "."],
        '+' => &["...", ".#.", "###", ".#.", "..."],
        '-' => &["...", "...", "###", "...", "..."],
        _ => return None,
    })
}

/// Width of `text` in font pixels, with one pixel between glyphs.
fn pixel_width(text: &str) -> usize {
    let widths: Vec<usize> = text.chars().filter_map(glyph).map(|g| g[0].len()).collect();
    widths.iter().sum::<usize>() + widths.len().saturating_sub(1)
}

/// The largest whole scale at which `text` fits in `width`×`height` cells (0: none).
pub fn scale_for(text: &str, width: u16, height: u16) -> u16 {
    let w = pixel_width(text);
    if w == 0 {
        return 0;
    }
    let by_width = width as usize / w;
    // ROWS×k pixel rows take ceil(5k/2) cell rows.
    let by_height = (height as usize * 2) / ROWS;
    by_width.min(by_height).min(u16::MAX as usize) as u16
}

/// Cell size of `text` drawn at `scale`.
pub fn size_at(text: &str, scale: u16) -> (u16, u16) {
    let k = scale as usize;
    ((pixel_width(text) * k) as u16, (ROWS * k).div_ceil(2) as u16)
}

/// Big digits, centred in their area; plain text when even scale 1 does not fit.
pub struct BigDigits<'a> {
    pub text: &'a str,
    /// The widest text this clock may show (with the overtime `+`): the scale is
    /// chosen for it, so the digits keep their size when the sign appears.
    pub fit: &'a str,
    pub style: Style,
}

impl Widget for BigDigits<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        if area.is_empty() {
            return;
        }
        let k = scale_for(self.fit, area.width, area.height).min(scale_for(self.text, area.width, area.height));
        if k == 0 {
            let len = self.text.chars().count() as u16;
            let x = area.x + area.width.saturating_sub(len) / 2;
            let y = area.y + area.height / 2;
            buf.set_stringn(x, y, self.text, area.width as usize, self.style);
            return;
        }
        let (w, h) = size_at(self.text, k);
        let x0 = area.x + (area.width - w) / 2;
        let y0 = area.y + (area.height - h) / 2;
        let k = k as usize;
        // Font pixels as a flat bitmap row-major.
        let pw = pixel_width(self.text);
        let mut bitmap = vec![false; pw * ROWS];
        let mut col = 0;
        for g in self.text.chars().filter_map(glyph) {
            for (r, line) in g.iter().enumerate() {
                for (c, ch) in line.chars().enumerate() {
                    bitmap[r * pw + col + c] = ch == '#';
                }
            }
            col += g[0].len() + 1;
        }
        let on = |px: usize, py: usize| py < ROWS * k && bitmap[(py / k) * pw + px / k];
        // The gaps inside the digits take the digits' colour too, where that cannot
        // be seen (no background, nothing drawn across a blank): each row of digits
        // then goes to the terminal as one run, with no colour switched on and off
        // at every gap (that was half the bytes of a tick).
        let unseen = Modifier::REVERSED | Modifier::UNDERLINED | Modifier::CROSSED_OUT | Modifier::HIDDEN;
        let fill_gaps = self.style.bg.is_none() && !self.style.add_modifier.intersects(unseen);
        for cy in 0..h as usize {
            for cx in 0..w as usize {
                let (top, bottom) = (on(cx, cy * 2), on(cx, cy * 2 + 1));
                let symbol = match (top, bottom) {
                    (true, true) => "█",
                    (true, false) => "▀",
                    (false, true) => "▄",
                    (false, false) if fill_gaps => " ",
                    (false, false) => continue,
                };
                buf[(x0 + cx as u16, y0 + cy as u16)]
                    .set_symbol(symbol)
                    .set_style(self.style);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scales_with_the_area() {
        // "12:34" is 3+3+1+3+3 pixels plus 4 gaps = 17 wide.
        assert_eq!(pixel_width("12:34"), 17);
        assert_eq!(scale_for("12:34", 80, 10), 4);
        assert_eq!(scale_for("12:34", 200, 30), 11);
        assert_eq!(scale_for("12:34", 16, 30), 0);
        assert_eq!(size_at("12:34", 3), (51, 8));
    }

    #[test]
    fn draws_a_one() {
        let area = Rect::new(0, 0, 3, 3);
        let mut buf = Buffer::empty(area);
        BigDigits {
            text: "1",
            fit: "1",
            style: Style::new(),
        }
        .render(area, &mut buf);
        let rows: Vec<String> = (0..3)
            .map(|y| (0..3).map(|x| buf[(x, y)].symbol().to_string()).collect())
            .collect();
        assert_eq!(rows, ["▄█ ", " █ ", "▀▀▀"]);
    }
}
