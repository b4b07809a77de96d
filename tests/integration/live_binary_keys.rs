//! The real binary in a terminal: keys that never surprise. Under the curtain the
//! notes line is hidden and takes every letter; `-` stops at the time used; `r`
//! starts the countdown again but keeps the time spent in the record.

use std::path::PathBuf;
use std::time::Duration;

use crate::pty::Term;
use crate::support::Circle;

const FIVE: &[&str] = &["run", "peer-circle", "--members", "Ana,Ben,Chen,Dee,Eve"];

fn records(circle: &Circle) -> Vec<PathBuf> {
    let dir = circle.data_dir().join("sessions");
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|d| d.map(|e| e.unwrap().path()).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|x| x == "toml"));
    files
}

/// "0:03 of 6:08" → (3, 368).
fn used_of(screen: &str) -> Option<(u64, u64)> {
    let secs = |t: &str| -> Option<u64> {
        t.trim_matches(|c: char| !c.is_ascii_digit() && c != ':')
            .split(':')
            .try_fold(0u64, |acc, p| Some(acc * 60 + p.parse::<u64>().ok()?))
    };
    let line = screen.lines().find(|l| l.contains(" of "))?;
    let (left, right) = line.split_once(" of ")?;
    Some((secs(left.rsplit(' ').next()?)?, secs(right.split_whitespace().next()?)?))
}

#[test]
fn under_the_curtain_typed_letters_stay_hidden_and_never_run_commands() {
    let circle = Circle::new();
    let mut term = Term::spawn(&circle, FIVE, 80, 24);
    term.wait_for("Press SPACE to begin");
    term.keys(" ");
    term.wait_for("step 1/");
    term.keys("c");
    term.wait_until("the curtain", |t| !t.contains("step 1/"));
    term.keys("i");
    term.wait_for("hidden by the curtain");
    for k in "n r c q secret".chars() {
        term.keys(&k.to_string());
        std::thread::sleep(Duration::from_millis(30));
        let s = term.text();
        assert!(!s.contains("secret") && !s.contains("Leave the meeting?"), "{s}");
    }
    term.keys("\r");
    std::thread::sleep(Duration::from_millis(300));
    term.keys("\u{1b}");
    term.wait_until("the hidden line to close", |t| !t.contains("hidden by the curtain"));
    // Nothing typed reached the terminal while the curtain was closed.
    let raw = String::from_utf8_lossy(&term.raw()).into_owned();
    assert!(!raw.contains("secret"), "the typed text reached the terminal");
    term.keys("c");
    // Still on the first step: no letter ran a command.
    term.wait_for("step 1/");
    assert_eq!(term.quit_with_keys(), 0);
    let record = std::fs::read_to_string(&records(&circle)[0]).unwrap();
    assert!(record.contains("n r c q secret"), "the hidden note was kept:\n{record}");
}

#[test]
fn minus_stops_at_the_time_used() {
    let circle = Circle::new();
    let mut term = Term::spawn(&circle, FIVE, 100, 30);
    term.wait_for("Press SPACE to begin");
    term.keys(" ");
    let before = term.wait_until("three seconds used", |t| used_of(t).is_some_and(|(u, _)| u >= 3));
    let (used, _) = used_of(&before).unwrap();
    for _ in 0..10 {
        term.keys("-");
    }
    let cut = term.wait_for("time is already up");
    let (_, allotted) = used_of(&cut).unwrap();
    assert!(allotted >= used, "cut to {allotted} s with {used} s used:\n{cut}");
    assert!(allotted < 60, "{cut}");
    assert_eq!(term.quit_with_keys(), 0);
}

#[test]
fn restart_keeps_the_time_spent_in_the_record() {
    let circle = Circle::new();
    let mut term = Term::spawn(&circle, FIVE, 100, 30);
    term.wait_for("Press SPACE to begin");
    term.keys(" ");
    term.wait_until("three seconds used", |t| used_of(t).is_some_and(|(u, _)| u >= 3));
    term.keys("r");
    term.wait_for("time already spent stays on record");
    term.wait_until("the countdown to start again", |t| {
        used_of(t).is_some_and(|(u, _)| u <= 1)
    });
    assert_eq!(term.quit_with_keys(), 0);
    let record = std::fs::read_to_string(&records(&circle)[0]).unwrap();
    let norms = record.split("[[phases]]").nth(1).expect("phases");
    let used_s: u64 = norms
        .lines()
        .find_map(|l| l.strip_prefix("used_s = "))
        .and_then(|v| v.trim().parse().ok())
        .expect("used_s");
    assert!(used_s >= 3, "the restart erased the time spent:\n{norms}");
}

#[test]
fn the_setup_screen_splits_names_typed_on_one_line() {
    let circle = Circle::new();
    let mut term = Term::spawn(&circle, &["run", "peer-circle"], 80, 24);
    term.wait_for("Who is here today?");
    term.keys("Chen, Dee, Eve\r");
    let listed = term.wait_for(" 3. Eve");
    assert!(listed.contains(" 1. Chen") && listed.contains(" 2. Dee"), "{listed}");
    term.keys("\r");
    let ready = term.wait_for("Press SPACE to begin");
    assert!(ready.contains("Members: Chen, Dee, Eve"), "{ready}");
    assert_eq!(term.quit_with_keys(), 0);
}
