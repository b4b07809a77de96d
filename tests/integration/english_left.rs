//! The oracle for "no English left": the words of the English catalogue that the
//! German catalogue never uses, plus common English words no German sentence
//! needs. Text from the user or a protocol file must be removed by the caller.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use circle::i18n::{self, Lang};

/// Common English words that are not also German words.
const COMMON: &[&str] = &[
    "the",
    "and",
    "you",
    "your",
    "for",
    "with",
    "this",
    "that",
    "are",
    "not",
    "from",
    "have",
    "has",
    "been",
    "will",
    "can",
    "cannot",
    "must",
    "should",
    "would",
    "there",
    "their",
    "they",
    "what",
    "when",
    "where",
    "which",
    "who",
    "how",
    "why",
    "all",
    "any",
    "each",
    "every",
    "more",
    "less",
    "one",
    "two",
    "three",
    "first",
    "last",
    "next",
    "back",
    "press",
    "type",
    "key",
    "keys",
    "help",
    "quit",
    "leave",
    "stay",
    "time",
    "step",
    "steps",
    "turn",
    "turns",
    "round",
    "meeting",
    "meetings",
    "member",
    "members",
    "group",
    "notes",
    "note",
    "saved",
    "save",
    "open",
    "closed",
    "done",
    "left",
    "behind",
    "ahead",
    "due",
    "today",
    "tomorrow",
    "week",
    "month",
    "minute",
    "minutes",
    "hour",
    "hours",
    "before",
    "after",
    "into",
    "out",
    "about",
    "only",
    "also",
    "yet",
    "than",
    "then",
    "here",
    "now",
    "new",
    "add",
    "edit",
    "change",
    "file",
    "error",
    "expected",
    "found",
    "unknown",
    "missing",
    "write",
    "read",
    "try",
    "did",
    "mean",
    "presenter",
    "presents",
    "coach",
    "coaches",
    "facilitator",
    "commitment",
    "commitments",
    "kept",
    "dropped",
    "partly",
    "learned",
    "question",
    "questions",
    "advice",
    "phase",
    "phases",
    "protocol",
    "protocols",
    "plan",
    "start",
    "ends",
    "end",
    "paused",
    "pause",
    "resume",
    "begin",
    "name",
    "names",
    "rating",
    "value",
    "list",
    "show",
    "check",
    "made",
    "took",
    "still",
];

fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() >= 3)
        .map(str::to_lowercase)
}

fn english() -> &'static BTreeSet<String> {
    static SET: OnceLock<BTreeSet<String>> = OnceLock::new();
    SET.get_or_init(|| {
        let strip = |t: &str| {
            // Variables are `{$name}` in the catalogue's text: not words.
            let mut out = String::new();
            let mut rest = t;
            while let Some(i) = rest.find("{$") {
                out.push_str(&rest[..i]);
                rest = rest[i..].find('}').map_or("", |j| &rest[i + j + 1..]);
            }
            out.push_str(rest);
            out
        };
        let german: BTreeSet<String> = i18n::messages(Lang::De)
            .iter()
            .flat_map(|(_, t)| words(&strip(t)).collect::<Vec<_>>())
            .collect();
        let mut set: BTreeSet<String> = i18n::messages(Lang::En)
            .iter()
            .flat_map(|(_, t)| words(&strip(t)).collect::<Vec<_>>())
            .collect();
        set.extend(COMMON.iter().map(|w| w.to_string()));
        set.retain(|w| !german.contains(w));
        set
    })
}

/// The English words in `text`, in order of appearance (repeats dropped).
pub fn english_left(text: &str) -> Vec<String> {
    let set = english();
    let mut seen = BTreeSet::new();
    words(text)
        .filter(|w| set.contains(w) && seen.insert(w.clone()))
        .collect()
}

#[test]
fn the_oracle_finds_english_and_passes_german() {
    assert_eq!(
        english_left("Press SPACE to begin the meeting"),
        ["press", "space", "begin", "the", "meeting"]
    );
    assert!(english_left("LEERTASTE drücken, um das Treffen zu beginnen").is_empty());
}
