//! Reading the lines circle itself writes, without serde.
//!
//! Nearly every line of a long journal is a command or a note, written by serde in
//! one fixed shape: `{"t":…,"wall":"…","e":"engine","cmd":{"op":"next"}}`. Reading
//! those through serde_json's general machinery (field names matched one by one,
//! optional fields, borrowed or owned strings) was most of a 10,000-event replay;
//! this reads exactly that shape and nothing else. Any other line (another event,
//! spaces, fields in another order, an unknown field, a number out of range) gives
//! `None`, and the caller reads it through serde as before, so what a line means
//! never depends on which reader read it (a test compares the two).

use std::borrow::Cow;

use crate::engine::Command;
use crate::journal::{Entry, Event};

/// The entry on `line`, if it is in the shape circle writes for a command, a note,
/// a private note, a draft or a heartbeat.
pub(crate) fn entry(line: &str) -> Option<Entry> {
    let mut r = Reader { rest: line };
    r.eat("{\"t\":")?;
    let t = r.number()?;
    r.eat(",\"wall\":")?;
    let wall = super::fast_time::rfc3339(&r.string()?)?;
    r.eat(",\"e\":")?;
    let event = match r.string()?.as_ref() {
        "engine" => {
            r.eat(",\"cmd\":{\"op\":")?;
            let cmd = match r.string()?.as_ref() {
                "start" => Command::Start,
                "toggle_pause" => Command::TogglePause,
                "next" => Command::Next,
                "previous" => Command::Previous,
                "restart" => Command::Restart,
                "rebalance" => Command::Rebalance,
                "adjust" => {
                    r.eat(",\"secs\":")?;
                    let negative = r.eat("-").is_some();
                    let n = i128::from(r.number()?);
                    let secs = i64::try_from(if negative { -n } else { n }).ok()?;
                    Command::Adjust { secs }
                }
                _ => return None,
            };
            r.eat("}")?;
            Event::Engine { cmd }
        }
        "note" => Event::Note { text: r.text()? },
        "private_note" => Event::PrivateNote { text: r.text()? },
        "draft" => Event::Draft { text: r.text()? },
        "alive" => Event::Alive,
        _ => return None,
    };
    r.eat("}")?;
    r.rest.is_empty().then_some(Entry { t, wall, event })
}

struct Reader<'a> {
    rest: &'a str,
}

impl<'a> Reader<'a> {
    fn eat(&mut self, what: &str) -> Option<()> {
        self.rest = self.rest.strip_prefix(what)?;
        Some(())
    }

    /// Digits without a sign, a leading zero or a fraction, that fit a `u64`.
    fn number(&mut self) -> Option<u64> {
        let bytes = self.rest.as_bytes();
        let mut n: u64 = 0;
        let mut digits = 0;
        while let Some(d) = bytes.get(digits).filter(|b| b.is_ascii_digit()) {
            n = n.checked_mul(10)?.checked_add(u64::from(d - b'0'))?;
            digits += 1;
        }
        if digits == 0 || (digits > 1 && bytes[0] == b'0') {
            return None;
        }
        self.rest = &self.rest[digits..];
        Some(n)
    }

    fn text(&mut self) -> Option<String> {
        self.eat(",\"text\":")?;
        self.string().map(Cow::into_owned)
    }

