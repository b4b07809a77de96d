//! Hostile files and input on every path: escape sequences in protocol files through
//! every command, FIFOs and devices given as files, numbers out of range in files a
//! person edited, names in any script, links and folders circle did not make.

use std::path::{Path, PathBuf};
use std::process::Output;
use std::time::Duration;

use crate::support::meeting::group;
use crate::support::{Circle, fixtures};

fn hostile(name: &str) -> PathBuf {
    fixtures().join("protocols/hostile").join(name)
}

fn run(circle: &Circle, args: &[&str]) -> Output {
    circle
        .cmd()
        .args(args)
        .timeout(Duration::from_secs(20))
        .output()
        .unwrap()
}

/// Nothing that could drive a terminal: no ESC, no BEL, no C1 CSI.
fn assert_inert(out: &Output, what: &str) {
    for (stream, bytes) in [("stdout", &out.stdout), ("stderr", &out.stderr)] {
        let text = String::from_utf8_lossy(bytes);
        assert!(
            !bytes.contains(&0x1b) && !bytes.contains(&0x07) && !text.contains('\u{9b}'),
            "{what}: {stream} carries a control sequence:\n{text:?}"
        );
    }
}

fn text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

#[test]
fn escape_sequences_in_a_protocol_reach_no_command_output() {
    let circle = Circle::new();
    let good = hostile("escapes.toml");
    let bad = hostile("escapes-invalid.toml");
    let (good, bad) = (good.to_str().unwrap(), bad.to_str().unwrap());
    // The same files in the user's protocol folder, under names that are escapes too.
    let user = circle.config_dir().join("protocols");
    std::fs::create_dir_all(&user).unwrap();
    std::fs::copy(good, user.join("evil\u{1b}]0;file\u{7}.toml")).unwrap();
    std::fs::copy(bad, user.join("broken\u{1b}[2J.toml")).unwrap();
    let members = ["--members", "Ana,Ben,Chen"];
    let commands: Vec<Vec<&str>> = vec![
        vec!["protocols", "check", good, bad],
        vec!["protocols", "list"],
        vec!["protocols", "show", good],
        vec!["plan", good, members[0], members[1]],
        vec!["run", good, "--print", members[0], members[1]],
        vec!["plan", bad, members[0], members[1]],
        vec!["plan", good, "--members", "Ana\u{1b}]0;m\u{7},Ben"],
        vec!["group", "new", "Evil\u{1b}[2J", "--members", "Ana,Ben"],
        vec!["resume", "--id", "x\u{1b}]0;id\u{7}"],
    ];
    for args in &commands {
        let out = run(&circle, args);
        assert_inert(&out, &args.join(" "));
    }
    // Shown, as visible stand-ins, not dropped.
    let plan = text(&run(&circle, &["plan", good, "--members", "Ana,Ben,Chen"]));
    assert!(plan.contains("Evil\u{241b}]0;pwned\u{2407} circle"), "{plan}");
    assert!(plan.contains("Chal\u{241b}]0;title\u{2407}lenge"), "{plan}");
    let check = text(&run(&circle, &["protocols", "check", bad]));
    assert!(check.contains("escapes-invalid.toml:2:1"), "{check}");
    assert!(check.contains("6 problems"), "{check}");
}

#[test]
fn protocols_check_says_why_a_protocol_cannot_be_planned() {
    let circle = Circle::new();
    let out = run(
        &circle,
        &["protocols", "check", hostile("unplannable.toml").to_str().unwrap()],
    );
    assert_eq!(out.status.code(), Some(2));
    let said = text(&out);
    assert!(
        said.contains("unplannable.toml: error: no meeting can use this protocol"),
        "{said}"
    );
    assert!(said.contains("gives turns to the coaches"), "{said}");
    assert!(!said.contains("ok:"), "{said}");
}

