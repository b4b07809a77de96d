//! The group's memory across meetings: notes typed during a meeting land in the
//! summary and the record; the next meeting reports back on the commitments, the
//! rotation moves on, and the files stay private.

use std::path::Path;

use ratatui::crossterm::event::KeyCode;

use circle::memory::GroupDir;
use circle::protocol::Kind;

use crate::support::Circle;
use crate::support::group_app::{MEMBERS, finish, go_to, group_app, new_group, note, save, screen, type_line};
use crate::support::screen::{clock, press};

#[test]
fn two_meetings_remember_commitments_and_rotate() {
    let circle = Circle::new();
    new_group(&circle);
    let data = circle.data_dir();

    // ---- Meeting 1: Ana presents (first in the roster, nobody has presented yet).
    let c = clock();
    let mut app = group_app(&data);
    assert_eq!(app.engine().unwrap().plan().presenters, ["Ana"]);
    let ready = screen(&app, &c);
    assert!(
        ready.contains("Facilitator: Ben"),
        "the rotating role, sparing the presenter:\n{ready}"
    );
    press(&mut app, &c, KeyCode::Char(' '));

    go_to(&mut app, &c, Kind::Challenge, None);
    note(&mut app, &c, "Convince my boss to fund the pilot");
    // The powerful questions are an open floor: nobody's turn in particular.
    go_to(&mut app, &c, Kind::Questions, None);
    press(&mut app, &c, KeyCode::Char('i'));
    type_line(&mut app, &c, "Did you talk to him?");
    let s = screen(&app, &c);
    assert!(s.contains("saved as question (closed)"), "{s}");
    assert!(s.contains("Open it up"), "the coaching hint shows:\n{s}");
    type_line(&mut app, &c, "What would your boss need to hear?");
    press(&mut app, &c, KeyCode::Esc);
    go_to(&mut app, &c, Kind::Reframe, None);
    note(&mut app, &c, "Use many sources of influence");
    go_to(&mut app, &c, Kind::Commitment, None);
    let s = screen(&app, &c);
    assert!(s.contains("Ana's buddy: Ben"), "{s}");
    note(&mut app, &c, "Talk to three peers about the pilot by 2026-12-15");
    note(&mut app, &c, "Draft a one-page proposal");
    for (who, rating) in [("Ana", '5'), ("Ben", '4'), ("Chen", '4'), ("Dee", '3'), ("Eve", '5')] {
        go_to(&mut app, &c, Kind::CheckOut, Some(who));
        press(&mut app, &c, KeyCode::Char(rating));
    }
    finish(&mut app, &c);
    let first = save(&mut app, &c, &data);

    assert!(first.finished);
    assert_eq!(first.commitments.len(), 2);
    assert_eq!(first.commitments[0].owner, "Ana");
    assert_eq!(first.commitments[0].due.to_string(), "2026-12-15");
    assert_eq!(
        first.commitments[1].due.to_string(),
        "2026-12-20",
        "default: the next meeting, 28 days on"
    );
    assert_eq!(first.commitments[0].buddy.as_deref(), Some("Ben"));
    assert_eq!(first.average_rating(), Some(4.2));
    assert_eq!(first.airtime.len(), 5);

    let sessions = GroupDir::new(&data, "Tuesday circle").sessions();
    let md = std::fs::read_to_string(sessions.join(format!("{}.md", first.id))).unwrap();
    for expected in [
        "group: \"Tuesday circle\"",
        "## Ana presents",
        "**Initial focus:** Convince my boss to fund the pilot",
        "**Reframed focus:** Use many sources of influence",
        // Asked on the open floor (issue 20): no one's turn, so no name.
        "- Did you talk to him? *(closed)*\n",
        "started: 2026-11-22T14:00:00",
        "\nended: 2026-11-22T",
        "\nlength: \"",
        "- What would your boss need to hear? *(open)*",
        "- **Ana**: Talk to three peers about the pilot — due 2026-12-15, buddy Ben",
        "average **4.2** of 5",
        "## Airtime",
        "## Time per phase",
    ] {
        assert!(md.contains(expected), "summary lacks {expected:?}:\n{md}");
    }
    assert_private(&sessions);

    // ---- Meeting 2: Ben presents; Ana reports back on her commitments.
    let c = clock();
    c.advance_secs(28 * 24 * 3600);
    let mut app = group_app(&data);
    assert_eq!(
        app.engine().unwrap().plan().presenters,
        ["Ben"],
        "least recent presenter first"
    );
    assert!(screen(&app, &c).contains("2 open commitments"));
    press(&mut app, &c, KeyCode::Char(' '));
    go_to(&mut app, &c, Kind::ReportBack, Some("Ana"));
    let s = screen(&app, &c);
    assert!(s.contains("Talk to three peers about the pilot"), "{s}");
    assert!(s.contains("Draft a one-page proposal"), "{s}");
    press(&mut app, &c, KeyCode::Char('1')); // done
    note(&mut app, &c, "Asking early got me two allies");
    press(&mut app, &c, KeyCode::Down);
    press(&mut app, &c, KeyCode::Char('3')); // not yet
    assert!(screen(&app, &c).contains("[not yet]"));
    finish(&mut app, &c);
    let second = save(&mut app, &c, &data);
    assert_eq!(second.marks.len(), 2);
    assert_eq!(
        second.marks[0].learned.as_deref(),
        Some("Asking early got me two allies")
    );

    let dir = GroupDir::new(&data, "Tuesday circle");
    let (memory, _) = dir.memory(&dir.load("Tuesday circle").unwrap()).unwrap();
    let open = memory.open_commitments();
    assert_eq!(open.len(), 1, "done closes a commitment; not yet keeps it open");
    assert_eq!(open[0].commitment.text, "Draft a one-page proposal");
    assert_eq!(memory.presenter_rotation(&split(MEMBERS))[..3], ["Chen", "Dee", "Eve"]);

    // The command line reads the same memory.
    let history = circle
        .cmd()
        .args(["history", "--group", "Tuesday circle"])
        .env("CIRCLE_TODAY", "2026-12-20")
        .output()
        .unwrap();
    let h = String::from_utf8(history.stdout).unwrap();
    assert!(h.contains("Commitments kept: 1 of the 2 that came due (50%)"), "{h}");
    assert!(h.contains("Ana") && h.contains("Ben"), "{h}");
    let json = circle
        .cmd()
        .args(["history", "--format", "json"])
        .env("CIRCLE_TODAY", "2026-12-20")
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    let meetings = v[0]["meetings"].as_array().unwrap();
    assert_eq!(meetings.len(), 2);
    assert_eq!(meetings[0]["presenters"][0], "Ana");
    assert_eq!(meetings[0]["rating"], 4.2);
    assert_eq!(v[0]["kept"]["kept"], 1);
    assert_eq!(v[0]["kept"]["due"], 2);

    let owed = circle
        .cmd()
        .args(["commitments", "--group", "Tuesday circle", "--open"])
        .output()
        .unwrap();
    let o = String::from_utf8(owed.stdout).unwrap();
    assert!(
        o.contains("Draft a one-page proposal") && !o.contains("Talk to three peers"),
        "{o}"
    );

    let ics = circle
        .cmd()
        .args(["export", "ics", "--group", "Tuesday circle"])
        .output()
        .unwrap();
    let cal = String::from_utf8(ics.stdout).unwrap();
    assert!(cal.starts_with("BEGIN:VCALENDAR"), "{cal}");
    assert!(cal.contains("SUMMARY:Ana: Draft a one-page proposal"), "{cal}");
    assert!(cal.contains("DTSTART;VALUE=DATE:20261220"), "{cal}");
    // The open commitment and the next meeting.
    assert_eq!(cal.matches("BEGIN:VEVENT").count(), 2, "{cal}");

    let plan = circle
        .cmd()
        .args(["plan", "--group", "Tuesday circle", "--absent", "Chen"])
        .output()
        .unwrap();
    let p = String::from_utf8(plan.stdout).unwrap();
    assert!(p.contains("Presenter: Dee"), "Chen is away, so Dee is next:\n{p}");
    assert!(p.contains("Absent: Chen"), "{p}");
}

