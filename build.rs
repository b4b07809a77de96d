//! The big letters' second font: the GNU Unifont glyphs (8×16, 16×16 for wide
//! characters) of the scripts people's names are written in, taken from the
//! `unifont` crate at build time. Only these blocks are embedded (about 1.1 MB of the
//! crate's 2 MB: the whole font would bring Arabic, Indic and other scripts that
//! need shaping the big letters cannot do), as rows of bits in a binary file that
//! `src/view/big_font.rs` indexes.

use std::env;
use std::fmt::Write as _;
use std::fs;
use std::path::Path;

/// Code point blocks drawn big from Unifont: Latin (with Latin Extended A/B and
/// the Vietnamese precomposed letters), Greek, Cyrillic, Armenian, Georgian, the
/// punctuation names carry, kana, the CJK ideographs in everyday use (the
/// extensions' rare ones are left out: 200 KB more), Hangul syllables and
/// full-width forms.
const BLOCKS: [(u32, u32); 11] = [
    (0x0020, 0x024F),
    (0x0370, 0x052F),
    (0x0530, 0x058F),
    (0x10A0, 0x10FF),
    (0x1E00, 0x1FFF),
    (0x2010, 0x2027),
    (0x3000, 0x303F),
    (0x3040, 0x30FF),
    (0x4E00, 0x9FFF),
    (0xAC00, 0xD7A3),
    (0xFF00, 0xFFEF),
];

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let mut data: Vec<u8> = Vec::new();
    // Runs of consecutive code points of one width: (first, count, wide, offset).
    let mut runs: Vec<(u32, u32, bool, usize)> = Vec::new();
    for (lo, hi) in BLOCKS {
        for cp in lo..=hi {
            let Some(glyph) = char::from_u32(cp).and_then(unifont::get_glyph) else {
                continue;
            };
            let wide = glyph.is_fullwidth();
            match runs.last_mut() {
                Some((first, count, w, _)) if *first + *count == cp && *w == wide => *count += 1,
                _ => runs.push((cp, 1, wide, data.len())),
            }
            // Row by row, column x in bit x (the leftmost pixel in the lowest bit,
            // as font8x8 has it), little-endian for wide rows.
            for y in 0..16 {
                let mut row: u16 = 0;
                for x in 0..glyph.get_width() {
                    if glyph.get_pixel(x, y) {
                        row |= 1 << x;
                    }
                }
                if wide {
                    data.extend_from_slice(&row.to_le_bytes());
                } else {
                    data.push(row as u8);
                }
            }
        }
    }
    let dir = Path::new(&out);
    fs::write(dir.join("unifont_subset.bin"), &data).expect("write the glyphs");
    let mut index = format!("pub(super) static RUNS: [Run; {}] = [\n", runs.len());
    for (first, count, wide, offset) in &runs {
        writeln!(
            index,
            "    Run {{ first: {first}, count: {count}, wide: {wide}, offset: {offset} }},"
        )
        .unwrap();
    }
    index.push_str("];\n");
    fs::write(dir.join("unifont_subset.rs"), index).expect("write the index");
}