    /// A JSON string. One without escapes is taken as it is; one with escapes is
    /// handed to serde_json, so every escape means what JSON says.
    fn string(&mut self) -> Option<Cow<'a, str>> {
        let bytes = self.rest.as_bytes();
        if bytes.first() != Some(&b'"') {
            return None;
        }
        let mut escaped = false;
        let mut i = 1;
        loop {
            // One pass to the next byte that matters; most strings have no escape.
            i += bytes
                .get(i..)?
                .iter()
                .position(|&b| b == b'"' || b == b'\\' || b < 0x20)?;
            match bytes[i] {
                b'"' => break,
                b'\\' => {
                    escaped = true;
                    i += 2;
                }
                // A control character must be escaped in JSON; serde refuses it.
                _ => return None,
            }
        }
        let (quoted, rest) = self.rest.split_at(i + 1);
        self.rest = rest;
        if escaped {
            serde_json::from_str(quoted).ok().map(Cow::Owned)
        } else {
            Some(Cow::Borrowed(&quoted[1..i]))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::DateTime;
    use proptest::prelude::*;

    fn by_serde(line: &str) -> Option<Entry> {
        serde_json::from_str(line).ok()
    }

    /// Every line the fast reader reads, serde reads the same.
    fn agrees(line: &str) -> Result<(), TestCaseError> {
        if let Some(fast) = entry(line) {
            prop_assert_eq!(Some(fast), by_serde(line), "{}", line);
        }
        Ok(())
    }

    #[test]
    fn reads_what_circle_writes() {
        let wall = DateTime::parse_from_rfc3339("2026-12-02T14:00:00.123456789+01:00").unwrap();
        let events = [
            Event::Engine { cmd: Command::Start },
            Event::Engine {
                cmd: Command::TogglePause,
            },
            Event::Engine { cmd: Command::Next },
            Event::Engine { cmd: Command::Previous },
            Event::Engine { cmd: Command::Restart },
            Event::Engine {
                cmd: Command::Rebalance,
            },
            Event::Engine {
                cmd: Command::Adjust { secs: -60 },
            },
            Event::Engine {
                cmd: Command::Adjust { secs: 0 },
            },
            Event::Note {
                text: "What \"matters\" — to you?\n\t\\ ok".into(),
            },
            Event::PrivateNote { text: String::new() },
            Event::Draft {
                text: "half a tho".into(),
            },
            Event::Alive,
        ];
        for event in events {
            let entry = Entry { t: 1234, wall, event };
            let line = serde_json::to_string(&entry).unwrap();
            assert_eq!(super::entry(&line), Some(entry), "{line}");
        }
    }

    #[test]
    fn leaves_other_shapes_to_serde() {
        for line in [
            r#"{"t":1,"wall":"2026-12-02T14:00:00Z","e":"note","text":"a","extra":1}"#,
            r#"{"t":1, "wall":"2026-12-02T14:00:00Z","e":"alive"}"#,
            r#"{"t":01,"wall":"2026-12-02T14:00:00Z","e":"alive"}"#,
            r#"{"t":1,"wall":"2026-12-02T14:00:00Z","e":"alive"} "#,
            r#"{"t":1,"wall":"2026-12-02T14:00:00Z","e":"rate","member":"Ana","value":4}"#,
            r#"{"t":18446744073709551616,"wall":"2026-12-02T14:00:00Z","e":"alive"}"#,
            r#"{"t":1,"wall":"2026-12-02T14:00:00Z","e":"note","text":"a"#,
            r#"{"t":1,"wall":"2026-12-02T14:00:00Z","e":"engine","cmd":{"op":"adjust","secs":-9223372036854775809}}"#,
            r#"{"t":1,"wall":"2026-12-02T14:00:00Z","e":"engine","cmd":{"op":"next","secs":1}}"#,
        ] {
            assert_eq!(entry(line), None, "{line}");
        }
    }

    proptest! {
        /// Any text in a note, any time, any command: the two readers agree, and
        /// the fast one reads every line circle writes.
        #[test]
        fn agrees_with_serde(t in any::<u64>(), secs in any::<i64>(), text in any::<String>(), kind in 0..4u8) {
            let wall = DateTime::parse_from_rfc3339("2026-06-30T23:59:59.5-07:00").unwrap();
            let event = match kind {
                0 => Event::Engine { cmd: Command::Adjust { secs } },
                1 => Event::Note { text },
                2 => Event::PrivateNote { text },
                _ => Event::Draft { text },
            };
            let written = Entry { t, wall, event };
            let line = serde_json::to_string(&written).unwrap();
            prop_assert_eq!(entry(&line), Some(written));
        }

        /// Damaged or hand-edited lines: whatever the fast reader accepts, serde
        /// reads the same way.
        #[test]
        fn never_reads_differently(cut in 0..120usize, junk in "[ -~\\\\\"]{0,6}", at in 0..120usize) {
            let line = r#"{"t":42,"wall":"2026-12-02T14:00:00+01:00","e":"note","text":"a \"b\" \\ c"}"#;
            let cut = line.get(..cut.min(line.len())).unwrap_or(line);
            let at = at.min(cut.len());
            agrees(&format!("{}{junk}{}", &cut[..at], &cut[at..]))?;
            agrees(cut)?;
        }
    }
}