fn split(s: &str) -> Vec<String> {
    s.split(',').map(String::from).collect()
}

#[cfg(unix)]
fn assert_private(dir: &Path) {
    use std::os::unix::fs::PermissionsExt;
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(dir), 0o700, "{}", dir.display());
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        assert_eq!(mode(&p), 0o600, "{}", p.display());
    }
    assert_eq!(mode(dir.parent().unwrap()), 0o700);
}

#[cfg(not(unix))]
fn assert_private(_: &Path) {}

#[test]
fn the_ready_screen_can_change_the_proposed_presenter() {
    let circle = Circle::new();
    new_group(&circle);
    let c = clock();
    let mut app = group_app(&circle.data_dir());
    press(&mut app, &c, KeyCode::Char('e'));
    for _ in 0..10 {
        press(&mut app, &c, KeyCode::Backspace);
    }
    type_line(&mut app, &c, "Dee");
    assert_eq!(app.engine().unwrap().plan().presenters, ["Dee"]);
    assert!(screen(&app, &c).contains("Presenter: Dee"));
    press(&mut app, &c, KeyCode::Char('e'));
    for _ in 0..10 {
        press(&mut app, &c, KeyCode::Backspace);
    }
    type_line(&mut app, &c, "Zed");
    assert_eq!(
        app.engine().unwrap().plan().presenters,
        ["Dee"],
        "an unknown name keeps the plan"
    );
    assert!(screen(&app, &c).contains("Zed"), "and says why");
}

