//! The command line in German, from the real binary: every command on a group
//! with a history, `--help` of every command, and clap's errors, chosen by
//! `--lang de` and by `LANG=de_DE.UTF-8`. No common English word may be left once
//! what is not circle's own wording is taken out (protocol text, user data, code),
//! and every exit code is the one the English run gives.

use std::collections::BTreeSet;
use std::path::Path;

use circle::i18n::{Lang, with_lang};

use crate::support::{Circle, fixtures, root};

const GROUP: &str = "Tuesday circle";

/// English words that are not also German ones ("in", "an", "so", "was", "will",
/// "die", "hat", "also" are left out), and no command name.
const ENGLISH: &[&str] = &[
    "the",
    "and",
    "to",
    "of",
    "is",
    "for",
    "with",
    "your",
    "you",
    "this",
    "that",
    "these",
    "meeting",
    "meetings",
    "member",
    "members",
    "minutes",
    "presenter",
    "presenters",
    "commitment",
    "none",
    "each",
    "every",
    "not",
    "yet",
    "kept",
    "due",
    "rating",
    "from",
    "by",
    "or",
    "are",
    "be",
    "its",
    "their",
    "they",
    "has",
    "have",
    "been",
    "when",
    "what",
    "who",
    "which",
    "there",
    "before",
    "after",
    "print",
    "usage",
    "options",
    "arguments",
    "commands",
    "error",
    "warning",
    "tip",
    "found",
    "invalid",
    "value",
    "values",
    "required",
    "unexpected",
    "possible",
    "similar",
    "exists",
    "information",
    "try",
    "more",
    "left",
    "next",
    "last",
    "open",
    "closed",
    "overdue",
    "buddy",
    "saved",
    "unfinished",
    "no",
    "yes",
    "instead",
    "one",
    "then",
    "would",
    "could",
    "should",
    "cannot",
    "must",
    "how",
    "why",
    "where",
    "here",
    "note",
    "length",
    "roles",
    "norms",
    "round",
    "closing",
    "opening",
    "everyone",
    "leads",
    "phases",
    "programme",
    "dropped",
    "advice",
    "judgemental",
    "unknown",
    "subcommand",
];

enum How {
    Flag,
    Env,
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

/// A data dir holding a group with two meetings, an open commitment and a buddy.
fn with_group() -> Circle {
    let circle = Circle::new();
    copy_dir(
        &fixtures().join("groups/v1"),
        &circle.data_dir().join("groups/tuesday-circle"),
    );
    circle
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap().flatten() {
        let target = to.join(e.file_name());
        if e.path().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), target).unwrap();
        }
    }
}

