//! Question coaching: is a question open (powerful), closed (yes/no), or advice in
//! disguise? The rules are one table, read top to bottom; the first that matches wins.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    Open,
    Closed,
    Advice,
}

impl Verdict {
    pub fn key(self) -> &'static str {
        match self {
            Verdict::Open => "open",
            Verdict::Closed => "closed",
            Verdict::Advice => "advice",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Check {
    pub question: String,
    pub verdict: Verdict,
    pub hint: String,
}

/// Where a rule's phrases must appear.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum At {
    /// Anywhere in the text.
    Anywhere,
    /// At the start of the question or of a clause (after , ; : — or -).
    ClauseStart,
}

struct Rule {
    verdict: Verdict,
    at: At,
    phrases: &'static [&'static str],
    hint: &'static str,
}

const ADVICE_HINT: &str = "Advice in disguise: it carries your answer. Ask for theirs: \
\"What options do you see?\" or \"What have you already tried?\"";
const CLOSED_HINT: &str = "Closed: it invites a yes or a no. Open it up: \"What …?\" or \"How might you …?\" \
(\"Did you talk to him?\" → \"What conversations could you have with him?\")";
const STATEMENT_HINT: &str = "Not a question yet. Turn it into one that starts with what or how: \
\"What makes this matter to you?\"";
const OPEN_HINT: &str = "Open: it leaves the answer to the presenter.";

/// The rules, in order. Phrases are lowercase and matched on whole words.
const RULES: &[Rule] = &[
    Rule {
        verdict: Verdict::Advice,
        at: At::Anywhere,
        phrases: &[
            "if i were you",
            "if i was you",
            "why don't you",
            "why not just",
            "why not try",
            "have you tried",
            "have you ever tried",
            "did you try",
            "have you thought about",
            "have you considered",
            "did you consider",
            "you should",
            "you ought to",
            "you need to",
            "you must",
            "you could just",
            "what if you just",
            "wouldn't it be better",
            "would it not be better",
            "shouldn't you",
            "couldn't you just",
            "could you try",
            "my advice",
            "i would just",
            "i'd suggest",
            "i suggest",
            "i recommend",
            "in your shoes",
            "what i would do",
            "what i did was",
        ],
        hint: ADVICE_HINT,
    },
    Rule {
        verdict: Verdict::Open,
        at: At::ClauseStart,
        phrases: &[
            "what",
            "how",
            "which",
            "who",
            "whom",
            "whose",
            "where",
            "when",
            "why",
            "in what way",
            "to what extent",
            "tell me",
            "describe",
            "say more",
            "walk me through",
            "imagine",
            "suppose",
            "help me understand",
        ],
        hint: OPEN_HINT,
    },
    Rule {
        verdict: Verdict::Closed,
        at: At::ClauseStart,
        phrases: &[
            "is", "are", "am", "was", "were", "do", "does", "did", "have", "has", "had", "can", "could", "will",
            "would", "should", "shall", "may", "might", "must", "isn't", "aren't", "wasn't", "weren't", "don't",
            "doesn't", "didn't", "haven't", "hasn't", "hadn't", "can't", "cannot", "couldn't", "won't", "wouldn't",
            "right", "ok", "okay",
        ],
        hint: CLOSED_HINT,
    },
];

/// Classify one question and say how to open it up.
pub fn check(question: &str) -> Check {
    let text = normalise(question);
    let verdict_hint = classify(&text);
    Check {
        question: question.trim().to_string(),
        verdict: verdict_hint.0,
        hint: verdict_hint.1.to_string(),
    }
}

fn classify(text: &str) -> (Verdict, &'static str) {
    if let Some(rule) = RULES
        .iter()
        .find(|r| r.at == At::Anywhere && r.phrases.iter().any(|p| has_phrase(text, p)))
    {
        return (rule.verdict, rule.hint);
    }
    // The earliest clause that starts with a question word decides.
    for clause in clauses(text) {
        for rule in RULES.iter().filter(|r| r.at == At::ClauseStart) {
            if rule.phrases.iter().any(|p| starts_with_phrase(clause, p)) {
                return (rule.verdict, rule.hint);
            }
        }
    }
    if text.ends_with('?') {
        // "So you feel stuck?": a statement asked, answered with yes or no.
        (Verdict::Closed, CLOSED_HINT)
    } else {
        (Verdict::Closed, STATEMENT_HINT)
    }
}

/// Lowercase, with curly apostrophes made straight and spaces collapsed.
fn normalise(text: &str) -> String {
    let lower = text.trim().to_lowercase().replace(['\u{2019}', '\u{2018}'], "'");
    lower.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn clauses(text: &str) -> impl Iterator<Item = &str> {
    text.split([',', ';', ':', '—', '–', '(', '"', '“'])
        .flat_map(|c| c.split(" - "))
        .map(|c| c.trim_start_matches(|ch: char| !ch.is_alphanumeric()))
        .filter(|c| !c.is_empty())
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '\''
}

fn starts_with_phrase(clause: &str, phrase: &str) -> bool {
    // "and what…", "so how…", "but is…": a leading joiner does not change the question.
    let clause = ["and ", "so ", "but ", "then ", "now ", "also ", "and so "]
        .iter()
        .find_map(|j| clause.strip_prefix(j))
        .unwrap_or(clause);
    // A contraction still starts with the word: "what's", "who'd".
    clause
        .strip_prefix(phrase)
        .is_some_and(|rest| rest.starts_with('\'') || !rest.starts_with(is_word_char))
}

fn has_phrase(text: &str, phrase: &str) -> bool {
    text.match_indices(phrase).any(|(i, _)| {
        let before_ok = text[..i].chars().next_back().is_none_or(|c| !is_word_char(c));
        let after_ok = !text[i + phrase.len()..].starts_with(is_word_char);
        before_ok && after_ok
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_words_only() {
        assert!(!has_phrase("whatever you shoulder", "you should"));
        assert!(has_phrase("so, you should go", "you should"));
        assert!(!starts_with_phrase("isolate it", "is"));
    }
}
