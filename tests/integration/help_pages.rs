//! `?` at 80×24 shows every key's whole description, in every language: the
//! pages, turned with space, hold each description from the key table word for
//! word, none cut with "…".

use ratatui::crossterm::event::KeyCode;

use circle::app::keys::{self, Action, Scope};
use circle::app::{App, Mode, Screen};
use circle::engine::ManualClock;
use circle::i18n::{Lang, with_lang};

use crate::support::screen::{app, clock, press, screen_text};

/// The words of a help page, in reading order.
fn words(screen: &str) -> Vec<String> {
    screen
        .lines()
        .flat_map(|l| l.split_whitespace().map(String::from).collect::<Vec<_>>())
        // The box's own edges are not words.
        .filter(|w| !w.chars().all(|c| "│┌┐└┘─".contains(c)))
        .collect()
}

/// The help box alone: the columns and rows where the screen differs from the
/// one under it (the text of the screen beside the box is no part of it).
fn the_box(under: &str, with: &str) -> String {
    let rows = |s: &str| s.lines().map(|l| l.chars().collect::<Vec<_>>()).collect::<Vec<_>>();
    let (under, with) = (rows(under), rows(with));
    let changed: Vec<(usize, usize)> = (0..with.len())
        .flat_map(|r| (0..with[r].len()).map(move |c| (r, c)))
        .filter(|&(r, c)| under[r].get(c) != with[r].get(c))
        .collect();
    let first = changed.iter().map(|p| p.1).min().unwrap_or(0);
    let last = changed.iter().map(|p| p.1).max().unwrap_or(0);
    let mut rows_changed: Vec<usize> = changed.iter().map(|p| p.0).collect();
    rows_changed.dedup();
    rows_changed
        .into_iter()
        .map(|r| with[r][first..=last].iter().collect::<String>())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every page of the help open on `a` (the box alone), turned with space until it
/// comes round.
pub fn help_pages(a: &mut App, c: &ManualClock, w: u16, h: u16) -> Vec<String> {
    let under = screen_text(a, c, w, h);
    press(a, c, KeyCode::Char('?'));
    assert_eq!(a.mode, Mode::Help);
    let mut pages = vec![the_box(&under, &screen_text(a, c, w, h))];
    for _ in 0..10 {
        press(a, c, KeyCode::Char(' '));
        assert_eq!(a.mode, Mode::Help, "space turns the page, it does not close help");
        let s = the_box(&under, &screen_text(a, c, w, h));
        if s == pages[0] {
            break;
        }
        pages.push(s);
    }
    press(a, c, KeyCode::Char('x'));
    assert_eq!(a.mode, Mode::Normal, "any other key closes help");
    pages
}

fn missing(scope: Scope, pages: &[String]) -> Vec<String> {
    let page_words: Vec<Vec<String>> = pages.iter().map(|p| words(p)).collect();
    keys::bindings(scope)
        .filter(|b| b.action != Action::Help)
        .map(|b| b.does())
        .filter(|does| {
            let want: Vec<String> = does.split_whitespace().map(String::from).collect();
            !page_words
                .iter()
                .any(|w| w.windows(want.len()).any(|win| win == want.as_slice()))
        })
        .collect()
}

fn check(a: &mut App, c: &ManualClock, scope: Scope, lang: Lang, failures: &mut Vec<String>) {
    for (w, h) in [(80, 24), (120, 40), (60, 20)] {
        let pages = help_pages(a, c, w, h);
        let gone = missing(scope, &pages);
        if !gone.is_empty() {
            failures.push(format!("{lang:?} {scope:?} at {w}×{h}: {gone:?}\n{}", pages.join("\n")));
        }
        if (w, h) == (80, 24) && pages.iter().any(|p| p.contains('…')) {
            failures.push(format!("{lang:?} {scope:?} at 80×24 cuts:\n{}", pages.join("\n")));
        }
    }
}

#[test]
fn help_at_80x24_shows_every_whole_description_in_both_languages() {
    let mut failures = Vec::new();
    for lang in [Lang::En, Lang::De] {
        with_lang(lang, || {
            let c = clock();
            let mut a = app("peer-circle", Some("Ana,Ben,Chen,Dee,Eve"));
            check(&mut a, &c, Scope::Ready, lang, &mut failures);
            press(&mut a, &c, KeyCode::Char(' '));
            assert_eq!(a.screen, Screen::Live);
            check(&mut a, &c, Scope::Live, lang, &mut failures);
            while a.screen == Screen::Live {
                press(&mut a, &c, KeyCode::Char('n'));
            }
            check(&mut a, &c, Scope::Finished, lang, &mut failures);
        });
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn help_says_which_page_and_how_to_turn() {
    let c = clock();
    let mut a = app("peer-circle", Some("Ana,Ben,Chen,Dee,Eve"));
    press(&mut a, &c, KeyCode::Char(' '));
    let pages = help_pages(&mut a, &c, 80, 24);
    assert!(pages.len() > 1, "{}", pages[0]);
    let n = pages.len();
    for (k, p) in pages.iter().enumerate() {
        assert!(p.contains(&format!("page {}/{n} — space: next", k + 1)), "{p}");
    }
    // ↑ goes back a page, from the first to the last.
    press(&mut a, &c, KeyCode::Char('?'));
    press(&mut a, &c, KeyCode::Up);
    assert!(screen_text(&a, &c, 80, 24).contains(&format!("page {n}/{n}")));
    press(&mut a, &c, KeyCode::Esc);
    // A window tall enough shows all on one page that says any key closes.
    let tall = help_pages(&mut a, &c, 200, 60);
    assert_eq!(tall.len(), 1);
    assert!(tall[0].contains("any key closes"), "{}", tall[0]);
}
