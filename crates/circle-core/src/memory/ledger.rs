//! Report-back made between meetings (`circle commitments done|partly|drop ID`), and
//! the drops made when a member leaves: `marks.toml` beside the group's sessions.

use std::path::Path;

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use crate::memory::group::GroupError;
use crate::record::Status;
use crate::safe_read::ReadError;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LedgerMark {
    pub commitment: String,
    pub status: Status,
    pub at: DateTime<FixedOffset>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct LedgerFile {
    #[serde(default, rename = "mark")]
    marks: Vec<LedgerMark>,
}

/// The ledger's marks, oldest first; a missing file is an empty ledger, an
/// unreadable one is named in the problems and read as empty. One that is not a
/// regular file (a FIFO, `/dev/zero`) or is over the cap is refused outright: it
/// was put there, and reading on would hang or eat memory.
pub fn read(path: &Path) -> Result<(Vec<LedgerMark>, Vec<String>), GroupError> {
    let (mut marks, mut problems) = read_file(path)?;
    // Marks made since the layout that merges: one file each, in `marks/`.
    for f in crate::store::toml_files(&marks_dir(path)) {
        let (m, p) = read_file(&f)?;
        marks.extend(m);
        problems.extend(p);
    }
    // By when each was made: a later mark is the commitment's state.
    marks.sort_by_key(|m| m.at);
    Ok((marks, problems))
}

/// The folder of one-mark files beside a ledger file.
pub fn marks_dir(ledger: &Path) -> std::path::PathBuf {
    ledger.with_file_name("marks")
}

/// The marks of the older layout's one ledger file.
pub fn read_legacy(path: &Path) -> Result<(Vec<LedgerMark>, Vec<String>), GroupError> {
    read_file(path)
}

fn read_file(path: &Path) -> Result<(Vec<LedgerMark>, Vec<String>), GroupError> {
    Ok(match read_text(path)? {
        Ok(None) => (Vec::new(), Vec::new()),
        Ok(Some(text)) => match toml::from_str::<LedgerFile>(&text) {
            Ok(f) => (f.marks, Vec::new()),
            Err(e) => (
                Vec::new(),
                vec![format!(
                    "{}: {}",
                    path.display(),
                    crate::safe_text::clipped(&e.to_string(), 400)
                )],
            ),
        },
        Err(e) => (Vec::new(), vec![e.to_string()]),
    })
}

/// The ledger's text (`None` when there is none yet). The outer error is a hostile
/// file (refused), the inner one a file that could not be read (a problem to name).
fn read_text(path: &Path) -> Result<Result<Option<String>, ReadError>, GroupError> {
    match crate::safe_read::read_regular_text(path, crate::safe_read::SMALL_FILE_CAP) {
        Ok(text) => Ok(Ok(Some(text))),
        Err(e) if e.is_not_found() => Ok(Ok(None)),
        Err(e @ (ReadError::NotRegular { .. } | ReadError::TooLarge { .. })) => Err(GroupError::Bad(e.to_string())),
        Err(e) => Ok(Err(e)),
    }
}

/// Add marks: each a new file of its own in `marks/` beside the ledger (0600,
/// atomic), named by when it was made and a random suffix. Nothing is rewritten,
/// so two laptops' marks, and two commands run at once, never overwrite each other.
pub fn append(path: &Path, new: &[LedgerMark]) -> Result<(), GroupError> {
    // Each after every mark this laptop has seen, so the latest mark made here is
    // the commitment's state even when two are made in one millisecond.
    let mut last = read(path)?.0.iter().map(|m| m.at).max();
    for mark in new {
        let mut mark = mark.clone();
        mark.at = crate::memory::group_files::after_last(mark.at, last);
        last = Some(mark.at);
        write_one(path, &mark, crate::memory::fresh::stamped_name(mark.at, "toml"))?;
    }
    Ok(())
}

/// The older layout's marks, each moved to a file of its own named from the mark
/// itself: two laptops moving the same ledger make the same files.
pub fn write_each(path: &Path, marks: &[LedgerMark]) -> anyhow::Result<()> {
    for mark in marks {
        let key = format!("{}|{}|{}", mark.commitment, mark.status.key(), mark.at.to_rfc3339());
        // FNV-1a: stable across builds and machines, unlike std's hasher.
        let hash = key.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
        });
        let stamp = mark.at.with_timezone(&chrono::Utc).format("%Y%m%dT%H%M%S%.3fZ");
        write_one(path, mark, format!("{stamp}-{:08x}.toml", hash as u32)).map_err(|e| anyhow::anyhow!("{e}"))?;
    }
    Ok(())
}

fn write_one(path: &Path, mark: &LedgerMark, name: String) -> Result<(), GroupError> {
    let file = LedgerFile {
        marks: vec![mark.clone()],
    };
    let text = toml::to_string(&file).map_err(|e| GroupError::Io(e.into()))?;
    Ok(crate::store::write_private(
        &marks_dir(path).join(name),
        text.as_bytes(),
    )?)
}
