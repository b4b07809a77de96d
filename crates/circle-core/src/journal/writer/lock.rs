//! One writer a meeting: the kernel's lock on its journal, and the pid note that
//! names the other window when a second one tries.

use std::fs::{File, OpenOptions};
use std::path::{Path, PathBuf};

use super::{OpenError, failed};

/// The journal is open in another process.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LockedBy {
    pub pid: Option<u32>,
}

impl std::fmt::Display for LockedBy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.pid {
            Some(pid) => write!(f, "{} (pid {pid})", crate::t!("err-journal-locked")),
            None => write!(f, "{}", crate::t!("err-journal-locked")),
        }
    }
}

/// Who holds the journal's lock, if anyone (the lock is tried and let go at once).
pub fn holder(path: &Path) -> Option<LockedBy> {
    let mut options = OpenOptions::new();
    options.read(true);
    // Never wait on something that is not a file (a FIFO named like a journal).
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::custom_flags(&mut options, libc::O_NONBLOCK);
    let file = options.open(path).ok()?;
    match lock(&file, path) {
        Err(OpenError::Locked(by)) => Some(by),
        _ => None,
    }
}

/// The kernel's advisory lock on the journal (flock(2) on Unix, through std): let
/// go when the process ends, however it ends.
pub(super) fn lock(file: &File, path: &Path) -> Result<(), OpenError> {
    match file.try_lock() {
        Ok(()) => Ok(()),
        Err(std::fs::TryLockError::WouldBlock) => {
            let pid = std::fs::read_to_string(pid_file(path))
                .ok()
                .and_then(|s| s.trim().parse().ok());
            Err(OpenError::Locked(LockedBy { pid }))
        }
        Err(std::fs::TryLockError::Error(e)) => Err(failed(
            crate::t!("err-cannot-lock", path = path.display().to_string()),
            &e,
        )),
    }
}

/// Beside the journal, the pid of the process that has it open: only to name it in
/// "open in another window"; the lock itself is what counts.
pub fn pid_file(journal: &Path) -> PathBuf {
    let mut name = journal.file_name().unwrap_or_default().to_os_string();
    name.push(".pid");
    journal.with_file_name(name)
}

/// Not synced: the pid only names the other window in a message, and a power cut
/// that loses it loses the lock too.
pub(super) fn write_pid(journal: &Path) {
    let _ = crate::store::write_unsynced(&pid_file(journal), std::process::id().to_string().as_bytes());
}
