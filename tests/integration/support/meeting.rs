//! A meeting of the "Tuesday circle" in a real terminal, to kill, resume and read
//! back: its group, its journal and summary, a note typed, what the status line
//! says.

use std::path::PathBuf;

use circle::journal::{self, Event};

use crate::pty::Term;
use crate::support::Circle;

pub fn group(circle: &Circle) {
    circle
        .cmd()
        .args(["group", "new", "Tuesday circle", "--members", "Ana,Ben,Chen,Dee,Eve"])
        .assert()
        .success();
}

pub fn sessions_dir(circle: &Circle) -> PathBuf {
    circle.data_dir().join("groups/tuesday-circle/sessions")
}

pub fn the_journal(circle: &Circle) -> PathBuf {
    let found = journal::find_all(&circle.data_dir());
    assert_eq!(found.len(), 1, "{found:?}");
    found[0].clone()
}

pub fn start(circle: &Circle) -> Term {
    let term = Term::spawn(circle, &["run", "--group", "Tuesday circle"], 100, 30);
    term.wait_for("Press SPACE to begin");
    term
}

pub fn note(term: &mut Term, text: &str) {
    term.keys("i");
    term.wait_for("note (");
    term.keys(text);
    term.keys("\r");
    // "saved as …", or, while the disk refuses, "kept as …, not yet on disk".
    term.wait_until("the note's echo", |t| {
        t.contains("saved as") || t.contains("not yet on disk")
    });
    term.keys("\u{1b}");
    term.wait_until("the notes line to close", |t| !t.contains("note ("));
}

/// Wait until the meeting's journal holds `needle`: what is on screen may be a
/// moment ahead of what is on disk, and a kill in between would lose it.
pub fn wait_journaled(circle: &Circle, needle: &str) {
    wait_journaled_times(circle, needle, 1);
}

/// Wait until the meeting's journal holds `needle` at least `times` times.
pub fn wait_journaled_times(circle: &Circle, needle: &str, times: usize) {
    let start = std::time::Instant::now();
    loop {
        let text = journal::find_all(&circle.data_dir())
            .first()
            .and_then(|p| std::fs::read_to_string(p).ok())
            .unwrap_or_default();
        if text.matches(needle).count() >= times {
            return;
        }
        assert!(
            start.elapsed().as_secs() < 10,
            "the journal never held {needle:?} {times} times:\n{text}"
        );
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
}

pub fn kill(term: &mut Term) {
    term.signal(libc::SIGKILL);
    term.wait_exit();
}

pub fn summary(circle: &Circle) -> String {
    let md = std::fs::read_dir(sessions_dir(circle))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|x| x == "md"))
        .expect("a summary");
    std::fs::read_to_string(md).unwrap()
}

/// Elapsed seconds on the status line: "● on track · 0:03 of 11:39".
pub fn elapsed_secs(screen: &str) -> u64 {
    let line = screen.lines().find(|l| l.contains("on track")).expect("a status line");
    let t = line.split(" of ").next().unwrap().rsplit(' ').next().unwrap();
    t.split(':').fold(0, |acc, p| acc * 60 + p.parse::<u64>().unwrap())
}

/// After a signal: the terminal handed back, the journal closed (unfinished), and
/// the note typed before it in the summary.
pub fn assert_closed_by_signal(circle: &Circle, term: &Term, said: &str, signal: i32) {
    assert!(!term.alternate_screen(), "signal {signal}: alternate screen left");
    assert!(!term.cursor_hidden(), "signal {signal}: cursor hidden");
    let j = journal::read(&the_journal(circle)).unwrap();
    assert!(
        matches!(j.entries.last().unwrap().event, Event::Closed { finished: false }),
        "signal {signal}: {:?}",
        j.entries.last()
    );
    assert!(summary(circle).contains(said), "signal {signal}");
}

/// "Resumed after 1h 02m 05s away" → 3725 ("5s", "3m 04s", "1h" alike).
pub fn away_secs(screen: &str) -> u64 {
    let said = screen
        .split("Resumed after ")
        .nth(1)
        .and_then(|r| r.split(" away").next())
        .unwrap_or_else(|| panic!("says how long it was away:\n{screen}"));
    said.split_whitespace()
        .map(|part| {
            let (n, unit) = part.split_at(part.len() - 1);
            let n: u64 = n.parse().unwrap_or_else(|_| panic!("{said:?}"));
            n * match unit {
                "h" => 3600,
                "m" => 60,
                "s" => 1,
                _ => panic!("{said:?}"),
            }
        })
        .sum()
}

/// The wall clock `hours` from now, for `CIRCLE_NOW`: a resume that far on sees
/// that much time away without the test waiting through any of it.
pub fn hours_from_now(hours: i64) -> String {
    (chrono::Local::now() + chrono::Duration::hours(hours)).to_rfc3339()
}

/// `circle resume` with its wall clock at `now` (see [`hours_from_now`]).
pub fn resume_at(circle: &Circle, now: &str) -> Term {
    Term::spawn_with(circle, &["resume"], &[("CIRCLE_NOW", now)], 100, 30)
}

/// The time used on the line that ends in `of` ("0:07 of 5:00" → 7), if shown.
pub fn used_before(screen: &str, of: &str) -> Option<u64> {
    let line = screen.lines().find(|l| l.contains(of))?;
    let t = line.split(of).next()?.rsplit(' ').find(|w| !w.is_empty())?;
    let (m, s) = t.split_once(':')?;
    Some(m.parse::<u64>().ok()? * 60 + s.parse::<u64>().ok()?)
}

/// Stop circle (SIGSTOP) and wait for the last of its output to be on screen: the
/// screen then shows what the meeting had when it stopped, to compare a resume
/// with. Returns that screen.
pub fn freeze(term: &Term) -> String {
    term.signal(libc::SIGSTOP);
    settled(term)
}

/// The screen once circle's output has paused for a moment (a frame can arrive in
/// pieces, and its first rows be on screen before its last): a whole frame.
pub fn settled(term: &Term) -> String {
    let start = std::time::Instant::now();
    let mut last = (term.raw().len(), std::time::Instant::now());
    loop {
        let now = term.raw().len();
        if now != last.0 {
            last = (now, std::time::Instant::now());
        } else if last.1.elapsed() > std::time::Duration::from_millis(60) {
            return term.text();
        }
        assert!(start.elapsed().as_secs() < 10, "circle never paused its output");
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
}
