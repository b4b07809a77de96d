//! The command line in German, from the real binary: every command on a group
//! with a history, `--help` of every command, and clap's errors, chosen by
//! `--lang de` and by `LANG=de_DE.UTF-8`. No common English word may be left once
//! what is not circle's own wording is taken out (protocol text, user data, code),
//! and every exit code is the one the English run gives.

use circle::i18n::{Lang, with_lang};

use crate::support::{Circle, fixtures};

#[path = "german_words.rs"]
mod words;
use words::{GROUP, QUESTIONS, copy_dir, english_words, foreign, ics_text};

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
        // Warnings and fixes too: twelve members squeeze the clarifying turns.
        vec![
            "plan",
            "peer-circle",
            "--members",
            "A,B,C,D,E,F,G,H,I,J,K,L",
            "--start",
            "14:00",
            "--format",
            "json",
        ],
    ] {
        let circle = with_group();
        let en = run(&circle, &args, None).stdout;
        let de = run(&circle, &args, Some(How::Flag)).stdout;
        assert_eq!(en, de, "{args:?}");
    }
    // A question's hint is for people: it follows the chosen language (issue 20);
    // what scripts read (verdict, fine, basis) does not change.
    let args = [
        "questions",
        "check",
        "--language",
        "en",
        "--format",
        "json",
        QUESTIONS[0],
    ];
    let circle = with_group();
    let en: serde_json::Value = serde_json::from_str(&run(&circle, &args, None).stdout).unwrap();
    let de: serde_json::Value = serde_json::from_str(&run(&circle, &args, Some(How::Flag)).stdout).unwrap();
    for key in ["question", "verdict", "fine", "basis"] {
        assert_eq!(en[0][key], de[0][key], "{key}");
    }
    assert!(de[0]["hint"].as_str().unwrap().starts_with("Geschlossen"), "{de}");
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
