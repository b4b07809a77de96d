//! The live screen as a person in the room sees it: big name and alert word, a
//! clock that keeps its size, small windows that keep the clock, and a screen that
//! says what to do now. Drawn off-screen; big letters are read back by bigread.

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyCode;

use circle::app::{App, MeetingSpec, Msg, Screen};
use circle::cli::ThemeName;
use circle::engine::{Clock, ManualClock, Settings};
use circle::memory::Memory;
use circle::notes::GroupMemory;
use circle::plan::PresenterChoice;
use circle::protocol::Library;
use circle::record::Record;
use circle::theme::Theme;
use circle::tui::showcase::{Shown, app_in, clock, press, questions};
use circle::view::AppView;

use crate::bigread::{band_rows, bands, digit_rows};
use crate::support::screen::app;

fn buffer(a: &App, c: &ManualClock, w: u16, h: u16) -> Buffer {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| f.render_widget(AppView { app: a, now: c.now() }, f.area()))
        .unwrap();
    t.backend().buffer().clone()
}

pub fn text(a: &App, c: &ManualClock, w: u16, h: u16) -> String {
    let b = buffer(a, c, w, h);
    (0..h)
        .map(|y| (0..w).map(|x| b[(x, y)].symbol()).collect::<String>())
        .collect::<Vec<_>>()
        .join("\n")
}

pub fn type_text(a: &mut App, c: &ManualClock, s: &str) {
    for ch in s.chars() {
        press(a, c, KeyCode::Char(ch));
    }
}

#[test]
fn name_and_alert_are_big_from_80x24_up_and_grow() {
    // Capitals fill 7 of the font's 8 pixel rows: 4 rows at 80×24, 7 at 200×60.
    for (w, h, rows) in [(80, 24, 4), (120, 36, 4), (200, 60, 7)] {
        let (a, c) = app_in(Shown::Time, ThemeName::Mono);
        let s = text(&a, &c, w, h);
        assert_eq!(band_rows(&s, "Ben"), Some(rows), "{w}×{h}:\n{s}");
        assert_eq!(band_rows(&s, "TIME"), Some(rows), "{w}×{h}:\n{s}");
    }
}

#[test]
fn the_digits_keep_their_size_at_time_up_with_notes_open_and_with_help() {
    for (w, h) in [(80, 24), (100, 30), (200, 60)] {
        let (mut a, c) = questions(ThemeName::Mono);
        let before = digit_rows(&text(&a, &c, w, h));
        assert!(before >= 8, "{w}×{h}");
        press(&mut a, &c, KeyCode::Char('i'));
        type_text(&mut a, &c, "a note being typed");
        assert_eq!(digit_rows(&text(&a, &c, w, h)), before, "{w}×{h}: notes line open");
        press(&mut a, &c, KeyCode::Esc);
        let left = a.engine().unwrap().time(c.now()).remaining_ms as u64;
        c.advance_ms(left - 1);
        a.update(Msg::Tick, c.now());
        let last_second = text(&a, &c, w, h);
        assert_eq!(digit_rows(&last_second), before, "{w}×{h}: 0:01");
        c.advance_ms(1);
        a.update(Msg::Tick, c.now());
        let at_zero = text(&a, &c, w, h);
        assert_eq!(digit_rows(&at_zero), before, "{w}×{h}: +0:00");
        assert_eq!(circle::app::frame::FrameData::capture(&a, c.now()).clock_text, "+0:00");
        press(&mut a, &c, KeyCode::Char('?'));
        let help = text(&a, &c, w, h);
        assert_eq!(digit_rows(&help), before, "{w}×{h}: help hides the clock:\n{help}");
        assert!(help.contains("key closes"), "{help}");
    }
}

#[test]
fn small_windows_keep_the_clock_big_and_drop_secondary_lines() {
    for (w, h, min_rows) in [(40, 12, 5), (30, 10, 3)] {
        let (a, c) = questions(ThemeName::Mono);
        let s = text(&a, &c, w, h);
        assert!(digit_rows(&s) >= min_rows, "{w}×{h}:\n{s}");
        for gone in ["Up next", "Planned end", "does:"] {
            assert!(!s.contains(gone), "{w}×{h} keeps {gone} over the clock:\n{s}");
        }
        assert!(s.contains("Ben"), "the speaker stays:\n{s}");
    }
}

#[test]
fn paused_is_a_big_word_the_clock_keeps_its_colour_and_the_footer_says_resume() {
    let (time, c1) = app_in(Shown::Time, ThemeName::Default);
    let (paused, c2) = app_in(Shown::Paused, ThemeName::Default);
    let s = text(&paused, &c2, 80, 24);
    assert_eq!(band_rows(&s, "PAUSED"), Some(4), "{s}");
    assert!(s.contains("space resume"), "{s}");
    // The digits stay the overtime red.
    let digit_fg = |a: &App, c: &ManualClock| {
        let b = buffer(a, c, 80, 24);
        b.content()
            .iter()
            .filter(|cell| cell.symbol() == "█")
            .map(|cell| cell.fg)
            .max_by_key(|fg| b.content().iter().filter(|x| x.symbol() == "█" && x.fg == *fg).count())
    };
    assert_eq!(digit_fg(&paused, &c2), digit_fg(&time, &c1));
}

