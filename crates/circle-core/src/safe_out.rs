//! Standard output and error that no file or person can use to drive the terminal:
//! every command's text goes through [`Escaping`], which shows control characters
//! (ESC, BEL, C1 codes, direction overrides) as visible stand-ins and keeps only line
//! breaks and tabs. Strings from protocol files, rosters, group files and records
//! reach the screen through here on every path, not only the live screen.

use std::io::{self, Write};

/// A writer that passes text through [`crate::safe_text`]'s stand-ins, keeping `\n`,
/// `\t` and a `\r` that ends a line.
pub struct Escaping<W: Write> {
    inner: W,
    /// The start of a UTF-8 character cut off at the end of the last write.
    carry: Vec<u8>,
}

impl<W: Write> Escaping<W> {
    pub fn new(inner: W) -> Escaping<W> {
        Escaping {
            inner,
            carry: Vec::new(),
        }
    }
}

impl<W: Write> Write for Escaping<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let mut bytes = std::mem::take(&mut self.carry);
        bytes.extend_from_slice(buf);
        let (text, rest) = match std::str::from_utf8(&bytes) {
            Ok(t) => (t.to_string(), Vec::new()),
            Err(e) if e.error_len().is_none() => {
                let cut = e.valid_up_to();
                (
                    String::from_utf8_lossy(&bytes[..cut]).into_owned(),
                    bytes[cut..].to_vec(),
                )
            }
            Err(_) => (String::from_utf8_lossy(&bytes).into_owned(), Vec::new()),
        };
        self.carry = rest;
        self.inner.write_all(escape_keeping_lines(&text).as_bytes())?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if !self.carry.is_empty() {
            let rest = String::from_utf8_lossy(&std::mem::take(&mut self.carry)).into_owned();
            self.inner.write_all(rest.as_bytes())?;
        }
        self.inner.flush()
    }
}

impl<W: Write> Drop for Escaping<W> {
    fn drop(&mut self) {
        let _ = self.flush();
    }
}

/// [`crate::safe_text::printable`], but line breaks and tabs stay what they are.
pub fn escape_keeping_lines(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\n' | '\t' => out.push(c),
            '\r' if chars.peek() == Some(&'\n') => out.push(c),
            c => out.push_str(&crate::safe_text::printable(c.encode_utf8(&mut [0; 4]))),
        }
    }
    out
}

/// Print to standard error, escaped; a closed or hung-up stderr is not a panic.
pub fn warn(text: &str) {
    let _ = writeln!(io::stderr(), "{}", escape_keeping_lines(text));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_are_shown_and_lines_kept() {
        let mut out = Escaping::new(Vec::new());
        write!(out, "name\u{1b}]0;pwned\u{7}\n\tnext\r\nlast\r").unwrap();
        // A character split across two writes is still one character.
        out.write_all(&"é".as_bytes()[..1]).unwrap();
        out.write_all(&"é\u{9b}".as_bytes()[1..]).unwrap();
        out.flush().unwrap();
        let shown = String::from_utf8(std::mem::take(&mut out.inner)).unwrap();
        assert_eq!(shown, "name\u{241b}]0;pwned\u{2407}\n\tnext\r\nlast\u{240d}é\u{fffd}");
    }
}
