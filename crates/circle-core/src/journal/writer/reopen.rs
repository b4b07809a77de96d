//! Going on with a journal after a crash or a hang-up: lock it, make sure its last
//! line is whole (finish a whole event, move a torn one aside), and append from there.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use super::lock::{lock, write_pid};
use super::{JournalWriter, OpenError};
use crate::journal::{Entry, Header};

impl JournalWriter {
    /// Lock an existing journal and go on appending to it. A last line without its
    /// newline is finished if it is a whole event, else moved aside to a file beside
    /// the journal, so the next event starts on a line of its own.
    pub fn reopen(path: &Path) -> Result<JournalWriter, OpenError> {
        let mut options = OpenOptions::new();
        options.read(true).append(true);
        // A link named like a journal was not put there by circle: never write
        // through it (to whatever file it points at).
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::custom_flags(&mut options, libc::O_NOFOLLOW | libc::O_NONBLOCK);
        let file = options.open(path)?;
        lock(&file, path)?;
        // Only the end of the journal matters here (is its last line whole?): the
        // caller has read the rest already, and reading it again was a third of a
        // resume's time.
        let (bytes, from) = tail_of(&file, path)?;
        let whole = bytes.iter().rposition(|b| *b == b'\n').map_or(0, |i| i + 1);
        let mut good_len = from + bytes.len() as u64;
        let mut repaired = None;
        if whole < bytes.len() {
            let tail = &bytes[whole..];
            let whole = from + whole as u64;
            let complete = if whole == 0 {
                serde_json::from_slice::<Header>(tail).is_ok()
            } else {
                serde_json::from_slice::<Entry>(tail).is_ok()
            };
            if complete {
                (&file).write_all(b"\n")?;
                good_len += 1;
            } else {
                let aside = torn_file(path);
                crate::store::write_atomic(&aside, tail).map_err(OpenError::Other)?;
                file.set_len(whole)?;
                good_len = whole;
                repaired = Some(crate::t!("err-journal-torn", path = aside.display().to_string()));
            }
            file.sync_all()?;
        }
        let mut writer = JournalWriter::around(file, path, good_len, None);
        writer.repaired = repaired;
        write_pid(path);
        Ok(writer)
    }
}

/// The last part of a locked journal (its bytes, and where they start), enough to
/// hold its last line whole.
fn tail_of(file: &File, path: &Path) -> Result<(Vec<u8>, u64), OpenError> {
    use std::io::{Read, Seek, SeekFrom};
    // The last line only: a few KB (a line of a long note), more when no line ends in it.
    const TAIL: u64 = 16 * 1024;
    let len = file.metadata()?.len();
    if len > crate::safe_read::JOURNAL_CAP {
        let e = crate::safe_read::ReadError::TooLarge {
            path: crate::safe_text::printable(&path.display().to_string()),
            size: len,
            cap: crate::safe_read::JOURNAL_CAP,
        };
        return Err(OpenError::Other(e.into()));
    }
    let mut from = len.saturating_sub(TAIL);
    loop {
        let mut bytes = Vec::with_capacity((len - from) as usize);
        let mut f = file;
        f.seek(SeekFrom::Start(from))?;
        f.take(len - from).read_to_end(&mut bytes)?;
        if from == 0 || bytes[..bytes.len().saturating_sub(1)].contains(&b'\n') {
            return Ok((bytes, from));
        }
        from = from.saturating_sub(TAIL * 8);
    }
}

/// Where a torn last line is moved: beside the journal, never over an earlier one.
fn torn_file(journal: &Path) -> PathBuf {
    let stamp = chrono::Local::now().format("%Y%m%d-%H%M%S");
    let mut name = journal.file_name().unwrap_or_default().to_os_string();
    name.push(format!(".torn-{stamp}"));
    let mut path = journal.with_file_name(&name);
    let mut n = 2;
    while path.exists() {
        path = journal.with_file_name(format!("{}-{n}", name.to_string_lossy()));
        n += 1;
    }
    path
}
