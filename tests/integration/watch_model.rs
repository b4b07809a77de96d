//! The watcher's model on its own, without terminals: a console's journal made by
//! a real console model on a manual clock, fed to the watcher as its loop would.

use chrono::Duration;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use circle::app::watch::{Exit, Msg, SILENT_MS, State, Watch};
use circle::app::{App, Effect, Msg as AppMsg};
use circle::engine::{Clock, ManualClock, Settings};
use circle::journal::{Entry, Event, Journal};
use circle::theme::Theme;
use circle::tui::showcase::clock;

/// A console whose every journal entry is kept, as `Persist` would write them.
struct Console {
    app: App,
    clock: ManualClock,
    entries: Vec<Entry>,
}

impl Console {
    fn new() -> Console {
        let lib = circle::protocol::Library::load(None);
        let spec = circle::app::MeetingSpec::of(lib.get("peer-circle").unwrap().clone());
        let members = ["Ana", "Ben", "Chen"].map(String::from).to_vec();
        let theme = Theme::new(circle::cli::ThemeName::Mono);
        let app = App::new(spec, Some(members), Settings::default(), theme, false).unwrap();
        let mut console = Console {
            app,
            clock: clock(),
            entries: Vec::new(),
        };
        console.key(' ');
        console
    }

    fn key(&mut self, c: char) {
        let key = KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
        let effects = self.app.update(AppMsg::Key(key), self.clock.now());
        self.entries.extend(effects.into_iter().filter_map(|e| match e {
            Effect::Journal(entry) => Some(entry),
            _ => None,
        }));
    }

    fn journal(&self) -> Box<Journal> {
        Box::new(Journal {
            path: "test.journal".into(),
            header: self.app.meeting.as_ref().unwrap().journal_header().unwrap(),
            entries: self.entries.clone(),
            cut_off: None,
            skipped: Vec::new(),
            len: 0,
        })
    }

    fn used_s(&self) -> u64 {
        self.app.engine().unwrap().time(self.clock.now()).elapsed_ms / 1000
    }
}

fn watcher_used_s(watch: &Watch, wall: chrono::DateTime<chrono::Local>) -> u64 {
    let f = watch.followed().expect("following");
    f.app.engine().unwrap().time(f.now(wall)).elapsed_ms / 1000
}

#[test]
fn the_watchers_clock_runs_from_the_journals_last_moment_and_stops_with_the_console() {
    let mut console = Console::new();
    let mut watch = Watch::new(Settings::default(), Theme::new(circle::cli::ThemeName::Mono), false);
    assert!(matches!(watch.state, State::Waiting));
    console.clock.advance_secs(10);
    console.key('n');
    watch.update(Msg::Journal(console.journal()), console.clock.now().wall);
    // Between the console's writes the watcher's own clock moves the meeting on.
    console.clock.advance_ms(2_500);
    let wall = console.clock.now().wall;
    assert_eq!(watcher_used_s(&watch, wall), console.used_s());
    // A heartbeat moves the journal's last moment on, and the clock with it.
    let beat = Entry {
        t: console.clock.now().mono,
        wall: wall.fixed_offset(),
        event: Event::Alive,
    };
    watch.update(Msg::Heartbeat(beat), wall);
    console.clock.advance_ms(1_000);
    assert_eq!(watcher_used_s(&watch, console.clock.now().wall), console.used_s());
    // A console silent for longer than a heartbeat's gap has stopped: the clock
    // waits where the journal left it, and the screen says why.
    let silent = console.clock.now().wall + Duration::milliseconds(SILENT_MS + 1000);
    watch.update(Msg::Tick, silent);
    let f = watch.followed().unwrap();
    assert!(f.console_away(silent));
    assert_eq!(f.now(silent).mono, f.last.0, "the clock stops at the last moment");
    let said = f.app.ui.message.as_ref().map(|m| m.text.clone()).unwrap_or_default();
    assert!(said.contains("silent"), "{said:?}");
    assert_eq!(watch.exit, None);
}

#[test]
fn a_rehearsing_console_s_time_of_day_is_the_watcher_s_too() {
    let mut console = Console::new();
    let mut watch = Watch::new(Settings::default(), Theme::new(circle::cli::ThemeName::Mono), false);
    console.key('n');
    // The console rehearses a meeting on another day: its clock is 3 days ahead.
    let real = console.clock.now().wall - Duration::days(3);
    watch.update(Msg::Journal(console.journal()), real);
    let later = real + Duration::seconds(90);
    let shown = watch.followed().unwrap().now(later).wall;
    let console_then = console.clock.now().wall + Duration::seconds(90);
    assert!(
        (shown - console_then).num_seconds().abs() <= 1,
        "{shown} against {console_then}"
    );
}

