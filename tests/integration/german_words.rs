//! What of a German text is still English: the words of [`ENGLISH`] left once
//! text that keeps its language is taken out (protocol text, user data, code, and
//! what other parts of circle say, as they say it in German).

use std::collections::BTreeSet;
use std::path::Path;

use circle::i18n::{Lang, with_lang};

use crate::support::{fixtures, root};

pub const GROUP: &str = "Tuesday circle";

/// English words that are not also German ones ("in", "an", "so", "was", "will",
/// "die", "hat", "also" are left out), and no command name.
#[rustfmt::skip]
const ENGLISH: &[&str] = &[
    "the", "and", "to", "of", "is", "for", "with", "your", "you", "this", "that", "these",
    "meeting", "meetings", "member", "members", "minutes", "presenter", "presenters", "commitment",
    "none", "each", "every", "not", "yet", "kept", "due", "rating", "from", "by", "or", "are", "be",
    "its", "their", "they", "has", "have", "been", "when", "what", "who", "which", "there",
    "before", "after", "print", "usage", "options", "arguments", "commands", "error", "warning",
    "tip", "found", "invalid", "value", "values", "required", "unexpected", "possible", "similar",
    "exists", "information", "try", "more", "left", "next", "last", "open", "closed", "overdue",
    "buddy", "saved", "unfinished", "no", "yes", "instead", "one", "then", "would", "could",
    "should", "cannot", "must", "how", "why", "where", "here", "note", "length", "roles", "norms",
    "round", "closing", "opening", "everyone", "leads", "phases", "programme", "dropped", "advice",
    "judgemental", "unknown", "subcommand",
];

/// Every string in a TOML file: protocol text and user data, which keep their language.
fn toml_strings(path: &Path, out: &mut Vec<String>) {
    fn walk(v: &toml::Value, out: &mut Vec<String>) {
        match v {
            toml::Value::String(s) => out.push(s.clone()),
            toml::Value::Array(a) => a.iter().for_each(|x| walk(x, out)),
            toml::Value::Table(t) => t.values().for_each(|x| walk(x, out)),
            _ => {}
        }
    }
    let text = std::fs::read_to_string(path).unwrap();
    walk(&text.parse::<toml::Table>().unwrap().into(), out);
}

fn toml_strings_in(dir: &Path, out: &mut Vec<String>) {
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            toml_strings_in(&p, out);
        } else if p.extension().is_some_and(|x| x == "toml") {
            toml_strings(&p, out);
        }
    }
}

/// What is not the command line's own wording: the protocols' text, the group's
/// data, and text other parts of circle make (their own tests check its language),
/// as they say it in German.
pub fn foreign() -> Vec<String> {
    let mut out = Vec::new();
    toml_strings_in(&root().join("protocols"), &mut out);
    toml_strings_in(&fixtures().join("protocols/valid"), &mut out);
    toml_strings_in(&fixtures().join("groups/v1"), &mut out);
    // A one-word string in a protocol is a key ("each", "presenter"), not text;
    // "Check-out" is a title.
    out.retain(|s| s.trim().contains(|c: char| c.is_whitespace() || c == '-'));
    // Command names are code.
    let mut paths = vec![<circle::cli::Cli as clap::CommandFactory>::command()];
    while let Some(cmd) = paths.pop() {
        out.push(cmd.get_name().to_string());
        paths.extend(cmd.get_subcommands().cloned());
    }
    with_lang(Lang::De, || {
        for (p, _) in circle::protocol::Library::load(None).entries {
            out.push(p.group.describe());
            out.push(p.presenters.describe());
            out.extend(p.warn.map(|w| w.describe()));
            out.extend(p.roles.iter().map(|r| r.name.clone()));
            out.push(p.id.clone());
        }
        let data = tempfile::tempdir().unwrap();
        copy_dir(
            &fixtures().join("groups/v1"),
            &data.path().join("groups/tuesday-circle"),
        );
        let g = circle::memory::GroupDir::new(data.path(), GROUP).load(GROUP).unwrap();
        out.push(g.every.to_string());
        for q in QUESTIONS {
            out.push(q.to_string());
            out.push(circle::coach::check_for(q, circle::coach::Purpose::Explore).hint);
        }
        out.push("x".parse::<circle::cli::ThemeName>().unwrap_err());
    });
    // Longest first, so a sentence goes before a word inside it.
    out.retain(|s| !s.trim().is_empty());
    out.sort_by_key(|s| std::cmp::Reverse(s.len()));
    out
}

pub const QUESTIONS: [&str; 3] = ["Is this good?", "What matters most to you?", "You should ask him"];

