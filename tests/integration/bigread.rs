//! Reading the big letters back off a screen, as a person would: the block or
//! braille glyphs of a band of rows are turned back into pixels and matched
//! against the fonts themselves (font8x8's 8×8, GNU Unifont's 8×16 and 16×16, from
//! the crates, not circle's copy) at every scale and offset; a band reads only if
//! re-drawing the letters found gives exactly the pixels on screen.

use std::collections::HashMap;
use std::sync::OnceLock;

use font8x8::legacy::{BASIC_LEGACY, GREEK_LEGACY, LATIN_LEGACY};

/// The sub-pixels (2×2 per cell) a block glyph fills: top-left, top-right,
/// bottom-left, bottom-right.
fn quads(c: char) -> Option<[bool; 4]> {
    Some(match c {
        ' ' => [false, false, false, false],
        '█' => [true, true, true, true],
        '▀' => [true, true, false, false],
        '▄' => [false, false, true, true],
        '▌' => [true, false, true, false],
        '▐' => [false, true, false, true],
        '▘' => [true, false, false, false],
        '▝' => [false, true, false, false],
        '▖' => [false, false, true, false],
        '▗' => [false, false, false, true],
        '▚' => [true, false, false, true],
        '▞' => [false, true, true, false],
        '▛' => [true, true, true, false],
        '▜' => [true, true, false, true],
        '▙' => [true, false, true, true],
        '▟' => [false, true, true, true],
        _ => return None,
    })
}

fn is_braille(c: char) -> bool {
    ('\u{2800}'..='\u{28ff}').contains(&c)
}

/// The dots (2×4 per cell, by row) a braille character shows.
fn braille(c: char) -> [bool; 8] {
    let bits = c as u32 - 0x2800;
    // Dots 1–3 and 7 down the left column, 4–6 and 8 down the right.
    let at = [0, 3, 1, 4, 2, 5, 6, 7];
    let mut out = [false; 8];
    for (k, bit) in at.iter().enumerate() {
        out[k] = bits & (1 << bit) != 0;
    }
    out
}

pub fn is_block(c: char) -> bool {
    c != ' ' && (quads(c).is_some() || (is_braille(c) && c != '\u{2800}'))
}

/// A glyph as the reader keys it: font height, width, rows (column x in bit x).
type Key = (usize, usize, [u16; 16]);

fn key8(bits: [u8; 8]) -> Key {
    let mut rows = [0u16; 16];
    for (r, b) in rows.iter_mut().zip(bits) {
        *r = u16::from(b);
    }
    (8, 8, rows)
}

fn key16(g: &unifont::Glyph) -> Key {
    let mut rows = [0u16; 16];
    for (y, r) in rows.iter_mut().enumerate() {
        for x in 0..g.get_width() {
            if g.get_pixel(x, y) {
                *r |= 1 << x;
            }
        }
    }
    (16, g.get_width(), rows)
}

/// The 8×8 glyph of `c` in font8x8, where circle takes it from.
fn font8(c: char) -> Option<[u8; 8]> {
    let code = c as usize;
    match code {
        0x21..=0x7e => Some(BASIC_LEGACY[code]),
        0xa1..=0xff => Some(LATIN_LEGACY[code - 0xa0]),
        0x391..=0x3c9 => Some(GREEK_LEGACY[code - 0x390]),
        0x2026 => Some([0, 0, 0, 0, 0, 0xDB, 0xDB, 0]),
        _ => None,
    }
}

/// The glyphs `c` has in either font.
fn keys(c: char) -> Vec<Key> {
    let mut k: Vec<Key> = font8(c).map(key8).into_iter().collect();
    k.extend(unifont::get_glyph(c).map(key16));
    k
}

/// Glyph → character, for both fonts (the first character of a shared glyph).
fn font() -> &'static HashMap<Key, char> {
    static FONT: OnceLock<HashMap<Key, char>> = OnceLock::new();
    FONT.get_or_init(|| {
        let mut f = HashMap::new();
        let narrow = (0x21u32..0x7f).chain(0xa1..=0xff).chain(0x391..=0x3c9).chain([0x2026]);
        for c in narrow.filter_map(char::from_u32) {
            if let Some(b) = font8(c) {
                f.entry(key8(b)).or_insert(c);
            }
        }
        for (c, g) in unifont::enumerate_glyphs() {
            let k = key16(g);
            if !c.is_control() && k.2 != [0; 16] {
                f.entry(k).or_insert(c);
            }
        }
        f
    })
}

