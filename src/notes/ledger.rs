//! Report-back made between meetings (`circle commitments done|partly|drop ID`), and
//! the drops made when a member leaves: `marks.toml` beside the group's sessions.

use std::path::Path;

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use super::record::Status;

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
/// unreadable one is named in the problems and read as empty.
pub fn read(path: &Path) -> (Vec<LedgerMark>, Vec<String>) {
    match std::fs::read_to_string(path) {
        Ok(text) => match toml::from_str::<LedgerFile>(&text) {
            Ok(f) => (f.marks, Vec::new()),
            Err(e) => (Vec::new(), vec![format!("{}: {e}", path.display())]),
        },
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => (Vec::new(), Vec::new()),
        Err(e) => (
            Vec::new(),
            vec![format!("{}: {}", path.display(), crate::safe_read::cannot_read(&e))],
        ),
    }
}

/// Add marks to the ledger (atomically, 0600). A ledger that cannot be read is
/// not overwritten: that would lose the marks in it.
pub fn append(path: &Path, new: &[LedgerMark]) -> anyhow::Result<()> {
    let mut file = match std::fs::read_to_string(path) {
        Ok(text) => toml::from_str::<LedgerFile>(&text)
            .map_err(|e| anyhow::anyhow!("{}: {e}; {}", path.display(), crate::t!("err-ledger-fix")))?,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => LedgerFile::default(),
        Err(e) => anyhow::bail!(
            "{}: {}",
            crate::t!("err-cannot-read-path", path = path.display().to_string()),
            crate::safe_read::io_words(&e)
        ),
    };
    file.marks.extend_from_slice(new);
    crate::store::write_private(path, toml::to_string(&file)?.as_bytes())
}
