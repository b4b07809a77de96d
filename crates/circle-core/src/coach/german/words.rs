//! German lead-ins, fillers and the short real words that a leading-word typo
//! must never be "corrected" from.

/// Words that open a clause without changing what it asks: "Und was …", "Also wie …".
pub(crate) const JOINERS: &[&str] = &[
    "und",
    "also",
    "aber",
    "dann",
    "jetzt",
    "nun",
    "na",
    "naja",
    "ja",
    "gut",
    "okay",
    "ok",
    "hm",
    "hmm",
    "ähm",
    "äh",
    "ehrlich",
    "übrigens",
    "noch",
    "oder",
    "danke",
    "spannend",
    "verstehe",
    "aha",
    "ach",
    "oh",
    "super",
    "genau",
    "sorry",
    "entschuldigung",
    "pardon",
    // A clause that opens with a subordinating word is a condition or a reason,
    // not the question: "Wenn du zurückschaust – was fällt dir auf?"
    "wenn",
    "falls",
    "als",
    "weil",
    "obwohl",
    "nachdem",
    "bevor",
    "während",
    "sobald",
    "sofern",
];

/// Lead-ins that hedge without changing the question: "Ich glaube, du solltest …".
pub(crate) const HEDGES: &[&[&str]] = &[
    &["kurze", "frage"],
    &["kurze", "verständnisfrage"],
    &["eine", "frage"],
    &["ich", "glaube"],
    &["ich", "denke"],
    &["ich", "finde"],
    &["ich", "meine"],
    &["mal", "ehrlich"],
    &["ganz", "ehrlich"],
    &["ehrlich", "gesagt"],
    &["sag", "mal"],
    &["sagen", "sie", "mal"],
    &["aus", "interesse"],
    &["nur", "interessehalber"],
    &["nur", "so"],
];

/// Short real words one edit away from a word rules start with ("das" is not a
/// misspelt "was", "die" not a misspelt "wie").
pub(crate) const REAL_WORDS: &[&str] = &[
    "das", "dass", "daß", "die", "sie", "wir", "mir", "dir", "ihr", "ihm", "ihn", "es", "er", "so", "da", "ja", "nie",
    "see", "mit", "bei", "nur", "nun", "gut", "tut", "weg", "wert", "dann", "denn", "kann", "man", "mann", "wenn",
    "weil", "welt", "viel", "wild", "wand", "wahl", "wald", "fast", "last", "gast", "mist", "ost", "und", "auch",
    "noch", "doch", "nach", "ach", "ich", "mich", "sich", "dich", "euch", "hier", "vier", "wie", "was", "wer", "wen",
    "wem", "wo", "war", "wach", "wut", "hut", "mut", "als", "alt", "all", "ob", "oben", "ist", "bis", "bin", "hin",
    "hat", "hast", "habe", "haben", "hab", "sind", "seid", "sein", "mein", "dein", "kein", "ein", "eine", "einen",
    "wird", "wirst", "wurde", "will", "wollt", "soll", "muss", "darf", "mag", "gab", "gibt", "geht", "sah", "sag",
    "sagt", "lag", "tag", "mag", "weiß", "weis", "heiß", "fies", "lies", "wies", "wieder", "wider", "aber", "oder",
    "der", "den", "dem", "des", "wer's", "wars", "wann", "wenn", "wagen", "magen", "fragen", "was'n",
];
