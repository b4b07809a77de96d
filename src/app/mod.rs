//! The live screen's model and its `update`: the Elm architecture. `update` takes a
//! message and the time and returns what the outside world must do; it does no I/O.
//! The meeting itself is a [`Meeting`], changed only by the journal events the keys
//! turn into; this model adds what is on screen around it.

mod bells;
mod facilitator;
pub mod frame;
pub mod keys;
pub mod line;
mod lists;
mod paste;
mod refusals;
mod remember;
mod typing;
mod ui;
mod wake;
pub mod watch;
mod words;

pub use typing::private_text;

use ratatui::crossterm::event::KeyEvent;

use crate::app::keys::{Action, Scope, action};
use crate::app::line::{LineEdit, LineInput};
use crate::engine::{Command, Engine, Ms, Now, Settings};
use crate::journal::{Entry, Event};
pub use crate::meeting::MeetingSpec;
use crate::meeting::{Meeting, MeetingEffect, Stage};
use crate::notes::{self, MeetingNotes};
pub use crate::persist::DiskStatus;
use crate::theme::Theme;
pub use remember::{Offer, Remembered};
pub use ui::{Echo, Message, Mode, NotesUi, Screen, SetupForm, Ui};

/// How long a short message stays on screen.
pub const MESSAGE_MS: Ms = 4000;
/// How long the message after a resume waits for the facilitator.
pub const RESUME_MESSAGE_MS: Ms = 60_000;
/// Gap between rings when the bell rings more than once.
pub const BELL_GAP_MS: Ms = 400;
/// Longest name the setup screen accepts.
pub const MAX_NAME_CHARS: usize = 60;
/// Longest note the notes line takes.
pub const MAX_NOTE_CHARS: usize = 10_000;
/// The most note text one meeting takes (UTF-8 bytes: about 100 pages). Whatever a
/// meeting writes, resume must read: this keeps its journal (each byte at most two
/// once escaped) far inside [`crate::safe_read::JOURNAL_CAP`], and its record
/// inside [`crate::safe_read::RECORD_CAP`].
pub const MAX_MEETING_NOTES_BYTES: usize = 200_000;

#[derive(Debug, Clone)]
pub enum Msg {
    Key(KeyEvent),
    /// Text pasted into the terminal, whole (bracketed paste).
    Paste(String),
    /// Time passed (a deadline, or a wake-up with nothing else to do).
    Tick,
    /// What the disk said to the last journal append or save.
    Disk(DiskStatus),
    /// The group the typed names belong to, found or made on disk.
    Remembered(Box<Remembered>),
    /// How many `circle watch` follow the meeting now.
    Watchers(usize),
}

/// What the outside world must do after an update: the one way out of `update`.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    Bell,
    /// Append to the journal, before the screen shows the result.
    Journal(Entry),
    /// The notes changed: write the record and summary.
    Save,
    /// Keep these names as a group (or find the group they are), so the next
    /// meeting remembers this one. Answered with [`Msg::Remembered`].
    Remember(Vec<String>),
}

pub struct App {
    /// What the meeting is made from: planned again when the members or presenters change.
    pub spec: MeetingSpec,
    pub settings: Settings,
    pub theme: Theme,
    pub bell: bool,
    pub screen: Screen,
    pub mode: Mode,
    pub meeting: Option<Meeting>,
    pub ui: Ui,
    pub quit: bool,
}

impl App {
    /// Start on the ready screen when members are known, else on the setup screen.
    pub fn new(
        spec: MeetingSpec,
        members: Option<Vec<String>>,
        settings: Settings,
        theme: Theme,
        bell: bool,
    ) -> Result<App, String> {
        let mut app = App {
            spec,
            settings,
            theme,
            bell,
            screen: Screen::Setup(SetupForm::default()),
            mode: Mode::Normal,
            meeting: None,
            ui: Ui::default(),
            quit: false,
        };
        if let Some(members) = members {
            app.plan_for(members)?;
        }
        Ok(app)
    }

