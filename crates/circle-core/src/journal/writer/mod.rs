//! Writing a meeting's journal so that every line is an event or nothing: each event
//! and its newline go out in one `write`, a write the disk cut short is cut back off
//! before the next one, the header goes first (and again, if the disk refused it),
//! and a torn last line found on resume is moved aside, never dropped with a whole
//! event. One writer at a time: the journal is locked (`flock`) while a meeting is
//! open, and the kernel lets go of the lock when the process dies, even by kill -9.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use chrono::{DateTime, FixedOffset};

use crate::engine::Ms;
use crate::journal::{Entry, Event, Header};

mod lock;
mod reopen;

pub use lock::{LockedBy, holder, pid_file};
use lock::{lock, write_pid};

/// Appends events to one journal, each synced to disk before `append` returns.
pub struct JournalWriter {
    pub path: PathBuf,
    tail: Arc<Mutex<Tail>>,
    /// What reopening repaired, to tell the facilitator.
    pub repaired: Option<String>,
}

/// The open file and what is known about its end.
struct Tail {
    file: File,
    path: PathBuf,
    /// Bytes that hold whole lines; anything after them is a refused write's leftover.
    good_len: u64,
    /// The header, while the disk has not taken it yet.
    header: Option<String>,
    /// The last event written: a hasty close is stamped with its time.
    last: Option<(Ms, DateTime<FixedOffset>)>,
    closed: bool,
    /// Where the last line starts when it is a heartbeat: the next one replaces it.
    heartbeat_at: Option<u64>,
    /// An event is in the file but not yet synced (see [`JournalWriter::append_unsynced`]).
    unsynced: bool,
}

/// An event the disk did not take (or took but could not sync).
#[derive(Debug, thiserror::Error)]
#[error("{}: {}", crate::t!("err-cannot-write", path = path.as_str()), crate::safe_read::io_words(source))]
pub struct WriteFailure {
    pub path: String,
    pub source: std::io::Error,
    /// The whole line is in the file (only the sync failed): do not write it again.
    pub in_file: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    #[error("{0}")]
    Locked(LockedBy),
    #[error("{path}: {}", crate::t!("err-io-exists"))]
    Exists { path: String },
    #[error("{0:#}")]
    Other(anyhow::Error),
}

/// "cannot create PATH: why", the system's reason in words.
pub(super) fn failed(what: String, e: &std::io::Error) -> OpenError {
    OpenError::Other(anyhow::anyhow!("{what}: {}", crate::safe_read::io_words(e)))
}

impl From<std::io::Error> for OpenError {
    fn from(e: std::io::Error) -> Self {
        OpenError::Other(e.into())
    }
}

impl JournalWriter {
    /// Start a new journal for a meeting whose id may already be taken (two meetings
    /// started in the same second): the first free one of `id`, `id-2`, `id-3`…
    /// Returns the writer and the id it is under.
    pub fn create_unique(dir: &Path, header: &Header) -> anyhow::Result<(JournalWriter, String)> {
        crate::store::private_dir(dir)?;
        for n in 1..=999 {
            let id = if n == 1 {
                header.id.clone()
            } else {
                format!("{}-{n}", header.id)
            };
            let stem = crate::store::slug(&id);
            // A record without a journal (a meeting from before journals) also holds the id.
            if dir.join(format!("{stem}.toml")).exists() {
                continue;
            }
            let header = Header {
                id: id.clone(),
                ..header.clone()
            };
            match JournalWriter::create(&dir.join(format!("{stem}.journal")), &header) {
                Ok(w) => return Ok((w, id)),
                Err(OpenError::Exists { .. }) => continue,
                Err(e) => return Err(anyhow::anyhow!("{e}")),
            }
        }
        anyhow::bail!(
            "{}: {}",
            dir.display(),
            crate::t!("err-journal-no-free-id", id = header.id.as_str())
        )
    }