#[test]
fn a_folder_or_a_device_as_a_protocol_is_one_clear_error() {
    let circle = Circle::new();
    let dir = circle.home.path().join("a-folder.toml");
    std::fs::create_dir_all(&dir).unwrap();
    let fifo = make_fifo(circle.home.path(), "pipe.toml");
    for (path, says) in [
        (dir.as_path(), "a folder"),
        (Path::new("/dev/zero"), "a character device"),
        (Path::new("/dev/urandom"), "a character device"),
        (fifo.as_path(), "a named pipe"),
    ] {
        let p = path.to_str().unwrap();
        for args in [
            vec!["protocols", "check", p],
            vec!["plan", p, "--members", "Ana,Ben,Chen"],
            vec!["plan", "peer-circle", "--roster", p],
        ] {
            let out = run(&circle, &args);
            let said = text(&out);
            assert_eq!(out.status.code(), Some(2), "{args:?}: {said}");
            assert!(said.contains(says), "{args:?}: {said}");
            assert_eq!(said.matches(p).count(), 1, "{args:?}: one message:\n{said}");
        }
    }
}

fn make_fifo(dir: &Path, name: &str) -> PathBuf {
    let path = dir.join(name);
    let c = std::ffi::CString::new(path.to_str().unwrap()).unwrap();
    // SAFETY: mkfifo(3) with a NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
    path
}

#[test]
fn a_fifo_named_like_a_journal_hangs_nothing() {
    let circle = Circle::new();
    group(&circle);
    let sessions = crate::support::meeting::sessions_dir(&circle);
    std::fs::create_dir_all(&sessions).unwrap();
    make_fifo(&sessions, "2026-01-01-100000-peer-circle.journal");
    let list = run(&circle, &["resume", "--list"]);
    assert!(list.status.success());
    assert!(
        text(&list).contains("not a regular file (a named pipe)"),
        "{}",
        text(&list)
    );
    let resume = run(&circle, &["resume"]);
    assert_eq!(resume.status.code(), Some(2), "{}", text(&resume));
    let mut term = crate::pty::Term::spawn(&circle, &["run", "--group", "Tuesday circle"], 100, 30);
    term.wait_for("Press SPACE to begin");
    assert_eq!(term.quit_with_keys(), 0);
}

