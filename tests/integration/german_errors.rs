//! In German, the errors for broken protocol files and the Markdown summary of a
//! meeting keep their shape (`file:line:col:`, exit code 2, headings) and leave no
//! English behind once what came from the file or the people is taken out.

use std::path::Path;

use ratatui::crossterm::event::KeyCode;

use circle::app::Screen;
use circle::engine::Clock;
use circle::i18n::{Lang, with_lang};
use circle::protocol::library::load_file;

use crate::support::screen::{app, clock, press};
use crate::support::{Circle, fixtures, toml_files};

/// Common English words that are not also German words ("in", "an", "so", "was",
/// "will", "die", "hat", "also", "man", "phase" are left out on purpose).
const ENGLISH: &[&str] = &[
    "the",
    "and",
    "to",
    "of",
    "is",
    "for",
    "with",
    "your",
    "this",
    "that",
    "these",
    "must",
    "expected",
    "found",
    "unknown",
    "key",
    "keys",
    "not",
    "or",
    "are",
    "be",
    "has",
    "have",
    "no",
    "only",
    "at",
    "one",
    "each",
    "did",
    "you",
    "mean",
    "missing",
    "empty",
    "every",
    "file",
    "line",
    "phases",
    "value",
    "number",
    "string",
    "strings",
    "list",
    "table",
    "tables",
    "error",
    "help",
    "problems",
    "fix",
    "run",
    "again",
    "give",
    "add",
    "use",
    "write",
    "like",
    "presenter",
    "presenters",
    "member",
    "members",
    "meeting",
    "meetings",
    "question",
    "questions",
    "commitment",
    "commitments",
    "suggestions",
    "insights",
    "learnings",
    "airtime",
    "planned",
    "used",
    "spoke",
    "average",
    "time",
    "due",
    "buddy",
    "buddies",
    "pros",
    "cons",
    "norms",
    "whole",
    "report",
    "roles",
    "learned",
    "kept",
    "together",
    "celebration",
    "return",
    "our",
    "we",
    "it",
    "there",
    "which",
    "what",
    "how",
    "from",
    "by",
    "than",
    "longer",
    "shorter",
    "smaller",
    "between",
    "least",
    "most",
    "more",
    "zero",
    "negative",
    "duration",
    "see",
    "save",
    "valid",
    "between",
    "allowed",
    "here",
    "needs",
    "named",
    "presents",
    "initial",
    "reframed",
    "focus",
    "open",
    "closed",
    "advice",
    "marked",
    "still",
    "carried",
    "next",
    "away",
    "today",
    "proposed",
    "adopted",
    "changed",
    "checks",
    "came",
    "done",
    "partly",
    "yet",
    "dropped",
    "value",
];

/// Where a message lists the words a file may use: the rest of its line (or its
/// parentheses) is those words, which are code.
const CHOICES: [&str; 3] = ["möglich: ", "erlaubte Schlüssel: ", "bekannte Abläufe: "];

/// Take out what is quoted (`…`, "…", „…“), lists of allowed words, command-line
/// flags (`--group`) and the given strings (names, titles, notes: the file's or
/// the people's words).
fn without_quoted(text: &str, given: &[String]) -> String {
    let mut s: String = text.lines().map(without_choices).collect::<Vec<_>>().join("\n");
    let mut given: Vec<&String> = given.iter().filter(|g| !g.is_empty()).collect();
    given.sort_by_key(|g| std::cmp::Reverse(g.len()));
    for g in given {
        s = s.replace(g.as_str(), " ");
    }
    for (open, close) in [('`', '`'), ('"', '"'), ('„', '“')] {
        let mut out = String::new();
        let mut inside = false;
        for c in s.chars() {
            if !inside && c == open {
                inside = true;
            } else if inside && c == close {
                inside = false;
            } else if !inside {
                out.push(c);
            }
        }
        s = out;
    }
    s.split_whitespace()
        .filter(|w| !w.starts_with("--") && !w.contains("://"))
        .collect::<Vec<_>>()
        .join(" ")
}

fn without_choices(line: &str) -> String {
    match CHOICES.iter().find_map(|c| line.find(c).map(|i| (i, c.len()))) {
        Some((i, n)) => {
            let rest = &line[i + n..];
            let end = rest.find(')').unwrap_or(rest.len());
            format!("{}{}", &line[..i + n], &rest[end..])
        }
        None => line.to_string(),
    }
}

/// The English words left in `text`: from the list above, and from the shared
/// oracle built from the catalogues.
pub fn english_left(text: &str, given: &[String]) -> Vec<String> {
    let text = without_quoted(text, given);
    let mut left: Vec<String> = text
        .split(|c: char| !c.is_alphabetic())
        .map(str::to_lowercase)
        .filter(|w| ENGLISH.contains(&w.as_str()))
        .collect();
    for w in crate::english_left::english_left(&text) {
        if !left.contains(&w) {
            left.push(w);
        }
    }
    left
}

#[test]
fn the_checker_finds_english_outside_quotes() {
    assert_eq!(
        english_left("unbekannter Schlüssel `the key`", &[]),
        Vec::<String>::new()
    );
    assert_eq!(english_left("„is it“ and \"this\"", &[]), ["and"]);
    assert_eq!(english_left("Ana presents", &["Ana".into()]), ["presents"]);
    assert!(english_left("siehe --group und https://toml.io/the", &[]).is_empty());
    assert!(english_left("Hinweis: meintest du „x“? (möglich: open, each) oder", &[]).is_empty());
    assert_eq!(english_left("möglich: open, each\nthe", &[]), ["the"]);
}

