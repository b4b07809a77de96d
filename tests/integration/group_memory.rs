//! The group's memory from the command line: files written by an older circle still
//! read (and follow a rename), commitments are marked between meetings, and a group
//! remembers what it meets on.

use crate::support::{Circle, copy_dir, fixtures};

/// A group written by circle before member ids: names only, `cadence_days`,
/// buddies keyed by presenter.
fn old_group(circle: &Circle) {
    copy_dir(
        &fixtures().join("groups/v1"),
        &circle.data_dir().join("groups/tuesday-circle"),
    );
}

fn run(circle: &Circle, args: &[&str]) -> (i32, String, String) {
    let out = circle
        .cmd()
        .args(args)
        .env("CIRCLE_TODAY", "2026-10-30")
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn old_files_still_read_and_follow_a_rename() {
    let circle = Circle::new();
    old_group(&circle);
    let (code, show, err) = run(&circle, &["group", "show", "Tuesday circle"]);
    assert_eq!(code, 0, "{err}");
    assert!(show.contains("Members: Ana, Ben, Chen, Dee"), "{show}");
    assert!(show.contains("Meets every 28 days; 2 meetings so far"), "{show}");
    assert!(
        show.contains("Next to present: Chen, then Dee, then Ana, then Ben"),
        "{show}"
    );

    let (code, _, err) = run(&circle, &["group", "edit", "Tuesday circle", "--rename", "Ana=Anna"]);
    assert_eq!(code, 0, "{err}");
    // The first write moves the group to the layout that merges: the old files
    // backed up, `group.toml` written once more as version 3, the rename a change
    // of its own.
    let folder = circle.data_dir().join("groups/tuesday-circle");
    let file = std::fs::read_to_string(folder.join("group.toml")).unwrap();
    assert!(file.contains("version = 3"), "{file}");
    assert!(folder.join("backup-before-v3/group.toml").exists());
    let changes = crate::support::laptops::changes_text(&folder);
    assert!(
        changes.contains("change = \"rename\"") && changes.contains("name = \"Anna\""),
        "{changes}"
    );

    // Her hot seat, her open commitment and her ratings stay hers.
    let (_, show, _) = run(&circle, &["group", "show", "Tuesday circle"]);
    assert!(
        show.contains("Next to present: Chen, then Dee, then Anna, then Ben"),
        "{show}"
    );
    assert!(show.contains("Anna: Talk to three peers about the pilot"), "{show}");
    let (_, json, _) = run(&circle, &["history", "--group", "Tuesday circle", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let anna = v[0]["members"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["member"] == "Anna")
        .unwrap();
    assert_eq!(anna["rating"], 4.0, "(5 + 3) / 2: {json}");
    assert_eq!(v[0]["meetings"][1]["not_rated"], serde_json::json!(["Ben", "Chen"]));
    // Partly done and past due: it came due and was not kept.
    assert_eq!(
        (v[0]["kept"]["kept"].as_u64(), v[0]["kept"]["due"].as_u64()),
        (Some(0), Some(1))
    );

    // Times are shown in the viewer's time zone (the meeting was at 18:00 in +02:00).
    let tokyo = circle
        .cmd()
        .args(["history", "--group", "Tuesday circle"])
        .env("TZ", "JST-9")
        .output()
        .unwrap();
    let tokyo = String::from_utf8(tokyo.stdout).unwrap();
    assert!(tokyo.contains("2026-09-02 01:00"), "{tokyo}");

    // Dee leaves (nothing open, so nothing to ask) and comes back: the same member.
    let (code, _, err) = run(&circle, &["group", "edit", "Tuesday circle", "--remove", "Dee"]);
    assert_eq!(code, 0, "{err}");
    let (_, show, _) = run(&circle, &["group", "show", "Tuesday circle"]);
    assert!(show.contains("Members: Anna, Ben, Chen\n"), "{show}");
    let (code, _, _) = run(&circle, &["group", "edit", "Tuesday circle", "--add", "Dee"]);
    assert_eq!(code, 0);
    let file = std::fs::read_to_string(circle.data_dir().join("groups/tuesday-circle/group.toml")).unwrap();
    assert_eq!(file.matches("name = \"Dee\"").count(), 1, "{file}");
    let (_, json, _) = run(&circle, &["history", "--group", "Tuesday circle", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let dee = v[0]["members"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["member"] == "Dee")
        .unwrap();
    assert_eq!(
        (dee["left"].as_bool(), dee["rating"].as_f64()),
        (Some(false), Some(4.0)),
        "{json}"
    );

    // A rename onto another member's name is refused.
    let (code, _, err) = run(&circle, &["group", "edit", "Tuesday circle", "--rename", "Ben=Chen"]);
    assert_eq!(code, 2);
    assert!(err.contains("already the name of another member"), "{err}");
}

#[test]
fn commitments_are_marked_between_meetings_sorted_by_due_date() {
    let circle = Circle::new();
    old_group(&circle);
    let (_, list, _) = run(&circle, &["commitments", "--group", "Tuesday circle"]);
    assert!(list.starts_with("OVERDUE due 2026-09-29"), "{list}");
    assert!(
        list.contains("[partly]") && list.contains("2026-09-01-180000-peer-circle#1"),
        "{list}"
    );

    let (code, _, err) = run(&circle, &["commitments", "done", "#9"]);
    assert_eq!(code, 2);
    assert!(err.contains("no commitment \"#9\""), "{err}");
    let (code, out, err) = run(
        &circle,
        &["commitments", "done", "peer-circle#1", "--note", "Two allies said yes"],
    );
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Ana: Talk to three peers about the pilot — done"), "{out}");

    let (_, json, _) = run(&circle, &["commitments", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 1, "still one commitment: {json}");
    assert_eq!(v[0]["status"], "done");
    assert_eq!(v[0]["overdue"], false);
    assert_eq!(v[0]["learned"], "Two allies said yes");
    let (_, open, _) = run(&circle, &["commitments", "--open"]);
    assert_eq!(open.trim(), "No commitments open.");
    let (_, history, _) = run(&circle, &["history", "--group", "Tuesday circle"]);
    assert!(
        history.contains("Commitments kept: 1 of the 1 that came due (100%)"),
        "{history}"
    );
    // Each mark is a file of its own, private.
    let marks = circle.data_dir().join("groups/tuesday-circle/marks");
    let ledger = std::fs::read_dir(&marks).unwrap().next().unwrap().unwrap().path();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(&ledger).unwrap().permissions().mode() & 0o777, 0o600);
    }

    // Reopened by a later mark: the latest state wins, still counted once.
    let (code, _, _) = run(&circle, &["commitments", "partly", "2026-09-01-180000-peer-circle#1"]);
    assert_eq!(code, 0);
    let (_, json, _) = run(&circle, &["commitments", "--format", "json"]);
    assert!(json.contains("\"status\": \"partly\""), "{json}");
}

#[test]
fn commitments_made_without_a_group_are_reachable() {
    let circle = Circle::new();
    let dir = circle.data_dir().join("sessions");
    std::fs::create_dir_all(&dir).unwrap();
    let record = std::fs::read_to_string(fixtures().join("groups/v1/sessions/2026-09-01-180000-peer-circle.toml"))
        .unwrap()
        .replace("group = \"Tuesday circle\"\n", "");
    std::fs::write(dir.join("2026-09-01-180000-peer-circle.toml"), record).unwrap();
    let (_, list, _) = run(&circle, &["commitments"]);
    assert!(
        list.contains("Talk to three peers") && list.contains("(no group)"),
        "{list}"
    );
    let (code, _, err) = run(&circle, &["commitments", "drop", "#1", "--note", "Not needed now"]);
    assert_eq!(code, 0, "{err}");
    let (_, list, _) = run(&circle, &["commitments"]);
    assert!(list.contains("[dropped]") && !list.contains("OVERDUE"), "{list}");
    assert!(circle.data_dir().join("marks").is_dir());
}

#[test]
fn a_group_remembers_its_protocol_length_norms_and_programme() {
    let circle = Circle::new();
    let (code, out, err) = run(
        &circle,
        &[
            "group",
            "new",
            "Masters",
            "--members",
            "Ana,Ben,Chen,Dee,Eve,Fay",
            "--protocol",
            "mastermind",
            "--length",
            "90m",
            "--meetings",
            "6",
            "--every",
            "month",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("A programme of 6 meetings, every month"), "{out}");
    let (_, plan, err) = run(&circle, &["plan", "--group", "Masters"]);
    assert!(
        plan.contains("1h30m meeting") || plan.contains("1h 30m meeting"),
        "{plan}{err}"
    );
    assert!(plan.to_lowercase().contains("mastermind"), "{plan}");
    let (_, show, _) = run(&circle, &["group", "show", "Masters"]);
    assert!(
        show.contains("Meets on: mastermind, 90m") && show.contains("Norms:\n  1. "),
        "{show}"
    );
    for bad in [
        vec!["group", "edit", "Masters", "--every", "0 days"],
        vec!["group", "edit", "Masters", "--meetings", "0"],
        vec!["group", "edit", "Masters", "--protocol", "no-such-protocol"],
    ] {
        let (code, _, err) = run(&circle, &bad);
        assert_eq!(code, 2, "{bad:?}: {err}");
    }
}

#[test]
fn run_group_remembers_what_it_was_told_and_shows_the_programme() {
    let circle = Circle::new();
    let (code, _, err) = run(
        &circle,
        &["group", "new", "Pairs", "--members", "Ana,Ben", "--meetings", "3"],
    );
    assert_eq!(code, 0, "{err}");
    let mut term = crate::pty::Term::spawn(
        &circle,
        &["run", "coach-swap", "--group", "Pairs", "--length", "45m"],
        100,
        40,
    );
    let ready = term.wait_for("Press SPACE to begin");
    assert!(ready.contains("meeting 1 of 3"), "{ready}");
    assert_eq!(term.quit_with_keys(), 0);
    let file = crate::support::laptops::changes_text(&circle.data_dir().join("groups/pairs"));
    assert!(
        file.contains("value = \"coach-swap\"") && file.contains("value = \"45m\""),
        "{file}"
    );
    // Next time the group's name is enough.
    let (_, plan, _) = run(&circle, &["plan", "--group", "Pairs"]);
    assert!(
        plan.contains("45m meeting") && plan.contains("Programme: meeting 1 of 3"),
        "{plan}"
    );
}