/// True when `read` is `text`, or looks exactly like it (Latin "a" and Cyrillic
/// "а" are one glyph, as are μ and the micro sign µ).
pub fn same_look(read: &str, text: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (read.chars().collect(), text.chars().collect());
    a.len() == b.len()
        && a.iter()
            .zip(&b)
            .all(|(x, y)| x == y || keys(*x).iter().any(|k| keys(*y).contains(k)))
}

/// A band's pixels: width, height, and the lit dots.
struct Grid {
    w: usize,
    h: usize,
    lit: Vec<bool>,
    braille: bool,
}

/// Blank cell rows added above and below a band: a glyph's top rows (over a
/// lower-case letter, say) may be blank, so its first row can be above the ink.
const PAD: usize = 8;

fn grid(screen: &[Vec<char>], rows: std::ops::Range<usize>) -> Option<Grid> {
    let width = screen.iter().map(Vec::len).max()?;
    let braille = rows.clone().any(|y| screen[y].iter().any(|c| is_braille(*c)));
    let per_row = if braille { 4 } else { 2 };
    let (w, h) = (width * 2, (rows.len() + 2 * PAD) * per_row);
    let mut lit = vec![false; w * h];
    for (ry, y) in rows.enumerate() {
        for (x, &c) in screen[y].iter().enumerate() {
            // Anything else on these rows (text) means this is not a band of letters.
            let dots: Vec<bool> = match (braille, c) {
                (true, ' ') => vec![false; 8],
                (true, c) if is_braille(c) => braille_dots(c),
                (false, c) => quads(c)?.to_vec(),
                _ => return None,
            };
            for (k, on) in dots.iter().enumerate() {
                lit[((ry + PAD) * per_row + k / 2) * w + x * 2 + k % 2] = *on;
            }
        }
    }
    Some(Grid { w, h, lit, braille })
}

fn braille_dots(c: char) -> Vec<bool> {
    braille(c).to_vec()
}

/// The text drawn in big letters on `rows` of `screen`, if it reads.
pub fn read(screen: &[Vec<char>], rows: std::ops::Range<usize>) -> Option<String> {
    let band = rows.len();
    let g = grid(screen, rows)?;
    let cols: Vec<usize> = (0..g.w).filter(|&x| (0..g.h).any(|y| g.lit[y * g.w + x])).collect();
    let lines: Vec<usize> = (0..g.h).filter(|&y| (0..g.w).any(|x| g.lit[y * g.w + x])).collect();
    let (cmin, cmax) = (*cols.first()?, *cols.last()?);
    let (rmin, rmax) = (*lines.first()?, *lines.last()?);
    // Braille is only ever Unifont's 16 rows; blocks are either font.
    let heights: &[usize] = if g.braille { &[16] } else { &[8, 16] };
    for &fh in heights {
        // A line of letters is at most a glyph taller than its band (blank top rows).
        let per_row = if g.braille { 4 } else { 2 };
        for sy in (1..=band * per_row / fh + 1).rev() {
            let widest = if g.braille { sy } else { 2 * sy };
            for sx in (1..=widest).rev() {
                // Ink starts on a pixel's edge: the first lit row and column are
                // a whole number of pixels into the first glyph.
                let widest_glyph = if fh == 8 { 8 } else { 16 };
                let yoffs = (0..fh)
                    .filter_map(|r| rmin.checked_sub(r * sy))
                    .filter(|y| y + fh * sy > rmax);
                for yoff in yoffs {
                    for xoff in (0..widest_glyph).filter_map(|c| cmin.checked_sub(c * sx)) {
                        let at = Scan {
                            g: &g,
                            fh,
                            sx,
                            sy,
                            xoff,
                            yoff,
                            cmax,
                        };
                        let mut text = String::new();
                        if at.decode(0, &mut text) {
                            return Some(text.trim().to_string());
                        }
                    }
                }
            }
        }
    }
    None
}

/// One try at reading a band: font height, scale and where the first glyph is.
struct Scan<'a> {
    g: &'a Grid,
    fh: usize,
    sx: usize,
    sy: usize,
    xoff: usize,
    yoff: usize,
    cmax: usize,
}

