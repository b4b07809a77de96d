//! Where a meeting's files go, and saving them: the record, its summary and the
//! private notes beside it, and the norms a meeting adopted into its group.

use std::path::{Path, PathBuf};

use crate::memory::GroupDir;
use crate::memory::group;
use crate::record::{Record, norms, private_notes, summary};

/// Where a meeting's files go: its group's sessions folder, or `<data>/sessions`
/// for a meeting without a group.
pub fn sessions_dir(data_dir: &Path, group: Option<&str>) -> PathBuf {
    match group {
        Some(g) => GroupDir::new(data_dir, g).sessions(),
        None => data_dir.join("sessions"),
    }
}

/// The data dir a sessions folder is in (the inverse of [`sessions_dir`]).
pub fn data_dir_of(sessions: &Path) -> PathBuf {
    let Some(parent) = sessions.parent() else {
        return sessions.to_path_buf();
    };
    match parent.parent() {
        Some(groups) if groups.file_name().is_some_and(|n| n == "groups") => {
            groups.parent().unwrap_or(groups).to_path_buf()
        }
        _ => parent.to_path_buf(),
    }
}

/// Write a meeting's record (TOML) and summary (Markdown), each atomically, 0600.
pub fn save(dir: &Path, record: &Record) -> anyhow::Result<PathBuf> {
    let stem = crate::store::slug(&record.id);
    // The record travels with the group (a shared repository, a synced folder):
    // private notes stay in the private file beside it, which never does.
    let shared = private_notes::shared(record);
    crate::store::write_private(&dir.join(format!("{stem}.toml")), shared.to_toml()?.as_bytes())?;
    let md = dir.join(format!("{stem}.md"));
    crate::store::write_private(&md, summary::markdown(record).as_bytes())?;
    if let Some(private) = private_notes::markdown(record) {
        crate::store::write_private(&dir.join(private_notes::file_name(&stem)), private.as_bytes())?;
    }
    if record.group.is_some() && !record.norm_changes.is_empty() {
        adopt_norms(dir, record)?;
    }
    Ok(md)
}

/// Norms the meeting adopted go into its group's `group.toml` (the folder above its
/// sessions), seeded from the norms the meeting started with.
fn adopt_norms(sessions: &Path, record: &Record) -> anyhow::Result<()> {
    let Some(folder) = sessions.parent() else { return Ok(()) };
    let dir = GroupDir {
        path: folder.to_path_buf(),
    };
    let _lock = dir.lock().map_err(|e| anyhow::anyhow!("{e}"))?;
    let text = crate::safe_read::read_regular_text(&dir.file(), crate::safe_read::SMALL_FILE_CAP)?;
    let g = group::parse_group(&text).map_err(|e| anyhow::anyhow!("{}", e.in_file(&dir.file())))?;
    let mut g = dir.with_changes(g).map_err(|e| anyhow::anyhow!("{e}"))?;
    let before = g.norms.clone();
    let mut list = g.norms.take().unwrap_or_else(|| record.norms.clone());
    for change in &record.norm_changes {
        norms::apply(&mut list, change);
    }
    g.norms = Some(list);
    if g.norms != before {
        dir.save(&g)?;
    }
    Ok(())
}
