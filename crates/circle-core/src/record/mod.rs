//! The machine-readable record of one meeting (TOML), which circle reads back for
//! report-back, rotation and history. The Markdown summary is drawn from it.

pub mod buddies;
pub mod norms;
pub(crate) mod opt_ratings;
pub mod options;
pub mod private_notes;
pub mod programme;
pub mod summary;
pub(crate) mod summary_parts;

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::coach::Verdict;
use crate::protocol::Category;

/// Bumped when the record's meaning changes; a newer record is refused, not misread.
/// Version 2: member ids, rounds that ran, buddies for every member who commits,
/// norms, programme, awaiting report-back. Version 1 records read as they are.
pub const RECORD_VERSION: u32 = 2;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Record {
    pub version: u32,
    /// The file stem: `<when>-<protocol>`.
    pub id: String,
    pub group: Option<String>,
    pub protocol: String,
    pub protocol_name: String,
    pub started: DateTime<FixedOffset>,
    pub ended: Option<DateTime<FixedOffset>>,
    /// True once the meeting reached its end screen.
    pub finished: bool,
    pub members: Vec<String>,
    #[serde(default)]
    pub absent: Vec<String>,
    pub presenters: Vec<String>,
    /// Rotating roles (facilitator, timekeeper…) and who held them: role id → member.
    #[serde(default)]
    pub roles: BTreeMap<String, String>,
    #[serde(default)]
    pub buddies: Vec<Buddy>,
    #[serde(default)]
    pub notes: Vec<Note>,
    #[serde(default)]
    pub commitments: Vec<Commitment>,
    /// Report-back on commitments from earlier meetings.
    #[serde(default)]
    pub marks: Vec<Mark>,
    #[serde(default)]
    pub ratings: Vec<Rating>,
    #[serde(default)]
    pub airtime: Vec<Airtime>,
    #[serde(default)]
    pub phases: Vec<PhaseTime>,
    /// Name → the member's id in the group, so a rename keeps their history.
    /// Empty in records from before ids (read through the roster's former names).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub ids: BTreeMap<String, String>,
    /// The presenters whose round got past its challenge step: only these count as
    /// a hot seat. `None` in records from before this was kept.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ran: Option<Vec<String>>,
    /// Which meeting of a programme this is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub programme: Option<Programme>,
    /// The group's norms as they stood at this meeting.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub norms: Vec<String>,
    /// Norms the group changed or added at this meeting.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub norm_changes: Vec<NormChange>,
    /// Earlier commitments due for report-back at this meeting, marked or not;
    /// `carried` for those of members who were away.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub awaiting: Vec<Awaiting>,
    /// The last meeting of a programme: what was kept, and what it was worth.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub celebration: Option<crate::record::programme::Celebration>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Programme {
    pub number: u32,
    pub of: u32,
}

impl Programme {
    pub fn is_last(self) -> bool {
        self.number >= self.of
    }

