//! A group's folder on disk in the layout that merges by itself (see `changes.rs`):
//! `group.toml` written once, a new file in `changes/` for every change, a new file
//! in `marks/` for every mark, a file per meeting in `sessions/`. One writer at a
//! time on one machine (a lock on the group), and the move from the older layout,
//! with a backup, the first time circle writes to a group.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use crate::memory::changes::{self, Change};
use crate::memory::group::{Group, GroupError, parse_group, serialize_group};
use crate::memory::group_dir::GroupDir;
use crate::store::write_private;

/// How long a command waits for another that is changing the same group.
const LOCK_WAIT: Duration = Duration::from_secs(10);

/// One change as its file holds it: when it was made, and what it is.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct ChangeFile {
    at: chrono::DateTime<chrono::FixedOffset>,
    #[serde(flatten)]
    change: Change,
}

/// Held while a command changes a group's files; the kernel lets go when the
/// process ends, however it ends.
#[derive(Debug)]
pub struct GroupLock {
    _file: std::fs::File,
}

impl GroupDir {
    pub fn changes_dir(&self) -> PathBuf {
        self.path.join("changes")
    }

    /// The group as `group.toml` says, with every change applied in order.
    pub(super) fn with_changes(&self, group: Group) -> Result<Group, GroupError> {
        self.with_changes_and_last(group).map(|(g, _)| g)
    }

    /// The group with its changes, and when the last change was made.
    fn with_changes_and_last(
        &self,
        mut group: Group,
    ) -> Result<(Group, Option<chrono::DateTime<chrono::FixedOffset>>), GroupError> {
        let mut last = None;
        for path in self.change_files() {
            let text = crate::safe_read::read_regular_text(&path, crate::safe_read::SMALL_FILE_CAP)
                .map_err(|e| GroupError::Bad(e.to_string()))?;
            let file: ChangeFile = toml::from_str(&text).map_err(|e| {
                let at = e
                    .span()
                    .map(|s| crate::toml_reader::diagnostic::line_col(&text, s.start))
                    .map_or_else(String::new, |(l, c)| format!(":{l}:{c}"));
                GroupError::Bad(crate::t!(
                    "err-change-unreadable",
                    path = format!("{}{at}", path.display()),
                    error = crate::safe_text::clipped(e.message(), 200)
                ))
            })?;
            changes::apply(&mut group, &file.change);
            last = Some(file.at);
        }
        Ok((group, last))
    }

    /// By name: the time each was made, then its random suffix.
    fn change_files(&self) -> Vec<PathBuf> {
        crate::store::toml_files(&self.changes_dir())
    }

    /// Write what changed between the group on disk and `new`, each change a new
    /// file; a group not on disk yet is written whole, once.
    pub(super) fn write_changes(&self, new: &Group) -> anyhow::Result<()> {
        if !self.file().exists() {
            return write_private(&self.file(), serialize_group(new)?.as_bytes());
        }
        self.migrate()?;
        let text = crate::safe_read::read_regular_text(&self.file(), crate::safe_read::SMALL_FILE_CAP)?;
        let base = parse_group(&text).map_err(|e| anyhow::anyhow!("{}", e.in_file(&self.file())))?;
        let (current, mut last) = self.with_changes_and_last(base).map_err(|e| anyhow::anyhow!("{e}"))?;
        let mut at = crate::engine::clock::wall_now().fixed_offset();
        for change in changes::diff(&current, new) {
            // Named after every change this laptop has seen, a millisecond apart:
            // what was done after something here sorts after it, whatever the
            // clock says (a clock behind, two commands in one millisecond).
            at = after_last(at, last);
            let file = ChangeFile { at, change };
            let name = crate::memory::fresh::stamped_name(at, "toml");
            last = Some(at);
            write_private(&self.changes_dir().join(name), toml::to_string(&file)?.as_bytes())?;
        }
        Ok(())
    }

