//! The group's memory: what its past meetings say about who presents next, who
//! holds the rotating roles, who buddies with whom, and which commitments are open;
//! and the group itself on disk: its file, the changes and marks laptops add to it,
//! and where its meetings are kept.

pub mod changes;
pub mod fresh;
pub mod group;
pub mod group_dir;
pub(crate) mod group_files;
pub mod ledger;
pub mod remembered;
mod sessions;

pub use group::{Group, GroupError};
pub use group_dir::GroupDir;
pub use sessions::{data_dir_of, save, sessions_dir};

use crate::record::Tally;

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset, NaiveDate};

use crate::memory::ledger::LedgerMark;
use crate::plan::same_name;
use crate::protocol::Protocol;
use crate::record::{Buddy, Commitment, Record, Status};

/// A commitment from an earlier meeting that is not yet done or dropped.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct OpenCommitment {
    pub commitment: Commitment,
    /// The date of the meeting it was made at.
    pub made: NaiveDate,
    /// Its latest report-back status, if it had one.
    pub last: Option<Status>,
    /// Every report-back on it so far, oldest first: (the day, the status).
    pub history: Vec<(NaiveDate, Status)>,
}

#[derive(Debug, Clone, Default)]
pub struct Memory {
    /// Past meetings, oldest first, finished or not.
    pub records: Vec<Record>,
    /// Report-back made between meetings.
    pub ledger: Vec<LedgerMark>,
}

impl Memory {
    pub fn new(mut records: Vec<Record>) -> Memory {
        records.sort_by_key(|r| r.started);
        Memory {
            records,
            ledger: Vec::new(),
        }
    }

    /// A group's memory: every name in its records is read as the member it meant
    /// (by the record's ids, else by the roster's current and former names) and shown
    /// by that member's name today, so a rename keeps the whole history.
    pub fn for_group(records: Vec<Record>, group: &Group, ledger: Vec<LedgerMark>) -> Memory {
        let mut m = Memory::new(records.into_iter().map(|r| relabel(r, group)).collect());
        m.ledger = ledger;
        m.ledger.sort_by_key(|l| l.at);
        m
    }

    /// The meetings that count: those that reached their end. An abandoned meeting's
    /// marks, ratings and commitments do not.
    pub fn finished(&self) -> impl Iterator<Item = &Record> {
        self.records.iter().filter(|r| r.finished)
    }

    /// Members in the order they are due to present: whoever presented least
    /// recently first (never before counts as longest ago), then whoever has had the
    /// fewest hot seats, then the roster's order. Only rounds that ran count.
    pub fn presenter_rotation(&self, members: &[String]) -> Vec<String> {
        let presented: Vec<Vec<String>> = self.records.iter().map(Record::presented).collect();
        rotation(&presented, members)
    }

    /// The same fairness for a rotating role, over meetings in which a round ran.
    pub fn role_rotation(&self, role: &str, members: &[String]) -> Vec<String> {
        let held: Vec<Vec<String>> = self
            .records
            .iter()
            .filter(|r| r.finished || !r.presented().is_empty())
            .map(|r| r.roles.get(role).cloned().into_iter().collect())
            .collect();
        rotation(&held, members)
    }

