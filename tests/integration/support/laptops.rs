//! Laptops sharing the "Team" group: each starts from the same ancestor (a data
//! dir the previous circle wrote, in the old layout), works on its own, and tells
//! what it knows of the group; the git and the newest-wins folder they meet through.

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::support::rehearsal::{begin, circle_at, command, finish, next, title, walk};
use crate::support::{Circle, copy_dir, fixtures};

pub const G: &str = "Team";

/// The open commitments of the ancestor (made at its meeting by Ana and Ben).
pub const FIRST: &str = "#1";

pub const SECOND: &str = "#2";

/// Every change file's text, for tests that look at what was written.
pub fn changes_text(group_folder: &Path) -> String {
    let mut files: Vec<PathBuf> = std::fs::read_dir(group_folder.join("changes"))
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .collect();
    files.sort();
    files
        .iter()
        .map(|f| std::fs::read_to_string(f).unwrap())
        .collect::<Vec<_>>()
        .join("\n")
}

/// A laptop from the ancestor whose group is shared through a bare repository on
/// local disk: (the repository's folder, kept alive; its address; the laptop).
pub fn shared_laptop() -> (tempfile::TempDir, PathBuf, Circle) {
    let remote = tempfile::tempdir().unwrap();
    git(remote.path(), &["init", "-q", "--bare", "team.git"]);
    let url = remote.path().join("team.git");
    let c = laptop_from_ancestor();
    command(
        &c,
        "2027-01-01T12:00:00+00:00",
        &["group", "share", G, "--git", url.to_str().unwrap()],
    );
    (remote, url, c)
}

/// A laptop whose data dir is a copy of the old-layout ancestor.
pub fn laptop_from_ancestor() -> Circle {
    let c = Circle::new();
    copy_dir(&fixtures().join("groups/v2-real"), &c.data_dir());
    c
}

/// Hold a meeting of the group through the real binary: adopt `norm` at the norms
/// step, then step through to the end.
pub fn meeting_with_norm(c: &Circle, now: &str, norm: &str, sync_first: bool) {
    let mut t = circle_at(c, now, &["run", "--group", G]);
    let shared = c.data_dir().join("groups/team/.git").exists();
    if shared {
        // A shared group is offered a sync before its meeting: one key.
        t.wait_for("sync it with the other laptops now?");
        t.keys(if sync_first { "\r" } else { "n\r" });
    }
    t.wait_for("Press SPACE to begin");
    begin(&mut t);
    for _ in 0..60 {
        let screen = t.text();
        if screen.contains("Meeting complete") {
            break;
        }
        if title(&screen).starts_with("Agree the norms") && !screen.contains(norm) {
            t.keys("i");
            t.wait_for("Enter save");
            t.keys(norm);
            t.keys("\r");
            t.wait_for("saved as proposed norm");
            t.keys("\x1b");
            t.wait_until("the line to close", |s| !s.contains("Enter save"));
            t.keys("a");
            t.wait_for("norm adopted");
        }
        next(&mut t);
    }
    if shared {
        // And after it.
        t.keys("q");
        t.wait_for("sync it with the other laptops now?");
        t.keys(if sync_first { "\r" } else { "n\r" });
        assert_eq!(t.wait_exit(), 0);
        let said = String::from_utf8_lossy(&t.raw()).into_owned();
        assert!(!said.contains("Not synced"), "the sync after the meeting: {said}");
    } else {
        finish(&mut t);
    }
}

/// The id that ends in `end` among the group's commitments.
pub fn commitment(c: &Circle, now: &str, end: &str) -> String {
    let all: Value =
        serde_json::from_str(&command(c, now, &["commitments", "--group", G, "--format", "json"])).unwrap();
    all.as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_string())
        .find(|id| id.ends_with(end))
        .unwrap_or_else(|| panic!("no commitment {end}: {all:#}"))
}

