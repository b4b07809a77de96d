//! Turns long enough to be useful: warnings and refusals with fixes that work,
//! per-turn promises, and the break of a long meeting.

use chrono::{Local, TimeZone};
use serde_json::Value;

use circle::engine::{Clock, Command, Engine, ManualClock, Outcome, Settings};
use circle::plan::{Misfit, Plan, PlanRequest, PresenterChoice, build};
use circle::protocol::{Kind, Library};

use crate::support::Circle;

fn names(n: usize) -> String {
    [
        "Ana", "Ben", "Chen", "Dee", "Eve", "Farid", "Gus", "Hana", "Ivo", "Jo", "Kai", "Lea", "Mo", "Nia", "Oz",
    ][..n]
        .join(",")
}

fn plan(id: &str, n: usize, length: Option<u64>) -> Plan {
    plan_with(id, n, length, Default::default())
}

/// A later meeting of a saved group: it has report-back.
fn group_plan(id: &str, n: usize, length: Option<u64>) -> Plan {
    let extras = circle::plan::Extras {
        in_group: true,
        ..Default::default()
    };
    plan_with(id, n, length, extras)
}

fn plan_with(id: &str, n: usize, length: Option<u64>, extras: circle::plan::Extras) -> Plan {
    let request = PlanRequest {
        members: names(n).split(',').map(String::from).collect(),
        presenters: PresenterChoice::ProtocolDefault,
        length,
        rotation: None,
        extras,
    };
    build(Library::load(None).get(id).unwrap(), &request).unwrap()
}

/// `circle plan` with these arguments: (exit code, stdout, stderr).
fn circle_plan(circle: &Circle, args: &[&str]) -> (i32, String, String) {
    let out = circle.cmd().arg("plan").args(args).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// The fixes a message offers after "try ", as arguments to plan with.
fn fixes(message: &str) -> Vec<String> {
    let tail = message.rsplit("try ").next().unwrap().trim().trim_end_matches('.');
    tail.replace(", or ", ", ").split(", ").map(str::to_string).collect()
}

/// Plan again with a fix applied (the oracle: the real binary, not the code that
/// proposed it) and return what it says.
fn apply_fix(circle: &Circle, protocol: &str, n: usize, fix: &str) -> (i32, String, String) {
    apply_fix_at(circle, protocol, n, fix, &[])
}

/// A fix applied to a plan asked for with `base` (say, its length) as well.
fn apply_fix_at(circle: &Circle, protocol: &str, n: usize, fix: &str, base: &[&str]) -> (i32, String, String) {
    let members = names(n);
    let with = |args: &[&str]| {
        let mut all: Vec<&str> = args.to_vec();
        if !args.contains(&"--length") {
            all.extend_from_slice(base);
        }
        circle_plan(circle, &all)
    };
    if let Some(len) = fix.strip_prefix("--length ") {
        let len = len.trim_end_matches(" or less");
        with(&[protocol, "--members", &members, "--length", len])
    } else if let Some(p) = fix.strip_prefix("--presenters ") {
        with(&[protocol, "--members", &members, "--presenters", p])
    } else if let Some((_, k)) = fix.split_once(" circles of at most ") {
        // Parallel circles of the same protocol: each is planned on its own.
        let k: usize = k.split(' ').next().unwrap().parse().unwrap();
        with(&[protocol, "--members", &names(k)])
    } else {
        panic!("a fix circle cannot be asked for: {fix:?}")
    }
}

#[test]
fn feedforward_for_twelve_is_refused_with_fixes_that_work() {
    let circle = Circle::new();
    let (code, _, err) = circle_plan(&circle, &["feedforward", "--members", &names(12)]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("too short") && err.contains("try "), "{err}");
    let offered = fixes(err.lines().next().unwrap());
    assert!(offered.iter().any(|f| f.starts_with("--length")), "{offered:?}");
    assert!(offered.len() >= 3, "{offered:?}");
    for fix in &offered {
        let (code, out, err) = apply_fix(&circle, "feedforward", 12, fix);
        assert_eq!(code, 0, "{fix}: {err}");
        assert!(!out.contains("under its"), "{fix} still squeezes:\n{out}");
    }
}

#[test]
fn a_squeezed_phase_is_warned_about_with_fixes_that_work() {
    let circle = Circle::new();
    // Twelve in an hour (without a group, there is no report-back). The questions
    // are open floors since issue 20, so the turns that squeeze are the reflection's.
    let (code, out, _) = circle_plan(&circle, &["peer-circle", "--members", &names(12), "--length", "1h"]);
    assert_eq!(code, 0);
    let warning = out.lines().find(|l| l.starts_with("warning:")).expect("a warning");
    assert!(
        warning.contains("What we each learned") && warning.contains("under its 45s minimum"),
        "{warning}"
    );
    // Fixes keep the exercise: never another protocol (issue 20).
    assert!(!warning.contains("protocol"), "{warning}");
    assert!(warning.contains("2 circles of at most 6 side by side"), "{warning}");
    for fix in fixes(warning) {
        let (code, out, err) = apply_fix_at(&circle, "peer-circle", 12, &fix, &["--length", "1h"]);
        assert_eq!(code, 0, "{fix}: {err}");
        assert!(!out.contains("under its"), "{fix} still squeezes:\n{out}");
    }
    // The same warning in JSON, and from `run --print`.
    let (_, json, _) = circle_plan(
        &circle,
        &[
            "peer-circle",
            "--members",
            &names(12),
            "--length",
            "1h",
            "--format",
            "json",
        ],
    );
    let v: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["warnings"][0]["misfit"], "squeezed");
    assert_eq!(v["warnings"][0]["min_s"], 45);
    let print = circle
        .cmd()
        .args([
            "run",
            "peer-circle",
            "--members",
            &names(12),
            "--length",
            "1h",
            "--print",
        ])
        .output()
        .unwrap();
    assert!(String::from_utf8(print.stdout).unwrap().contains(warning));
}