#[test]
fn the_curtain_keeps_the_alert_and_the_speaker_without_the_hint() {
    let (mut a, c) = app_in(Shown::Time, ThemeName::Mono);
    press(&mut a, &c, KeyCode::Char('c'));
    let s = text(&a, &c, 80, 24);
    assert_eq!(band_rows(&s, "TIME"), Some(4), "{s}");
    assert_eq!(band_rows(&s, "Ben"), Some(4), "{s}");
    assert!(!s.contains("c to open") && !s.contains("curtain"), "{s}");
}

#[test]
fn a_norms_phase_shows_the_norms_and_a_phase_without_prompts_its_description() {
    let c = clock();
    let mut a = app("peer-circle", Some("Ana,Ben,Chen,Dee,Eve"));
    press(&mut a, &c, KeyCode::Char(' '));
    let s = text(&a, &c, 100, 30);
    assert!(s.contains("What is said in the circle stays in the circle."), "{s}");
    let mut ff = app("feedforward", Some("Ana,Ben,Chen"));
    press(&mut ff, &c, KeyCode::Char(' '));
    let s = text(&ff, &c, 100, 30);
    assert!(s.contains("How FeedForward works"), "{s}");
    assert!(s.contains("Only the future"), "the norms, to read aloud:\n{s}");
    // Every step of every built-in says what to do: a prompt, the norms or a description.
    for id in ["peer-circle", "mastermind", "equal-time", "feedforward"] {
        let members = "Ana,Ben,Chen,Dee,Eve,Fay";
        let mut m = app(id, Some(members));
        press(&mut m, &c, KeyCode::Char(' '));
        loop {
            let step = m.engine().unwrap().current_step().clone();
            if step.prompts.is_empty() && step.kind != circle::protocol::Kind::Norms {
                let s = text(&m, &c, 100, 30);
                assert!(
                    s.contains(&(step.kind.rules().what)()[..30]),
                    "{id} {}:\n{s}",
                    step.title
                );
            }
            press(&mut m, &c, KeyCode::Char('n'));
            if m.screen == Screen::Finished {
                break;
            }
        }
    }
}

#[test]
fn the_presenters_own_turn_shows_the_presenters_role() {
    let c = clock();
    let mut a = app("peer-circle", Some("Ana,Ben,Chen,Dee,Eve"));
    press(&mut a, &c, KeyCode::Char(' '));
    let mut seen = false;
    while a.screen != Screen::Finished {
        let step = a.engine().unwrap().current_step().clone();
        if step.turn.is_some() && step.presenter.is_some() && step.speaker == step.presenter {
            let s = text(&a, &c, 100, 30);
            let role = a
                .engine()
                .unwrap()
                .plan()
                .protocol
                .role_name("presenter")
                .to_lowercase();
            assert!(s.contains(&format!("{role} · turn")), "{}:\n{s}", step.title);
            seen = true;
        }
        press(&mut a, &c, KeyCode::Char('n'));
    }
    assert!(seen, "peer-circle has an each phase in its round");
}

/// A group meeting whose last meeting left `owner` with `n` open commitments.
fn with_open_commitments(protocol: &str, members: &str, owner: &str, n: usize) -> App {
    let commitments: Vec<String> = (1..=n)
        .map(|k| {
            format!(
                "{{ id = \"last#{k}\", owner = \"{owner}\", text = \"Commitment number {k} of {owner}, with enough words to need eliding\", due = \"2026-12-01\" }}"
            )
        })
        .collect();
    let toml = include_str!("../fixtures/records/newer.toml")
        .replace("version = 99", "version = 1")
        .replace("finished = false", "finished = true")
        .replace(
            "commitments = []",
            &format!("commitments = [{}]", commitments.join(", ")),
        );
    let record = Record::from_toml(&toml).expect("a record");
    let spec = MeetingSpec {
        protocol: Library::load(None).get(protocol).unwrap().clone(),
        presenters: PresenterChoice::ProtocolDefault,
        length: None,
        group: Some(GroupMemory {
            name: "Tuesday circle".into(),
            absent: vec![],
            memory: Memory::new(vec![record]),
            every: Default::default(),
            ids: Default::default(),
            norms: None,
            meetings: None,
            current: members.split(',').map(String::from).collect(),
        }),
        extras: Default::default(),
    };
    let members = members.split(',').map(String::from).collect();
    App::new(
        spec,
        Some(members),
        Settings::default(),
        Theme::new(ThemeName::Mono),
        false,
    )
    .unwrap()
}

pub const FIFTEEN: &str = "Ana,Ben,Chen,Dee,Eve,Fay,Gus,Hal,Ivy,Jo,Kai,Lea,Max,Ned,Oli";

