//! The little pattern language of the rule table, so each rule reads as a phrase:
//!
//! - `why didn't|couldn't you` — words, `|` between alternatives;
//! - `ever?` — an optional word (or set of alternatives);
//! - `_` — any one word; `*` — any words, or none; `$` — the end of the clause;
//! - `{request}` — any word of a named word class (see `CLASSES`).

/// Words that share a role in a question, named in patterns as `{name}`.
pub(crate) const CLASSES: Classes = &[
    // Verbs that ask the presenter to talk: "Could you say more…" is an invitation.
    // (Verbs that need "me" or "us" to be a request, like "tell", are in the rules.)
    (
        "request",
        &[
            "say",
            "describe",
            "explain",
            "share",
            "expand",
            "elaborate",
            "clarify",
            "unpack",
            "outline",
            "recount",
            "paint",
            "sketch",
            "spell",
            "summarise",
            "summarize",
            "illustrate",
            "reflect",
            "speak",
            "paraphrase",
        ],
    ),
    // The same verbs as "-ing" forms: "Would you mind saying more?"
    (
        "requesting",
        &[
            "saying",
            "telling",
            "describing",
            "explaining",
            "sharing",
            "walking",
            "talking",
            "expanding",
            "elaborating",
            "unpacking",
            "going",
            "taking",
            "giving",
        ],
    ),
    // Verbs of seeing or recalling: "Can you see a way?" asks about ability, yes or no.
    (
        "mental",
        &[
            "think", "see", "imagine", "remember", "recall", "picture", "envision", "envisage", "be", "afford", "live",
            "handle", "manage", "cope", "trust", "feel", "sense", "hear",
        ],
    ),
    // Words that carry a verdict on the presenter's conduct.
    (
        "loaded",
        &[
            "fault",
            "blame",
            "mistake",
            "naive",
            "careless",
            "harsh",
            "overreacted",
            "overreact",
            "overreacting",
            "lazy",
            "rude",
            "selfish",
            "silly",
            "stupid",
            "foolish",
            "irresponsible",
            "unprofessional",
            "reckless",
            "sloppy",
            "weak",
            "dumb",
            "ridiculous",
            "childish",
            "unreasonable",
            "petty",
            "negligent",
        ],
    ),
    // What a suggestion promises: "Wouldn't a call clear this up?"
    (
        "remedy",
        &[
            "help", "clear", "solve", "fix", "sort", "work", "save", "ease", "resolve", "settle", "simplify", "speed",
            "calm", "improve",
        ],
    ),
    // Comparisons that carry the asker's preference: "Wouldn't it be easier…"
    (
        "better",
        &[
            "better", "easier", "simpler", "quicker", "faster", "smarter", "wiser", "wise", "best", "worth", "sense",
            "safer", "kinder", "fairer", "cheaper", "sensible", "good", "idea",
        ],
    ),
    // Verbs that open an instruction: "Try saying no once a day."
    (
        "imperative",
        &[
            "try",
            "stop",
            "start",
            "quit",
            "resign",
            "hire",
            "fire",
            "delegate",
            "escalate",
            "document",
            "schedule",
            "book",
            "block",
            "push",
            "negotiate",
            "ask",
            "call",
            "email",
            "text",
            "phone",
            "write",
            "send",
            "set",
            "get",
            "make",
            "find",
            "focus",
            "drop",
            "leave",
            "move",
            "apply",
            "invite",
            "raise",
            "sleep",
            "wait",
            "use",
            "join",
            "ignore",
            "accept",
            "contact",
            "reach",
            "plan",
            "prepare",
            "practise",
            "practice",
            "meet",
            "change",
            "ditch",
            "cut",
            "offer",
            "pick",
            "choose",
            "sign",
            "hand",
            "record",
            "keep",
            "bring",
            "check",
            "treat",
            "look",
            "buy",
            "sell",
            "pay",
            "learn",
            "read",
            "swap",
            "switch",
            "stand",
            "speak",
            "let",
            "forget",
            "consider",
        ],
    ),
];

/// Named word classes: `(name, words)`.
pub type Classes = &'static [(&'static str, &'static [&'static str])];

#[derive(Debug, Clone, PartialEq, Eq)]
enum Elem {
    Words {
        any_of: Vec<&'static str>,
        optional: bool,
    },
    Class {
        words: &'static [&'static str],
        optional: bool,
    },
    One,
    Many,
    End,
}

/// A compiled pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pattern {
    elems: Vec<Elem>,
}