/// The English words left in `text` once foreign text and code are taken out.
pub fn english_words(text: &str, foreign: &[String]) -> BTreeSet<String> {
    let mut t = text.to_string();
    // A phrase goes wherever it is; a single word (a role's name: "Member") only
    // where it stands as a word, so "Members" is still caught.
    let (phrases, words): (Vec<&String>, Vec<&String>) = foreign
        .iter()
        .partition(|f| f.contains(|c: char| c.is_whitespace() || c == '-'));
    let words: BTreeSet<String> = words.iter().map(|w| w.to_lowercase()).collect();
    for f in phrases {
        t = replace_ignoring_case(&t, f);
    }
    // Code: commands in backticks, quoted examples and user data, flags,
    // environment variables, paths, file names, dates and meeting ids.
    t = strip_between(&t, '`', '`');
    t = strip_between(&t, '"', '"');
    t = strip_between(&t, '„', '“');
    // Value placeholders in help: <FORMAT>, <NAMEN>.
    t = strip_between(&t, '<', '>');
    t = without_kind_keys(&t);
    t = without_flags(&t);
    t = without_env_vars(&t);
    t = t
        .split_inclusive(char::is_whitespace)
        .map(|w| if is_code(w.trim()) { " " } else { w })
        .collect();
    let t: String = t
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !words.contains(&w.to_lowercase()))
        .collect::<Vec<_>>()
        .join(" ");
    let mut left: BTreeSet<String> = t
        .split(' ')
        .map(str::to_lowercase)
        .filter(|w| ENGLISH.contains(&w.as_str()))
        .collect();
    // The catalogue's own oracle too: any word of the English catalogue that the
    // German one never uses.
    left.extend(crate::english_left::english_left(&t));
    left
}

fn replace_ignoring_case(text: &str, what: &str) -> String {
    let lower = text.to_lowercase();
    let needle = what.to_lowercase();
    // Lower-casing keeps byte offsets only for text whose case changes keep length.
    if lower.len() != text.len() || needle.is_empty() {
        return text.replace(what, " ");
    }
    let mut out = String::new();
    let mut last = 0;
    for (i, _) in lower.match_indices(&needle) {
        if i < last {
            continue;
        }
        out.push_str(&text[last..i]);
        out.push(' ');
        last = i + needle.len();
    }
    out.push_str(&text[last..]);
    out
}

/// `[norms, presenter]` in `protocols show`: the phase's `kind` as the protocol
/// file writes it.
fn without_kind_keys(text: &str) -> String {
    let mut t = text.to_string();
    for k in circle::protocol::Kind::ALL {
        t = t.replace(&format!("[{}", k.key()), "[");
    }
    t
}

fn without_flags(text: &str) -> String {
    text.split_inclusive(char::is_whitespace)
        .map(|w| {
            let bare = w.trim_start_matches(['(', '[', '\'', '<']);
            let flag = bare.starts_with('-') && bare.chars().nth(1).is_some_and(|c| c.is_alphabetic() || c == '-');
            if flag { " " } else { w }
        })
        .collect()
}

fn without_env_vars(text: &str) -> String {
    text.split_inclusive(|c: char| !(c.is_alphanumeric() || c == '_'))
        .map(|w| if w.contains('_') { " " } else { w })
        .collect()
}

fn is_code(tok: &str) -> bool {
    tok.contains('/') || [".toml", ".md", ".ics"].iter().any(|e| tok.contains(e)) || is_dated(tok)
}

fn is_dated(tok: &str) -> bool {
    let b = tok.as_bytes();
    b.windows(10).any(|w| {
        w[..4].iter().all(u8::is_ascii_digit)
            && w[4] == b'-'
            && w[5..7].iter().all(u8::is_ascii_digit)
            && w[7] == b'-'
            && w[8..].iter().all(u8::is_ascii_digit)
    })
}

fn strip_between(text: &str, open: char, close: char) -> String {
    let mut out = String::new();
    let mut inside = false;
    for c in text.chars() {
        if !inside && c == open {
            inside = true;
            out.push(' ');
        } else if inside && c == close {
            inside = false;
        } else if !inside {
            out.push(c);
        }
    }
    out
}

/// The text an iCalendar file shows people: its names, summaries, descriptions.
pub fn ics_text(ics: &str) -> String {
    let unfolded = ics.replace("\r\n ", "").replace("\n ", "");
    unfolded
        .lines()
        .filter_map(|l| {
            ["SUMMARY:", "DESCRIPTION:", "X-WR-CALNAME:", "NAME:"]
                .iter()
                .find_map(|k| l.strip_prefix(k))
        })
        .map(|v| v.replace('\\', ""))
        .collect::<Vec<_>>()
        .join("\n")
}

pub use crate::support::copy_dir;
