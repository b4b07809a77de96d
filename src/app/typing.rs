//! Lines of text: names on the setup screen, presenters on the ready screen, and
//! the notes line during the meeting.

use super::{App, Effect, LineEdit, MAX_MEETING_NOTES_BYTES, MAX_NAME_CHARS, MAX_NOTE_CHARS, Mode, Screen};
use crate::app::keys::Scope;
use crate::engine::Now;
use crate::journal::Event;
use crate::plan::{PresenterChoice, same_name};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

impl App {
    /// The note typed on the notes line and not yet saved ("" when none).
    pub fn draft(&self) -> &str {
        self.ui.notes.input.value()
    }

    /// Bring back a note that was half typed when the meeting stopped: on the
    /// notes line, open, as it was.
    pub fn restore_draft(&mut self, text: &str) {
        if self.screen == Screen::Live && !text.trim().is_empty() {
            self.ui.notes.input.insert_str(text);
            self.mode = Mode::Notes;
        }
    }

    pub(super) fn type_char(&mut self, c: char) {
        if c.is_control() {
            return;
        }
        match (&mut self.mode, &mut self.screen) {
            (Mode::Presenters(input), _) if input.chars() < MAX_NAME_CHARS * 4 => input.insert(c),
            (Mode::Notes, Screen::Live) if self.ui.notes.input.chars() < MAX_NOTE_CHARS => {
                self.ui.notes.input.insert(c);
            }
            (Mode::Normal, Screen::Setup(form)) if form.input.chars().count() < MAX_NAME_CHARS => {
                form.input.push(c);
                form.error = None;
            }
            _ => {}
        }
    }

    /// Move the cursor or erase on the open text line.
    pub(super) fn edit_line(&mut self, edit: LineEdit) {
        match (&mut self.mode, &self.screen) {
            (Mode::Presenters(input), _) => input.edit(edit),
            (Mode::Notes, Screen::Live) => self.ui.notes.input.edit(edit),
            _ => {}
        }
    }

    pub(super) fn erase(&mut self) {
        match (&mut self.mode, &mut self.screen) {
            (Mode::Presenters(input), _) => input.erase_before(),
            (Mode::Notes, Screen::Live) => self.ui.notes.input.erase_before(),
            (_, Screen::Setup(form)) => {
                if form.input.pop().is_none() {
                    form.names.pop();
                }
                form.error = None;
            }
            _ => {}
        }
    }

    pub(super) fn enter(&mut self, now: Now, out: &mut Vec<Effect>) {
        match &self.mode {
            Mode::Presenters(text) => {
                let text = text.value().to_string();
                self.mode = Mode::Normal;
                self.change_presenters(&text, now);
            }
            Mode::Notes if self.screen == Screen::Live => self.save_note(now, out),
            _ => self.setup_enter(out),
        }
    }

    fn setup_enter(&mut self, out: &mut Vec<Effect>) {
        let Screen::Setup(form) = &mut self.screen else { return };
        // Enter on an empty form takes the group offered.
        if form.names.is_empty()
            && form.input.trim().is_empty()
            && let Some(offer) = &form.offer
        {
            form.names = offer.members.clone();
        }
        // "Chen, Dee, Eve" on one line is three members.
        let typed: Vec<String> = form
            .input
            .split(',')
            .map(crate::names::normalize)
            .filter(|n| !n.is_empty())
            .collect();
        if !typed.is_empty() {
            for (k, name) in typed.iter().enumerate() {
                if form.names.iter().chain(&typed[..k]).any(|n| same_name(n, name)) {
                    form.error = Some(crate::t!("setup-name-taken", name = name));
                    return;
                }
            }
            form.names.extend(typed);
            form.input.clear();
            form.error = None;
            return;
        }
        if form.names.is_empty() {
            form.error = Some(crate::t!("setup-no-names"));
            return;
        }
        let names = form.names.clone();
        let remembers = form.remembers;
        match self.plan_for(names.clone()) {
            Ok(()) if remembers => out.push(Effect::Remember(names)),
            Ok(()) => {}
            Err(e) => {
                if let Screen::Setup(form) = &mut self.screen {
                    form.error = Some(e);
                }
            }
        }
    }

    /// On the ready screen: take the typed presenters ("Ben", "Ben, Dee", "2", "all").
    fn change_presenters(&mut self, text: &str, now: Now) {
        let Some(members) = self.engine().map(|s| s.plan().members.clone()) else {
            return;
        };
        let choice = match PresenterChoice::parse(text) {
            Ok(c) => c,
            Err(e) => return self.say(crate::t!("presenters-refused", why = e.to_string()), now),
        };
        let previous = std::mem::replace(&mut self.spec.presenters, choice);
        if let Err(e) = self.plan_for(members.clone()) {
            self.spec.presenters = previous;
            let _ = self.plan_for(members);
            self.say(e, now);
        }
    }

    fn save_note(&mut self, now: Now, out: &mut Vec<Effect>) {
        let Some(meeting) = &self.meeting else { return };
        let used = meeting.notes().map_or(0, |n| n.text_bytes());
        let typed = self.ui.notes.input.value().len();
        if typed > 0 && used + typed > MAX_MEETING_NOTES_BYTES {
            // Refused whole, and left on the line: nothing typed is lost.
            let full = crate::t!(
                "note-meeting-full",
                max = (MAX_MEETING_NOTES_BYTES / 1000).to_string(),
                left = (MAX_MEETING_NOTES_BYTES.saturating_sub(used) / 1000).to_string()
            );
            return self.say(full, now);
        }
        let text = self.ui.notes.input.take();
        if text.trim().is_empty() {
            return;
        }
        // A leading `!` keeps the note for the facilitator alone, whatever the step
        // would have made of it (a learning at report-back too).
        if let Some(private) = private_text(&text) {
            if !private.is_empty() {
                self.send(Event::PrivateNote { text: private }, now, out);
            }
            return;
        }
        // At report-back, a line on a marked commitment is what was learned from it.
        if meeting.engine().current_step().kind.rules().list == crate::protocol::StepList::Commitments
            && let Some(id) = self
                .report_back_list()
                .get(self.ui.notes.selected)
                .map(|o| o.commitment.id.clone())
            && self.notes().is_some_and(|n| n.mark_of(&id).is_some())
        {
            return self.send(Event::Learned { commitment: id, text }, now, out);
        }
        self.send(Event::Note { text }, now, out);
    }
}

/// The marker of a private note, typed first on the notes line.
const PRIVATE_MARK: char = '!';

/// The text of a private note (`! Ask Ben later` → `Ask Ben later`), or `None` for
/// a note to share.
pub fn private_text(line: &str) -> Option<String> {
    line.trim_start()
        .strip_prefix(PRIVATE_MARK)
        .map(|rest| rest.trim().to_string())
}

/// Esc and a key pressed quickly after it (or passed through tmux) arrive as one
/// Alt-key. On a text line that means "close the line, then the key", not a letter
/// of the note. Ctrl-Alt is left alone: some keyboards send AltGr that way.
pub(super) fn split_alt_key(scope: Scope, key: KeyEvent) -> Vec<KeyEvent> {
    let alt_only = key.modifiers.contains(KeyModifiers::ALT) && !key.modifiers.contains(KeyModifiers::CONTROL);
    if scope == Scope::TextLine && alt_only && matches!(key.code, KeyCode::Char(_)) {
        vec![
            KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE),
            KeyEvent::new(key.code, key.modifiers - KeyModifiers::ALT),
        ]
    } else {
        vec![key]
    }
}