impl Pattern {
    /// Compile a pattern over the English word classes.
    #[cfg(test)]
    pub fn compile(text: &'static str) -> Result<Pattern, String> {
        Pattern::compile_in(text, CLASSES)
    }

    /// Compile a pattern over a language's word classes; a typo in a table is a
    /// bug, caught by that table's test.
    pub fn compile_in(text: &'static str, classes: Classes) -> Result<Pattern, String> {
        let elems = text
            .split_whitespace()
            .map(|token| {
                let (body, optional) = match token.strip_suffix('?') {
                    Some(b) if !b.is_empty() => (b, true),
                    _ => (token, false),
                };
                Ok(match body {
                    "_" => Elem::One,
                    "*" => Elem::Many,
                    "$" => Elem::End,
                    _ if body.starts_with('{') => {
                        let name = body.trim_start_matches('{').trim_end_matches('}');
                        let words = classes
                            .iter()
                            .find(|(n, _)| *n == name)
                            .map(|(_, w)| *w)
                            .ok_or_else(|| format!("unknown word class {{{name}}} in {text:?}"))?;
                        Elem::Class { words, optional }
                    }
                    _ => Elem::Words {
                        any_of: body.split('|').collect(),
                        optional,
                    },
                })
            })
            .collect::<Result<Vec<_>, String>>()?;
        if elems.is_empty() {
            return Err("an empty pattern".into());
        }
        Ok(Pattern { elems })
    }

    /// The words a clause may start with for this pattern to match ("what", "why"…);
    /// empty when it starts with a class or a wildcard.
    pub fn first_words(&self) -> Vec<&'static str> {
        match self.elems.first() {
            Some(Elem::Words { any_of, .. }) => any_of.clone(),
            _ => Vec::new(),
        }
    }

    /// How many words of `words` (from the start) the pattern covers, if it matches.
    pub fn match_start(&self, words: &[&str]) -> Option<usize> {
        match_at(&self.elems, words, 0)
    }

    /// Whether the pattern matches starting at any word.
    pub fn match_anywhere(&self, words: &[&str]) -> bool {
        (0..words.len()).any(|i| match_at(&self.elems, &words[i..], 0).is_some())
    }
}

fn match_at(elems: &[Elem], words: &[&str], used: usize) -> Option<usize> {
    let Some((first, rest)) = elems.split_first() else {
        return Some(used);
    };
    match first {
        Elem::End => words.is_empty().then_some(used),
        Elem::One => words.split_first().and_then(|(_, w)| match_at(rest, w, used + 1)),
        Elem::Many => (0..=words.len()).find_map(|skip| match_at(rest, &words[skip..], used + skip)),
        Elem::Words { any_of, optional } => one_of(words, |w| any_of.contains(&w), *optional, rest, used),
        Elem::Class { words: class, optional } => one_of(words, |w| class.contains(&w), *optional, rest, used),
    }
}

fn one_of(words: &[&str], fits: impl Fn(&str) -> bool, optional: bool, rest: &[Elem], used: usize) -> Option<usize> {
    let taken = words
        .split_first()
        .filter(|(w, _)| fits(w))
        .and_then(|(_, tail)| match_at(rest, tail, used + 1));
    taken.or_else(|| if optional { match_at(rest, words, used) } else { None })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(t: &'static str) -> Pattern {
        Pattern::compile(t).unwrap()
    }

    #[test]
    fn words_alternatives_and_optional() {
        let have = p("have|did you ever? tried|try");
        assert_eq!(have.match_start(&["have", "you", "tried", "yoga"]), Some(3));
        assert_eq!(have.match_start(&["did", "you", "ever", "try", "it"]), Some(4));
        assert_eq!(have.match_start(&["what", "have", "you", "tried"]), None);
        assert!(have.match_anywhere(&["so", "have", "you", "tried"]));
    }

    #[test]
    fn wildcards_classes_and_end() {
        let blame = p("isn't|wasn't * {loaded}");
        assert!(blame.match_start(&["wasn't", "that", "a", "bit", "naive"]).is_some());
        assert!(blame.match_start(&["wasn't", "that", "fun"]).is_none());
        let said = p("how could you say that $");
        assert!(said.match_start(&["how", "could", "you", "say", "that"]).is_some());
        assert!(
            said.match_start(&["how", "could", "you", "say", "that", "better"])
                .is_none()
        );
        assert!(Pattern::compile("{nope}").is_err());
    }
}
