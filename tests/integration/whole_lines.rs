//! At 80×24 the words around the clock are whole: the coach's hint and the echo
//! of a commitment wrap (the suggested rewording and the buddy are their ends),
//! "on track" is said once, every norm is on screen or a marker says more are
//! there, and a rules line that must shrink keeps whole rules.

use ratatui::crossterm::event::KeyCode;

use circle::app::{App, Screen};
use circle::engine::ManualClock;
use circle::i18n::{Lang, with_lang};
use circle::protocol::{Kind, Library};

use crate::live_screen::type_text;
use crate::support::screen::{app, app_with, clock, press, screen_text};

/// The words of a screen, in reading order.
fn words(screen: &str) -> Vec<String> {
    screen
        .lines()
        .flat_map(|l| {
            l.trim_matches('"')
                .split_whitespace()
                .map(String::from)
                .collect::<Vec<_>>()
        })
        .collect()
}

/// `text`, word for word, somewhere on `screen`.
fn whole_on(screen: &str, text: &str) -> bool {
    let want: Vec<String> = text.split_whitespace().map(String::from).collect();
    words(screen).windows(want.len()).any(|w| w == want.as_slice())
}

/// Words cut with "…" (a lone "…" says more items follow, which is not a cut).
pub fn cut_words(screen: &str) -> Vec<String> {
    words(screen)
        .into_iter()
        .filter(|w| {
            let bare = w.trim_matches(|c: char| "\"“”„»«)(".contains(c));
            bare.ends_with('…') && bare.chars().count() > 1
        })
        .collect()
}

fn to_kind(a: &mut App, c: &ManualClock, kind: Kind) {
    if a.screen == Screen::Ready {
        press(a, c, KeyCode::Char(' '));
    }
    while a.engine().unwrap().current_step().kind != kind {
        press(a, c, KeyCode::Char('n'));
    }
}

fn note(a: &mut App, c: &ManualClock, text: &str) {
    press(a, c, KeyCode::Char('i'));
    type_text(a, c, text);
    press(a, c, KeyCode::Enter);
}

#[test]
fn the_coach_hint_wraps_whole_at_80x24_in_both_languages() {
    for (lang, question) in [
        (Lang::En, "Did you talk to him?"),
        (Lang::De, "Hast du mit ihm gesprochen?"),
    ] {
        with_lang(lang, || {
            let c = clock();
            let mut a = app("peer-circle", Some("Ana,Ben,Chen,Dee,Eve"));
            to_kind(&mut a, &c, Kind::Questions);
            note(&mut a, &c, question);
            let echo = a.ui.notes.echo.clone().expect("an echo");
            let hint = echo.hint.expect("a hint for a closed question");
            let s = screen_text(&a, &c, 80, 24);
            assert!(whole_on(&s, &hint), "{lang:?}: the hint is cut:\n{hint}\n{s}");
            assert!(whole_on(&s, &echo.said), "{lang:?}: the echo is cut:\n{s}");
            // The line being typed stays, and its own keys are in the footer.
            assert!(s.contains('▏'), "{lang:?}: the notes line is gone:\n{s}");
        });
    }
}

#[test]
fn the_commitment_echo_keeps_its_buddy_at_80x24_in_both_languages() {
    for lang in [Lang::En, Lang::De] {
        with_lang(lang, || {
            let c = clock();
            let mut a = app("peer-circle", Some("Ana,Ben,Chen,Dee,Eve"));
            to_kind(&mut a, &c, Kind::Commitment);
            let s = screen_text(&a, &c, 80, 24);
            assert!(cut_words(&s).is_empty(), "{lang:?}: the commitment step cuts:\n{s}");
            note(
                &mut a,
                &c,
                "Ana: I will call the budget office and ask for the numbers by Friday",
            );
            let echo = a.ui.notes.echo.clone().expect("an echo");
            let s = screen_text(&a, &c, 80, 24);
            assert!(
                whole_on(&s, &echo.said),
                "{lang:?}: the echo is cut:\n{}\n{s}",
                echo.said
            );
            assert!(echo.said.contains("Ben"), "the buddy is named: {}", echo.said);
        });
    }
}

