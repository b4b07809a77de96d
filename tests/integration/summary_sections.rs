//! A summary never has an empty section: every heading has something under it, for
//! every built-in protocol, whether a meeting ran to the end or was cut short.

use ratatui::crossterm::event::KeyCode;

use circle::app::Screen;
use circle::engine::Clock;

use crate::support::screen::{app, clock, press};

/// Headings with nothing before the next heading (or the end).
fn empty_sections(md: &str) -> Vec<String> {
    let lines: Vec<&str> = md.lines().collect();
    let mut empty = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        if !line.starts_with('#') {
            continue;
        }
        let level = line.chars().take_while(|c| *c == '#').count();
        let next = lines[i + 1..].iter().find(|l| !l.trim().is_empty());
        let body = next.is_some_and(|n| !n.starts_with('#') || n.chars().take_while(|c| *c == '#').count() > level);
        if !body {
            empty.push(line.to_string());
        }
    }
    empty
}

#[test]
fn the_checker_sees_an_empty_section() {
    assert_eq!(empty_sections("# A\n\n## B\n\n## C\n\ntext\n"), ["## B"]);
    assert!(empty_sections("# A\n\n## B\n\n### C\n\n- x\n").is_empty());
}

#[test]
fn no_builtin_protocol_leaves_an_empty_section() {
    for (id, _) in circle::protocol::builtin::BUILTINS {
        let g = circle::protocol::Library::load(None).get(id).unwrap().group;
        let smallest = g.min.unwrap_or(2).max(2);
        let sizes = [smallest, 5u32.max(smallest).min(g.max.unwrap_or(15))];
        let runs = sizes
            .into_iter()
            .flat_map(|n| [(n, false, false), (n, true, false), (n, false, true), (n, true, true)]);
        for (size, cut_short, only_commitments) in runs {
            let c = clock();
            let n = size as usize;
            let members = ["Ana", "Ben", "Chen", "Dee", "Eve", "Fay", "Gus", "Hal"][..n].join(",");
            let mut a = app(id, Some(&members));
            press(&mut a, &c, KeyCode::Char(' '));
            let mut step = 0;
            while a.screen != Screen::Finished && !(cut_short && step == 4 + 2 * usize::from(only_commitments)) {
                c.advance_secs(20);
                // A note in every step (it becomes whatever the phase makes of it),
                // or only where commitments are made.
                let kind = a.engine().unwrap().current_step().kind;
                // (Cut short and "only": notes in the first steps only, which makes
                // sections that might have nothing else in them.)
                let skip = match (only_commitments, cut_short) {
                    (true, false) => kind != circle::protocol::Kind::Commitment,
                    (true, true) => step > 1,
                    _ => false,
                };
                if skip {
                    press(&mut a, &c, KeyCode::Char('n'));
                    step += 1;
                    continue;
                }
                press(&mut a, &c, KeyCode::Char('i'));
                for ch in format!("Try a small step {step} by 2026-12-20").chars() {
                    press(&mut a, &c, KeyCode::Char(ch));
                }
                press(&mut a, &c, KeyCode::Enter);
                press(&mut a, &c, KeyCode::Esc);
                press(&mut a, &c, KeyCode::Char('3'));
                press(&mut a, &c, KeyCode::Char('n'));
                step += 1;
            }
            let record = a.meeting.as_ref().and_then(|m| m.record_at(c.now())).unwrap();
            let md = circle::record::summary::markdown(&record);
            let empty = empty_sections(&md);
            assert!(
                empty.is_empty(),
                "{id}, {n} members (cut short: {cut_short}, only commitments: {only_commitments}): empty {empty:?}\n{md}"
            );
        }
    }
}
