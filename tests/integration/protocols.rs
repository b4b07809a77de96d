//! Every shipped protocol and example loads; every broken fixture fails with the
//! message paired with it.

use circle::protocol::library::load_file;
use circle::protocol::parse::{MAX_PHASES, parse_protocol};
use circle::protocol::{Library, builtin::BUILTINS};
use circle::roster::load_roster;

use crate::support::{Circle, fixtures, root, toml_files};

#[test]
fn every_shipped_protocol_loads() {
    let files = toml_files(&root().join("protocols"));
    assert_eq!(files.len(), BUILTINS.len(), "every file in protocols/ is embedded");
    for file in files {
        let p = load_file(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        assert!(!p.round.is_empty());
    }
}

#[test]
fn every_protocol_file_shipped_is_built_in() {
    // The folder is the oracle: a file added to protocols/ but not to BUILTINS fails.
    let mut files: Vec<String> = std::fs::read_dir(root().join("protocols"))
        .unwrap()
        .flatten()
        .filter_map(|e| e.file_name().to_str()?.strip_suffix(".toml").map(String::from))
        .collect();
    files.sort();
    let lib = Library::load(None);
    let mut ids: Vec<String> = lib.ids().into_iter().map(String::from).collect();
    ids.sort();
    assert_eq!(ids, files);
    assert!(lib.broken.is_empty(), "{:?}", lib.broken);
    assert_eq!(lib.ids()[0], circle::defaults::PROTOCOL, "the default comes first");
}

#[test]
fn examples_load() {
    let p = load_file(&root().join("examples/custom-protocol.toml")).unwrap();
    assert_eq!(p.presenters, circle::protocol::PresenterCount::Count(2));
    assert!(p.roles.iter().any(|r| r.rotates));
    let r = load_roster(&root().join("examples/group.toml")).unwrap();
    assert_eq!(r.members.len(), 6);
}

#[test]
fn example_protocol_uses_every_field() {
    let text = std::fs::read_to_string(root().join("examples/custom-protocol.toml")).unwrap();
    let keys = [
        "name",
        "summary",
        "length",
        "group",
        "presenters",
        "warn",
        "auto_advance",
        "norms",
        "[roles.",
        "does",
        "avoids",
        "rotates",
        "[[opening]]",
        "[[round]]",
        "[[closing]]",
        "kind",
        "title",
        "duration",
        "per_turn",
        "turns",
        "speaker",
        "prompts",
        "rules",
    ];
    for key in keys {
        assert!(text.contains(key), "example lacks {key}");
    }
}

#[test]
fn valid_fixtures_load() {
    for file in toml_files(&fixtures().join("protocols/valid")) {
        load_file(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    }
}

/// Each invalid fixture `x.toml` has `x.expected`: lines that must all appear in
/// what `circle protocols check` prints, and it must exit with code 2.
#[test]
fn invalid_fixtures_fail_with_their_messages() {
    let dir = fixtures().join("protocols/invalid");
    let files = toml_files(&dir);
    assert!(files.len() >= 10);
    let circle = Circle::new();
    for file in files {
        let expected = std::fs::read_to_string(file.with_extension("expected"))
            .unwrap_or_else(|_| panic!("{} has no .expected file", file.display()));
        let out = circle
            .cmd()
            .current_dir(&dir)
            .args(["protocols", "check"])
            .arg(file.file_name().unwrap())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{}", file.display());
        let stderr = String::from_utf8_lossy(&out.stderr);
        for line in expected.lines().filter(|l| !l.trim().is_empty()) {
            assert!(
                stderr.contains(line),
                "{}: expected\n  {line}\nin:\n{stderr}",
                file.display()
            );
        }
        assert!(!stderr.contains("panicked"), "{stderr}");
    }
}

#[test]
fn oversized_inputs_are_refused() {
    let mut many = String::from("name = \"Many\"\n");
    for _ in 0..=MAX_PHASES {
        many.push_str("[[round]]\nduration = \"1m\"\n");
    }
    let err = parse_protocol("many", "many.toml", &many).unwrap_err().to_string();
    assert!(err.contains("more than 1000 phases"), "{err}");

    let huge = format!("name = \"Huge\"\n# {}\n", "x".repeat(1024 * 1024));
    let err = parse_protocol("huge", "huge.toml", &huge).unwrap_err().to_string();
    assert!(err.contains("at most 1024 KB"), "{err}");
}

#[test]
fn a_user_file_overrides_a_builtin() {
    let circle = Circle::new();
    let dir = circle.config_dir().join("protocols");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("peer-circle.toml"),
        "name = \"Our own circle\"\n[[round]]\nduration = \"30m\"\n",
    )
    .unwrap();
    std::fs::write(dir.join("broken.toml"), "name = 5\n").unwrap();
    let out = circle.cmd().args(["protocols", "list"]).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("Our own circle"), "{stdout}");
    assert!(stdout.contains("replaces the built-in"), "{stdout}");
    assert!(stdout.contains("broken"), "{stdout}");
    // Asking for the broken one shows its errors.
    let out = circle.cmd().args(["protocols", "show", "broken"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("broken.toml:1:8"));
}