    /// Go on with a meeting replayed from its journal.
    pub fn resumed(meeting: Meeting, settings: Settings, theme: Theme, bell: bool) -> App {
        let mut app = App {
            spec: meeting.spec().clone(),
            settings,
            theme,
            bell,
            screen: Screen::Ready,
            mode: Mode::Normal,
            meeting: Some(meeting),
            ui: Ui::default(),
            quit: false,
        };
        app.sync_screen();
        app.ui.notes.selected = app.first_selection();
        app
    }

    fn plan_for(&mut self, members: Vec<String>) -> Result<(), String> {
        let meeting = Meeting::plan(self.spec.clone(), members, self.settings).map_err(|e| e.to_string())?;
        self.meeting = Some(meeting);
        self.screen = Screen::Ready;
        Ok(())
    }

    pub fn engine(&self) -> Option<&Engine> {
        self.meeting.as_ref().map(Meeting::engine)
    }

    pub fn notes(&self) -> Option<&MeetingNotes> {
        self.meeting.as_ref().and_then(Meeting::notes)
    }

    pub fn context(&self) -> Option<&notes::GroupContext> {
        self.meeting.as_ref().map(Meeting::context)
    }

    /// Which keys apply now.
    pub fn scope(&self) -> Scope {
        match (&self.mode, &self.screen) {
            (Mode::ConfirmQuit, _) => Scope::ConfirmQuit,
            (Mode::Help, _) => Scope::Help,
            (Mode::Presenters(_), Screen::Ready) | (Mode::Notes, Screen::Live) => Scope::TextLine,
            (_, screen) => screen_scope(screen),
        }
    }

    /// The keys of the screen under any overlay: what `?` lists.
    pub fn screen_scope(&self) -> Scope {
        screen_scope(&self.screen)
    }

    pub fn update(&mut self, msg: Msg, now: Now) -> Vec<Effect> {
        let mut out = Vec::new();
        match msg {
            Msg::Key(key) => {
                // A message that waits for the facilitator (the resume note) goes at the first key.
                if self
                    .ui
                    .message
                    .as_ref()
                    .is_some_and(|m| m.until > now.mono + MESSAGE_MS)
                {
                    self.ui.message = None;
                }
                for key in typing::split_alt_key(self.scope(), key) {
                    let act = action(self.scope(), key);
                    self.act(act, now, &mut out);
                }
            }
            Msg::Paste(text) => self.paste(&text, now),
            Msg::Tick => {}
            Msg::Watchers(n) => self.ui.watchers = Some(n),
            Msg::Disk(DiskStatus::Saved) => self.ui.disk_warning = None,
            Msg::Disk(DiskStatus::Refused(why)) => {
                self.ui.disk_warning = Some(crate::t!("disk-not-saved", why = why));
            }
            Msg::Remembered(found) => self.remembered(*found, now),
        }
        // Time passes for the meeting at every update.
        self.send(Event::Alive, now, &mut out);
        if self.ui.message.as_ref().is_some_and(|m| now.mono >= m.until) {
            self.ui.message = None;
        }
        self.announce_alerts(now);
        while self.ui.bells.front().is_some_and(|&at| at <= now.mono) {
            self.ui.bells.pop_front();
            out.push(Effect::Bell);
        }
        out
    }

    /// Apply an event to the meeting and carry its effects onto the screen.
    fn send(&mut self, event: Event, now: Now, out: &mut Vec<Effect>) {
        let Some(meeting) = &mut self.meeting else { return };
        for effect in meeting.apply(&event, now) {
            match effect {
                MeetingEffect::Journal(entry) => out.push(Effect::Journal(entry)),
                MeetingEffect::Save => {
                    if !out.contains(&Effect::Save) {
                        out.push(Effect::Save);
                    }
                }
                MeetingEffect::StepChanged => {
                    self.ui.prompt = 0;
                    self.ui.notes.selected = self.first_selection();
                    self.ui.notes.echo = None;
                    // A message about the step just left goes with it.
                    self.ui.message.take_if(|m| m.until <= now.mono + MESSAGE_MS);
                    self.ui.handover_until = None;
                }
                MeetingEffect::Notice(notice) => self.notice(notice, now),
            }
        }
        self.sync_screen();
    }

