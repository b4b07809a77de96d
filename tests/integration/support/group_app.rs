//! The "Tuesday circle" group's meeting held in-process, on a manual clock: the
//! app as `circle run --group` makes it, its screen, keys typed, the record saved.

use std::path::Path;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::KeyCode;

use circle::app::{App, MeetingSpec, Screen};
use circle::cli::ThemeName;
use circle::engine::{Clock, ManualClock, Settings};
use circle::memory::{self, GroupDir};
use circle::notes::GroupMemory;
use circle::plan::PresenterChoice;
use circle::protocol::{Kind, Library};
use circle::record::Record;
use circle::theme::Theme;
use circle::view::AppView;

use crate::support::Circle;
use crate::support::screen::press;

pub const MEMBERS: &str = "Ana,Ben,Chen,Dee,Eve";

pub fn group_app(data: &Path) -> App {
    let dir = GroupDir::new(data, "Tuesday circle");
    let group = dir.load("Tuesday circle").expect("group exists");
    let (memory, problems) = dir.memory(&group).unwrap();
    assert!(problems.is_empty(), "{problems:?}");
    let spec = MeetingSpec {
        protocol: Library::load(None).get("peer-circle").unwrap().clone(),
        presenters: PresenterChoice::ProtocolDefault,
        length: None,
        group: Some(GroupMemory::new(&group, vec![], memory)),
        extras: Default::default(),
    };
    App::new(
        spec,
        Some(group.members()),
        Settings::default(),
        Theme::new(ThemeName::Mono),
        true,
    )
    .unwrap()
}

pub fn screen(app: &App, c: &ManualClock) -> String {
    let mut t = Terminal::new(TestBackend::new(100, 40)).unwrap();
    t.draw(|f| f.render_widget(AppView { app, now: c.now() }, f.area()))
        .unwrap();
    t.backend().to_string()
}

pub fn type_line(app: &mut App, c: &ManualClock, text: &str) {
    for ch in text.chars() {
        press(app, c, KeyCode::Char(ch));
    }
    press(app, c, KeyCode::Enter);
}

pub fn note(app: &mut App, c: &ManualClock, text: &str) {
    press(app, c, KeyCode::Char('i'));
    type_line(app, c, text);
    press(app, c, KeyCode::Esc);
}

/// Move on until the current step is of `kind` (and, if given, spoken by `who`).
pub fn go_to(app: &mut App, c: &ManualClock, kind: Kind, who: Option<&str>) {
    for _ in 0..100 {
        let step = app.engine().unwrap().current_step();
        if step.kind == kind && who.is_none_or(|w| step.speaker.as_deref() == Some(w)) {
            return;
        }
        c.advance_secs(20);
        press(app, c, KeyCode::Char('n'));
    }
    panic!("no {kind:?} step");
}

pub fn finish(app: &mut App, c: &ManualClock) {
    while app.screen != Screen::Finished {
        c.advance_secs(5);
        press(app, c, KeyCode::Char('n'));
    }
}

pub fn save(app: &mut App, c: &ManualClock, data: &Path) -> Record {
    let dir = memory::sessions_dir(data, Some("Tuesday circle"));
    let record = app
        .meeting
        .as_ref()
        .and_then(|m| m.record_at(c.now()))
        .expect("a record");
    memory::save(&dir, &record).unwrap();
    record
}

pub fn new_group(circle: &Circle) {
    circle
        .cmd()
        .args(["group", "new", "Tuesday circle", "--members", MEMBERS])
        .assert()
        .success();
}
