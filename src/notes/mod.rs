//! Notes, commitments and the group's memory. No terminal code here: the live
//! screen feeds notes in, and the files on disk come out.

pub mod classify;
pub mod group;
pub mod journal;
mod journal_line;
pub mod journal_writer;
pub mod kinds;
pub mod memory;
pub mod record;
pub mod summary;
pub mod taking;

pub use group::{Group, GroupDir, GroupError};
pub use memory::{Memory, OpenCommitment};
pub use record::Record;
pub use taking::{GroupContext, MeetingNotes};

use std::path::{Path, PathBuf};

use crate::plan::{Plan, same_name};

/// What a meeting of a group knows before it starts: who is away, and its memory.
#[derive(Debug, Clone)]
pub struct GroupMemory {
    pub name: String,
    pub absent: Vec<String>,
    pub memory: Memory,
    pub cadence_days: i64,
}

impl GroupMemory {
    /// Members in the order they are due to present.
    pub fn rotation(&self, members: &[String]) -> Vec<String> {
        self.memory.presenter_rotation(members)
    }

    /// What the notes of a meeting with this plan start from.
    pub fn context(&self, plan: &Plan) -> GroupContext {
        let present = |owner: &str| plan.members.iter().any(|m| same_name(m, owner));
        GroupContext {
            group: Some(self.name.clone()),
            absent: self.absent.clone(),
            roles: self
                .memory
                .assign_roles(&plan.protocol, &plan.members, &plan.presenters),
            buddies: self.memory.buddies(&plan.presenters, &plan.members),
            open: self
                .memory
                .open_commitments()
                .into_iter()
                .filter(|c| present(&c.commitment.owner))
                .collect(),
            cadence_days: self.cadence_days,
        }
    }
}

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
    crate::store::write_private(&dir.join(format!("{stem}.toml")), record.to_toml().as_bytes())?;
    let md = dir.join(format!("{stem}.md"));
    crate::store::write_private(&md, summary::markdown(record).as_bytes())?;
    Ok(md)
}
