//! A group: its roster (`group.toml`) and the folder its meetings are kept in.
//! Names are kept as typed; the folder uses a safe slug of the name.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::memory::Memory;
use super::record::Record;
use crate::plan::{check_members_plain, same_name};
use crate::store::{slug, write_private};

pub const GROUP_VERSION: u32 = 1;
/// Longest group or member name circle keeps.
pub const MAX_NAME: usize = 200;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Group {
    pub version: u32,
    pub name: String,
    pub members: Vec<String>,
    /// Days between meetings: a commitment is due by default at the next one.
    #[serde(default = "default_cadence")]
    pub cadence_days: i64,
}

fn default_cadence() -> i64 {
    crate::defaults::CADENCE_DAYS
}

#[derive(Debug, thiserror::Error)]
pub enum GroupError {
    /// The person's input is wrong (exit 2).
    #[error("{0}")]
    Bad(String),
    #[error(transparent)]
    Io(#[from] anyhow::Error),
}

/// Where one group's files are.
#[derive(Debug, Clone)]
pub struct GroupDir {
    pub path: PathBuf,
}

impl GroupDir {
    pub fn new(data_dir: &Path, name: &str) -> GroupDir {
        GroupDir {
            path: data_dir.join("groups").join(slug(name)),
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
        let text = match std::fs::read_to_string(&file) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(GroupError::Bad(format!(
                    "no group named \"{}\"; create it with `circle group new \"{}\" --members \"Ana,Ben,…\"` (see `circle group list`)",
                    crate::safe_text::clipped(name, 60),
                    crate::safe_text::clipped(name, 60)
                )));
            }
            Err(e) => return Err(GroupError::Io(anyhow::anyhow!("cannot read {}: {e}", file.display()))),
        };
        let group: Group = toml::from_str(&text).map_err(|e| GroupError::Bad(format!("{}: {e}", file.display())))?;
        if group.version > GROUP_VERSION {
            return Err(GroupError::Bad(format!(
                "{}: written by a newer circle (version {}); upgrade circle to use it",
                file.display(),
                group.version
            )));
        }
        if !same_name(&group.name, name) {
            return Err(GroupError::Bad(format!(
                "the folder for \"{}\" belongs to the group \"{}\"; choose a more distinct name",
                crate::safe_text::clipped(name, 60),
                crate::safe_text::clipped(&group.name, 60)
            )));
        }
        Ok(group)
    }

    pub fn save(&self, group: &Group) -> anyhow::Result<()> {
        write_private(&self.file(), toml::to_string(group)?.as_bytes())
    }

    /// Every readable record in the sessions folder, and a line for each that is not.
    pub fn records(&self) -> (Vec<Record>, Vec<String>) {
        read_records(&self.sessions())
    }

    pub fn memory(&self) -> (Memory, Vec<String>) {
        let (records, problems) = self.records();
        (Memory::new(records), problems)
    }
}

pub fn read_records(dir: &Path) -> (Vec<Record>, Vec<String>) {
    let mut records = Vec::new();
    let mut problems = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return (records, problems);
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    paths.sort();
    for path in paths {
        match std::fs::read_to_string(&path)
            .map_err(|e| e.to_string())
            .and_then(|t| Record::from_toml(&t))
        {
            Ok(r) => records.push(r),
            Err(e) => problems.push(format!("{}: {e}", path.display())),
        }
    }
    (records, problems)
}

/// Check a group name: not empty, no control characters, not absurdly long.
pub fn check_name(name: &str) -> Result<(), GroupError> {
    if name.trim().is_empty() {
        return Err(GroupError::Bad("a group needs a name".into()));
    }
    if name.chars().any(char::is_control) {
        return Err(GroupError::Bad(format!(
            "the group name \"{}\" has control characters; type it plainly",
            crate::safe_text::clipped(&name.escape_debug().to_string(), 40)
        )));
    }
    if name.chars().count() > MAX_NAME {
        return Err(GroupError::Bad(format!(
            "a group name can be at most {MAX_NAME} characters"
        )));
    }
    Ok(())
}

pub fn check_roster(members: &[String]) -> Result<(), GroupError> {
    let mut problems = check_members_plain(members);
    if let Some(long) = members.iter().find(|m| m.chars().count() > MAX_NAME) {
        problems.push(format!(
            "\"{}\" is longer than {MAX_NAME} characters; use a shorter name",
            crate::safe_text::clipped(long, 40)
        ));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(GroupError::Bad(problems.join("\n")))
    }
}

/// Every group under the data dir, by name.
pub fn list(data_dir: &Path) -> Vec<(Group, GroupDir)> {
    let mut groups = Vec::new();
    let Ok(entries) = std::fs::read_dir(data_dir.join("groups")) else {
        return groups;
    };
    for e in entries.flatten() {
        let dir = GroupDir { path: e.path() };
        if let Ok(text) = std::fs::read_to_string(dir.file())
            && let Ok(g) = toml::from_str::<Group>(&text)
        {
            groups.push((g, dir));
        }
    }
    groups.sort_by_key(|g| g.0.name.to_lowercase());
    groups
}
