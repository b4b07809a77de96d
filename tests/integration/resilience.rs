//! The edges an attack run found: signals nobody expects, a note half typed when
//! circle is killed, how close resume lands to where the meeting was.

use std::time::{Duration, Instant};

use circle::journal::{self, Event};

use crate::pty::Term;
use crate::support::Circle;
use crate::support::meeting::{
    assert_closed_by_signal, group, kill, note, start, summary, the_journal, wait_journaled,
};

#[test]
fn every_signal_that_ends_circle_restores_the_terminal_and_closes_the_journal() {
    for signal in [libc::SIGQUIT, libc::SIGUSR1, libc::SIGALRM] {
        let circle = Circle::new();
        group(&circle);
        let mut term = start(&circle);
        term.keys(" ");
        term.wait_for("step 1/");
        note(&mut term, "Said before the signal");
        term.signal(signal);
        assert_eq!(term.wait_exit(), 128 + signal as u32, "signal {signal}");
        assert_closed_by_signal(&circle, &term, "Said before the signal", signal);
    }
}

#[test]
fn a_half_typed_note_survives_kill_9_and_sigterm_and_comes_back_on_the_line() {
    for signal in [libc::SIGKILL, libc::SIGTERM] {
        let circle = Circle::new();
        group(&circle);
        let mut term = start(&circle);
        term.keys(" ");
        term.wait_for("step 1/");
        term.keys("i");
        term.wait_for("note (");
        term.keys("Half a thought, not yet saved");
        term.wait_for("not yet saved▏");
        // Debounced, but soon: well before the next whole second of the clock.
        wait_journaled(&circle, "Half a thought, not yet saved");
        term.signal(signal);
        term.wait_exit();
        let mut term = Term::spawn(&circle, &["resume"], 100, 30);
        term.wait_for("Resumed after");
        term.wait_for("Half a thought, not yet saved▏");
        // It is on the line, as it was: Enter saves it.
        term.keys(" and now it is\r");
        term.wait_for("saved as");
        term.keys("\u{1b}");
        term.wait_until("the notes line to close", |t| !t.contains("note ("));
        assert_eq!(term.quit_with_keys(), 0);
        assert!(
            summary(&circle).contains("Half a thought, not yet saved and now it is"),
            "signal {signal}"
        );
        // A saved note is no draft: a second resume does not bring it back.
        let j = journal::read(&the_journal(&circle)).unwrap();
        assert_eq!(j.draft(), None);
    }
}