#[test]
fn a_stretched_phase_is_warned_about_with_fixes_that_work() {
    let circle = Circle::new();
    let (_, out, _) = circle_plan(&circle, &["peer-circle", "--members", &names(3), "--length", "3h"]);
    let warning = out.lines().find(|l| l.starts_with("warning:")).expect("a warning");
    assert!(warning.contains("past its 15m maximum"), "{warning}");
    for fix in fixes(warning) {
        let (code, out, err) = apply_fix_at(&circle, "peer-circle", 3, &fix, &["--length", "3h"]);
        assert_eq!(code, 0, "{fix}: {err}");
        assert!(!out.contains("past its"), "{fix} still stretches:\n{out}");
    }
}

#[test]
fn every_built_in_fits_a_typical_group_at_its_own_length() {
    for (id, n) in [
        ("peer-circle", 6),
        ("equal-time", 5),
        ("feedforward", 5),
        ("get-better", 2),
        ("coach-swap", 2),
        ("mastermind", 8),
    ] {
        let p = plan(id, n, None);
        assert!(p.warnings.is_empty(), "{id} with {n}: {:?}", p.warnings);
    }
    // At the edge of a range, the warnings say so.
    assert!(
        plan("mastermind", 15, None)
            .warnings
            .iter()
            .all(|w| w.misfit == Misfit::Squeezed)
    );
}

#[test]
fn a_per_turn_time_is_kept_when_the_meeting_shrinks() {
    for length in [90 * 60, 2 * 3600, 150 * 60] {
        let p = group_plan("peer-circle", 5, Some(length));
        let report: Vec<u64> = p
            .steps
            .iter()
            .filter(|s| s.kind == Kind::ReportBack)
            .map(|s| s.length)
            .collect();
        assert_eq!(report, [120; 5], "at {length}s");
        assert_eq!(p.steps.iter().map(|s| s.length).sum::<u64>(), length);
    }
    // The other phases gave way: the challenge is shorter in the shorter meeting.
    let challenge = |p: &Plan| p.steps.iter().find(|s| s.kind == Kind::Challenge).unwrap().length;
    assert!(challenge(&plan("peer-circle", 5, Some(90 * 60))) < challenge(&plan("peer-circle", 5, Some(2 * 3600))));
}

#[test]
fn a_three_hour_mastermind_has_a_break_between_rounds() {
    let p = plan("mastermind", 8, Some(3 * 3600));
    let breaks: Vec<_> = p.steps.iter().filter(|s| s.kind == Kind::Break).collect();
    assert_eq!(breaks.len(), 1);
    let b = breaks[0];
    assert_eq!(b.length, 600);
    assert_eq!((b.speaker.as_deref(), b.round), (None, None), "nobody speaks, no round");
    assert!(b.start > 3600 && b.start < 2 * 3600, "near half-time: {}", b.start);
    assert!(p.warnings.is_empty(), "{:?}", p.warnings);
    // A two-hour meeting has none.
    assert!(
        plan("peer-circle", 5, Some(2 * 3600))
            .steps
            .iter()
            .all(|s| s.kind != Kind::Break)
    );
}

