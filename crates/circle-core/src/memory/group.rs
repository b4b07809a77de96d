//! A group: its roster (`group.toml`) and the folder its meetings are kept in.
//! Names are kept as typed; the folder uses a safe slug of the name.

// Ids chosen at run time (passed as data, not written in a `t!` call):
// i18n-ids: err-group-folder-taken err-group-name-control err-group-name-long err-group-none err-member-name-long

use std::path::Path;

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::dates::every::Every;
use crate::plan::{check_members_plain, same_name};

/// Version 2: members have stable ids; norms, protocol, length and programme.
/// Version 1 files (members as a list of names, `cadence_days`) are read and migrated.
/// Version 3: the layout that merges (`group.toml` written once, changes beside
/// it; see `changes.rs`). Version 2 files read as they are and move on first write.
pub const GROUP_VERSION: u32 = 3;
/// Longest group or member name circle keeps.
pub const MAX_NAME: usize = crate::names::MAX_NAME;

/// A member of a group. The id is what records refer to; the name is a label that
/// can change (`group edit --rename`) without cutting the member off their history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Member {
    pub id: String,
    pub name: String,
    /// Names this member had before, so records written before ids existed still
    /// find them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub former: Vec<String>,
    /// Set when the member left the group: kept so their history still reads.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub left: Option<NaiveDate>,
    /// Other ids of the same person: two laptops that each added them (see
    /// `changes.rs`). Records made with either id are theirs.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Group {
    pub version: u32,
    pub name: String,
    /// The protocol the group meets on (`run --group` uses it unless told otherwise).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub protocol: Option<String>,
    /// How long its meetings are, e.g. "2h".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub length: Option<String>,
    /// How often it meets: a commitment is due by default at the next meeting.
    #[serde(default)]
    pub every: Every,
    /// How many meetings the programme has, if it is one ("meeting 3 of 6").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meetings: Option<u32>,
    /// The group's own norms; `None` until first seeded from its protocol.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub norms: Option<Vec<String>>,
    /// An outside facilitator who leads the group's meetings but is not a member.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub facilitator: Option<String>,
    #[serde(default, rename = "member")]
    pub roster: Vec<Member>,
}

impl Group {
    pub fn new(name: String, members: &[String], every: Every) -> Group {
        let mut g = Group {
            version: GROUP_VERSION,
            name,
            protocol: None,
            length: None,
            every,
            meetings: None,
            norms: None,
            facilitator: None,
            roster: Vec::new(),
        };
        for m in members {
            g.add(m);
        }
        g
    }

    /// Current members' names, in roster order.
    pub fn members(&self) -> Vec<String> {
        self.current().map(|m| m.name.clone()).collect()
    }

    pub fn current(&self) -> impl Iterator<Item = &Member> {
        self.roster.iter().filter(|m| m.left.is_none())
    }

    /// Add a member with a fresh id that no other laptop will hand out; a member
    /// who left and comes back under the same name rejoins with their own id and
    /// history.
    pub fn add(&mut self, name: &str) {
        self.add_as(name, crate::memory::fresh::member_id());
    }

    /// Add a member with this id (or bring back one who left).
    fn add_as(&mut self, name: &str, id: String) {
        if let Some(back) = self
            .roster
            .iter_mut()
            .find(|m| m.left.is_some() && same_name(&m.name, name))
        {
            back.left = None;
            return;
        }
        self.roster.push(Member {
            id,
            name: name.trim().to_string(),
            former: Vec::new(),
            left: None,
            aliases: Vec::new(),
        });
    }

    /// The current member of this name.
    pub fn find(&self, name: &str) -> Option<&Member> {
        self.current().find(|m| same_name(&m.name, name))
    }

    /// Whoever carries (or carried) this name: current names first, then former
    /// ones, then members who left. How records without ids are read.
    pub fn resolve(&self, name: &str) -> Option<&Member> {
        self.find(name)
            .or_else(|| {
                self.roster
                    .iter()
                    .find(|m| m.left.is_some() && same_name(&m.name, name))
            })
            .or_else(|| self.roster.iter().find(|m| m.former.iter().any(|f| same_name(f, name))))
    }

    pub fn by_id(&self, id: &str) -> Option<&Member> {
        self.roster
            .iter()
            .find(|m| m.id == id || m.aliases.iter().any(|a| a == id))
    }

    /// Name → id for everyone on the roster now: written into each record.
    pub fn ids(&self) -> BTreeMap<String, String> {
        self.current().map(|m| (m.name.clone(), m.id.clone())).collect()
    }
}

/// What is wrong in a `group.toml`, and where (line, column) when that is known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupFileError {
    pub at: Option<(usize, usize)>,
    pub message: String,
}

