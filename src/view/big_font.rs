//! Where the big letters' glyphs come from.
//!
//! Two fonts, one per text (never mixed, so the letters of a name share one
//! height and baseline):
//! - **compact**: font8x8's 8×8 glyphs (Basic Latin, Latin-1, Greek). Bold, two
//!   pixels a stroke, so it reads best in a thumbnail; used when it draws every
//!   letter whole. A capital with an accent is not whole in 8 rows (font8x8
//!   squeezes "Ü" a row short, so "ÜBERZEIT" read as "üBERZEIT").
//! - **Unifont**: GNU Unifont's 8×16 and 16×16 glyphs, for everything else:
//!   accented capitals, Latin Extended (Łukasz, Dvořák, Nguyễn), Cyrillic, CJK,
//!   kana, Hangul. Its 16 rows hold an accent over a full-height capital. Only
//!   the blocks `build.rs` lists are embedded.

use font8x8::legacy::{BASIC_LEGACY, GREEK_LEGACY, LATIN_LEGACY};
use unicode_normalization::UnicodeNormalization;

/// A glyph of up to 16×16 pixels: row `y`'s column `x` is bit `x` of `rows[y]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Glyph {
    pub width: u16,
    pub rows: [u16; 16],
}

impl Glyph {
    pub fn on(&self, x: u16, y: u16) -> bool {
        x < self.width && y < 16 && self.rows[y as usize] & (1 << x) != 0
    }

    fn from8(bits: [u8; 8]) -> Glyph {
        let mut rows = [0; 16];
        for (r, b) in rows.iter_mut().zip(bits) {
            *r = u16::from(b);
        }
        Glyph { width: 8, rows }
    }
}

/// The font a text is drawn in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Face {
    Compact,
    Unifont,
}

impl Face {
    /// Pixel rows of a line.
    pub const fn height(self) -> u16 {
        match self {
            Face::Compact => 8,
            Face::Unifont => 16,
        }
    }
}

/// Three dots along the baseline, for elision in the compact font.
const ELLIPSIS: [u8; 8] = [0, 0, 0, 0, 0, 0xDB, 0xDB, 0];

fn compact(c: char) -> Option<Glyph> {
    let code = c as usize;
    let bits = match c {
        '…' => ELLIPSIS,
        // A capital with a mark (À, Ü, Ϊ) is a row short in 8×8: Unifont's.
        _ if c.is_uppercase() && c.nfd().nth(1).is_some() => return None,
        ' '..='~' => BASIC_LEGACY[code],
        '\u{a0}'..='\u{ff}' => LATIN_LEGACY[code - 0xa0],
        // Greek, from the same font (U+0390–U+03C9).
        '\u{390}'..='\u{3c9}' => GREEK_LEGACY[code - 0x390],
        // Dashes people type in names and the state words.
        '–' | '—' => BASIC_LEGACY['-' as usize],
        '’' => BASIC_LEGACY['\'' as usize],
        _ => return None,
    };
    Some(Glyph::from8(bits))
}

/// A run of consecutive code points of one width in the embedded Unifont subset.
pub(super) struct Run {
    first: u32,
    count: u32,
    wide: bool,
    offset: usize,
}

include!(concat!(env!("OUT_DIR"), "/unifont_subset.rs"));
/// 16 bytes a narrow glyph, 32 a wide one (little-endian rows); read in place,
/// so only the pages of the glyphs drawn are ever loaded.
static DATA: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/unifont_subset.bin"));

fn unifont(c: char) -> Option<Glyph> {
    let cp = c as u32;
    let i = RUNS.partition_point(|r| r.first <= cp).checked_sub(1)?;
    let run = &RUNS[i];
    if cp >= run.first + run.count {
        return None;
    }
    let k = (cp - run.first) as usize;
    let mut rows = [0u16; 16];
    if run.wide {
        let at = run.offset + k * 32;
        for (y, r) in rows.iter_mut().enumerate() {
            *r = u16::from_le_bytes([DATA[at + 2 * y], DATA[at + 2 * y + 1]]);
        }
    } else {
        let at = run.offset + k * 16;
        for (y, r) in rows.iter_mut().enumerate() {
            *r = u16::from(DATA[at + y]);
        }
    }
    Some(Glyph {
        width: if run.wide { 16 } else { 8 },
        rows,
    })
}

/// The face and the glyphs `text` is drawn with, one per character of its NFC
/// form (a name typed with combining accents draws like the precomposed one);
/// `None` when a character is in neither font (Arabic, Devanagari, emoji: the
/// caller writes plain text).
pub fn shape(text: &str) -> Option<(Face, Vec<char>, Vec<Glyph>)> {
    let chars: Vec<char> = text.nfc().collect();
    if chars.is_empty() {
        return None;
    }
    if let Some(g) = chars.iter().map(|c| compact(*c)).collect::<Option<Vec<_>>>() {
        return Some((Face::Compact, chars, g));
    }
    let g = chars.iter().map(|c| unifont(*c)).collect::<Option<Vec<_>>>()?;
    Some((Face::Unifont, chars, g))
}

/// The glyph for `c` in `face` (the ellipsis an elided text ends with).
pub fn glyph(face: Face, c: char) -> Option<Glyph> {
    match face {
        Face::Compact => compact(c),
        Face::Unifont => unifont(c),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_1_and_greek_stay_compact_and_accented_capitals_do_not() {
        assert_eq!(shape("Zoë").map(|s| s.0), Some(Face::Compact));
        assert_eq!(shape("Ωμέγα").map(|s| s.0), Some(Face::Compact));
        assert_eq!(shape("ÜBERZEIT").map(|s| s.0), Some(Face::Unifont));
        assert_eq!(shape("Łukasz").map(|s| s.0), Some(Face::Unifont));
        assert_eq!(shape("مريم"), None, "Arabic needs shaping: plain text");
    }

    #[test]
    fn wide_scripts_are_sixteen_pixels_wide() {
        for name in ["李明", "さくら", "민준"] {
            let (_, _, g) = shape(name).unwrap();
            assert!(g.iter().all(|g| g.width == 16), "{name}");
            assert!(g.iter().all(|g| g.rows.iter().any(|r| *r != 0)), "{name}: blank glyph");
        }
        let (_, _, g) = shape("Дарья").unwrap();
        assert!(g.iter().all(|g| g.width == 8));
    }

    #[test]
    fn a_name_typed_with_combining_marks_draws_as_the_precomposed_one() {
        assert_eq!(shape("Nguye\u{302}\u{303}n"), shape("Nguyễn"));
    }
}
