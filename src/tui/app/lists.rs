//! The report-back and check-out lists: choosing a row, marking and rating.

use super::{App, Effect, Screen};
use crate::engine::Now;
use crate::meeting::Meeting;
use crate::notes;
use crate::notes::journal::Event;
use crate::notes::kinds::{StepList, rules};

impl App {
    /// Who a check-out rating goes to: the speaker, or the member selected.
    pub fn rating_target(&self) -> Option<String> {
        let s = self.engine()?;
        let step = s.current_step();
        if rules(step.kind).list != StepList::Ratings {
            return None;
        }
        step.speaker.clone().or_else(|| {
            let members = &s.plan().members;
            members
                .get(self.ui.notes.selected.min(members.len().saturating_sub(1)))
                .cloned()
        })
    }

    /// The open commitments listed at this report-back step.
    pub fn report_back_list(&self) -> Vec<&notes::OpenCommitment> {
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
        let len = match rules(s.current_step().kind).list {
            StepList::Commitments => self.report_back_list().len(),
            StepList::Ratings if s.current_step().speaker.is_none() => s.plan().members.len(),
            StepList::Ratings | StepList::NewCommitment | StepList::Norms | StepList::None => 0,
        };
        if len > 0 {
            let i = self.ui.notes.selected as i64 + i64::from(delta);
            self.ui.notes.selected = i.clamp(0, len as i64 - 1) as usize;
        }
    }

    /// A digit key: a report-back mark (1–4) or a check-out rating (1–5).
    pub(super) fn digit(&mut self, d: u8, now: Now, out: &mut Vec<Effect>) {
        let Some(list) = self.engine().map(|s| rules(s.current_step().kind).list) else {
            return;
        };
        match list {
            StepList::Commitments => {
                let Some(status) = notes::record::Status::ALL.get(usize::from(d).wrapping_sub(1)).copied() else {
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