#[test]
fn the_heartbeat_keeps_the_journal_within_a_second_of_the_meeting() {
    let circle = Circle::new();
    group(&circle);
    let mut term = start(&circle);
    term.keys(" ");
    term.wait_for("step 1/");
    let path = the_journal(&circle);
    // How far behind the present the journal's newest moment is, read every 20 ms
    // over a few seconds of a running step.
    let mut worst = 0i64;
    let until = Instant::now() + Duration::from_millis(3500);
    while Instant::now() < until {
        if let Ok(j) = journal::read(&path) {
            let behind = (chrono::Local::now().fixed_offset() - j.last_wall()).num_milliseconds();
            worst = worst.max(behind);
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    // A wake each second writes a heartbeat; the slack is the reads' own 20 ms and
    // a busy machine. Skipping every other wake made this 2 s.
    assert!(worst < 1300, "the journal fell {worst} ms behind");
    kill(&mut term);
}

#[test]
fn invisible_characters_are_no_part_of_a_name_and_joiners_are_drawn() {
    let circle = Circle::new();
    // "Ana" with a zero-width space in it is Ana: one member, not two.
    for names in ["Ana,Ben,A\u{200b}na", "Ana,Ben,A\u{200d}na", "Ana,Ben,\u{feff}Ana"] {
        let out = circle
            .cmd()
            .args(["plan", "peer-circle", "--members", names])
            .output()
            .unwrap();
        let said = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{names:?}: {said}");
        assert!(said.contains("listed twice"), "{said}");
    }
    circle
        .cmd()
        .args(["group", "new", "Joiners", "--members", "Ana,Ben,Chen"])
        .assert()
        .success();
    let out = circle
        .cmd()
        .args(["group", "edit", "Joiners", "--add", "A\u{200b}na"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", String::from_utf8_lossy(&out.stderr));
    // A Persian name needs its zero-width non-joiner, an emoji its joiner: both
    // reach the terminal as they are, never as U+FFFD.
    let persian = "\u{645}\u{647}\u{631}\u{200c}\u{627}\u{646}\u{6af}\u{6cc}\u{632}";
    let emoji = "\u{1f469}\u{200d}\u{1f4bb} Dev";
    let members = format!("Ana,Ben,{persian},{emoji}");
    let out = circle
        .cmd()
        .args(["plan", "peer-circle", "--members", &members])
        .output()
        .unwrap();
    let plan = String::from_utf8(out.stdout).unwrap();
    assert!(out.status.success());
    assert!(plan.contains(persian) && plan.contains(emoji), "{plan}");
    assert!(!plan.contains('\u{fffd}'), "{plan}");
    let mut term = Term::spawn(
        &circle,
        &["run", "peer-circle", "--members", &members, "--no-save"],
        120,
        40,
    );
    let screen = term.wait_for("Press SPACE to begin");
    assert!(!screen.contains('\u{fffd}'), "{screen}");
    term.signal(libc::SIGTERM);
    term.wait_exit();
}

#[test]
fn resume_never_follows_a_linked_journal() {
    let circle = Circle::new();
    group(&circle);
    let mut term = start(&circle);
    term.keys(" ");
    term.wait_for("step 1/");
    kill(&mut term);
    // The journal moved out of the data dir, a link left in its place.
    let journal = the_journal(&circle);
    let elsewhere = circle.home.path().join("elsewhere.journal");
    std::fs::rename(&journal, &elsewhere).unwrap();
    std::os::unix::fs::symlink(&elsewhere, &journal).unwrap();
    let before = std::fs::read(&elsewhere).unwrap();
    let out = circle.cmd().args(["resume"]).output().unwrap();
    let said = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{said}");
    assert!(said.contains("a symbolic link"), "{said}");
    let mut term = Term::spawn(&circle, &["run", "--group", "Tuesday circle"], 100, 30);
    term.wait_for("Press SPACE to begin");
    assert_eq!(term.quit_with_keys(), 0);
    assert_eq!(
        std::fs::read(&elsewhere).unwrap(),
        before,
        "the link's target is untouched"
    );
}

#[test]
fn a_data_dir_others_can_write_is_named_and_one_of_another_user_refused() {
    use std::os::unix::fs::PermissionsExt;
    let circle = Circle::new();
    group(&circle);
    let data = circle.data_dir();
    std::fs::set_permissions(&data, std::fs::Permissions::from_mode(0o777)).unwrap();
    let out = circle.cmd().args(["group", "show", "Tuesday circle"]).output().unwrap();
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{said}");
    assert!(said.contains("can be changed by other users (mode 777)"), "{said}");
    std::fs::set_permissions(&data, std::fs::Permissions::from_mode(0o700)).unwrap();
    let quiet = circle.cmd().args(["group", "show", "Tuesday circle"]).output().unwrap();
    assert!(quiet.stderr.is_empty(), "{}", String::from_utf8_lossy(&quiet.stderr));
    // Another user's folder (only root can make one to test with).
    let c = std::ffi::CString::new(data.to_str().unwrap()).unwrap();
    // SAFETY: chown(2) with a NUL-terminated path.
    if unsafe { libc::chown(c.as_ptr(), 65534, 65534) } == 0 {
        let out = circle.cmd().args(["group", "show", "Tuesday circle"]).output().unwrap();
        let said = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{said}");
        assert!(said.contains("belongs to another user (uid 65534)"), "{said}");
    }
}

#[test]
fn hostile_input_is_quoted_shortened_with_one_exit_code_and_one_name_limit() {
    let circle = Circle::new();
    // A 1 MB unknown key in config.toml: named with its place, quoted shortened.
    std::fs::create_dir_all(circle.config_dir()).unwrap();
    let key = "k".repeat(1_000_000);
    std::fs::write(circle.config_dir().join("config.toml"), format!("{key} = 1\n")).unwrap();
    let out = circle
        .cmd()
        .args(["plan", "peer-circle", "--members", "Ana,Ben,Chen"])
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        said.contains("config.toml:1:1") && said.contains("unknown key"),
        "{said:.300}"
    );
    assert!(said.len() < 2_000, "{} bytes of error", said.len());
    std::fs::remove_file(circle.config_dir().join("config.toml")).unwrap();
    // A long word where a protocol, presenters or a length go: quoted shortened.
    let word = "w".repeat(100_000);
    for args in [
        vec!["plan", &word, "--members", "Ana,Ben,Chen"],
        vec![
            "plan",
            "peer-circle",
            "--members",
            "Ana,Ben,Chen",
            "--presenters",
            &word,
        ],
        vec!["plan", "peer-circle", "--members", "Ana,Ben,Chen", "--length", &word],
    ] {
        let out = circle.cmd().args(&args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{:?}", &args[..2]);
        assert!(out.stderr.len() < 1_000, "{} bytes of error", out.stderr.len());
    }

    // A loop of links is bad input like any other path that leads nowhere.
    let a = circle.home.path().join("a.toml");
    let b = circle.home.path().join("b.toml");
    std::os::unix::fs::symlink(&b, &a).unwrap();
    std::os::unix::fs::symlink(&a, &b).unwrap();
    let a = a.to_str().unwrap();
    for args in [
        vec!["plan", a, "--members", "Ana,Ben,Chen"],
        vec!["protocols", "check", a],
        vec!["plan", "peer-circle", "--roster", a],
    ] {
        let out = circle.cmd().args(&args).output().unwrap();
        let said = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {said}");
        assert!(said.contains("a.toml"), "{args:?}: {said}");
    }

    // One limit on a name, wherever it is given, and one message.
    let long = "N".repeat(5_000);
    let members = format!("Ana,Ben,{long}");
    for args in [
        vec!["plan", "peer-circle", "--members", &members],
        vec!["run", "peer-circle", "--print", "--members", &members],
        vec!["group", "new", "Long", "--members", &members],
    ] {
        let out = circle.cmd().args(&args).output().unwrap();
        let said = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{:?}: {said:.300}", &args[..2]);
        assert!(said.contains("is longer than 200 characters"), "{said:.300}");
        assert!(said.len() < 1_000, "{} bytes of error", said.len());
    }
}

#[test]
fn a_commitments_done_made_while_a_meeting_runs_wins_over_an_earlier_mark_in_it() {
    use crate::support::group_app::{finish, go_to, group_app, new_group, note, save};
    use crate::support::screen::press;
    use circle::engine::ManualClock;
    use circle::protocol::Kind;
    use ratatui::crossterm::event::KeyCode;

    let circle = Circle::new();
    new_group(&circle);
    let data = circle.data_dir();
    let now = chrono::Local::now();
    // Four weeks ago, Ana committed to something.
    let c = ManualClock::new(now - chrono::Duration::days(28));
    let mut app = group_app(&data);
    press(&mut app, &c, KeyCode::Char(' '));
    go_to(&mut app, &c, Kind::Commitment, None);
    note(&mut app, &c, "Draft a one-page proposal");
    finish(&mut app, &c);
    let first = save(&mut app, &c, &data);
    let id = first.commitments[0].id.clone();

    // Today's meeting, begun ten minutes ago: at report-back it is marked "not yet".
    let c = ManualClock::new(now - chrono::Duration::minutes(10));
    let mut app = group_app(&data);
    press(&mut app, &c, KeyCode::Char(' '));
    go_to(&mut app, &c, Kind::ReportBack, Some("Ana"));
    press(&mut app, &c, KeyCode::Char('3'));
    // Then, while the meeting runs, Ana says it is done after all.
    let out = circle.cmd().args(["commitments", "done", &id]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    // The meeting ends later: its mark was made before the `done`, and loses to it.
    c.advance_secs(20 * 60);
    finish(&mut app, &c);
    let second = save(&mut app, &c, &data);
    assert!(
        second.marks[0].at.is_some_and(|at| at < now.fixed_offset()),
        "dated when made"
    );
    let open = circle
        .cmd()
        .args(["commitments", "--group", "Tuesday circle", "--open"])
        .output()
        .unwrap();
    let o = String::from_utf8(open.stdout).unwrap();
    assert!(!o.contains("Draft a one-page proposal"), "{o}");
}

#[test]
fn the_most_notes_a_meeting_takes_resume_reads_back() {
    let circle = Circle::new();
    group(&circle);
    let mut term = start(&circle);
    term.keys(" ");
    term.wait_for("step 1/");
    term.keys("i");
    term.wait_for("note (");
    // Twenty pasted notes of 10,000 characters that each take two bytes once
    // escaped: the most a meeting takes, at its worst in the journal.
    let count_notes = |circle: &Circle| {
        journal::read(&the_journal(circle)).map_or(0, |j| {
            j.entries
                .iter()
                .filter(|e| matches!(e.event, Event::Note { .. }))
                .count()
        })
    };
    for i in 0..20 {
        let text = format!("{i:02}{}", "\"\\".repeat(4_999));
        term.keys(&format!("\u{1b}[200~{text}\u{1b}[201~\r"));
        let start = Instant::now();
        while count_notes(&circle) < i + 1 {
            assert!(start.elapsed() < Duration::from_secs(10), "note {i} never saved");
            std::thread::sleep(Duration::from_millis(10));
        }
    }
    // One more is refused whole, with a message, and stays on the line.
    term.keys(&format!("\u{1b}[200~{}\u{1b}[201~\r", "x".repeat(100)));
    term.wait_for("this meeting's notes are full");
    assert_eq!(count_notes(&circle), 20);
    wait_journaled(&circle, &"x".repeat(100));
    kill(&mut term);
    let size = std::fs::metadata(the_journal(&circle)).unwrap().len();
    assert!(size > 400_000, "{size} bytes");
    let mut term = Term::spawn(&circle, &["resume"], 100, 30);
    term.wait_for("Resumed after");
    // The refused note is back on the line, as it was.
    term.wait_for("› xxxxxxxxxxxxxxxx");
    term.keys("\u{1b}");
    term.wait_until("the notes line to close", |t| !t.contains("note ("));
    assert_eq!(term.quit_with_keys(), 0);
    let md = summary(&circle);
    for i in 0..20 {
        assert!(md.contains(&format!("{i:02}\"\\")), "note {i} lost");
    }
}

#[test]
fn a_journal_that_lost_its_header_is_rebuilt_from_the_record_beside_it() {
    let circle = Circle::new();
    group(&circle);
    let mut term = start(&circle);
    term.keys(" ");
    term.wait_for("step 1/");
    term.keys("n");
    term.wait_for("step 2/");
    note(&mut term, "Kept though the header was lost");
    kill(&mut term);
    let path = the_journal(&circle);
    let text = std::fs::read_to_string(&path).unwrap();
    let body = text.split_once('\n').unwrap().1.to_string();
    std::fs::write(&path, &body).unwrap();
    let mut term = Term::spawn(&circle, &["resume"], 100, 30);
    let back = term.wait_for("Resumed after");
    assert!(back.contains("step 2/"), "the meeting's course is kept:\n{back}");
    assert_eq!(term.quit_with_keys(), 0);
    assert!(summary(&circle).contains("Kept though the header was lost"));
    // The damaged journal is kept beside the rebuilt one, as it was.
    let mut damaged = path.clone().into_os_string();
    damaged.push(".damaged");
    assert_eq!(std::fs::read_to_string(damaged).unwrap(), body);
}