impl GroupFileError {
    /// The message as circle prints it: `FILE:LINE:COL: …`, like a protocol's.
    pub fn in_file(&self, file: &Path) -> String {
        match self.at {
            Some((line, col)) => format!("{}:{line}:{col}: {}", file.display(), self.message),
            None => format!("{}: {}", file.display(), self.message),
        }
    }

    fn toml(text: &str, e: &toml::de::Error) -> GroupFileError {
        // Broken syntax is worded by its kind, never in toml's English; an error
        // in what a well-formed file holds is serde's or circle's own
        // deserializer's message, passed on as it is.
        let (e, message) = match toml::de::DeTable::parse(text) {
            Err(syntax) => {
                let kind = crate::toml_reader::SyntaxKind::of(&syntax).message();
                (syntax, crate::t!("err-toml-syntax", message = kind))
            }
            Ok(_) => (e.clone(), e.message().trim().to_string()),
        };
        GroupFileError {
            at: e
                .span()
                .map(|s| crate::toml_reader::diagnostic::line_col(text, s.start)),
            message,
        }
    }
}

impl std::fmt::Display for GroupFileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.at {
            Some((line, col)) => write!(f, "{line}:{col}: {}", self.message),
            None => write!(f, "{}", self.message),
        }
    }
}

/// Read `group.toml`, migrating a version 1 file (names only) on the way.
pub fn parse_group(text: &str) -> Result<Group, GroupFileError> {
    #[derive(Deserialize)]
    struct Head {
        version: u32,
        #[serde(default)]
        members: Option<Vec<String>>,
        #[serde(default)]
        cadence_days: Option<i64>,
    }
    let head: Head = toml::from_str(text).map_err(|e| GroupFileError::toml(text, &e))?;
    if head.version > GROUP_VERSION {
        return Err(GroupFileError {
            at: None,
            message: crate::t!("err-group-newer", version = head.version),
        });
    }
    let mut group: Group = toml::from_str(text).map_err(|e| GroupFileError::toml(text, &e))?;
    if let Some(names) = head.members {
        // Version 1: ids in roster order, which is what the records' names meant;
        // the same on every read until the file is written anew.
        for (k, n) in names.iter().enumerate() {
            if group.find(n).is_none() {
                group.add_as(n, format!("m{}", k + 1));
            }
        }
    }
    if let Some(days) = head.cadence_days {
        // A number a person edited is checked, not bent into range.
        if !(1..=366).contains(&days) {
            return Err(GroupFileError {
                at: value_of(text, "cadence_days"),
                message: format!(
                    "{}: {}\n  {}: {}",
                    crate::t!("err-error-in", path = "cadence_days"),
                    crate::t!("err-group-cadence", days = days.to_string()),
                    crate::t!("err-help"),
                    crate::t!("err-group-cadence-help")
                ),
            });
        }
        group.every = Every::Days(days as u32);
    }
    group.version = GROUP_VERSION;
    Ok(group)
}

/// Where the value of a top-level `key = value` line starts (line, column).
fn value_of(text: &str, key: &str) -> Option<(usize, usize)> {
    text.lines().enumerate().find_map(|(i, line)| {
        let rest = line.trim_start().strip_prefix(key)?.trim_start().strip_prefix('=')?;
        let col = line.len() - rest.trim_start().len() + 1;
        Some((i + 1, col))
    })
}

/// The group as TOML: an error, never a panic, if a value has no TOML form.
pub fn serialize_group(group: &Group) -> anyhow::Result<String> {
    toml::to_string(group).map_err(|e| anyhow::anyhow!("{e}"))
}

#[derive(Debug, thiserror::Error)]
pub enum GroupError {
    /// The person's input is wrong (exit 2).
    #[error("{0}")]
    Bad(String),
    #[error(transparent)]
    Io(#[from] anyhow::Error),
}

/// Check a group name: not empty, no control characters, not absurdly long.
pub fn check_name(name: &str) -> Result<(), GroupError> {
    if name.trim().is_empty() {
        return Err(GroupError::Bad(crate::t!("err-group-no-name")));
    }
    if name.chars().any(char::is_control) {
        return Err(GroupError::Bad(crate::t!(
            "err-group-name-control",
            name = crate::safe_text::clipped(&name.escape_debug().to_string(), 40)
        )));
    }
    if name.chars().count() > MAX_NAME {
        return Err(GroupError::Bad(crate::t!(
            "err-group-name-long",
            max = MAX_NAME.to_string()
        )));
    }
    Ok(())
}

pub fn check_roster(members: &[String]) -> Result<(), GroupError> {
    let problems = check_members_plain(members);
    if problems.is_empty() {
        Ok(())
    } else {
        Err(GroupError::Bad(problems.join("\n")))
    }
}
