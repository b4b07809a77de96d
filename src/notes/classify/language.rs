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
        include_str!("../../../tests/fixtures/questions/train.tsv"),
        include_str!("../../../tests/fixtures/questions/second_author.tsv"),
    ],
};

impl CoachLanguage {
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
