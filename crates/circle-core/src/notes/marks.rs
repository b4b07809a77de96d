//! Report-back marks on earlier commitments and the check-out's ratings, as a
//! meeting takes them.

use chrono::DateTime;

use super::MeetingNotes;
use crate::memory::OpenCommitment;
use crate::plan::same_name;
use crate::record::{Mark, Rating, Status};

impl MeetingNotes {
    pub fn mark_of(&self, commitment: &str) -> Option<&Mark> {
        self.record.marks.iter().find(|m| m.commitment == commitment)
    }

    /// Mark an earlier commitment; marking again changes the status.
    pub fn mark(&mut self, open: &OpenCommitment, status: Status, at: DateTime<chrono::FixedOffset>) {
        let c = &open.commitment;
        match self.record.marks.iter_mut().find(|m| m.commitment == c.id) {
            Some(m) => {
                m.status = status;
                m.at = Some(at);
            }
            None => self.record.marks.push(Mark {
                commitment: c.id.clone(),
                owner: c.owner.clone(),
                text: c.text.clone(),
                status,
                learned: None,
                at: Some(at),
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
}
