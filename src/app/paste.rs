//! A paste arrives whole (bracketed paste): it goes into the open text input in one
//! piece, or, if it would not fit, is refused with a message — never cut silently.

use super::{App, LineInput, MAX_NAME_CHARS, MAX_NOTE_CHARS, Mode, Screen};
use crate::engine::Now;

/// Where a paste goes: a line editor (inserted at its cursor) or the setup name.
enum Target<'a> {
    Line(&'a mut LineInput),
    Text(&'a mut String),
}

impl App {
    pub(super) fn paste(&mut self, text: &str, now: Now) {
        let clean = one_line(text);
        let added = clean.chars().count();
        if added == 0 {
            return;
        }
        let live = self.screen == Screen::Live;
        let (input, cap, what) = match (&mut self.mode, &mut self.screen) {
            (Mode::Presenters(input), _) => (Target::Line(input), MAX_NAME_CHARS * 4, "presenters"),
            (Mode::Notes, Screen::Live) => (Target::Line(&mut self.ui.notes.input), MAX_NOTE_CHARS, "note"),
            (Mode::Normal, Screen::Setup(form)) => {
                form.error = None;
                (Target::Text(&mut form.input), MAX_NAME_CHARS, "name")
            }
            _ => {
                let hint = if live {
                    crate::t!("paste-open-notes-first")
                } else {
                    crate::t!("paste-nowhere")
                };
                return self.say(hint, now);
            }
        };
        let have = match &input {
            Target::Line(l) => l.chars(),
            Target::Text(t) => t.chars().count(),
        };
        if have + added > cap {
            let text = crate::t!("paste-refused", added = added, what = what, cap = cap, have = have);
            return self.say(text, now);
        }
        match input {
            Target::Line(l) => l.insert_str(&clean),
            Target::Text(t) => t.push_str(&clean),
        }
    }
}

/// The input lines are single lines: line breaks and tabs become spaces, and other
/// control characters (which a paste can carry) are dropped.
fn one_line(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\r' if text.contains("\r\n") => {}
            '\n' | '\r' | '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::one_line;

    #[test]
    fn a_paste_becomes_one_line() {
        assert_eq!(one_line("a\r\nb\nc\td"), "a b c d");
        assert_eq!(one_line("x\u{1b}[2Jy"), "x[2Jy");
    }
}
