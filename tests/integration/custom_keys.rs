//! Keys people set in `config.toml` (`[keys]`), through the real binary: the set
//! key works, the footer and help show it, the old one is free, and a bad binding
//! stops circle with the file, line and column and what to do.

use circle::app::keys::custom::{apply, parse_key};
use circle::app::keys::{Key, Scope};
use circle::config::KeySetting;

use crate::pty::Term;
use crate::support::Circle;

const FIVE: &[&str] = &["run", "peer-circle", "--members", "Ana,Ben,Chen,Dee,Eve"];

fn with_config(text: &str) -> Circle {
    let circle = Circle::new();
    std::fs::create_dir_all(circle.config_dir()).unwrap();
    std::fs::write(circle.config_dir().join("config.toml"), text).unwrap();
    circle
}

/// "step 2/14" → 2.
fn step(screen: &str) -> Option<usize> {
    let at = screen.find("step ")?;
    screen[at + 5..].split('/').next()?.trim().parse().ok()
}

#[test]
fn a_key_set_in_the_config_moves_on_and_shows_in_footer_and_help() {
    let circle = with_config("[keys]\nnext = \"x\"\n");
    let mut term = Term::spawn(&circle, FIVE, 120, 40);
    term.wait_for("Press SPACE to begin");
    term.keys(" ");
    let first = term.wait_for("step 1/");
    assert!(first.contains("x next"), "the footer shows the set key:\n{first}");
    assert!(
        !first.contains("n next"),
        "the footer still shows the old key:\n{first}"
    );
    // The old key is free now: n then x moves one step, not two (keys are read
    // in order, so no wait is needed to know n did nothing).
    term.keys("n");
    term.keys("x");
    term.wait_until("the next step", |t| step(t) == Some(2));
    term.keys("?");
    term.wait_for("During the meeting");
    assert_eq!(step(&term.text()), Some(2), "n moved on too:\n{}", term.text());
    let help = term.text();
    let row = help
        .lines()
        .find(|l| l.contains("next step") || l.contains("Next step"))
        .unwrap_or_else(|| panic!("no help row for the next step:\n{help}"));
    assert!(row.split_whitespace().any(|w| w == "x"), "help shows x: {row}");
    term.keys("\u{1b}");
    term.wait_until("help to close", |t| !t.contains("During the meeting"));
    assert_eq!(term.quit_with_keys(), 0);
}

#[test]
fn a_bad_binding_names_its_line_and_exits_2() {
    for (config, want) in [
        (
            "theme = \"mono\"\n[keys]\nnxt = \"x\"\n",
            ["config.toml:3:1", "keys.nxt", "did you mean `next`?"],
        ),
        (
            "[keys]\nnext = \"F13\"\n",
            ["config.toml:2:8", "\"F13\" is not a key", "page-down"],
        ),
        (
            "[keys]\nnext = \"c\"\n",
            ["config.toml:2:8", "c already does", "curtain = \"…\""],
        ),
    ] {
        let circle = with_config(config);
        let out = circle.cmd().args(FIVE).arg("--print").output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{config}: {err}");
        for w in want {
            assert!(err.contains(w), "{config}: wanted {w:?} in:\n{err}");
        }
    }
}

#[test]
fn every_command_that_reads_the_config_refuses_a_broken_one_but_config_path() {
    let circle = with_config("[keys]\nnext = \"F13\"\n");
    for args in [
        &["history"][..],
        &["commitments"],
        &["group", "list"],
        &["protocols", "list"],
    ] {
        let out = circle.cmd().args(args).output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.contains("config.toml:2:8"), "{args:?}: {err}");
    }
    let out = circle.cmd().args(["config", "path"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "the way to find the file still works");
}

#[test]
fn a_paused_meeting_names_the_pause_key_as_set() {
    let circle = with_config("[keys]\npause = \"s\"\n");
    let mut term = Term::spawn(&circle, FIVE, 100, 30);
    term.wait_for("Press SPACE to begin");
    term.keys(" ");
    term.wait_for("step 1/");
    term.keys("s");
    let paused = term.wait_for("PAUSED");
    let line = paused.lines().find(|l| l.contains("PAUSED")).unwrap();
    assert!(line.trim_end().ends_with("s resume"), "{line}");
    term.keys("s");
    term.wait_until("the clock to run again", |t| !t.contains("PAUSED"));
    assert_eq!(term.quit_with_keys(), 0);
}

#[test]
fn settings_replace_every_row_of_their_action_but_never_where_letters_are_text() {
    let set = |action: &str, keys: &[&str]| KeySetting {
        action: action.into(),
        keys: keys.iter().map(|k| k.to_string()).collect(),
    };
    let table = apply(&[set("quit", &["x"]), set("back", &["z", "left"])]).unwrap();
    let keys_of = |scope: Scope, does: &str| table.iter().find(|b| b.scope == scope && b.does == does).unwrap().keys;
    assert_eq!(keys_of(Scope::Live, "key-quit-asks"), [Key::Char('x')]);
    assert_eq!(keys_of(Scope::Finished, "key-quit"), [Key::Char('x')]);
    assert_eq!(keys_of(Scope::Live, "key-live-back"), [Key::Char('z'), Key::Left]);
    // On the setup screen x is a letter of a name: its quit keys stay.
    assert_eq!(keys_of(Scope::Setup, "key-quit-asks"), [Key::Esc, Key::CtrlC]);
    // Two actions on one key of one screen are refused.
    assert!(apply(&[set("next", &["p"])]).is_err());
    assert!(apply(&[set("next", &["p"]), set("back", &["o"])]).is_ok());
    assert_eq!(parse_key("ctrl-k"), Some(Key::Ctrl('k')));
    assert_eq!(parse_key("Page-Down"), Some(Key::PageDown));
    assert_eq!(parse_key("F13"), None);
}