#[test]
fn long_report_back_and_check_out_lists_keep_the_current_entry_on_screen() {
    let c = clock();
    // Report-back goes round in seating order: the first member reports first.
    let first = FIFTEEN.split(',').next().unwrap().to_string();
    let mut a = with_open_commitments("mastermind", FIFTEEN, &first, 15);
    press(&mut a, &c, KeyCode::Char(' '));
    while a.engine().unwrap().current_step().kind != circle::protocol::Kind::ReportBack {
        press(&mut a, &c, KeyCode::Char('n'));
    }
    for k in 1..=15 {
        let s = text(&a, &c, 80, 24);
        let line = s
            .lines()
            .find(|l| l.contains('▶'))
            .unwrap_or_else(|| panic!("entry {k} is off screen:\n{s}"));
        assert!(line.contains(&format!("number {k} ")) || line.contains('…'), "{line}");
        for l in s.lines() {
            assert!(!l.contains(" 1 ") || l.contains('…') || l.chars().count() <= 80);
        }
        press(&mut a, &c, KeyCode::Down);
    }
    while a.engine().unwrap().current_step().kind != circle::protocol::Kind::CheckOut {
        press(&mut a, &c, KeyCode::Char('n'));
    }
    let members: Vec<&str> = FIFTEEN.split(',').collect();
    for (k, m) in members.iter().enumerate() {
        let s = text(&a, &c, 80, 24);
        assert!(
            s.contains(&format!("▶{m} ")),
            "{m} ({k}) is not on screen to rate:\n{s}"
        );
        press(&mut a, &c, KeyCode::Char('4'));
    }
}

#[test]
fn after_a_disk_failure_the_echo_says_kept_not_yet_on_disk() {
    let (mut a, c) = questions(ThemeName::Mono);
    a.ui.disk_warning = Some("notes NOT saved (disk full); kept in memory, retrying".into());
    press(&mut a, &c, KeyCode::Char('i'));
    type_text(&mut a, &c, "What would success look like?");
    press(&mut a, &c, KeyCode::Enter);
    let s = text(&a, &c, 100, 30);
    assert!(s.contains("not yet on disk") && !s.contains("saved as"), "{s}");
}

#[test]
fn long_text_is_elided_with_a_mark_never_cut_mid_word() {
    let c = clock();
    let long = "Maria Fernanda Alvarez de la Cruz";
    let mut a = crate::support::screen::solo_circle(&format!("{long},Ben,Chen"));
    press(&mut a, &c, KeyCode::Char(' '));
    while a.engine().unwrap().current_step().speaker.as_deref() != Some(long) {
        press(&mut a, &c, KeyCode::Char('n'));
    }
    // The name, elided in big letters at a word.
    let s = text(&a, &c, 80, 24);
    let band = bands(&s).into_iter().find_map(|(_, rows, t)| t.filter(|_| rows >= 3));
    let band = band.unwrap_or_else(|| panic!("no big name:\n{s}"));
    assert!(band.starts_with("Maria ") && band.ends_with('…'), "{band}");
    assert!(long.starts_with(band.trim_end_matches('…')), "cut at a word: {band}");
    assert!(
        long.as_bytes()[band.trim_end_matches('…').len()] == b' ',
        "cut at a word: {band}"
    );
    // Lines longer than the window end in "…" (the role's does, up next).
    while a.engine().unwrap().current_step().title != "Powerful questions" {
        press(&mut a, &c, KeyCode::Char('n'));
    }
    for w in [40u16, 60, 100] {
        let s = text(&a, &c, w, 40);
        for start in ["Peer coach does:", "Up next:", "avoids:"] {
            if let Some(l) = s.lines().find(|l| l.trim_start().starts_with(start)) {
                let l = l.trim_end();
                let fits = l.chars().count() < w as usize;
                assert!(fits || l.ends_with('…'), "cut without a mark at {w}:\n{l}");
            }
        }
    }
}

#[test]
fn the_norms_step_shows_every_norm_large_at_80x24() {
    let c = clock();
    let mut a = app("peer-circle", Some("Ana,Ben,Chen,Dee,Eve"));
    press(&mut a, &c, KeyCode::Char(' '));
    let s = text(&a, &c, 80, 24);
    let norms = a.engine().unwrap().plan().protocol.norms.clone();
    for (k, n) in norms.iter().enumerate() {
        let shown = s
            .lines()
            .filter(|l| l.contains(&format!("{}. ", k + 1)) && l.contains(&n[..12]))
            .count();
        assert_eq!(shown, 1, "norm {} once on screen:\n{s}", k + 1);
    }
    // Bold, in the band under the clock.
    let b = {
        let mut t = ratatui::Terminal::new(ratatui::backend::TestBackend::new(80, 24)).unwrap();
        t.draw(|f| f.render_widget(circle::view::AppView { app: &a, now: c.now() }, f.area()))
            .unwrap();
        t.backend().buffer().clone()
    };
    let row = (0..24u16)
        .find(|&y| {
            (0..80u16)
                .map(|x| b[(x, y)].symbol())
                .collect::<String>()
                .contains("1. ")
        })
        .unwrap();
    let first = (0..80u16).find(|&x| b[(x, row)].symbol() == "1").unwrap();
    assert!(b[(first, row)].modifier.contains(ratatui::style::Modifier::BOLD));
}
