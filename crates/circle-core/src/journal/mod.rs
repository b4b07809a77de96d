//! The meeting's journal: one JSON line per event, appended and flushed to disk
//! (fdatasync) as each happens. The live state is a replay of it, so a meeting
//! killed at any moment resumes exactly where it was.
//!
//! The first line is the [`Header`]: everything needed to rebuild the plan, including
//! the protocol's own text. Every other line is an [`Entry`].

mod fast_line;
mod fast_time;
pub(crate) mod line;
pub mod writer;

use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use crate::engine::{Command, Ms};
use crate::notes::taking::GroupContext;
use crate::protocol::Secs;
use crate::record::Status;

pub use crate::journal::writer::{JournalWriter, LockedBy, WriteFailure};

pub const JOURNAL_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Header {
    pub journal: u32,
    /// The meeting's record id, which names its files.
    pub id: String,
    pub protocol_id: String,
    pub protocol_origin: String,
    pub protocol_source: String,
    pub members: Vec<String>,
    pub presenters: Vec<String>,
    pub length: Option<Secs>,
    pub context: GroupContext,
    pub started: DateTime<FixedOffset>,
    /// What else the plan was made from (group meeting, givers, seed of draws).
    #[serde(default)]
    pub extras: crate::plan::Extras,
}

/// Something that happened in the meeting.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "e", rename_all = "snake_case")]
pub enum Event {
    /// A facilitator's command to the engine.
    Engine { cmd: Command },
    /// A note typed at the current step.
    Note { text: String },
    /// A note for the facilitator alone (typed with a leading `!`): kept marked
    /// private, never classified, never in the shared summary. Its own event, not a
    /// flag on `Note`, so an older circle refuses the journal rather than read the
    /// note as a shared one.
    PrivateNote { text: String },
    /// A report-back mark on an earlier commitment.
    Mark { commitment: String, status: Status },
    /// What was learned from an earlier commitment.
    Learned { commitment: String, text: String },
    /// A check-out rating.
    Rate { member: String, value: u8 },
    /// The group adopted the norm proposed in note `note` (its index in the record).
    AcceptNorm { note: usize },
    /// Still running: lets a resume after a kill know roughly when it stopped.
    Alive,
    /// Still running, with a note typed on the notes line but not yet saved with
    /// Enter: written in a heartbeat's place, so a kill loses no half-typed note.
    Draft { text: String },
    /// The meeting was resumed after being away this long.
    Resumed { away_s: u64 },
    /// circle closed the journal on its way out.
    Closed { finished: bool },
}

/// Written flat by serde; read back by `journal_line` (fast, the same format).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Entry {
    /// Monotonic milliseconds on the meeting's time line.
    pub t: Ms,
    pub wall: DateTime<FixedOffset>,
    #[serde(flatten)]
    pub event: Event,
}

#[derive(Debug)]
pub enum JournalError {
    Read { source: crate::safe_read::ReadError },
    NoHeader { path: String },
    Newer { path: String, version: u32 },
    Corrupt { path: String, line: usize, message: String },
}

impl std::fmt::Display for JournalError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            JournalError::Read { source } => write!(f, "{source}"),
            JournalError::NoHeader { path } => write!(f, "{path}: {}", crate::t!("err-journal-no-header")),
            JournalError::Newer { path, version } => {
                write!(f, "{path}: {}", crate::t!("err-journal-newer", version = *version))
            }
            JournalError::Corrupt { path, line, message } => write!(
                f,
                "{path}:{line}: {}",
                crate::t!("err-journal-corrupt", message = message.as_str())
            ),
        }
    }
}

impl std::error::Error for JournalError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            JournalError::Read { source } => Some(source),
            _ => None,
        }
    }
}

/// A journal read back.
#[derive(Debug, Clone)]
pub struct Journal {
    pub path: PathBuf,
    pub header: Header,
    pub entries: Vec<Entry>,
    /// Set when the last line was cut off mid-write (power loss) and left out.
    pub cut_off: Option<String>,
    /// Damaged lines in the middle, left out: which line, and what was lost.
    pub skipped: Vec<String>,
    /// How many bytes were read: a resume reads the journal again only when it
    /// has changed since (see `JournalWriter::len_at_open`).
    pub len: u64,
}

impl Journal {
    /// Closed at the end of a finished meeting: nothing to resume.
    pub fn is_finished(&self) -> bool {
        matches!(
            self.entries.last(),
            Some(Entry {
                event: Event::Closed { finished: true },
                ..
            })
        )
    }

    /// The note left half typed on the notes line when the journal stopped: the
    /// last heartbeat's draft, unless a note was saved (or the line emptied) since.
    pub fn draft(&self) -> Option<&str> {
        let mut draft = None;
        for e in &self.entries {
            match &e.event {
                Event::Draft { text } => draft = Some(text.as_str()),
                Event::Alive | Event::Note { .. } | Event::Learned { .. } => draft = None,
                _ => {}
            }
        }
        draft
    }

    pub fn last_wall(&self) -> DateTime<FixedOffset> {
        self.entries.last().map_or(self.header.started, |e| e.wall)
    }
}

pub fn read(path: &Path) -> Result<Journal, JournalError> {
    let bytes = crate::safe_read::read_own(path, crate::safe_read::JOURNAL_CAP)
        .map_err(|source| JournalError::Read { source })?;
    parse(path, &bytes)
}

