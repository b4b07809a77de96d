//! The notes line as a line editor, on tui-input: a cursor that moves (←/→,
//! Home/End), erasing before and after it, Ctrl-U (to the start) and Ctrl-W (the
//! word before), and a paste inserted where the cursor is.

use tui_input::{Input, InputRequest};

/// An edit of a text line, from the key table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineEdit {
    Left,
    Right,
    WordLeft,
    WordRight,
    Home,
    End,
    /// Erase the character after the cursor.
    Delete,
    /// Erase from the start of the line to the cursor.
    EraseToStart,
    /// Erase the word before the cursor.
    EraseWord,
}

/// One line of text being typed.
#[derive(Debug, Clone, Default)]
pub struct LineInput(Input);

impl PartialEq for LineInput {
    fn eq(&self, other: &Self) -> bool {
        self.0.value() == other.0.value() && self.0.cursor() == other.0.cursor()
    }
}

impl Eq for LineInput {}

impl LineInput {
    pub fn value(&self) -> &str {
        self.0.value()
    }

    pub fn chars(&self) -> usize {
        self.0.value().chars().count()
    }

    /// Characters before the cursor.
    pub fn cursor(&self) -> usize {
        self.0.cursor()
    }

    pub fn insert(&mut self, c: char) {
        self.0.handle(InputRequest::InsertChar(c));
    }

    /// Insert a whole text at the cursor (a paste), in one step.
    pub fn insert_str(&mut self, text: &str) {
        let at = self.0.cursor();
        let mut value: String = self.0.value().chars().take(at).collect();
        value.push_str(text);
        value.extend(self.0.value().chars().skip(at));
        let cursor = at + text.chars().count();
        self.0 = Input::new(value).with_cursor(cursor);
    }

    pub fn erase_before(&mut self) {
        self.0.handle(InputRequest::DeletePrevChar);
    }

    pub fn edit(&mut self, edit: LineEdit) {
        let req = match edit {
            LineEdit::Left => InputRequest::GoToPrevChar,
            LineEdit::Right => InputRequest::GoToNextChar,
            LineEdit::WordLeft => InputRequest::GoToPrevWord,
            LineEdit::WordRight => InputRequest::GoToNextWord,
            LineEdit::Home => InputRequest::GoToStart,
            LineEdit::End => InputRequest::GoToEnd,
            LineEdit::Delete => InputRequest::DeleteNextChar,
            LineEdit::EraseToStart => InputRequest::DeleteFromStart,
            LineEdit::EraseWord => InputRequest::DeletePrevWord,
        };
        self.0.handle(req);
    }

    /// The line's text, leaving it empty.
    pub fn take(&mut self) -> String {
        self.0.value_and_reset()
    }

    /// What fits in `width` columns around the cursor: the text before it and after it.
    pub fn window(&self, width: usize) -> (String, String) {
        let scroll = self.0.visual_scroll(width.max(1));
        let value = self.0.value();
        // visual_scroll counts columns; skip whole characters up to it.
        let mut skipped = 0;
        let mut start = 0;
        for (i, c) in value.char_indices() {
            if skipped >= scroll {
                start = i;
                break;
            }
            skipped += unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
            start = i + c.len_utf8();
        }
        let cursor_byte = value.char_indices().nth(self.cursor()).map_or(value.len(), |(i, _)| i);
        let start = start.min(cursor_byte);
        let before = value[start..cursor_byte].to_string();
        let room = width.saturating_sub(unicode_width::UnicodeWidthStr::width(before.as_str()));
        let mut after = String::new();
        let mut used = 0;
        for c in value[cursor_byte..].chars() {
            let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
            if used + w > room {
                break;
            }
            used += w;
            after.push(c);
        }
        (before, after)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(text: &str) -> LineInput {
        let mut l = LineInput::default();
        for c in text.chars() {
            l.insert(c);
        }
        l
    }

    #[test]
    fn edits_like_a_line_editor() {
        let mut l = typed("call the suplier");
        for _ in 0..4 {
            l.edit(LineEdit::Left);
        }
        l.insert('p');
        assert_eq!(l.value(), "call the supplier");
        l.edit(LineEdit::Home);
        l.insert('I');
        l.insert(' ');
        l.edit(LineEdit::End);
        l.edit(LineEdit::EraseWord);
        assert_eq!(l.value(), "I call the ");
        l.insert_str("boss, Ana");
        assert_eq!(l.value(), "I call the boss, Ana");
        l.edit(LineEdit::Left);
        l.edit(LineEdit::EraseToStart);
        assert_eq!(l.value(), "a");
        l.edit(LineEdit::Home);
        l.edit(LineEdit::Delete);
        assert_eq!(l.take(), "");
    }

    #[test]
    fn a_long_line_shows_the_part_around_the_cursor() {
        let l = typed(&"word ".repeat(40));
        let (before, after) = l.window(30);
        assert!(before.chars().count() <= 30 && after.is_empty());
        assert!(before.ends_with("word "));
    }
}
