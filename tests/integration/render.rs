//! The screen drawn off-screen with ratatui's TestBackend: snapshots of each state,
//! and every window size from 1×1 to 200×60 without a panic.

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use circle::app::{App, MeetingSpec, Mode, Msg, Screen};
use circle::cli::ThemeName;
use circle::engine::{Alert, Clock, ManualClock, Settings};
use circle::plan::PresenterChoice;
use circle::protocol::Library;
use circle::theme::Theme;
use circle::view::AppView;

use crate::bigread::{band_rows, digit_rows};
use crate::support::screen::{app, clock, draw, press, screen_text, solo_circle};

/// A peer-circle meeting on its first round's powerful questions.
fn running() -> (App, ManualClock) {
    let c = clock();
    let mut a = solo_circle("Ana,Ben,Chen,Dee,Eve");
    press(&mut a, &c, KeyCode::Char(' '));
    while a.engine().unwrap().current_step().title != "Powerful questions" {
        c.advance_secs(30);
        press(&mut a, &c, KeyCode::Char('n'));
    }
    c.advance_ms(62_500);
    a.update(Msg::Tick, c.now());
    (a, c)
}

#[test]
fn snapshots_of_every_state() {
    for (w, h) in [(80, 24), (160, 48)] {
        let c = clock();
        let a = solo_circle("Ana,Ben,Chen,Dee,Eve");
        insta::assert_snapshot!(format!("ready_{w}x{h}"), screen_text(&a, &c, w, h));

        let (mut a, c) = running();
        insta::assert_snapshot!(format!("running_{w}x{h}"), screen_text(&a, &c, w, h));

        // Into the wrap-up minute, past the flash.
        let left = a.engine().unwrap().time(c.now()).remaining_ms as u64;
        c.advance_ms(left - 40_000);
        a.update(Msg::Tick, c.now());
        assert_eq!(a.engine().unwrap().time(c.now()).alert, Alert::WrapUp);
        insta::assert_snapshot!(format!("wrap_up_{w}x{h}"), screen_text(&a, &c, w, h));

        c.advance_ms(55_000);
        a.update(Msg::Tick, c.now());
        insta::assert_snapshot!(format!("overtime_{w}x{h}"), screen_text(&a, &c, w, h));

        press(&mut a, &c, KeyCode::Char('c'));
        insta::assert_snapshot!(format!("curtain_{w}x{h}"), screen_text(&a, &c, w, h));
        press(&mut a, &c, KeyCode::Char('c'));

        press(&mut a, &c, KeyCode::Char('?'));
        insta::assert_snapshot!(format!("help_{w}x{h}"), screen_text(&a, &c, w, h));
    }
}

#[test]
fn the_running_screen_shows_who_what_and_when() {
    let (a, c) = running();
    let s = screen_text(&a, &c, 80, 24);
    assert!(s.contains("Powerful questions"), "{s}");
    assert_eq!(band_rows(&s, "Ben"), Some(4), "the speaker in big letters:\n{s}");
    assert!(s.contains("peer coach 1 of 4"), "{s}");
    assert!(s.contains("OPEN QUESTIONS ONLY"), "{s}");
    assert!(
        s.contains("Up next: Powerful questions — Chen — peer coach 2 of 4"),
        "{s}"
    );
    assert!(s.contains("round 1/1 · Ana presents"), "{s}");
    // The big digits: the time left is drawn in block characters.
    assert!(digit_rows(&s) >= 8, "{s}");
    let wide = screen_text(&a, &c, 160, 48);
    assert!(wide.contains("Peer coach does: Ask open questions"), "{wide}");
    assert!(wide.contains("Planned end 16:00"), "{wide}");
}

#[test]
fn warnings_say_so_in_words_and_shapes() {
    let (mut a, c) = running();
    let left = a.engine().unwrap().time(c.now()).remaining_ms as u64;
    c.advance_ms(left - 31_000);
    a.update(Msg::Tick, c.now());
    // From 80×24 up the word is in big letters; below, in words and shapes.
    let big = |a: &App, word: &str| band_rows(&screen_text(a, &c, 80, 24), word).is_some_and(|rows| rows >= 3);
    assert!(big(&a, "WRAP UP"));
    assert!(screen_text(&a, &c, 40, 12).contains("▲ WRAP UP ▲"));
    // The last half minute: who is next takes the band (the small window keeps the word).
    c.advance_secs(1);
    a.update(Msg::Tick, c.now());
    assert!(big(&a, "» Chen"));
    assert!(screen_text(&a, &c, 40, 12).contains("▲ WRAP UP ▲"));
    c.advance_secs(30);
    a.update(Msg::Tick, c.now());
    assert!(big(&a, "TIME"));
    assert!(screen_text(&a, &c, 40, 12).contains("■ TIME ■"));
    c.advance_secs(121);
    a.update(Msg::Tick, c.now());
    assert!(big(&a, "OVER TIME"));
    assert!(screen_text(&a, &c, 40, 12).contains("■■ OVER TIME ■■"));
}

