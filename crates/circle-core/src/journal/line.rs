//! Reading one journal line back into an [`Entry`], fast.
//!
//! An entry is written flat (`{"t":…,"wall":…,"e":"note","text":…}`). serde's
//! `flatten` reads that by buffering every line into a map first, which made a
//! 10,000-event resume several times slower than replaying it; this reads the same
//! line straight into one struct of optional fields.

use std::borrow::Cow;

use chrono::{DateTime, FixedOffset};
use serde::de::Error as _;
use serde::{Deserialize, Deserializer};

use crate::engine::{Command, Ms};
use crate::journal::{Entry, Event};
use crate::record::Status;

#[derive(Deserialize)]
struct Line<'a> {
    t: Ms,
    /// Read as text and parsed by chrono's RFC 3339 fast path: its general parser
    /// (what serde would use) was the largest single cost of a resume.
    #[serde(borrow)]
    wall: Cow<'a, str>,
    #[serde(borrow)]
    e: Cow<'a, str>,
    #[serde(borrow)]
    cmd: Option<CommandLine<'a>>,
    text: Option<String>,
    commitment: Option<String>,
    status: Option<Status>,
    member: Option<String>,
    value: Option<u8>,
    away_s: Option<u64>,
    note: Option<usize>,
    finished: Option<bool>,
}

/// A [`Command`] as written (`{"op":"adjust","secs":60}`), read without buffering.
#[derive(Deserialize)]
struct CommandLine<'a> {
    #[serde(borrow)]
    op: Cow<'a, str>,
    secs: Option<i64>,
}

impl CommandLine<'_> {
    fn command<E: serde::de::Error>(self) -> Result<Command, E> {
        Ok(match self.op.as_ref() {
            "start" => Command::Start,
            "toggle_pause" => Command::TogglePause,
            "next" => Command::Next,
            "previous" => Command::Previous,
            "restart" => Command::Restart,
            "adjust" => Command::Adjust {
                secs: need(self.secs, "secs")?,
            },
            "rebalance" => Command::Rebalance,
            other => return Err(E::unknown_variant(other, COMMAND_NAMES)),
        })
    }
}

/// Every command's `op`, as [`Command`]'s serde names them.
const COMMAND_NAMES: &[&str] = &[
    "start",
    "toggle_pause",
    "next",
    "previous",
    "restart",
    "adjust",
    "rebalance",
];

fn need<T, E: serde::de::Error>(field: Option<T>, name: &'static str) -> Result<T, E> {
    field.ok_or_else(|| E::missing_field(name))
}

impl<'de> Deserialize<'de> for Entry {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Entry, D::Error> {
        let l = Line::deserialize(d)?;
        let event = match l.e.as_ref() {
            "engine" => Event::Engine {
                cmd: need(l.cmd, "cmd")?.command()?,
            },
            "note" => Event::Note {
                text: need(l.text, "text")?,
            },
            "private_note" => Event::PrivateNote {
                text: need(l.text, "text")?,
            },
            "mark" => Event::Mark {
                commitment: need(l.commitment, "commitment")?,
                status: need(l.status, "status")?,
            },
            "learned" => Event::Learned {
                commitment: need(l.commitment, "commitment")?,
                text: need(l.text, "text")?,
            },
            "rate" => Event::Rate {
                member: need(l.member, "member")?,
                value: need(l.value, "value")?,
            },
            "accept_norm" => Event::AcceptNorm {
                note: need(l.note, "note")?,
            },
            "alive" => Event::Alive,
            "draft" => Event::Draft {
                text: need(l.text, "text")?,
            },
            "resumed" => Event::Resumed {
                away_s: need(l.away_s, "away_s")?,
            },
            "closed" => Event::Closed {
                finished: need(l.finished, "finished")?,
            },
            other => return Err(D::Error::unknown_variant(other, EVENT_NAMES)),
        };
        let wall = DateTime::parse_from_rfc3339(&l.wall)
            .or_else(|_| l.wall.parse::<DateTime<FixedOffset>>())
            .map_err(D::Error::custom)?;
        Ok(Entry { t: l.t, wall, event })
    }
}

/// The `e` of every event, as [`Event`]'s serde names them.
const EVENT_NAMES: &[&str] = &[
    "engine",
    "note",
    "private_note",
    "mark",
    "learned",
    "rate",
    "accept_norm",
    "alive",
    "draft",
    "resumed",
    "closed",
];

#[cfg(test)]
mod tests {
    use super::*;

    /// Every event written by serde's own derive reads back the same.
    #[test]
    fn every_event_round_trips() {
        let wall = DateTime::parse_from_rfc3339("2026-12-02T14:00:00+01:00").unwrap();
        let events = [
            Event::Engine {
                cmd: Command::Adjust { secs: -60 },
            },
            Event::Note {
                text: "What matters?".into(),
            },
            Event::PrivateNote {
                text: "Ask Ben how he is, later".into(),
            },
            Event::Mark {
                commitment: "x#1".into(),
                status: Status::ALL[1],
            },
            Event::Learned {
                commitment: "x#1".into(),
                text: "ask earlier".into(),
            },
            Event::Rate {
                member: "Ana".into(),
                value: 4,
            },
            Event::AcceptNorm { note: 2 },
            Event::Alive,
            Event::Draft {
                text: "half a tho".into(),
            },
            Event::Resumed { away_s: 12 },
            Event::Closed { finished: true },
        ];
        assert_eq!(events.len(), EVENT_NAMES.len());
        // A new kind of event must be read here too: this match stops compiling
        // until it is listed above and in `Entry::deserialize`.
        for e in &events {
            match e {
                Event::Engine { .. }
                | Event::Note { .. }
                | Event::PrivateNote { .. }
                | Event::Mark { .. }
                | Event::Learned { .. }
                | Event::Rate { .. }
                | Event::AcceptNorm { .. }
                | Event::Alive
                | Event::Draft { .. }
                | Event::Resumed { .. }
                | Event::Closed { .. } => {}
            }
        }
        let commands = [
            Command::Start,
            Command::TogglePause,
            Command::Next,
            Command::Previous,
            Command::Restart,
            Command::Adjust { secs: 60 },
            Command::Rebalance,
        ];
        assert_eq!(commands.len(), COMMAND_NAMES.len());
        let events = events.into_iter().chain(commands.map(|cmd| Event::Engine { cmd }));
        for event in events {
            let entry = Entry { t: 1234, wall, event };
            let line = serde_json::to_string(&entry).unwrap();
            let back: Entry = serde_json::from_str(&line).unwrap();
            assert_eq!(back, entry, "{line}");
        }
    }
}