/// A journal's bytes, read from `path`, as events.
pub fn parse(path: &Path, bytes: &[u8]) -> Result<Journal, JournalError> {
    let shown = path.display().to_string();
    // Valid UTF-8 is the rule; `from_utf8` checks it several times faster than the
    // lossy reader, which is kept for a journal a disk or an editor damaged.
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => std::borrow::Cow::Borrowed(t),
        Err(_) => String::from_utf8_lossy(bytes),
    };
    let ends_whole = text.ends_with('\n');
    let lines: Vec<&str> = text.lines().collect();
    // Blank lines before the header (an editor's, or a disk's) are no reason to refuse.
    let Some((at, first)) = lines.iter().enumerate().find(|(_, l)| !l.trim().is_empty()) else {
        return Err(JournalError::NoHeader { path: shown });
    };

    #[derive(Deserialize)]
    struct Version {
        journal: u32,
    }
    let version: Version = serde_json::from_str(first).map_err(|_| JournalError::NoHeader { path: shown.clone() })?;
    if version.journal > JOURNAL_VERSION {
        return Err(JournalError::Newer {
            path: shown,
            version: version.journal,
        });
    }
    let header: Header = serde_json::from_str(first).map_err(|e| JournalError::Corrupt {
        path: shown.clone(),
        line: at + 1,
        message: crate::safe_text::clipped(&e.to_string(), 200),
    })?;
    let mut entries = Vec::with_capacity(lines.len());
    let mut cut_off = None;
    let mut skipped = Vec::new();
    for (i, line) in lines.iter().enumerate().skip(at + 1) {
        if line.trim().is_empty() {
            continue;
        }
        // Nearly every line is in the one shape circle writes; the rest go to serde.
        match fast_line::entry(line).map_or_else(|| serde_json::from_str::<Entry>(line), Ok) {
            Ok(e) => entries.push(e),
            // The very last line, without its newline: a write cut short.
            Err(_) if i == lines.len() - 1 && !ends_whole => {
                cut_off = Some(format!("{shown}:{}: {}", i + 1, crate::t!("err-journal-cut-off")));
            }
            // One damaged line in the middle costs that event, not the meeting.
            Err(_) => skipped.push(format!(
                "{shown}:{}: {}",
                i + 1,
                crate::t!("err-journal-skipped", what = lost(line))
            )),
        }
    }
    Ok(Journal {
        path: path.to_path_buf(),
        header,
        entries,
        cut_off,
        skipped,
        len: bytes.len() as u64,
    })
}

/// What a damaged line held, as far as it can be told: "a note: “What if…”", or
/// the start of the line itself.
fn lost(line: &str) -> String {
    #[derive(Deserialize)]
    struct Partial {
        e: Option<String>,
        text: Option<String>,
    }
    match serde_json::from_str::<Partial>(line) {
        Ok(Partial { e: Some(e), text }) => {
            let text = text.map(|t| format!(": “{}”", crate::safe_text::clipped(&t, 60)));
            format!("{e}{}", text.unwrap_or_default())
        }
        _ => format!("“{}”", crate::safe_text::clipped(line, 60)),
    }
}

/// True when the journal's last line closes a finished meeting, read from its
/// last few kilobytes only: `circle resume` skips finished meetings without
/// reading each of them whole.
pub fn ends_finished(path: &Path) -> bool {
    use std::io::{Read, Seek, SeekFrom};
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::custom_flags(&mut options, libc::O_NONBLOCK | libc::O_NOFOLLOW);
    let Ok(mut file) = options.open(path) else { return false };
    let Ok(meta) = file.metadata() else { return false };
    if !meta.is_file() {
        return false;
    }
    let from = meta.len().saturating_sub(4096);
    let mut tail = Vec::new();
    if file.seek(SeekFrom::Start(from)).is_err() || file.take(4096).read_to_end(&mut tail).is_err() {
        return false;
    }
    let text = String::from_utf8_lossy(&tail);
    let last = text.lines().rev().find(|l| !l.trim().is_empty());
    last.and_then(|l| serde_json::from_str::<Entry>(l).ok())
        .is_some_and(|e| e.event == Event::Closed { finished: true })
}

/// Every journal under the data dir: groups' sessions folders and the ungrouped one.
pub fn find_all(data_dir: &Path) -> Vec<PathBuf> {
    let mut dirs = vec![data_dir.join("sessions")];
    if let Ok(groups) = std::fs::read_dir(data_dir.join("groups")) {
        dirs.extend(groups.flatten().map(|g| g.path().join("sessions")));
    }
    let mut found: Vec<PathBuf> = dirs
        .iter()
        .filter_map(|d| std::fs::read_dir(d).ok())
        .flat_map(|entries| entries.flatten().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "journal"))
        // A journal circle created but could not write a byte to (a disk full at
        // the very start) holds nothing to resume or report.
        .filter(|p| std::fs::symlink_metadata(p).is_ok_and(|m| !m.is_file() || m.len() > 0))
        .collect();
    found.sort();
    found
}

/// Where a journal's readable error is kept, beside it.
pub fn error_file(journal: &Path) -> PathBuf {
    let mut name = journal.file_name().unwrap_or_default().to_os_string();
    name.push(".error.txt");
    journal.with_file_name(name)
}