#[test]
fn curtain_hides_all_but_the_clock_and_the_speaker() {
    let (mut a, c) = running();
    press(&mut a, &c, KeyCode::Char('c'));
    let s = screen_text(&a, &c, 80, 24);
    assert_eq!(band_rows(&s, "Ben"), Some(4), "{s}");
    assert!(s.contains("peer coach 1 of 4"));
    assert!(digit_rows(&s) >= 8, "{s}");
    for hidden in [
        "c to open",
        "Powerful questions",
        "Up next",
        "Planned end",
        "OPEN QUESTIONS",
        "How would you",
    ] {
        assert!(!s.contains(hidden), "{hidden} shows behind the curtain:\n{s}");
    }
}

/// The sizes the live screen is always drawn at: every tiny one (where layouts
/// break), every edge of the 1×1 to 200×60 range, and the common windows.
fn sampled_sizes() -> Vec<(u16, u16)> {
    let mut sizes: Vec<(u16, u16)> = (1..=12).flat_map(|w| (1..=8).map(move |h| (w, h))).collect();
    for edge in [1, 2, 59, 60] {
        sizes.extend((1..=200).step_by(7).map(|w| (w, edge)));
    }
    for edge in [1, 2, 199, 200] {
        sizes.extend((1..=60).map(|h| (edge, h)));
    }
    sizes.extend([(30, 10), (40, 12), (80, 24), (100, 30), (120, 40), (160, 48), (200, 60)]);
    sizes
}

#[test]
fn sampled_sizes_from_1x1_to_200x60_draw_without_panic() {
    let (mut a, c) = running();
    let mut terminal = Terminal::new(TestBackend::new(1, 1)).unwrap();
    for (w, h) in sampled_sizes() {
        terminal.backend_mut().resize(w, h);
        terminal.resize(ratatui::layout::Rect::new(0, 0, w, h)).unwrap();
        terminal
            .draw(|f| f.render_widget(AppView { app: &a, now: c.now() }, f.area()))
            .unwrap();
    }
    // The other screens at a spread of sizes, tiny ones included.
    press(&mut a, &c, KeyCode::Char('?'));
    let ready = app("mastermind", Some("A,B,C,D,E,F,G,H,I,J,K,L,M,N,O"));
    let setup = app("peer-circle", None);
    for other in [&a, &ready, &setup] {
        for (w, h) in [(1, 1), (2, 1), (1, 5), (7, 3), (20, 6), (33, 11), (80, 24), (200, 60)] {
            draw(other, &c, w, h);
        }
    }
}

#[test]
fn the_digits_grow_with_the_window_and_fall_back_to_text() {
    let (a, c) = running();
    let count = |w, h| screen_text(&a, &c, w, h).matches('█').count();
    assert!(count(160, 48) > count(80, 24) * 2, "bigger windows get bigger digits");
    let tiny = screen_text(&a, &c, 10, 2);
    assert!(tiny.contains(':') && !tiny.contains('█'), "{tiny}");
}

#[test]
fn bells_ring_once_twice_three_times() {
    let (mut a, c) = running();
    let left = a.engine().unwrap().time(c.now()).remaining_ms as u64;
    let mut rung = 0;
    let mut run_for = |a: &mut App, ms: u64| {
        for _ in 0..ms / 100 {
            c.advance_ms(100);
            rung += a.update(Msg::Tick, c.now()).len();
        }
        rung
    };
    assert_eq!(run_for(&mut a, left - 60_000 - 100), 0);
    assert_eq!(run_for(&mut a, 1000), 1, "one ring at wrap-up");
    assert_eq!(run_for(&mut a, 60_000), 3, "two more at time");
    assert_eq!(run_for(&mut a, 120_000), 6, "three more past the grace period");
    assert_eq!(run_for(&mut a, 60_000), 6, "and no more");
}

#[test]
fn quiet_never_rings() {
    let (mut a, c) = running();
    a.bell = false;
    let mut rung = 0;
    for _ in 0..4000 {
        c.advance_ms(100);
        rung += a.update(Msg::Tick, c.now()).len();
    }
    assert_eq!(rung, 0);
}

#[test]
fn flashing_is_slower_than_3_hz_and_stops() {
    let (mut a, c) = running();
    let left = a.engine().unwrap().time(c.now()).remaining_ms as u64;
    c.advance_ms(left);
    a.update(Msg::Tick, c.now());
    let mut changes = 0;
    let mut last = None;
    for _ in 0..100 {
        let data = circle::app::frame::FrameData::capture(&a, c.now());
        if last.is_some_and(|l| l != data.flash_on) {
            changes += 1;
        }
        last = Some(data.flash_on);
        c.advance_ms(50);
    }
    // 5 s sampled: a 3 s flash at 1 Hz has 5 edges; steady after.
    assert_eq!(changes, 5);
}

#[test]
fn quit_asks_first_and_any_other_key_stays() {
    let (mut a, c) = running();
    press(&mut a, &c, KeyCode::Char('q'));
    assert!((a.mode == Mode::ConfirmQuit) && !a.quit);
    press(&mut a, &c, KeyCode::Char('x'));
    assert!(!(a.mode == Mode::ConfirmQuit) && !a.quit);
    a.update(
        Msg::Key(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL)),
        c.now(),
    );
    assert!((a.mode == Mode::ConfirmQuit));
    assert!(screen_text(&a, &c, 80, 24).contains("Leave the meeting?"));
    press(&mut a, &c, KeyCode::Char('y'));
    assert!(a.quit);
}

