//! The question classifier against a labelled table, and `circle questions check`.

use circle::notes::classify::{Verdict, check};
use serde_json::Value;

use crate::support::{Circle, fixtures};

fn table() -> Vec<(Verdict, String)> {
    let text = std::fs::read_to_string(fixtures().join("questions.tsv")).unwrap();
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let (verdict, q) = l.split_once('\t').expect("verdict<TAB>question");
            let v = match verdict {
                "open" => Verdict::Open,
                "closed" => Verdict::Closed,
                "advice" => Verdict::Advice,
                other => panic!("unknown verdict {other}"),
            };
            (v, q.to_string())
        })
        .collect()
}

#[test]
fn agrees_with_the_labelled_table() {
    let table = table();
    assert!(table.len() >= 60, "the table has {} questions", table.len());
    for v in [Verdict::Open, Verdict::Closed, Verdict::Advice] {
        assert!(
            table.iter().filter(|(t, _)| *t == v).count() >= 15,
            "too few {v:?} examples"
        );
    }
    let wrong: Vec<String> = table
        .iter()
        .filter_map(|(want, q)| {
            let got = check(q).verdict;
            (got != *want).then(|| format!("{q:?}: want {want:?}, got {got:?}"))
        })
        .collect();
    assert!(wrong.is_empty(), "disagreements:\n{}", wrong.join("\n"));
}

#[test]
fn hints_suggest_an_open_rewording() {
    let closed = check("Did you talk to him?");
    assert!(
        closed.hint.contains("What") && closed.hint.contains("How"),
        "{}",
        closed.hint
    );
    let advice = check("Have you tried yoga?");
    assert!(advice.hint.contains("What options"), "{}", advice.hint);
}

#[test]
fn the_command_line_checks_questions_as_json() {
    let circle = Circle::new();
    let out = circle
        .cmd()
        .args([
            "questions",
            "check",
            "Did you talk to him?",
            "What matters most?",
            "Why don't you quit?",
        ])
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let verdicts: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["verdict"].as_str().unwrap())
        .collect();
    assert_eq!(verdicts, ["closed", "open", "advice"]);
    assert_eq!(v[0]["question"], "Did you talk to him?");
    assert!(v[0]["hint"].as_str().unwrap().len() > 10);

    let text = circle
        .cmd()
        .args(["questions", "check", "Is it late?"])
        .output()
        .unwrap();
    let s = String::from_utf8(text.stdout).unwrap();
    assert!(s.starts_with("closed") && s.contains("Open it up"), "{s}");
}
