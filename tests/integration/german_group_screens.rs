//! A group's screens in German: a two-meeting programme with a member away at the
//! second, so the ready screen names the group, who is away, the buddies and the
//! programme; report-back lists last time's commitments and those carried; and the
//! last meeting closes with the programme's celebration.

use ratatui::crossterm::event::KeyCode;

use circle::app::{App, Screen};
use circle::engine::{Clock, ManualClock};
use circle::i18n::{Lang, with_lang};
use circle::memory;
use circle::protocol::Kind;

use crate::german_check::Look;
use crate::support::Circle;
use crate::support::screen::press;

use crate::support::programme::{G, clock_for, meeting_app};

fn typed(a: &mut App, c: &ManualClock, text: &str) {
    for ch in text.chars() {
        press(a, c, KeyCode::Char(ch));
    }
}

/// Run a meeting to its end: everything reported done, each presenter commits,
/// everyone rates; `look` sees each step that has a list.
fn run(a: &mut App, c: &ManualClock, look: &mut Look, what: &str) {
    look.at(a, c, &format!("{what}: ready"));
    press(a, c, KeyCode::Char(' '));
    while a.screen == Screen::Live {
        let step = a.engine().unwrap().current_step().clone();
        let here = format!("{what}: {}", step.title);
        match step.kind {
            Kind::ReportBack => {
                look.at(a, c, &here);
                for _ in 0..a.report_back_list().len() {
                    press(a, c, KeyCode::Char('1'));
                    look.at(a, c, &format!("{here}, marked"));
                    press(a, c, KeyCode::Down);
                }
            }
            Kind::Commitment => {
                look.at(a, c, &here);
                press(a, c, KeyCode::Char('i'));
                typed(a, c, "Call Sam by next friday");
                press(a, c, KeyCode::Enter);
                look.at(a, c, &format!("{here}, committed"));
                press(a, c, KeyCode::Esc);
            }
            Kind::CheckOut => {
                press(a, c, KeyCode::Char('4'));
                look.at(a, c, &here);
            }
            _ => {}
        }
        c.advance_secs(30);
        press(a, c, KeyCode::Char('n'));
    }
    look.at(a, c, &format!("{what}: finished"));
}

#[test]
fn a_group_programme_in_german_has_no_english_left() {
    let circle = Circle::new();
    let data = circle.data_dir();
    let made = circle
        .cmd()
        .args(["group", "new", G, "--members", "Ana,Ben,Chen,Dee,Eve,Fay"])
        .args(["--meetings", "2", "--every", "month"])
        .output()
        .unwrap();
    assert!(made.status.success(), "{made:?}");
    with_lang(Lang::De, || {
        let mut look = Look::default();
        let c = clock_for(1);
        let mut a = meeting_app(&data, &[]);
        run(&mut a, &c, &mut look, "meeting 1");
        let record = a.meeting.as_ref().and_then(|m| m.record_at(c.now())).unwrap();
        memory::save(&memory::sessions_dir(&data, Some(G)), &record).unwrap();

        // Ana presented and committed at the first meeting, and is away now.
        let c = clock_for(2);
        let mut a = meeting_app(&data, &["Ana"]);
        let ready = crate::german_check::draw(&a, &c, 120, 40);
        assert!(
            ready.contains("Gruppe: Leaders") && ready.contains("Treffen 2 von 2"),
            "{ready}"
        );
        run(&mut a, &c, &mut look, "meeting 2");
        let finished = crate::german_check::draw(&a, &c, 120, 40);
        assert!(finished.contains("Das Programm ist abgeschlossen"), "{finished}");
        if !look.failures.is_empty() {
            panic!(
                "German group screens with English words:\n{}\nThe first:\n{}",
                look.failures.join("\n"),
                look.first.unwrap_or_default()
            );
        }
    });
}
