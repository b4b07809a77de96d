//! `circle watch`'s model and its pure `update`: what the watcher knows of the
//! meeting it follows. The meeting is a replay of the journal; its time comes from
//! the journal's last moment and the watcher's own clock, so the big clock runs
//! between the console's writes and agrees with the console's to the second.

use chrono::{DateTime, FixedOffset, Local};
use ratatui::crossterm::event::KeyEvent;

use crate::app::keys::{Action, Scope, action};
use crate::app::{App, Message, Screen};
use crate::engine::{Ms, Now, Settings};
use crate::journal::{Entry, Journal};
use crate::meeting::Meeting;
use crate::meeting::follow::{Console, console};
use crate::theme::Theme;

/// A console silent this long (no heartbeat, while a meeting is under way) has
/// stopped: killed, crashed or frozen. It writes one each second.
pub const SILENT_MS: i64 = 4_000;

#[derive(Debug, Clone)]
pub enum Msg {
    Key(KeyEvent),
    /// Time passed.
    Tick,
    /// The journal changed: all of it, to replay.
    Journal(Box<Journal>),
    /// Only the console's heartbeat moved on.
    Heartbeat(Entry),
    /// The journal followed is gone or unreadable (why), or none is live: wait.
    Lost(Option<String>),
}

/// How the watcher ends by itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// The person watching stopped.
    Quit,
    /// The meeting has ended.
    Ended,
}

pub struct Watch {
    pub settings: Settings,
    /// The watcher's own theme; `--fill` paints over it in the state's colour.
    pub theme: Theme,
    pub fill: bool,
    pub state: State,
    /// Why the last journal could not be followed, if it could not.
    pub trouble: Option<String>,
    pub exit: Option<Exit>,
}

pub enum State {
    /// No meeting is live yet.
    Waiting,
    Following(Box<Followed>),
}

/// The meeting followed, as of the journal's last line.
pub struct Followed {
    /// The public screen's model: a replayed meeting, with nothing private in it
    /// to show (see [`crate::app::Ui::public`]).
    pub app: App,
    /// The journal's last moment: on the meeting's time line, and on the wall clock.
    pub last: (Ms, DateTime<FixedOffset>),
    pub console: Console,
    /// How far the console's wall clock is from this one's, when it is far (a
    /// rehearsal clock, `CIRCLE_NOW`, started at another moment): taken once from
    /// the first line read, so time still moves on from the journal's last moment.
    pub skew: Option<chrono::TimeDelta>,
}

impl Followed {
    /// The meeting's clock now: its last moment, moved on by the wall-clock time since
    /// (both processes read the same wall clock). A console that stopped or closed
    /// the journal stops the clock where it left it, as a resume will take it up.
    pub fn now(&self, wall: DateTime<Local>) -> Now {
        let since = (self.console_wall(wall) - self.last.1).num_milliseconds().max(0);
        let mono = if self.console_away(wall) {
            self.last.0
        } else {
            self.last.0 + since as Ms
        };
        // The console's wall clock too, so the title's time of day is the
        // rehearsal's when the console rehearses, as on the console's own screen.
        Now {
            mono,
            wall: self.console_wall(wall).with_timezone(&Local),
        }
    }

    /// The console closed the journal, or has been silent while the meeting is under way.
    pub fn console_away(&self, wall: DateTime<Local>) -> bool {
        let silent = (self.console_wall(wall) - self.last.1).num_milliseconds() > SILENT_MS;
        self.console != Console::There || (silent && self.app.screen == Screen::Live)
    }
}

impl Followed {
    /// This wall clock read as the console's.
    fn console_wall(&self, wall: DateTime<Local>) -> DateTime<FixedOffset> {
        wall.fixed_offset() + self.skew.unwrap_or_default()
    }

