//! The question classifier measured: held-out accuracy per class against the
//! floors the README states, the independent authors' set, the training table,
//! and the README's figures being the ones measured.

use circle::coach::Verdict;
use circle::coach::score::{Method, parse_table, score};

use crate::support::fixtures;

/// The floors the README states: below them the classifier has regressed.
const OVERALL_FLOOR: f64 = 0.90;
const CLASS_FLOOR: f64 = 0.85;

fn table(name: &str) -> Vec<(Verdict, String)> {
    let path = fixtures().join("questions").join(name);
    let text = std::fs::read_to_string(&path).unwrap();
    let rows = text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .count();
    let table = parse_table(&text);
    assert_eq!(
        table.len(),
        rows,
        "{}: every row is verdict<TAB>question",
        path.display()
    );
    table
}

/// Floors on the third author's set: below the same-author split's, because it is
/// other people's words. They sit under what was measured (87.5 % overall, no class
/// under 80 %), so a classifier that stops generalising fails here.
const INDEPENDENT_OVERALL_FLOOR: f64 = 0.85;
const INDEPENDENT_CLASS_FLOOR: f64 = 0.75;

#[test]
fn independent_authors_questions_meet_their_floor() {
    let set = table("independent.tsv");
    assert!(set.len() >= 150, "the independent set has {} questions", set.len());
    let s = score(&set, Method::Shipped);
    let report: Vec<String> = s
        .per_class
        .iter()
        .map(|(v, right, total)| format!("{} {right}/{total}", v.key()))
        .collect();
    assert!(
        s.overall() >= INDEPENDENT_OVERALL_FLOOR,
        "{:.3}: {report:?}",
        s.overall()
    );
    for v in Verdict::ALL {
        assert!(s.class(v) >= INDEPENDENT_CLASS_FLOOR, "{v:?}: {report:?}");
    }
    // The README reports these same figures.
    let readme = std::fs::read_to_string(crate::support::root().join("README.md")).unwrap();
    for (v, right, total) in &s.per_class {
        let row = format!("| {} | {right} / {total} | {:.1} % |", v.key(), s.class(*v) * 100.0);
        let section = readme.split("**By other people.**").nth(1).unwrap_or_default();
        assert!(section.contains(&row), "README's independent figures lack {row:?}");
    }
}

#[test]
fn held_out_accuracy_per_class_meets_the_floor() {
    let test = table("test.tsv");
    assert!(test.len() >= 100, "the held-out split has {} questions", test.len());
    let s = score(&test, Method::Shipped);
    let mut report = format!(
        "held-out: overall {}/{} = {:.1} %",
        s.right(),
        s.total(),
        s.overall() * 100.0
    );
    for (v, right, total) in &s.per_class {
        assert!(*total >= 20, "too few held-out {v:?} questions to measure: {total}");
        report.push_str(&format!(", {} {right}/{total} = {:.1} %", v.key(), s.class(*v) * 100.0));
    }
    println!("{report}");
    assert!(s.overall() >= OVERALL_FLOOR, "{report}");
    for v in Verdict::ALL {
        assert!(s.class(v) >= CLASS_FLOOR, "{v:?} below the floor: {report}");
    }
}

#[test]
fn the_training_table_is_large_varied_and_agreed_with() {
    let train = table("train.tsv");
    let test = table("test.tsv");
    assert!(train.len() + test.len() >= 300);
    for v in Verdict::ALL {
        assert!(
            train.iter().filter(|(t, _)| *t == v).count() >= 25,
            "too few {v:?} to learn from"
        );
    }
    let held: Vec<String> = test.iter().map(|(_, q)| q.to_lowercase()).collect();
    let leaked: Vec<&String> = train
        .iter()
        .map(|(_, q)| q)
        .filter(|q| held.contains(&q.to_lowercase()))
        .collect();
    assert!(
        leaked.is_empty(),
        "held-out questions in the training table: {leaked:?}"
    );
    let s = score(&train, Method::Shipped);
    let wrong: Vec<String> = s
        .misjudged
        .iter()
        .map(|(q, want, got)| format!("{q:?}: want {want:?}, got {got:?}"))
        .collect();
    assert!(
        wrong.is_empty(),
        "disagreements with the training table:\n{}",
        wrong.join("\n")
    );
}

/// The README states the held-out figures; they must be the ones measured.
#[test]
fn the_readme_states_the_measured_held_out_figures() {
    let readme = std::fs::read_to_string(crate::support::root().join("README.md")).unwrap();
    let s = score(&table("test.tsv"), Method::Shipped);
    for (v, right, total) in &s.per_class {
        let row = format!("| {} | {right} / {total} | {:.1} % |", v.key(), s.class(*v) * 100.0);
        assert!(readme.contains(&row), "README lacks {row:?}");
    }
    let overall = format!(
        "| **overall** | **{} / {}** | **{:.1} %** |",
        s.right(),
        s.total(),
        s.overall() * 100.0
    );
    assert!(readme.contains(&overall), "README lacks {overall:?}");
}
