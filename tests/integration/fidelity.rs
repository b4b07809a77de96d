//! True to the practice (issue 20): open floors where real circles talk, silent
//! listening with the case giver named on screen, fixes that keep the group's
//! purpose, the phase-level fix for a phase written short, and no step shorter
//! than a minute made from rounding.

use circle::plan::{Plan, PlanRequest, PresenterChoice, build};
use circle::protocol::{Kind, Library, TurnMode, builtin::BUILTINS};

use crate::support::Circle;

fn names(n: usize) -> Vec<String> {
    [
        "Ana", "Ben", "Chen", "Dee", "Eve", "Farid", "Gus", "Hana", "Ivo", "Jo", "Kai", "Lea", "Mo", "Nia", "Oz",
    ][..n]
        .iter()
        .map(|s| s.to_string())
        .collect()
}

pub fn plan(id: &str, n: usize, length: Option<u64>) -> Plan {
    let request = PlanRequest {
        members: names(n),
        presenters: PresenterChoice::ProtocolDefault,
        length,
        rotation: None,
        extras: Default::default(),
    };
    build(Library::load(None).get(id).unwrap(), &request).unwrap_or_else(|e| panic!("{id} with {n}: {e}"))
}

/// Steps of round 1 with this title.
fn steps<'p>(p: &'p Plan, title: &str) -> Vec<&'p circle::plan::Step> {
    p.steps
        .iter()
        .filter(|s| s.round == Some(1) && s.title == title)
        .collect()
}

#[test]
fn every_built_in_says_which_practice_it_follows() {
    for (id, text) in BUILTINS {
        let head: String = text
            .lines()
            .take_while(|l| l.starts_with('#'))
            .collect::<Vec<_>>()
            .join("\n");
        assert!(
            head.contains("Follows"),
            "{id} does not say which practice it follows:\n{head}"
        );
    }
}

#[test]
fn circle_questions_are_one_open_floor_for_every_size() {
    for n in [3, 5, 8, 12] {
        let p = plan("peer-circle", n, None);
        for title in [
            "Clarifying questions",
            "Powerful questions",
            "Perspectives and resources",
        ] {
            let s = steps(&p, title);
            assert_eq!(s.len(), 1, "{title} with {n}: one step, not {}", s.len());
            assert!(
                s[0].speaker.is_none() && s[0].turn.is_none(),
                "{title}: nobody's solo turn"
            );
            assert_eq!(s[0].role.as_deref(), Some("coach"), "{title}: the coaches' floor");
        }
        // Everyone still reflects in turn: the circle hears each voice once.
        assert_eq!(steps(&p, "What we each learned").len(), n);
    }
    // The same in the other circles that question together.
    for (id, title) in [
        ("mastermind", "Questions"),
        ("mastermind", "Ideas and resources"),
        ("equal-time", "Powerful questions"),
        ("feedforward", "Questions about the goal"),
    ] {
        let p = plan(id, 6, None);
        assert_eq!(steps(&p, title).len(), 1, "{id}: {title}");
    }
}

#[test]
fn in_kollegiale_beratung_the_case_giver_listens_while_the_group_consults() {
    for n in 4..=10 {
        let p = plan("kollegiale-beratung", n, None);
        let consult: Vec<_> = p.steps.iter().filter(|s| s.kind == Kind::Options).collect();
        assert_eq!(consult.len(), 1, "one consultation step with {n}");
        let c = consult[0];
        assert!(c.speaker.is_none(), "the advisers talk among themselves");
        assert_eq!(
            c.rules[0], "Ana hört nur zu: Rücken zur Gruppe, Kamera aus",
            "the rule names who listens"
        );
        // Casting and the method choice come before it, in Tietze's order.
        let titles: Vec<&str> = p.steps.iter().map(|s| s.title.as_str()).collect();
        let at = |t: &str| titles.iter().position(|x| *x == t).unwrap_or_else(|| panic!("no {t}"));
        assert!(at("Casting: Rollen verteilen") < at("Fallerzählung"));
        let casting = p.steps.iter().find(|s| s.title == "Casting: Rollen verteilen").unwrap();
        assert!(
            casting.prompts[0].contains("Ana oder jemand anderes"),
            "{:?}",
            casting.prompts
        );
        assert!(at("Schlüsselfrage") < at("Methodenwahl"));
        assert!(at("Methodenwahl") < at("Beratung: Ideen und Vermutungen"));
        assert_eq!(steps(&p, "Verständnisfragen").len(), 1, "questions are an open floor");
    }
    let kb = Library::load(None).get("kollegiale-beratung").unwrap().clone();
    assert!(kb.role("scribe").is_some_and(|r| r.rotates), "someone keeps notes");
    let methods = &kb.round.iter().find(|p| p.title == "Methodenwahl").unwrap().prompts;
    for m in ["Ideen", "Hypothesen", "Kopfstand"] {
        assert!(methods.iter().any(|p| p.contains(m)), "no {m} among the methods");
    }
}