/// `file:line:col:` (or `file:`) at the start of each diagnostic, as printed.
fn places(out: &str, file: &str) -> Vec<String> {
    out.lines()
        .filter(|l| l.starts_with(file))
        .map(|l| {
            let rest = &l[file.len()..];
            let place: String = rest.chars().take_while(|c| c.is_ascii_digit() || *c == ':').collect();
            format!("{file}{place}")
        })
        .collect()
}

#[test]
fn every_invalid_fixture_fails_in_german_with_its_place_and_no_english() {
    let dir = fixtures().join("protocols/invalid");
    let files = toml_files(&dir);
    assert!(files.len() >= 10);
    let circle = Circle::new();
    let run = |lang: &str, file: &Path| {
        circle
            .cmd()
            .current_dir(&dir)
            .args(["--lang", lang, "protocols", "check"])
            .arg(file.file_name().unwrap())
            .output()
            .unwrap()
    };
    for file in files {
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        let en = run("en", &file);
        let de = run("de", &file);
        assert_eq!(de.status.code(), Some(2), "{name}");
        let en_err = String::from_utf8_lossy(&en.stderr).into_owned();
        let de_err = String::from_utf8_lossy(&de.stderr).into_owned();
        let at = places(&de_err, &name);
        assert!(!at.is_empty(), "{name}: no place in\n{de_err}");
        assert_eq!(at, places(&en_err, &name), "{name}: the places differ\n{de_err}");
        for line in de_err.lines().filter(|l| l.starts_with(&name)) {
            assert!(line.contains(": Fehler"), "{name}: {line}");
        }
        let left = english_left(&de_err, std::slice::from_ref(&name));
        assert!(left.is_empty(), "{name}: English {left:?} in\n{de_err}");

        // The same through the library, in German on this thread.
        let shown = with_lang(Lang::De, || load_file(&file).unwrap_err().to_string());
        let left = english_left(&shown, &[file.display().to_string()]);
        assert!(left.is_empty(), "{name}: English {left:?} in\n{shown}");
    }
}

/// A whole meeting of `protocol`, with a German commitment in every step, in German.
fn german_summary(protocol: &str) -> (String, Vec<String>) {
    with_lang(Lang::De, || {
        let c = clock();
        let g = circle::protocol::Library::load(None).get(protocol).unwrap().group;
        let n = 4u32.clamp(g.min.unwrap_or(2), g.max.unwrap_or(8)) as usize;
        let members = ["Ana", "Ben", "Chen", "Dee", "Eve", "Fay", "Gus", "Hal"][..n].join(",");
        let mut a = app(protocol, Some(&members));
        press(&mut a, &c, KeyCode::Char(' '));
        let mut step = 0;
        while a.screen != Screen::Finished && step < 200 {
            c.advance_secs(20);
            press(&mut a, &c, KeyCode::Char('i'));
            for ch in format!("Kleinen Schritt {step} wagen bis 20. Dezember 2026").chars() {
                press(&mut a, &c, KeyCode::Char(ch));
            }
            press(&mut a, &c, KeyCode::Enter);
            press(&mut a, &c, KeyCode::Esc);
            press(&mut a, &c, KeyCode::Char('3'));
            press(&mut a, &c, KeyCode::Char('n'));
            step += 1;
        }
        let record = a.meeting.as_ref().and_then(|m| m.record_at(c.now())).unwrap();
        // The people's and the protocol's words, which stay as they were typed.
        let mut given: Vec<String> = record.members.clone();
        given.extend(record.notes.iter().map(|n| n.text.clone()));
        given.extend(record.commitments.iter().map(|c| c.text.clone()));
        given.extend(record.phases.iter().map(|p| p.title.clone()));
        given.extend(record.roles.iter().flat_map(|(r, m)| [r.clone(), m.clone()]));
        given.extend(record.norms.iter().cloned());
        given.push(record.protocol_name.clone());
        (circle::record::summary::markdown(&record), given)
    })
}

/// The summary without its front matter (keys and values are data).
fn body(md: &str) -> &str {
    let rest = md.strip_prefix("---\n").expect("front matter");
    &rest[rest.find("\n---\n").expect("end of front matter") + 5..]
}

#[test]
fn a_german_summary_has_german_headings_and_no_english() {
    for (id, _) in circle::protocol::builtin::BUILTINS {
        let (md, given) = german_summary(id);
        let text = body(&md);
        assert!(
            text.contains("Sonntag, 22. November 2026, 14:00"),
            "{id}: date line\n{text}"
        );
        assert!(text.contains("## Zeit je Phase"), "{id}\n{text}");
        assert!(text.contains("| Phase | geplant | gebraucht |"), "{id}\n{text}");
        let left = english_left(text, &given);
        assert!(left.is_empty(), "{id}: English {left:?} in\n{text}");
    }
    let (md, _) = german_summary("peer-circle");
    // A German due date is read ("bis 20. Dezember 2026") and shown.
    assert!(md.contains("fällig 2026-12-20"), "{md}");
    assert!(md.contains("### Vorhaben"), "{md}");
    assert!(md.contains("## Wert für unsere Zeit"), "{md}");
}
