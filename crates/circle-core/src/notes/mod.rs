//! The notes a meeting takes while it runs: notes, questions, commitments, ratings,
//! each filed under its step's kind, and what a meeting of a group knows before it
//! starts. The journal keeps them on disk as they come; at the end they become a
//! [`crate::record::Record`].

mod marks;
pub mod roles;
pub mod taking;
mod welcome;

pub use taking::{GroupContext, MeetingNotes};

use std::collections::BTreeMap;

use crate::dates::every::Every;
use crate::memory::{Group, Memory};
use crate::plan::{Plan, same_name};
use crate::record::Programme;

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
            so_far: programme.filter(|p| p.is_last()).map(|_| self.memory.so_far()),
        }
    }
}