    /// Create a journal that must not exist yet, lock it, and write its header. A
    /// header the disk refuses is kept and written before the first event.
    pub fn create(path: &Path, header: &Header) -> Result<JournalWriter, OpenError> {
        let mut options = OpenOptions::new();
        options.create_new(true).append(true).read(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let file = options.open(path).map_err(|e| match e.kind() {
            std::io::ErrorKind::AlreadyExists => OpenError::Exists {
                path: path.display().to_string(),
            },
            _ => failed(crate::t!("err-cannot-create", path = path.display().to_string()), &e),
        })?;
        lock(&file, path)?;
        let writer = JournalWriter::around(file, path, 0, Some(serde_json::to_string(header).map_err(io_other)?));
        write_pid(path);
        if let Some(dir) = path.parent() {
            sync_dir(dir);
        }
        // Best now; if the disk refuses, the first event writes it first.
        let _ = writer.tail.lock().map(|mut t| t.write_header());
        Ok(writer)
    }

    /// The journal's length in whole lines when it was opened (or repaired): the
    /// caller's earlier read of it is still the journal when the lengths agree.
    pub fn len_at_open(&self) -> u64 {
        self.tail.lock().map_or(0, |t| t.good_len)
    }

    fn around(file: File, path: &Path, good_len: u64, header: Option<String>) -> JournalWriter {
        JournalWriter {
            path: path.to_path_buf(),
            tail: Arc::new(Mutex::new(Tail {
                file,
                path: path.to_path_buf(),
                good_len,
                header,
                last: None,
                closed: false,
                heartbeat_at: None,
                unsynced: false,
            })),
            repaired: None,
        }
    }

    /// Append one event (after the header, if that is still to go), synced to disk.
    pub fn append(&mut self, entry: &Entry) -> Result<(), WriteFailure> {
        let mut tail = self.tail.lock().unwrap_or_else(|p| p.into_inner());
        tail.append(entry)
    }

    /// Append one event that the screen may show before the disk has it: a resume's
    /// own event, so the resumed meeting is on screen without waiting for the disk.
    /// It is in the file at once (a killed process leaves it there); [`Self::sync`]
    /// makes it durable right after the frame, as does any later event's sync.
    pub fn append_unsynced(&mut self, entry: &Entry) -> Result<(), WriteFailure> {
        let mut tail = self.tail.lock().unwrap_or_else(|p| p.into_inner());
        tail.append_as(entry, false)
    }

    /// Sync an event [`Self::append_unsynced`] wrote, if one waits.
    pub fn sync(&mut self) -> Result<(), WriteFailure> {
        let mut tail = self.tail.lock().unwrap_or_else(|p| p.into_inner());
        if !tail.unsynced {
            return Ok(());
        }
        tail.file.sync_data().map_err(|e| tail.failure(e, true))?;
        tail.unsynced = false;
        Ok(())
    }

    #[cfg(test)]
    pub fn waits_for_sync(&self) -> bool {
        self.tail.lock().is_ok_and(|t| t.unsynced)
    }

    /// Note that the meeting is still under way at `entry`'s time. A heartbeat right
    /// after another replaces it (only the newest says anything), so a long meeting
    /// keeps one line of them, not one a second. It is written but not synced: a
    /// killed process leaves it in the file all the same, and a power cut loses only
    /// clock time, never an event.
    pub fn heartbeat(&mut self, entry: &Entry) -> Result<(), WriteFailure> {
        let mut tail = self.tail.lock().unwrap_or_else(|p| p.into_inner());
        tail.heartbeat(entry)
    }

    /// A handle another thread can close the journal with when the main thread cannot
    /// (a signal while it is stuck writing to a terminal nobody reads).
    pub fn closer(&self) -> JournalCloser {
        JournalCloser(Arc::clone(&self.tail))
    }
}

impl Drop for JournalWriter {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(pid_file(&self.path));
        // A journal the disk never took a byte of (full from the start) holds
        // nothing: it goes, rather than stay behind as an empty file.
        let empty = self.tail.lock().is_ok_and(|t| t.header.is_some() && t.good_len == 0);
        if empty {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

/// See [`JournalWriter::closer`].
#[derive(Clone)]
pub struct JournalCloser(Arc<Mutex<Tail>>);

impl JournalCloser {
    /// Write the journal's close at the time of its last event, unless it is closed
    /// already; waits at most `patience` for a write in progress. True when closed.
    pub fn close_in_haste(&self, patience: Duration) -> bool {
        let until = Instant::now() + patience;
        loop {
            match self.0.try_lock() {
                Ok(mut tail) => {
                    if tail.closed {
                        return true;
                    }
                    let Some((t, wall)) = tail.last else { return false };
                    let entry = Entry {
                        t,
                        wall,
                        event: Event::Closed { finished: false },
                    };
                    return tail.append(&entry).is_ok();
                }
                Err(_) if Instant::now() < until => std::thread::sleep(Duration::from_millis(10)),
                Err(_) => return false,
            }
        }
    }
}

impl Tail {
    fn write_header(&mut self) -> Result<(), WriteFailure> {
        if let Some(header) = self.header.clone() {
            self.write_line(&header, true)?;
            self.header = None;
        }
        Ok(())
    }

    fn append(&mut self, entry: &Entry) -> Result<(), WriteFailure> {
        self.append_as(entry, true)
    }

    fn append_as(&mut self, entry: &Entry, sync: bool) -> Result<(), WriteFailure> {
        self.write_header()?;
        let json = serde_json::to_string(entry).map_err(|e| self.failure(io_other(e), false))?;
        self.write_line(&json, sync)?;
        // A synced line syncs every line before it too.
        self.unsynced = !sync;
        self.last = Some((entry.t, entry.wall));
        self.heartbeat_at = None;
        if matches!(entry.event, Event::Closed { .. }) {
            self.closed = true;
        }
        Ok(())
    }

    fn heartbeat(&mut self, entry: &Entry) -> Result<(), WriteFailure> {
        self.write_header()?;
        let json = serde_json::to_string(entry).map_err(|e| self.failure(io_other(e), false))?;
        if let Some(at) = self.heartbeat_at {
            // `write_line` cuts the file back to here first.
            self.good_len = at;
        }
        let start = self.good_len;
        self.write_line(&json, false)?;
        self.last = Some((entry.t, entry.wall));
        self.heartbeat_at = Some(start);
        Ok(())
    }

    /// The line and its newline in one `write`. A short write (the disk filled up
    /// mid-line) is cut back off, so the file never holds half an event.
    fn write_line(&mut self, json: &str, sync: bool) -> Result<(), WriteFailure> {
        let mut buf = Vec::with_capacity(json.len() + 1);
        buf.extend_from_slice(json.as_bytes());
        buf.push(b'\n');
        self.cut_back()?;
        let written = loop {
            match (&self.file).write(&buf) {
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                other => break other,
            }
        };
        match written {
            Ok(n) if n == buf.len() => {}
            Ok(_) => {
                let _ = self.cut_back();
                return Err(self.failure(std::io::Error::from_raw_os_error(libc::ENOSPC), false));
            }
            Err(e) => {
                let _ = self.cut_back();
                return Err(self.failure(e, false));
            }
        }
        self.good_len += buf.len() as u64;
        if !sync {
            return Ok(());
        }
        self.file.sync_data().map_err(|e| self.failure(e, true))
    }

    /// Remove whatever a refused write left after the last whole line.
    fn cut_back(&mut self) -> Result<(), WriteFailure> {
        let len = self.file.metadata().map_err(|e| self.failure(e, false))?.len();
        if len != self.good_len {
            self.file.set_len(self.good_len).map_err(|e| self.failure(e, false))?;
        }
        Ok(())
    }

    fn failure(&self, source: std::io::Error, in_file: bool) -> WriteFailure {
        WriteFailure {
            path: self.path.display().to_string(),
            source,
            in_file,
        }
    }
}

fn sync_dir(dir: &Path) {
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
}

fn io_other(e: impl std::fmt::Display) -> std::io::Error {
    std::io::Error::other(e.to_string())
}
