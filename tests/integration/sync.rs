//! A group's memory on two laptops. From a common ancestor (a data dir written by
//! the previous circle, in the old layout), each laptop adds a member, renames
//! another, adopts a norm in a meeting, marks a different commitment and holds a
//! meeting; then they meet again through a bare git repository on local disk, in
//! both orders, and through a folder synced newest-wins. Nothing may conflict or
//! be lost, and both laptops must then tell the same story.

use std::path::Path;

use crate::support::laptops::{
    FIRST, G, assert_whole, commitment, git, laptop_from_ancestor, merge_newest_wins, shared_laptop, story, work_on,
};
use crate::support::rehearsal::{begin, circle_at, command, walk};
use crate::support::{Circle, copy_dir};

fn two_laptops_through_git(order: [char; 3]) {
    let remote = tempfile::tempdir().unwrap();
    git(remote.path(), &["init", "-q", "--bare", "team.git"]);
    let url = remote.path().join("team.git");
    let url = url.to_str().unwrap();
    let a = laptop_from_ancestor();
    let now = "2027-01-01T12:00:00+00:00";
    let shared = command(&a, now, &["group", "share", G, "--git", url]);
    assert!(shared.contains("circle group join"), "{shared}");
    // The share moved the old layout, with a backup of what was there.
    let folder = a.data_dir().join("groups/team");
    assert!(folder.join("backup-before-v3/marks.toml").exists());
    assert!(!folder.join("marks.toml").exists());
    let b = Circle::new();
    let joined = command(&b, now, &["group", "join", url]);
    assert!(joined.contains("Team is on this laptop now"), "{joined}");
    assert_eq!(story(&a), story(&b), "the same group on both laptops after the join");

    work_on(&a, 'a');
    // Laptop A took the offer after its meeting: the meeting is in the repository.
    let pushed = git(Path::new(url), &["log", "main", "--name-only", "--format="]);
    assert!(
        pushed.contains("sessions/2027-01-10"),
        "the meeting was pushed: {pushed}"
    );
    work_on(&b, 'b');
    let mut said = Vec::new();
    for side in order {
        let c = if side == 'a' { &a } else { &b };
        said.push(command(c, "2027-01-20T12:00:00+00:00", &["group", "sync", G]));
    }
    // A laptop that sends its work says so (laptop A's went with the sync after
    // its meeting; laptop B sends its own now).
    assert!(
        said.iter()
            .any(|s| s.contains("sent") && s.contains("to the other laptops")),
        "{said:?}"
    );
    // The second sync brought the first laptop's work, and says what it was.
    assert!(
        said[1].contains("1 meeting") && said[1].contains("came in from the other laptops"),
        "{said:?}"
    );
    for (c, side) in [(&a, "a"), (&b, "b")] {
        let folder = c.data_dir().join("groups/team");
        assert_eq!(
            git(&folder, &["status", "--porcelain"]),
            "",
            "{side}: clean, no conflict"
        );
        assert!(
            !git(&folder, &["ls-files"]).contains(".journal"),
            "journals stay on the laptop"
        );
        assert_whole(c, side);
    }
    assert_eq!(story(&a), story(&b), "both laptops tell the same story");
}

#[test]
fn two_laptops_merge_through_git_a_then_b() {
    two_laptops_through_git(['a', 'b', 'a']);
}

#[test]
fn two_laptops_merge_through_git_b_then_a() {
    two_laptops_through_git(['b', 'a', 'b']);
}

#[test]
fn a_folder_synced_newest_wins_loses_nothing() {
    let a = laptop_from_ancestor();
    // The move to the new layout happens once, before the folder is shared.
    command(
        &a,
        "2027-01-01T12:00:00+00:00",
        &["group", "edit", G, "--every", "month"],
    );
    let b = Circle::new();
    copy_dir(&a.data_dir(), &b.data_dir());
    work_on(&a, 'a');
    work_on(&b, 'b');
    let (da, db) = (a.data_dir().join("groups"), b.data_dir().join("groups"));
    merge_newest_wins(&da, &db);
    merge_newest_wins(&db, &da);
    assert_whole(&a, "a");
    assert_whole(&b, "b");
    assert_eq!(story(&a), story(&b));
}

#[test]
fn commands_run_at_once_all_keep_their_change() {
    let c = laptop_from_ancestor();
    let now = "2027-01-02T12:00:00+00:00";
    let id = commitment(&c, now, FIRST);
    let run = |args: Vec<String>| {
        let mut cmd = c.cmd();
        cmd.env("CIRCLE_NOW", now).args(&args);
        std::thread::spawn(move || cmd.output().unwrap())
    };
    let marks: Vec<_> = (0..24)
        .map(|k| {
            run(vec![
                "commitments".into(),
                "partly".into(),
                id.clone(),
                "--note".into(),
                format!("try {k}"),
            ])
        })
        .collect();
    let renames: Vec<_> = [("Ana", "Ana2"), ("Ben", "Ben2"), ("Chen", "Chen2"), ("Dee", "Dee2")]
        .into_iter()
        .map(|(old, new)| {
            run(vec![
                "group".into(),
                "edit".into(),
                G.into(),
                "--rename".into(),
                format!("{old}={new}"),
            ])
        })
        .collect();
    for h in marks.into_iter().chain(renames) {
        let out = h.join().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    }
    let folder = c.data_dir().join("groups/team");
    let mark_files = std::fs::read_dir(folder.join("marks")).unwrap().count();
    // The ancestor's own mark moved into a file of its own too.
    assert!(mark_files >= 24, "{mark_files} mark files");
    let notes = walk(&folder.join("marks"))
        .into_iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .filter(|t| t.contains("try "))
        .count();
    assert_eq!(notes, 24, "every mark kept");
    let show = command(&c, now, &["group", "show", G]);
    for name in ["Ana2", "Ben2", "Chen2", "Dee2"] {
        assert!(show.contains(name), "every rename kept: {show}");
    }
}

