//! Where one group's files are on disk (`<data>/groups/<slug>/`), reading its
//! meeting records, and finding every group under the data dir.

use std::path::{Path, PathBuf};

use super::group::{Group, GroupError, parse_group};
use crate::memory::Memory;
use crate::plan::same_name;
use crate::record::Record;

/// Where one group's files are.
#[derive(Debug, Clone)]
pub struct GroupDir {
    pub path: PathBuf,
}

impl GroupDir {
    pub fn new(data_dir: &Path, name: &str) -> GroupDir {
        let groups = data_dir.join("groups");
        GroupDir {
            path: groups.join(crate::names::group_folder(&groups, name)),
        }
    }

    pub fn file(&self) -> PathBuf {
        self.path.join("group.toml")
    }

    pub fn sessions(&self) -> PathBuf {
        self.path.join("sessions")
    }

    pub fn load(&self, name: &str) -> Result<Group, GroupError> {
        let file = self.file();
        let text = match crate::safe_read::read_regular_text(&file, crate::safe_read::SMALL_FILE_CAP) {
            Ok(t) => t,
            Err(e) if e.is_not_found() => {
                // A name a person half remembers ("Tuesday" for "Tuesday circle"):
                // the group it is part of, said by its whole name.
                let typed = name.trim().to_lowercase();
                let data_dir = self.path.parent().and_then(Path::parent);
                let near = data_dir
                    .map(list)
                    .unwrap_or_default()
                    .into_iter()
                    .map(|(g, _)| g.name)
                    .find(|g| !typed.is_empty() && g.to_lowercase().contains(&typed));
                if let Some(near) = near {
                    return Err(GroupError::Bad(crate::t!(
                        "err-group-none-near",
                        name = crate::safe_text::clipped(name, 60),
                        near = crate::safe_text::clipped(&near, 60)
                    )));
                }
                return Err(GroupError::Bad(crate::t!(
                    "err-group-none",
                    name = crate::safe_text::clipped(name, 60),
                    quoted = crate::safe_text::shell_quoted(name)
                )));
            }
            Err(e) if e.is_bad_input() => return Err(GroupError::Bad(e.to_string())),
            Err(e) => return Err(GroupError::Io(e.into())),
        };
        let group = parse_group(&text).map_err(|e| GroupError::Bad(e.in_file(&file)))?;
        let group = self.with_changes(group)?;
        if !same_name(&group.name, name) {
            return Err(GroupError::Bad(crate::t!(
                "err-group-folder-taken",
                name = crate::safe_text::clipped(name, 60),
                owner = crate::safe_text::clipped(&group.name, 60)
            )));
        }
        Ok(group)
    }

    /// Keep what changed: `group.toml` for a new group, else a new file for each
    /// change (see `group_files.rs`). Callers that read, change and save hold
    /// [`GroupDir::lock`] around it.
    pub fn save(&self, group: &Group) -> anyhow::Result<()> {
        self.write_changes(group)
    }

    /// Every readable record in the sessions folder, and a line for each that is not.
    pub fn records(&self) -> Result<(Vec<Record>, Vec<String>), GroupError> {
        read_records(&self.sessions())
    }

    /// The group's memory: its records read through its roster's ids, and the
    /// marks made outside meetings.
    pub fn memory(&self, group: &Group) -> Result<(Memory, Vec<String>), GroupError> {
        let (records, mut problems) = self.records()?;
        let (ledger, p) = crate::memory::ledger::read(&self.ledger())?;
        problems.extend(p);
        Ok((Memory::for_group(records, group, ledger), problems))
    }

    /// Report-back made outside meetings (`circle commitments done …`).
    pub fn ledger(&self) -> PathBuf {
        self.path.join("marks.toml")
    }
}

/// A record that cannot be read or parsed is a problem to name; one that is not a
/// regular file (a FIFO, a link to `/dev/zero`) or is over the cap is refused: it
/// was put there, and the command stops with its name rather than read on.
pub fn read_records(dir: &Path) -> Result<(Vec<Record>, Vec<String>), GroupError> {
    use crate::safe_read::ReadError;
    let mut records = Vec::new();
    let mut problems = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Ok((records, problems));
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    paths.sort();
    for path in paths {
        let text = match crate::safe_read::read_regular_text(&path, crate::safe_read::RECORD_CAP) {
            Ok(t) => t,
            Err(e @ (ReadError::NotRegular { .. } | ReadError::TooLarge { .. })) => {
                return Err(GroupError::Bad(e.to_string()));
            }
            Err(e) => {
                problems.push(e.to_string());
                continue;
            }
        };
        match Record::from_toml(&text) {
            Ok(r) => records.push(r),
            Err(e) => problems.push(format!("{}: {}", path.display(), crate::safe_text::clipped(&e, 400))),
        }
    }
    Ok((records, problems))
}

/// Every group under the data dir, by name.
pub fn list(data_dir: &Path) -> Vec<(Group, GroupDir)> {
    let mut groups = Vec::new();
    let Ok(entries) = std::fs::read_dir(data_dir.join("groups")) else {
        return groups;
    };
    for e in entries.flatten() {
        let dir = GroupDir { path: e.path() };
        if let Ok(text) = crate::safe_read::read_regular_text(&dir.file(), crate::safe_read::SMALL_FILE_CAP)
            && let Ok(g) = parse_group(&text)
            && let Ok(g) = dir.with_changes(g)
        {
            groups.push((g, dir));
        }
    }
    groups.sort_by_key(|g| g.0.name.to_lowercase());
    groups
}
