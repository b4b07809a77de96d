//! TOML syntax errors in circle's own words. The toml crate describes what went
//! wrong in English; [`SyntaxKind::of`] sorts each error into a kind of circle's
//! own, in this one place, and each kind has a message in every language that
//! says what to do. An error circle does not know is [`SyntaxKind::Other`],
//! which names no English either (tests/integration/toml_syntax.rs runs broken
//! snippets through the real parser, so a reworded description fails there).

/// What is wrong at a place in a TOML file, as circle explains it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SyntaxKind {
    /// `name = Anna`: text without quotes.
    UnquotedText,
    /// A string whose closing quote is missing, or that holds a bare control character.
    BadString,
    /// A `\` escape that is not one TOML knows.
    BadEscape,
    /// `key =` with nothing after it, or a key alone on its line.
    MissingValue,
    /// Two things on a line where `key = value` belongs.
    MissingEquals,
    /// An `=` too many.
    ExtraEquals,
    /// A key with characters a bare key cannot hold.
    BadKey,
    /// A `[` list not closed with `]`.
    UnclosedList,
    /// A `[table]` or `[[table]]` header not closed.
    UnclosedHeader,
    /// An `{ … }` inline table not closed, or holding something not `key = value`.
    UnclosedInlineTable,
    /// Items of a list or an inline table without a comma between them.
    MissingComma,
    /// A comma with nothing after it.
    ExtraComma,
    /// A number TOML cannot read.
    BadNumber,
    /// A date or time TOML cannot read.
    BadDate,
    /// A comment holding a character a comment cannot.
    BadComment,
    /// More on a line after its value.
    TrailingContent,
    /// A key given twice, or a table extended after it was closed.
    DuplicateKey,
    /// Lists or tables nested deeper than circle reads.
    TooDeep,
    /// A carriage return alone, not before a newline.
    LoneCarriageReturn,
    /// Anything else the parser reports.
    Other,
}

/// toml's descriptions (the part of its message before ", expected"), each with
/// the kind it is. toml_parser and toml's document layer write these.
const DESCRIPTIONS: &[(&str, SyntaxKind)] = {
    use SyntaxKind::*;
    &[
        ("string values must be quoted", UnquotedText),
        ("invalid value", UnquotedText),
        ("invalid boolean", UnquotedText),
        ("invalid basic string", BadString),
        ("invalid literal string", BadString),
        ("invalid multi-line basic string", BadString),
        ("invalid multi-line literal string", BadString),
        ("invalid string", BadString),
        ("missing opening quote", BadString),
        ("missing escaped value", BadEscape),
        ("too few unicode value digits", BadEscape),
        ("missing value", MissingValue),
        ("key with no value", MissingValue),
        ("missing value for key", MissingValue),
        ("missing assignment between key-value pairs", MissingEquals),
        ("invalid key-value pair", MissingEquals),
        ("extra `=`", ExtraEquals),
        // toml says this of `{ a = 1 b = 2 }`, expecting a `,`.
        ("extra assignment between key-value pairs", MissingComma),
        ("unexpected `=` in array", ExtraEquals),
        ("invalid key", BadKey),
        ("invalid unquoted key", BadKey),
        ("unquoted keys cannot be empty", BadKey),
        ("keys cannot be multi-line basic strings", BadKey),
        ("keys cannot be multi-line literal strings", BadKey),
        ("missing key for inline table element", BadKey),
        ("unclosed array", UnclosedList),
        ("missing array opening", UnclosedList),
        ("unclosed table", UnclosedHeader),
        ("unclosed array table", UnclosedHeader),
        ("invalid table", UnclosedHeader),
        ("invalid table header", UnclosedHeader),
        ("missing table open", UnclosedHeader),
        ("unclosed inline table", UnclosedInlineTable),
        ("missing inline table opening", UnclosedInlineTable),
        ("invalid inline table element", UnclosedInlineTable),
        ("missing comma between array elements", MissingComma),
        ("missing comma between key-value pairs", MissingComma),
        ("extra comma in array", ExtraComma),
        ("extra comma in inline table", ExtraComma),
        ("invalid integer number", BadNumber),
        ("invalid float", BadNumber),
        ("invalid exponent", BadNumber),
        ("invalid fraction", BadNumber),
        ("invalid mantissa", BadNumber),
        ("invalid hexadecimal number", BadNumber),
        ("invalid octal number", BadNumber),
        ("invalid binary number", BadNumber),
        ("unexpected leading zero", BadNumber),
        ("`_` may only go between digits", BadNumber),
        ("integers with a radix cannot be signed", BadNumber),
        ("radix must be lowercase", BadNumber),
        ("redundant integer number prefix", BadNumber),
        ("redundant numeric sign", BadNumber),
        ("unexpected sign", BadNumber),
        ("invalid date-time", BadDate),
        ("invalid comment character", BadComment),
        ("missing comment start", BadComment),
        ("unexpected content between comment and newline", BadComment),
        ("unexpected content", TrailingContent),
        ("unexpected key or value", TrailingContent),
        ("duplicate key", DuplicateKey),
        ("recursion limit", TooDeep),
        ("cannot recurse further; max recursion depth met", TooDeep),
        ("carriage return must be followed by newline", LoneCarriageReturn),
    ]
};

