//! In the meeting: the group's own norms (proposed with a note, adopted with a key,
//! kept in group.toml and shown next time) and due dates typed in words, with the
//! echo saying what was understood.

use ratatui::crossterm::event::KeyCode;

use circle::app::Effect;
use circle::engine::{Clock, Settings};
use circle::journal::Journal;
use circle::meeting::Meeting;
use circle::memory::GroupDir;
use circle::protocol::Kind;

use crate::support::Circle;
use crate::support::group_app::{go_to, group_app, new_group, save, screen};
use crate::support::screen::{clock, press};

fn keys(app: &mut circle::app::App, c: &circle::engine::ManualClock, text: &str, log: &mut Vec<Effect>) {
    for ch in text.chars() {
        log.extend(press(app, c, KeyCode::Char(ch)));
    }
    log.extend(press(app, c, KeyCode::Enter));
}

#[test]
fn a_norm_proposed_in_the_norms_step_is_adopted_with_a_key_and_remembered() {
    let circle = Circle::new();
    new_group(&circle);
    let data = circle.data_dir();
    let c = clock();
    let mut app = group_app(&data);
    let mut log = Vec::new();
    log.extend(press(&mut app, &c, KeyCode::Char(' ')));
    // A group's first meeting contracts first: why each member is here.
    assert_eq!(app.engine().unwrap().current_step().kind, Kind::Contracting);
    // On to the norms, every key in the journal the replay below reads.
    while app.engine().unwrap().current_step().kind != Kind::Norms {
        log.extend(press(&mut app, &c, KeyCode::Char('n')));
    }
    let s = screen(&app, &c);
    assert!(
        s.contains("i proposes a norm") && s.contains("   1. What is said in the circle"),
        "{s}"
    );

    log.extend(press(&mut app, &c, KeyCode::Char('a')));
    assert!(screen(&app, &c).contains("no norm proposed"), "nothing to adopt yet");

    log.extend(press(&mut app, &c, KeyCode::Char('i')));
    keys(&mut app, &c, "Phones face down", &mut log);
    let s = screen(&app, &c);
    assert!(
        s.contains("saved as proposed norm") && s.contains("Esc closes the line, then a adopts it"),
        "{s}"
    );
    log.extend(press(&mut app, &c, KeyCode::Esc));
    assert!(screen(&app, &c).contains("Proposed: Phones face down — press a to adopt it"));
    log.extend(press(&mut app, &c, KeyCode::Char('a')));
    assert!(screen(&app, &c).contains("norm adopted: Phones face down"));

    log.extend(press(&mut app, &c, KeyCode::Char('i')));
    keys(&mut app, &c, "2: Everyone speaks, and for the same time", &mut log);
    log.extend(press(&mut app, &c, KeyCode::Esc));
    log.extend(press(&mut app, &c, KeyCode::Char('a')));
    let s = screen(&app, &c);
    assert!(s.contains("norm changed"), "{s}");
    assert!(s.contains("2. Everyone speaks, and for the same time"), "{s}");
    log.extend(press(&mut app, &c, KeyCode::Char('a')));

    let record = save(&mut app, &c, &data);
    assert_eq!(record.norm_changes.len(), 2, "adopting twice changes nothing");
    let dir = GroupDir::new(&data, "Tuesday circle");
    let norms = dir.load("Tuesday circle").unwrap().norms.unwrap();
    assert_eq!(norms[1], "Everyone speaks, and for the same time");
    assert_eq!(norms.last().unwrap(), "Phones face down");
    let md = std::fs::read_to_string(dir.sessions().join(format!("{}.md", record.id))).unwrap();
    assert!(md.contains("- Phones face down *(new today)*"), "{md}");
    assert!(
        md.contains("- Everyone speaks, and for the same time *(changed today; was: "),
        "{md}"
    );

    // Replaying the journal gives the same norms.
    let meeting = app.meeting.as_ref().unwrap();
    let journal = Journal {
        path: dir.sessions().join("x.journal"),
        header: meeting.journal_header().unwrap(),
        entries: log
            .into_iter()
            .filter_map(|e| match e {
                Effect::Journal(entry) => Some(entry),
                _ => None,
            })
            .collect(),
        cut_off: None,
        skipped: Vec::new(),
        len: 0,
    };
    let (replayed, _) = Meeting::from_journal(&journal, Settings::default()).unwrap();
    assert_eq!(replayed.norms(), meeting.norms());

    // The next meeting starts from the group's norms.
    let next = group_app(&data);
    let ready = screen(&next, &c);
    assert!(ready.contains("Phones face down"), "{ready}");
}

#[test]
fn due_dates_in_words_are_understood_and_wrong_ones_flagged() {
    let circle = Circle::new();
    new_group(&circle);
    let data = circle.data_dir();
    let c = clock(); // Sunday 22 November 2026
    let mut app = group_app(&data);
    press(&mut app, &c, KeyCode::Char(' '));
    go_to(&mut app, &c, Kind::Commitment, None);
    let mut log = Vec::new();
    press(&mut app, &c, KeyCode::Char('i'));
    keys(&mut app, &c, "Draft the proposal by next friday", &mut log);
    let s = screen(&app, &c);
    assert!(
        // Next Friday is the Friday of next week (weeks start on Monday), on any day.
        s.contains("due Fri 27 Nov 2026 (read from \"next friday\")"),
        "the echo says what was understood:\n{s}"
    );
    keys(&mut app, &c, "Call Sam by 2020-01-01", &mut log);
    let s = screen(&app, &c);
    assert!(s.contains("already past"), "{s}");
    keys(&mut app, &c, "Book the room by 2026-02-30", &mut log);
    let s = screen(&app, &c);
    assert!(s.contains("not a date that exists"), "{s}");
    let record = app.meeting.as_ref().unwrap().record_at(c.now()).unwrap();
    let dues: Vec<String> = record.commitments.iter().map(|c| c.due.to_string()).collect();
    assert_eq!(dues, ["2026-11-27", "2026-12-20", "2026-12-20"]);
    assert_eq!(record.commitments[0].text, "Draft the proposal");
    assert_eq!(
        record.commitments[1].text, "Call Sam by 2020-01-01",
        "a flagged phrase stays in the text, so nothing typed is lost"
    );
}