    /// Wait for (at most a few seconds) and take the lock on this group.
    pub fn lock(&self) -> Result<GroupLock, GroupError> {
        crate::store::private_dir(&self.path).map_err(GroupError::Io)?;
        let path = self.path.join(".lock");
        let file = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(|e| GroupError::Io(anyhow::anyhow!("{}: {e}", path.display())))?;
        let start = Instant::now();
        loop {
            match file.try_lock() {
                Ok(()) => return Ok(GroupLock { _file: file }),
                Err(std::fs::TryLockError::WouldBlock) if start.elapsed() < LOCK_WAIT => {
                    std::thread::sleep(Duration::from_millis(20));
                }
                Err(std::fs::TryLockError::WouldBlock) => {
                    return Err(GroupError::Bad(crate::t!(
                        "err-group-locked",
                        path = self.path.display().to_string()
                    )));
                }
                Err(std::fs::TryLockError::Error(e)) => {
                    return Err(GroupError::Io(anyhow::anyhow!("{}: {e}", path.display())));
                }
            }
        }
    }

    /// Move a group written by an older circle to this layout: its `group.toml`
    /// and `marks.toml` are copied to `backup-before-v3/` first, each mark becomes
    /// a file of its own, and `group.toml` is written once more, as version 3.
    /// Returns whether anything moved. The names of the moved marks come from the
    /// marks themselves, so two laptops that both move the same group make the
    /// same files.
    pub fn migrate(&self) -> anyhow::Result<bool> {
        let text = crate::safe_read::read_regular_text(&self.file(), crate::safe_read::SMALL_FILE_CAP)?;
        #[derive(Deserialize)]
        struct Head {
            version: u32,
        }
        let head: Head = toml::from_str(&text).map_err(|e| anyhow::anyhow!("{}: {e}", self.file().display()))?;
        if head.version >= crate::memory::group::GROUP_VERSION {
            return Ok(false);
        }
        let backup = self.path.join("backup-before-v3");
        let ledger = self.ledger();
        write_private(&backup.join("group.toml"), text.as_bytes())?;
        let (old_marks, problems) = crate::memory::ledger::read_legacy(&ledger).map_err(|e| anyhow::anyhow!("{e}"))?;
        if !problems.is_empty() {
            // A ledger that does not read is left where it is: nothing is lost.
            anyhow::bail!("{}", problems.join("\n"));
        }
        if ledger.exists() {
            let marks_text = crate::safe_read::read_regular_text(&ledger, crate::safe_read::SMALL_FILE_CAP)?;
            write_private(&backup.join("marks.toml"), marks_text.as_bytes())?;
            crate::memory::ledger::write_each(&ledger, &old_marks)?;
            std::fs::remove_file(&ledger)?;
        }
        let group = parse_group(&text).map_err(|e| anyhow::anyhow!("{}", e.in_file(&self.file())))?;
        write_private(&self.file(), serialize_group(&group)?.as_bytes())?;
        Ok(true)
    }
}

/// `at`, or a millisecond after `last` when that is not earlier: the order of what
/// one laptop did is kept, whatever its clock says.
pub fn after_last(
    at: chrono::DateTime<chrono::FixedOffset>,
    last: Option<chrono::DateTime<chrono::FixedOffset>>,
) -> chrono::DateTime<chrono::FixedOffset> {
    match last {
        Some(l) if at <= l => l + chrono::Duration::milliseconds(1),
        _ => at,
    }
}

#[cfg(test)]
mod tests {
    use super::after_last;

    #[test]
    fn what_is_done_later_here_sorts_later_whatever_the_clock() {
        let t = |s: &str| chrono::DateTime::parse_from_rfc3339(s).unwrap();
        let last = Some(t("2026-10-30T12:00:00.005+00:00"));
        // Same millisecond, or a clock behind: a millisecond after what was seen.
        assert_eq!(
            after_last(t("2026-10-30T12:00:00.005+00:00"), last),
            t("2026-10-30T12:00:00.006+00:00")
        );
        assert_eq!(
            after_last(t("2026-10-30T11:00:00+00:00"), last),
            t("2026-10-30T12:00:00.006+00:00")
        );
        // A clock ahead of everything seen keeps its own time.
        assert_eq!(
            after_last(t("2026-10-30T13:00:00+00:00"), last),
            t("2026-10-30T13:00:00+00:00")
        );
    }
}
