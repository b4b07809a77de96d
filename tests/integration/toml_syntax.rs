//! Broken TOML, run through the real parser, must come out as the kind of error
//! circle explains, in German without toml's English. A toml update that rewords
//! a description turns its snippet into `Other` here, instead of leaking English
//! into German output unnoticed.

use circle::i18n::{Lang, with_lang};
use circle::toml_reader::{Collector, SyntaxKind, parse_document};

use SyntaxKind::*;

/// Each snippet, and the kind its first syntax error must be.
const CORPUS: &[(&str, SyntaxKind)] = &[
    ("name = Anna\n", UnquotedText),
    ("done = tru\n", UnquotedText),
    ("title = \"open\n", BadString),
    ("title = 'open\n", BadString),
    ("title = \"\"\"open\n", BadString),
    ("title = \"a\\qb\"\n", BadEscape),
    ("title = \"\\u00\"\n", BadEscape),
    // toml reads an empty value as text without quotes.
    ("title =\n", UnquotedText),
    ("title\n", MissingValue),
    ("title \"x\"\n", MissingValue),
    ("title = = \"x\"\n", ExtraEquals),
    ("list = [1 = 2]\n", ExtraEquals),
    ("t!tle = \"x\"\n", BadKey),
    ("list = [1, 2\n", UnclosedList),
    ("[round\nduration = \"5m\"\n", UnclosedHeader),
    ("[[round]\n", UnclosedHeader),
    ("t = { a = 1\n", UnclosedInlineTable),
    ("list = [\"a\" \"b\"]\n", MissingComma),
    ("t = { a = 1 b = 2 }\n", MissingComma),
    ("list = [1,,2]\n", ExtraComma),
    ("n = 1__0\n", BadNumber),
    ("n = 012\n", BadNumber),
    ("n = 0xZZ\n", BadNumber),
    ("n = 1.\n", BadNumber),
    ("n = 1e\n", BadNumber),
    ("n = +0x10\n", BadNumber),
    ("day = 2026-13-45\n", BadDate),
    ("at = 25:61:00\n", BadDate),
    ("title = \"x\" # a\u{7}bell\n", BadComment),
    ("title = \"x\" \"y\"\n", TrailingContent),
    ("a = 1\na = 2\n", DuplicateKey),
    ("a = [1]\na.b = 2\n", DuplicateKey),
    ("a = 1\r\r\n", LoneCarriageReturn),
];

/// toml's own message and circle's kind for the first error in `text`.
fn first_error(text: &str) -> Option<(String, SyntaxKind)> {
    let (_, errors) = toml::de::DeTable::parse_recoverable(text);
    errors.first().map(|e| (e.message().to_string(), SyntaxKind::of(e)))
}

#[test]
fn each_broken_snippet_is_the_kind_circle_explains() {
    let wrong: Vec<String> = CORPUS
        .iter()
        .filter_map(|(text, want)| match first_error(text) {
            Some((_, kind)) if kind == *want => None,
            found => Some(format!("{text:?}: want {want:?}, toml says {found:?}")),
        })
        .collect();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn nesting_too_deep_is_its_own_kind() {
    let text = format!("a = {}{}\n", "[".repeat(200), "]".repeat(200));
    assert_eq!(first_error(&text).map(|(_, k)| k), Some(TooDeep));
}

/// The words of toml's English a German reader must not meet; what it quotes
/// in backticks (`true`, `=`) is TOML itself, the same in every language.
fn english_words(message: &str) -> Vec<String> {
    let prose: String = message.split('`').step_by(2).collect::<Vec<_>>().join(" ");
    prose
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() >= 4)
        .map(str::to_lowercase)
        .collect()
}

#[test]
fn german_syntax_errors_hold_none_of_toml_s_english() {
    for (text, _) in CORPUS {
        let (english, _) = first_error(text).unwrap();
        let german = with_lang(Lang::De, || {
            let mut diag = Collector::new("gruppe.toml", text);
            assert!(parse_document(&mut diag, text).is_none());
            diag.finish().unwrap_err().to_string()
        });
        let words: Vec<String> = german
            .split(|c: char| !c.is_alphabetic())
            .map(str::to_lowercase)
            .collect();
        let leaked: Vec<String> = english_words(&english)
            .into_iter()
            .filter(|w| words.contains(w))
            .collect();
        assert!(leaked.is_empty(), "{text:?}: {german}\nhas toml's English {leaked:?}");
        // Still says where and what to do.
        assert!(german.starts_with("gruppe.toml:"), "{german}");
        assert!(german.contains("TOML-Syntaxfehler: "), "{german}");
    }
}

#[test]
fn an_error_circle_does_not_know_is_a_german_sentence_too() {
    let other = with_lang(Lang::De, || SyntaxKind::Other.message());
    assert_eq!(other, "diese Stelle ist kein gültiges TOML");
    // The English check above would see a leak: "invalid" is a word of toml's.
    assert_eq!(
        english_words("invalid boolean, expected `true`, `false`"),
        ["invalid", "boolean", "expected"]
    );
}
