//! Errors a person can act on: every problem in a file names the file, the line and
//! column, the key path, what was expected, and (for misspelt words) a "did you mean".

use std::fmt;
use std::ops::Range;

/// One problem found in an input file (or on the command line, where `file` says so).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub file: String,
    /// 1-based line and column; `None` when the problem is not tied to a place.
    pub line_col: Option<(usize, usize)>,
    /// The TOML key path, e.g. `round[2].duration`.
    pub path: String,
    pub message: String,
    pub help: Option<String>,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some((line, col)) = self.line_col {
            write!(f, ":{line}:{col}")?;
        }
        if self.path.is_empty() {
            write!(f, ": {}", crate::t!("err-error"))?;
        } else {
            write!(f, ": {}", crate::t!("err-error-in", path = self.path.as_str()))?;
        }
        write!(f, ": {}", self.message)?;
        if let Some(help) = &self.help {
            write!(f, "\n  {}: {help}", crate::t!("err-help"))?;
        }
        Ok(())
    }
}

/// All the problems found in one input. Never empty when returned as an error.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, d) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{d}")?;
        }
        let n = self.0.len();
        if n > 1 {
            write!(f, "\n{}", crate::t!("err-problems-found", count = n))?;
        }
        Ok(())
    }
}

/// Collects diagnostics for one source text, turning byte spans into line:column.
pub struct Collector<'s> {
    file: String,
    text: &'s str,
    pub found: Vec<Diagnostic>,
}

impl<'s> Collector<'s> {
    pub fn new(file: impl Into<String>, text: &'s str) -> Self {
        Self {
            file: file.into(),
            text,
            found: Vec::new(),
        }
    }

    pub fn error(&mut self, span: Option<Range<usize>>, path: &str, message: impl Into<String>, help: Option<String>) {
        let line_col = span.map(|s| line_col(self.text, s.start));
        self.found.push(Diagnostic {
            file: self.file.clone(),
            line_col,
            path: shortened(path, QUOTE_MAX),
            message: shortened(&message.into(), LINE_MAX),
            help: help.map(|h| shortened(&h, LINE_MAX)),
        });
    }

    pub fn finish(self) -> Result<(), Diagnostics> {
        if self.found.is_empty() {
            Ok(())
        } else {
            Err(Diagnostics(self.found))
        }
    }
}

/// The longest key path a message repeats: a hostile file's 1 MB key is quoted
/// shortened, never in full (and never twice).
const QUOTE_MAX: usize = 80;
/// The longest line of a message (the input it quotes is most of any longer one).
const LINE_MAX: usize = 400;

/// Each line of `text` cut to `max` characters, with an ellipsis.
pub fn shortened(text: &str, max: usize) -> String {
    if text.len() <= max {
        return text.to_string();
    }
    let cut = |line: &str| match line.char_indices().nth(max) {
        Some(_) => format!("{}…", line.chars().take(max - 1).collect::<String>()),
        None => line.to_string(),
    };
    text.split('\n').map(cut).collect::<Vec<_>>().join("\n")
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    // Step back to a char boundary so slicing can never panic on odd spans.
    let mut at = offset;
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = before[line_start..].chars().count() + 1;
    (line, col)
}

/// The closest of `choices` to a misspelt `word`, if it is close enough to be a likely typo.
pub fn did_you_mean<'c>(word: &str, choices: &[&'c str]) -> Option<&'c str> {
    choices
        .iter()
        .map(|c| (strsim::jaro_winkler(word, c), *c))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_lines_and_chars() {
        let text = "a = 1\nbé = 2\n";
        assert_eq!(line_col(text, 0), (1, 1));
        assert_eq!(line_col(text, 6), (2, 1));
        // "é" is two bytes, yet the "=" after "bé " is the 4th character.
        assert_eq!(line_col(text, 10), (2, 4));
        assert_eq!(line_col(text, 9999), (3, 1));
    }

    #[test]
    fn suggests_close_words_only() {
        let keys = ["duration", "per_turn", "title"];
        assert_eq!(did_you_mean("duraton", &keys), Some("duration"));
        assert_eq!(did_you_mean("pertun", &keys), Some("per_turn"));
        assert_eq!(did_you_mean("zebra", &keys), None);
    }
}
