//! Question coaching: is a question open (powerful), closed (yes/no or one fact),
//! advice in disguise, or judgemental? The note is split into sentences and the
//! question in it is judged by its shape: a table of rules (`rules.rs`), read top to
//! bottom, over clause starts with typo-tolerant leading words. When no rule
//! recognises the question, a naive-Bayes model over word n-grams, trained on the
//! labelled table when circle is built, has the last word (`bayes.rs`).

mod bayes;
mod german;
mod hint;
mod language;
mod pattern;
mod rules;
pub mod score;
mod words;

pub use language::CoachLanguage;

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use pattern::Pattern;
use rules::{At, Reword, Rule};
use words::Sentence;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    Open,
    Closed,
    Advice,
    Judgemental,
}

impl Verdict {
    pub const ALL: [Verdict; 4] = [Verdict::Open, Verdict::Closed, Verdict::Advice, Verdict::Judgemental];

    pub fn key(self) -> &'static str {
        match self {
            Verdict::Open => "open",
            Verdict::Closed => "closed",
            Verdict::Advice => "advice",
            Verdict::Judgemental => "judgemental",
        }
    }

    pub fn from_key(key: &str) -> Option<Verdict> {
        Verdict::ALL.into_iter().find(|v| v.key() == key)
    }
}

/// What the questions of a phase are for. In a clarifying phase a closed question
/// that pins down a fact ("Is your manager aware?") is what is wanted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Purpose {
    #[default]
    Explore,
    Clarify,
}

/// What decided a verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Basis {
    /// A rule of the table recognised the question's shape.
    Rule,
    /// No rule fitted; the naive-Bayes model trained on the labelled table chose.
    Model,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Check {
    pub question: String,
    pub verdict: Verdict,
    pub hint: String,
    /// True when the question needs no correction in the phase it was asked in.
    pub fine: bool,
    pub basis: Basis,
}

impl Check {
    /// The hint to show the group, if the question needs one.
    pub fn correction(&self) -> Option<&str> {
        (!self.fine).then_some(self.hint.as_str())
    }
}

/// Classify one question as if asked while exploring (powerful questions).
pub fn check(question: &str) -> Check {
    check_for(question, Purpose::Explore)
}

/// Classify one English question asked in a phase with the given purpose.
pub fn check_for(question: &str, purpose: Purpose) -> Check {
    check_in(question, purpose, CoachLanguage::English)
}

/// Classify one question in `lang`, asked in a phase with the given purpose.
pub fn check_in(question: &str, purpose: Purpose, lang: CoachLanguage) -> Check {
    let judged = judge(question, lang, Fallback::Model(bayes::model(lang)));
    let fine = match judged.verdict {
        Verdict::Open => true,
        Verdict::Closed => purpose == Purpose::Clarify && judged.asked,
        Verdict::Advice | Verdict::Judgemental => false,
    };
    Check {
        question: question.trim().to_string(),
        verdict: judged.verdict,
        hint: hint::for_judgement(&judged, purpose),
        fine,
        basis: judged.basis,
    }
}

/// The verdict on one note and what the hint needs to know about it.
#[derive(Debug, Clone)]
pub(crate) struct Judgement {
    pub verdict: Verdict,
    pub basis: Basis,
    /// Whether the judged sentence was asked as a question.
    pub asked: bool,
    pub reword: Reword,
    /// The words after the part a rule matched, as written: "tell him sooner".
    pub rest: Vec<String>,
}

/// What decides when no rule fits.
#[derive(Clone, Copy)]
pub(crate) enum Fallback<'a> {
    Model(&'a bayes::Model),
    /// Rules alone: asked → closed, stated → not a question yet.
    Plain,
}

fn judge(question: &str, lang: CoachLanguage, fallback: Fallback) -> Judgement {
    let sentences = words::sentences(&words::tidy(question));
    let judged: Vec<(Option<Judgement>, &Sentence)> = sentences.iter().map(|s| (by_rules(s, lang), s)).collect();
    // Advice or blame anywhere in a note is what the note does, whatever surrounds it.
    let pick = judged
        .iter()
        .find(|(j, _)| {
            j.as_ref()
                .is_some_and(|j| matches!(j.verdict, Verdict::Advice | Verdict::Judgemental))
        })
        // Otherwise the question asked last is the one the presenter answers…
        .or_else(|| judged.iter().rev().find(|(_, s)| s.asked))
        // …and with no question mark, a request ("Tell me more.") or the first sentence.
        .or_else(|| {
            judged
                .iter()
                .find(|(j, _)| j.as_ref().is_some_and(|j| j.verdict == Verdict::Open))
        })
        .or_else(|| judged.first());
    match pick {
        Some((Some(j), _)) => j.clone(),
        Some((None, s)) => match fallback {
            Fallback::Model(model) => by_model(model, s),
            Fallback::Plain => Judgement {
                verdict: Verdict::Closed,
                basis: Basis::Rule,
                asked: s.asked,
                reword: Reword::None,
                rest: Vec::new(),
            },
        },
        None => Judgement {
            verdict: Verdict::Closed,
            basis: Basis::Rule,
            asked: false,
            reword: Reword::None,
            rest: Vec::new(),
        },
    }
}

