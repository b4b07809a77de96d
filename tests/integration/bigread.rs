//! Reading the big letters back off a screen, as a person would: the block glyphs
//! of a band of rows are turned back into pixels and matched against the 8×8 font
//! at every scale and offset; a band reads only if re-drawing the letters found
//! gives exactly the pixels on screen.

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

pub fn is_block(c: char) -> bool {
    c != ' ' && quads(c).is_some()
}

fn font() -> Vec<(char, [u8; 8])> {
    let mut f: Vec<(char, [u8; 8])> = (0x21u8..0x7f).map(|c| (c as char, BASIC_LEGACY[c as usize])).collect();
    f.extend((0xa1u32..=0xff).filter_map(|c| Some((char::from_u32(c)?, LATIN_LEGACY[(c - 0xa0) as usize]))));
    f.extend((0x391u32..=0x3c9).filter_map(|c| Some((char::from_u32(c)?, GREEK_LEGACY[(c - 0x390) as usize]))));
    f.push(('…', [0, 0, 0, 0, 0, 0xDB, 0xDB, 0]));
    f
}

/// The text drawn in big letters on `rows` of `screen`, if it reads.
pub fn read(screen: &[Vec<char>], rows: std::ops::Range<usize>) -> Option<String> {
    let width = screen.iter().map(Vec::len).max()?;
    let h = rows.len();
    let (gw, gh) = (width * 2, h * 2);
    let mut grid = vec![false; gw * gh];
    for (ry, y) in rows.clone().enumerate() {
        for (x, &c) in screen[y].iter().enumerate() {
            // Anything else on these rows (text) means this is not a band of letters.
            let q = quads(c)?;
            for (k, on) in q.iter().enumerate() {
                grid[(ry * 2 + k / 2) * gw + x * 2 + k % 2] = *on;
            }
        }
    }
    let lit = |x: usize, y: usize| grid[y * gw + x];
    let cols: Vec<usize> = (0..gw).filter(|&x| (0..gh).any(|y| lit(x, y))).collect();
    let lines: Vec<usize> = (0..gh).filter(|&y| (0..gw).any(|x| lit(x, y))).collect();
    let (cmin, cmax) = (*cols.first()?, *cols.last()?);
    let (rmin, rmax) = (*lines.first()?, *lines.last()?);
    let font = font();
    for sy in (1..=h / 4 + 1).rev() {
        for sx in (1..=2 * sy).rev() {
            let (gwid, ghei) = (8 * sx, 8 * sy);
            for yoff in (rmax + 1).saturating_sub(ghei)..=rmin {
                for xoff in (cmin + 1).saturating_sub(gwid)..=cmin {
                    if let Some(t) = decode(&grid, gw, gh, xoff, yoff, sx, sy, cmax, &font) {
                        return Some(t);
                    }
                }
            }
        }
    }
    None
}

#[allow(clippy::too_many_arguments)]
fn decode(
    grid: &[bool],
    gw: usize,
    gh: usize,
    xoff: usize,
    yoff: usize,
    sx: usize,
    sy: usize,
    cmax: usize,
    font: &[(char, [u8; 8])],
) -> Option<String> {
    let n = (cmax + 1 - xoff).div_ceil(8 * sx);
    let mut redrawn = vec![false; gw * gh];
    let mut text = String::new();
    for g in 0..n {
        let mut bits = [0u8; 8];
        for (row, b) in bits.iter_mut().enumerate() {
            for col in 0..8 {
                let (x, y) = (xoff + (g * 8 + col) * sx, yoff + row * sy);
                if x < gw && y < gh && grid[y * gw + x] {
                    *b |= 1 << col;
                }
            }
        }
        let c = if bits == [0; 8] {
            ' '
        } else {
            font.iter().find(|(_, f)| *f == bits)?.0
        };
        text.push(c);
        for row in 0..8 * sy {
            for col in 0..8 * sx {
                let (x, y) = (xoff + g * 8 * sx + col, yoff + row);
                if x < gw && y < gh && bits[row / sy] & (1 << (col / sx)) != 0 {
                    redrawn[y * gw + x] = true;
                }
            }
        }
    }
    (redrawn == grid).then(|| text.trim().to_string())
}

/// Runs of rows holding block glyphs: (first row, number of rows, text if it reads).
pub fn bands(screen: &str) -> Vec<(usize, usize, Option<String>)> {
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
        // The ribbon row (▰█▱) is one row of mixed glyphs, not a band.
        out.push((start, y - start, read(&lines, start..y)));
    }
    out
}

/// The band that reads as `text`, with its height in rows.
pub fn band_rows(screen: &str, text: &str) -> Option<usize> {
    bands(screen)
        .into_iter()
        .find(|(_, _, t)| t.as_deref() == Some(text))
        .map(|(_, n, _)| n)
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