    /// Who buddied whom at each finished meeting, oldest first.
    pub fn past_buddies(&self) -> Vec<Vec<Buddy>> {
        self.finished().map(|r| r.buddies.clone()).collect()
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

    /// Every commitment not yet done or dropped, oldest first.
    pub fn open_commitments(&self) -> Vec<OpenCommitment> {
        self.all_commitments()
            .into_iter()
            .map(|(c, _)| c)
            .filter(|c| !c.last.is_some_and(Status::closes))
            .collect()
    }

    /// Every commitment made at a finished meeting, oldest first, each once, with its
    /// latest status (from later meetings' report-back and the ledger, whichever is
    /// newest) and what was learned from it.
    pub fn all_commitments(&self) -> Vec<(OpenCommitment, Option<String>)> {
        let mut all = Vec::new();
        for record in self.finished() {
            for c in &record.commitments {
                let mut latest: Option<(DateTime<FixedOffset>, Status)> = None;
                let mut learned = None;
                let mut history = Vec::new();
                for later in self.finished().filter(|r| r.started > record.started) {
                    if let Some(m) = later.marks.iter().find(|m| m.commitment == c.id) {
                        let at = m.at.unwrap_or_else(|| later.when());
                        history.push((at, m.status));
                        latest = Some((at, m.status));
                        learned = m.learned.clone().or(learned);
                    }
                }
                for l in self.ledger.iter().filter(|l| l.commitment == c.id) {
                    history.push((l.at, l.status));
                    if latest.is_none_or(|(at, _)| l.at >= at) {
                        latest = Some((l.at, l.status));
                        learned = l.note.clone().or(learned);
                    }
                }
                history.sort_by_key(|(at, _)| *at);
                all.push((
                    OpenCommitment {
                        commitment: c.clone(),
                        made: record.started.date_naive(),
                        last: latest.map(|(_, s)| s),
                        history: history.into_iter().map(|(at, s)| (at.date_naive(), s)).collect(),
                    },
                    learned,
                ));
            }
        }
        all
    }

    /// Commitments kept of those that came due by `today` (or were closed early),
    /// each counted once by its latest state; only `owner`'s if given.
    pub fn tally(&self, today: NaiveDate, owner: Option<&str>) -> Tally {
        let mut t = Tally::default();
        for (c, _) in self.all_commitments() {
            if owner.is_some_and(|o| !same_name(o, &c.commitment.owner)) {
                continue;
            }
            if c.commitment.due <= today || c.last.is_some_and(Status::closes) {
                t.due += 1;
                t.kept += usize::from(c.last == Some(Status::Done));
            }
        }
        t
    }
}

/// Whoever held it least recently first, then fewest times, then roster order.
fn rotation(held: &[Vec<String>], members: &[String]) -> Vec<String> {
    let holds = |i: usize, m: &str| held[i].iter().any(|h| same_name(h, m));
    let mut keyed: Vec<(i64, usize, usize, &String)> = members
        .iter()
        .enumerate()
        .map(|(pos, m)| {
            let last = (0..held.len()).rposition(|i| holds(i, m)).map_or(-1, |i| i as i64);
            let count = (0..held.len()).filter(|&i| holds(i, m)).count();
            (last, count, pos, m)
        })
        .collect();
    keyed.sort();
    keyed.into_iter().map(|(.., m)| m.clone()).collect()
}

/// Every name in a record, read as the member it meant and shown by today's name.
fn relabel(mut r: Record, group: &Group) -> Record {
    let ids = std::mem::take(&mut r.ids);
    let label = |name: &mut String| {
        let id = ids
            .iter()
            .find(|(n, _)| same_name(n, name))
            .map(|(_, id)| id.clone())
            .or_else(|| group.resolve(name).map(|m| m.id.clone()));
        if let Some(m) = id.as_deref().and_then(|id| group.by_id(id)) {
            *name = m.name.clone();
        }
    };
    let each = |names: &mut Vec<String>| names.iter_mut().for_each(label);
    each(&mut r.members);
    each(&mut r.absent);
    each(&mut r.presenters);
    if let Some(ran) = &mut r.ran {
        each(ran);
    }
    r.roles.values_mut().for_each(label);
    for b in &mut r.buddies {
        label(&mut b.member);
        label(&mut b.buddy);
    }
    for n in &mut r.notes {
        n.speaker.iter_mut().for_each(label);
        n.presenter.iter_mut().for_each(label);
    }
    for c in &mut r.commitments {
        label(&mut c.owner);
        c.buddy.iter_mut().for_each(label);
    }
    r.marks.iter_mut().for_each(|m| label(&mut m.owner));
    r.awaiting.iter_mut().for_each(|a| label(&mut a.owner));
    r.ratings.iter_mut().for_each(|x| label(&mut x.member));
    r.airtime.iter_mut().for_each(|a| label(&mut a.member));
    for p in &mut r.phases {
        p.presenter.iter_mut().for_each(label);
    }
    r.ids = ids
        .into_values()
        .filter_map(|id| group.by_id(&id).map(|m| (m.name.clone(), id)))
        .collect();
    r
}

impl Memory {
    /// What the programme's earlier meetings add up to, for its last meeting.
    pub fn so_far(&self) -> crate::record::programme::SoFar {
        use crate::record::programme::{SoFar, Tracked, minutes};
        let commitments = self
            .all_commitments()
            .into_iter()
            .map(|(c, _)| Tracked {
                id: c.commitment.id.clone(),
                owner: c.commitment.owner.clone(),
                text: c.commitment.text.clone(),
                made: c.made,
                due: c.commitment.due,
                last: c.last,
            })
            .collect();
        let finished: Vec<&Record> = self.finished().collect();
        SoFar {
            commitments,
            ratings: finished
                .iter()
                .map(|r| r.average_rating().map(crate::record::round1))
                .collect(),
            meetings: finished.len() as u32,
            minutes: finished.iter().map(|r| minutes(r)).sum(),
        }
    }
}
