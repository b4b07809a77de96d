//! An outside facilitator: leads and keeps time but takes no turn, is named on the
//! ready and live screens and in the summary, stays through a crash and a resume,
//! and the ready screen's notice of it wraps at words.

use crate::pty::Term;
use crate::support::meeting::settled;
use crate::support::rehearsal::step_of;
use crate::support::{Circle, files_named, plan_json, plan_text};

#[test]
fn an_outside_facilitator_leads_but_takes_no_turn_and_is_named_on_screen_and_in_the_summary() {
    let circle = Circle::new();
    // Planning: named, never a speaker; refused when also a member.
    let v = plan_json(
        &circle,
        &["peer-circle", "--members", "Ana,Ben,Chen", "--facilitator", "Kate"],
    );
    assert_eq!(v["facilitator"], "Kate");
    assert!(v["steps"].as_array().unwrap().iter().all(|s| s["speaker"] != "Kate"));
    let (code, _, err) = plan_text(
        &circle,
        &["peer-circle", "--members", "Ana,Ben,Kate", "--facilitator", "kate"],
    );
    assert_eq!(code, 2);
    assert!(err.contains("is a member and the outside facilitator"), "{err}");

    // A group remembers its facilitator in group.toml.
    let made = circle
        .cmd()
        .args([
            "group",
            "new",
            "Tue",
            "--members",
            "Ana,Ben,Chen",
            "--facilitator",
            "Kate",
        ])
        .output()
        .unwrap();
    assert!(made.status.success(), "{}", String::from_utf8_lossy(&made.stderr));
    let mut tomls = Vec::new();
    files_named(&circle.data_dir(), "toml", &mut tomls);
    let group_toml = tomls.iter().find(|p| p.ends_with("group.toml")).expect("group.toml");
    assert!(
        std::fs::read_to_string(group_toml)
            .unwrap()
            .contains("facilitator = \"Kate\"")
    );
    let shown = circle.cmd().args(["group", "show", "Tue"]).output().unwrap();
    assert!(String::from_utf8(shown.stdout).unwrap().contains("Facilitator: Kate"));

    // The whole meeting in a real terminal: named on the ready and live screens,
    // and in the saved summary; no turn and no rating for Kate.
    let mut term = Term::spawn(&circle, &["run", "--group", "Tue"], 120, 40);
    let ready = term.wait_for("Press SPACE to begin");
    assert!(ready.contains("Facilitator: Kate (from outside the circle"), "{ready}");
    term.keys(" ");
    let live = term.wait_for("facilitator Kate");
    assert!(!live.contains("Kate —"), "Kate never has the floor:\n{live}");
    let steps = v["steps"].as_array().unwrap().len() + 1;
    for _ in 0..steps + 5 {
        if term.text().contains("Meeting complete") {
            break;
        }
        next_step(&mut term);
    }
    term.wait_for("Meeting complete");
    term.keys("q");
    assert_eq!(term.wait_exit(), 0);
    let mut summaries = Vec::new();
    files_named(&circle.data_dir(), "md", &mut summaries);
    let summary = std::fs::read_to_string(summaries.first().expect("a summary")).unwrap();
    assert!(summary.contains("facilitator Kate"), "{summary}");
    let mut records = Vec::new();
    files_named(&circle.data_dir(), "toml", &mut records);
    for r in records.iter().filter(|p| !p.ends_with("group.toml")) {
        let text = std::fs::read_to_string(r).unwrap();
        assert!(
            !text.contains("owner = \"Kate\"") && !text.contains("member = \"Kate\""),
            "{text}"
        );
    }
}

#[test]
fn a_resumed_meeting_keeps_its_pairs_and_its_facilitator() {
    let circle = Circle::new();
    let made = circle
        .cmd()
        .args([
            "group",
            "new",
            "Pairs",
            "--members",
            "A,B,C,D,E",
            "--protocol",
            "get-better",
        ])
        .output()
        .unwrap();
    assert!(made.status.success());
    let args = ["run", "--group", "Pairs", "--seed", "5", "--facilitator", "Kate"];
    let mut term = Term::spawn(&circle, &args, 120, 30);
    term.wait_for("Press SPACE to begin");
    term.keys(" ");
    // Past the first meeting's contracting, round the circle, to the pairs.
    // One key at a time, each step's whole frame on screen (the pairs line may land
    // after the rows above it) before the next key, so the walk stops on the pairs
    // and not past them.
    term.wait_for("step 1/");
    let mut before = settled(&term);
    let mut pressed = 0;
    while !before.contains('→') {
        assert!(pressed < 12, "no pairs on screen:\n{before}");
        next_step(&mut term);
        pressed += 1;
        before = settled(&term);
    }
    let pairs = |screen: &str| screen.lines().find(|l| l.contains('→')).unwrap().trim().to_string();
    let shown = pairs(&before);
    crate::support::meeting::wait_journaled_times(&circle, "\"op\":\"next\"", pressed);
    crate::support::meeting::kill(&mut term);
    let mut term = Term::spawn(&circle, &["resume"], 120, 30);
    term.wait_for("Resumed after");
    let back = settled(&term);
    assert_eq!(pairs(&back), shown, "the same pairs after the crash:\n{back}");
    assert!(back.contains("facilitator Kate"), "{back}");
    assert_eq!(term.quit_with_keys(), 0);
}

/// The ready screen's notices (who was drawn, an outside facilitator) wrap at words
/// at 80×24: every word of them is on screen whole.
#[test]
fn ready_screen_notices_wrap_without_cutting_a_word() {
    let circle = Circle::new();
    let args = [
        "run",
        "get-better",
        "--members",
        "Ana,Ben,Chen,Dee,Eve",
        "--facilitator",
        "Kate",
        "--seed",
        "7",
    ];
    let mut term = Term::spawn(&circle, &args, 80, 24);
    let ready = term.wait_for("Press SPACE to begin");
    let flat = ready.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains("leads and keeps time, takes no turns)"), "{ready}");
    assert!(flat.contains("--seed 7 draws the same again"), "{ready}");
    assert_eq!(term.quit_with_keys(), 0);
}

/// The next step, waiting until the screen shows it (or the meeting's end).
fn next_step(term: &mut Term) {
    let before = step_of(&term.text());
    term.keys("n");
    term.wait_until("the next step", |s| {
        step_of(s) != before || s.contains("Meeting complete")
    });
}
