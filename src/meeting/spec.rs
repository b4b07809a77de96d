//! What a meeting is before it starts: the protocol, who presents, how long, and the
//! group's memory. The one place that turns it into a plan and the notes' context,
//! for the command line and the live screen alike.

use crate::notes::{GroupContext, GroupMemory, Memory};
use crate::plan::{self, Plan, PlanError, PlanRequest, PresenterChoice};
use crate::protocol::{Protocol, Secs};

#[derive(Debug, Clone)]
pub struct MeetingSpec {
    pub protocol: Protocol,
    pub presenters: PresenterChoice,
    pub length: Option<Secs>,
    /// The group meeting, with its memory; `None` for a meeting of named members.
    pub group: Option<GroupMemory>,
}

impl MeetingSpec {
    /// Plan for these members; a group's presenters come by its fair rotation.
    pub fn plan(&self, members: Vec<String>) -> Result<Plan, PlanError> {
        let request = PlanRequest {
            rotation: self.group.as_ref().map(|g| g.rotation(&members)),
            members,
            presenters: self.presenters.clone(),
            length: self.length,
        };
        plan::build(&self.protocol, &request)
    }

    /// Rotating roles, buddies and open commitments for this plan.
    pub fn context(&self, plan: &Plan) -> GroupContext {
        match &self.group {
            Some(g) => g.context(plan),
            // Without a group's memory, the rotating roles are proposed from the
            // seating order (the ready screen lets the group change them).
            None => GroupContext {
                roles: Memory::default().assign_roles(&plan.protocol, &plan.members, &plan.presenters),
                cadence_days: crate::defaults::CADENCE_DAYS,
                norms: plan.protocol.norms.clone(),
                ..GroupContext::default()
            },
        }
    }
}
