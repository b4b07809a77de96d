//! Every step of every built-in protocol, calm and at wrap-up, at 80×24, 120×40
//! and 200×60, in English and German: no word is cut with "…" (a protocol's own
//! "…" in its text is its text), and "on track" is said at most once.

use ratatui::crossterm::event::KeyCode;

use circle::app::{Msg, Screen};
use circle::engine::Clock;
use circle::i18n::{Lang, with_lang};
use circle::protocol::Library;

use crate::render::{app, clock, press, screen_text};
use crate::whole_lines::cut_words;

const SIZES: [(u16, u16); 3] = [(80, 24), (120, 40), (200, 60)];

#[test]
fn no_word_is_cut_on_any_screen_of_any_built_in() {
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
                let members = crate::german_check::MEMBERS[..n].join(",");
                let c = clock();
                let mut a = app(&p.id, Some(&members));
                let mut look = |a: &circle::app::App, what: &str| {
                    for (w, h) in SIZES {
                        let s = screen_text(a, &c, w, h);
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