impl SyntaxKind {
    /// The kind of one of toml's syntax errors.
    pub fn of(error: &toml::de::Error) -> SyntaxKind {
        Self::of_message(error.message())
    }

    /// The kind of toml's message text: "<description>[, expected <a>, <b>]".
    fn of_message(message: &str) -> SyntaxKind {
        let description = message.trim().split(", expected ").next().unwrap_or("");
        if let Some((_, kind)) = DESCRIPTIONS.iter().find(|(d, _)| *d == description) {
            return *kind;
        }
        // Two families toml words with a value in them: its document layer's
        // "cannot extend value of type array with a dotted key", and
        // toml_datetime's "invalid date" / "invalid time" / "invalid datetime".
        if description.starts_with("cannot extend value of type") {
            return SyntaxKind::DuplicateKey;
        }
        if ["invalid date", "invalid time", "invalid offset", "invalid datetime"].contains(&description) {
            return SyntaxKind::BadDate;
        }
        SyntaxKind::Other
    }

    /// What is wrong and what to do, in the current language.
    pub fn message(self) -> String {
        match self {
            SyntaxKind::UnquotedText => crate::t!("err-toml-unquoted-text"),
            SyntaxKind::BadString => crate::t!("err-toml-bad-string"),
            SyntaxKind::BadEscape => crate::t!("err-toml-bad-escape"),
            SyntaxKind::MissingValue => crate::t!("err-toml-missing-value"),
            SyntaxKind::MissingEquals => crate::t!("err-toml-missing-equals"),
            SyntaxKind::ExtraEquals => crate::t!("err-toml-extra-equals"),
            SyntaxKind::BadKey => crate::t!("err-toml-bad-key"),
            SyntaxKind::UnclosedList => crate::t!("err-toml-unclosed-list"),
            SyntaxKind::UnclosedHeader => crate::t!("err-toml-unclosed-header"),
            SyntaxKind::UnclosedInlineTable => crate::t!("err-toml-unclosed-inline-table"),
            SyntaxKind::MissingComma => crate::t!("err-toml-missing-comma"),
            SyntaxKind::ExtraComma => crate::t!("err-toml-extra-comma"),
            SyntaxKind::BadNumber => crate::t!("err-toml-bad-number"),
            SyntaxKind::BadDate => crate::t!("err-toml-bad-date"),
            SyntaxKind::BadComment => crate::t!("err-toml-bad-comment"),
            SyntaxKind::TrailingContent => crate::t!("err-toml-trailing-content"),
            SyntaxKind::DuplicateKey => crate::t!("err-toml-duplicate-key"),
            SyntaxKind::TooDeep => crate::t!("err-toml-too-deep"),
            SyntaxKind::LoneCarriageReturn => crate::t!("err-toml-lone-carriage-return"),
            SyntaxKind::Other => crate::t!("err-toml-other"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_expected_part_does_not_change_the_kind_and_unknown_is_other() {
        let m = "invalid basic string, expected `\"`";
        assert_eq!(SyntaxKind::of_message(m), SyntaxKind::BadString);
        assert_eq!(SyntaxKind::of_message("invalid basic string"), SyntaxKind::BadString);
        assert_eq!(SyntaxKind::of_message("something new"), SyntaxKind::Other);
        assert_eq!(
            SyntaxKind::of_message("cannot extend value of type integer with a dotted key"),
            SyntaxKind::DuplicateKey
        );
    }

    #[test]
    fn each_description_is_listed_once() {
        let mut seen = std::collections::BTreeSet::new();
        for (d, _) in DESCRIPTIONS {
            assert!(seen.insert(d), "{d} twice");
        }
    }
}