#[test]
fn group_sizes_the_practice_uses_are_planned() {
    // Mastermind groups of four to eight are common.
    for n in 4..=8 {
        let p = plan("mastermind", n, None);
        assert!(p.warnings.is_empty(), "mastermind with {n}: {:?}", p.warnings);
    }
    // Coach swap in a larger group: parallel pairs, one clock.
    for n in [2, 4, 6, 7] {
        let p = plan("coach-swap", n, None);
        assert_eq!(p.pairing.len(), n / 2, "{n}: {:?}", p.pairing);
        assert_eq!(p.length, 3600, "one hour whatever the size");
        assert!(p.steps.iter().all(|s| s.speaker.is_none()), "one shared timer");
    }
    let p = plan("coach-swap", 6, None);
    assert_eq!(
        p.steps.iter().filter(|s| s.kind == Kind::Challenge).count(),
        2,
        "each way once"
    );
    let p = plan("coach-swap", 7, None);
    assert_eq!(
        p.steps.iter().filter(|s| s.kind == Kind::Challenge).count(),
        3,
        "a trio's third member is coached too"
    );
}

#[test]
fn get_better_with_five_leaves_nobody_idle() {
    for seed in 0..20 {
        let mut request = PlanRequest {
            members: names(5),
            presenters: PresenterChoice::ProtocolDefault,
            length: None,
            rotation: None,
            extras: Default::default(),
        };
        request.extras.seed = seed;
        let p = build(Library::load(None).get("get-better").unwrap(), &request).unwrap();
        for s in p.steps.iter().filter(|s| s.round.is_some()) {
            let turns = circle::plan::pair_turns(&p, s);
            let mut busy: Vec<String> = turns
                .iter()
                .flat_map(|t| [t.speaking.clone(), t.listening.clone()].concat())
                .collect();
            busy.sort();
            let mut all = names(5);
            all.sort();
            assert_eq!(busy, all, "seed {seed}, {}: {turns:?}", s.title);
        }
    }
}

#[test]
fn a_large_circle_is_offered_parallel_circles_not_another_exercise() {
    let circle = Circle::new();
    let out = circle
        .cmd()
        .args([
            "plan",
            "peer-circle",
            "--members",
            &names(12).join(","),
            "--length",
            "1h",
        ])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let warning = text.lines().find(|l| l.starts_with("warning:")).expect("a warning");
    assert!(warning.contains("circles of at most 6 side by side"), "{warning}");
    for other in ["get-better", "feedforward", "protocol"] {
        assert!(!warning.contains(other), "{warning}");
    }
}

const SHORT: &str = r#"name = "Short challenge"
length = "47m"

[[round]]
kind = "challenge"
title = "The ask"
duration = "2m"
turns = "presenter"

[[round]]
kind = "questions"
title = "Questions"
duration = "20m"
turns = "open"
max_turn = "30m"

[[round]]
kind = "feedback"
title = "Ideas"
duration = "20m"
turns = "coaches"
max_turn = "10m"
"#;

