//! The notes of the meeting in progress: what a typed note becomes in each phase,
//! report-back marks, check-out ratings, and the times at the end. Pure: the caller
//! saves the record when [`MeetingNotes::add`] and friends say something changed.

use std::collections::BTreeMap;

use chrono::{DateTime, Local, NaiveDate};

use super::classify::{self, Verdict};
use super::memory::OpenCommitment;
use super::record::{
    Airtime, Buddy, Category, Commitment, Mark, Note, PhaseTime, RECORD_VERSION, Rating, Record, Status,
};
use crate::plan::{Plan, Step, same_name};
use crate::protocol::Kind;

/// The group around a meeting: who it is and what it remembers.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GroupContext {
    pub group: Option<String>,
    pub absent: Vec<String>,
    pub roles: BTreeMap<String, String>,
    pub buddies: Vec<Buddy>,
    /// Commitments from earlier meetings, for report-back.
    pub open: Vec<OpenCommitment>,
    /// Days until the next meeting: the default due date of a commitment.
    pub cadence_days: i64,
}

/// What became of a typed note.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Added {
    pub category: Category,
    pub verdict: Option<Verdict>,
    pub hint: Option<String>,
    /// For a commitment: its due date.
    pub due: Option<NaiveDate>,
}

#[derive(Debug, Clone)]
pub struct MeetingNotes {
    pub record: Record,
    pub open: Vec<OpenCommitment>,
    pub cadence_days: i64,
}

/// The category a note takes in a phase of this kind.
pub fn category_for(kind: Kind) -> Category {
    super::kinds::rules(kind).note
}

impl MeetingNotes {
    pub fn new(context: GroupContext, plan: &Plan, started: DateTime<Local>) -> MeetingNotes {
        let id = format!(
            "{}-{}",
            started.format("%Y-%m-%d-%H%M%S"),
            crate::store::slug(&plan.protocol.id)
        );
        MeetingNotes {
            record: Record {
                version: RECORD_VERSION,
                id,
                group: context.group,
                protocol: plan.protocol.id.clone(),
                protocol_name: plan.protocol.name.clone(),
                started: started.fixed_offset(),
                ended: None,
                finished: false,
                members: plan.members.clone(),
                absent: context.absent,
                presenters: plan.presenters.clone(),
                roles: context.roles,
                buddies: context.buddies,
                notes: Vec::new(),
                commitments: Vec::new(),
                marks: Vec::new(),
                ratings: Vec::new(),
                airtime: Vec::new(),
                phases: Vec::new(),
            },
            open: context.open,
            cadence_days: context.cadence_days.max(1),
        }
    }

    /// The default due date of a commitment made today: the next meeting.
    pub fn default_due(&self) -> NaiveDate {
        self.record.started.date_naive() + chrono::Days::new(self.cadence_days as u64)
    }

    pub fn buddy_of(&self, member: &str) -> Option<&str> {
        self.record
            .buddies
            .iter()
            .find(|b| same_name(&b.presenter, member))
            .map(|b| b.buddy.as_str())
    }

    /// Record a note taken during `step` (0-based index `index`).
    pub fn add(&mut self, index: usize, step: &Step, text: &str, at: DateTime<Local>) -> Option<Added> {
        let text = text.trim();
        if text.is_empty() {
            return None;
        }
        let category = category_for(step.kind);
        let mut added = Added {
            category,
            verdict: None,
            hint: None,
            due: None,
        };
        let mut body = text.to_string();
        if let Some(purpose) = super::kinds::rules(step.kind).questions {
            let check = classify::check_for(text, purpose);
            added.verdict = Some(check.verdict);
            added.hint = check.correction().map(str::to_string);
        }
        if category == Category::Commitment {
            let (what, due) = split_due(text);
            let due = due.unwrap_or_else(|| self.default_due());
            body = what.to_string();
            let owner = step
                .presenter
                .clone()
                .or_else(|| step.speaker.clone())
                .unwrap_or_else(|| "the group".to_string());
            let buddy = self.buddy_of(&owner).map(str::to_string);
            let n = self.record.commitments.len() + 1;
            self.record.commitments.push(Commitment {
                id: format!("{}#{n}", self.record.id),
                owner,
                text: body.clone(),
                due,
                buddy,
            });
            added.due = Some(due);
        }
        self.record.notes.push(Note {
            at: at.fixed_offset(),
            step: index + 1,
            phase: step.kind.key().to_string(),
            title: step.title.clone(),
            category,
            speaker: step.speaker.clone(),
            presenter: step.presenter.clone(),
            text: body,
            verdict: added.verdict,
        });
        Some(added)
    }

