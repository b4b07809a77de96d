//! Who is next, said in a turn's last half minute; when each part starts, on the
//! ready screen's plan.

use circle::app::Msg;
use circle::cli::ThemeName;
use circle::engine::Clock;
use circle::i18n::{Lang, with_lang};
use circle::tui::showcase::questions;

use crate::bigread::{band_rows, bands};
use crate::support::screen::{app, clock, screen_text};

#[test]
fn the_last_half_minute_of_a_turn_says_who_is_next() {
    for (lang, cue) in [
        (Lang::En, "Chen next · 0:25"),
        (Lang::De, "Chen ist als Nächstes dran · 0:25"),
    ] {
        with_lang(lang, || {
            let (mut a, c) = questions(ThemeName::Mono);
            assert_eq!(a.engine().unwrap().current_step().speaker.as_deref(), Some("Ben"));
            let left = a.engine().unwrap().time(c.now()).remaining_ms as u64;
            c.advance_ms(left - 40_000);
            a.update(Msg::Tick, c.now());
            let s = screen_text(&a, &c, 80, 24);
            assert!(!s.contains("Chen next") && !s.contains("Chen ist"), "too early:\n{s}");
            assert_eq!(band_rows(&s, "» Chen"), None, "too early:\n{s}");
            c.advance_ms(15_000);
            a.update(Msg::Tick, c.now());
            for (w, h) in [(80, 24), (200, 60)] {
                let s = screen_text(&a, &c, w, h);
                assert!(s.contains(cue), "{lang:?} {w}×{h}:\n{s}");
                // And big, for a thumbnail: "» Chen" in block letters, rows tall.
                let rows = band_rows(&s, "» Chen");
                assert!(rows.is_some_and(|r| r >= 4), "{lang:?} {w}×{h}: {:?}\n{s}", bands(&s));
            }
            // Once the time is up, the alert says so; the cue has done its work.
            c.advance_ms(30_000);
            a.update(Msg::Tick, c.now());
            let s = screen_text(&a, &c, 80, 24);
            assert!(!s.contains(cue) && band_rows(&s, "» Chen").is_none(), "{s}");
        });
    }
}

#[test]
fn the_ready_plan_says_when_each_part_starts() {
    for (lang, head) in [
        (Lang::En, "starts if you begin now"),
        (Lang::De, "wenn ihr jetzt anfangt"),
    ] {
        with_lang(lang, || {
            let c = clock();
            let a = app("peer-circle", Some("Ana,Ben,Chen,Dee,Eve"));
            let s = screen_text(&a, &c, 80, 40);
            assert!(s.contains(head), "{s}");
            // The clock reads 14:00: the norms first, the challenge 5:58 later.
            assert!(s.contains("14:00   5:58"), "{s}");
            assert!(s.contains("14:05  11:39"), "{s}");
        });
    }
}

/// The alert bars stand beside the digits, a few columns from them, at every
/// width: not at the window's edges (60 columns away at 200×60), never touching.
#[test]
fn the_alert_bars_stand_a_fixed_gap_from_the_digits() {
    use circle::tui::showcase::{Shown, app_in};
    for (w, h) in [(80, 24), (120, 40), (200, 60)] {
        let (a, c) = app_in(Shown::Overtime, ThemeName::Mono);
        let s = crate::live_screen::text(&a, &c, w, h);
        // The gap between the left bar (the first two columns of ink) and the
        // digits' first ink, the narrowest over the rows that have both.
        let found: Vec<(usize, usize)> = s
            .lines()
            .filter_map(|l| {
                let cells: Vec<char> = l.chars().collect();
                let bar = cells.iter().position(|c| *c != ' ')?;
                if cells[bar] != '█' || cells.get(bar + 1) != Some(&'█') || cells.get(bar + 2) != Some(&' ') {
                    return None;
                }
                let next = cells[bar + 2..].iter().position(|c| *c != ' ')?;
                Some((bar, next))
            })
            .collect();
        // The bars are the column most rows start at (the name above is shorter).
        let column = (0..w as usize)
            .max_by_key(|x| found.iter().filter(|(b, _)| b == x).count())
            .unwrap();
        let gaps: Vec<usize> = found.iter().filter(|(b, _)| *b == column).map(|(_, g)| *g).collect();
        let gap = gaps
            .iter()
            .min()
            .copied()
            .unwrap_or_else(|| panic!("{w}×{h}: no bars:\n{s}"));
        assert!(
            (3..=12).contains(&gap),
            "{w}×{h}: the bars are {gap} columns from the digits:\n{s}"
        );
    }
}
