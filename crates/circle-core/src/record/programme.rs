//! A programme's close: the last meeting celebrates what was kept across all its
//! meetings and reviews what the time together was worth.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::record::Tally;
use crate::record::{Record, Status};

/// A commitment of the programme and its state before the last meeting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tracked {
    pub id: String,
    pub owner: String,
    pub text: String,
    pub made: NaiveDate,
    pub due: NaiveDate,
    pub last: Option<Status>,
}

/// What the programme's earlier meetings add up to, known when the last one starts.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SoFar {
    pub commitments: Vec<Tracked>,
    /// Each earlier meeting's average rating, oldest first (`None`: nobody rated).
    #[serde(with = "crate::record::opt_ratings")]
    pub ratings: Vec<Option<f64>>,
    pub meetings: u32,
    pub minutes: u64,
}

pub(crate) fn minutes(r: &Record) -> u64 {
    r.ended.map_or(0, |e| (e - r.started).num_minutes().max(0) as u64)
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Kept {
    pub owner: String,
    pub text: String,
    pub made: NaiveDate,
}

/// The celebration and return-on-investment review of a programme's last meeting.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Celebration {
    /// Every commitment of the programme marked done, oldest first.
    pub kept: Vec<Kept>,
    /// Kept of those that came due, each counted once by its latest state.
    pub tally: Tally,
    /// Each meeting's average rating, this one last (`None`: nobody rated).
    #[serde(with = "crate::record::opt_ratings")]
    pub ratings: Vec<Option<f64>>,
    pub meetings: u32,
    pub minutes: u64,
}

/// The celebration as it stands with this meeting's report-back and ratings.
pub fn celebrate(so_far: &SoFar, record: &Record) -> Celebration {
    let today = record.started.date_naive();
    let mut kept = Vec::new();
    let mut tally = Tally::default();
    for c in &so_far.commitments {
        let last = record
            .marks
            .iter()
            .find(|m| m.commitment == c.id)
            .map(|m| m.status)
            .or(c.last);
        if c.due <= today || last.is_some_and(Status::closes) {
            tally.due += 1;
        }
        if last == Some(Status::Done) {
            tally.kept += 1;
            kept.push(Kept {
                owner: c.owner.clone(),
                text: c.text.clone(),
                made: c.made,
            });
        }
    }
    let mut ratings = so_far.ratings.clone();
    ratings.push(record.average_rating().map(crate::record::round1));
    Celebration {
        kept,
        tally,
        ratings,
        meetings: so_far.meetings + 1,
        minutes: so_far.minutes + minutes(record),
    }
}

/// One commitment of a member's programme and what came of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Journey {
    pub text: String,
    pub made: NaiveDate,
    pub last: Option<Status>,
}

/// What a member set out to do across the programme and where each stands now,
/// for the last meeting's review.
pub fn journey_of(so_far: &SoFar, record: &Record, owner: &str) -> Vec<Journey> {
    so_far
        .commitments
        .iter()
        .filter(|c| crate::plan::same_name(&c.owner, owner))
        .map(|c| Journey {
            text: c.text.clone(),
            made: c.made,
            last: record
                .marks
                .iter()
                .find(|m| m.commitment == c.id)
                .map(|m| m.status)
                .or(c.last),
        })
        .collect()
}
