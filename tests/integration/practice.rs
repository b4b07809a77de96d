//! Protocols true to the practice: random pairs on one timer, FeedForward's
//! clarifying step and its givers, report-back with a group, the peer circle's
//! perspectives step, and a group too big for its protocol. (An outside
//! facilitator has its own file, `facilitator.rs`.)

use serde_json::Value;

use crate::pty::Term;
use crate::support::{Circle, plan_json, plan_text, strings};

#[test]
fn five_people_get_a_pair_and_a_trio_on_one_timer_and_everyone_asks_once() {
    let circle = Circle::new();
    let v = plan_json(&circle, &["get-better", "--members", "A,B,C,D,E", "--seed", "3"]);
    let groups: Vec<Vec<String>> = v["pairs"].as_array().unwrap().iter().map(strings).collect();
    let mut sizes: Vec<usize> = groups.iter().map(Vec::len).collect();
    sizes.sort();
    assert_eq!(sizes, [2, 3], "{groups:?}");
    let mut everyone: Vec<String> = groups.concat();
    everyone.sort();
    assert_eq!(everyone, ["A", "B", "C", "D", "E"]);
    assert_eq!(v["seed"], 3);

    let steps = v["steps"].as_array().unwrap();
    // One shared timer: one step at a time for all pairs, never one per member.
    assert!(steps.iter().all(|s| s["speaker"].is_null()));
    let asks: Vec<&Value> = steps.iter().filter(|s| s["kind"] == "challenge").collect();
    assert_eq!(asks.len(), 3, "three rounds: the trio's third member asks too");
    let mut askers = Vec::new();
    for s in &asks {
        for turn in s["pairs"].as_array().unwrap() {
            let speaking = strings(&turn["speaking"]);
            let listening = strings(&turn["listening"]);
            assert_eq!(speaking.len(), 1, "one asker a group: {turn}");
            assert!(!listening.is_empty(), "someone listens to the asker: {turn}");
            askers.extend(speaking);
        }
    }
    // Nobody waits (issue 20): in every step of every round each member speaks or
    // listens; in the trio's third round the finished pair joins the trio.
    for s in steps.iter().filter(|s| s["round"].is_u64()) {
        let mut busy: Vec<String> = s["pairs"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|t| [strings(&t["speaking"]), strings(&t["listening"])].concat())
            .collect();
        busy.sort();
        assert_eq!(busy, ["A", "B", "C", "D", "E"], "someone idles in {s}");
    }
    askers.sort();
    assert_eq!(askers, ["A", "B", "C", "D", "E"], "everyone asks exactly once");
    // While the coaches speak, the asker listens.
    let coaching = steps.iter().find(|s| s["kind"] == "questions").unwrap();
    let trio = coaching["pairs"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["speaking"].as_array().unwrap().len() == 2)
        .expect("the trio's two coaches speak together");
    assert_eq!(trio["listening"].as_array().unwrap().len(), 1);

    // The same seed draws the same pairs; the plan prints it.
    let again = plan_json(&circle, &["get-better", "--members", "A,B,C,D,E", "--seed", "3"]);
    assert_eq!(again["pairs"], v["pairs"]);
    let (_, text, _) = plan_text(&circle, &["get-better", "--members", "A,B,C,D,E", "--seed", "3"]);
    assert!(text.contains("seed 3: --seed 3 draws the same again"), "{text}");
}

#[test]
fn get_better_runs_for_five_in_a_real_terminal_with_the_pairs_on_screen() {
    let circle = Circle::new();
    let v = plan_json(&circle, &["get-better", "--members", "A,B,C,D,E", "--seed", "11"]);
    let groups: Vec<Vec<String>> = v["pairs"].as_array().unwrap().iter().map(strings).collect();
    let pair = groups.iter().find(|g| g.len() == 2).unwrap();
    let trio = groups.iter().find(|g| g.len() == 3).unwrap();
    let args = [
        "run",
        "get-better",
        "--members",
        "A,B,C,D,E",
        "--seed",
        "11",
        "--no-save",
    ];
    let mut term = Term::spawn(&circle, &args, 100, 30);
    let ready = term.wait_for("Press SPACE to begin");
    assert!(ready.contains("Pairs, drawn at random"), "{ready}");
    term.keys(" ");
    // Round 1: the first of each pair asks, the others listen.
    let live = term.wait_for(&format!("{} → {}", pair[0], pair[1]));
    assert!(
        live.contains(&format!("{} → {} & {}", trio[0], trio[1], trio[2])),
        "{live}"
    );
    term.keys("n");
    // The coaches' turn: in the trio both coaches speak to the asker.
    term.wait_for(&format!("{} & {} → {}", trio[1], trio[2], trio[0]));
    assert_eq!(term.quit_with_keys(), 0);
}

#[test]
fn feedforward_clarifies_the_goal_before_any_suggestion() {
    let circle = Circle::new();
    let v = plan_json(&circle, &["feedforward", "--members", "Ana,Ben,Chen,Dee"]);
    let kinds: Vec<(u64, String)> = v["steps"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["round"] == 1)
        .map(|s| (0, s["kind"].as_str().unwrap().to_string()))
        .collect();
    let order: Vec<&str> = kinds.iter().map(|(_, k)| k.as_str()).collect();
    let clarify = order
        .iter()
        .position(|k| *k == "clarifying")
        .expect("a clarifying step");
    let first_suggestion = order.iter().position(|k| *k == "feedback").unwrap();
    assert!(clarify < first_suggestion, "{order:?}");
}

