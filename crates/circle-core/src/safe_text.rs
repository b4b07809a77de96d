//! Nothing typed by a person reaches the terminal raw. Control characters (which
//! could move the cursor, change colours or rewrite the screen) and bidirectional
//! overrides are shown as visible stand-ins instead.

/// Replace every control or direction-override character with a visible symbol.
pub fn printable(text: &str) -> String {
    text.chars().map(visible).collect()
}

fn visible(c: char) -> char {
    match c {
        // C0 controls → the Unicode "control pictures" (␛ for ESC, ␀ for NUL…).
        '\u{0}'..='\u{1f}' => char::from_u32(0x2400 + c as u32).unwrap_or('?'),
        '\u{7f}' => '\u{2421}',
        // C1 controls, and marks that silently reorder or hide text. The joiners
        // (U+200C, U+200D) are not among them: emoji and Persian and Indic names
        // need them, and a terminal draws them as part of their neighbours.
        '\u{80}'..='\u{9f}'
        | '\u{200b}'
        | '\u{200e}'
        | '\u{200f}'
        | '\u{202a}'..='\u{202e}'
        | '\u{2066}'..='\u{2069}' => '\u{fffd}',
        _ => c,
    }
}

/// `printable`, then cut to `max` characters with an ellipsis.
pub fn clipped(text: &str, max: usize) -> String {
    let clean = printable(text);
    if clean.chars().count() <= max {
        return clean;
    }
    if max == 0 {
        return String::new();
    }
    let mut out: String = clean.chars().take(max - 1).collect();
    out.push('…');
    out
}

/// A word to paste into a shell as one argument: as it is when it is plain, else in
/// single quotes (a quote inside becomes `'\''`). Control characters are shown as
/// stand-ins first, so the hint itself cannot drive the terminal.
pub fn shell_quoted(text: &str) -> String {
    let text = printable(text);
    let plain = |c: char| c.is_ascii_alphanumeric() || "_-.,/:@%+=".contains(c);
    if !text.is_empty() && text.chars().all(plain) {
        return text;
    }
    format!("'{}'", text.replace('\'', "'\\''"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shell_words_are_quoted_when_they_need_it() {
        assert_eq!(shell_quoted("Tuesday"), "Tuesday");
        assert_eq!(shell_quoted("Tuesday circle"), "'Tuesday circle'");
        assert_eq!(shell_quoted("Zoë's $(rm -rf ~)"), "'Zoë'\\''s $(rm -rf ~)'");
        assert_eq!(shell_quoted(""), "''");
    }

    #[test]
    fn escapes_are_made_visible() {
        let hostile = "Ana\u{1b}[2J\u{7}\r\nBen\u{202e}";
        let shown = printable(hostile);
        assert!(!shown.chars().any(|c| c.is_control()));
        assert_eq!(shown, "Ana\u{241b}[2J\u{2407}\u{240d}\u{240a}Ben\u{fffd}");
    }

    #[test]
    fn clips_long_text() {
        assert_eq!(clipped("abcdef", 4), "abc…");
        assert_eq!(clipped("abc", 4), "abc");
        assert_eq!(clipped("abc", 0), "");
    }
}
