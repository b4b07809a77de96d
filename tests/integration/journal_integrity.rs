//! A journal line is an event or nothing: a whole last event without its newline is
//! kept, a torn one is moved aside, a full disk (at the start and mid-meeting) never
//! leaves half a line or a journal without its header, one meeting has one writer,
//! and two meetings started in the same second get two ids.

use std::path::{Path, PathBuf};
use std::time::Duration;

use circle::journal::{self, Entry, Event, JournalWriter};

use crate::pty::Term;
use crate::support::meeting::{group, kill, note, sessions_dir, start, the_journal};
use crate::support::{Circle, fixtures};

/// The cut-off fixture's header and its whole events, as lines.
fn fixture_lines() -> Vec<String> {
    let text = std::fs::read_to_string(fixtures().join("journals/cut-off.journal")).unwrap();
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    lines.pop(); // the fixture's own torn line
    lines
}

fn write_journal(dir: &Path, body: &str) -> PathBuf {
    let path = dir.join("m.journal");
    std::fs::write(&path, body).unwrap();
    path
}

fn alive(t: u64) -> Entry {
    Entry {
        t,
        wall: chrono::Local::now().fixed_offset(),
        event: Event::Alive,
    }
}

#[test]
fn a_whole_last_event_without_its_newline_survives_two_crashes() {
    let dir = tempfile::tempdir().unwrap();
    let lines = fixture_lines();
    let whole = lines.len() - 1; // events
    let path = write_journal(dir.path(), &lines.join("\n")); // no final newline
    assert_eq!(journal::read(&path).unwrap().entries.len(), whole);
    for round in 0..2 {
        let mut w = JournalWriter::reopen(&path).unwrap();
        assert!(w.repaired.is_none(), "a whole event is not a torn one");
        w.append(&alive(99_999_999)).unwrap();
        drop(w);
        let j = journal::read(&path).unwrap();
        assert_eq!(j.entries.len(), whole + 1 + round, "round {round}: nothing dropped");
        assert!(j.cut_off.is_none());
        // The next crash comes between an event and its newline again.
        let text = std::fs::read_to_string(&path).unwrap();
        std::fs::write(&path, text.trim_end_matches('\n')).unwrap();
    }
}

#[test]
fn a_header_without_its_newline_is_kept() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_journal(dir.path(), &fixture_lines()[0]);
    let mut w = JournalWriter::reopen(&path).unwrap();
    w.append(&alive(1)).unwrap();
    drop(w);
    let j = journal::read(&path).unwrap();
    assert_eq!(j.header.id, "2026-11-22-183134-peer-circle");
    assert_eq!(j.entries.len(), 1);
}

#[test]
fn a_torn_last_line_is_moved_aside_not_dropped() {
    let dir = tempfile::tempdir().unwrap();
    let lines = fixture_lines();
    let torn = r#"{"t":11592472,"wall":"2026-11-22T18:31:36"#;
    let path = write_journal(dir.path(), &format!("{}\n{torn}", lines.join("\n")));
    let mut w = JournalWriter::reopen(&path).unwrap();
    let said = w.repaired.clone().expect("says what it did");
    w.append(&alive(99_999_999)).unwrap();
    drop(w);
    let aside: Vec<PathBuf> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().contains(".torn-"))
        .collect();
    assert_eq!(aside.len(), 1, "{aside:?}");
    assert_eq!(std::fs::read_to_string(&aside[0]).unwrap(), torn);
    assert!(said.contains(&aside[0].display().to_string()), "{said}");
    let j = journal::read(&path).unwrap();
    assert_eq!(j.entries.len(), lines.len() - 1 + 1);
    assert!(j.cut_off.is_none());
}

/// Let the process write at most `bytes` into any one file (as a disk with that
/// much room would); writes beyond fail as on a full disk (EFBIG, like ENOSPC).
fn room_for(pid: i32, bytes: u64) {
    let limit = libc::rlimit {
        rlim_cur: bytes,
        rlim_max: libc::RLIM_INFINITY,
    };
    // SAFETY: prlimit(2) on our own child with a live struct; the old value is not wanted.
    let rc = unsafe { libc::prlimit(pid, libc::RLIMIT_FSIZE, &limit, std::ptr::null_mut()) };
    assert_eq!(rc, 0, "prlimit: {}", std::io::Error::last_os_error());
}

