//! The review at a programme's last meeting: each member's turn shows what they
//! set out to do across the programme. A long programme keeps its heading and says
//! how many more there are, at 80×24.

use ratatui::crossterm::event::KeyCode;

use circle::memory::GroupDir;
use circle::protocol::Kind;
use circle::record::Commitment;
use circle::record::Record;

use crate::support::group_app::{go_to, group_app};
use crate::support::screen::{clock, press, screen_text};
use crate::support::{Circle, fixtures};

#[test]
fn a_long_programme_keeps_its_heading_and_says_how_many_more() {
    let circle = Circle::new();
    let made = circle
        .cmd()
        .args([
            "group",
            "new",
            "Tuesday circle",
            "--members",
            "Ana,Ben,Chen,Dee",
            "--meetings",
            "2",
        ])
        .output()
        .unwrap();
    assert!(made.status.success());
    let text =
        std::fs::read_to_string(fixtures().join("groups/v1/sessions/2026-09-01-180000-peer-circle.toml")).unwrap();
    let mut record = Record::from_toml(&text).unwrap();
    record.commitments = (1..=14)
        .map(|k| Commitment {
            id: format!("{}#{k}", record.id),
            owner: "Ana".into(),
            text: format!("Step {k} of the plan"),
            due: chrono::NaiveDate::from_ymd_opt(2026, 9, 29).unwrap(),
            buddy: Some("Ben".into()),
        })
        .collect();
    let dir = GroupDir::new(&circle.data_dir(), "Tuesday circle");
    circle::memory::save(&dir.sessions(), &record).unwrap();

    let c = clock();
    let mut app = group_app(&circle.data_dir());
    press(&mut app, &c, KeyCode::Char(' '));
    go_to(&mut app, &c, Kind::Review, Some("Ana"));
    let s = screen_text(&app, &c, 80, 24);
    assert!(s.contains("Ana set out to do 14 things across the programme"), "{s}");
    assert!(s.contains("Step 1 of the plan"), "the first is shown:\n{s}");
    assert!(s.contains("more"), "how many more:\n{s}");
}