    /// Notice a console whose wall clock is far from this one (over a minute):
    /// one rehearsing on `CIRCLE_NOW`/`CIRCLE_SPEED`. Clocks that agree are left
    /// alone, so a real meeting is timed from the wall clock both processes share.
    fn measure_skew(&mut self, wall: DateTime<Local>) {
        let apart = self.last.1 - wall.fixed_offset();
        if self.skew.is_none() && apart.num_seconds().abs() > SKEW_S {
            self.skew = Some(apart);
        }
    }
}

/// Clocks further apart than this are a rehearsal's, not a real meeting's.
const SKEW_S: i64 = 60;

impl Watch {
    pub fn new(settings: Settings, theme: Theme, fill: bool) -> Watch {
        Watch {
            settings,
            theme,
            fill,
            state: State::Waiting,
            trouble: None,
            exit: None,
        }
    }

    pub fn followed(&self) -> Option<&Followed> {
        match &self.state {
            State::Following(f) => Some(f),
            State::Waiting => None,
        }
    }

    pub fn update(&mut self, msg: Msg, wall: DateTime<Local>) {
        match msg {
            Msg::Key(key) => {
                if action(Scope::Watch, key) == Action::Quit {
                    self.exit = Some(Exit::Quit);
                }
            }
            Msg::Tick => {}
            Msg::Journal(journal) => self.replay(&journal),
            Msg::Heartbeat(entry) => {
                if let State::Following(f) = &mut self.state {
                    f.last = (entry.t, entry.wall);
                    f.console = Console::There;
                }
            }
            Msg::Lost(why) => {
                self.state = State::Waiting;
                self.trouble = why;
            }
        }
        if let State::Following(f) = &mut self.state {
            f.measure_skew(wall);
        }
        self.refresh(wall);
    }

    fn replay(&mut self, journal: &Journal) {
        let (meeting, last_t) = match Meeting::from_journal(journal, self.settings) {
            Ok(m) => m,
            Err(e) => {
                self.state = State::Waiting;
                self.trouble = Some(format!("{}: {e}", journal.path.display()));
                return;
            }
        };
        self.trouble = None;
        let console = console(journal);
        if console == (Console::Closed { finished: true }) {
            self.exit = Some(Exit::Ended);
        }
        self.follow(meeting, (last_t, journal.last_wall()), console);
    }

    /// Follow `meeting` as its journal left it at `last`.
    pub fn follow(&mut self, meeting: Meeting, last: (Ms, DateTime<FixedOffset>), console: Console) {
        let mut app = App::resumed(meeting, self.settings, self.theme, false);
        app.ui.public = true;
        // A replay keeps the skew already measured: the console's clock did not move.
        let skew = match &self.state {
            State::Following(f) => f.skew,
            State::Waiting => None,
        };
        self.state = State::Following(Box::new(Followed {
            app,
            last,
            console,
            skew,
        }));
    }

    /// What changes with time alone: the word for an absent console, and the fill.
    pub fn refresh(&mut self, wall: DateTime<Local>) {
        let State::Following(f) = &mut self.state else { return };
        let away = f.console_away(wall);
        f.app.ui.message = away.then(|| Message {
            text: crate::t!(
                "watch-console-away",
                time = f.last.1.with_timezone(&Local).format("%H:%M:%S").to_string()
            ),
            until: Ms::MAX,
        });
        let now = f.now(wall);
        f.app.theme = match f.app.engine() {
            Some(engine) if self.fill => self.theme.filled(engine.time(now).alert),
            _ => self.theme,
        };
    }

    /// Milliseconds until the screen must change by itself, if ever.
    pub fn next_wake_in(&self, wall: DateTime<Local>) -> Option<Ms> {
        let f = self.followed()?;
        let now = f.now(wall);
        let mut wake = f.app.next_wake_in(now);
        if !f.console_away(wall) && f.app.screen == Screen::Live {
            // The moment a silent console would count as away.
            let since = (f.console_wall(wall) - f.last.1).num_milliseconds();
            let left = (SILENT_MS - since).max(0) as Ms + 1;
            wake = Some(wake.map_or(left, |w| w.min(left)));
        }
        wake
    }
}
