//! Rebuilding a meeting from its journal: the same events at the same times give
//! the same meeting. No screen is involved.

use super::live::Meeting;
use super::spec::MeetingSpec;
use crate::engine::{Ms, Now, Settings};
use crate::journal::Journal;
use crate::plan::{PlanError, PresenterChoice};
use crate::toml_reader::Diagnostics;

#[derive(Debug, thiserror::Error)]
pub enum ReplayError {
    #[error("the journal's protocol no longer reads: {0}")]
    Protocol(#[from] Diagnostics),
    #[error("the journal's plan no longer holds: {0}")]
    Plan(#[from] PlanError),
}

impl Meeting {
    /// Replay a journal. Returns the meeting and the journal's last moment on the
    /// meeting's time line; a meeting that was running is still running there.
    pub fn from_journal(journal: &Journal, settings: Settings) -> Result<(Meeting, Ms), ReplayError> {
        let h = &journal.header;
        let protocol = crate::protocol::parse_protocol(&h.protocol_id, &h.protocol_origin, &h.protocol_source)?;
        let spec = MeetingSpec {
            protocol,
            presenters: PresenterChoice::Names(h.presenters.clone()),
            length: h.length,
            group: None,
            extras: h.extras.clone(),
        };
        let plan = spec.plan(h.members.clone())?;
        let mut meeting = Meeting::from_plan(spec, plan, h.context.clone(), settings);
        let mut last = 0;
        let mut local = LocalOffsets::default();
        // The effects were carried out when the events first happened: one list,
        // emptied at each event, takes them.
        let mut effects = Vec::new();
        for entry in &journal.entries {
            let now = Now {
                mono: entry.t,
                wall: local.at(&entry.wall),
            };
            last = entry.t;
            effects.clear();
            meeting.replay(&entry.event, now, &mut effects);
        }
        meeting.keep_identity(h);
        Ok((meeting, last))
    }
}

/// The local time of each journal moment. Asking the time-zone database for every
/// one of 10,000 events was a tenth of a replay; zones change their offset only on
/// quarter-hour boundaries, so one answer serves a whole quarter of an hour.
#[derive(Default)]
struct LocalOffsets {
    last: Option<(i64, chrono::FixedOffset)>,
}

impl LocalOffsets {
    fn at(&mut self, wall: &chrono::DateTime<chrono::FixedOffset>) -> chrono::DateTime<chrono::Local> {
        let quarter = wall.timestamp().div_euclid(900);
        let offset = match self.last {
            Some((q, offset)) if q == quarter => offset,
            _ => {
                let offset = *wall.with_timezone(&chrono::Local).offset();
                self.last = Some((quarter, offset));
                offset
            }
        };
        chrono::DateTime::from_naive_utc_and_offset(wall.naive_utc(), offset)
    }
}

#[cfg(test)]
mod tests {
    use super::LocalOffsets;
    use chrono::{Local, TimeZone};

    #[test]
    fn cached_offsets_give_the_zones_own_answer() {
        let mut local = LocalOffsets::default();
        let start = chrono::FixedOffset::east_opt(3600)
            .unwrap()
            .with_ymd_and_hms(2026, 1, 1, 0, 0, 0)
            .unwrap();
        // Every seven minutes through a year: both daylight-saving changes of a
        // zone that has them, and many quarter-hour boundaries.
        for i in 0..(365 * 24 * 60 / 7) {
            let t = start + chrono::Duration::minutes(7 * i);
            assert_eq!(local.at(&t).offset(), t.with_timezone(&Local).offset(), "{t}");
        }
    }
}