#[test]
fn on_track_is_said_once() {
    for lang in [Lang::En, Lang::De] {
        with_lang(lang, || {
            let on_track = circle::t!("on-track");
            let c = clock();
            let mut a = app("peer-circle", Some("Ana,Ben,Chen,Dee,Eve"));
            press(&mut a, &c, KeyCode::Char(' '));
            while a.screen == Screen::Live {
                for curtain in [false, true] {
                    if curtain {
                        press(&mut a, &c, KeyCode::Char('c'));
                    }
                    for (w, h) in [(80, 24), (200, 60)] {
                        let s = screen_text(&a, &c, w, h);
                        assert!(
                            s.matches(&on_track).count() <= 1,
                            "{lang:?} {} curtain {curtain} at {w}×{h}:\n{s}",
                            a.engine().unwrap().current_step().title
                        );
                    }
                    if curtain {
                        press(&mut a, &c, KeyCode::Char('c'));
                    }
                }
                press(&mut a, &c, KeyCode::Char('n'));
            }
        });
    }
}

fn with_norms(norms: &[&str]) -> App {
    let mut p = Library::load(None).get("peer-circle").unwrap().clone();
    p.norms = norms.iter().map(|n| n.to_string()).collect();
    app_with(p, Some("Ana,Ben,Chen,Dee,Eve"))
}

#[test]
fn five_norms_are_all_on_screen_at_80x24() {
    let norms = [
        "What is said in the circle stays in the circle.",
        "Everyone has a voice, and everyone gets the same time.",
        "We respect each other, especially when we disagree.",
        "We are all teachers and all learners.",
        "We start on time and end on time, whoever is late.",
    ];
    for lang in [Lang::En, Lang::De] {
        with_lang(lang, || {
            let c = clock();
            let mut a = with_norms(&norms);
            to_kind(&mut a, &c, Kind::Norms);
            let s = screen_text(&a, &c, 80, 24);
            for n in norms {
                assert!(whole_on(&s, n), "{lang:?}: {n} is not whole:\n{s}");
            }
        });
    }
}

#[test]
fn norms_that_do_not_fit_scroll_with_a_marker() {
    let norms: Vec<String> = (1..=9)
        .map(|k| format!("Norm number {k} is long enough to wrap onto a second line at eighty columns, as some are."))
        .collect();
    let refs: Vec<&str> = norms.iter().map(String::as_str).collect();
    let c = clock();
    let mut a = with_norms(&refs);
    to_kind(&mut a, &c, Kind::Norms);
    let s = screen_text(&a, &c, 80, 24);
    assert!(whole_on(&s, &norms[0]), "{s}");
    assert!(s.contains("more below (↓ to scroll)"), "no marker:\n{s}");
    let mut seen_last = false;
    for _ in 0..norms.len() {
        press(&mut a, &c, KeyCode::Down);
        let s = screen_text(&a, &c, 80, 24);
        assert!(!s.contains("… ") || s.contains("more "), "{s}");
        seen_last |= whole_on(&s, &norms[8]);
    }
    assert!(seen_last, "↓ never reaches the last norm");
    let s = screen_text(&a, &c, 80, 24);
    assert!(s.contains("more above (↑)"), "no marker above:\n{s}");
}

/// German rules at wrap-up, time and pause, on every built-in step that has
/// rules: whole rules, the first (the most important) always among them.
#[test]
fn a_rules_line_that_shrinks_keeps_whole_rules() {
    use circle::tui::showcase::{Shown, consultation, put_in};
    with_lang(Lang::De, || {
        for shown in [Shown::Calm, Shown::WrapUp, Shown::Time, Shown::Paused, Shown::Overtime] {
            let (a, c) = put_in(consultation(circle::cli::ThemeName::Mono), shown);
            let step = a.engine().unwrap().current_step().clone();
            assert!(!step.rules.is_empty());
            let s = screen_text(&a, &c, 80, 24);
            assert!(cut_words(&s).is_empty(), "{shown:?}: {:?}\n{s}", cut_words(&s));
            let first = step.rules[0].to_uppercase();
            assert!(whole_on(&s, &first), "{shown:?}: {first} is not whole:\n{s}");
            for rule in &step.rules {
                let rule = rule.to_uppercase();
                let words: Vec<&str> = rule.split_whitespace().collect();
                // A rule is on screen whole or not at all.
                let some = words.iter().any(|w| s.contains(w) && w.chars().count() > 6);
                assert!(!some || whole_on(&s, &rule), "{shown:?}: half of {rule}:\n{s}");
            }
        }
    });
}

