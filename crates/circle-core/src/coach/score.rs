//! How well the classifier agrees with a labelled table: per-class accuracy, for the
//! held-out test, the README's figures and `cargo run --example question_accuracy`.

use super::bayes::{self, Model};
use super::{CoachLanguage, Fallback, Verdict, judge};

pub use super::bayes::parse_table;

/// Which classifier to score.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    /// The rules, and the model trained on the built-in training table (what circle does).
    Shipped,
    /// The rules alone.
    RulesOnly,
}

#[derive(Debug, Clone, Default)]
pub struct Score {
    /// (verdict, right, total), in `Verdict::ALL` order.
    pub per_class: Vec<(Verdict, usize, usize)>,
    /// (question, wanted, got) for every disagreement.
    pub misjudged: Vec<(String, Verdict, Verdict)>,
}

impl Score {
    pub fn right(&self) -> usize {
        self.per_class.iter().map(|c| c.1).sum()
    }

    pub fn total(&self) -> usize {
        self.per_class.iter().map(|c| c.2).sum()
    }

    pub fn overall(&self) -> f64 {
        ratio(self.right(), self.total())
    }

    pub fn class(&self, v: Verdict) -> f64 {
        self.per_class
            .iter()
            .find(|c| c.0 == v)
            .map_or(0.0, |c| ratio(c.1, c.2))
    }

    fn add(&mut self, question: &str, want: Verdict, got: Verdict) {
        if self.per_class.is_empty() {
            self.per_class = Verdict::ALL.iter().map(|&v| (v, 0, 0)).collect();
        }
        let c = self.per_class.iter_mut().find(|c| c.0 == want).expect("every verdict");
        c.2 += 1;
        if want == got {
            c.1 += 1;
        } else {
            self.misjudged.push((question.to_string(), want, got));
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

/// Score a method on a table of English questions.
pub fn score(table: &[(Verdict, String)], method: Method) -> Score {
    score_in(table, method, CoachLanguage::English)
}

/// Score a method on a table of questions in `lang`.
pub fn score_in(table: &[(Verdict, String)], method: Method, lang: CoachLanguage) -> Score {
    let fallback = match method {
        Method::Shipped => Fallback::Model(bayes::model(lang)),
        Method::RulesOnly => Fallback::Plain,
    };
    let mut s = Score::default();
    for (want, q) in table {
        s.add(q, *want, judge(q, lang, fallback).verdict);
    }
    s
}

/// Rules with a model refitted without each fold in turn: an estimate of what the
/// model adds, from the training table alone.
pub fn cross_validate(table: &[(Verdict, String)], folds: usize) -> Score {
    let mut s = Score::default();
    for fold in 0..folds.max(2) {
        let rest = table
            .iter()
            .enumerate()
            .filter(|(i, _)| i % folds != fold)
            .map(|(_, (v, q))| (*v, q.as_str()));
        let model = Model::train(rest);
        for (_, (want, q)) in table.iter().enumerate().filter(|(i, _)| i % folds == fold) {
            s.add(
                q,
                *want,
                judge(q, CoachLanguage::English, Fallback::Model(&model)).verdict,
            );
        }
    }
    s
}
