//! Who is in the meeting, and who presents: checks on names typed by people.

use crate::protocol::{PresenterCount, Protocol};
use crate::toml_reader::did_you_mean;

/// How the presenters of a meeting are chosen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PresenterChoice {
    /// As many as the protocol says, by rotation.
    ProtocolDefault,
    Count(u32),
    All,
    /// These members, in this order.
    Names(Vec<String>),
}

/// Why a typed choice of presenters was refused. Where it was typed (a flag, a
/// line on the ready screen) is for the caller to say.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PresenterError {
    NoneChosen(String),
    Empty,
}

impl std::fmt::Display for PresenterError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PresenterError::NoneChosen(t) => {
                write!(
                    f,
                    "\"{}\": {}",
                    crate::safe_text::clipped(t, 80),
                    crate::t!("err-presenters-none")
                )
            }
            PresenterError::Empty => write!(f, "{}", crate::t!("err-presenters-empty")),
        }
    }
}

impl std::error::Error for PresenterError {}

impl PresenterChoice {
    /// Read a choice of presenters: a number, `all` (or the German `alle`), or a
    /// comma-separated list of names.
    pub fn parse(text: &str) -> Result<PresenterChoice, PresenterError> {
        let t = text.trim();
        if t.eq_ignore_ascii_case("all") || t.eq_ignore_ascii_case("alle") {
            return Ok(PresenterChoice::All);
        }
        if let Ok(n) = t.parse::<i64>() {
            return if n >= 1 {
                Ok(PresenterChoice::Count(n.min(u32::MAX as i64) as u32))
            } else {
                Err(PresenterError::NoneChosen(t.to_string()))
            };
        }
        let names: Vec<String> = split_names(t).into_iter().filter(|n| !n.is_empty()).collect();
        if names.is_empty() {
            return Err(PresenterError::Empty);
        }
        Ok(PresenterChoice::Names(names))
    }
}

/// Split "Ana, Ben ,Chen" into trimmed names, keeping empty entries so they can be reported.
pub fn split_names(text: &str) -> Vec<String> {
    text.split(',').map(crate::names::normalize).collect()
}

/// Check a list of member names for a protocol; returns every problem found.
pub fn check_members(names: &[String], protocol: &Protocol) -> Vec<String> {
    let mut problems = check_members_plain(names);
    let n = names.len() as u32;
    let g = protocol.group;
    if g.min.is_some_and(|min| n < min) || g.max.is_some_and(|max| n > max) {
        problems.push(crate::t!(
            "err-members-wrong-size",
            count = n,
            protocol = protocol.id.as_str(),
            size = g.describe()
        ));
    }
    if names.is_empty() {
        problems.push(crate::t!("err-members-none"));
    }
    problems
}

/// Check names on their own: none empty, none with control characters, no twins.
pub fn check_members_plain(names: &[String]) -> Vec<String> {
    let mut problems = Vec::new();
    for (i, name) in names.iter().enumerate() {
        if name.trim().is_empty() {
            problems.push(crate::t!("err-member-empty", n = i + 1));
        } else if name.chars().any(char::is_control) {
            problems.push(crate::t!(
                "err-member-control",
                n = i + 1,
                name = crate::safe_text::clipped(&name.escape_debug().to_string(), 40)
            ));
        } else if name.chars().count() > crate::names::MAX_NAME {
            problems.push(crate::t!(
                "err-member-name-long",
                name = crate::safe_text::clipped(name, 40),
                max = crate::names::MAX_NAME.to_string()
            ));
        }
    }
    for (i, name) in names.iter().enumerate() {
        if name.trim().is_empty() {
            continue;
        }
        let first = names.iter().position(|n| same_name(n, name));
        if first != Some(i) {
            problems.push(crate::t!(
                "err-member-twice",
                name = crate::safe_text::clipped(name, 40)
            ));
        }
    }
    problems
}

/// Names are compared without regard to case or surrounding spaces.
/// Two names are one person's when they are the same once normalised and
/// case-folded (see [`crate::names`]).
pub fn same_name(a: &str, b: &str) -> bool {
    crate::names::same(a, b)
}

/// Resolve the presenters of a meeting, in the order their rounds run.
/// `rotation` is the members in the order they are due to present.
pub fn choose_presenters(
    choice: &PresenterChoice,
    protocol: &Protocol,
    members: &[String],
    rotation: &[String],
) -> Result<Vec<String>, Vec<String>> {
    let count = match choice {
        PresenterChoice::ProtocolDefault => match protocol.presenters {
            PresenterCount::All => members.len() as u32,
            PresenterCount::Count(n) => n,
        },
        PresenterChoice::Count(n) => *n,
        PresenterChoice::All => members.len() as u32,
        PresenterChoice::Names(names) => {
            let mut problems = Vec::new();
            let mut chosen: Vec<String> = Vec::new();
            for name in names {
                match members.iter().find(|m| same_name(m, name)) {
                    Some(m) if chosen.contains(m) => problems.push(crate::t!("err-presenter-twice", name = m.as_str())),
                    Some(m) => chosen.push(m.clone()),
                    None => {
                        let refs: Vec<&str> = members.iter().map(String::as_str).collect();
                        let hint = did_you_mean(name, &refs).map_or_else(String::new, |b| {
                            format!(" — {}", crate::t!("err-did-you-mean-quoted", best = b))
                        });
                        let shown = crate::safe_text::clipped(name, 80);
                        let problem = crate::t!("err-presenter-not-member", name = shown);
                        problems.push(format!("{problem}{hint}"));
                    }
                }
            }
            return if problems.is_empty() { Ok(chosen) } else { Err(problems) };
        }
    };
    if count as usize > members.len() {
        return Err(vec![crate::t!(
            "err-presenters-over-members",
            presenters = count,
            count = members.len()
        )]);
    }
    Ok(rotation.iter().take(count as usize).cloned().collect())
}

/// An outside facilitator has a plain name and is not one of the members.
pub fn check_facilitator(name: &str, members: &[String]) -> Vec<String> {
    let shown = crate::safe_text::clipped(name, 40);
    if name.trim().is_empty() {
        vec![format!("--facilitator {}", crate::t!("err-facilitator-empty"))]
    } else if name.chars().any(char::is_control) {
        vec![format!("--facilitator {}", crate::t!("err-facilitator-control"))]
    } else if members.iter().any(|m| same_name(m, name)) {
        vec![crate::t!("err-facilitator-member", name = shown)]
    } else {
        Vec::new()
    }
}
