//! `circle watch` and the console as two real processes on two pseudo-terminals of
//! different sizes and languages: the console at 100×30 in English, the watcher at
//! 200×60 in German. The watcher must agree with the console within a second of
//! each change, show nothing private, change no file, and end with the meeting.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::pty::Term;
use crate::support::watching::{Recorder, agree, console, group, reading, snapshot, type_note, watcher};
use crate::support::{Circle, fixtures};

#[test]
fn the_watcher_follows_step_pause_minute_and_overrun_within_a_second() {
    let circle = Circle::new();
    group(&circle);
    // Started before there is any meeting: it says so and waits.
    let watcher = watcher(&circle, &[]);
    watcher.wait_for("Noch läuft kein Treffen");
    let mut console = console(&circle);
    console.keys(" ");
    console.wait_for("step 1/4");
    // It looks for a meeting twice a second, and follows the one that began.
    watcher.wait_for("Schritt 1/4");
    let first = agree(&console, &watcher, "the meeting begins");
    assert_eq!(first.allotted, 180);
    let w = watcher.text();
    assert!(
        w.contains("Fallgeber·in Ana · Schritt 1/4"),
        "the presenter, in German:\n{w}"
    );

    console.keys("n");
    console.wait_for("step 2/4");
    agree(&console, &watcher, "a step change");

    console.keys(" ");
    console.wait_for("PAUSED");
    let paused = agree(&console, &watcher, "a pause");
    assert!(paused.paused);

    console.keys(" ");
    console.wait_until("the pause to end", |t| !t.contains("PAUSED"));
    agree(&console, &watcher, "the end of the pause");

    console.keys("+");
    console.wait_for("of 4:00");
    let more = agree(&console, &watcher, "a minute more");
    assert_eq!(more.allotted, 240);

    // Cut to the time already used: time is up, and it runs over.
    console.keys("----");
    console.wait_until("the overrun", |t| {
        reading(t, "step", "of").is_some_and(|r| r.used > r.allotted)
    });
    let over = agree(&console, &watcher, "an overrun");
    assert!(over.used > over.allotted, "{over:?}");
    let w = watcher.text();
    assert!(w.contains("Powerful questions"), "the step's title:\n{w}");
    // The console counts who follows it (every few seconds); the watcher does not.
    console.wait_for("1 watching");
    assert!(!watcher.text().contains("schaut zu"), "{}", watcher.text());
}

