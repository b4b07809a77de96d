//! What a question is about, in the person's own words: the first noun phrase of
//! the clause ("delegating the report to Sam" → "the report"), so that a hint can
//! offer a question about the same thing ("What options do you see for the
//! report?"). A determiner starts the phrase; a preposition, a conjunction or a
//! verb-like word ends it.

use super::CoachLanguage;

const EN_DETERMINERS: &[&str] = &[
    "the", "your", "a", "an", "this", "these", "those", "his", "her", "their", "our",
];
const EN_STOPS: &[&str] = &[
    "to", "that", "with", "for", "about", "on", "in", "at", "by", "from", "of", "and", "or", "so", "if", "because",
    "before", "after", "first", "instead", "directly", "again", "now", "is", "are", "was", "were", "would", "could",
    "will", "might", "you", "you're", "doesn't", "don't", "isn't", "right", "too", "more", "less", "than",
];
const DE_DETERMINERS: &[&str] = &[
    "der", "die", "das", "den", "dem", "des", "dein", "deine", "deinen", "deinem", "deiner", "ein", "eine", "einen",
    "einem", "einer", "euer", "eure", "euren", "ihr", "ihre", "ihren", "ihrem",
];
const DE_STOPS: &[&str] = &[
    "an", "mit", "für", "zu", "bei", "von", "auf", "in", "im", "und", "oder", "nicht", "einfach", "mal", "doch",
    "dass", "ob", "wenn", "aus", "über", "vor", "nach", "ab", "um", "gleich", "erst", "noch", "direkt", "selbst",
];

/// The first noun phrase in `words`, at most four words, if there is one.
pub fn noun_phrase(words: &[String], lang: CoachLanguage) -> Option<String> {
    let (dets, stops) = match lang {
        CoachLanguage::English => (EN_DETERMINERS, EN_STOPS),
        CoachLanguage::German => (DE_DETERMINERS, DE_STOPS),
    };
    let key = |w: &String| w.to_lowercase();
    let start = words.iter().position(|w| dets.contains(&key(w).as_str()))?;
    let phrase: Vec<&str> = words[start..]
        .iter()
        .enumerate()
        .take_while(|(i, w)| *i == 0 || !stops.contains(&key(w).as_str()))
        .take(4)
        .map(|(_, w)| w.as_str())
        .collect();
    // A determiner alone names nothing; a German phrase ends before its verb,
    // which is the clause's last word.
    let phrase = match lang {
        CoachLanguage::German if start + phrase.len() == words.len() && phrase.len() > 2 => &phrase[..phrase.len() - 1],
        _ => &phrase[..],
    };
    (phrase.len() > 1).then(|| phrase.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn np(text: &str, lang: CoachLanguage) -> Option<String> {
        let words: Vec<String> = text.split(' ').map(str::to_string).collect();
        noun_phrase(&words, lang)
    }

    #[test]
    fn the_topic_is_the_first_noun_phrase() {
        use CoachLanguage::{English, German};
        assert_eq!(
            np("delegating the report to Sam", English).as_deref(),
            Some("the report")
        );
        assert_eq!(
            np("Isn't the real problem that you", English).as_deref(),
            Some("the real problem")
        );
        assert_eq!(np("going part-time", English), None);
        assert_eq!(
            np("du die Aufgabe an Sam abgibst", German).as_deref(),
            Some("die Aufgabe")
        );
        assert_eq!(np("den Bericht zu delegieren", German).as_deref(), Some("den Bericht"));
        assert_eq!(np("du einen Coach nimmst", German).as_deref(), Some("einen Coach"));
    }
}
