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
mod topic;
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
    /// The whole clause the verdict is about, as written: where the topic is.
    pub clause: Vec<String>,
    pub lang: CoachLanguage,
    /// An open question asked after the advice: the one to keep.
    pub keep: Option<String>,
}

impl Judgement {
    fn plain(verdict: Verdict, basis: Basis, asked: bool, reword: Reword, lang: CoachLanguage) -> Judgement {
        Judgement {
            verdict,
            basis,
            asked,
            reword,
            rest: Vec::new(),
            clause: Vec::new(),
            lang,
            keep: None,
        }
    }
}

/// What decides when no rule fits.
#[derive(Clone, Copy)]
pub(crate) enum Fallback<'a> {
    Model(&'a bayes::Model),
    /// Rules alone: asked → closed, stated → not a question yet.
    Plain,
}

fn judge(question: &str, lang: CoachLanguage, fallback: Fallback) -> Judgement {
    let mut sentences = words::sentences(&words::tidy(question));
    // Typed fast, without "?": a sentence put as a question is still asked.
    for s in &mut sentences {
        let bare = !s.text.trim_end().ends_with(['.', '!', '…']);
        if !s.asked && bare && opens_question(&words::words(&s.text), lang) {
            s.asked = true;
        }
    }
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
        Some((Some(j), s)) => {
            let mut j = j.clone();
            // "If I were you I'd … What's stopping you?": the question after the
            // advice is worth keeping on its own.
            if j.verdict == Verdict::Advice {
                let at = sentences.iter().position(|x| std::ptr::eq(x, *s)).unwrap_or(0);
                j.keep = judged[at + 1..]
                    .iter()
                    .find(|(k, x)| x.asked && k.as_ref().is_some_and(|k| k.verdict == Verdict::Open))
                    .map(|(_, x)| x.text.trim().to_string());
            }
            j
        }
        Some((None, s)) => match fallback {
            Fallback::Model(model) => by_model(model, s, lang),
            Fallback::Plain => Judgement::plain(Verdict::Closed, Basis::Rule, s.asked, Reword::None, lang),
        },
        None => Judgement::plain(Verdict::Closed, Basis::Rule, false, Reword::None, lang),
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
    let shown: Vec<String> = clauses.iter().flatten().map(|w| w.shown.clone()).collect();
    let found = |rule: &Rule, rest: Vec<String>, clause: Vec<String>| Judgement {
        rest,
        clause,
        ..Judgement::plain(rule.verdict, Basis::Rule, sentence.asked, rule.reword, lang)
    };
    if let Some((_, rule)) = table
        .rules
        .iter()
        .find(|(p, r)| r.at == At::Anywhere && p.match_anywhere(&every))
    {
        return Some(found(rule, Vec::new(), shown));
    }
    // Each clause's own verdict. In a two-part question the later part is the one
    // answered ("Did it work, and what did you notice?"), unless an earlier part
    // blames; a tag ("…, right?") is too short to count as a part.
    let mut judged: Vec<Judgement> = Vec::new();
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
        let first = table
            .rules
            .iter()
            .filter(|(_, r)| r.at == At::Start)
            .find_map(|(pattern, rule)| pattern.match_start(&keys).map(|used| (rule, used)));
        let part = judged.is_empty() || (keys.len() >= 3 && opens_question(clauses[i].as_slice(), lang));
        if let Some((rule, used)) = first
            && part
        {
            let rest = clause[used..].iter().map(|w| w.shown.clone()).collect();
            // The topic may come after the clause: "Hast du überlegt, den Bericht …"
            let onward = clause.iter().chain(clauses[i + 1..].iter().flatten());
            judged.push(found(rule, rest, onward.map(|w| w.shown.clone()).collect()));
        }
    }
    // Blame anywhere is what the question does; an open part is not closed by a
    // closed one after it ("Where do you have room, and where is your limit?").
    let blame = judged.iter().position(|j| j.verdict == Verdict::Judgemental);
    let last = judged.last().map(|j| j.verdict);
    let open = judged.iter().position(|j| j.verdict == Verdict::Open);
    match (blame, last, open) {
        (Some(i), _, _) => Some(judged.swap_remove(i)),
        (None, Some(Verdict::Closed), Some(i)) => Some(judged.swap_remove(i)),
        _ => judged.pop(),
    }
}

/// Whether words put a question: the first after "and", "und"… opens one.
fn opens_question(words: &[words::Word], lang: CoachLanguage) -> bool {
    const LINKS: &[&str] = &["and", "but", "or", "so", "und", "aber", "oder", "also"];
    let mut keys = words.iter().map(|w| w.key.as_str()).skip_while(|w| LINKS.contains(w));
    let (Some(first), second) = (keys.next(), keys.next()) else {
        return false;
    };
    lang.opens_question(first) && lang.main_clause(first, second)
}

/// No rule knows the sentence: the statistical model decides.
fn by_model(model: &bayes::Model, sentence: &Sentence, lang: CoachLanguage) -> Judgement {
    let words = words::words(&sentence.text);
    let keys: Vec<String> = words.iter().map(|w| w.key.clone()).collect();
    Judgement {
        clause: words.into_iter().map(|w| w.shown).collect(),
        ..Judgement::plain(
            model.classify(&keys, sentence.asked),
            Basis::Model,
            sentence.asked,
            Reword::General,
            lang,
        )
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