/// (receiver, givers) for each round of a FeedForward plan.
fn givers_by_round(v: &Value) -> Vec<(String, Vec<String>)> {
    let steps = v["steps"].as_array().unwrap();
    let rounds = steps.iter().filter_map(|s| s["round"].as_u64()).max().unwrap();
    (1..=rounds)
        .map(|r| {
            let of_round: Vec<&Value> = steps.iter().filter(|s| s["round"] == r).collect();
            let receiver = of_round[0]["presenter"].as_str().unwrap().to_string();
            let givers = of_round
                .iter()
                .filter(|s| s["kind"] == "feedback")
                .map(|s| s["speaker"].as_str().unwrap().to_string())
                .collect();
            (receiver, givers)
        })
        .collect()
}

#[test]
fn a_large_feedforward_draws_givers_reproducibly_and_takes_named_stakeholders() {
    let circle = Circle::new();
    let twelve = "Ana,Ben,Chen,Dee,Eve,Farid,Gus,Hana,Ivo,Jo,Kai,Lea";
    let drawn = |seed: &str| {
        plan_json(
            &circle,
            &["feedforward", "--members", twelve, "--length", "1h10m", "--seed", seed],
        )
    };
    let a = drawn("7");
    assert_eq!(a["seed"], 7);
    assert_eq!(a["givers"]["drawn"], 4);
    for (receiver, givers) in givers_by_round(&a) {
        assert_eq!(givers.len(), 4, "{receiver}: {givers:?}");
        assert!(!givers.contains(&receiver));
    }
    assert_eq!(
        givers_by_round(&drawn("7")),
        givers_by_round(&a),
        "the same seed, the same draw"
    );
    assert!(
        (1..6).any(|s| givers_by_round(&drawn(&s.to_string())) != givers_by_round(&a)),
        "other seeds draw otherwise"
    );
    let (_, text, _) = plan_text(
        &circle,
        &["feedforward", "--members", twelve, "--length", "1h10m", "--seed", "7"],
    );
    assert!(
        text.contains("Givers: 4 for each receiver, drawn at random (seed 7"),
        "{text}"
    );

    let named = plan_json(
        &circle,
        &[
            "feedforward",
            "--members",
            "Ana,Ben,Chen,Dee,Eve",
            "--givers",
            "Ben,Chen",
        ],
    );
    for (receiver, givers) in givers_by_round(&named) {
        let want: Vec<&str> = ["Ben", "Chen"].into_iter().filter(|g| *g != receiver).collect();
        assert_eq!(givers, want, "{receiver}");
    }
    let (code, _, err) = plan_text(
        &circle,
        &["feedforward", "--members", "Ana,Ben,Chen", "--givers", "Zed"],
    );
    assert_eq!(code, 2);
    assert!(err.contains("\"Zed\" is not a member"), "{err}");
}

#[test]
fn report_back_joins_coach_swap_get_better_and_feedforward_with_a_group() {
    let circle = Circle::new();
    for (protocol, members) in [
        ("coach-swap", "Ana,Ben"),
        ("get-better", "Ana,Ben,Chen,Dee"),
        ("feedforward", "Ana,Ben,Chen,Dee"),
    ] {
        let has_report = |v: &Value| {
            v["steps"]
                .as_array()
                .unwrap()
                .iter()
                .any(|s| s["kind"] == "report-back")
        };
        assert!(
            !has_report(&plan_json(&circle, &[protocol, "--members", members])),
            "{protocol} alone"
        );
        let group = format!("{protocol} group");
        let made = circle
            .cmd()
            .args(["group", "new", &group, "--members", members, "--protocol", protocol])
            .output()
            .unwrap();
        assert!(made.status.success(), "{}", String::from_utf8_lossy(&made.stderr));
        // A group's first meeting contracts instead: there is nothing to report
        // yet (its later meetings report back: see `journey_plans`).
        let first = plan_json(&circle, &["--group", &group]);
        assert!(!has_report(&first), "{protocol}'s first meeting");
        assert_eq!(first["steps"][0]["kind"], "contracting", "{protocol}'s first meeting");
    }
}

#[test]
fn the_peer_circle_offers_perspectives_and_resources_after_the_questions() {
    let circle = Circle::new();
    let v = plan_json(&circle, &["peer-circle", "--members", "Ana,Ben,Chen,Dee"]);
    let titles: Vec<&str> = v["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["title"].as_str().unwrap())
        .collect();
    let questions = titles.iter().rposition(|t| *t == "Powerful questions").unwrap();
    let perspectives = titles
        .iter()
        .position(|t| *t == "Perspectives and resources")
        .expect("the step");
    assert!(perspectives > questions);
    // Experience offered as one conversation, not a queue of solo turns (issue 20).
    assert_eq!(
        titles.iter().filter(|t| **t == "Perspectives and resources").count(),
        1,
        "one open floor"
    );
}

#[test]
fn a_group_bigger_than_its_protocol_is_refused_at_creation() {
    let circle = Circle::new();
    let nine = "Ana,Ben,Chen,Dee,Eve,Farid,Gus,Hana,Ivo";
    let out = circle
        .cmd()
        .args(["group", "new", "Big", "--members", nine, "--protocol", "equal-time"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("9 members") && err.contains("3–6 members") && err.contains("--protocol"),
        "{err}"
    );
    assert!(!circle.data_dir().join("groups").join("big").exists());
    let ok = circle
        .cmd()
        .args(["group", "new", "Big", "--members", nine, "--protocol", "mastermind"])
        .output()
        .unwrap();
    assert!(ok.status.success());
}
