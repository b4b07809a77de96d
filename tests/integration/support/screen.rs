//! The app in memory on a manual clock, and its screen drawn off-screen with
//! ratatui's TestBackend: what most screen tests start from.

use chrono::{Local, TimeZone};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use circle::app::{App, Effect, MeetingSpec, Msg};
use circle::cli::ThemeName;
use circle::engine::{Clock, ManualClock, Settings};
use circle::protocol::Library;
use circle::theme::Theme;
use circle::view::AppView;

pub fn clock() -> ManualClock {
    ManualClock::new(Local.with_ymd_and_hms(2026, 11, 22, 14, 0, 0).unwrap())
}

pub fn app(protocol: &str, members: Option<&str>) -> App {
    let lib = Library::load(None);
    app_with(lib.get(protocol).unwrap().clone(), members)
}

/// The app on a protocol built or changed by the test.
pub fn app_with(protocol: circle::protocol::Protocol, members: Option<&str>) -> App {
    let spec = MeetingSpec::of(protocol);
    let members = members.map(|m| m.split(',').map(String::from).collect());
    App::new(spec, members, Settings::default(), Theme::new(ThemeName::Mono), true).unwrap()
}

pub fn press(app: &mut App, c: &ManualClock, code: KeyCode) -> Vec<Effect> {
    app.update(Msg::Key(KeyEvent::new(code, KeyModifiers::NONE)), c.now())
}

pub fn draw(app: &App, c: &ManualClock, w: u16, h: u16) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| f.render_widget(AppView { app, now: c.now() }, f.area()))
        .unwrap();
    t
}

pub fn screen_text(app: &App, c: &ManualClock, w: u16, h: u16) -> String {
    draw(app, c, w, h).backend().to_string()
}

/// The peer circle with its open floors taken one coach at a time: these tests
/// draw one member's turn (the built-in runs them as open floors since issue 20).
pub fn solo_circle(members: &str) -> App {
    let lib = Library::load(None);
    app_with(
        circle::tui::showcase::solo_turns(lib.get("peer-circle").unwrap().clone()),
        Some(members),
    )
}