#[test]
fn a_phase_written_short_gets_its_own_fix_first_and_the_fix_works() {
    let circle = Circle::new();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("short.toml");
    std::fs::write(&file, SHORT).unwrap();
    let run = |path: &std::path::Path| {
        let out = circle
            .cmd()
            .args(["plan", path.to_str().unwrap(), "--members", "Ana,Ben,Chen,Dee"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap()
    };
    let text = run(&file);
    let warning = text.lines().find(|l| l.starts_with("warning:")).expect("a warning");
    let first = warning.split("try ").nth(1).unwrap();
    let want = format!("min_turn = \"2m\" on \"The ask\" ({}:4)", file.display());
    assert!(first.starts_with(&want), "the phase's own fix comes first:\n{warning}");
    // The oracle: put the fix on the line it names, and plan again.
    let mut lines: Vec<&str> = SHORT.lines().collect();
    assert_eq!(lines[3], "[[round]]");
    lines.insert(4, "min_turn = \"2m\"");
    std::fs::write(&file, lines.join("\n")).unwrap();
    let again = run(&file);
    assert!(!again.contains("warning:"), "{again}");
}

#[test]
fn rounding_never_makes_a_step_shorter_than_a_minute() {
    // No single phase outside the rounds: the remainder used to be a "Spare time"
    // step of a few seconds. It joins the last step now.
    let mut proto: circle::protocol::Protocol = toml_protocol(SHORT);
    proto.id = "short".into();
    for n in 3..=8 {
        let request = PlanRequest {
            members: names(n),
            presenters: PresenterChoice::Count(1),
            length: Some(47 * 60 + 7),
            rotation: None,
            extras: Default::default(),
        };
        let plan = build(&proto, &request).unwrap();
        assert!(plan.steps.iter().all(|s| s.length >= 60), "{n}: {:?}", plan.steps);
        assert_eq!(plan.steps.iter().map(|s| s.length).sum::<u64>(), 47 * 60 + 7);
        assert!(plan.steps.iter().all(|s| s.phase.is_some()), "no step of its own");
    }
}

fn toml_protocol(text: &str) -> circle::protocol::Protocol {
    circle::protocol::parse::parse_protocol("short", "short.toml", text).unwrap_or_else(|_| panic!("SHORT parses"))
}

#[test]
fn open_floors_are_open_in_the_model_too() {
    let lib = Library::load(None);
    let pc = lib.get("peer-circle").unwrap();
    let q = pc.round.iter().find(|p| p.kind == Kind::Questions).unwrap();
    assert_eq!(q.turns, TurnMode::Open);
}

#[test]
fn advice_while_questioning_is_pointed_to_the_phase_where_it_is_welcome() {
    use crate::support::group_app::{go_to, type_line};
    use crate::support::screen::{app, clock, press, screen_text};
    use ratatui::crossterm::event::KeyCode;
    let c = clock();
    let mut a = app("peer-circle", Some("Ana,Ben,Chen,Dee,Eve"));
    press(&mut a, &c, KeyCode::Char(' '));
    go_to(&mut a, &c, Kind::Questions, None);
    press(&mut a, &c, KeyCode::Char('i'));
    type_line(&mut a, &c, "Have you thought about hiring a coach?");
    let s = screen_text(&a, &c, 240, 40);
    let flat: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    // Not the "Up next" line: the hint itself names where the idea belongs.
    assert!(flat.contains("keep the idea for \"Perspectives"), "{s}");
}

#[test]
fn a_refused_plan_offers_the_phase_fix_first_too() {
    let circle = Circle::new();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("short.toml");
    std::fs::write(&file, SHORT).unwrap();
    let eight = names(8).join(",");
    let plan = |path: &std::path::Path| {
        circle
            .cmd()
            .args(["plan", path.to_str().unwrap(), "--members", &eight, "--length", "30m"])
            .output()
            .unwrap()
    };
    let out = plan(&file);
    assert_eq!(out.status.code(), Some(2), "refused");
    let err = String::from_utf8(out.stderr).unwrap();
    let fix = err.split("try ").nth(1).unwrap_or_else(|| panic!("{err}"));
    let want = format!("min_turn = \"1m\" on \"The ask\" ({}:4)", file.display());
    assert!(fix.starts_with(&want), "{err}");
    let mut lines: Vec<&str> = SHORT.lines().collect();
    lines.insert(4, "min_turn = \"1m\"");
    std::fs::write(&file, lines.join("\n")).unwrap();
    let out = plan(&file);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn every_built_in_fits_its_whole_size_range_at_its_own_length() {
    for (id, lo, hi) in [
        ("peer-circle", 3, 12),
        ("equal-time", 3, 6),
        ("feedforward", 3, 7), // larger groups are warned or refused, with fixes
        ("get-better", 2, 12),
        ("coach-swap", 2, 12),
        ("mastermind", 4, 15),
        ("kollegiale-beratung", 4, 10),
        ("troika", 3, 4),
        ("wise-crowds", 3, 15),
        ("action-learning", 4, 8),
    ] {
        for n in lo..=hi {
            let p = plan(id, n, None);
            assert!(p.warnings.is_empty(), "{id} with {n}: {:?}", p.warnings);
            assert_eq!(p.steps.iter().map(|s| s.length).sum::<u64>(), p.length, "{id} with {n}");
        }
    }
}