    /// Open commitments to report back on in this step: the speaker's, or everyone's.
    pub fn report_back_for(&self, speaker: Option<&str>) -> Vec<&OpenCommitment> {
        self.open
            .iter()
            .filter(|c| speaker.is_none_or(|s| same_name(&c.commitment.owner, s)))
            .collect()
    }

    pub fn mark_of(&self, commitment: &str) -> Option<&Mark> {
        self.record.marks.iter().find(|m| m.commitment == commitment)
    }

    /// Mark an earlier commitment; marking again changes the status.
    pub fn mark(&mut self, open: &OpenCommitment, status: Status) {
        let c = &open.commitment;
        match self.record.marks.iter_mut().find(|m| m.commitment == c.id) {
            Some(m) => m.status = status,
            None => self.record.marks.push(Mark {
                commitment: c.id.clone(),
                owner: c.owner.clone(),
                text: c.text.clone(),
                status,
                learned: None,
            }),
        }
    }

    /// What was learned from a commitment; it needs a mark first.
    pub fn learned(&mut self, commitment: &str, text: &str) -> bool {
        match self.record.marks.iter_mut().find(|m| m.commitment == commitment) {
            Some(m) => {
                m.learned = Some(text.trim().to_string());
                true
            }
            None => false,
        }
    }

    /// A member's 1–5 rating of the meeting's value for their time.
    pub fn rate(&mut self, member: &str, value: u8) {
        let value = value.clamp(1, 5);
        match self.record.ratings.iter_mut().find(|r| same_name(&r.member, member)) {
            Some(r) => r.value = value,
            None => self.record.ratings.push(Rating {
                member: member.to_string(),
                value,
            }),
        }
    }

    pub fn rating_of(&self, member: &str) -> Option<u8> {
        self.record
            .ratings
            .iter()
            .find(|r| same_name(&r.member, member))
            .map(|r| r.value)
    }

    /// Bring the times up to date: airtime per member, time per phase against the plan.
    pub fn times(&mut self, plan: &Plan, used_ms: &[u64], airtime_ms: &[(String, u64)]) {
        self.record.airtime = airtime_ms
            .iter()
            .map(|(m, ms)| Airtime {
                member: m.clone(),
                secs: ms / 1000,
            })
            .collect();
        let mut phases: Vec<PhaseTime> = Vec::new();
        for (step, used) in plan.steps.iter().zip(used_ms) {
            match phases.last_mut() {
                Some(p)
                    if p.title == step.title
                        && p.presenter == step.presenter
                        && step.turn.is_some_and(|t| t.index > 1) =>
                {
                    p.planned_s += step.length;
                    p.used_s += used / 1000;
                }
                _ => phases.push(PhaseTime {
                    title: step.title.clone(),
                    presenter: step.presenter.clone(),
                    planned_s: step.length,
                    used_s: used / 1000,
                }),
            }
        }
        self.record.phases = phases;
    }

    pub fn finish(&mut self, at: DateTime<Local>) {
        self.record.ended = Some(at.fixed_offset());
        self.record.finished = true;
    }
}

/// "Call Sam by 2026-12-01" → ("Call Sam", 2026-12-01). Also "due DATE".
pub fn split_due(text: &str) -> (&str, Option<NaiveDate>) {
    for marker in [" by ", " due "] {
        if let Some(i) = text.rfind(marker) {
            let tail = text[i + marker.len()..].trim();
            if let Ok(date) = NaiveDate::parse_from_str(tail, "%Y-%m-%d") {
                return (text[..i].trim_end(), Some(date));
            }
        }
    }
    (text, None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_due_date_can_be_typed_after_the_commitment() {
        let d = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        assert_eq!(split_due("Call Sam by 2026-12-01"), ("Call Sam", Some(d)));
        assert_eq!(split_due("Call Sam due 2026-12-01 "), ("Call Sam", Some(d)));
        assert_eq!(split_due("Stand by my team"), ("Stand by my team", None));
    }
}