/// What each laptop does on its own before they meet again.
pub fn work_on(c: &Circle, side: char) {
    let (now, add, rename, norm, mark, status) = match side {
        'a' => (
            "2027-01-10T18:00:00+00:00",
            "Eve",
            "Ben=Benny",
            "Phones face down",
            FIRST,
            "done",
        ),
        _ => (
            "2027-01-11T18:00:00+00:00",
            "Fay",
            "Chen=Chenoa",
            "Start on the minute",
            SECOND,
            "partly",
        ),
    };
    command(c, now, &["group", "edit", G, "--add", add, "--rename", rename]);
    let id = commitment(c, now, mark);
    command(c, now, &["commitments", status, &id]);
    meeting_with_norm(c, now, norm, side == 'a');
}

/// What a laptop says of the group, on the same day.
pub fn story(c: &Circle) -> (String, String, String) {
    let now = "2027-02-01T12:00:00+00:00";
    // Everything but the line that names this laptop's own folder.
    let show = command(c, now, &["group", "show", G])
        .lines()
        .filter(|l| !l.starts_with("Files:"))
        .collect::<Vec<_>>()
        .join("\n");
    (
        show,
        command(c, now, &["history", "--group", G, "--format", "json"]),
        command(c, now, &["commitments", "--group", G, "--format", "json"]),
    )
}

pub fn assert_whole(c: &Circle, side: &str) {
    let (show, history, commitments) = story(c);
    for name in ["Ana", "Benny", "Chenoa", "Dee", "Eve", "Fay"] {
        assert!(show.contains(name), "{side}: {name} is a member:\n{show}");
    }
    for norm in ["Phones face down", "Start on the minute"] {
        assert!(show.contains(norm), "{side}: the norm {norm:?}:\n{show}");
    }
    let h: Value = serde_json::from_str(&history).unwrap();
    let meetings = h[0]["meetings"].as_array().unwrap();
    let counted: Vec<&Value> = meetings.iter().filter(|m| m["counted"] == true).collect();
    assert_eq!(
        counted.len(),
        3,
        "{side}: the ancestor's meeting and one from each laptop:\n{history}"
    );
    let numbers: Vec<u64> = counted.iter().map(|m| m["number"].as_u64().unwrap()).collect();
    assert_eq!(numbers, [1, 2, 3], "{side}: numbered by their dates");
    let marks: Value = serde_json::from_str(&commitments).unwrap();
    let status = |end: &str| {
        marks
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["id"].as_str().unwrap().ends_with(end))
            .unwrap()["status"]
            .clone()
    };
    assert_eq!(status(FIRST), "done", "{side}: {commitments}");
    assert_eq!(status(SECOND), "partly", "{side}: {commitments}");
    // Two members added on two laptops have two ids.
    let ids = group_ids(c);
    assert_eq!(ids.len(), 6, "{side}: {ids:?}");
}

/// Every member id the group's files name, once each.
pub fn group_ids(c: &Circle) -> std::collections::BTreeSet<String> {
    let folder = c.data_dir().join("groups/team");
    let mut text = std::fs::read_to_string(folder.join("group.toml")).unwrap();
    text.push_str(&changes_text(&folder));
    text.lines()
        .filter_map(|l| l.trim().strip_prefix("id = \""))
        .map(|l| l.trim_end_matches('"').to_string())
        .collect()
}

pub fn git(dir: &Path, args: &[&str]) -> String {
    let out = std::process::Command::new("git")
        .current_dir(dir)
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// A folder synced newest-wins (Syncthing, a cloud drive): every file of both,
/// and where both have the same file, the newer one.
pub fn merge_newest_wins(from: &Path, to: &Path) {
    for f in walk(from) {
        let rel = f.strip_prefix(from).unwrap();
        let target = to.join(rel);
        let newer = match std::fs::metadata(&target) {
            Ok(m) => std::fs::metadata(&f).unwrap().modified().unwrap() > m.modified().unwrap(),
            Err(_) => true,
        };
        if newer {
            std::fs::create_dir_all(target.parent().unwrap()).unwrap();
            std::fs::copy(&f, &target).unwrap();
        }
    }
}