struct Compiled {
    rules: Vec<(Pattern, &'static Rule)>,
    /// Words rules start with, in table order: what a misspelt leading word may be.
    heads: Vec<&'static str>,
    /// Every word of the language's word classes: real words, never typos. German
    /// inflects ("könnten", "könnte"), so a known form must not be "mended" into another.
    known: std::collections::HashSet<&'static str>,
}

fn compiled(lang: CoachLanguage) -> &'static Compiled {
    static COMPILED: [OnceLock<Compiled>; 2] = [OnceLock::new(), OnceLock::new()];
    COMPILED[lang.index()].get_or_init(|| {
        let tables = lang.tables();
        let rules: Vec<(Pattern, &'static Rule)> = tables
            .rules
            .iter()
            .map(|r| {
                (
                    Pattern::compile_in(r.pattern, tables.classes).unwrap_or_else(|e| panic!("rule table: {e}")),
                    r,
                )
            })
            .collect();
        let mut heads: Vec<&'static str> = Vec::new();
        for (p, r) in &rules {
            if r.at == At::Start {
                for w in p.first_words() {
                    if !heads.contains(&w) {
                        heads.push(w);
                    }
                }
            }
        }
        let known = tables
            .classes
            .iter()
            .flat_map(|(_, words)| words.iter().copied())
            .collect();
        Compiled { rules, heads, known }
    })
}

/// The first rule that fits the sentence, if any.
fn by_rules(sentence: &Sentence, lang: CoachLanguage) -> Option<Judgement> {
    let table = compiled(lang);
    let tables = lang.tables();
    let clauses = words::clauses(&sentence.text);
    let every: Vec<&str> = clauses.iter().flatten().map(|w| w.key.as_str()).collect();
    let found = |rule: &Rule, rest: Vec<String>| Judgement {
        verdict: rule.verdict,
        basis: Basis::Rule,
        asked: sentence.asked,
        reword: rule.reword,
        rest,
    };
    if let Some((_, rule)) = table
        .rules
        .iter()
        .find(|(p, r)| r.at == At::Anywhere && p.match_anywhere(&every))
    {
        return Some(found(rule, Vec::new()));
    }
    for (i, clause) in clauses.iter().enumerate() {
        if words::is_filler(clause, tables) && i + 1 < clauses.len() {
            continue;
        }
        let clause = words::strip_lead_in(clause, tables);
        let mut keys: Vec<&str> = clause.iter().map(|w| w.key.as_str()).collect();
        if let Some(meant) = keys
            .first()
            .filter(|w| !table.known.contains(**w))
            .and_then(|w| words::mend_leading_word(w, &table.heads, tables.real_words))
        {
            keys[0] = meant;
        }
        for (pattern, rule) in table.rules.iter().filter(|(_, r)| r.at == At::Start) {
            if let Some(used) = pattern.match_start(&keys) {
                let rest = clause[used..].iter().map(|w| w.shown.clone()).collect();
                return Some(found(rule, rest));
            }
        }
    }
    None
}

/// No rule knows the sentence: the statistical model decides.
fn by_model(model: &bayes::Model, sentence: &Sentence) -> Judgement {
    let keys: Vec<String> = words::words(&sentence.text).into_iter().map(|w| w.key).collect();
    Judgement {
        verdict: model.classify(&keys, sentence.asked),
        basis: Basis::Model,
        asked: sentence.asked,
        reword: Reword::General,
        rest: Vec::new(),
    }
}

/// The sentence of a note the verdict is about, as words: what the model learns from.
pub(crate) fn judged_words(question: &str) -> (Vec<String>, bool) {
    let sentences = words::sentences(&words::tidy(question));
    let s = sentences.iter().rev().find(|s| s.asked).or_else(|| sentences.first());
    match s {
        Some(s) => (words::words(&s.text).into_iter().map(|w| w.key).collect(), s.asked),
        None => (Vec::new(), false),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_compiles() {
        for lang in CoachLanguage::ALL {
            assert_eq!(compiled(lang).rules.len(), lang.tables().rules.len());
        }
        assert!(compiled(CoachLanguage::English).heads.contains(&"what"));
        assert!(compiled(CoachLanguage::German).heads.contains(&"was"));
    }
}