impl Scan<'_> {
    /// The glyph `width` pixels wide at pixel column `px`, from one dot a pixel.
    fn bits(&self, px: usize, width: usize) -> [u16; 16] {
        let mut rows = [0u16; 16];
        for (row, r) in rows.iter_mut().enumerate().take(self.fh) {
            for col in 0..width {
                let (x, y) = (self.xoff + (px + col) * self.sx, self.yoff + row * self.sy);
                if x < self.g.w && y < self.g.h && self.g.lit[y * self.g.w + x] {
                    *r |= 1 << col;
                }
            }
        }
        rows
    }

    /// True when re-drawing `rows` at `px` gives exactly the dots of its columns,
    /// over the band's full height.
    fn redraws(&self, px: usize, width: usize, rows: &[u16; 16]) -> bool {
        (0..width * self.sx).all(|col| {
            let x = self.xoff + px * self.sx + col;
            x >= self.g.w
                || (0..self.g.h).all(|y| {
                    let inside = y >= self.yoff && y < self.yoff + self.fh * self.sy;
                    let on = inside && rows[(y - self.yoff) / self.sy] & (1 << (col / self.sx)) != 0;
                    self.g.lit[y * self.g.w + x] == on
                })
        })
    }

    /// Reads glyphs from pixel column `px` to the end, narrow or wide, backing up
    /// when a choice does not lead to the exact dots on screen.
    fn decode(&self, px: usize, text: &mut String) -> bool {
        if self.xoff + px * self.sx > self.cmax {
            return true;
        }
        let widths: &[usize] = if self.fh == 8 { &[8] } else { &[8, 16] };
        for &width in widths {
            let rows = self.bits(px, width);
            let c = if rows == [0; 16] {
                ' '
            } else {
                match font().get(&(self.fh, width, rows)) {
                    Some(c) => *c,
                    None => continue,
                }
            };
            if !self.redraws(px, width, &rows) {
                continue;
            }
            let len = text.len();
            text.push(c);
            if self.decode(px + width, text) {
                return true;
            }
            text.truncate(len);
        }
        false
    }
}

/// Runs of rows holding block glyphs: (first row, number of rows), and the lines.
fn runs(screen: &str) -> (Vec<Vec<char>>, Vec<(usize, usize)>) {
    // Lines as vt100 gives them, or quoted as TestBackend prints them.
    let unquote = |l: &str| -> Vec<char> {
        let t = l.strip_prefix('"').and_then(|t| t.strip_suffix('"')).unwrap_or(l);
        t.chars().collect()
    };
    let lines: Vec<Vec<char>> = screen.lines().map(unquote).collect();
    let has = |y: usize| lines[y].iter().any(|c| is_block(*c));
    let mut out = Vec::new();
    let mut y = 0;
    while y < lines.len() {
        if !has(y) {
            y += 1;
            continue;
        }
        let start = y;
        while y < lines.len() && has(y) {
            y += 1;
        }
        out.push((start, y - start));
    }
    (lines, out)
}

/// Each band of letters in turn, read, until `found` says stop: (first row, rows,
/// text if it reads). The dots over a capital can stand a blank row above it: two
/// runs with one blank row between them are one band if they read as one.
fn each_band(screen: &str, mut found: impl FnMut(usize, usize, Option<String>) -> bool) {
    let (lines, runs) = runs(screen);
    let blank = |y: usize| lines[y].iter().all(|c| *c == ' ');
    let mut last: Option<(usize, usize)> = None;
    for (start, n) in runs {
        if let Some((first, m)) = last
            && first + m + 1 == start
            && blank(start - 1)
            && let Some(t) = read(&lines, first..start + n)
        {
            last = None;
            if found(first, start + n - first, Some(t)) {
                return;
            }
            continue;
        }
        last = Some((start, n));
        // The ribbon row (▰█▱) is one row of mixed glyphs: it does not read.
        if found(start, n, read(&lines, start..start + n)) {
            return;
        }
    }
}

/// Every band of block rows: (first row, number of rows, text if it reads).
pub fn bands(screen: &str) -> Vec<(usize, usize, Option<String>)> {
    let mut out: Vec<(usize, usize, Option<String>)> = Vec::new();
    each_band(screen, |first, n, t| {
        // A merged band replaces the run it began with.
        if out.last().is_some_and(|(f, _, _)| *f == first) {
            out.pop();
        }
        out.push((first, n, t));
        false
    });
    out
}

/// The band that reads as `text` (or looks exactly like it), with its height in
/// rows; bands below it are not read.
pub fn band_rows(screen: &str, text: &str) -> Option<usize> {
    let mut rows = None;
    each_band(screen, |_, n, t| {
        let hit = t.as_deref().is_some_and(|t| same_look(t, text));
        if hit {
            rows = Some(n);
        }
        hit
    });
    rows
}

/// The tallest run of block rows that does not read as letters: the digits.
pub fn digit_rows(screen: &str) -> usize {
    bands(screen)
        .into_iter()
        .filter(|(_, _, t)| t.is_none())
        .map(|(_, n, _)| n)
        .max()
        .unwrap_or(0)
}
