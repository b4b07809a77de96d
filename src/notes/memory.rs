//! The group's memory: what its past meetings say about who presents next, who
//! holds the rotating roles, who buddies with whom, and which commitments are open.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::record::{Buddy, Commitment, Record, Status};
use crate::plan::same_name;
use crate::protocol::Protocol;

/// A commitment from an earlier meeting that is not yet done or dropped.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct OpenCommitment {
    pub commitment: Commitment,
    /// The date of the meeting it was made at.
    pub made: NaiveDate,
    /// Its latest report-back status, if it had one.
    pub last: Option<Status>,
}

#[derive(Debug, Clone, Default)]
pub struct Memory {
    /// Past meetings, oldest first.
    pub records: Vec<Record>,
}

impl Memory {
    pub fn new(mut records: Vec<Record>) -> Memory {
        records.sort_by_key(|r| r.started);
        Memory { records }
    }

    /// Members in the order they are due to present: whoever presented least
    /// recently first (never before counts as longest ago), then whoever has had the
    /// fewest hot seats, then the roster's order.
    pub fn presenter_rotation(&self, members: &[String]) -> Vec<String> {
        self.rotation(members, |r, m| r.presenters.iter().any(|p| same_name(p, m)))
    }

    /// The same fairness for a rotating role.
    pub fn role_rotation(&self, role: &str, members: &[String]) -> Vec<String> {
        self.rotation(members, |r, m| r.roles.get(role).is_some_and(|h| same_name(h, m)))
    }

    fn rotation(&self, members: &[String], held: impl Fn(&Record, &str) -> bool) -> Vec<String> {
        let mut keyed: Vec<(i64, usize, usize, &String)> = members
            .iter()
            .enumerate()
            .map(|(pos, m)| {
                let last = self.records.iter().rposition(|r| held(r, m)).map_or(-1, |i| i as i64);
                let count = self.records.iter().filter(|r| held(r, m)).count();
                (last, count, pos, m)
            })
            .collect();
        keyed.sort();
        keyed.into_iter().map(|(.., m)| m.clone()).collect()
    }

    /// Who holds each rotating role today. Presenters are spared a role when there
    /// are enough other members, and nobody holds two.
    pub fn assign_roles(
        &self,
        protocol: &Protocol,
        members: &[String],
        presenters: &[String],
    ) -> BTreeMap<String, String> {
        let mut roles = BTreeMap::new();
        let mut taken: Vec<String> = Vec::new();
        for role in protocol.roles.iter().filter(|r| r.rotates) {
            let order = self.role_rotation(&role.id, members);
            let free = |m: &&String| !taken.iter().any(|t| same_name(t, m));
            let pick = order
                .iter()
                .filter(free)
                .find(|m| !presenters.iter().any(|p| same_name(p, m)))
                .or_else(|| order.iter().find(free))
                .cloned();
            if let Some(m) = pick {
                taken.push(m.clone());
                roles.insert(role.id.clone(), m);
            }
        }
        roles
    }

    /// An accountability buddy for each presenter, rotated so pairs vary: the member
    /// who has buddied this presenter least often (and least recently) comes first.
    pub fn buddies(&self, presenters: &[String], members: &[String]) -> Vec<Buddy> {
        let mut chosen: Vec<Buddy> = Vec::new();
        for p in presenters {
            let paired = |r: &Record, m: &str| {
                r.buddies.iter().any(|b| {
                    (same_name(&b.presenter, p) && same_name(&b.buddy, m))
                        || (same_name(&b.presenter, m) && same_name(&b.buddy, p))
                })
            };
            let mut candidates: Vec<(bool, usize, i64, usize, &String)> = members
                .iter()
                .enumerate()
                .filter(|(_, m)| !same_name(m, p))
                .map(|(pos, m)| {
                    let busy = chosen.iter().any(|b| same_name(&b.buddy, m));
                    let count = self.records.iter().filter(|r| paired(r, m)).count();
                    let last = self.records.iter().rposition(|r| paired(r, m)).map_or(-1, |i| i as i64);
                    (busy, count, last, pos, m)
                })
                .collect();
            candidates.sort();
            if let Some((.., m)) = candidates.first() {
                chosen.push(Buddy {
                    presenter: p.clone(),
                    buddy: (*m).clone(),
                });
            }
        }
        chosen
    }

    /// Every commitment not yet done or dropped, oldest first.
    pub fn open_commitments(&self) -> Vec<OpenCommitment> {
        self.all_commitments()
            .into_iter()
            .map(|(c, _)| c)
            .filter(|c| !c.last.is_some_and(Status::closes))
            .collect()
    }

    /// Every commitment ever made, oldest first, with its latest status and what was
    /// learned from it.
    pub fn all_commitments(&self) -> Vec<(OpenCommitment, Option<String>)> {
        let mut all = Vec::new();
        for (i, record) in self.records.iter().enumerate() {
            for c in &record.commitments {
                let mark = self.records[i + 1..]
                    .iter()
                    .flat_map(|r| &r.marks)
                    .rfind(|m| m.commitment == c.id);
                all.push((
                    OpenCommitment {
                        commitment: c.clone(),
                        made: record.started.date_naive(),
                        last: mark.map(|m| m.status),
                    },
                    mark.and_then(|m| m.learned.clone()),
                ));
            }
        }
        all
    }
}
