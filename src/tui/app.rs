//! The live screen's model and its `update`: the Elm architecture. `update` takes
//! a message and the time and changes the model; it does no I/O. What the outside
//! world must do (ring the bell) comes back as [`Effect`]s.

use std::collections::VecDeque;

use ratatui::crossterm::event::KeyEvent;

use super::keys::{Action, Context, action};
use super::theme::Theme;
use crate::plan::{self, PlanRequest, PresenterChoice, same_name};
use crate::protocol::duration::format_clock;
use crate::protocol::{Protocol, Secs};
use crate::session::{Alert, Command, Ms, Now, Outcome, Session, Settings};

/// How long a short message stays on screen.
pub const MESSAGE_MS: Ms = 4000;
/// Gap between rings when the bell rings more than once.
pub const BELL_GAP_MS: Ms = 400;
/// Longest name the setup screen accepts.
pub const MAX_NAME_CHARS: usize = 60;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Msg {
    Key(KeyEvent),
    /// Time passed (a deadline, or a wake-up with nothing else to do).
    Tick,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effect {
    Bell,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SetupForm {
    pub names: Vec<String>,
    pub input: String,
    pub error: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Screen {
    Setup(SetupForm),
    Ready,
    Live,
    Finished,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub text: String,
    pub until: Ms,
}

/// State of the screen that is not the meeting itself.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Ui {
    pub help: bool,
    pub curtain: bool,
    pub confirm_quit: bool,
    /// Index of the prompt shown for the current step.
    pub prompt: usize,
    pub message: Option<Message>,
    /// The alert level already announced, per step, so each level rings once.
    pub announced: Option<(usize, Alert)>,
    /// When the next rings are due.
    pub bells: VecDeque<Ms>,
}

/// What the meeting is, before and after it has members.
#[derive(Debug, Clone)]
pub struct MeetingSpec {
    pub protocol: Protocol,
    pub presenters: PresenterChoice,
    pub length: Option<Secs>,
}

pub struct App {
    pub spec: MeetingSpec,
    pub settings: Settings,
    pub theme: Theme,
    pub bell: bool,
    pub screen: Screen,
    pub session: Option<Session>,
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
            session: None,
            ui: Ui::default(),
            quit: false,
        };
        if let Some(members) = members {
            app.plan_for(members)?;
        }
        Ok(app)
    }

    fn plan_for(&mut self, members: Vec<String>) -> Result<(), String> {
        let request = PlanRequest {
            members,
            presenters: self.spec.presenters.clone(),
            length: self.spec.length,
            rotation: None,
        };
        let plan = plan::build(&self.spec.protocol, &request).map_err(|e| e.to_string())?;
        self.session = Some(Session::new(plan, self.settings));
        self.screen = Screen::Ready;
        Ok(())
    }

    fn context(&self) -> Context {
        if self.ui.confirm_quit {
            Context::ConfirmQuit
        } else if self.ui.help {
            Context::Help
        } else {
            match self.screen {
                Screen::Setup(_) => Context::Setup,
                Screen::Ready => Context::Ready,
                Screen::Live => Context::Live,
                Screen::Finished => Context::Finished,
            }
        }
    }

    pub fn update(&mut self, msg: Msg, now: Now) -> Vec<Effect> {
        if let Msg::Key(key) = msg {
            let act = action(self.context(), key);
            self.act(act, now);
        }
        if let Some(session) = &mut self.session
            && session.tick(now)
        {
            self.ui.prompt = 0;
        }
        if self.session.as_ref().is_some_and(Session::is_finished) {
            self.screen = Screen::Finished;
        }
        if self.ui.message.as_ref().is_some_and(|m| now.mono >= m.until) {
            self.ui.message = None;
        }
        self.announce_alerts(now);
        let mut effects = Vec::new();
        while self.ui.bells.front().is_some_and(|&at| at <= now.mono) {
            self.ui.bells.pop_front();
            effects.push(Effect::Bell);
        }
        effects
    }

    fn say(&mut self, text: impl Into<String>, now: Now) {
        self.ui.message = Some(Message {
            text: text.into(),
            until: now.mono + MESSAGE_MS,
        });
    }

    fn act(&mut self, act: Action, now: Now) {
        match act {
            Action::Nothing => {}
            Action::Dismiss => {
                self.ui.help = false;
                self.ui.confirm_quit = false;
            }
            Action::AskQuit => self.ui.confirm_quit = true,
            Action::Quit => self.quit = true,
            Action::Help => self.ui.help = true,
            Action::Curtain => self.ui.curtain = !self.ui.curtain,
            Action::NextPrompt => {
                let count = self.session.as_ref().map_or(0, |s| s.current_step().prompts.len());
                if count > 0 {
                    self.ui.prompt = (self.ui.prompt + 1) % count;
                }
            }
            Action::Begin => {
                if let Some(s) = &mut self.session {
                    s.apply(Command::Start, now);
                    self.screen = Screen::Live;
                }
            }
            Action::Engine(cmd) => self.command(cmd, now),
            Action::Type(c) => {
                if let Screen::Setup(form) = &mut self.screen
                    && !c.is_control()
                    && form.input.chars().count() < MAX_NAME_CHARS
                {
                    form.input.push(c);
                    form.error = None;
                }
            }
            Action::Erase => {
                if let Screen::Setup(form) = &mut self.screen {
                    if form.input.pop().is_none() {
                        form.names.pop();
                    }
                    form.error = None;
                }
            }
            Action::Enter => self.setup_enter(),
        }
    }

    fn setup_enter(&mut self) {
        let Screen::Setup(form) = &mut self.screen else { return };
        let name = form.input.trim().to_string();
        if !name.is_empty() {
            if form.names.iter().any(|n| same_name(n, &name)) {
                form.error = Some(format!("\"{name}\" is already in; give each member a distinct name"));
            } else {
                form.names.push(name);
                form.input.clear();
                form.error = None;
            }
            return;
        }
        if form.names.is_empty() {
            form.error = Some("type at least one name first".into());
            return;
        }
        let names = form.names.clone();
        if let Err(e) = self.plan_for(names)
            && let Screen::Setup(form) = &mut self.screen
        {
            form.error = Some(e);
        }
    }

    fn command(&mut self, cmd: Command, now: Now) {
        let Some(session) = &mut self.session else { return };
        let before = session.current_index();
        match session.apply(cmd, now) {
            Outcome::Done => {}
            Outcome::Ignored(why) => self.say(why, now),
            Outcome::Rebalanced(r) => {
                let plan = session.plan();
                let parts: Vec<String> = r
                    .taken
                    .iter()
                    .map(|(j, ms)| format!("{} −{}", plan.steps[*j].title, format_clock(ms / 1000)))
                    .collect();
                let mut text = format!(
                    "Rebalanced: took back {} ({})",
                    format_clock(r.taken_ms() / 1000),
                    parts.join(", ")
                );
                if r.short_ms > 0 {
                    text.push_str(&format!(
                        "; still {} behind (floors reached)",
                        format_clock(r.short_ms / 1000)
                    ));
                }
                self.say(text, now);
            }
        }
        if matches!(cmd, Command::Previous) && self.screen == Screen::Finished {
            self.screen = Screen::Live;
        }
        if self.session.as_ref().is_some_and(|s| s.current_index() != before) {
            self.ui.prompt = 0;
        }
    }

    /// Ring once at wrap-up, twice at time, three times past the grace period; each
    /// level once per step. Moving to a step never rings for where it already is.
    fn announce_alerts(&mut self, now: Now) {
        let Some(session) = &self.session else { return };
        if self.screen != Screen::Live {
            return;
        }
        let index = session.current_index();
        let alert = session.time(now).alert;
        match self.ui.announced {
            Some((i, seen)) if i == index => {
                if alert > seen {
                    if self.bell {
                        for k in 0..alert.rings() {
                            self.ui.bells.push_back(now.mono + u64::from(k) * BELL_GAP_MS);
                        }
                    }
                    self.ui.announced = Some((index, alert));
                } else if alert < seen {
                    // Time was added: a later crossing rings again.
                    self.ui.announced = Some((index, alert));
                }
            }
            _ => self.ui.announced = Some((index, alert)),
        }
    }

    /// Milliseconds until the screen must change by itself, if ever.
    pub fn next_wake_in(&self, now: Now) -> Option<Ms> {
        let mut wake: Option<Ms> = None;
        let mut consider = |ms: Ms| wake = Some(wake.map_or(ms, |w| w.min(ms)));
        if let Some(s) = &self.session
            && self.screen == Screen::Live
        {
            if let Some(ms) = s.next_change_in(now) {
                consider(ms);
            }
            if let Some(edge) = super::frame::flash_edge_in(&s.time(now), now) {
                consider(edge);
            }
        }
        if let Some(m) = &self.ui.message {
            consider(m.until.saturating_sub(now.mono));
        }
        if let Some(&at) = self.ui.bells.front() {
            consider(at.saturating_sub(now.mono));
        }
        // The wall clock on screen changes each minute.
        let into_minute = (chrono::Timelike::second(&now.wall) as Ms) * 1000
            + (chrono::Timelike::nanosecond(&now.wall) as Ms / 1_000_000).min(999);
        consider(60_000 - into_minute);
        wake
    }
}
