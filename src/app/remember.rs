//! Remembering a group typed at the setup screen: the offer of the group that met
//! here last, and the disk's answer (found or made) coming back as a message.

use super::{App, Screen, Stage};
use crate::engine::Now;

/// A group offered on the setup screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Offer {
    pub group: String,
    pub members: Vec<String>,
}

/// The answer to [`super::Effect::Remember`]: the group, its memory, and its protocol
/// when it keeps another than the one on screen.
#[derive(Debug, Clone)]
pub struct Remembered {
    pub memory: crate::notes::GroupMemory,
    pub protocol: Option<crate::protocol::Protocol>,
    /// Made just now (else found).
    pub new: bool,
}

impl App {
    /// The setup screen keeps the typed names as a group, and offers this one.
    pub fn remembering(mut self, offer: Option<Offer>) -> App {
        if let Screen::Setup(form) = &mut self.screen {
            form.remembers = true;
            form.offer = offer;
        }
        self
    }

    /// The typed names' group is known: plan its meeting with its memory (its
    /// rotation, report-back and roles), on its own protocol.
    pub(super) fn remembered(&mut self, found: Remembered, now: Now) {
        let Some(members) = self.engine().map(|e| e.plan().members.clone()) else {
            return;
        };
        if self.meeting.as_ref().is_some_and(|m| m.stage() != Stage::Ready) {
            return;
        }
        // The group's own spelling of each name, however it was typed ("dee").
        let members: Vec<String> = members
            .into_iter()
            .map(|m| {
                found
                    .memory
                    .current
                    .iter()
                    .find(|c| crate::plan::same_name(c, &m))
                    .cloned()
                    .unwrap_or(m)
            })
            .collect();
        // In the group's own order: its rotation and seating, however typed.
        let mut members = members;
        let place = |m: &String| found.memory.current.iter().position(|c| c == m).unwrap_or(usize::MAX);
        members.sort_by_key(place);
        let before = (self.spec.clone(), self.meeting.clone());
        self.spec.group = Some(found.memory);
        if let Some(p) = found.protocol {
            self.spec.protocol = p;
        }
        match self.plan_for(members) {
            Ok(()) if found.new => self.say(crate::t!("remembered-new"), now),
            Ok(()) => self.say(crate::t!("remembered-found"), now),
            Err(e) => {
                // The group's protocol does not fit today's members: go on without it.
                (self.spec, self.meeting) = before;
                self.say(e, now);
            }
        }
    }
}
