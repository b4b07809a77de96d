//! The toml crate's syntax messages in the chosen language. It writes
//! "<what went wrong>, expected <a>, <b>"; each part it can produce is looked up
//! here, and anything it adds later passes through as it is.

/// A syntax message from the toml crate, in the current language.
pub fn translate(message: &str) -> String {
    let Some((what, items)) = message.split_once(", expected ") else {
        return description(message);
    };
    let items: Vec<String> = items.split(", ").map(expected_item).collect();
    crate::t!("err-toml-expected", what = description(what), items = items.join(", "))
}

fn description(text: &str) -> String {
    match text {
        "`_` may only go between digits" => crate::t!("err-toml-underscore-may-only-go-between-digits"),
        "cannot recurse further; max recursion depth met" => {
            crate::t!("err-toml-cannot-recurse-further-max-recursion-depth-met")
        }
        "carriage return must be followed by newline" => {
            crate::t!("err-toml-carriage-return-must-be-followed-by-newline")
        }
        "extra `=`" => crate::t!("err-toml-extra-equals"),
        "extra assignment between key-value pairs" => crate::t!("err-toml-extra-assignment-between-key-value-pairs"),
        "extra comma in array" => crate::t!("err-toml-extra-comma-in-array"),
        "extra comma in inline table" => crate::t!("err-toml-extra-comma-in-inline-table"),
        "integers with a radix cannot be signed" => crate::t!("err-toml-integers-with-a-radix-cannot-be-signed"),
        "invalid basic string" => crate::t!("err-toml-invalid-basic-string"),
        "invalid binary number" => crate::t!("err-toml-invalid-binary-number"),
        "invalid boolean" => crate::t!("err-toml-invalid-boolean"),
        "invalid comment character" => crate::t!("err-toml-invalid-comment-character"),
        "invalid date-time" => crate::t!("err-toml-invalid-date-time"),
        "invalid exponent" => crate::t!("err-toml-invalid-exponent"),
        "invalid float" => crate::t!("err-toml-invalid-float"),
        "invalid fraction" => crate::t!("err-toml-invalid-fraction"),
        "invalid hexadecimal number" => crate::t!("err-toml-invalid-hexadecimal-number"),
        "invalid inline table element" => crate::t!("err-toml-invalid-inline-table-element"),
        "invalid integer number" => crate::t!("err-toml-invalid-integer-number"),
        "invalid key" => crate::t!("err-toml-invalid-key"),
        "invalid key-value pair" => crate::t!("err-toml-invalid-key-value-pair"),
        "invalid literal string" => crate::t!("err-toml-invalid-literal-string"),
        "invalid mantissa" => crate::t!("err-toml-invalid-mantissa"),
        "invalid multi-line basic string" => crate::t!("err-toml-invalid-multi-line-basic-string"),
        "invalid multi-line literal string" => crate::t!("err-toml-invalid-multi-line-literal-string"),
        "invalid octal number" => crate::t!("err-toml-invalid-octal-number"),
        "invalid string" => crate::t!("err-toml-invalid-string"),
        "invalid table" => crate::t!("err-toml-invalid-table"),
        "invalid table header" => crate::t!("err-toml-invalid-table-header"),
        "invalid unquoted key" => crate::t!("err-toml-invalid-unquoted-key"),
        "invalid value" => crate::t!("err-toml-invalid-value"),
        "key with no value" => crate::t!("err-toml-key-with-no-value"),
        "keys cannot be multi-line basic strings" => crate::t!("err-toml-keys-cannot-be-multi-line-basic-strings"),
        "keys cannot be multi-line literal strings" => crate::t!("err-toml-keys-cannot-be-multi-line-literal-strings"),
        "missing array opening" => crate::t!("err-toml-missing-array-opening"),
        "missing assignment between key-value pairs" => {
            crate::t!("err-toml-missing-assignment-between-key-value-pairs")
        }
        "missing comma between array elements" => crate::t!("err-toml-missing-comma-between-array-elements"),
        "missing comma between key-value pairs" => crate::t!("err-toml-missing-comma-between-key-value-pairs"),
        "missing comment start" => crate::t!("err-toml-missing-comment-start"),
        "missing escaped value" => crate::t!("err-toml-missing-escaped-value"),
        "missing inline table opening" => crate::t!("err-toml-missing-inline-table-opening"),
        "missing key for inline table element" => crate::t!("err-toml-missing-key-for-inline-table-element"),
        "missing opening quote" => crate::t!("err-toml-missing-opening-quote"),
        "missing table open" => crate::t!("err-toml-missing-table-open"),
        "missing value" => crate::t!("err-toml-missing-value"),
        "missing value for key" => crate::t!("err-toml-missing-value-for-key"),
        "radix must be lowercase" => crate::t!("err-toml-radix-must-be-lowercase"),
        "redundant integer number prefix" => crate::t!("err-toml-redundant-integer-number-prefix"),
        "redundant numeric sign" => crate::t!("err-toml-redundant-numeric-sign"),
        "string values must be quoted" => crate::t!("err-toml-string-values-must-be-quoted"),
        "too few unicode value digits" => crate::t!("err-toml-too-few-unicode-value-digits"),
        "unclosed array" => crate::t!("err-toml-unclosed-array"),
        "unclosed array table" => crate::t!("err-toml-unclosed-array-table"),
        "unclosed inline table" => crate::t!("err-toml-unclosed-inline-table"),
        "unclosed table" => crate::t!("err-toml-unclosed-table"),
        "unexpected `=` in array" => crate::t!("err-toml-unexpected-equals-in-array"),
        "unexpected content" => crate::t!("err-toml-unexpected-content"),
        "unexpected content between comment and newline" => {
            crate::t!("err-toml-unexpected-content-between-comment-and-newline")
        }
        "unexpected key or value" => crate::t!("err-toml-unexpected-key-or-value"),
        "unexpected leading zero" => crate::t!("err-toml-unexpected-leading-zero"),
        "unexpected sign" => crate::t!("err-toml-unexpected-sign"),
        "unquoted keys cannot be empty" => crate::t!("err-toml-unquoted-keys-cannot-be-empty"),
        "duplicate key" => crate::t!("err-toml-duplicate-key"),
        "recursion limit" => crate::t!("err-toml-recursion-limit"),
        other => other.to_string(),
    }
}

