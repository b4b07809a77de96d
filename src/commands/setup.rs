//! From the command line's words to a protocol, members and a plan.

use std::path::{Path, PathBuf};

use crate::cli::MeetingArgs;
use crate::commands::CliError;
use crate::config::Config;
use crate::duration::parse_secs;
use crate::meeting::MeetingSpec;
use crate::memory::{self, Group, GroupDir, GroupError};
use crate::notes::{self, GroupMemory};
use crate::plan::{self, Plan, PresenterChoice, split_names};
use crate::protocol::Library;
use crate::roster::load_roster;

/// Everything known about a meeting before it is planned.
#[derive(Debug, Clone)]
pub struct MeetingSetup {
    pub spec: MeetingSpec,
    /// `None` when no members were given: the live screen asks for them.
    pub members: Option<Vec<String>>,
    /// The group meeting, when `--group` was given.
    pub group: Option<GroupSetup>,
}

/// A group meeting's roster and files; its memory is in the spec.
#[derive(Debug, Clone)]
pub struct GroupSetup {
    pub group: Group,
    pub dir: GroupDir,
    /// Records that could not be read (named, never silently skipped).
    pub problems: Vec<String>,
}

impl From<GroupError> for CliError {
    fn from(e: GroupError) -> Self {
        match e {
            GroupError::Bad(m) => CliError::BadInput(m),
            GroupError::Io(e) => CliError::Failed(e),
        }
    }
}

/// `--data-dir`, else `$CIRCLE_DATA_DIR`, else the platform's data dir. Its folders
/// must be real folders (no link leads notes out of it), and temp files a killed
/// save left behind are cleared away first.
pub fn data_dir(flag: Option<&Path>) -> Result<PathBuf, CliError> {
    let dir = match flag {
        Some(d) => d.to_path_buf(),
        None => crate::paths::data_dir().ok_or_else(|| CliError::BadInput(crate::t!("cmd-setup-no-home")))?,
    };
    crate::store::check_data_tree(&dir).map_err(|e| CliError::BadInput(format!("{e:#}")))?;
    crate::store::clean_stale_temps(&dir);
    Ok(dir)
}

/// Load a group and take out today's absentees.
pub fn load_group(
    data: &Path,
    name: &str,
    absent: Option<&str>,
) -> Result<(GroupSetup, GroupMemory, Vec<String>), CliError> {
    memory::group::check_name(name)?;
    let dir = GroupDir::new(data, name);
    let group = dir.load(name)?;
    let absent: Vec<String> = absent
        .map(split_names)
        .unwrap_or_default()
        .into_iter()
        .filter(|a| !a.is_empty())
        .collect();
    for a in &absent {
        if group.find(a).is_none() {
            return Err(CliError::BadInput(crate::t!(
                "cmd-setup-absent-unknown",
                who = crate::safe_text::clipped(a, 40),
                name = group.name.as_str(),
                members = group.members().join(", ")
            )));
        }
    }
    let members: Vec<String> = group
        .members()
        .iter()
        .filter(|m| !absent.iter().any(|a| plan::same_name(a, m)))
        .cloned()
        .collect();
    let (memory, problems) = dir.memory(&group)?;
    let memory = GroupMemory::new(&group, absent, memory);
    Ok((GroupSetup { group, dir, problems }, memory, members))
}

impl MeetingSetup {
    /// Plan with the members given; printing a plan needs them.
    pub fn plan(&self) -> Result<Plan, CliError> {
        let members = self
            .members
            .clone()
            .ok_or_else(|| CliError::BadInput(crate::t!("cmd-setup-no-members")))?;
        self.spec.plan(members).map_err(|e| CliError::BadInput(e.to_string()))
    }

    /// The group's context for this plan (roles, buddies, open commitments).
    pub fn group_context(&self, plan: &Plan) -> Option<notes::GroupContext> {
        self.group.as_ref().map(|_| self.spec.context(plan))
    }
}

pub fn library() -> Library {
    Library::load(crate::paths::user_protocols_dir().as_deref())
}

/// The meeting the command line describes. The protocol is the one named, else the
/// group's own, else `config.toml`'s `default_protocol`, else the built-in default.
pub fn resolve(args: &MeetingArgs, data: Option<&Path>, config: &Config) -> Result<MeetingSetup, CliError> {
    let (mut group, mut memory) = (None, None);
    let members = match (&args.members, &args.roster, &args.group) {
        (_, _, Some(name)) => {
            let (setup, m, members) = load_group(&data_dir(data)?, name, args.absent.as_deref())?;
            (group, memory) = (Some(setup), Some(m));
            Some(members)
        }
        (Some(m), _, _) => Some(split_names(m)),
        (None, Some(path), _) => Some(load_roster(path)?.members),
        (None, None, None) => None,
    };
    // A group remembers its protocol and length: the command line's win when given.
    let remembered = group.as_ref().map(|g: &GroupSetup| &g.group);
    let id = args
        .protocol
        .as_deref()
        .or(remembered.and_then(|g| g.protocol.as_deref()))
        .or(config.default_protocol.as_deref())
        // A group made before without a protocol keeps the one it always had.
        .unwrap_or(match remembered {
            Some(_) => crate::defaults::PROTOCOL,
            None => crate::defaults::protocol_for_language(),
        });
    let protocol = Library::resolve_in(crate::paths::user_protocols_dir().as_deref(), id)?;
    let length_arg = args.length.clone().or(remembered.and_then(|g| g.length.clone()));
    let presenters = match &args.presenters {
        Some(p) => PresenterChoice::parse(p).map_err(|e| {
            CliError::BadInput(format!(
                "--presenters {}",
                crate::safe_text::clipped(&e.to_string(), 200)
            ))
        })?,
        None => PresenterChoice::ProtocolDefault,
    };
    let length = match &length_arg {
        Some(l) => match parse_secs(l) {
            Ok(0) => {
                return Err(CliError::BadInput(crate::t!(
                    "cmd-length-zero",
                    length = crate::safe_text::clipped(l, 40)
                )));
            }
            Ok(s) => Some(s),
            Err(e) => {
                return Err(CliError::BadInput(format!(
                    "--length: {}",
                    crate::safe_text::clipped(&e.to_string(), 200)
                )));
            }
        },
        None => None,
    };
    let givers = match &args.givers {
        Some(g) => Some(crate::plan::Givers::parse(g).map_err(CliError::BadInput)?),
        None => None,
    };
    let facilitator = args
        .facilitator
        .clone()
        .or(remembered.and_then(|g| g.facilitator.clone()))
        .map(|f| f.trim().to_string());
    let extras = crate::plan::Extras {
        in_group: group.is_some(),
        givers,
        seed: args.seed.unwrap_or_else(fresh_seed),
        facilitator,
        ..Default::default()
    };
    Ok(MeetingSetup {
        spec: MeetingSpec {
            protocol,
            presenters,
            length,
            group: memory,
            extras,
        },
        members,
        group,
    })
}

/// A seed for a meeting's draws when none is given: printed with the plan, so the
/// same draw can be had again with `--seed`. Kept short enough to type.
fn fresh_seed() -> u64 {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() as u64);
    (nanos ^ u64::from(std::process::id()).rotate_left(32)) % 100_000
}