fn journal_lines_are_whole(path: &Path) {
    let text = std::fs::read_to_string(path).unwrap();
    assert!(text.ends_with('\n'), "ends with a whole line");
    let j = journal::read(path).unwrap_or_else(|e| panic!("{e}\n{text}"));
    assert!(j.cut_off.is_none());
}

#[test]
fn a_full_disk_at_the_start_and_mid_meeting_loses_nothing() {
    let circle = Circle::new();
    group(&circle);
    let mut term = start(&circle);
    // No room at all when the meeting begins: not even for the journal's header.
    room_for(term.pid(), 0);
    term.keys(" ");
    let warned = term.wait_for("notes NOT saved");
    assert!(warned.contains("step 1/"), "the meeting goes on:\n{warned}");
    term.keys("i");
    term.wait_for("note (");
    term.keys("Typed while the disk was full\r");
    // The echo is true to the disk: kept, not yet on it.
    term.wait_for("not yet on disk");
    term.keys("\u{1b}");
    // Room again: the header goes first, then every event, and the warning goes.
    room_for(term.pid(), libc::RLIM_INFINITY);
    term.wait_until("the warning to go", |t| !t.contains("NOT saved"));
    let path = the_journal(&circle);
    journal_lines_are_whole(&path);

    // Mid-meeting: room for part of the next line only.
    let size = std::fs::metadata(&path).unwrap().len();
    room_for(term.pid(), size + 20);
    term.keys("n");
    term.wait_for("notes NOT saved");
    term.wait_for("step 2/");
    note(&mut term, "Typed when the disk filled mid-line");
    room_for(term.pid(), libc::RLIM_INFINITY);
    term.wait_until("the warning to go", |t| !t.contains("NOT saved"));
    kill(&mut term);

    journal_lines_are_whole(&path);
    let j = journal::read(&path).unwrap();
    let notes: Vec<&str> = j
        .entries
        .iter()
        .filter_map(|e| match &e.event {
            Event::Note { text } => Some(text.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(
        notes,
        ["Typed while the disk was full", "Typed when the disk filled mid-line"]
    );
    let mut term = Term::spawn(&circle, &["resume"], 100, 30);
    let back = term.wait_for("Resumed after");
    assert!(back.contains("step 2/"), "{back}");
    assert_eq!(term.quit_with_keys(), 0);
    let leftovers: Vec<_> = std::fs::read_dir(sessions_dir(&circle))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn one_meeting_has_one_writer_even_from_two_windows() {
    let circle = Circle::new();
    group(&circle);
    let mut first = start(&circle);
    first.keys(" ");
    first.wait_for("step 1/");
    note(&mut first, "From the first window");

    // A second window on the same group is told, and is not offered the meeting.
    let mut second = Term::spawn(&circle, &["run", "--group", "Tuesday circle"], 100, 30);
    let said = second.wait_for("Start a new meeting of this group here instead?");
    assert!(
        said.contains(&format!("open in another window (pid {})", first.pid())),
        "{said}"
    );
    assert!(!said.contains("Resume it?"), "{said}");
    second.keys("n\r");
    assert_eq!(second.wait_exit(), 0);

    let list = circle.cmd().args(["resume", "--list"]).output().unwrap();
    let listed = String::from_utf8(list.stdout).unwrap();
    assert!(
        listed.contains(&format!("open in another window (pid {})", first.pid())),
        "{listed}"
    );
    // Nor can `circle resume` take it.
    let mut third = Term::spawn(&circle, &["resume"], 100, 30);
    assert_eq!(third.wait_exit(), 2);
    assert!(third.text().contains("open in another window"), "{}", third.text());

    // Once the first window dies (kill -9 leaves no stale lock), one resume takes it,
    // and a second resume at the same time is refused.
    kill(&mut first);
    let mut back = Term::spawn(&circle, &["resume"], 100, 30);
    back.wait_for("Resumed after");
    let mut again = Term::spawn(&circle, &["resume"], 100, 30);
    assert_eq!(again.wait_exit(), 2);
    assert!(
        again.text().contains(&format!("(pid {})", back.pid())),
        "{}",
        again.text()
    );
    note(&mut back, "From the resumed window");
    assert_eq!(back.quit_with_keys(), 0);
    let j = journal::read(&the_journal(&circle)).unwrap();
    let notes = j
        .entries
        .iter()
        .filter(|e| matches!(e.event, Event::Note { .. }))
        .count();
    assert_eq!(notes, 2);
}

#[test]
fn two_meetings_started_in_the_same_second_get_two_ids() {
    let args = ["run", "peer-circle", "--members", "Ana,Ben,Chen"];
    for attempt in 0..3 {
        let circle = Circle::new();
        let mut a = Term::spawn(&circle, &args, 100, 30);
        let mut b = Term::spawn(&circle, &args, 100, 30);
        a.wait_for("Press SPACE to begin");
        b.wait_for("Press SPACE to begin");
        // Early in a second, so both begin within it.
        while chrono::Local::now().timestamp_subsec_millis() > 100 {
            std::thread::sleep(Duration::from_millis(5));
        }
        a.keys(" ");
        b.keys(" ");
        a.wait_for("step 1/");
        b.wait_for("step 1/");
        note(&mut a, "Only in meeting A");
        note(&mut b, "Only in meeting B");
        a.quit_with_keys();
        b.quit_with_keys();
        let found = journal::find_all(&circle.data_dir());
        assert_eq!(found.len(), 2, "{found:?}");
        let journals: Vec<_> = found.iter().map(|p| journal::read(p).unwrap()).collect();
        assert_ne!(journals[0].header.id, journals[1].header.id);
        for j in &journals {
            let notes = j
                .entries
                .iter()
                .filter(|e| matches!(e.event, Event::Note { .. }))
                .count();
            assert_eq!(notes, 1, "{}: its own note only", j.header.id);
            let md = j.path.with_extension("md");
            assert!(std::fs::read_to_string(&md).unwrap().contains("Only in meeting"));
        }
        let same_second = journals[0].header.started.timestamp() == journals[1].header.started.timestamp();
        if same_second {
            assert!(
                journals.iter().any(|j| j.header.id.ends_with("-2")),
                "the second one has a suffix"
            );
            return;
        }
        eprintln!("attempt {attempt}: the two began in different seconds; again");
    }
    panic!("could not start two meetings in one second");
}

#[test]
fn leftover_temp_files_are_cleared_at_start() {
    let circle = Circle::new();
    group(&circle);
    let dir = sessions_dir(&circle);
    std::fs::create_dir_all(&dir).unwrap();
    let stale = dir.join(".circle-AbC123.tmp");
    let fresh = dir.join(".circle-XyZ789.tmp");
    let mine = dir.join("my-notes.tmp");
    for f in [&stale, &fresh, &mine] {
        std::fs::write(f, "notes from a save that was killed").unwrap();
    }
    let old = std::time::SystemTime::now() - Duration::from_secs(600);
    std::fs::File::options()
        .write(true)
        .open(&stale)
        .unwrap()
        .set_modified(old)
        .unwrap();
    std::fs::File::options()
        .write(true)
        .open(&mine)
        .unwrap()
        .set_modified(old)
        .unwrap();
    circle
        .cmd()
        .args(["history", "--group", "Tuesday circle"])
        .assert()
        .success();
    assert!(!stale.exists(), "a killed save's temp file is removed");
    assert!(fresh.exists(), "a save in progress in another window is left alone");
    assert!(mine.exists(), "a file circle did not name is left alone");
}

#[test]
fn heartbeats_replace_each_other_and_never_an_event() {
    let dir = tempfile::tempdir().unwrap();
    let lines = fixture_lines();
    let path = write_journal(dir.path(), &format!("{}\n", lines.join("\n")));
    let events = lines.len() - 1;
    let mut w = JournalWriter::reopen(&path).unwrap();
    for t in [100_000_000, 100_001_000, 100_002_000] {
        w.heartbeat(&alive(t)).unwrap();
    }
    let note = Entry {
        t: 100_002_500,
        wall: chrono::Local::now().fixed_offset(),
        event: Event::Note { text: "kept".into() },
    };
    w.append(&note).unwrap();
    for t in [100_003_000, 100_004_000] {
        w.heartbeat(&alive(t)).unwrap();
    }
    drop(w);
    let j = journal::read(&path).unwrap();
    let tail: Vec<(u64, bool)> = j.entries[events..]
        .iter()
        .map(|e| (e.t, matches!(e.event, Event::Alive)))
        .collect();
    assert_eq!(
        tail,
        [(100_002_000, true), (100_002_500, false), (100_004_000, true)],
        "the newest heartbeat before and after the note, and the note"
    );
    journal_lines_are_whole(&path);
}
