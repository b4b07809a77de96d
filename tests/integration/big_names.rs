//! Every name is drawn big, whatever its script: the speaker's name band reads
//! back (against the fonts themselves) as the name, over three rows or more of block
//! or braille glyphs, at 80×24, 120×40 and 200×60.

use circle::engine::Clock;
use circle::protocol::Kind;
use ratatui::crossterm::event::KeyCode;

use crate::bigread::{band_rows, bands};
use crate::support::screen::{app, clock, press};

pub const NAMES: [&str; 9] = [
    "Łukasz",
    "李明",
    "Дарья",
    "Dvořák",
    "Nguyễn",
    "Ωμέγα",
    "さくら",
    "민준",
    "Zoë",
];

#[test]
fn every_script_s_names_are_drawn_big_at_every_size() {
    let mut failures = Vec::new();
    for name in NAMES {
        let c = clock();
        // The name presents: the challenge is theirs alone.
        let mut a = app("peer-circle", Some(&format!("{name},Ana,Chen,Dee")));
        press(&mut a, &c, KeyCode::Char(' '));
        while a.engine().unwrap().current_step().kind != Kind::Challenge {
            press(&mut a, &c, KeyCode::Char('n'));
        }
        assert_eq!(a.engine().unwrap().current_step().speaker.as_deref(), Some(name));
        for (w, h) in [(80, 24), (120, 40), (200, 60)] {
            let s = crate::live_screen::text(&a, &c, w, h);
            match band_rows(&s, name) {
                // Three rows of ink at the least: a 16-row line in a band of 4 may leave
                // the top one blank (no accent, no ascender: "Дарья").
                Some(rows) if rows >= 3 => {}
                other => failures.push(format!("{name} {w}×{h}: {other:?} {:?}\n{s}", bands(&s))),
            }
        }
        let _ = c.now();
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// ÜBERZEIT, the German overtime word: its Ü is a capital as tall as the rest.
#[test]
fn the_german_overtime_word_reads_whole() {
    use circle::cli::ThemeName;
    use circle::i18n::{Lang, with_lang};
    use circle::tui::showcase::{Shown, app_in};
    with_lang(Lang::De, || {
        for (w, h) in [(80, 24), (200, 60)] {
            let (a, c) = app_in(Shown::Overtime, ThemeName::Mono);
            let s = crate::live_screen::text(&a, &c, w, h);
            let rows = band_rows(&s, "ÜBERZEIT");
            assert!(rows.is_some_and(|r| r >= 4), "{w}×{h}: {:?}\n{s}", bands(&s));
        }
    });
}

/// A name big letters cannot draw (Arabic needs shaping; an emoji has no glyph)
/// is written on one line in the middle of the band kept for it, not at its top:
/// the rows above and below it within the band are blank alike.
#[test]
fn a_name_drawn_small_sits_in_the_middle_of_its_band() {
    for name in ["محمد", "Ana 🙂"] {
        let c = clock();
        let mut a = app("peer-circle", Some(&format!("{name},Ben,Chen,Dee")));
        press(&mut a, &c, KeyCode::Char(' '));
        while a.engine().unwrap().current_step().kind != Kind::Challenge {
            press(&mut a, &c, KeyCode::Char('n'));
        }
        for (w, h) in [(80, 24), (120, 40), (200, 60)] {
            let s = crate::live_screen::text(&a, &c, w, h);
            let lines: Vec<&str> = s.lines().collect();
            let at = lines
                .iter()
                .position(|l| l.trim() == name)
                .unwrap_or_else(|| panic!("{name} {w}×{h}: not on screen\n{s}"));
            let blank = |i: usize| lines[i].trim().is_empty();
            let above = (0..at).rev().take_while(|&i| blank(i)).count();
            let below = (at + 1..lines.len()).take_while(|&i| blank(i)).count();
            // The band's own blank rows are split evenly; below it may come more.
            assert!(above >= 1, "{name} {w}×{h}: at the top of its band\n{s}");
            assert!(
                below >= above,
                "{name} {w}×{h}: {above} blank rows above, {below} below\n{s}"
            );
        }
    }
}
