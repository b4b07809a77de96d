//! A long paste in a real terminal (bracketed paste): it goes into the note whole,
//! keys after it are keys, and a paste too long for a note is refused with a message.

use circle::journal::{self, Event};

use crate::pty::Term;
use crate::support::Circle;
use crate::support::meeting::the_journal;

fn pasted(text: &str) -> String {
    format!("\u{1b}[200~{text}\u{1b}[201~")
}

#[test]
fn a_six_thousand_character_paste_goes_into_the_note_whole() {
    let circle = Circle::new();
    let mut term = Term::spawn(&circle, &["run", "peer-circle", "--members", "Ana,Ben,Chen"], 100, 30);
    term.wait_for("Press SPACE to begin");
    term.keys(" ");
    term.wait_for("step 1/");
    term.keys("i");
    term.wait_for("note (");
    // 6,000 characters over several lines, with what would be keys inside it.
    let line = "Paste q y \u{1b} n ".repeat(4);
    let mut text = String::new();
    while text.chars().count() < 6000 {
        text.push_str(&line);
        text.push('\n');
    }
    let text: String = text.chars().take(6000).collect();
    term.keys(&pasted(&text));
    term.keys("\r");
    term.wait_for("saved as");
    // Too long for a note: refused, and said so; nothing is cut.
    term.keys(&pasted(&"x".repeat(12_000)));
    term.wait_for("paste refused");
    term.keys("\u{1b}");
    term.wait_until("the notes line to close", |t| !t.contains("note ("));
    assert_eq!(term.quit_with_keys(), 0);

    let raw = String::from_utf8_lossy(&term.raw()).into_owned();
    assert!(raw.contains("\u{1b}[?2004h"), "bracketed paste was turned on");
    assert!(raw.rfind("\u{1b}[?2004l") > raw.rfind("\u{1b}[?2004h"), "and off again");
    let j = journal::read(&the_journal(&circle)).unwrap();
    let notes: Vec<&String> = j
        .entries
        .iter()
        .filter_map(|e| match &e.event {
            Event::Note { text } => Some(text),
            _ => None,
        })
        .collect();
    assert_eq!(notes.len(), 1, "{notes:?}");
    let expected: String = text.replace('\n', " ").replace('\u{1b}', "");
    assert_eq!(notes[0].trim(), expected.trim(), "the whole paste, one line");
    assert!(notes[0].chars().count() > 5000);
}

/// A terminal (or tmux's `paste-buffer` without `-p`) that does not bracket a paste
/// sends it as thousands of key presses in one burst. All of them must be read and
/// the Enter after them handled: crossterm's default reader left the tail of such a
/// burst unread with nothing to wake it, and circle spun until killed.
#[test]
fn an_unbracketed_five_thousand_character_paste_is_taken_whole() {
    let circle = Circle::new();
    let mut term = Term::spawn(&circle, &["run", "peer-circle", "--members", "Ana,Ben,Chen"], 100, 30);
    term.wait_for("Press SPACE to begin");
    term.keys(" ");
    term.wait_for("step 1/");
    term.keys("n");
    term.wait_for("step 2/");
    term.keys("i");
    term.wait_for("note (");
    let text: String = "What would it take for the team to agree? "
        .repeat(120)
        .chars()
        .take(5000)
        .collect();
    term.keys(&format!("{text}\r"));
    term.wait_for("saved as");
    term.keys("\u{1b}");
    term.wait_until("the notes line to close", |t| !t.contains("note ("));
    assert_eq!(term.quit_with_keys(), 0);
    let j = journal::read(&the_journal(&circle)).unwrap();
    let note = j
        .entries
        .iter()
        .find_map(|e| match &e.event {
            Event::Note { text } => Some(text.clone()),
            _ => None,
        })
        .expect("the note was journaled");
    assert_eq!(note.trim(), text.trim(), "every key of the burst reached the note");
}
