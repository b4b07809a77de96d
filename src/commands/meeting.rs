//! From the command line's words to a protocol, members and a plan.

use crate::cli::MeetingArgs;
use crate::commands::CliError;
use crate::plan::{self, Plan, PlanRequest, PresenterChoice, split_names};
use crate::protocol::builtin::DEFAULT_ID;
use crate::protocol::duration::parse_secs;
use crate::protocol::{Library, Protocol, Secs};
use crate::roster::load_roster;

/// Everything known about a meeting before it is planned.
#[derive(Debug, Clone)]
pub struct MeetingSetup {
    pub protocol: Protocol,
    /// `None` when no members were given: the live screen asks for them.
    pub members: Option<Vec<String>>,
    pub presenters: PresenterChoice,
    pub length: Option<Secs>,
}

impl MeetingSetup {
    /// Plan with the members given, or `Ok(None)` when there are none yet.
    pub fn plan(&self) -> Result<Option<Plan>, CliError> {
        let Some(members) = &self.members else { return Ok(None) };
        self.plan_for(members.clone()).map(Some)
    }

    pub fn plan_for(&self, members: Vec<String>) -> Result<Plan, CliError> {
        let request = PlanRequest {
            members,
            presenters: self.presenters.clone(),
            length: self.length,
            rotation: None,
        };
        plan::build(&self.protocol, &request).map_err(|e| CliError::BadInput(e.to_string()))
    }
}

pub fn library() -> Library {
    Library::load(crate::paths::user_protocols_dir().as_deref())
}

pub fn resolve(args: &MeetingArgs) -> Result<MeetingSetup, CliError> {
    let lib = library();
    let id = args.protocol.as_deref().unwrap_or(DEFAULT_ID);
    let protocol = lib.resolve(id)?;

    let members = match (&args.members, &args.roster) {
        (Some(m), _) => Some(split_names(m)),
        (None, Some(path)) => Some(load_roster(path)?.members),
        (None, None) => None,
    };
    let presenters = match &args.presenters {
        Some(p) => PresenterChoice::parse(p).map_err(CliError::BadInput)?,
        None => PresenterChoice::ProtocolDefault,
    };
    let length = match &args.length {
        Some(l) => match parse_secs(l) {
            Ok(0) => {
                return Err(CliError::BadInput(format!(
                    "--length {l}: a meeting must be longer than zero"
                )));
            }
            Ok(s) => Some(s),
            Err(e) => return Err(CliError::BadInput(format!("--length: {e}"))),
        },
        None => None,
    };
    Ok(MeetingSetup {
        protocol,
        members,
        presenters,
        length,
    })
}
