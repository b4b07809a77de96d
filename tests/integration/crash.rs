//! Never lose a meeting: kill -9 at several moments and resume; signals that close
//! the journal; cut-off and corrupt journals; a data dir that refuses writes.

use std::path::{Path, PathBuf};

use circle::journal::{self, Event};

use crate::pty::Term;
use crate::support::meeting::{
    assert_closed_by_signal, away_secs, elapsed_secs, group, hours_from_now, kill, note, resume_at, sessions_dir,
    start, summary, the_journal,
};
use crate::support::{Circle, fixtures};

#[test]
fn kill_9_at_several_moments_then_resume_loses_nothing() {
    let circle = Circle::new();
    group(&circle);

    // 1. Killed on the ready screen: nothing began, so nothing to resume.
    let mut term = start(&circle);
    kill(&mut term);
    let out = circle.cmd().args(["resume"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no unfinished meeting"));

    // 2. Killed straight after a note was saved, mid-step, while running.
    let mut term = start(&circle);
    term.keys(" ");
    term.wait_for("step 1/");
    for k in 2..=7 {
        term.keys("n");
        term.wait_for(&format!("step {k}/"));
    }
    term.wait_until("the step to have run 2 s", |s| {
        s.lines().any(|l| l.contains("on track")) && elapsed_secs(s) >= 2
    });
    note(&mut term, "Convince my boss");
    kill(&mut term);
    // Time away is not meeting time: a resume picks up where the journal stopped.
    // The resume's wall clock is an hour on, so an hour is away, none of it waited.
    let mut term = resume_at(&circle, &hours_from_now(1));
    let back = term.wait_for("Resumed after");
    assert!(back.contains("step 7/"), "back on the challenge:\n{back}");
    let away = away_secs(&back);
    assert!((3600..=3610).contains(&away), "{away}");
    assert!(back.lines().nth(1).unwrap().starts_with("The challenge"));
    term.keys(" ");
    let running = term.wait_for("on track");
    let secs = elapsed_secs(&running);
    assert!(
        (2..=4).contains(&secs),
        "the step had run about 2 s when the note was saved: {secs}"
    );
    // More notes, then paused, then killed again.
    note(&mut term, "What would success look like?");
    term.keys("n");
    term.wait_for("step 8/");
    note(&mut term, "Did you ask her?");
    term.keys(" ");
    term.wait_for("PAUSED");
    kill(&mut term);

    // 3. Resumed from a pause: same step, still paused, every note there.
    let list = circle.cmd().args(["resume", "--list"]).output().unwrap();
    let listed = String::from_utf8(list.stdout).unwrap();
    assert!(
        listed.contains("Tuesday circle") && listed.contains("peer-circle"),
        "{listed}"
    );
    let mut term = resume_at(&circle, &hours_from_now(2));
    let back = term.wait_for("Resumed after");
    assert!(back.contains("step 8/"), "{back}");
    assert!(back.contains("PAUSED") || back.contains("Resumed after"), "{back}");
    assert_eq!(term.quit_with_keys(), 0);
    let md = summary(&circle);
    for typed in ["Convince my boss", "What would success look like?", "Did you ask her?"] {
        assert!(md.contains(typed), "{typed:?} lost:\n{md}");
    }
    // The journal holds each note once, and ends closed.
    let j = journal::read(&the_journal(&circle)).unwrap();
    let notes = j
        .entries
        .iter()
        .filter(|e| matches!(e.event, Event::Note { .. }))
        .count();
    assert_eq!(notes, 3);
    assert!(matches!(
        j.entries.last().unwrap().event,
        Event::Closed { finished: false }
    ));
    assert_eq!(
        j.entries
            .iter()
            .filter(|e| matches!(e.event, Event::Resumed { .. }))
            .count(),
        2
    );
}

#[test]
fn sigterm_and_sighup_close_the_journal_and_the_terminal() {
    for signal in [libc::SIGTERM, libc::SIGHUP] {
        let circle = Circle::new();
        group(&circle);
        let mut term = start(&circle);
        term.keys(" ");
        term.wait_for("step 1/");
        note(&mut term, "A thought before the window closed");
        term.signal(signal);
        term.wait_exit();
        assert_closed_by_signal(&circle, &term, "A thought before the window closed", signal);
    }
}

#[test]
fn run_offers_to_resume_an_unfinished_meeting_of_the_group() {
    let circle = Circle::new();
    group(&circle);
    let mut term = start(&circle);
    term.keys(" ");
    term.wait_for("step 1/");
    term.keys("n");
    term.wait_for("step 2/");
    kill(&mut term);
    let mut term = Term::spawn(&circle, &["run", "--group", "Tuesday circle"], 100, 30);
    term.wait_for("[R/d/k]");
    term.keys("\r");
    term.wait_for("Resumed after");
    assert!(term.text().contains("step 2/"));
    term.quit_with_keys();
}

#[test]
fn run_can_discard_an_abandoned_meeting_so_it_never_counts() {
    let circle = Circle::new();
    group(&circle);
    let mut term = start(&circle);
    term.keys(" ");
    term.wait_for("step 1/");
    term.keys("n");
    term.wait_for("step 2/");
    kill(&mut term);
    let sessions = circle.data_dir().join("groups/tuesday-circle/sessions");
    assert!(std::fs::read_dir(&sessions).unwrap().next().is_some());
    let mut term = Term::spawn(&circle, &["run", "--group", "Tuesday circle"], 100, 30);
    term.wait_for("[R/d/k]");
    term.keys("d\r");
    term.wait_for("Press SPACE to begin");
    assert_eq!(term.quit_with_keys(), 0);
    let left: Vec<_> = std::fs::read_dir(&sessions)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    assert!(left.is_empty(), "the abandoned meeting's files are gone: {left:?}");
    let listed = circle.cmd().args(["resume", "--list"]).output().unwrap();
    assert!(String::from_utf8_lossy(&listed.stdout).contains("No unfinished meetings"));
}

#[test]
fn resume_discard_throws_away_the_meeting_named() {
    let circle = Circle::new();
    group(&circle);
    let mut term = start(&circle);
    term.keys(" ");
    term.wait_for("step 1/");
    kill(&mut term);
    let listed = circle.cmd().args(["resume", "--list"]).output().unwrap();
    let listed = String::from_utf8(listed.stdout).unwrap();
    let id = listed.split_whitespace().next().unwrap().to_string();
    let guess = circle.cmd().args(["resume", "--discard"]).output().unwrap();
    assert_eq!(
        guess.status.code(),
        Some(2),
        "circle does not guess which to throw away"
    );
    let gone = circle.cmd().args(["resume", "--discard", &id]).output().unwrap();
    assert!(gone.status.success(), "{gone:?}");
    assert!(String::from_utf8_lossy(&gone.stdout).contains(".journal"), "{gone:?}");
    let listed = circle.cmd().args(["resume", "--list"]).output().unwrap();
    assert!(String::from_utf8_lossy(&listed.stdout).contains("No unfinished meetings"));
    let history = circle.cmd().args(["history"]).output().unwrap();
    assert!(String::from_utf8_lossy(&history.stdout).contains("No meetings yet"));
}

fn copy_fixture(circle: &Circle, name: &str) -> PathBuf {
    let dir = circle.data_dir().join("sessions");
    std::fs::create_dir_all(&dir).unwrap();
    let to = dir.join(name);
    std::fs::copy(fixtures().join("journals").join(name), &to).unwrap();
    to
}

#[test]
fn a_cut_off_journal_is_read_to_its_last_whole_event() {
    let j = journal::read(&fixtures().join("journals/cut-off.journal")).unwrap();
    assert_eq!(j.entries.len(), 4);
    let note = j.cut_off.expect("says it was cut off");
    assert!(
        note.contains("cut-off.journal:6") && note.contains("cut off mid-write"),
        "{note}"
    );

    // And resumes: the screen comes up on the step it reached.
    let circle = Circle::new();
    copy_fixture(&circle, "cut-off.journal");
    let mut term = Term::spawn(&circle, &["resume"], 100, 30);
    let back = term.wait_for("Resumed after");
    assert!(back.contains("step 2/"), "{back}");
    term.quit_with_keys();
    // The cut-off line was closed off, so the new events are whole lines.
    let again = journal::read(&circle.data_dir().join("sessions/cut-off.journal")).unwrap();
    assert!(again.cut_off.is_none());
    assert!(matches!(again.entries.last().unwrap().event, Event::Closed { .. }));
}

#[test]
fn a_damaged_line_mid_journal_costs_that_event_not_the_meeting() {
    let j = journal::read(&fixtures().join("journals/corrupt.journal")).unwrap();
    assert_eq!(j.skipped.len(), 1, "{:?}", j.skipped);
    assert!(
        j.skipped[0].contains("corrupt.journal:3: this line is damaged and left out"),
        "{:?}",
        j.skipped
    );
    assert!(j.skipped[0].contains("oops, this line"), "says what was lost");
    // The events after it are there.
    assert!(j.entries.iter().any(|e| e.event
        == Event::Note {
            text: "A first note".into()
        }));

    let circle = Circle::new();
    copy_fixture(&circle, "corrupt.journal");
    let list = circle.cmd().args(["resume", "--list"]).output().unwrap();
    let listed = String::from_utf8(list.stdout).unwrap();
    assert!(listed.contains("one damaged line left out"), "{listed}");
    let mut term = Term::spawn(&circle, &["resume"], 100, 30);
    term.wait_for("Resumed after");
    assert_eq!(term.quit_with_keys(), 0);
    let md = std::fs::read_to_string(circle.data_dir().join("sessions/2026-11-22-183134-peer-circle.md")).unwrap();
    assert!(md.contains("A first note"), "{md}");
}

#[test]
fn a_journal_without_its_header_is_kept_beside_a_readable_error() {
    let newer = journal::read(&fixtures().join("journals/newer.journal")).unwrap_err();
    assert!(newer.to_string().contains("newer circle"), "{newer}");

    let circle = Circle::new();
    let path = copy_fixture(&circle, "corrupt.journal");
    // The header line lost (blank, then gone): nothing says what the meeting was.
    let text = std::fs::read_to_string(&path).unwrap();
    let body = text.split_once('\n').unwrap().1;
    for damaged in [format!("\n{body}"), body.to_string()] {
        std::fs::write(&path, &damaged).unwrap();
        let err = journal::read(&path).unwrap_err();
        assert!(err.to_string().contains("not a circle journal header"), "{err}");
    }
    // Blank lines before a header are no damage.
    std::fs::write(&path, format!("\n\n{text}")).unwrap();
    assert_eq!(journal::read(&path).unwrap().entries.len(), 3);
    std::fs::write(&path, body).unwrap();
    let before = std::fs::read(&path).unwrap();
    let out = circle.cmd().args(["resume"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("corrupt.journal") && stderr.contains("kept"),
        "{stderr}"
    );
    assert_eq!(
        std::fs::read(&path).unwrap(),
        before,
        "never silently discarded or changed"
    );
    let error = journal::error_file(&path);
    assert!(std::fs::read_to_string(error).unwrap().contains("corrupt.journal"));
    let list = circle.cmd().args(["resume", "--list"]).output().unwrap();
    assert!(String::from_utf8(list.stdout).unwrap().contains("unreadable"));
}

#[test]
fn a_record_from_a_newer_circle_is_refused() {
    let text = std::fs::read_to_string(fixtures().join("records/newer.toml")).unwrap();
    let err = circle::record::Record::from_toml(&text).unwrap_err();
    assert!(err.contains("newer circle"), "{err}");
}

/// Make the sessions folder impossible to create, even for root: a file is in its way.
fn block_sessions(circle: &Circle) -> PathBuf {
    let dir = sessions_dir(circle);
    std::fs::write(&dir, "not a folder").unwrap();
    dir
}

#[test]
fn an_unwritable_data_dir_warns_and_keeps_the_notes() {
    let circle = Circle::new();
    group(&circle);
    block_sessions(&circle);
    let mut term = start(&circle);
    term.keys(" ");
    let warned = term.wait_for("notes NOT saved");
    assert!(warned.contains("step 1/"), "the meeting goes on:\n{warned}");
    term.keys("n");
    term.wait_for("step 2/");
    term.keys("i");
    term.wait_for("note (");
    term.keys("Kept in memory\r");
    let echo = term.wait_for("not yet on disk");
    assert!(!echo.contains("saved as"), "the echo claims the disk took it:\n{echo}");
    term.keys("\u{1b}");
    term.wait_until("the notes line to close", |t| !t.contains("note ("));
    term.quit_with_keys();
    let said = term.text();
    let fallback = said
        .split_whitespace()
        .find(|w| w.contains("unsaved-"))
        .map(|w| PathBuf::from(w.trim_end_matches(['.', ','])))
        .unwrap_or_else(|| panic!("names a fallback file:\n{said}"));
    // In the data dir, never in $TMPDIR where other people's programs look.
    assert!(fallback.starts_with(circle.data_dir()), "{}", fallback.display());
    let text = std::fs::read_to_string(&fallback).unwrap();
    assert_private_file(&fallback, &text);
    assert!(text.contains("Kept in memory"), "{text}");
}

#[cfg(unix)]
fn assert_private_file(path: &Path, _: &str) {
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "{}", path.display());
}

#[cfg(not(unix))]
fn assert_private_file(_: &Path, _: &str) {}

#[test]
fn a_resize_storm_does_not_break_the_screen() {
    let circle = Circle::new();
    let mut term = Term::spawn(&circle, &["run", "peer-circle", "--members", "Ana,Ben,Chen"], 80, 24);
    term.wait_for("Press SPACE to begin");
    term.keys(" ");
    term.wait_for("step 1/");
    for i in 0..200u16 {
        term.resize(1 + (i * 37) % 200, 1 + (i * 13) % 60);
    }
    term.resize(80, 24);
    term.wait_for("step 1/");
    assert_eq!(term.quit_with_keys(), 0);
}