#[test]
fn group_commands_keep_the_roster() {
    let circle = Circle::new();
    new_group(&circle);
    let list = circle.cmd().args(["group", "list"]).output().unwrap();
    assert!(
        String::from_utf8(list.stdout)
            .unwrap()
            .contains("Tuesday circle  (5 members, 0 meetings)")
    );
    circle
        .cmd()
        .args([
            "group",
            "edit",
            "Tuesday circle",
            "--add",
            "Fay",
            "--remove",
            "Eve",
            "--rename",
            "Ben=Benjamin",
        ])
        .assert()
        .success();
    let show = circle.cmd().args(["group", "show", "tuesday CIRCLE"]).output().unwrap();
    let s = String::from_utf8(show.stdout).unwrap();
    assert!(s.contains("Members: Ana, Benjamin, Chen, Dee, Fay"), "{s}");
    assert!(s.contains("Next to present: Ana"), "{s}");

    let again = circle
        .cmd()
        .args(["group", "new", "Tuesday circle", "--members", "X,Y"])
        .output()
        .unwrap();
    assert_eq!(again.status.code(), Some(2));
    let missing = circle.cmd().args(["group", "show", "Nope"]).output().unwrap();
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8(missing.stderr).unwrap().contains("circle group new"));
    let bad_absent = circle
        .cmd()
        .args(["plan", "--group", "Tuesday circle", "--absent", "Zed"])
        .output()
        .unwrap();
    assert_eq!(bad_absent.status.code(), Some(2));
}

#[test]
fn hostile_names_stay_inside_the_data_dir() {
    let circle = Circle::new();
    let data = circle.data_dir();
    // A path-like name becomes one safe folder inside the data dir.
    circle
        .cmd()
        .args(["group", "new", "../../x", "--members", "Ana,Ben,Chen"])
        .assert()
        .success();
    assert!(data.join("groups/x/group.toml").exists());
    assert!(!circle.home.path().join("x").exists() && !data.parent().unwrap().join("x").exists());
    let show = circle.cmd().args(["group", "show", "../../x"]).output().unwrap();
    assert!(String::from_utf8(show.stdout).unwrap().starts_with("../../x"));

    // Control characters and 10 KB names are refused with a short message, exit 2.
    let long = "y".repeat(10_000);
    for (group, members) in [
        ("evil\u{1b}[2J", "Ana,Ben"),
        ("ok", "Ana,\u{1b}]0;pwned\u{7}"),
        (long.as_str(), "Ana,Ben"),
        ("ok2", &format!("Ana,{long}")),
    ] {
        let out = circle
            .cmd()
            .args(["group", "new", group, "--members", members])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{group:.20} / {members:.20}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(err.len() < 400 && !err.contains('\u{1b}'), "{err}");
    }
    // Nothing was written anywhere but the data dir.
    let mut top: Vec<_> = std::fs::read_dir(circle.home.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    top.sort();
    assert_eq!(top, ["data"]);
}

#[test]
fn notes_stay_hidden_until_the_pane_is_opened_and_under_the_curtain() {
    let circle = Circle::new();
    new_group(&circle);
    let c = clock();
    let mut app = group_app(&circle.data_dir());
    press(&mut app, &c, KeyCode::Char(' '));
    go_to(&mut app, &c, Kind::Challenge, None);
    note(&mut app, &c, "A private worry");
    assert!(!screen(&app, &c).contains("A private worry"));
    press(&mut app, &c, KeyCode::Char('i'));
    for ch in "secret draft".chars() {
        press(&mut app, &c, KeyCode::Char(ch));
    }
    assert!(screen(&app, &c).contains("secret draft"));
    press(&mut app, &c, KeyCode::Esc);
    press(&mut app, &c, KeyCode::Char('c'));
    press(&mut app, &c, KeyCode::Char('i'));
    assert!(
        !screen(&app, &c).contains("secret draft"),
        "the curtain keeps the notes line shut"
    );
}
