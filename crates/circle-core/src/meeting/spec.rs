//! What a meeting is before it starts: the protocol, who presents, how long, and the
//! group's memory. The one place that turns it into a plan and the notes' context,
//! for the command line and the live screen alike.

use crate::memory::Memory;
use crate::notes::{GroupContext, GroupMemory};
use crate::plan::{self, Extras, Plan, PlanError, PlanRequest, PresenterChoice};
use crate::protocol::{Protocol, Secs};

/// The role an outside facilitator holds.
pub const FACILITATOR: &str = "facilitator";

#[derive(Debug, Clone)]
pub struct MeetingSpec {
    pub protocol: Protocol,
    pub presenters: PresenterChoice,
    pub length: Option<Secs>,
    /// The group meeting, with its memory; `None` for a meeting of named members.
    pub group: Option<GroupMemory>,
    /// Givers, the seed of random draws, and whether this is a group's meeting.
    pub extras: Extras,
}

impl MeetingSpec {
    /// A meeting of this protocol as it stands: its own presenters and length, no
    /// group, nothing drawn or chosen beforehand.
    pub fn of(protocol: Protocol) -> MeetingSpec {
        MeetingSpec {
            protocol,
            presenters: PresenterChoice::ProtocolDefault,
            length: None,
            group: None,
            extras: Extras::default(),
        }
    }

    /// Plan for these members; a group's presenters come by its fair rotation.
    pub fn plan(&self, members: Vec<String>) -> Result<Plan, PlanError> {
        let request = PlanRequest {
            rotation: self.group.as_ref().map(|g| g.rotation(&members)),
            members,
            presenters: self.presenters.clone(),
            length: self.length,
            extras: self.extras(),
        };
        plan::build(&self.protocol, &request)
    }

    /// What is asked beside the members, with where this meeting stands in its
    /// group's life: a group's memory knows whether it is the first or the last.
    /// Without the memory (a resumed meeting) the journal's word stands.
    pub fn extras(&self) -> Extras {
        let mut extras = self.extras.clone();
        if let Some(g) = &self.group {
            extras.in_group = true;
            extras.first = g.is_first();
            extras.last = g.programme().is_some_and(|p| p.is_last());
        }
        extras
    }

    /// Rotating roles, buddies and open commitments for this plan.
    pub fn context(&self, plan: &Plan) -> GroupContext {
        let mut context = self.member_context(plan);
        // An outside facilitator leads instead of the member whose turn it was.
        if let Some(f) = &self.extras.facilitator {
            context.roles.insert(FACILITATOR.to_string(), f.clone());
        }
        context
    }

    fn member_context(&self, plan: &Plan) -> GroupContext {
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