fn run(circle: &Circle, args: &[&str], how: Option<How>) -> Run {
    let mut cmd = circle.cmd();
    cmd.env("CIRCLE_TODAY", "2026-10-30");
    match how {
        Some(How::Flag) => {
            cmd.args(["--lang", "de"]);
        }
        Some(How::Env) => {
            cmd.env("LANG", "de_DE.UTF-8");
        }
        None => {}
    }
    let out = cmd.args(args).output().unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

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
fn foreign() -> Vec<String> {
    let mut out = Vec::new();
    toml_strings_in(&root().join("protocols"), &mut out);
    toml_strings_in(&fixtures().join("protocols/valid"), &mut out);
    toml_strings_in(&fixtures().join("groups/v1"), &mut out);
    // A one-word string in a protocol is a key ("each", "presenter"), not text.
    out.retain(|s| s.trim().contains(char::is_whitespace));
    with_lang(Lang::De, || {
        for (p, _) in circle::protocol::Library::load(None).entries {
            out.push(p.group.describe());
            out.push(p.presenters.describe());
            out.extend(p.warn.map(|w| w.describe()));
            out.extend(p.roles.iter().map(|r| r.name.clone()));
        }
        let data = tempfile::tempdir().unwrap();
        copy_dir(
            &fixtures().join("groups/v1"),
            &data.path().join("groups/tuesday-circle"),
        );
        let g = circle::notes::GroupDir::new(data.path(), GROUP).load(GROUP).unwrap();
        out.push(g.every.to_string());
        for q in QUESTIONS {
            out.push(q.to_string());
            out.push(circle::notes::classify::check_for(q, circle::notes::classify::Purpose::Explore).hint);
        }
        out.push("x".parse::<circle::cli::ThemeName>().unwrap_err());
    });
    // Longest first, so a sentence goes before a word inside it.
    out.retain(|s| !s.trim().is_empty());
    out.sort_by_key(|s| std::cmp::Reverse(s.len()));
    out
}

const QUESTIONS: [&str; 3] = ["Is this good?", "What matters most to you?", "You should ask him"];

/// The English words left in `text` once foreign text and code are taken out.
fn english_words(text: &str, foreign: &[String]) -> BTreeSet<String> {
    let mut t = text.to_string();
    // A phrase goes wherever it is; a single word (a role's name: "Member") only
    // where it stands as a word, so "Members" is still caught.
    let (phrases, words): (Vec<&String>, Vec<&String>) = foreign.iter().partition(|f| f.contains(char::is_whitespace));
    let words: BTreeSet<String> = words.iter().map(|w| w.to_lowercase()).collect();
    for f in phrases {
        t = replace_ignoring_case(&t, f);
    }
    // Code: commands in backticks, quoted examples and user data, flags,
    // environment variables, paths, file names, dates and meeting ids.
    t = strip_between(&t, '`', '`');
    t = strip_between(&t, '"', '"');
    t = strip_between(&t, '„', '“');
    t = without_kind_keys(&t);
    t = without_flags(&t);
    t = without_env_vars(&t);
    t = t
        .split_inclusive(char::is_whitespace)
        .map(|w| if is_code(w.trim()) { " " } else { w })
        .collect();
    t.split(|c: char| !c.is_alphabetic())
        .map(str::to_lowercase)
        .filter(|w| !words.contains(w))
        .filter(|w| ENGLISH.contains(&w.as_str()))
        .collect()
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
fn ics_text(ics: &str) -> String {
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

/// Run `args` in English and both ways in German on fresh copies of the group:
/// the exit codes agree, and the German says no English.
fn check(args: &[&str], expect: i32, foreign: &[String], failures: &mut Vec<String>) {
    let en = run(&with_group(), args, None);
    if en.code != expect {
        failures.push(format!("{args:?}: English exit {} (expected {expect})", en.code));
    }
    for how in [How::Flag, How::Env] {
        let label = match how {
            How::Flag => "--lang de",
            How::Env => "LANG=de_DE.UTF-8",
        };
        let de = run(&with_group(), args, Some(how));
        if de.code != en.code {
            failures.push(format!(
                "{args:?} ({label}): exit {} but {} in English",
                de.code, en.code
            ));
        }
        let stdout = if args.first() == Some(&"export") {
            ics_text(&de.stdout)
        } else {
            de.stdout.clone()
        };
        let text = format!("{stdout}\n{}", de.stderr);
        let left = english_words(&text, foreign);
        if !left.is_empty() {
            failures.push(format!("{args:?} ({label}): English {left:?} in:\n{text}"));
        }
    }
}

fn first_commitment() -> String {
    let out = run(&with_group(), &["commitments", "--format", "json"], None);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    v[0]["id"].as_str().unwrap().to_string()
}

#[test]
fn every_command_speaks_german() {
    let foreign = foreign();
    let id = first_commitment();
    let valid = fixtures().join("protocols/valid/minimal.toml");
    let valid = valid.to_str().unwrap();
    let cases: Vec<(Vec<&str>, i32)> = vec![
        (
            vec![
                "plan",
                "peer-circle",
                "--members",
                "Ana,Ben,Chen,Dee",
                "--start",
                "14:00",
            ],
            0,
        ),
        (vec!["plan", "--group", GROUP, "--start", "14:00"], 0),
        (
            vec![
                "plan",
                "mastermind",
                "--members",
                "Ana,Ben,Chen,Dee,Eve,Fay",
                "--start",
                "09:00",
            ],
            0,
        ),
        (vec!["run", "--print", "--group", GROUP], 0),
        (vec!["run", "--group", GROUP], 2),
        (vec!["plan", "--start", "14:00"], 2),
        (vec!["plan", "--members", "Ana,Ben,Chen", "--start", "25:00"], 2),
        (vec!["protocols", "list"], 0),
        (vec!["protocols", "show", "peer-circle"], 0),
        (vec!["protocols", "show", "feedforward"], 0),
        (vec!["protocols", "check", valid], 0),
        (vec!["group", "list"], 0),
        (vec!["group", "show", GROUP], 0),
        (
            vec![
                "group",
                "new",
                "Neue Runde",
                "--members",
                "Ana,Ben,Chen",
                "--meetings",
                "6",
                "--every",
                "month",
            ],
            0,
        ),
        (vec!["group", "new", GROUP, "--members", "Ana,Ben,Chen"], 2),
        (
            vec![
                "group",
                "new",
                "Kleine Runde",
                "--members",
                "Ana,Ben,Chen",
                "--meetings",
                "0",
            ],
            2,
        ),
        (vec!["group", "edit", GROUP, "--add", "Eve"], 0),
        (vec!["group", "edit", GROUP, "--rename", "Ana"], 2),
        (vec!["group", "edit", GROUP, "--remove", "Ana"], 2),
        (vec!["group", "edit", GROUP, "--remove", "Ana", "--open", "drop"], 0),
        (vec!["group", "edit", GROUP, "--remove", "Zed"], 2),
        (vec!["history"], 0),
        (vec!["history", "--group", GROUP], 0),
        (vec!["commitments"], 0),
        (vec!["commitments", "--open"], 0),
        (vec!["commitments", "done", &id, "--note", "Gut gelaufen"], 0),
        (vec!["commitments", "nothing-like-it"], 2),
        (vec!["export", "ics", "--group", GROUP, "--check-ins"], 0),
        (vec!["questions", "check", QUESTIONS[0], QUESTIONS[1], QUESTIONS[2]], 0),
        (vec!["questions", "check", ""], 2),
        (vec!["resume", "--list"], 0),
        (vec!["resume"], 2),
        (vec!["resume", "--discard"], 2),
        (vec!["config", "path"], 0),
    ];
    let mut failures = Vec::new();
    for (args, code) in &cases {
        check(args, *code, &foreign, &mut failures);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// Every command's path in the tree, `[]` for `circle` itself.
fn command_paths(cmd: &clap::Command, path: Vec<String>, out: &mut Vec<Vec<String>>) {
    out.push(path.clone());
    for sub in cmd.get_subcommands() {
        let mut p = path.clone();
        p.push(sub.get_name().to_string());
        command_paths(sub, p, out);
    }
}

#[test]
fn every_help_speaks_german() {
    let foreign = foreign();
    let mut paths = Vec::new();
    command_paths(
        &<circle::cli::Cli as clap::CommandFactory>::command(),
        Vec::new(),
        &mut paths,
    );
    let mut failures = Vec::new();
    for path in &paths {
        for flag in ["--help", "-h"] {
            let mut args: Vec<&str> = path.iter().map(String::as_str).collect();
            args.push(flag);
            check(&args, 0, &foreign, &mut failures);
        }
    }
    check(&["help", "help"], 0, &foreign, &mut failures);
    check(&["help", "group", "new"], 0, &foreign, &mut failures);
    // A command that needs a subcommand shows its help, and fails.
    check(&["protocols"], 2, &foreign, &mut failures);
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
    let help = run(&Circle::new(), &["run", "--help"], Some(How::Flag)).stdout;
    assert!(help.contains("Aufruf: circle run [OPTIONEN] [ABLAUF]"), "{help}");
    assert!(help.contains("Optionen:") && help.contains("Argumente:"), "{help}");
}

#[test]
fn clap_errors_speak_german_with_clap_exit_codes() {
    let foreign = foreign();
    let cases: [&[&str]; 10] = [
        &["--foo"],
        &["plna"],
        &["plan", "--format", "xml"],
        &["group", "new"],
        &["run", "-m", "Ana", "--roster", "x.toml"],
        &["history", "-g", "a", "-g", "b"],
        &["commitments", "--opne"],
        &["plan", "--length"],
        &["run", "--theme", "x"],
        &["export"],
    ];
    let mut failures = Vec::new();
    for args in cases {
        check(args, 2, &foreign, &mut failures);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
    let e = run(&Circle::new(), &["plna"], Some(How::Env)).stderr;
    assert!(e.starts_with("Fehler: unbekannter Befehl „plna“"), "{e}");
    assert!(e.contains("Tipp:") && e.contains("„plan“"), "{e}");
    // English keeps clap's own words.
    let e = run(&Circle::new(), &["plna"], None).stderr;
    assert!(e.starts_with("error: unrecognized subcommand 'plna'"), "{e}");
}

#[test]
fn json_is_the_same_in_every_language() {
    for args in [
        vec!["history", "--format", "json"],
        vec!["commitments", "--format", "json"],
        vec!["questions", "check", "--format", "json", QUESTIONS[0]],
    ] {
        let circle = with_group();
        let en = run(&circle, &args, None).stdout;
        let de = run(&circle, &args, Some(How::Flag)).stdout;
        assert_eq!(en, de, "{args:?}");
    }
}

#[test]
fn the_english_catalogue_says_what_the_doc_comments_say() {
    let messages: std::collections::BTreeMap<String, String> = circle::i18n::messages(Lang::En).into_iter().collect();
    for (ids, text) in circle::cli_i18n::english_texts() {
        let found = ids.iter().find(|id| messages.contains_key(*id));
        let Some(id) = found else {
            panic!("no message for {ids:?}: {text:?}");
        };
        let en = with_lang(Lang::En, || circle::i18n::text(id, None));
        assert_eq!(en, text, "{id} differs from src/cli.rs");
    }
}