#[test]
fn a_group_is_not_synced_while_its_meeting_is_open_here() {
    let (_remote, _url, c) = shared_laptop();
    let now = "2027-01-01T12:00:00+00:00";
    let mut t = circle_at(&c, now, &["run", "--group", G]);
    t.wait_for("sync it with the other laptops now?");
    t.keys("n\r");
    t.wait_for("Press SPACE to begin");
    begin(&mut t);
    let out = c
        .cmd()
        .env("CIRCLE_NOW", now)
        .args(["group", "sync", G])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("a meeting of this group is open here"), "{err}");
    t.keys("q");
    t.wait_for("Leave the meeting?");
    t.keys("y");
    t.wait_for("sync it with the other laptops now?");
    t.keys("n\r");
    assert_eq!(t.wait_exit(), 0);
}

#[test]
fn an_offline_laptop_says_so_and_the_meeting_goes_on() {
    let (_remote, url, c) = shared_laptop();
    let now = "2027-01-01T12:00:00+00:00";
    // The repository is out of reach now (a laptop on a train).
    std::fs::remove_dir_all(&url).unwrap();
    let mut t = circle_at(&c, now, &["run", "--group", G]);
    t.wait_for("sync it with the other laptops now?");
    t.keys("\r");
    let ready = t.wait_for("Press SPACE to begin");
    assert!(ready.contains("Team"), "{ready}");
    let said = String::from_utf8_lossy(&t.raw()).into_owned();
    assert!(said.contains("Not synced"), "the laptop says it is offline: {said}");
    t.keys("q");
    t.wait_for("Leave the meeting?");
    t.keys("y");
    t.wait_for("sync it with the other laptops now?");
    t.keys("n\r");
    assert_eq!(t.wait_exit(), 0);
    let out = c
        .cmd()
        .env("CIRCLE_NOW", now)
        .args(["group", "sync", G])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "an unreachable repository is named, exit 2");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("git pull") && err.contains("failed"), "{err}");
}

#[test]
fn a_damaged_change_file_is_named_with_its_line_and_nothing_is_lost() {
    let c = laptop_from_ancestor();
    let now = "2027-01-02T12:00:00+00:00";
    command(&c, now, &["group", "edit", G, "--add", "Eve"]);
    let changes = c.data_dir().join("groups/team/changes");
    let file = crate::support::toml_files(&changes).pop().unwrap();
    let before = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&file, format!("{before}\nname = [unclosed\n")).unwrap();
    let out = c
        .cmd()
        .env("CIRCLE_NOW", now)
        .args(["group", "show", G])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    let name = file.file_name().unwrap().to_string_lossy().into_owned();
    let line = before.lines().count() + 2;
    assert!(
        err.contains(&format!("{name}:{line}:")),
        "names the file and the line: {err}"
    );
    // The other files are untouched: the meeting record and the marks are there.
    assert!(c.data_dir().join("groups/team/backup-before-v3/group.toml").exists());
}

#[test]
fn the_same_newcomer_added_on_two_laptops_is_one_member_and_names_stay_apart() {
    let remote = tempfile::tempdir().unwrap();
    git(remote.path(), &["init", "-q", "--bare", "team.git"]);
    let url = remote.path().join("team.git");
    let url = url.to_str().unwrap();
    let now = "2027-01-01T12:00:00+00:00";
    let a = laptop_from_ancestor();
    command(&a, now, &["group", "share", G, "--git", url]);
    let b = Circle::new();
    command(&b, now, &["group", "join", url]);
    command(&a, now, &["group", "edit", G, "--add", "Gil", "--rename", "Ben=Zed"]);
    command(
        &b,
        "2027-01-02T12:00:00+00:00",
        &["group", "edit", G, "--add", "Gil,Zed"],
    );
    for c in [&a, &b, &a] {
        command(c, "2027-01-03T12:00:00+00:00", &["group", "sync", G]);
    }
    for c in [&a, &b] {
        let show = story(c).0;
        let members = show.lines().find(|l| l.starts_with("Members:")).unwrap().to_string();
        assert_eq!(members, "Members: Ana, Zed, Chen, Dee, Gil, Zed (2)", "{show}");
        // The group still plans and can be put right.
        command(c, now, &["plan", "--group", G]);
    }
    command(&a, now, &["group", "edit", G, "--rename", "Zed (2)=Zoe"]);
    assert!(story(&a).0.contains("Zoe"));
}

#[test]
fn joining_an_empty_repository_says_what_to_do_first() {
    let remote = tempfile::tempdir().unwrap();
    git(remote.path(), &["init", "-q", "--bare", "team.git"]);
    let url = remote.path().join("team.git");
    let c = Circle::new();
    let out = c.cmd().args(["group", "join", url.to_str().unwrap()]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("holds no group yet") && err.contains("circle group share"),
        "{err}"
    );
    // Nothing half-joined is left behind.
    assert!(walk(&c.data_dir().join("groups")).is_empty());
}
