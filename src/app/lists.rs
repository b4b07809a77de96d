//! The report-back and check-out lists: choosing a row, marking and rating.

use super::{App, Effect, Screen};
use crate::engine::Now;
use crate::journal::Event;
use crate::meeting::Meeting;
use crate::protocol::StepList;

impl App {
    /// Who a check-out rating goes to: the member selected, which is the speaker
    /// when a turn begins (↑/↓ reach anyone who has not rated yet).
    pub fn rating_target(&self) -> Option<String> {
        let s = self.engine()?;
        if s.current_step().kind.rules().list != StepList::Ratings {
            return None;
        }
        let members = &s.plan().members;
        members
            .get(self.ui.notes.selected.min(members.len().saturating_sub(1)))
            .cloned()
    }

    /// Where the selection starts on a step: on the speaker of a check-out turn.
    pub(super) fn first_selection(&self) -> usize {
        let Some(s) = self.engine() else { return 0 };
        let step = s.current_step();
        match (step.kind.rules().list, &step.speaker) {
            (StepList::Ratings, Some(speaker)) => s.plan().members.iter().position(|m| m == speaker).unwrap_or(0),
            _ => 0,
        }
    }

    /// The open commitments listed at this report-back step.
    pub fn report_back_list(&self) -> Vec<&crate::memory::OpenCommitment> {
        self.meeting.as_ref().map(Meeting::report_back_list).unwrap_or_default()
    }

    pub(super) fn select(&mut self, delta: i32) {
        if self.screen == Screen::Ready {
            // The ready screen scrolls its plan, no further than the last frame allowed.
            let max = self.ui.scroll_max.get();
            self.ui.scroll = self.ui.scroll.saturating_add_signed(delta as isize).min(max);
            return;
        }
        let Some(s) = self.engine() else { return };
        let len = match s.current_step().kind.rules().list {
            StepList::Commitments => self.report_back_list().len(),
            StepList::Ratings => s.plan().members.len(),
            // The norms scroll when they do not all fit: the selection is the first shown.
            StepList::Norms => self.meeting.as_ref().map_or(0, |m| {
                if m.norms().is_empty() {
                    m.plan_ref().protocol.norms.len()
                } else {
                    m.norms().len()
                }
            }),
            StepList::NewCommitment | StepList::Programme | StepList::None => 0,
        };
        if len > 0 {
            let i = self.ui.notes.selected as i64 + i64::from(delta);
            self.ui.notes.selected = i.clamp(0, len as i64 - 1) as usize;
        }
    }

    /// A digit key: a report-back mark (1–4) or a check-out rating (1–5).
    pub(super) fn digit(&mut self, d: u8, now: Now, out: &mut Vec<Effect>) {
        let Some(list) = self.engine().map(|s| s.current_step().kind.rules().list) else {
            return;
        };
        match list {
            StepList::Commitments => {
                let Some(status) = crate::record::Status::ALL.get(usize::from(d).wrapping_sub(1)).copied() else {
                    return;
                };
                let Some(id) = self
                    .report_back_list()
                    .get(self.ui.notes.selected)
                    .map(|o| o.commitment.id.clone())
                else {
                    return self.say(crate::t!("notice-nothing-to-mark"), now);
                };
                self.send(Event::Mark { commitment: id, status }, now, out);
            }
            StepList::Ratings if (1..=5).contains(&d) => {
                let Some(member) = self.rating_target() else { return };
                self.send(Event::Rate { member, value: d }, now, out);
                // A speaker-less check-out moves on to the next member.
                if self.engine().is_some_and(|s| s.current_step().speaker.is_none()) {
                    self.select(1);
                }
            }
            _ => {}
        }
    }
}