    /// The screen follows the meeting's stage.
    fn sync_screen(&mut self) {
        let Some(meeting) = &self.meeting else { return };
        let screen = match meeting.stage() {
            Stage::Ready => Screen::Ready,
            Stage::Running => Screen::Live,
            Stage::Finished => Screen::Finished,
        };
        if matches!(self.screen, Screen::Setup(_)) && screen == Screen::Ready {
            return;
        }
        if screen == Screen::Finished && self.mode == Mode::Notes {
            self.mode = Mode::Normal;
        }
        self.screen = screen;
    }

    fn say(&mut self, text: impl Into<String>, now: Now) {
        self.ui.message = Some(Message {
            text: text.into(),
            until: now.mono + MESSAGE_MS,
        });
    }

    fn act(&mut self, act: Action, now: Now, out: &mut Vec<Effect>) {
        match act {
            Action::Nothing => {}
            Action::Dismiss => self.mode = Mode::Normal,
            // Under the curtain too: the line is hidden, and what is typed goes into
            // it, never to the command keys.
            Action::OpenNotes => self.mode = Mode::Notes,
            Action::EditPresenters => {
                let current = self
                    .engine()
                    .map(|s| s.plan().presenters.join(", "))
                    .unwrap_or_default();
                let mut line = LineInput::default();
                line.insert_str(&current);
                self.mode = Mode::Presenters(line);
            }
            Action::Select(delta) => self.select(delta),
            Action::NextFacilitator => self.next_facilitator(now),
            Action::Digit(d) => self.digit(d, now, out),
            Action::AcceptNorm => match self.meeting.as_ref().and_then(Meeting::pending_norm) {
                Some(note) => self.send(Event::AcceptNorm { note }, now, out),
                None => self.say(crate::t!("notice-no-norm-proposed"), now),
            },
            Action::AskQuit => self.mode = Mode::ConfirmQuit,
            Action::Quit => self.quit = true,
            Action::Help => {
                self.mode = Mode::Help;
                self.ui.help_page = 0;
            }
            Action::HelpPage(d) => {
                let pages = self.ui.help_pages.get().max(1) as i64;
                self.ui.help_page = (self.ui.help_page as i64 + i64::from(d)).rem_euclid(pages) as usize;
            }
            Action::Curtain => self.ui.curtain = !self.ui.curtain,
            Action::NextPrompt => {
                let count = self.engine().map_or(0, |s| s.current_step().prompts.len());
                if count > 0 {
                    self.ui.prompt = (self.ui.prompt + 1) % count;
                }
            }
            Action::Begin => {
                if self.screen == Screen::Ready {
                    self.send(Event::Engine { cmd: Command::Start }, now, out);
                }
            }
            Action::Engine(cmd) => self.send(Event::Engine { cmd }, now, out),
            Action::Type(c) => self.type_char(c),
            Action::Erase => self.erase(),
            Action::Edit(e) => self.edit_line(e),
            Action::Enter => self.enter(now, out),
        }
    }

    /// Pause a running meeting as a resumed one starts, and say how long it was away.
    pub fn resume_after(&mut self, now: Now, away_s: u64) -> Vec<Effect> {
        let mut out = Vec::new();
        self.send(Event::Resumed { away_s }, now, &mut out);
        out
    }
}

fn screen_scope(screen: &Screen) -> Scope {
    match screen {
        Screen::Setup(_) => Scope::Setup,
        Screen::Ready => Scope::Ready,
        Screen::Live => Scope::Live,
        Screen::Finished => Scope::Finished,
    }
}
