//! Text to words for the question classifier: normalising, splitting a note into
//! sentences and a sentence into clauses, and reading a misspelt leading word as the
//! question word it was meant to be. What differs between languages (lead-ins,
//! fillers, real words) comes in with the language's [`Tables`].

use super::language::Tables;

/// Straight apostrophes and single spaces; case is kept for rewordings.
pub fn tidy(text: &str) -> String {
    let straight = text.trim().replace(['\u{2019}', '\u{2018}', '`'], "'");
    straight.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// One word of a clause: `key` is what rules match (lowercase, contractions spelt
/// out, left-out apostrophes put back); `shown` is how the person wrote it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    pub key: String,
    pub shown: String,
}

/// The keys one written word stands for: "what's" is two, "didnt" is "didn't".
fn keys_of(lower: &str) -> Vec<&str> {
    let spelt: &str = match lower {
        "what's" | "whats" => "what is",
        "how's" | "hows" => "how is",
        "who's" => "who is",
        "where's" => "where is",
        "when's" => "when is",
        "why's" => "why is",
        "whyd" | "why'd" => "why did",
        "howd" | "how'd" => "how did",
        "whatd" | "what'd" => "what did",
        "didnt" => "didn't",
        "dont" => "don't",
        "doesnt" => "doesn't",
        "isnt" => "isn't",
        "arent" => "aren't",
        "wasnt" => "wasn't",
        "werent" => "weren't",
        "havent" => "haven't",
        "hasnt" => "hasn't",
        "hadnt" => "hadn't",
        "cant" => "can't",
        "couldnt" => "couldn't",
        "wouldnt" => "wouldn't",
        "shouldnt" => "shouldn't",
        "im" => "i'm",
        "ive" => "i've",
        "youve" => "you've",
        "youre" => "you're",
        "youd" => "you'd",
        "cannot" => "can't",
        other => other,
    };
    spelt.split(' ').collect()
}

/// One sentence of a note and whether it was asked (ends with a question mark).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub text: String,
    pub asked: bool,
}

/// Split tidied text into sentences at . ? ! and … followed by a space (or the
/// end). "e.g." and decimals stay whole because a sentence must end before a space.
pub fn sentences(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        current.push(c);
        let ends = matches!(c, '.' | '?' | '!' | '…');
        let at_break = chars.peek().is_none_or(|n| n.is_whitespace());
        if ends && at_break && !ends_in_abbreviation(&current) {
            push_sentence(&mut out, &current);
            current.clear();
        }
    }
    push_sentence(&mut out, &current);
    out
}

fn ends_in_abbreviation(text: &str) -> bool {
    let last = text.split_whitespace().last().unwrap_or("").to_lowercase();
    [
        "e.g.", "i.e.", "etc.", "mr.", "mrs.", "ms.", "dr.", "vs.", "z.b.", "bzw.", "usw.", "d.h.", "evtl.", "ggf.",
        "ca.", "u.a.", "frau", "herr", "hr.", "fr.", "bspw.",
    ]
    .contains(&last.as_str())
}

fn push_sentence(out: &mut Vec<Sentence>, raw: &str) {
    let text = raw.trim();
    if !text.chars().any(char::is_alphanumeric) {
        // A lone "?" after a sentence still asks it: "So you feel stuck ?"
        if text.contains('?')
            && let Some(last) = out.last_mut()
        {
            last.asked = true;
        }
        return;
    }
    let asked = text.trim_end_matches(['"', '\'', ')', ' ']).ends_with('?');
    out.push(Sentence {
        text: text.to_string(),
        asked,
    });
}

/// The words of a clause: letters, digits and inner apostrophes.
pub fn words(clause: &str) -> Vec<Word> {
    let mut out = Vec::new();
    for written in clause
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .map(|w| w.trim_matches('\''))
        .filter(|w| !w.is_empty())
    {
        let lower = written.to_lowercase();
        let keys = keys_of(&lower);
        let single = keys.len() == 1;
        out.extend(keys.into_iter().map(|k| Word {
            key: k.to_string(),
            shown: if single { written.to_string() } else { k.to_string() },
        }));
    }
    out
}

/// A sentence cut at , ; : dashes, brackets and quotes: a question often starts
/// after a lead-in ("Looking back, what…", "I'm curious: what…").
pub fn clauses(sentence: &str) -> Vec<Vec<Word>> {
    sentence
        .split([',', ';', ':', '—', '–', '(', ')', '"', '“', '”', '„'])
        .flat_map(|c| c.split(" - "))
        .map(words)
        .filter(|w| !w.is_empty())
        .collect()
}

/// Words that open a clause without changing what it asks: "And what…", "So how…".
pub(crate) const JOINERS: &[&str] = &[
    "and", "so", "but", "then", "now", "also", "well", "okay", "ok", "right", "um", "uh", "hmm", "yes", "yeah", "sure",
    "thanks", "great", "honestly", "really", "actually", "ah", "oh",
];