/// The end screen: airtime times in a column, clear of their bars; the notes'
/// path whole however long.
#[test]
fn the_end_screen_keeps_airtime_apart_and_the_path_whole() {
    use circle::engine::Clock;
    let c = clock();
    let mut a = app("peer-circle", Some("Ana,Ben,Chen,Dee,Eve"));
    press(&mut a, &c, KeyCode::Char(' '));
    while a.screen == Screen::Live {
        c.advance_secs(200);
        a.update(circle::app::Msg::Tick, c.now());
        press(&mut a, &c, KeyCode::Char('n'));
    }
    let long = format!(
        "/home/someone/{}/notes/2026-11-22-1400-peer-circle.md",
        "a-long-folder".repeat(6)
    );
    a.ui.saved_to = Some(std::path::PathBuf::from(&long));
    let s = screen_text(&a, &c, 80, 24);
    let rows: Vec<&str> = s.lines().filter(|l| l.contains('█')).collect();
    assert_eq!(rows.len(), 5, "{s}");
    let bar_at: Vec<usize> = rows.iter().map(|l| l.chars().position(|c| c == '█').unwrap()).collect();
    assert!(bar_at.windows(2).all(|w| w[0] == w[1]), "bars out of line:\n{s}");
    for r in &rows {
        assert!(
            r.contains(":40  █") || r.contains(":20  █"),
            "a time glued to its bar: {r}"
        );
    }
    let flat: String = s.lines().map(|l| l.trim_matches('"').trim()).collect();
    assert!(flat.contains(&long), "the path is cut:\n{s}");
}

/// At 40×10 there is no room for the notes line; keys still go into it, and
/// the status row says so, in each language.
#[test]
fn a_notes_line_too_small_to_show_says_it_is_open() {
    for lang in [Lang::En, Lang::De] {
        with_lang(lang, || {
            let (mut a, c) = circle::tui::showcase::questions(circle::cli::ThemeName::Mono);
            press(&mut a, &c, KeyCode::Char('i'));
            let s = screen_text(&a, &c, 40, 10);
            let said = circle::t!("notes-too-small");
            assert!(s.contains(&said), "{lang:?}:\n{s}");
        });
    }
}

/// The phase title stays whole before the details beside it give way (60×15).
#[test]
fn the_phase_title_is_whole_before_the_details() {
    with_lang(Lang::De, || {
        let (a, c) = circle::tui::showcase::consultation(circle::cli::ThemeName::Mono);
        let title = a.engine().unwrap().current_step().title.clone();
        for (w, h) in [(60, 15), (80, 24)] {
            let s = screen_text(&a, &c, w, h);
            let top = s.lines().nth(1).unwrap();
            assert!(top.contains(&title), "{w}×{h}: {top}");
        }
    });
}

/// A Greek name is drawn in big letters, as a Latin one is.
#[test]
fn a_greek_name_is_drawn_big() {
    use crate::bigread::band_rows;
    let c = clock();
    // Ωμέγα presents: the challenge is theirs alone (questions are an open floor).
    let mut a = app("peer-circle", Some("Ωμέγα,Ana,Chen,Dee,Eve"));
    to_kind(&mut a, &c, Kind::Challenge);
    assert_eq!(a.engine().unwrap().current_step().speaker.as_deref(), Some("Ωμέγα"));
    let s = crate::live_screen::text(&a, &c, 80, 24);
    // μ reads back as µ (the micro sign of Latin-1 has the same glyph).
    let rows = band_rows(&s, "Ωμέγα").or(band_rows(&s, "Ωµέγα"));
    assert_eq!(rows, Some(4), "{:?}\n{s}", crate::bigread::bands(&s));
}
