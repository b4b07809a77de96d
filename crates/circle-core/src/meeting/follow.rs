//! Following a meeting from another process (`circle watch`), read-only: the
//! journal is the one source of truth, so a watcher reads it and nothing else. It
//! never writes to it, never takes its lock (not even to test it: a test would
//! take it for a moment) and never opens a group's files.
//!
//! Cheap by construction: each look is one `stat`; the file is read only when its
//! size or time changed, and when all that changed is the console's heartbeat
//! (which replaces itself each second), only that last line is parsed, not the
//! whole meeting replayed.

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use crate::journal::{self, Entry, Event, Journal};
use crate::plan::same_name;

/// A journal written to within this long belongs to a console that is running: a
/// meeting under way writes a heartbeat each second, paused or not.
pub const LIVE_WITHIN: Duration = Duration::from_secs(4);

/// What a look at the journal found.
#[derive(Debug)]
pub enum Change {
    /// Nothing new since the last look.
    Same,
    /// Only the heartbeat moved on: the meeting is as it was, at this moment.
    Heartbeat(Entry),
    /// Something happened: the whole journal, to replay.
    Journal(Box<Journal>),
    /// The journal cannot be read (gone, discarded, damaged): why, in words.
    Lost(String),
}

/// One journal, followed by its size and time.
#[derive(Debug)]
pub struct Tail {
    pub path: PathBuf,
    stamp: Option<(u64, SystemTime)>,
    /// The bytes before the last heartbeat line, as last read.
    stable: Vec<u8>,
    /// The journal, held open for reading while it is followed: that is how the
    /// console counts its watchers ([`readers`]), with nothing written anywhere.
    _held: Option<std::fs::File>,
    /// Reads in a row that did not parse.
    unreadable: u32,
}

/// Reads in a row that may fail to parse before the journal counts as damaged: a
/// read can meet the console replacing its heartbeat (cut back, then written), and
/// the next look a quarter of a second later reads it whole.
const PATIENCE: u32 = 4;

impl Tail {
    pub fn new(path: PathBuf) -> Tail {
        let mut options = std::fs::OpenOptions::new();
        options.read(true);
        // Never wait on something that is not a file (a FIFO named like a journal).
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::custom_flags(&mut options, libc::O_NONBLOCK);
        let held = options.open(&path).ok();
        Tail {
            path,
            stamp: None,
            stable: Vec::new(),
            _held: held,
            unreadable: 0,
        }
    }

    /// Look at the journal again.
    pub fn look(&mut self) -> Change {
        let meta = match std::fs::symlink_metadata(&self.path) {
            Ok(m) if m.is_file() => m,
            Ok(_) => return Change::Lost(self.path.display().to_string()),
            Err(e) => return Change::Lost(format!("{}: {}", self.path.display(), crate::safe_read::io_words(&e))),
        };
        let stamp = (meta.len(), meta.modified().unwrap_or(SystemTime::UNIX_EPOCH));
        if self.stamp == Some(stamp) {
            return Change::Same;
        }
        let bytes = match crate::safe_read::read_regular(&self.path, crate::safe_read::JOURNAL_CAP) {
            Ok(b) => b,
            Err(e) => return Change::Lost(e.to_string()),
        };
        self.stamp = Some(stamp);
        let (stable, heartbeat) = split_heartbeat(&bytes);
        if !self.stable.is_empty()
            && stable == self.stable.as_slice()
            && let Some(entry) = heartbeat.and_then(|line| serde_json::from_slice::<Entry>(line).ok())
        {
            return Change::Heartbeat(entry);
        }
        match journal::parse(&self.path, &bytes) {
            Ok(j) => {
                self.stable = stable.to_vec();
                self.unreadable = 0;
                Change::Journal(Box::new(j))
            }
            Err(_) if self.unreadable < PATIENCE => {
                self.unreadable += 1;
                // Read it again at the next look, whatever its size and time say.
                self.stamp = None;
                Change::Same
            }
            Err(e) => Change::Lost(e.to_string()),
        }
    }
}

