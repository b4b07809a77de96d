//! `circle watch` beside the console, for the README's "Sharing the screen": the
//! console (private) with a question just coached and a private note being typed,
//! and the watcher of the same meeting at its own size; and `--fill` in each state.

use std::path::Path;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyCode;

use circle::app::App;
use circle::app::watch::Watch;
use circle::cli::ThemeName;
use circle::engine::{Clock, ManualClock, Settings};
use circle::meeting::follow::Console;
use circle::theme::Theme;
use circle::tui::showcase::{Shown, app_in, press};
use circle::view::WatchView;

fn type_line(app: &mut App, c: &ManualClock, text: &str) {
    for ch in text.chars() {
        press(app, c, KeyCode::Char(ch));
    }
}

/// The watcher of `app`'s meeting, at `w`×`h`.
pub fn watcher(app: &App, c: &ManualClock, fill: bool, w: u16, h: u16) -> Buffer {
    let mut watch = Watch::new(Settings::default(), Theme::new(ThemeName::Default), fill);
    let now = c.now();
    let meeting = app.meeting.clone().expect("a meeting");
    watch.follow(meeting, (now.mono, now.wall.fixed_offset()), Console::There);
    watch.refresh(now.wall);
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    let view = WatchView {
        watch: &watch,
        wall: now.wall,
        awaited: "",
    };
    t.draw(|f| f.render_widget(view, f.area())).unwrap();
    t.backend().buffer().clone()
}

/// Write the SVGs into `dir`, each through `svg`.
pub fn write(dir: &Path, svg: fn(&Buffer) -> String, draw: fn(&App, &ManualClock, u16, u16) -> Buffer) {
    // The console: a question saved and coached, then a private note on the line.
    let (mut console, c) = app_in(Shown::Calm, ThemeName::Default);
    press(&mut console, &c, KeyCode::Char('i'));
    type_line(&mut console, &c, "Why didn't you tell him?");
    press(&mut console, &c, KeyCode::Enter);
    type_line(&mut console, &c, "! Ben looks tired tonight");
    let save = |name: &str, buf: &Buffer| std::fs::write(dir.join(name), svg(buf)).expect("write svg");
    save("two-windows-console-100x30.svg", &draw(&console, &c, 100, 30));
    save("two-windows-watch-140x42.svg", &watcher(&console, &c, false, 140, 42));
    save("watch-calm-200x60.svg", &watcher(&console, &c, false, 200, 60));
    for shown in [Shown::Calm, Shown::WrapUp, Shown::Time] {
        let (a, c) = app_in(shown, ThemeName::Default);
        save(
            &format!("watch-fill-{}-200x60.svg", shown.key()),
            &watcher(&a, &c, true, 200, 60),
        );
    }
}
