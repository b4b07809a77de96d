//! The languages the question coach understands, and what it knows of each: its
//! rule table, word classes, lead-ins and the labelled questions its fallback model
//! learns from. The machinery that reads a question is the same for every language.

use super::pattern::Classes;
use super::rules::Rule;

/// A language the question coach can judge questions in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CoachLanguage {
    English,
    German,
}

/// What the coach knows of one language.
pub(crate) struct Tables {
    pub rules: &'static [Rule],
    pub classes: Classes,
    /// Words that open a clause without changing what it asks ("and", "also").
    pub joiners: &'static [&'static str],
    /// Lead-ins that hedge without changing the question ("I think", "ich glaube").
    pub hedges: &'static [&'static [&'static str]],
    /// Real words one typo away from a question word: never "corrected".
    pub real_words: &'static [&'static str],
    /// Labelled `verdict<TAB>question` tables the fallback model is trained on.
    pub training: &'static [&'static str],
}

const ENGLISH: Tables = Tables {
    rules: super::rules::RULES,
    classes: super::pattern::CLASSES,
    joiners: super::words::JOINERS,
    hedges: super::words::HEDGES,
    real_words: super::words::REAL_WORDS,
    training: &[
        include_str!("../../../../tests/fixtures/questions/train.tsv"),
        include_str!("../../../../tests/fixtures/questions/second_author.tsv"),
    ],
};

/// Words an English question starts with: a W-word or a verb put first.
const ENGLISH_OPENERS: &[&str] = &[
    "what",
    "how",
    "why",
    "who",
    "whom",
    "whose",
    "where",
    "when",
    "which",
    "is",
    "are",
    "am",
    "was",
    "were",
    "do",
    "does",
    "did",
    "have",
    "has",
    "had",
    "can",
    "could",
    "will",
    "would",
    "should",
    "shall",
    "may",
    "might",
    "must",
    "isn't",
    "aren't",
    "wasn't",
    "weren't",
    "don't",
    "doesn't",
    "didn't",
    "haven't",
    "hasn't",
    "hadn't",
    "can't",
    "couldn't",
    "won't",
    "wouldn't",
    "shouldn't",
];

/// German W-words; a German yes/no question starts with its verb instead, which
/// the word classes `verb` and `modal` list.
const GERMAN_W_WORDS: &[&str] = &[
    "was",
    "wie",
    "warum",
    "wieso",
    "weshalb",
    "weswegen",
    "wer",
    "wen",
    "wem",
    "wessen",
    "wo",
    "wohin",
    "woher",
    "wann",
    "welche",
    "welcher",
    "welches",
    "welchen",
    "welchem",
    "woran",
    "worauf",
    "wofür",
    "womit",
    "wozu",
    "wodurch",
    "worüber",
    "worum",
    "wovor",
    "inwiefern",
    "inwieweit",
];

impl CoachLanguage {
    /// Whether a clause starting with `word` is put as a question: a sentence typed
    /// without "?" is still asked ("did your boss agree"), and a later part of a
    /// sentence counts as its own question only when it is one ("…, und was hat er
    /// gesagt?", not "…, wenn du kündigst?").
    pub(crate) fn opens_question(self, word: &str) -> bool {
        match self {
            CoachLanguage::English => ENGLISH_OPENERS.contains(&word),
            CoachLanguage::German => {
                GERMAN_W_WORDS.contains(&word)
                    || self
                        .tables()
                        .classes
                        .iter()
                        .filter(|(name, _)| *name == "verb" || *name == "modal")
                        .any(|(_, words)| words.contains(&word))
            }
        }
    }

    /// German puts the verb second in a question and last in an embedded clause:
    /// "was ist passiert" asks, "was die so zahlen" only reports a question.
    pub(crate) fn main_clause(self, first: &str, second: Option<&str>) -> bool {
        let w_word = GERMAN_W_WORDS.contains(&first) && !first.starts_with("welch");
        if self != CoachLanguage::German || !w_word {
            return true;
        }
        second.is_some_and(|w| {
            self.tables()
                .classes
                .iter()
                .filter(|(name, _)| *name == "verb" || *name == "modal")
                .any(|(_, words)| words.contains(&w))
                || [
                    "hat", "ist", "war", "wird", "kann", "soll", "muss", "will", "geht", "tust", "machst", "sagst",
                    "fühlst",
                ]
                .contains(&w)
        })
    }

    pub const ALL: [CoachLanguage; 2] = [CoachLanguage::English, CoachLanguage::German];

    /// The coach for text in the language `tag` names (`None`: English), if there is one.
    pub fn for_tag(tag: Option<&str>) -> Option<CoachLanguage> {
        let Some(tag) = tag else {
            return Some(CoachLanguage::English);
        };
        let primary = tag.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(CoachLanguage::English),
            "de" => Some(CoachLanguage::German),
            _ => None,
        }
    }

    pub(crate) fn index(self) -> usize {
        match self {
            CoachLanguage::English => 0,
            CoachLanguage::German => 1,
        }
    }

    pub(crate) fn tables(self) -> &'static Tables {
        match self {
            CoachLanguage::English => &ENGLISH,
            CoachLanguage::German => &super::german::GERMAN,
        }
    }
}
