//! The live screen's model and its `update`: the Elm architecture. `update` takes
//! a message and the time and changes the model; it does no I/O. What the outside
//! world must do (ring the bell) comes back as [`Effect`]s.

use std::collections::VecDeque;

use ratatui::crossterm::event::KeyEvent;

use super::keys::{Action, Context, action};
use super::theme::Theme;
pub use crate::meeting::MeetingSpec;
use crate::notes::journal::{Entry, Event, Header, JOURNAL_VERSION, Journal};
use crate::notes::meeting::Added;
use crate::notes::record::{Category, Status};
use crate::notes::{self, MeetingNotes};
use crate::plan::{PresenterChoice, same_name};
use crate::protocol::Kind;
use crate::protocol::duration::format_clock;
use crate::session::{Alert, Command, Ms, Now, Outcome, RunState, Session, Settings};

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
    /// The notes changed: write the record and summary.
    Save,
}

/// Longest note the notes line takes.
pub const MAX_NOTE_CHARS: usize = 1000;

/// The notes line and what the last note became.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct NotesUi {
    pub open: bool,
    pub input: String,
    /// What the last saved note became, and a coaching hint for questions.
    pub echo: Option<(String, Option<String>)>,
    /// The selected row of the report-back or check-out list.
    pub selected: usize,
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
    pub notes: NotesUi,
    /// The ready screen's presenters line, while it is being changed.
    pub presenters_input: Option<String>,
    /// Set while the notes cannot be written; the meeting goes on.
    pub disk_warning: Option<String>,
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
    /// Rotating roles, buddies and open commitments, known once the plan is.
    pub context: Option<notes::Context>,
    /// The meeting's notes, from the moment it begins.
    pub notes: Option<MeetingNotes>,
    /// Set when the notes changed since the last save.
    dirty: bool,
    /// Journal entries not yet written.
    outbox: Vec<Entry>,
    /// True while rebuilding from a journal: nothing is journaled again.
    replaying: bool,
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
            context: None,
            notes: None,
            dirty: false,
            outbox: Vec::new(),
            replaying: false,
        };
        if let Some(members) = members {
            app.plan_for(members)?;
        }
        Ok(app)
    }

    fn plan_for(&mut self, members: Vec<String>) -> Result<(), String> {
        let plan = self.spec.plan(members).map_err(|e| e.to_string())?;
        self.context = Some(self.spec.context(&plan));
        self.session = Some(Session::new(plan, self.settings));
        self.screen = Screen::Ready;
        Ok(())
    }

    fn context(&self) -> Context {
        if self.ui.confirm_quit {
            Context::ConfirmQuit
        } else if self.ui.help {
            Context::Help
        } else if (self.ui.presenters_input.is_some() && self.screen == Screen::Ready)
            || (self.ui.notes.open && self.screen == Screen::Live)
        {
            Context::TextInput
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
            // A message that waits for the facilitator (the resume note) goes at the first key.
            if self
                .ui
                .message
                .as_ref()
                .is_some_and(|m| m.until > now.mono + MESSAGE_MS)
            {
                self.ui.message = None;
            }
            let act = action(self.context(), key);
            self.act(act, now);
        }
        if let Some(session) = &mut self.session
            && session.tick(now)
        {
            self.step_changed();
        }
        if self.session.as_ref().is_some_and(Session::is_finished) && self.screen != Screen::Finished {
            self.screen = Screen::Finished;
            self.ui.notes.open = false;
            if let Some(n) = &mut self.notes {
                n.finish(now.wall);
            }
            self.dirty = true;
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
        if std::mem::take(&mut self.dirty) && self.notes.is_some() {
            effects.push(Effect::Save);
        }
        effects
    }

    fn step_changed(&mut self) {
        self.ui.prompt = 0;
        self.ui.notes.selected = 0;
        self.ui.notes.echo = None;
        // The record keeps the time used per step current.
        self.dirty = true;
    }

    /// The record as it stands now, with the times brought up to date: what the
    /// caller writes to disk on [`Effect::Save`] and on the way out.
    pub fn record_now(&mut self, now: Now) -> Option<&notes::Record> {
        let session = self.session.as_ref()?;
        let notes = self.notes.as_mut()?;
        notes.times(session.plan(), &session.used_ms(now), &session.airtime_ms(now));
        Some(&notes.record)
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
                if !self.ui.help && !self.ui.confirm_quit {
                    self.ui.notes.open = false;
                    self.ui.presenters_input = None;
                }
                self.ui.help = false;
                self.ui.confirm_quit = false;
            }
            Action::OpenNotes => {
                if !self.ui.curtain {
                    self.ui.notes.open = true;
                }
            }
            Action::EditPresenters => {
                let current = self
                    .session
                    .as_ref()
                    .map(|s| s.plan().presenters.join(", "))
                    .unwrap_or_default();
                self.ui.presenters_input = Some(current);
            }
            Action::Select(delta) => self.select(delta),
            Action::Digit(d) => self.digit(d, now),
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
            Action::Begin => self.begin(now),
            Action::Engine(cmd) => {
                self.command(cmd, now);
            }
            Action::Type(c) if c.is_control() => {}
            Action::Type(c) => {
                if let Some(input) = &mut self.ui.presenters_input {
                    if input.chars().count() < MAX_NAME_CHARS * 4 {
                        input.push(c);
                    }
                } else if self.ui.notes.open && self.screen == Screen::Live {
                    if self.ui.notes.input.chars().count() < MAX_NOTE_CHARS {
                        self.ui.notes.input.push(c);
                    }
                } else if let Screen::Setup(form) = &mut self.screen
                    && form.input.chars().count() < MAX_NAME_CHARS
                {
                    form.input.push(c);
                    form.error = None;
                }
            }
            Action::Erase => {
                if let Some(input) = &mut self.ui.presenters_input {
                    input.pop();
                } else if self.ui.notes.open && self.screen == Screen::Live {
                    self.ui.notes.input.pop();
                } else if let Screen::Setup(form) = &mut self.screen {
                    if form.input.pop().is_none() {
                        form.names.pop();
                    }
                    form.error = None;
                }
            }
            Action::Enter => {
                if self.ui.presenters_input.is_some() {
                    self.change_presenters(now);
                } else if self.ui.notes.open && self.screen == Screen::Live {
                    self.save_note(now);
                } else {
                    self.setup_enter();
                }
            }
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

    fn begin(&mut self, now: Now) {
        if self.screen != Screen::Ready {
            return;
        }
        let Some(s) = &mut self.session else { return };
        s.apply(Command::Start, now);
        self.screen = Screen::Live;
        let context = self.context.clone().unwrap_or_default();
        self.notes = Some(MeetingNotes::new(context, s.plan(), now.wall));
        self.dirty = true;
        self.journal(Event::Engine { cmd: Command::Start }, now);
    }

    /// Queue an event for the journal (not while replaying one).
    fn journal(&mut self, event: Event, now: Now) {
        if !self.replaying {
            self.outbox.push(Entry {
                t: now.mono,
                wall: now.wall.fixed_offset(),
                event,
            });
        }
    }

    /// Events waiting to be written to the journal, oldest first.
    pub fn take_journal(&mut self) -> Vec<Entry> {
        std::mem::take(&mut self.outbox)
    }

    /// The journal's first line, once the meeting has begun.
    pub fn journal_header(&self) -> Option<Header> {
        let session = self.session.as_ref()?;
        let notes = self.notes.as_ref()?;
        let plan = session.plan();
        Some(Header {
            journal: JOURNAL_VERSION,
            id: notes.record.id.clone(),
            protocol_id: plan.protocol.id.clone(),
            protocol_origin: plan.protocol.origin.clone(),
            protocol_source: plan.protocol.source.clone(),
            members: plan.members.clone(),
            presenters: plan.presenters.clone(),
            length: self.spec.length,
            context: self.context.clone().unwrap_or_default(),
            started: notes.record.started,
        })
    }

    /// Rebuild a meeting from its journal: the same events at the same times give
    /// the same state. Returns the app and the journal's last moment; a meeting that
    /// was running is paused there.
    pub fn from_journal(journal: &Journal, settings: Settings, theme: Theme, bell: bool) -> Result<(App, Ms), String> {
        let h = &journal.header;
        let protocol = crate::protocol::parse_protocol(&h.protocol_id, &h.protocol_origin, &h.protocol_source)
            .map_err(|e| format!("the journal's protocol no longer reads: {e}"))?;
        let spec = MeetingSpec {
            protocol,
            presenters: PresenterChoice::Names(h.presenters.clone()),
            length: h.length,
            group: None,
        };
        let mut app = App::new(spec, Some(h.members.clone()), settings, theme, bell)?;
        app.context = Some(h.context.clone());
        app.replaying = true;
        let started = h.started.with_timezone(&chrono::Local);
        let mut last = 0;
        for entry in &journal.entries {
            let now = Now {
                mono: entry.t,
                wall: entry.wall.with_timezone(&chrono::Local),
            };
            last = entry.t;
            app.update(Msg::Tick, now);
            app.replay(&entry.event, now);
        }
        if let Some(n) = &mut app.notes {
            // The id and start come from the header, whatever the replay's clock.
            n.record.id = h.id.clone();
            n.record.started = started.fixed_offset();
        }
        app.replaying = false;
        app.ui = Ui::default();
        Ok((app, last))
    }

    fn replay(&mut self, event: &Event, now: Now) {
        match event {
            Event::Engine { cmd: Command::Start } => self.begin(now),
            Event::Engine { cmd } => {
                self.command(*cmd, now);
            }
            Event::Note { text } => {
                self.apply_note(text, now);
            }
            Event::Mark { commitment, status } => self.apply_mark(commitment, *status, now),
            Event::Learned { commitment, text } => self.apply_learned(commitment, text, now),
            Event::Rate { member, value } => self.apply_rate(member, *value, now),
            Event::Alive | Event::Resumed { .. } | Event::Closed { .. } => {}
        }
    }

    /// Pause a running meeting, as a resumed one starts (journaled).
    pub fn pause_for_resume(&mut self, now: Now, away_s: u64) {
        if self
            .session
            .as_ref()
            .is_some_and(|s| matches!(s.state(), RunState::Running { .. }))
        {
            self.command(Command::TogglePause, now);
        }
        self.journal(Event::Resumed { away_s }, now);
        self.say(
            format!(
                "Resumed after {} away — paused; space to go on",
                crate::protocol::duration::format_secs(away_s.max(1))
            ),
            now,
        );
        // A resume message stays until the facilitator acts.
        if let Some(m) = &mut self.ui.message {
            m.until = now.mono + 60_000;
        }
    }

    /// Apply an engine command; true when the engine took it.
    fn command(&mut self, cmd: Command, now: Now) -> bool {
        let Some(session) = &mut self.session else { return false };
        let before = session.current_index();
        let outcome = session.apply(cmd, now);
        let taken = !matches!(outcome, Outcome::Ignored(_));
        match outcome {
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
            if let Some(n) = &mut self.notes {
                n.record.finished = false;
                n.record.ended = None;
            }
        }
        if self.session.as_ref().is_some_and(|s| s.current_index() != before) {
            self.step_changed();
        }
        if taken {
            self.journal(Event::Engine { cmd }, now);
        }
        taken
    }

    fn apply_note(&mut self, text: &str, now: Now) -> Option<Added> {
        let session = self.session.as_ref()?;
        let index = session.current_index();
        let step = session.current_step().clone();
        let added = self.notes.as_mut()?.add(index, &step, text, now.wall)?;
        self.dirty = true;
        self.journal(Event::Note { text: text.to_string() }, now);
        Some(added)
    }

    fn apply_mark(&mut self, commitment: &str, status: Status, now: Now) {
        let Some(n) = &mut self.notes else { return };
        let Some(open) = n.open.iter().find(|o| o.commitment.id == commitment).cloned() else {
            return;
        };
        n.mark(&open, status);
        self.dirty = true;
        self.journal(
            Event::Mark {
                commitment: commitment.to_string(),
                status,
            },
            now,
        );
    }

    fn apply_learned(&mut self, commitment: &str, text: &str, now: Now) {
        if self.notes.as_mut().is_some_and(|n| n.learned(commitment, text)) {
            self.dirty = true;
            self.journal(
                Event::Learned {
                    commitment: commitment.to_string(),
                    text: text.to_string(),
                },
                now,
            );
        }
    }

    fn apply_rate(&mut self, member: &str, value: u8, now: Now) {
        let Some(n) = &mut self.notes else { return };
        n.rate(member, value);
        self.dirty = true;
        self.journal(
            Event::Rate {
                member: member.to_string(),
                value,
            },
            now,
        );
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

    /// On the ready screen: take the typed presenters ("Ben", "Ben, Dee", "2", "all").
    fn change_presenters(&mut self, now: Now) {
        let Some(text) = self.ui.presenters_input.take() else {
            return;
        };
        let Some(members) = self.session.as_ref().map(|s| s.plan().members.clone()) else {
            return;
        };
        let choice = match PresenterChoice::parse(&text) {
            Ok(c) => c,
            Err(e) => return self.say(e, now),
        };
        let previous = std::mem::replace(&mut self.spec.presenters, choice);
        if let Err(e) = self.plan_for(members.clone()) {
            self.spec.presenters = previous;
            let _ = self.plan_for(members);
            self.say(e, now);
        }
    }

    /// The open commitments listed at this report-back step.
    pub fn report_back_list(&self) -> Vec<&notes::OpenCommitment> {
        match (&self.session, &self.notes) {
            (Some(s), Some(n)) if s.current_step().kind == Kind::ReportBack => {
                n.report_back_for(s.current_step().speaker.as_deref())
            }
            _ => Vec::new(),
        }
    }

    /// Who a check-out rating goes to: the speaker, or the member selected.
    pub fn rating_target(&self) -> Option<String> {
        let s = self.session.as_ref()?;
        let step = s.current_step();
        if step.kind != Kind::CheckOut {
            return None;
        }
        step.speaker.clone().or_else(|| {
            let members = &s.plan().members;
            members
                .get(self.ui.notes.selected.min(members.len().saturating_sub(1)))
                .cloned()
        })
    }

    fn select(&mut self, delta: i32) {
        let Some(s) = &self.session else { return };
        let len = match s.current_step().kind {
            Kind::ReportBack => self.report_back_list().len(),
            Kind::CheckOut if s.current_step().speaker.is_none() => s.plan().members.len(),
            _ => 0,
        };
        if len > 0 {
            let i = self.ui.notes.selected as i64 + i64::from(delta);
            self.ui.notes.selected = i.clamp(0, len as i64 - 1) as usize;
        }
    }

    /// A digit key: a report-back mark (1–4) or a check-out rating (1–5).
    fn digit(&mut self, d: u8, now: Now) {
        let Some(kind) = self.session.as_ref().map(|s| s.current_step().kind) else {
            return;
        };
        match kind {
            Kind::ReportBack => {
                let Some(status) = Status::ALL.get(usize::from(d).wrapping_sub(1)).copied() else {
                    return;
                };
                let list = self.report_back_list();
                let Some(open) = list.get(self.ui.notes.selected).map(|o| (*o).clone()) else {
                    return self.say("no open commitments to mark in this turn", now);
                };
                self.apply_mark(&open.commitment.id, status, now);
                let text = format!("{} — {}", open.commitment.text, status.label());
                self.ui.notes.echo = Some((crate::safe_text::clipped(&text, 200), None));
            }
            Kind::CheckOut if (1..=5).contains(&d) => {
                let Some(who) = self.rating_target() else { return };
                self.apply_rate(&who, d, now);
                // A speaker-less check-out moves on to the next member.
                if self
                    .session
                    .as_ref()
                    .is_some_and(|s| s.current_step().speaker.is_none())
                {
                    self.select(1);
                }
            }
            _ => {}
        }
    }

    fn save_note(&mut self, now: Now) {
        let text = std::mem::take(&mut self.ui.notes.input);
        if text.trim().is_empty() {
            return;
        }
        let Some(session) = &self.session else { return };
        // At report-back, a line on a marked commitment is what was learned from it.
        if session.current_step().kind == Kind::ReportBack
            && let Some(open) = self
                .report_back_list()
                .get(self.ui.notes.selected)
                .map(|o| o.commitment.id.clone())
            && self.notes.as_ref().is_some_and(|n| n.mark_of(&open).is_some())
        {
            self.apply_learned(&open, &text, now);
            self.ui.notes.echo = Some(("learned — saved with the report-back".into(), None));
            return;
        }
        let Some(added) = self.apply_note(&text, now) else {
            return;
        };
        let last = self.notes.as_ref().and_then(|n| n.record.commitments.last());
        self.ui.notes.echo = Some(echo(&added, last));
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

/// What the notes pane says about a saved note.
fn echo(added: &Added, commitment: Option<&notes::record::Commitment>) -> (String, Option<String>) {
    let mut label = added.category.label().to_string();
    if let Some(v) = added.verdict {
        label = format!("{label} ({})", v.key());
    }
    if added.category == Category::Commitment
        && let Some(c) = commitment
    {
        label = format!("commitment of {}, due {}", c.owner, c.due);
        if let Some(b) = &c.buddy {
            label.push_str(&format!(", buddy {b}"));
        }
    }
    (format!("saved as {label}"), added.hint.clone())
}
