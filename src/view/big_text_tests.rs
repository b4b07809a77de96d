use super::*;

fn rows(buf: &Buffer) -> Vec<String> {
    (0..buf.area.height)
        .map(|y| (0..buf.area.width).map(|x| buf[(x, y)].symbol().to_string()).collect())
        .collect()
}

fn drawn(text: &str, w: u16, h: u16) -> Vec<String> {
    let area = Rect::new(0, 0, w, h);
    let mut buf = Buffer::empty(area);
    assert!(render(text, Style::new(), area, &mut buf), "{text} not drawn big");
    rows(&buf)
}

/// Columns (in cells) that hold any mark on row `y`.
fn marked(rows: &[String], y: usize) -> Vec<usize> {
    rows[y]
        .chars()
        .enumerate()
        .filter(|(_, c)| *c != ' ' && *c != '\u{2800}')
        .map(|(x, _)| x)
        .collect()
}

#[test]
fn grows_with_the_area_and_stays_in_proportion() {
    let scale = |t: &str, w, h| fit(t, w, h).map(|f| (f.sx, f.sy, f.dots));
    assert_eq!(scale("BEN", 80, 4), Some((2, 1, Dots::Quadrants)));
    assert_eq!(scale("BEN", 200, 8), Some((4, 2, Dots::Quadrants)));
    // Narrower letters before smaller ones.
    assert_eq!(scale("ALEXANDRA", 40, 4), Some((1, 1, Dots::Quadrants)));
    assert_eq!(fit("BEN", 80, 3), None, "under 4 rows there is no big text");
    // A 16-row font keeps every pixel: braille in 4 rows, blocks from 8.
    assert_eq!(scale("李明", 80, 4), Some((1, 1, Dots::Braille)));
    assert_eq!(scale("李明", 200, 8), Some((2, 1, Dots::Quadrants)));
    assert_eq!(fit("مريم", 80, 8), None, "no glyph: the caller writes plain text");
}

#[test]
fn a_long_name_is_elided_in_big_letters_at_a_word() {
    let f = fit("Maria Fernanda Alvarez", 40, 4).unwrap();
    assert_eq!(f.chars.iter().collect::<String>(), "Maria…");
    let f = fit("Bartholomew-Featherstonehaugh", 40, 4).unwrap();
    assert_eq!(f.chars.len(), 10);
    assert_eq!(f.chars.last(), Some(&'…'));
    let f = fit("李明李明李明李明李明李明", 40, 4).unwrap();
    assert_eq!(f.chars.iter().collect::<String>(), "李明李明…");
    assert!(f.size().0 <= 40);
}

#[test]
fn the_state_words_draw_big_in_every_language() {
    for lang in crate::i18n::Lang::ALL {
        crate::i18n::with_lang(lang, || {
            for word in [
                crate::t!("state-wrap-up-big"),
                crate::t!("state-time-big"),
                crate::t!("state-overdue-big"),
                crate::t!("state-paused-big"),
            ] {
                assert!(fit(&word, 80, 4).is_some(), "{word} has a letter without a big glyph");
            }
        });
    }
}

#[test]
fn a_capital_umlaut_is_as_tall_as_the_capitals_beside_it_with_its_dots_above() {
    for (w, h) in [(80, 4), (200, 8)] {
        let r = drawn("ÜBERZEIT", w, h);
        let f = fit("ÜBERZEIT", w, h).unwrap();
        let cells = (8 * f.sx).div_ceil(2) as usize;
        let x0 = (0..r.len())
            .filter_map(|y| marked(&r, y).first().copied())
            .min()
            .unwrap();
        // The rows each letter marks.
        let lit = |k: usize| -> Vec<usize> {
            (0..r.len())
                .filter(|y| {
                    marked(&r, *y)
                        .iter()
                        .any(|x| (x0 + k * cells..x0 + (k + 1) * cells).contains(x))
                })
                .collect()
        };
        let (u, b) = (lit(0), lit(1));
        let shown = r.join("\n");
        assert!(
            b.iter().all(|y| u.contains(y)),
            "{w}×{h}: the Ü is shorter than the B\n{shown}"
        );
        assert!(u[0] < b[0], "{w}×{h}: no dots over the Ü\n{shown}");
    }
}

#[test]
fn a_wide_glyph_is_as_wide_as_two_narrow_ones() {
    // Both in Unifont: an ideograph takes the room of two letters, as in a terminal.
    let wide = fit("李明", 200, 8).unwrap();
    let narrow = fit("ŁmŁm", 200, 8).unwrap();
    assert_eq!((wide.sx, wide.sy), (narrow.sx, narrow.sy));
    assert_eq!(wide.size().0, narrow.size().0);
}

#[test]
fn draws_an_i_in_blocks() {
    let r = drawn("I", 8, 4);
    let n: usize = r.iter().map(|r| r.chars().filter(|c| *c != ' ').count()).sum();
    assert!(n >= 8, "{r:?}");
    assert!(r[0].contains('█') || r[0].contains('▀'));
}

#[test]
fn a_sixteen_row_line_in_four_rows_keeps_every_pixel_in_braille() {
    let f = fit("李", 8, 4).unwrap();
    let r = drawn("李", 8, 4);
    let mut dots = 0;
    for line in &r {
        for c in line.chars() {
            assert!(('\u{2800}'..='\u{28ff}').contains(&c) || c == ' ', "{c:?} in {r:?}");
            dots += (c as u32).saturating_sub(0x2800).count_ones();
        }
    }
    let pixels: u32 = f.glyphs[0].rows.iter().map(|r| r.count_ones()).sum();
    assert_eq!(dots, pixels);
}
