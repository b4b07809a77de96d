//! `f` on the ready screen: the facilitator's role passes on round the circle.

use super::App;
use crate::engine::Now;

impl App {
    /// On the ready screen: the facilitator's role passes to the next member.
    pub(super) fn next_facilitator(&mut self, now: Now) {
        let Some(meeting) = &mut self.meeting else { return };
        match meeting.hand_on_role() {
            Some((role, who)) => {
                let label = meeting.plan_ref().protocol.role_in_text(&role);
                self.say(crate::t!("notice-role-today", who = who, role = label), now);
            }
            None => self.say(crate::t!("notice-no-rotating-role"), now),
        }
    }
}