/// Lead-ins that hedge a question or a suggestion without changing it:
/// "I think you should…" is "you should…".
pub(crate) const HEDGES: &[&[&str]] = &[
    &["i", "think"],
    &["i", "guess"],
    &["i", "feel", "like"],
    &["i", "feel"],
    &["i", "mean"],
    &["to", "be", "honest"],
    &["out", "of", "interest"],
    &["just", "wondering"],
    &["quick", "question"],
];

/// Drop joiners and hedges from the start of a clause, but never every word: a
/// clause that is only "right" is a question ("…, right?").
pub fn strip_lead_in<'w>(words: &'w [Word], tables: &Tables) -> &'w [Word] {
    let mut rest = words;
    loop {
        if rest.len() > 1 && tables.joiners.contains(&rest[0].key.as_str()) {
            rest = &rest[1..];
            continue;
        }
        if let Some(h) = tables
            .hedges
            .iter()
            .find(|h| rest.len() > h.len() && rest.iter().zip(h.iter()).all(|(w, p)| w.key == *p))
        {
            rest = &rest[h.len()..];
            continue;
        }
        return rest;
    }
}

/// Whether a clause is only a filler ("right", "okay") that a later clause follows.
pub fn is_filler(words: &[Word], tables: &Tables) -> bool {
    words.len() == 1 && tables.joiners.contains(&words[0].key.as_str())
}

/// Real words that sit one typo away from a question word and often start a
/// sentence: never "corrected" ("That sounds hard." must not become "What…").
pub(crate) const REAL_WORDS: &[&str] = &[
    "that", "than", "then", "them", "they", "this", "thus", "chat", "hat", "now", "not", "nor", "new", "two", "too",
    "show", "shy", "low", "row", "cow", "wow", "how", "who", "why", "it", "in", "if", "as", "us", "so", "say", "day",
    "way", "your", "yours", "you're", "man", "ran", "can", "cat", "dad", "die", "did", "bid", "kid", "aid", "add",
    "odd", "here", "there", "wore", "well", "wall", "fill", "will", "hate", "gave", "save", "have", "hive", "were",
    "where", "when", "went", "want", "what", "wheat", "whet", "whit", "white", "while", "which", "witch", "whom",
    "whose", "does", "done", "dove", "doe", "are", "ate", "art", "arm", "ape", "age", "ask", "asked", "his", "has",
    "had", "hard", "head", "heard", "hold", "cold", "told", "sold", "gold", "could", "would", "should", "mould",
    "shoulder", "wood", "good", "one", "once", "see", "saw", "was", "war", "wan", "wax", "is", "its", "am", "an",
    "any", "my", "me", "we", "he", "she", "do", "to", "go", "no", "on", "of", "or", "our", "out", "own", "try", "tell",
    "let", "get",
];

/// The question word a misspelt leading word stands for, if one is a single edit
/// (a letter added, dropped, changed, or two swapped) away and the word is not a
/// real word in its own right. `known` lists the words rules start with, the
/// likeliest first.
pub fn mend_leading_word(word: &str, known: &[&'static str], real_words: &[&str]) -> Option<&'static str> {
    if word.chars().count() < 2 || known.contains(&word) || real_words.contains(&word) {
        return None;
    }
    // `known` lists question words first, so "wat" reads as "what", not "was".
    known
        .iter()
        .find(|k| k.chars().count() >= 3 && strsim::osa_distance(word, k) == 1)
        .copied()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::coach::CoachLanguage;

    #[test]
    fn sentences_split_at_terminal_marks() {
        let s = sentences("You mentioned feeling stuck. What does stuck feel like?");
        assert_eq!(s.len(), 2);
        assert!(!s[0].asked && s[1].asked);
        assert_eq!(sentences("e.g. this one? yes.").len(), 2);
    }

    #[test]
    fn contractions_and_missing_apostrophes() {
        let keys = |t: &str| words(t).into_iter().map(|w| w.key).collect::<Vec<_>>().join(" ");
        assert_eq!(keys("Why didnt you?"), "why didn't you");
        assert_eq!(keys("What's up"), "what is up");
        assert_eq!(keys("(Whyd you go?)"), "why did you go");
        assert_eq!(words("Tell HR")[1].shown, "HR");
    }

    #[test]
    fn leading_typos_mend_but_real_words_stay() {
        let known = ["what", "how", "who", "why", "have", "did"];
        let mend = |w: &str| mend_leading_word(w, &known, REAL_WORDS);
        assert_eq!(mend("waht"), Some("what"));
        assert_eq!(mend("hwo"), Some("how"));
        assert_eq!(mend("hvae"), Some("have"));
        assert_eq!(mend("dd"), Some("did"));
        assert_eq!(mend("that"), None);
        assert_eq!(mend("now"), None);
    }

    #[test]
    fn lead_ins_drop_but_a_lone_filler_stays() {
        let w = words("so i think you should go");
        let english = CoachLanguage::English.tables();
        assert_eq!(strip_lead_in(&w, english)[0].key, "you");
        let r = words("right");
        assert_eq!(strip_lead_in(&r, english), &r[..]);
    }
}
