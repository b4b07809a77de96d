//! Every step of every built-in protocol, calm and at wrap-up, at 80×24, 120×40
//! and 200×60, in English and German, with members whose names are written in
//! six scripts: no word is cut with "…" (a protocol's own "…" in its text is its
//! text), no text is drawn twice on the live screen, and the speaker's name is
//! drawn in big letters (it reads back off the screen over three rows or more).

use ratatui::crossterm::event::KeyCode;

use circle::app::{Msg, Screen};
use circle::engine::Clock;
use circle::i18n::{Lang, with_lang};
use circle::protocol::Library;

use crate::bigread::band_rows;
use crate::support::screen::{app, clock, press, screen_text};
use crate::whole_lines::cut_words;

/// Members from six scripts, a presenter and speakers in every one.
const MEMBERS: [&str; 6] = ["Łukasz", "李明", "Дарья", "Nguyễn", "Ωμέγα", "Zoë"];

/// Pieces of text (a row's runs between gaps of two or more spaces) that are on
/// the screen more than once: the same words said twice.
pub fn drawn_twice(screen: &str) -> Vec<String> {
    let mut count: std::collections::HashMap<&str, usize> = Default::default();
    for line in screen.lines() {
        let line = line.strip_prefix('"').and_then(|l| l.strip_suffix('"')).unwrap_or(line);
        for piece in line.split("  ").map(str::trim) {
            // Words, not marks: block letters and bars are drawn, not written.
            if piece.chars().filter(|c| c.is_alphabetic()).count() >= 4 && !piece.chars().any(crate::bigread::is_block)
            {
                *count.entry(piece).or_default() += 1;
            }
        }
    }
    let mut twice: Vec<String> = count
        .into_iter()
        .filter(|(_, n)| *n > 1)
        .map(|(p, _)| p.to_string())
        .collect();
    twice.sort();
    twice
}

#[test]
fn drawn_twice_finds_a_repeated_line_and_nothing_else() {
    let s = "\"  ● on track   Chen next \"\n\"Planned end 16:00\"\n\"  ● on track\"";
    assert_eq!(drawn_twice(s), vec!["● on track".to_string()]);
    assert!(drawn_twice("\"▀▀▀▀▀▀  ▀▀▀▀▀▀\"\n\"up next  a b\"").is_empty());
}

const SIZES: [(u16, u16); 3] = [(80, 24), (120, 40), (200, 60)];

#[test]
fn no_word_is_cut_nothing_is_said_twice_and_every_name_is_big_on_any_screen_of_any_built_in() {
    let lib = Library::load(None);
    let mut failures = Vec::new();
    for lang in [Lang::En, Lang::De] {
        with_lang(lang, || {
            for p in &lib.entries {
                let p = &p.0;
                // The protocol's own text may hold "…" ("If I were you…"): not a cut.
                let own: String = format!("{:?}", p);
                let min = p.group.min.unwrap_or(2) as usize;
                let max = p.group.max.unwrap_or(12) as usize;
                let n = 5.clamp(min, max);
                let members = MEMBERS[..n].join(",");
                let c = clock();
                let mut a = app(&p.id, Some(&members));
                let mut look = |a: &circle::app::App, what: &str| {
                    for (w, h) in SIZES {
                        let s = screen_text(a, &c, w, h);
                        if a.screen == Screen::Live {
                            let twice = drawn_twice(&s);
                            if !twice.is_empty() {
                                failures.push(format!("{lang:?} {} {what} {w}×{h}: drawn twice {twice:?}\n{s}", p.id));
                            }
                            // Names are big from 80×24 up: the speaker's must read back.
                            let speaker = a.engine().unwrap().current_step().speaker.clone();
                            if let Some(name) = speaker
                                && band_rows(&s, &name).is_none_or(|rows| rows < 3)
                            {
                                failures.push(format!("{lang:?} {} {what} {w}×{h}: {name} not big\n{s}", p.id));
                            }
                        }
                        let cut: Vec<String> = cut_words(&s)
                            .into_iter()
                            .filter(|word| {
                                let bare = word.trim_matches(|c: char| "\"“”„»«)(".contains(c));
                                !own.contains(bare) && !own.to_uppercase().contains(bare)
                            })
                            .collect();
                        if !cut.is_empty() {
                            let rows: Vec<&str> = s
                                .lines()
                                .filter(|l| cut.iter().any(|c| l.contains(c.as_str())))
                                .collect();
                            failures.push(format!(
                                "{lang:?} {} {what} {w}×{h}: {cut:?}\n{}",
                                p.id,
                                rows.join("\n")
                            ));
                        }
                    }
                };
                look(&a, "ready");
                press(&mut a, &c, KeyCode::Char(' '));
                while a.screen == Screen::Live {
                    let step = a.engine().unwrap().current_step().title.clone();
                    look(&a, &step);
                    let left = a.engine().unwrap().time(c.now()).remaining_ms;
                    if left > 20_000 {
                        c.advance_ms((left - 20_000) as u64);
                        a.update(Msg::Tick, c.now());
                        look(&a, &format!("{step}, wrap-up"));
                    }
                    press(&mut a, &c, KeyCode::Char('n'));
                }
                look(&a, "finished");
            }
        });
    }
    failures.dedup();
    assert!(failures.is_empty(), "{} cut:\n{}", failures.len(), failures.join("\n"));
}
