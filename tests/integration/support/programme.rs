//! The "Leaders" group's programme of monthly meetings, held in-process on a
//! manual clock: its meetings' dates, a meeting on the live screen, and a meeting
//! run to its end as a script says.

use std::path::Path;

use chrono::{Local, NaiveDate, TimeZone};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::KeyCode;

use circle::app::{App, MeetingSpec, Screen};
use circle::cli::ThemeName;
use circle::dates::every::Every;
use circle::engine::{Clock, ManualClock, Settings};
use circle::memory::{self, GroupDir};
use circle::notes::GroupMemory;
use circle::plan::PresenterChoice;
use circle::protocol::{Kind, Library};
use circle::record::{Record, Status};
use circle::theme::Theme;
use circle::view::AppView;

use crate::support::Circle;
use crate::support::screen::press;

pub const G: &str = "Leaders";

pub fn first_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 15).unwrap()
}

/// Meeting `k` (1-based) is on the 15th of each month, at 18:00.
pub fn clock_for(k: u32) -> ManualClock {
    let day = Every::Months(1).nth_after(first_day(), k - 1);
    ManualClock::new(Local.from_local_datetime(&day.and_hms_opt(18, 0, 0).unwrap()).unwrap())
}

/// The group's next meeting on the live screen, with `absent` away.
pub fn meeting_app(data: &Path, absent: &[&str]) -> App {
    let dir = GroupDir::new(data, G);
    let group = dir.load(G).unwrap();
    let (memory, problems) = dir.memory(&group).unwrap();
    assert!(problems.is_empty(), "{problems:?}");
    let absent: Vec<String> = absent.iter().map(|s| s.to_string()).collect();
    let members: Vec<String> = group.members().into_iter().filter(|m| !absent.contains(m)).collect();
    let spec = MeetingSpec {
        protocol: Library::load(None).get("peer-circle").unwrap().clone(),
        presenters: PresenterChoice::Count(2),
        length: None,
        group: Some(GroupMemory::new(&group, absent, memory)),
        extras: Default::default(),
    };
    App::new(
        spec,
        Some(members),
        Settings::default(),
        Theme::new(ThemeName::Mono),
        false,
    )
    .unwrap()
}

pub fn screen(app: &App, c: &ManualClock) -> String {
    let mut t = Terminal::new(TestBackend::new(120, 40)).unwrap();
    t.draw(|f| f.render_widget(AppView { app, now: c.now() }, f.area()))
        .unwrap();
    t.backend().to_string()
}

/// Type a note; the screen as it echoes what the note became.
pub fn type_note(app: &mut App, c: &ManualClock, text: &str) -> String {
    press(app, c, KeyCode::Char('i'));
    for ch in text.chars() {
        press(app, c, KeyCode::Char(ch));
    }
    press(app, c, KeyCode::Enter);
    let echoed = screen(app, c);
    press(app, c, KeyCode::Esc);
    echoed
}

pub fn save(app: &App, c: &ManualClock, data: &Path) -> Record {
    let record = app.meeting.as_ref().and_then(|m| m.record_at(c.now())).unwrap();
    memory::save(&memory::sessions_dir(data, Some(G)), &record).unwrap();
    record
}

/// The report-back the script gives: by the commitment's tag ("Ana@1": Ana's, made
/// at meeting 1) and the meeting it is reported at. Unlisted: done when first due.
pub fn scripted(tag: &str, k: u32) -> Status {
    match (tag, k) {
        ("Ana@1", 2) => Status::Partly,
        ("Eve@2", 3) => Status::NotYet,
        ("Eve@2", 4) => Status::Partly,
        ("Fay@3", 4) => Status::Partly,
        ("Ben@4", 5) => Status::Dropped,
        ("Chen@5", 6) => Status::NotYet,
        _ => Status::Done,
    }
}

pub fn tag_of(text: &str) -> String {
    text.split_whitespace().last().unwrap().to_string()
}

pub fn digit(s: Status) -> char {
    match s {
        Status::Done => '1',
        Status::Partly => '2',
        Status::NotYet => '3',
        Status::Dropped => '4',
    }
}

/// Run meeting `k` to its end: report back as scripted, each presenter commits,
/// everyone present rates (but `silent`).
pub fn run_meeting(app: &mut App, c: &ManualClock, k: u32, silent: Option<&str>) -> Vec<String> {
    let mut screens = Vec::new();
    press(app, c, KeyCode::Char(' '));
    while app.screen != Screen::Finished {
        let step = app.engine().unwrap().current_step().clone();
        match step.kind {
            Kind::ReportBack => {
                screens.push(screen(app, c));
                let rows: Vec<String> = app
                    .report_back_list()
                    .iter()
                    .map(|o| o.commitment.text.clone())
                    .collect();
                for text in rows {
                    press(app, c, KeyCode::Char(digit(scripted(&tag_of(&text), k))));
                    press(app, c, KeyCode::Down);
                }
            }
            Kind::Commitment => {
                let owner = step.presenter.clone().unwrap();
                screens.push(screen(app, c));
                screens.push(type_note(app, c, &format!("Try one new thing, {owner}@{k}")));
            }
            Kind::CheckOut => {
                if let Some(who) = &step.speaker
                    && Some(who.as_str()) != silent
                {
                    // Ratings that move from meeting to meeting, 2 to 5.
                    let r = 2 + (who.len() as u32 + k) % 4;
                    press(app, c, KeyCode::Char(char::from_digit(r, 10).unwrap()));
                }
            }
            _ => {}
        }
        c.advance_secs(30);
        press(app, c, KeyCode::Char('n'));
    }
    screens.push(screen(app, c));
    screens
}

pub fn presenters(app: &App) -> Vec<String> {
    app.engine().unwrap().plan().presenters.clone()
}

pub fn cli(circle: &Circle, args: &[&str]) -> std::process::Output {
    circle
        .cmd()
        .args(args)
        .env("CIRCLE_TODAY", "2026-06-16")
        .output()
        .unwrap()
}