#[test]
fn rebalancing_never_cuts_the_break() {
    let p = plan("peer-circle", 5, Some(3 * 3600));
    let brk = p.steps.iter().position(|s| s.kind == Kind::Break).expect("a break");
    let challenge = p.steps.iter().position(|s| s.kind == Kind::Challenge).unwrap();
    assert!(challenge < brk && p.steps[brk].round == p.steps[challenge].round);
    let c = ManualClock::new(Local.with_ymd_and_hms(2026, 11, 22, 14, 0, 0).unwrap());
    let mut s = Engine::new(p.clone(), Settings::default());
    s.apply(Command::Start, c.now());
    while s.current_index() < challenge {
        c.advance_ms(s.time(c.now()).allotted_ms);
        s.apply(Command::Next, c.now());
    }
    c.advance_secs(3 * 3600);
    let Outcome::Rebalanced(r) = s.apply(Command::Rebalance, c.now()) else {
        panic!("expected a rebalance")
    };
    assert!(r.taken_ms() > 0 && r.short_ms > 0);
    assert!(r.taken.iter().all(|(j, _)| *j != brk), "{r:?}");
    assert_eq!(s.clocks()[brk].allotted_ms, 600_000);
}

#[test]
fn min_turn_and_max_turn_override_the_kind() {
    let circle = Circle::new();
    let dir = circle.home.path().join("p");
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("strict.toml");
    std::fs::write(
        &file,
        "name = \"Strict\"\nlength = \"30m\"\n\n[[round]]\nkind = \"questions\"\nduration = \"30m\"\nturns = \"coaches\"\nmin_turn = \"12m\"\n",
    )
    .unwrap();
    let (code, out, _) = circle_plan(&circle, &[file.to_str().unwrap(), "--members", "Ana,Ben,Chen,Dee"]);
    assert_eq!(code, 0);
    assert!(
        out.contains("\"Questions\" gets 10m a turn, under its 12m minimum"),
        "{out}"
    );

    std::fs::write(
        &file,
        "name = \"Strict\"\n\n[[round]]\nkind = \"questions\"\nduration = \"30m\"\nmin_turn = \"5m\"\nmax_turn = \"2m\"\n",
    )
    .unwrap();
    let (code, _, err) = circle_plan(&circle, &[file.to_str().unwrap(), "--members", "Ana,Ben"]);
    assert_eq!(code, 2);
    assert!(err.contains("strict.toml:7:12") && err.contains("max_turn"), "{err}");

    std::fs::write(
        &file,
        "name = \"Strict\"\n\n[[opening]]\nkind = \"break\"\nduration = \"10m\"\nturns = \"each\"\n",
    )
    .unwrap();
    let (code, _, err) = circle_plan(&circle, &[file.to_str().unwrap(), "--members", "Ana,Ben"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("strict.toml:6:") && err.contains("a break has no turns"),
        "{err}"
    );
}

#[test]
fn the_ready_screen_warns_about_squeezed_turns_with_the_fix() {
    use crate::support::screen::{clock, screen_text};
    let c = clock();
    let mut spec = circle::meeting::MeetingSpec::of(Library::load(None).get("peer-circle").unwrap().clone());
    spec.length = Some(60 * 60);
    let members = names(12).split(',').map(String::from).collect();
    let a = circle::app::App::new(
        spec,
        Some(members),
        circle::engine::Settings::default(),
        circle::theme::Theme::new(circle::cli::ThemeName::Mono),
        false,
    )
    .unwrap();
    let s = screen_text(&a, &c, 160, 48);
    let line = s
        .lines()
        .find(|l| l.contains("⚠"))
        .unwrap_or_else(|| panic!("no warning:\n{s}"));
    assert!(
        line.contains("\"What we each learned\" gets 43s a turn, under its 45s minimum; try --length"),
        "{line}"
    );
}

#[test]
fn the_break_says_when_to_be_back() {
    use ratatui::crossterm::event::KeyCode;

    use crate::support::screen::{app, clock, press, screen_text};
    let c = clock();
    let mut a = app("mastermind", Some(&names(8)));
    press(&mut a, &c, KeyCode::Char(' '));
    while a.engine().unwrap().current_step().kind != Kind::Break {
        c.advance_secs(47);
        press(&mut a, &c, KeyCode::Char('n'));
    }
    c.advance_secs(75);
    let back = c.now().wall + chrono::Duration::seconds(600 - 75);
    let s = screen_text(&a, &c, 80, 24);
    assert!(s.contains(&format!("Break — back at {}", back.format("%H:%M"))), "{s}");
    assert!(!s.contains("open floor"), "{s}");
}
