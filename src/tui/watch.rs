//! `circle watch`: the meeting's public screen in a process of its own. It follows
//! the journal of a live meeting (see [`crate::meeting::follow`]) and draws the
//! console's live screen without anything private, at its own size, theme and
//! language.
//!
//! The loop sleeps until a key, the next moment the screen must change, or the
//! next look at the journal (a `stat` four times a second; reading only what
//! changed), so a pause, a step change or an added minute shows within a quarter
//! of a second. The terminal going away and signals end it as they end the
//! console ([`Lifeline`]); it has nothing to save.

use std::path::PathBuf;
use std::time::{Duration, Instant, SystemTime};

use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{self, Event};

use crate::app::watch::{Exit, Msg, Watch};
use crate::engine::Ms;
use crate::meeting::follow::{self, Change, Tail, Target};
use crate::tui::lifeline::{Lifeline, Stop, Wake};
use crate::view::WatchView;

/// How often the journal followed is looked at.
pub const LOOK_EVERY: Duration = Duration::from_millis(250);
/// How often the data dir is searched while no meeting is live.
pub const SEEK_EVERY: Duration = Duration::from_millis(500);
/// Longest sleep: the screen is redrawn at least this often while it changes.
const MAX_SLEEP_MS: Ms = 1000;

/// How the watcher ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    Quit,
    /// The meeting has ended.
    Ended,
    Stopped(Stop),
}

/// Where the journal comes from: found in the data dir, then followed.
pub struct Source {
    pub data: PathBuf,
    pub target: Target,
    tail: Option<Tail>,
}

impl Source {
    pub fn new(data: PathBuf, target: Target) -> Source {
        // A meeting named on the command line is followed at once, live or not:
        // its console may be about to come back.
        let tail = match &target {
            Target::Journal(path) => Some(Tail::new(path.clone())),
            Target::AnyLive | Target::Group(_) => None,
        };
        Source { data, target, tail }
    }

    fn every(&self) -> Duration {
        if self.tail.is_some() { LOOK_EVERY } else { SEEK_EVERY }
    }

    /// What changed since the last look, if anything.
    pub fn look(&mut self) -> Option<Msg> {
        if self.tail.is_none() {
            let found = follow::live(&self.data, &self.target, SystemTime::now())
                .into_iter()
                .next()?;
            self.tail = Some(Tail::new(found.path));
        }
        let tail = self.tail.as_mut()?;
        match tail.look() {
            Change::Same => None,
            Change::Heartbeat(entry) => Some(Msg::Heartbeat(entry)),
            Change::Journal(journal) => Some(Msg::Journal(journal)),
            Change::Lost(why) => {
                // A meeting named on the command line may come back (its journal
                // rewritten by a resume); any other is sought afresh.
                if !matches!(self.target, Target::Journal(_)) {
                    self.tail = None;
                }
                Some(Msg::Lost(Some(why)))
            }
        }
    }
}

/// Run the watcher until the meeting ends, the person stops watching, a signal
/// arrives or the terminal goes away.
pub fn run(mut watch: Watch, mut source: Source, awaited: &str) -> anyhow::Result<Ending> {
    let lifeline = Lifeline::start()?;
    let mut terminal = ratatui::init();
    let result = event_loop(&mut terminal, &mut watch, &mut source, &lifeline, awaited);
    // Nothing to save: a stop need not wait for this thread.
    lifeline.saved();
    if !matches!(result, Ok(Ending::Stopped(Stop::TerminalGone))) {
        let _ = terminal.show_cursor();
        let _ = ratatui::try_restore();
    }
    // See `tui::run`: dropping the terminal would print, and panic on one that is gone.
    std::mem::forget(terminal);
    result
}

fn event_loop(
    terminal: &mut DefaultTerminal,
    watch: &mut Watch,
    source: &mut Source,
    lifeline: &Lifeline,
    awaited: &str,
) -> anyhow::Result<Ending> {
    let mut next_look = Instant::now();
    let mut draw = true;
    let mut resized = false;
    loop {
        if Instant::now() >= next_look {
            if let Some(msg) = source.look() {
                watch.update(msg, chrono::Local::now());
                draw = true;
            }
            next_look = Instant::now() + source.every();
        }
        match watch.exit {
            Some(Exit::Quit) => return Ok(Ending::Quit),
            Some(Exit::Ended) => return Ok(Ending::Ended),
            None => {}
        }
        if let Some(stop) = lifeline.stopped() {
            return Ok(Ending::Stopped(stop));
        }
        if std::mem::take(&mut resized) {
            // As the console does: a resize always redraws whole.
            let size = terminal.size()?;
            terminal.resize(ratatui::layout::Rect::new(0, 0, size.width, size.height))?;
        }
        let wall = chrono::Local::now();
        if std::mem::take(&mut draw) {
            let view = WatchView { watch, wall, awaited };
            if terminal.draw(|f| f.render_widget(view, f.area())).is_err() {
                return Ok(Ending::Stopped(lifeline.terminal_gone()));
            }
        }
        let screen_in = watch.next_wake_in(wall).unwrap_or(MAX_SLEEP_MS).clamp(1, MAX_SLEEP_MS);
        let look_in = next_look.saturating_duration_since(Instant::now()).as_millis() as Ms;
        let screen_due = screen_in <= look_in;
        match lifeline.wait(screen_in.min(look_in).max(1)) {
            Wake::Timeout => {
                if screen_due {
                    watch.update(Msg::Tick, chrono::Local::now());
                    draw = true;
                }
            }
            Wake::Stop(stop) => return Ok(Ending::Stopped(stop)),
            Wake::Input => match read_keys(lifeline) {
                Ok((keys, resize)) => {
                    for key in keys {
                        watch.update(Msg::Key(key), chrono::Local::now());
                    }
                    resized |= resize;
                    draw = true;
                }
                Err(stop) => return Ok(Ending::Stopped(stop)),
            },
        }
    }
}

/// Every key already waiting, and whether the window was resized.
fn read_keys(lifeline: &Lifeline) -> Result<(Vec<event::KeyEvent>, bool), Stop> {
    let mut keys = Vec::new();
    let mut resized = false;
    loop {
        if let Some(stop) = lifeline.check() {
            return Err(stop);
        }
        // As in `tui::read_waiting`: the /dev/tty reader needs a moment, not zero.
        match event::poll(Duration::from_millis(1)).and_then(|ready| ready.then(event::read).transpose()) {
            Ok(Some(Event::Key(key))) => keys.push(key),
            Ok(Some(Event::Resize(..))) => resized = true,
            Ok(Some(_)) => {}
            Ok(None) => return Ok((keys, resized)),
            Err(_) => return Err(lifeline.terminal_gone()),
        }
    }
}
