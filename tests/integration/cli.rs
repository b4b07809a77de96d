//! The command line as a person uses it: exit codes, messages, outputs.

use serde_json::Value;

use crate::support::{Circle, root};

fn run(args: &[&str]) -> (i32, String, String) {
    let out = Circle::new().cmd().args(args).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn lists_the_six_builtins() {
    let (code, out, _) = run(&["protocols", "list"]);
    assert_eq!(code, 0);
    for (id, _) in circle::protocol::builtin::BUILTINS {
        assert!(out.contains(id), "{id} missing from:\n{out}");
    }
}

#[test]
fn checks_every_shipped_file() {
    let mut cmd = Circle::new().cmd();
    cmd.args(["protocols", "check"]);
    for entry in std::fs::read_dir(root().join("protocols")).unwrap() {
        let p = entry.unwrap().path();
        if p.extension().is_some_and(|x| x == "toml") {
            cmd.arg(p);
        }
    }
    cmd.arg(root().join("examples/custom-protocol.toml"));
    let out = cmd.output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    // Ten built-ins and the example.
    assert_eq!(String::from_utf8_lossy(&out.stdout).matches("ok: ").count(), 11);
}

#[test]
fn shows_a_protocol() {
    let (code, out, _) = run(&["protocols", "show", "feedforward"]);
    assert_eq!(code, 0);
    assert!(out.contains("FeedForward (feedforward)"));
    assert!(out.contains("rule: The receiver only says thank you"), "{out}");
}

fn plan_json(args: &[&str]) -> Value {
    let mut all = vec!["plan"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--format", "json"]);
    let (code, out, err) = run(&all);
    assert_eq!(code, 0, "{err}");
    serde_json::from_str(&out).unwrap()
}

#[test]
fn plan_json_sums_to_exactly_two_hours_with_equal_turns() {
    let plan = plan_json(&["peer-circle", "--members", "Ana,Ben,Chen,Dee,Eve", "--length", "2h"]);
    let steps = plan["steps"].as_array().unwrap();
    let total: u64 = steps.iter().map(|s| s["duration_s"].as_u64().unwrap()).sum();
    assert_eq!(total, 7200);
    assert_eq!(plan["duration_s"], 7200);
    // Equal turns: every step of the same phase title in the same round is equally long.
    for a in steps {
        for b in steps {
            if a["title"] == b["title"] && a["round"] == b["round"] && a["turns"].is_u64() {
                assert_eq!(a["duration_s"], b["duration_s"], "{a} vs {b}");
            }
        }
        for key in [
            "section",
            "round",
            "presenter",
            "kind",
            "title",
            "speaker",
            "start",
            "duration_s",
        ] {
            assert!(a.get(key).is_some(), "step lacks {key}: {a}");
        }
    }
    // The powerful questions are one open floor for the four coaches (issue 20).
    let coaches: Vec<&Value> = steps.iter().filter(|s| s["title"] == "Powerful questions").collect();
    assert_eq!(coaches.len(), 1, "one open floor, not four solo turns");
    assert!(
        coaches
            .iter()
            .all(|s| s["presenter"] == "Ana" && s["speaker"].is_null())
    );
    let reflect: Vec<&Value> = steps.iter().filter(|s| s["title"] == "What we each learned").collect();
    assert_eq!(reflect.len(), 5, "everyone reflects in turn");
    assert_eq!(steps[0]["section"], "opening");
    assert!(steps[0]["round"].is_null());
}

#[test]
fn plan_starts_at_the_given_clock_time() {
    let plan = plan_json(&["get-better", "--members", "Ana,Ben", "--start", "14:00"]);
    let start = plan["steps"][0]["start"].as_str().unwrap();
    let parsed = chrono::DateTime::parse_from_rfc3339(start).unwrap();
    assert_eq!(parsed.format("%H:%M:%S").to_string(), "14:00:00");
    let end = chrono::DateTime::parse_from_rfc3339(plan["end"].as_str().unwrap()).unwrap();
    assert_eq!((end - parsed).num_seconds(), 20 * 60);
}

#[test]
fn plan_text_reads_as_a_timeline() {
    let (code, out, err) = run(&["plan", "equal-time", "--members", "Ana,Ben,Chen", "--start", "09:00"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("2h 30m meeting, 09:00 → 11:30"), "{out}");
    assert!(out.contains("round 3: Chen presents"), "{out}");
}

#[test]
fn plan_reads_a_roster_file() {
    let roster = root().join("examples/group.toml");
    let plan = plan_json(&[
        "peer-circle",
        "--roster",
        roster.to_str().unwrap(),
        "--presenters",
        "Dee",
    ]);
    assert_eq!(plan["members"].as_array().unwrap().len(), 6);
    assert_eq!(plan["presenters"][0], "Dee");
}

#[test]
fn presenters_all_gives_everyone_an_identical_round() {
    // German groups write "alle".
    let alle = plan_json(&[
        "peer-circle",
        "--members",
        "Ana,Ben,Chen,Dee",
        "--presenters",
        "alle",
        "--length",
        "3h",
    ]);
    assert_eq!(alle["presenters"].as_array().unwrap().len(), 4);
    let plan = plan_json(&[
        "peer-circle",
        "--members",
        "Ana,Ben,Chen,Dee",
        "--presenters",
        "all",
        "--length",
        "3h",
    ]);
    let steps = plan["steps"].as_array().unwrap();
    let mut per_round = std::collections::BTreeMap::<u64, u64>::new();
    for s in steps {
        if let Some(r) = s["round"].as_u64() {
            *per_round.entry(r).or_default() += s["duration_s"].as_u64().unwrap();
        }
    }
    assert_eq!(per_round.len(), 4);
    assert!(per_round.values().all(|v| *v == per_round[&1]), "{per_round:?}");
}

#[test]
fn bad_meeting_input_exits_2_with_a_message() {
    let cases: &[(&[&str], &str)] = &[
        (
            &["plan", "peer-circle", "--members", "Ana,Ben,ana"],
            "\"ana\" is listed twice",
        ),
        (
            &["plan", "peer-circle", "--members", "Ana,,Ben,Chen"],
            "member 2 has an empty name",
        ),
        (
            &["plan", "peer-circle", "--members", "Ana,Ben"],
            "2 members given, but \"peer-circle\" is for 3–12 members",
        ),
        (
            &["plan", "peer-circle", "--members", "Ana,Ben,Chen", "--presenters", "4"],
            "4 presenters, but only 3 members",
        ),
        (
            &[
                "plan",
                "peer-circle",
                "--members",
                "Ana,Ben,Chen",
                "--presenters",
                "Bem",
            ],
            "did you mean \"Ben\"?",
        ),
        (
            &["plan", "peer-cirlce", "--members", "Ana,Ben,Chen"],
            "did you mean \"peer-circle\"?",
        ),
        (
            &[
                "plan",
                "peer-circle",
                "--members",
                "Ana,Ben,Chen",
                "--length",
                "2 hours and a bit",
            ],
            "--length",
        ),
        (
            &["plan", "peer-circle", "--members", "Ana,Ben,Chen", "--length", "3m"],
            "too short",
        ),
        (
            &["plan", "peer-circle", "--members", "Ana,Ben,Chen", "--start", "25:00"],
            "--start 25:00",
        ),
        (&["plan", "peer-circle"], "no members"),
        (
            &["plan", "no/such/file.toml", "--members", "A,B,C"],
            "no/such/file.toml",
        ),
    ];
    for (args, message) in cases {
        let (code, _, err) = run(args);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(err.contains(message), "{args:?}: expected {message:?} in {err}");
        assert!(!err.contains("panicked"));
    }
}

#[test]
fn hostile_names_never_reach_the_terminal_raw() {
    let (code, out, err) = run(&[
        "plan",
        "peer-circle",
        "--members",
        "Ana,Ben,Chen\u{202e}",
        "--presenters",
        "Chen\u{202e}",
    ]);
    assert_eq!(code, 0, "{err}");
    // The override is no part of the name: invisible characters are left out of it.
    assert!(!out.contains('\u{202e}'));
    assert!(out.contains("Presenter: Chen\n"), "{out}");
    let (code, _, err) = run(&["plan", "peer-circle", "--members", "Ana,Ben,\u{1b}[2JChen"]);
    assert_eq!(code, 2);
    assert!(err.contains("control characters") && !err.contains('\u{1b}'), "{err:?}");
}

#[test]
fn version_help_and_completions() {
    let (code, out, _) = run(&["--version"]);
    assert_eq!(code, 0);
    assert!(out.starts_with("circle "));
    let (code, out, _) = run(&["--help"]);
    assert_eq!(code, 0);
    assert!(out.contains("peer-coaching") && out.contains("circle run peer-circle --members"));
    let (code, out, _) = run(&["completions", "bash"]);
    assert_eq!(code, 0);
    assert!(out.contains("_circle"));
    let (code, _, _) = run(&["no-such-command"]);
    assert_eq!(code, 2);
}

#[test]
fn config_path_is_under_the_config_dir() {
    let circle = Circle::new();
    let out = circle.cmd().args(["config", "path"]).output().unwrap();
    assert!(out.status.success());
    let printed = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        printed.trim(),
        circle.config_dir().join("config.toml").display().to_string()
    );
}

#[test]
fn plan_starts_the_protocol_run_would_and_refuses_a_broken_config() {
    let circle = Circle::new();
    std::fs::create_dir_all(circle.config_dir()).unwrap();
    let config = circle.config_dir().join("config.toml");
    std::fs::write(&config, "default_protocol = \"equal-time\"\n").unwrap();
    let out = circle.cmd().args(["plan", "--members", "A,B,C"]).output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.lines().next().unwrap().contains("(equal-time)"), "{text}");
    std::fs::write(&config, "bell = maybe\n").unwrap();
    let out = circle.cmd().args(["plan", "--members", "A,B,C"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("config.toml:1:"));
}

#[test]
fn a_reader_that_stops_early_is_not_an_error() {
    use std::io::Read;
    let circle = Circle::new();
    // Far more than a pipe holds (64 KiB), so circle is still writing when it goes.
    let questions: Vec<String> = (0..4000).map(|i| format!("Did you talk to person {i}?")).collect();
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin!("circle"))
        .args(["questions", "check"])
        .args(&questions)
        .env("CIRCLE_CONFIG_DIR", circle.config_dir())
        .env("CIRCLE_DATA_DIR", circle.data_dir())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Read one byte, then hang up the pipe, as `| head -c1` does.
    let mut stdout = child.stdout.take().unwrap();
    let mut one = [0u8; 1];
    stdout.read_exact(&mut one).unwrap();
    drop(stdout);
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(out.stderr.is_empty(), "{}", String::from_utf8_lossy(&out.stderr));
}

/// A suggested `--length` fix works when pasted into a shell as it is written:
/// split at spaces, the value must still be one argument.
#[test]
fn a_suggested_length_fix_can_be_pasted() {
    let members = "A,B,C,D,E,F,G,H,I,J,K,L";
    for lang in ["en", "de"] {
        let c = Circle::new();
        let out = c
            .cmd()
            .args(["--lang", lang, "plan", "feedforward", "--members", members])
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr).into_owned();
        assert_eq!(out.status.code(), Some(2), "{err}");
        let at = err.find("--length ").expect("a --length fix");
        let pasted: Vec<&str> = err[at..]
            .split_whitespace()
            .take(2)
            .map(|w| w.trim_end_matches(','))
            .collect();
        let again = c
            .cmd()
            .args(["--lang", lang, "plan", "feedforward", "--members", members])
            .args(&pasted)
            .output()
            .unwrap();
        assert!(
            again.status.success(),
            "{lang}: {pasted:?} from {err:?} failed: {}",
            String::from_utf8_lossy(&again.stderr)
        );
    }
}