#[test]
fn a_pause_shows_at_once_and_the_end_ends_the_watcher() {
    let mut console = Console::new();
    let mut watch = Watch::new(Settings::default(), Theme::new(circle::cli::ThemeName::Mono), false);
    console.clock.advance_secs(5);
    console.key(' ');
    watch.update(Msg::Journal(console.journal()), console.clock.now().wall);
    let f = watch.followed().unwrap();
    assert_eq!(
        f.app.engine().unwrap().state(),
        circle::engine::RunState::Paused,
        "the watcher's meeting is paused as the console's is"
    );
    // The console quits mid-meeting: the watcher waits for a resume.
    let mut closed = console.journal();
    let now = console.clock.now();
    closed.entries.push(Entry {
        t: now.mono,
        wall: now.wall.fixed_offset(),
        event: Event::Closed { finished: false },
    });
    watch.update(Msg::Journal(closed.clone()), now.wall);
    assert!(watch.followed().unwrap().console_away(now.wall));
    assert_eq!(watch.exit, None);
    // It closes the journal at the end of the meeting: the watcher is done.
    closed.entries.push(Entry {
        t: now.mono,
        wall: now.wall.fixed_offset(),
        event: Event::Closed { finished: true },
    });
    watch.update(Msg::Journal(closed), now.wall);
    assert_eq!(watch.exit, Some(Exit::Ended));
}

#[test]
fn q_stops_watching_and_the_console_keys_do_nothing() {
    let mut watch = Watch::new(Settings::default(), Theme::new(circle::cli::ThemeName::Mono), false);
    let wall = clock().now().wall;
    for c in [' ', 'n', '+', 'i', '?'] {
        watch.update(Msg::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)), wall);
        assert_eq!(watch.exit, None, "{c:?}");
    }
    watch.update(Msg::Key(KeyEvent::new(KeyCode::Char('q'), KeyModifiers::NONE)), wall);
    assert_eq!(watch.exit, Some(Exit::Quit));
}

#[test]
fn every_watch_screen_draws_at_any_size() {
    use circle::view::WatchView;
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    let mut console = Console::new();
    let mut watches = Vec::new();
    let waiting = Watch::new(Settings::default(), Theme::new(circle::cli::ThemeName::Default), true);
    watches.push(waiting);
    let mut live = Watch::new(Settings::default(), Theme::new(circle::cli::ThemeName::Default), true);
    live.update(Msg::Journal(console.journal()), console.clock.now().wall);
    watches.push(live);
    while console.app.engine().is_some_and(|e| !e.is_finished()) {
        console.key('n');
    }
    let mut ended = Watch::new(Settings::default(), Theme::new(circle::cli::ThemeName::Default), true);
    ended.update(Msg::Journal(console.journal()), console.clock.now().wall);
    watches.push(ended);
    let wall = console.clock.now().wall;
    for (i, watch) in watches.iter().enumerate() {
        for w in (1..=120).step_by(7) {
            for h in 1..=40 {
                let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
                let view = WatchView {
                    watch,
                    wall,
                    awaited: "the next meeting",
                };
                t.draw(|f| f.render_widget(view, f.area())).unwrap();
                if (w, h) == (113, 30) {
                    let text: String = t.backend().buffer().content.iter().map(|c| c.symbol()).collect();
                    let want = ["No meeting is live yet", "step 1/", "The meeting has ended."][i];
                    assert!(text.contains(want), "screen {i} lacks {want:?}");
                }
            }
        }
    }
}

#[test]
fn a_private_note_is_private_in_every_step_and_becomes_nothing_else() {
    let mut console = Console::new();
    let plan_len = console.app.engine().unwrap().plan().steps.len();
    for _ in 0..plan_len {
        console.key('i');
        for c in "  ! not for the group: 2: Phones off".chars() {
            console.key(c);
        }
        let enter = KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE);
        let effects = console.app.update(AppMsg::Key(enter), console.clock.now());
        assert!(
            effects.iter().any(|e| matches!(
                e,
                Effect::Journal(Entry { event: Event::PrivateNote { text }, .. })
                    if text == "not for the group: 2: Phones off"
            )),
            "step {}: {effects:?}",
            console.app.engine().unwrap().current_index() + 1
        );
        let esc = KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE);
        console.app.update(AppMsg::Key(esc), console.clock.now());
        console.key('n');
    }
    let record = &console.app.notes().unwrap().record;
    assert_eq!(record.notes.len(), plan_len);
    assert!(record.notes.iter().all(|n| n.private), "{:?}", record.notes);
    assert!(record.commitments.is_empty() && record.marks.is_empty() && record.norm_changes.is_empty());
    // Nothing of it in the summary, all of it in the private file.
    let summary = circle::record::summary::markdown(record);
    assert!(!summary.contains("not for the group"), "{summary}");
    let private = circle::record::private_notes::markdown(record).unwrap();
    assert_eq!(private.matches("not for the group").count(), plan_len);
}