    pub fn label(self) -> String {
        crate::t!("record-meeting-of", number = self.number, of = self.of)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NormChange {
    /// The norm it replaces; `None` for a new one.
    pub replaces: Option<String>,
    pub norm: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Awaiting {
    pub commitment: String,
    pub owner: String,
    pub text: String,
    pub due: NaiveDate,
    /// The owner was away: carried to the next meeting, not skipped.
    #[serde(default)]
    pub carried: bool,
}

/// Who holds a member to their commitments until the next meeting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Buddy {
    /// The member who committed (records before buddies for all called them presenter).
    #[serde(alias = "presenter")]
    pub member: String,
    pub buddy: String,
}

impl Category {
    pub fn label(self) -> &'static str {
        match self {
            Category::Focus => crate::label!("category-focus"),
            Category::Reframe => crate::label!("category-reframe"),
            Category::Question => crate::label!("category-question"),
            Category::Option => crate::label!("category-option"),
            Category::Suggestion => crate::label!("category-suggestion"),
            Category::Commitment => crate::label!("category-commitment"),
            Category::Learning => crate::label!("category-learning"),
            Category::Insight => crate::label!("category-insight"),
            Category::Norm => crate::label!("category-norm"),
            Category::Hope => crate::label!("category-hope"),
            Category::Review => crate::label!("category-review"),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    pub at: DateTime<FixedOffset>,
    /// 1-based step number in the plan.
    pub step: usize,
    /// The phase kind's key: "questions", "reframe"…
    pub phase: String,
    pub title: String,
    pub category: Category,
    pub speaker: Option<String>,
    pub presenter: Option<String>,
    pub text: String,
    /// For questions: open, closed or advice.
    pub verdict: Option<Verdict>,
    /// The facilitator's own note: kept here and in the private file beside the
    /// summary, never in the summary itself nor on a shared screen.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub private: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Commitment {
    /// `<record id>#<n>`: unique across the group's meetings.
    pub id: String,
    pub owner: String,
    pub text: String,
    pub due: NaiveDate,
    pub buddy: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Done,
    Partly,
    NotYet,
    Dropped,
}

impl Status {
    pub const ALL: [Status; 4] = [Status::Done, Status::Partly, Status::NotYet, Status::Dropped];

    /// The word JSON output uses, the same in every language.
    pub fn key(self) -> &'static str {
        match self {
            Status::Done => "done",
            Status::Partly => "partly",
            Status::NotYet => "not yet",
            Status::Dropped => "dropped",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Status::Done => crate::label!("status-done"),
            Status::Partly => crate::label!("status-partly"),
            Status::NotYet => crate::label!("status-not-yet"),
            Status::Dropped => crate::label!("status-dropped"),
        }
    }

    /// A commitment stays open until it is done or dropped.
    pub fn closes(self) -> bool {
        matches!(self, Status::Done | Status::Dropped)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mark {
    pub commitment: String,
    pub owner: String,
    pub text: String,
    pub status: Status,
    pub learned: Option<String>,
    /// When the mark was made (not the meeting's end): a `commitments done` made
    /// while the meeting ran is later, and wins. Records from before it have none,
    /// and their marks count from the meeting's end.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at: Option<DateTime<FixedOffset>>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rating {
    pub member: String,
    /// 1–5: the meeting's value for the member's time.
    pub value: u8,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Airtime {
    pub member: String,
    pub secs: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PhaseTime {
    pub title: String,
    pub presenter: Option<String>,
    pub planned_s: u64,
    pub used_s: u64,
}

impl Record {
    /// The record as TOML. An error (never a panic) if some value has no TOML
    /// form: the meeting's journal still holds everything, and the screen says so.
    pub fn to_toml(&self) -> anyhow::Result<String> {
        toml::to_string(self).map_err(|e| anyhow::anyhow!("{e}"))
    }

    /// Read a record; a record from a newer circle is refused with a message.
    pub fn from_toml(text: &str) -> Result<Record, String> {
        #[derive(Deserialize)]
        struct Version {
            version: u32,
        }
        let v: Version = toml::from_str(text).map_err(|e| e.message().to_string())?;
        if v.version > RECORD_VERSION {
            return Err(crate::t!(
                "err-record-newer",
                version = v.version,
                reads = RECORD_VERSION
            ));
        }
        toml::from_str(text).map_err(|e| e.to_string())
    }

    /// The presenters who count as having had a hot seat at this meeting.
    pub fn presented(&self) -> Vec<String> {
        match &self.ran {
            Some(ran) => ran.clone(),
            None if self.finished => self.presenters.clone(),
            // An old unfinished record: a round counts if it got past its first step.
            None => self
                .presenters
                .iter()
                .filter(|p| {
                    self.phases
                        .iter()
                        .filter(|x| x.presenter.as_deref() == Some(p.as_str()))
                        .skip(1)
                        .any(|x| x.used_s > 0)
                })
                .cloned()
                .collect(),
        }
    }

    /// The members present who did not rate the meeting.
    pub fn not_rated(&self) -> Vec<String> {
        self.members
            .iter()
            .filter(|m| !self.ratings.iter().any(|r| crate::plan::same_name(&r.member, m)))
            .cloned()
            .collect()
    }

    /// When the meeting's report-back counts from: its end, else its start.
    pub fn when(&self) -> DateTime<FixedOffset> {
        self.ended.unwrap_or(self.started)
    }

    pub fn average_rating(&self) -> Option<f64> {
        if self.ratings.is_empty() {
            return None;
        }
        Some(self.ratings.iter().map(|r| f64::from(r.value)).sum::<f64>() / self.ratings.len() as f64)
    }
}

/// A rating to one decimal, halves up (4.25 → 4.3), the same in the summary, on
/// screen and in `history`.
pub fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

#[cfg(test)]
mod rounding_tests {
    #[test]
    fn halves_round_up_everywhere() {
        // 5, 4, 3, 5 averages 4.25: shown as 4.3 (plain `{:.1}` would say 4.2).
        assert_eq!(format!("{:.1}", super::round1(17.0 / 4.0)), "4.3");
        assert_eq!(format!("{:.1}", super::round1(4.24)), "4.2");
    }
}

/// How many commitments that came due were kept.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Tally {
    pub kept: usize,
    pub due: usize,
}

impl Tally {
    pub fn percent(self) -> Option<u32> {
        (self.due > 0).then(|| ((self.kept as f64 * 100.0) / self.due as f64).round() as u32)
    }
}