#[test]
fn nothing_typed_on_the_console_reaches_the_watcher() {
    let circle = Circle::new();
    group(&circle);
    let mut console = console(&circle);
    console.keys(" ");
    console.wait_for("step 1/4");
    let watcher = Arc::new(Mutex::new(watcher(&circle, &["Tuesday circle"])));
    watcher.lock().unwrap().wait_for("Schritt 1/4");
    let recorder = Recorder::start(Arc::clone(&watcher));

    // A note (the presenter's focus), then in the questions a question, a private
    // note and a question the coach calls judgemental.
    type_note(&mut console, "Convince my boss about the reorg");
    console.keys("n");
    console.wait_for("step 2/4");
    type_note(&mut console, "Did you talk to him about the budget?");
    type_note(&mut console, "! Ben seems tired tonight");
    type_note(&mut console, "Why didn't you tell him sooner?");
    // The console's own overlays: its help and its quit question.
    console.keys("?");
    console.wait_for("key closes");
    console.keys("x");
    console.keys("q");
    console.wait_for("Leave the meeting?");
    console.keys("n");
    console.wait_until("the question to close", |t| !t.contains("Leave the meeting?"));
    // Whatever the watcher was about to draw has been drawn.
    std::thread::sleep(Duration::from_millis(600));
    let seen = recorder.finish();
    assert!(
        seen.iter().any(|s| s.contains("Schritt 2/4")),
        "the watcher was watching"
    );
    let private = [
        "reorg",
        "Convince",
        "budget",
        "talk to him",
        "Ben seems tired",
        "tell him sooner",
        "saved as",
        "gespeichert",
        "question (",
        "Frage (",
        "note (",
        "Notiz",
        "key closes",
        "jede Taste",
        "Leave the meeting",
        "Treffen verlassen",
        "space pause",
    ];
    for screen in &seen {
        for word in private {
            assert!(!screen.contains(word), "the watcher showed {word:?}:\n{screen}");
        }
    }

    // The private note is kept marked private, and out of the summary.
    let sessions = circle.data_dir().join("groups/tuesday-circle/sessions");
    let file = |ext: &str| {
        std::fs::read_dir(&sessions)
            .unwrap()
            .map(|e| e.unwrap().path())
            .find(|p| p.to_string_lossy().ends_with(ext) && !p.to_string_lossy().ends_with(".private.md"))
            .unwrap_or_else(|| panic!("no {ext} in {}", sessions.display()))
    };
    let journal = std::fs::read_to_string(file(".journal")).unwrap();
    assert!(
        journal.contains(r#""e":"private_note","text":"Ben seems tired tonight""#),
        "{journal}"
    );
    let summary = std::fs::read_to_string(file(".md")).unwrap();
    assert!(summary.contains("Did you talk to him about the budget?"), "{summary}");
    assert!(summary.contains("Convince my boss about the reorg"), "{summary}");
    assert!(!summary.contains("tired"), "a private note in the summary:\n{summary}");
    let private_md = std::fs::read_to_string(sessions.join(format!(
        "{}.private.md",
        file(".journal").file_stem().unwrap().to_string_lossy()
    )))
    .unwrap();
    assert!(private_md.contains("Ben seems tired tonight"), "{private_md}");
    assert!(!private_md.contains("budget"), "{private_md}");
    // The record travels with a shared group: the private note is only in the
    // private file (and the journal, which never travels).
    let record = std::fs::read_to_string(file(".toml")).unwrap();
    assert!(!record.contains("tired"), "{record}");
}

#[test]
fn the_watcher_changes_no_file_outlives_a_crash_and_ends_with_the_meeting() {
    let circle = Circle::new();
    group(&circle);
    let mut console = console(&circle);
    console.keys(" ");
    console.wait_for("step 1/4");
    crate::support::meeting::wait_journaled(&circle, r#""op":"start""#);
    // The console holds still while the files are compared.
    console.signal(libc::SIGSTOP);
    stopped(&console);
    let before = snapshot(&circle.data_dir());
    let journal = crate::support::meeting::the_journal(&circle);
    let id = journal.file_stem().unwrap().to_string_lossy().into_owned();
    let mut watcher = watcher(&circle, &[&id]);
    watcher.wait_for("Schritt 1/4");
    // A second of following: four looks at the journal, and redraws.
    std::thread::sleep(Duration::from_millis(1200));
    assert_eq!(
        snapshot(&circle.data_dir()),
        before,
        "the watcher changed the data dir (journal, group or notes)"
    );

    // The console crashes; `circle resume` brings it back, and the watcher with it.
    console.signal(libc::SIGKILL);
    console.wait_exit();
    let mut console = Term::spawn(&circle, &["resume"], 100, 30);
    console.wait_for("Resumed after");
    let resumed = agree(&console, &watcher, "a resume after a crash");
    assert!(resumed.paused, "a resumed meeting waits, paused: {resumed:?}");
    console.keys(" ");
    for k in 2..=4 {
        console.keys("n");
        console.wait_for(&format!("step {k}/4"));
    }
    agree(&console, &watcher, "the last step");
    console.keys("n");
    console.wait_for("Meeting complete");
    watcher.wait_for("Das Treffen ist zu Ende.");
    console.keys("q");
    assert_eq!(console.wait_exit(), 0);
    let start = Instant::now();
    assert_eq!(watcher.wait_exit(), 0, "the watcher exits 0 when the meeting ends");
    assert!(start.elapsed() < Duration::from_secs(2), "{:?}", start.elapsed());
    watcher.wait_for("Das Treffen ist zu Ende.");
}

#[test]
fn a_watcher_whose_terminal_hangs_up_exits_at_once() {
    use crate::support::window::{Tie, Window, assert_quick_and_quiet};
    let circle = Circle::new();
    group(&circle);
    let mut console = console(&circle);
    console.keys(" ");
    console.wait_for("step 1/4");
    for tie in [Tie::Controlling, Tie::InputOnly] {
        let window = Window::open(&circle, &["watch"], tie);
        window.wait_for("step 1/4");
        window.close();
        assert_quick_and_quiet(&window.exit_within(Duration::from_secs(2)), &format!("watch, {tie:?}"));
    }
}

#[test]
fn watch_once_with_no_live_meeting_says_so_and_exits_2() {
    let circle = Circle::new();
    group(&circle);
    let out = circle.cmd().args(["watch", "--once"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("No meeting is live"));
    let out = circle.cmd().args(["watch", "Thursday circle"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("No meeting or group is called"));
    // Without a terminal, what to do about it is said for watching, not planning.
    let out = circle.cmd().args(["watch"]).output().unwrap();
    let said = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{said}");
    assert!(said.contains("`circle watch`") && said.contains("terminal"), "{said}");
    assert!(!said.contains("circle plan"), "{said}");
}

/// A rehearsal (`CIRCLE_NOW`, `CIRCLE_SPEED`) started in two windows at two moments
/// has two wall clocks far apart: the watcher still follows, and never calls the
/// console silent while it is counting.
#[test]
fn a_rehearsal_is_followed_without_calling_the_console_silent() {
    let circle = Circle::new();
    group(&circle);
    let env = [("CIRCLE_NOW", "2026-01-15T18:00:00+00:00"), ("CIRCLE_SPEED", "20")];
    let protocol = fixtures().join("watch/short.toml");
    let args = ["run", protocol.to_str().unwrap(), "--group", "Tuesday circle"];
    let mut console = Term::spawn_with(&circle, &args, &env, 100, 30);
    console.wait_for("Press SPACE to begin");
    console.keys(" ");
    console.wait_for("step 1/");
    // Started later, the watcher's rehearsal clock is behind the console's: by
    // half a minute, many times the 4 s of silence that would call a console gone.
    console.wait_until("half a minute of the rehearsal", |t| {
        reading(t, "step", "of").is_some_and(|r| r.used >= 30)
    });
    let watcher = Term::spawn_with(&circle, &["--lang", "de", "watch"], &env, 200, 60);
    watcher.wait_for("Schritt 1/");
    // A second of following: four looks at the journal, twenty rehearsal seconds.
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(1) {
        let seen = watcher.text();
        assert!(!seen.contains("schweigt"), "the console is counting:\n{seen}");
        std::thread::sleep(Duration::from_millis(100));
    }
    console.keys("n");
    console.wait_for("step 2/");
    watcher.wait_for("Schritt 2/");
}

/// Wait until the kernel says `term`'s process is stopped (SIGSTOP), so nothing it
/// was writing is still to land.
fn stopped(term: &Term) {
    let start = Instant::now();
    loop {
        let stat = std::fs::read_to_string(format!("/proc/{}/stat", term.pid())).unwrap_or_default();
        // The state follows the command's name in parentheses: "T" is stopped.
        if stat.rsplit_once(") ").is_some_and(|(_, rest)| rest.starts_with('T')) {
            return;
        }
        assert!(start.elapsed() < Duration::from_secs(5), "not stopped: {stat}");
        std::thread::sleep(Duration::from_millis(5));
    }
}