#[test]
fn numbers_out_of_range_in_hand_edited_files_are_located_errors() {
    let circle = Circle::new();
    group(&circle);
    let file = circle.data_dir().join("groups/tuesday-circle/group.toml");
    let text_before = std::fs::read_to_string(&file).unwrap();
    // A version 1 file, as an earlier circle wrote it, with a number that overflows
    // every date it is added to.
    let v1 =
        "version = 1\nname = \"Tuesday circle\"\nmembers = [\"Ana\", \"Ben\", \"Chen\"]\ncadence_days = 9999999999\n";
    std::fs::write(&file, v1).unwrap();
    let out = run(&circle, &["run", "--group", "Tuesday circle", "--print"]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(text(&out).contains("group.toml:4:16"), "{}", text(&out));
    // And as this circle writes it.
    let edited = text_before.replace("every = \"28 days\"", "every = \"9999999999 days\"");
    assert_ne!(edited, text_before, "{text_before}");
    std::fs::write(&file, &edited).unwrap();
    let line = edited.lines().position(|l| l.starts_with("every")).unwrap() + 1;
    let out = run(&circle, &["run", "--group", "Tuesday circle", "--print"]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    let said = text(&out);
    assert!(said.contains(&format!("group.toml:{line}:9")), "{said}");

    let config = circle.config_dir().join("config.toml");
    std::fs::create_dir_all(circle.config_dir()).unwrap();
    std::fs::write(&config, "grace = \"99999999h\"\n").unwrap();
    let out = run(&circle, &["run", "peer-circle", "--members", "Ana,Ben,Chen", "--print"]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(
        text(&out).contains("config.toml:1:9: error in `grace`"),
        "{}",
        text(&out)
    );
}

#[test]
fn the_first_meeting_hint_is_a_shell_word_the_shell_reads_back() {
    let circle = Circle::new();
    let name = "Zoë's $(touch pwned) `id` circle";
    let out = run(&circle, &["group", "new", name, "--members", "Ana,Ben"]);
    assert!(out.status.success(), "{}", text(&out));
    let said = String::from_utf8(out.stdout).unwrap();
    let hint = said
        .lines()
        .find_map(|l| l.strip_prefix("Start its first meeting with: circle run --group "))
        .unwrap_or_else(|| panic!("{said}"));
    // The real shell is the judge: the hint must come back as the name, one word.
    let back = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!("printf '%s|' {hint}"))
        .current_dir(circle.home.path())
        .output()
        .unwrap();
    assert_eq!(String::from_utf8(back.stdout).unwrap(), format!("{name}|"));
    assert!(!circle.home.path().join("pwned").exists());
}

#[test]
fn names_in_any_script_are_told_apart_and_alike_names_are_one() {
    let circle = Circle::new();
    for name in ["東京", "北京", "Ｔｏｋｙｏ", "..", "."] {
        let out = run(&circle, &["group", "new", name, "--members", "Ana,Ben,Chen"]);
        assert!(out.status.success(), "{name}: {}", text(&out));
    }
    let list = text(&run(&circle, &["group", "list"]));
    for name in ["東京", "北京", "Ｔｏｋｙｏ"] {
        assert!(list.contains(name), "{list}");
    }
    let again = run(&circle, &["group", "new", "東京", "--members", "Ana,Ben"]);
    assert_eq!(again.status.code(), Some(2));
    assert!(text(&again).contains("already exists"), "{}", text(&again));
    let plan = run(&circle, &["run", "--group", "北京", "--print"]);
    assert!(plan.status.success(), "{}", text(&plan));
    // Every group folder is a plain component inside `groups`.
    for entry in std::fs::read_dir(circle.data_dir().join("groups")).unwrap() {
        assert!(entry.unwrap().path().join("group.toml").is_file());
    }

    for members in ["Ana,ＡＮＡ,Ben", "Zoë,Zoe\u{308},Ben"] {
        let out = run(&circle, &["plan", "peer-circle", "--members", members]);
        assert_eq!(out.status.code(), Some(2), "{members}");
        assert!(text(&out).contains("listed twice"), "{members}: {}", text(&out));
    }
}

#[test]
fn group_edit_cannot_leave_a_group_with_no_members() {
    let circle = Circle::new();
    circle
        .cmd()
        .args(["group", "new", "Pair", "--members", "Ana,Ben"])
        .assert()
        .success();
    let out = run(&circle, &["group", "edit", "Pair", "--remove", "Ana,Ben"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out).contains("no members"), "{}", text(&out));
    let show = text(&run(&circle, &["group", "show", "Pair"]));
    assert!(show.contains("Members: Ana, Ben"), "{show}");
}

#[cfg(unix)]
#[test]
fn links_out_of_the_data_dir_are_refused_and_others_folders_left_as_they_are() {
    use std::os::unix::fs::PermissionsExt;
    let circle = Circle::new();
    group(&circle);
    let outside = circle.home.path().join("elsewhere");
    std::fs::create_dir_all(&outside).unwrap();
    std::fs::set_permissions(&outside, std::fs::Permissions::from_mode(0o755)).unwrap();
    let sessions = crate::support::meeting::sessions_dir(&circle);
    let _ = std::fs::remove_dir_all(&sessions);
    std::os::unix::fs::symlink(&outside, &sessions).unwrap();
    let out = run(&circle, &["run", "--group", "Tuesday circle", "--print"]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(text(&out).contains("is a symbolic link"), "{}", text(&out));
    let mode = std::fs::metadata(&outside).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o755, "the link's target is not touched");

    // A folder the person made themselves keeps the permissions they gave it.
    let circle = Circle::new();
    let own = circle.data_dir().join("sessions");
    std::fs::create_dir_all(&own).unwrap();
    std::fs::set_permissions(&own, std::fs::Permissions::from_mode(0o750)).unwrap();
    let mut term = crate::pty::Term::spawn(&circle, &["run", "peer-circle", "--members", "Ana,Ben,Chen"], 100, 30);
    term.wait_for("Press SPACE to begin");
    term.keys(" ");
    term.wait_for("step 1/");
    crate::support::meeting::note(&mut term, "Saved in my own folder");
    assert_eq!(term.quit_with_keys(), 0);
    let mode = std::fs::metadata(&own).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o750);
    let saved = std::fs::read_dir(&own).unwrap().count();
    assert!(saved >= 2, "the record and summary are there");
}
