//! The screens around the meeting: the ready screen (the plan that scrolls, the
//! facilitator proposed and handed on) and the finished screen (commitments,
//! rating, where the notes are, airtime as bars).

use ratatui::crossterm::event::KeyCode;

use circle::app::Screen;
use circle::tui::showcase::{clock, press};

use crate::bigread::band_rows;
use crate::live_screen::{FIFTEEN, text, type_text};
use crate::support::screen::app;

#[test]
fn the_facilitator_is_named_and_the_group_can_change_who() {
    let c = clock();
    let mut a = app("peer-circle", Some("Ana,Ben,Chen,Dee,Eve"));
    let ready = text(&a, &c, 100, 30);
    assert!(
        ready.contains("Facilitator: Ben  (proposed from the seating order)"),
        "{ready}"
    );
    press(&mut a, &c, KeyCode::Char('f'));
    let ready = text(&a, &c, 100, 30);
    assert!(ready.contains("Facilitator: Chen"), "{ready}");
    press(&mut a, &c, KeyCode::Char(' '));
    let s = text(&a, &c, 80, 24);
    assert_eq!(band_rows(&s, "Chen"), Some(4), "the facilitator leads the norms:\n{s}");
    assert!(s.contains("facilitator leads"), "{s}");
    // On later steps the facilitator is still named.
    press(&mut a, &c, KeyCode::Char('n'));
    assert!(text(&a, &c, 80, 24).contains("facilitator: Chen"));
}

#[test]
fn the_finished_screen_shows_commitments_rating_notes_and_airtime_bars() {
    let c = clock();
    let mut a = app("peer-circle", Some("Ana,Ben,Chen"));
    press(&mut a, &c, KeyCode::Char(' '));
    while a.engine().unwrap().current_step().kind != circle::protocol::Kind::Commitment {
        c.advance_secs(40);
        press(&mut a, &c, KeyCode::Char('n'));
    }
    press(&mut a, &c, KeyCode::Char('i'));
    type_text(&mut a, &c, "I will call the supplier by 2026-12-01");
    press(&mut a, &c, KeyCode::Enter);
    press(&mut a, &c, KeyCode::Esc);
    while a.engine().unwrap().current_step().kind != circle::protocol::Kind::CheckOut {
        c.advance_secs(40);
        press(&mut a, &c, KeyCode::Char('n'));
    }
    for v in ['4', '5', '3'] {
        press(&mut a, &c, KeyCode::Char(v));
        press(&mut a, &c, KeyCode::Char('n'));
        if a.screen == Screen::Finished {
            break;
        }
    }
    while a.screen != Screen::Finished {
        press(&mut a, &c, KeyCode::Char('n'));
    }
    a.ui.saved_to = Some("/home/ana/.local/share/circle/sessions/2026-11-22-1400.md".into());
    let s = text(&a, &c, 100, 40);
    assert!(s.contains("Commitments made: 1"), "{s}");
    assert!(s.contains("I will call the supplier"), "{s}");
    assert!(s.contains("Value for our time: "), "{s}");
    assert!(s.contains("2026-11-22-1400.md"), "{s}");
    // Airtime as bars: each member's row has a bar drawn in block eighths.
    let bar = |who: &str| {
        s.lines()
            .find(|l| l.trim_start().starts_with(who) && l.chars().any(|c| ('█'..='▏').contains(&c)))
            .unwrap_or_else(|| panic!("no airtime bar for {who}:\n{s}"))
            .to_string()
    };
    for who in ["Ana", "Ben", "Chen"] {
        bar(who);
    }
}

#[test]
fn the_ready_plan_says_how_many_more_and_scrolls() {
    let c = clock();
    let mut a = app("mastermind", Some(FIFTEEN));
    let s = text(&a, &c, 80, 24);
    assert!(s.contains("more below"), "{s}");
    let last = a.engine().unwrap().plan().steps.last().unwrap().title.clone();
    assert!(!s.contains(&last), "{s}");
    for _ in 0..100 {
        press(&mut a, &c, KeyCode::Down);
    }
    let s = text(&a, &c, 80, 24);
    assert!(
        s.contains(&last) && s.contains("more above") && !s.contains("more below"),
        "{s}"
    );
    press(&mut a, &c, KeyCode::Up);
    assert!(
        text(&a, &c, 80, 24).contains("more below"),
        "one key up scrolls back at once"
    );
}

/// In a check-out taken in turns, the rating goes to the speaker, and ↑/↓ reach
/// anyone else (a member who forgot to rate in their own turn).
#[test]
fn check_out_turns_rate_the_speaker_and_arrows_reach_anyone() {
    let c = clock();
    let mut a = app("kollegiale-beratung", Some("Anna,Bernd,Cem,Dora"));
    press(&mut a, &c, KeyCode::Char(' '));
    while a.engine().unwrap().current_step().kind != circle::protocol::Kind::CheckOut {
        c.advance_secs(30);
        press(&mut a, &c, KeyCode::Char('n'));
    }
    assert_eq!(a.engine().unwrap().current_step().speaker.as_deref(), Some("Anna"));
    let rating = |a: &circle::app::App, m: &str| a.notes().unwrap().rating_of(m);
    press(&mut a, &c, KeyCode::Char('3'));
    assert_eq!(rating(&a, "Anna"), Some(3));
    press(&mut a, &c, KeyCode::Down);
    press(&mut a, &c, KeyCode::Down);
    press(&mut a, &c, KeyCode::Char('4'));
    assert_eq!(rating(&a, "Cem"), Some(4));
    assert_eq!(rating(&a, "Anna"), Some(3), "Anna's rating stays");
    // The next turn starts on its own speaker.
    press(&mut a, &c, KeyCode::Char('n'));
    press(&mut a, &c, KeyCode::Char('5'));
    assert_eq!(rating(&a, "Bernd"), Some(5));
    assert_eq!(rating(&a, "Cem"), Some(4));
}
