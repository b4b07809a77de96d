//! Notes, commitments and the group's memory. No terminal code here: the live
//! screen feeds notes in, and the files on disk come out.

pub mod buddies;
pub mod changes;
pub mod classify;
pub mod due;
mod due_days;
mod due_english;
mod due_german;
pub mod every;
pub mod fresh;
pub mod group;
mod group_files;
pub mod journal;
mod journal_line;
pub mod journal_writer;
pub mod kinds;
pub mod ledger;
pub mod memory;
pub mod norms;
mod opt_ratings;
pub mod private_notes;
pub mod programme;
pub mod record;
pub mod remembered;
pub mod roles;
pub mod summary;
mod summary_parts;
pub mod taking;
mod welcome;

pub use group::{Group, GroupDir, GroupError};
pub use memory::{Memory, OpenCommitment};
pub use record::Record;
pub use taking::{GroupContext, MeetingNotes};

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::plan::{Plan, same_name};
use every::Every;
use record::Programme;

/// What a meeting of a group knows before it starts: who is away, and its memory.
#[derive(Debug, Clone)]
pub struct GroupMemory {
    pub name: String,
    pub absent: Vec<String>,
    pub memory: Memory,
    pub every: Every,
    /// Name → member id, for the record.
    pub ids: BTreeMap<String, String>,
    /// The group's own norms, once it has them.
    pub norms: Option<Vec<String>>,
    /// How many meetings its programme has, if it is one.
    pub meetings: Option<u32>,
    /// The current members (not those who left): only they can be away today.
    pub current: Vec<String>,
}

impl GroupMemory {
    pub fn new(group: &Group, absent: Vec<String>, memory: Memory) -> GroupMemory {
        GroupMemory {
            name: group.name.clone(),
            absent,
            memory,
            every: group.every,
            ids: group.ids(),
            norms: group.norms.clone(),
            meetings: group.meetings,
            current: group.members(),
        }
    }

    /// Which meeting of the programme the next one is; `None` outside a programme
    /// or once it is complete.
    pub fn programme(&self) -> Option<Programme> {
        let of = self.meetings?;
        let number = self.memory.finished().count() as u32 + 1;
        (number <= of).then_some(Programme { number, of })
    }

    /// The group has not met yet: no meeting of it got past its start.
    pub fn is_first(&self) -> bool {
        self.memory.finished().next().is_none() && self.memory.open_commitments().is_empty()
    }

    /// Members in the order they are due to present.
    pub fn rotation(&self, members: &[String]) -> Vec<String> {
        self.memory.presenter_rotation(members)
    }

    /// What the notes of a meeting with this plan start from.
    pub fn context(&self, plan: &Plan) -> GroupContext {
        let present = |owner: &str| plan.members.iter().any(|m| same_name(m, owner));
        let open = self.memory.open_commitments();
        let programme = self.programme();
        GroupContext {
            group: Some(self.name.clone()),
            absent: self.absent.clone(),
            roles: self
                .memory
                .assign_roles(&plan.protocol, &plan.members, &plan.presenters),
            // Buddies are chosen as members commit (see `buddies`).
            buddies: Vec::new(),
            open: open.iter().filter(|c| present(&c.commitment.owner)).cloned().collect(),
            // Those of members away today; a member who left is not away, and their
            // commitments (kept open or dropped when they left) are not carried.
            carried: open
                .into_iter()
                .filter(|c| !present(&c.commitment.owner))
                .filter(|c| self.current.iter().any(|m| same_name(m, &c.commitment.owner)))
                .collect(),
            cadence_days: match self.every {
                Every::Days(d) => i64::from(d),
                Every::Months(m) => i64::from(m) * 30,
            },
            every: Some(self.every),
            ids: self.ids.clone(),
            norms: self.norms.clone().unwrap_or_else(|| plan.protocol.norms.clone()),
            programme,
            past_buddies: self.memory.past_buddies(),
            so_far: programme
                .filter(|p| p.is_last())
                .map(|_| programme::SoFar::from_memory(&self.memory)),
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