#[test]
fn the_setup_screen_takes_names_then_shows_the_ready_screen() {
    let c = clock();
    let mut a = app("peer-circle", None);
    assert!(screen_text(&a, &c, 80, 24).contains("Who is here today?"));
    for name in ["Ana", "Ben", "ana"] {
        for ch in name.chars() {
            press(&mut a, &c, KeyCode::Char(ch));
        }
        press(&mut a, &c, KeyCode::Enter);
    }
    assert!(screen_text(&a, &c, 80, 24).contains("\"ana\" is already in"));
    press(&mut a, &c, KeyCode::Backspace);
    press(&mut a, &c, KeyCode::Backspace);
    press(&mut a, &c, KeyCode::Backspace);
    press(&mut a, &c, KeyCode::Enter);
    // Two members are too few for peer-circle: the screen says so and waits.
    let s = screen_text(&a, &c, 80, 24);
    assert!(s.contains("is for 3–12 members"), "{s}");
    for ch in "Chen".chars() {
        press(&mut a, &c, KeyCode::Char(ch));
    }
    press(&mut a, &c, KeyCode::Enter);
    press(&mut a, &c, KeyCode::Enter);
    assert_eq!(a.screen, Screen::Ready);
    assert!(screen_text(&a, &c, 80, 24).contains("Members: Ana, Ben, Chen"));
}

#[test]
fn a_hostile_name_cannot_rewrite_the_screen() {
    // Control characters in a name are refused outright, with a short message.
    let evil = format!("\u{1b}[2J\u{1b}]0;pwned\u{7}{}", "x".repeat(10_000));
    let lib = Library::load(None);
    let spec = MeetingSpec::of(lib.get("peer-circle").unwrap().clone());
    let refused = App::new(
        spec,
        Some(vec!["Ana".into(), "Ben".into(), evil]),
        Settings::default(),
        Theme::new(ThemeName::Mono),
        true,
    )
    .err()
    .expect("a name with escapes is refused");
    assert!(
        refused.contains("control characters") && refused.len() < 200,
        "{refused}"
    );

    // The longest name circle takes, with a direction override, is elided and
    // neutralised.
    let c = clock();
    let long = format!("\u{202e}Zed{}", "y".repeat(circle::names::MAX_NAME - 4));
    let mut a = app("peer-circle", Some(&format!("Ana,Ben,{long}")));
    let s = screen_text(&a, &c, 80, 24);
    assert!(!s.contains('\u{202e}'), "direction override reached the screen");
    assert!(s.contains("\u{fffd}Zed"), "shown visibly instead: {s}");
    press(&mut a, &c, KeyCode::Char(' '));
    for w in [1, 20, 80, 200] {
        let s = screen_text(&a, &c, w, 24);
        assert!(!s.contains('\u{202e}'));
    }
}

#[test]
fn escapes_in_a_protocol_file_are_shown_visibly() {
    let text = include_str!("../fixtures/protocols/valid/minimal.toml")
        .replace("[[round]]", "norms = [\"\\u001b[2Jwipe\\u0007\"]\n\n[[round]]");
    let protocol = circle::protocol::parse_protocol("evil", "evil.toml", &text).unwrap();
    let spec = MeetingSpec {
        protocol,
        presenters: PresenterChoice::ProtocolDefault,
        length: None,
        group: None,
        extras: Default::default(),
    };
    let a = App::new(
        spec,
        Some(vec!["Ana".into(), "Ben".into()]),
        Settings::default(),
        Theme::new(ThemeName::Mono),
        true,
    )
    .unwrap();
    let c = clock();
    let s = screen_text(&a, &c, 80, 24);
    assert!(
        !s.contains('\u{1b}') && !s.contains('\u{7}'),
        "escape reached the screen"
    );
    assert!(s.contains("\u{241b}[2Jwipe"), "{s}");
}

#[test]
fn the_loop_sleeps_until_the_next_second() {
    let (a, c) = running();
    let wake = a.next_wake_in(c.now()).unwrap();
    assert_eq!(wake, 500, "62.5 s in, the next second flips in 500 ms");
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig { cases: 96, failure_persistence: None, ..Default::default() })]

    /// Any window size, any moment of the step: the live screen draws without panic.
    #[test]
    fn any_size_draws_without_panic(w in 1u16..=220, h in 1u16..=70, secs in 0u64..900) {
        let (a, c) = running();
        c.advance_secs(secs);
        draw(&a, &c, w, h);
    }
}

/// The setup screen's help wraps at words at 80 columns: every word is whole.
#[test]
fn the_setup_help_wraps_at_words() {
    let c = clock();
    let a = app("peer-circle", None);
    let s = screen_text(&a, &c, 80, 24);
    let flat = s.replace('"', " ").split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains("Enter on an empty line when all are in."), "{s}");
}
