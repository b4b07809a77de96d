//! Report-back made between meetings (`circle commitments done|partly|drop ID`), and
//! the drops made when a member leaves: `marks.toml` beside the group's sessions.

use std::path::Path;

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use super::group::GroupError;
use super::record::Status;
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

/// Add marks to the ledger (atomically, 0600). A ledger that cannot be read is
/// not overwritten: that would lose the marks in it.
pub fn append(path: &Path, new: &[LedgerMark]) -> Result<(), GroupError> {
    let mut file = match read_text(path)? {
        Ok(Some(text)) => toml::from_str::<LedgerFile>(&text).map_err(|e| {
            GroupError::Io(anyhow::anyhow!(
                "{}: {}; {}",
                path.display(),
                crate::safe_text::clipped(&e.to_string(), 400),
                crate::t!("err-ledger-fix")
            ))
        })?,
        Ok(None) => LedgerFile::default(),
        Err(e) => return Err(GroupError::Io(anyhow::anyhow!("{e}"))),
    };
    file.marks.extend_from_slice(new);
    let text = toml::to_string(&file).map_err(|e| GroupError::Io(e.into()))?;
    Ok(crate::store::write_private(path, text.as_bytes())?)
}
