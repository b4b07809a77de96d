//! Property tests over hostile and random input, bounded so CI stays quick:
//! - protocol text, arbitrary or mutated from the built-ins, never panics and every
//!   error is located;
//! - a meeting driven by random keys at random times replays from its journal to
//!   exactly the same state.

use proptest::prelude::*;
use ratatui::crossterm::event::KeyCode;

use circle::engine::{Clock, Now};
use circle::protocol::parse_protocol;

use circle::app::{App, Effect};
use circle::engine::Settings;
use circle::journal::Entry;
use circle::meeting::Meeting;

use crate::support::screen::{app, clock, press};

fn journaled(effects: Vec<Effect>) -> impl Iterator<Item = Entry> {
    effects.into_iter().filter_map(|e| match e {
        Effect::Journal(entry) => Some(entry),
        _ => None,
    })
}

/// Every built-in protocol's text, from the one list the binary has.
const BUILTINS: &[(&str, &str)] = circle::protocol::builtin::BUILTINS;

const TOKENS: &[&str] = &[
    "[[round]]",
    "[[opening]]",
    "[roles.x]",
    "duration = ",
    "per_turn = ",
    "\"",
    "'",
    "=",
    "\n",
    "[",
    "]",
    "{",
    "}",
    "0s",
    "-5m",
    "1e9h",
    "\"20%\"",
    "\"101%\"",
    "turns = \"coaches\"",
    "presenters = \"all\"",
    "\u{1b}[2J",
    "\u{0}",
    "ü",
    "#",
    ",",
    "kind = \"nope\"",
    "group = { min = 9, max = 2 }",
    "99999999999999999999",
    "\\u0000",
];

#[derive(Debug, Clone)]
enum Mutation {
    Delete(usize, usize),
    Insert(usize, usize),
    DuplicateLine(usize),
    Truncate(usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), 0usize..40).prop_map(|(a, n)| Mutation::Delete(a, n)),
        (any::<usize>(), 0..TOKENS.len()).prop_map(|(a, t)| Mutation::Insert(a, t)),
        any::<usize>().prop_map(Mutation::DuplicateLine),
        any::<usize>().prop_map(Mutation::Truncate),
    ]
}

fn at_char(text: &str, i: usize) -> usize {
    let n = text.len().max(1);
    let mut i = i % n;
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn mutate(text: String, m: &Mutation) -> String {
    let mut text = text;
    match *m {
        Mutation::Delete(a, n) => {
            let a = at_char(&text, a);
            let b = at_char(&text, a + n).max(a);
            text.replace_range(a..b, "");
        }
        Mutation::Insert(a, t) => {
            let a = at_char(&text, a);
            text.insert_str(a, TOKENS[t]);
        }
        Mutation::DuplicateLine(k) => {
            let lines: Vec<&str> = text.lines().collect();
            if !lines.is_empty() {
                let line = lines[k % lines.len()].to_string();
                text.push('\n');
                text.push_str(&line);
            }
        }
        Mutation::Truncate(a) => {
            let a = at_char(&text, a);
            text.truncate(a);
        }
    }
    text
}

fn check_parse(text: &str) {
    if let Err(diags) = parse_protocol("fuzz", "fuzz.toml", text) {
        assert!(!diags.0.is_empty(), "an error with no diagnostics");
        for d in &diags.0 {
            assert!(!d.message.is_empty());
            assert!(d.to_string().starts_with("fuzz.toml"), "{d}");
            if let Some((line, col)) = d.line_col {
                assert!(line >= 1 && col >= 1, "{d}");
                assert!(line <= text.lines().count().max(1) + 1, "{d}");
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn mutated_protocols_never_panic_and_errors_are_located(
        which in 0..BUILTINS.len(),
        mutations in proptest::collection::vec(mutation(), 1..6),
    ) {
        let text = mutations.iter().fold(BUILTINS[which].1.to_string(), mutate);
        check_parse(&text);
    }

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,400}") {
        check_parse(&text);
    }
}

#[derive(Debug, Clone)]
enum Act {
    Wait(u64),
    Key(char),
    Note(String),
}

fn act() -> impl Strategy<Value = Act> {
    prop_oneof![
        3 => (0u64..200_000).prop_map(Act::Wait),
        4 => prop::sample::select(vec!['n', 'p', ' ', '+', '-', 'r', 'b', '1', '3', '5', 'j', 'a']).prop_map(Act::Key),
        2 => "[a-z ?]{1,20}".prop_map(Act::Note),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn a_meeting_replays_from_its_journal_exactly(acts in proptest::collection::vec(act(), 1..80)) {
        let c = clock();
        let mut a = app("peer-circle", Some("Ana,Ben,Chen,Dee,Eve"));
        // The journal is what the screen's updates asked to be written, nothing else.
        let mut entries = Vec::new();
        let mut key = |a: &mut App, code| entries.extend(journaled(press(a, &c, code)));
        key(&mut a, KeyCode::Char(' '));
        for act in &acts {
            match act {
                Act::Wait(ms) => c.advance_ms(*ms),
                Act::Key(k) => key(&mut a, KeyCode::Char(*k)),
                Act::Note(text) => {
                    key(&mut a, KeyCode::Char('i'));
                    for ch in text.chars() { key(&mut a, KeyCode::Char(ch)); }
                    key(&mut a, KeyCode::Enter);
                    key(&mut a, KeyCode::Esc);
                }
            }
        }
        let a = a.meeting.unwrap();
        // Through a real file, as resume reads it: every event the screen journals
        // must read back (a new kind of event that the reader lacks fails here).
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("replay.journal");
        let mut text = serde_json::to_string(&a.journal_header().unwrap()).unwrap() + "\n";
        for e in &entries {
            text.push_str(&serde_json::to_string(e).unwrap());
            text.push('\n');
        }
        std::fs::write(&path, text).unwrap();
        let journal = circle::journal::read(&path).unwrap();
        prop_assert_eq!(&journal.entries, &entries);
        let (b, last) = Meeting::from_journal(&journal, Settings::default()).unwrap();
        prop_assert_eq!(last, entries.last().unwrap().t);
        let at = Now { mono: last, wall: c.now().wall };
        let (sa, sb) = (a.engine(), b.engine());
        prop_assert_eq!(sa.current_index(), sb.current_index());
        prop_assert_eq!(sa.state(), sb.state());
        prop_assert_eq!(sa.time(at), sb.time(at));
        prop_assert_eq!(sa.used_ms(at), sb.used_ms(at));
        let ra = a.record_at(at).unwrap();
        let rb = b.record_at(at).unwrap();
        prop_assert_eq!(ra, rb);
    }
}
