//! Rebuilding a meeting from its journal: the same events at the same times give
//! the same meeting. No screen is involved.

use super::live::Meeting;
use super::spec::MeetingSpec;
use crate::engine::{Ms, Now, Settings};
use crate::notes::journal::Journal;
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
        for entry in &journal.entries {
            let now = Now {
                mono: entry.t,
                wall: entry.wall.with_timezone(&chrono::Local),
            };
            last = entry.t;
            // The effects were carried out when the events first happened.
            let _ = meeting.apply(&entry.event, now);
        }
        meeting.keep_identity(h);
        Ok((meeting, last))
    }
}