/// The journal's bytes before a last line that is a heartbeat, and that line.
fn split_heartbeat(bytes: &[u8]) -> (&[u8], Option<&[u8]>) {
    let body = bytes.strip_suffix(b"\n").unwrap_or(bytes);
    let start = body.iter().rposition(|b| *b == b'\n').map_or(0, |i| i + 1);
    let last = &body[start..];
    // A heartbeat is short, and says so; anything else is an event to replay.
    let is_heartbeat = start > 0 && bytes.ends_with(b"\n") && contains(last, br#""e":"alive""#);
    if is_heartbeat {
        (&bytes[..start], Some(last))
    } else {
        (bytes, None)
    }
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

/// Which meeting a watcher follows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// Whichever meeting is live in the data dir (the most recent, if several are).
    AnyLive,
    /// The live meeting of this group, whenever it begins.
    Group(String),
    /// This meeting's journal, live or not (its console may come back).
    Journal(PathBuf),
}

/// What a name on the command line is: a meeting's id (or its journal's name), or
/// a group's name. `None` when it is neither.
pub fn resolve(data: &Path, name: &str) -> Option<Target> {
    for path in journal::find_all(data) {
        let stem = path.file_stem().is_some_and(|s| s == name);
        if stem || journal::read(&path).is_ok_and(|j| j.header.id == name) {
            return Some(Target::Journal(path));
        }
    }
    // Whether the group exists is all that is asked of its folder: its files are
    // not opened.
    let group = crate::memory::GroupDir::new(data, name);
    group.file().is_file().then(|| Target::Group(name.to_string()))
}

/// The journals of meetings under way now, most recently written first: unfinished
/// and written to within [`LIVE_WITHIN`] of `now`.
pub fn live(data: &Path, target: &Target, now: SystemTime) -> Vec<Journal> {
    let fresh = |p: &PathBuf| {
        std::fs::symlink_metadata(p)
            .and_then(|m| m.modified())
            .is_ok_and(|t| now.duration_since(t).unwrap_or_default() <= LIVE_WITHIN)
    };
    let mut found: Vec<Journal> = journal::find_all(data)
        .into_iter()
        .filter(|p| match target {
            Target::Journal(path) => p == path,
            _ => true,
        })
        .filter(fresh)
        .filter_map(|p| journal::read(&p).ok())
        .filter(|j| !j.is_finished())
        .filter(|j| match target {
            Target::Group(g) => j.header.context.group.as_deref().is_some_and(|jg| same_name(jg, g)),
            _ => true,
        })
        .collect();
    found.sort_by_key(|j| std::cmp::Reverse(j.last_wall()));
    found
}

/// How many other processes of this program have the journal open: the watchers
/// following it (each holds it open for reading, see [`Tail`]). Counted from
/// `/proc`, among the processes this user may look into (a journal is readable by
/// its owner alone, so no one else can watch it); `None` where there is no `/proc`.
/// Only processes named like this one are looked into, so a count costs about a
/// millisecond, not a walk through every open file of the machine.
pub fn readers(journal: &Path) -> Option<usize> {
    let me = std::fs::read_to_string("/proc/self/comm").ok()?;
    readers_among(journal, Some(me.trim()))
}

/// [`readers`] among the processes named `program` (all, for `None`).
fn readers_among(journal: &Path, program: Option<&str>) -> Option<usize> {
    let target = std::fs::canonicalize(journal).ok()?;
    let me = std::process::id().to_string();
    let procs = std::fs::read_dir("/proc").ok()?;
    let count = procs
        .flatten()
        .filter(|p| {
            let name = p.file_name();
            let name = name.to_string_lossy();
            name != me.as_str() && name.bytes().all(|b| b.is_ascii_digit())
        })
        .filter(|p| {
            program.is_none_or(|want| std::fs::read_to_string(p.path().join("comm")).is_ok_and(|c| c.trim() == want))
        })
        .filter(|p| {
            std::fs::read_dir(p.path().join("fd"))
                .into_iter()
                .flatten()
                .flatten()
                .any(|fd| std::fs::read_link(fd.path()).is_ok_and(|l| l == target))
        })
        .count();
    Some(count)
}

/// How the journal's last line leaves the console.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Console {
    /// Writing: the meeting goes on.
    There,
    /// It closed the journal: the meeting has ended (`true`), or was left to be
    /// resumed (`false`).
    Closed { finished: bool },
}

/// What the last event of a journal says about its console.
pub fn console(journal: &Journal) -> Console {
    match journal.entries.last().map(|e| &e.event) {
        Some(Event::Closed { finished }) => Console::Closed { finished: *finished },
        _ => Console::There,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(target_os = "linux")]
    #[test]
    fn a_process_holding_the_journal_open_counts_as_a_reader() {
        let dir = tempfile::tempdir().unwrap();
        let journal = dir.path().join("m.journal");
        std::fs::write(&journal, "{}\n").unwrap();
        assert_eq!(
            readers_among(&journal, None),
            Some(0),
            "this process itself never counts"
        );
        let held = Tail::new(journal.clone());
        assert_eq!(readers_among(&journal, None), Some(0), "nor its own tail");
        drop(held);
        // A shell that opens the journal and becomes `sleep` (no fork: one process).
        let mut child = std::process::Command::new("sh")
            .arg("-c")
            .arg("exec 3<\"$0\"; exec sleep 5")
            .arg(&journal)
            .spawn()
            .unwrap();
        let start = std::time::Instant::now();
        while readers_among(&journal, Some("sleep")) != Some(1) && start.elapsed().as_secs() < 3 {
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        let named = readers_among(&journal, Some("sleep"));
        let counted = readers_among(&journal, None);
        let others = readers_among(&journal, Some("no-such-program"));
        let start = std::time::Instant::now();
        let _ = readers(&journal);
        let took = start.elapsed();
        let _ = child.kill();
        let _ = child.wait();
        assert_eq!((named, counted, others), (Some(1), Some(1), Some(0)));
        assert!(took < std::time::Duration::from_millis(50), "counting took {took:?}");
    }

    #[test]
    fn a_damaged_journal_is_read_again_before_it_counts_as_lost() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("m.journal");
        std::fs::write(&path, "not a journal\n").unwrap();
        let mut tail = Tail::new(path);
        for _ in 0..PATIENCE {
            assert!(matches!(tail.look(), Change::Same));
        }
        assert!(matches!(tail.look(), Change::Lost(_)));
    }

    #[test]
    fn only_a_last_heartbeat_is_set_apart() {
        let head = b"{\"journal\":1}\n{\"t\":1,\"e\":\"note\"}\n".as_slice();
        let beat = b"{\"t\":2,\"wall\":\"x\",\"e\":\"alive\"}\n";
        let both = [head, beat].concat();
        assert_eq!(split_heartbeat(&both), (head, Some(&beat[..beat.len() - 1])));
        assert_eq!(split_heartbeat(head), (head, None));
        // Half a heartbeat (a write under way) is not one yet.
        let cut = [head, &beat[..10]].concat();
        assert_eq!(split_heartbeat(&cut), (cut.as_slice(), None));
    }
}
