//! Per-class accuracy of the question classifier on the labelled tables:
//! `cargo run --example question_accuracy` (add `--train` to list the training
//! questions it gets wrong; the held-out ones are never listed, so nobody tunes on them).
//! The German independent set is scored only with `--independent`, and never listed.

use circle::coach::score::{Method, Score, cross_validate, parse_table, score, score_in};
use circle::coach::{CoachLanguage, Verdict};

fn table(name: &str) -> Vec<(Verdict, String)> {
    let path = format!("{}/tests/fixtures/questions/{name}", env!("CARGO_MANIFEST_DIR"));
    parse_table(&std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}")))
}

fn line(label: &str, s: &Score) {
    let classes: Vec<String> = s
        .per_class
        .iter()
        .map(|(v, right, total)| format!("{} {right}/{total} ({:.1} %)", v.key(), s.class(*v) * 100.0))
        .collect();
    println!(
        "{label:<28} overall {}/{} ({:.1} %)  {}",
        s.right(),
        s.total(),
        s.overall() * 100.0,
        classes.join("  ")
    );
}

fn main() {
    let list_train = std::env::args().any(|a| a == "--train");
    let train = table("train.tsv");
    let test = table("test.tsv");
    let shipped = score(&train, Method::Shipped);
    line("train, rules + model", &shipped);
    line("train, rules only", &score(&train, Method::RulesOnly));
    line("train, 10-fold (model)", &cross_validate(&train, 10));
    line("held-out, rules + model", &score(&test, Method::Shipped));
    line("held-out, rules only", &score(&test, Method::RulesOnly));
    line(
        "second author (dev set)",
        &score(&table("second_author.tsv"), Method::Shipped),
    );
    line("independent author", &score(&table("independent.tsv"), Method::Shipped));
    let german = CoachLanguage::German;
    let dev = table("de_dev.tsv");
    let dev_rules = score_in(&dev, Method::RulesOnly, german);
    line(
        "German dev (A), rules + model",
        &score_in(&dev, Method::Shipped, german),
    );
    line("German dev (A), rules only", &dev_rules);
    let dev_c = score_in(&table("de_dev_c.tsv"), Method::RulesOnly, german);
    line("German dev (C), rules only", &dev_c);
    // Issue 20's dev sets (listed with --dev) and frozen splits (scored, never
    // listed, never tuned on).
    if std::env::args().any(|a| a == "--dev") {
        for (file, lang) in [
            ("train.tsv", CoachLanguage::English),
            ("second_author.tsv", CoachLanguage::English),
            ("de_dev.tsv", german),
            ("de_dev_c.tsv", german),
        ] {
            for (q, want, got) in &score_in(&table(file), Method::Shipped, lang).misjudged {
                println!("    {file}: {q}: want {}, got {}", want.key(), got.key());
            }
        }
    }
    let dev20 = [
        ("issue 20 dev, English", "dev_issue20_en.tsv", CoachLanguage::English),
        ("issue 20 dev, German", "dev_issue20_de.tsv", german),
    ];
    for (label, file, lang) in dev20 {
        let s = score_in(&table(file), Method::Shipped, lang);
        line(label, &s);
        if std::env::args().any(|a| a == "--dev") {
            for (q, want, got) in &s.misjudged {
                println!("    {q}: want {}, got {}", want.key(), got.key());
            }
        }
    }
    // Issue 20's frozen splits: scored, never listed, never tuned on.
    line(
        "frozen (issue 20), English",
        &score(&table("frozen_en.tsv"), Method::Shipped),
    );
    line(
        "frozen (issue 20), German",
        &score_in(&table("frozen_de.tsv"), Method::Shipped, german),
    );
    if std::env::args().any(|a| a == "--independent") {
        line(
            "German independent (B)",
            &score_in(&table("de_independent.tsv"), Method::Shipped, german),
        );
    }
    if list_train {
        for (q, want, got) in &shipped.misjudged {
            println!("  train: want {:<11} got {:<11} {q}", want.key(), got.key());
        }
        for (q, want, got) in dev_rules.misjudged.iter().chain(&dev_c.misjudged) {
            println!("  German dev: want {:<11} got {:<11} {q}", want.key(), got.key());
        }
    }
}