/// One thing the parser wanted: a quoted literal (`=`) stays as it is.
fn expected_item(text: &str) -> String {
    match text {
        "newline" => crate::t!("err-toml-want-newline"),
        "nothing" => crate::t!("err-toml-want-nothing"),
        "etc" => crate::t!("err-toml-want-etc"),
        "basic string" => crate::t!("err-toml-want-basic-string"),
        "literal string" => crate::t!("err-toml-want-literal-string"),
        "key" => crate::t!("err-toml-want-key"),
        "non-single-quote characters" => crate::t!("err-toml-want-non-single-quote-characters"),
        "non-double-quote visible characters" => crate::t!("err-toml-want-non-double-quote-visible-characters"),
        "non-single-quote visible characters" => crate::t!("err-toml-want-non-single-quote-visible-characters"),
        "unicode hexadecimal value" => crate::t!("err-toml-want-unicode-hexadecimal-value"),
        "printable characters" => crate::t!("err-toml-want-printable-characters"),
        "digits" => crate::t!("err-toml-want-digits"),
        "characters" => crate::t!("err-toml-want-characters"),
        "value" => crate::t!("err-toml-want-value"),
        "letters" => crate::t!("err-toml-want-letters"),
        "numbers" => crate::t!("err-toml-want-numbers"),
        "multi-line basic string" => crate::t!("err-toml-want-multi-line-basic-string"),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::translate;
    use crate::i18n::{Lang, with_lang};

    #[test]
    fn english_passes_through_and_german_is_translated() {
        let m = "invalid basic string, expected `\"`";
        assert_eq!(with_lang(Lang::En, || translate(m)), m);
        assert_eq!(
            with_lang(Lang::De, || translate(m)),
            "ungültige Zeichenkette, erwartet: `\"`"
        );
        assert_eq!(with_lang(Lang::De, || translate("something new")), "something new");
    }
}
