//! `circle group new|show|list|edit`: the rosters circle remembers.

use std::io::Write;
use std::path::Path;

use crate::cli::{GroupCommand, GroupSettings, OpenOnLeave};
use crate::commands::CliError;
use crate::dates::every::Every;
use crate::memory::Group;
use crate::memory::group::{check_name, check_roster};
use crate::memory::group_dir::{self, GroupDir};
use crate::memory::ledger::{self, LedgerMark};
use crate::plan::split_names;
use crate::record::Status;
use crate::safe_text::printable;

pub fn group_command(cmd: GroupCommand, data: &Path, out: &mut dyn Write) -> Result<(), CliError> {
    match cmd {
        GroupCommand::New {
            name,
            members,
            settings,
        } => {
            let name = crate::names::normalize(&name);
            check_name(&name)?;
            let members = split_names(&members);
            check_roster(&members)?;
            let dir = GroupDir::new(data, &name);
            if dir.file().exists() {
                let existing = dir.load(&name).map(|g| g.name).unwrap_or_default();
                return Err(CliError::BadInput(crate::t!(
                    "cmd-group-exists",
                    name = printable(&existing)
                )));
            }
            let mut g = Group::new(name, &members, Every::default());
            apply_settings(&mut g, &settings)?;
            // Made in another language than English, the group remembers that
            // language's protocol; an English group keeps the plain default.
            if g.protocol.is_none() && crate::defaults::protocol_for_language() != crate::defaults::PROTOCOL {
                g.protocol = Some(crate::defaults::protocol_for_language().to_string());
            }
            check_size(&g)?;
            if g.norms.is_none() {
                let id = g.protocol.as_deref().unwrap_or(crate::defaults::PROTOCOL);
                g.norms = Some(super::setup::library().resolve(id)?.norms.clone());
            }
            dir.save(&g)?;
            let created = crate::t!(
                "cmd-group-created",
                name = printable(&g.name),
                count = g.members().len(),
                names = printable(&g.members().join(", "))
            );
            writeln!(out, "{created}").map_err(io)?;
            if let Some(n) = g.meetings {
                let programme = crate::t!("cmd-group-programme", count = n, every = g.every.describe());
                writeln!(out, "{programme}").map_err(io)?;
            }
            let start = crate::t!("cmd-group-start-first", name = crate::safe_text::shell_quoted(&g.name));
            writeln!(out, "{start}")?;
            Ok(())
        }
        GroupCommand::Show { name } => show(data, &name, out),
        GroupCommand::Share { name, git } => super::sync::share(data, &name, &git, out),
        GroupCommand::Join { url } => super::sync::join(data, &url, out),
        GroupCommand::Sync { name } => super::sync::sync(data, name.as_deref(), out),
        GroupCommand::List => {
            let groups = group_dir::list(data);
            if groups.is_empty() {
                writeln!(out, "{}", crate::t!("cmd-group-none"))?;
            }
            for (g, dir) in groups {
                let (mut records, _) = dir.records()?;
                // Unfinished meetings do not count.
                records.retain(|r| r.finished);
                let last = records.iter().map(|r| r.started).max();
                let last = last
                    .map(|d| crate::t!("cmd-group-list-last", date = crate::i18n::dates::day(d.date_naive())))
                    .unwrap_or_default();
                let line = crate::t!(
                    "cmd-group-list-line",
                    name = printable(&g.name),
                    members = g.members().len(),
                    meetings = records.len(),
                    last = last
                );
                writeln!(out, "{line}")?;
            }
            Ok(())
        }
        GroupCommand::Edit {
            name,
            add,
            remove,
            open,
            rename,
            settings,
        } => {
            check_name(&name)?;
            let dir = GroupDir::new(data, &name);
            // Read, change and write under the group's lock: a rename run at the
            // same time waits, and neither is lost.
            let _lock = dir.lock()?;
            let mut g = dir.load(&name)?;
            let before = g.clone();
            for r in &rename {
                let (old, new) = r.split_once('=').ok_or_else(|| {
                    CliError::BadInput(crate::t!(
                        "cmd-group-rename-form",
                        text = crate::safe_text::clipped(r, 80)
                    ))
                })?;
                rename_member(&mut g, old, new)?;
            }
            if let Some(remove) = remove {
                for who in split_names(&remove) {
                    remove_member(&mut g, &dir, &who, open, out)?;
                }
            }
            if let Some(add) = add {
                for n in split_names(&add) {
                    g.add(&n);
                }
            }
            apply_settings(&mut g, &settings)?;
            // A programme is extended or ended against the meetings already held.
            let held = dir.memory(&g)?.0.finished().count() as u32;
            if settings.end_next {
                g.meetings = Some(held + 1);
            } else if let Some(n) = settings.meetings.filter(|n| *n <= held) {
                return Err(CliError::BadInput(crate::t!(
                    "cmd-group-meetings-held",
                    n = n,
                    held = held
                )));
            }
            if g.meetings != before.meetings
                && let Some(n) = g.meetings
            {
                let said = if n == held + 1 {
                    crate::t!("cmd-group-programme-last", n = n)
                } else {
                    crate::t!("cmd-group-programme-now", n = n, next = held + 1)
                };
                writeln!(out, "{said}").map_err(io)?;
            }
            if g.members().is_empty() {
                return Err(CliError::BadInput(crate::t!(
                    "cmd-group-would-be-empty",
                    name = printable(&g.name)
                )));
            }
            check_roster(&g.members())?;
            dir.save(&g)?;
            writeln!(out, "{}: {}", printable(&g.name), printable(&g.members().join(", "))).map_err(io)?;
            Ok(())
        }
    }
}

/// A group its protocol cannot seat is refused when it is made, not at its first
/// meeting.
fn check_size(g: &Group) -> Result<(), CliError> {
    let id = g.protocol.as_deref().unwrap_or(crate::defaults::PROTOCOL);
    let protocol = super::setup::library().resolve(id)?;
    let n = g.members().len() as u32;
    match protocol.group.max {
        Some(max) if n > max => Err(CliError::BadInput(crate::t!(
            "cmd-group-too-big",
            count = n,
            id = id,
            size = protocol.group.describe()
        ))),
        _ => Ok(()),
    }
}

fn apply_settings(g: &mut Group, s: &GroupSettings) -> Result<(), CliError> {
    if let Some(f) = &s.facilitator {
        let f = f.trim();
        if f.is_empty() {
            g.facilitator = None;
        } else {
            let problems = crate::plan::check_facilitator(f, &g.members());
            if let Some(p) = problems.into_iter().next() {
                return Err(CliError::BadInput(p));
            }
            g.facilitator = Some(f.to_string());
        }
    }
    if let Some(every) = &s.every {
        g.every = Every::parse(every).map_err(|e| CliError::BadInput(format!("--every {e}")))?;
    }
    if let Some(n) = s.meetings {
        if !(1..=100).contains(&n) {
            return Err(CliError::BadInput(crate::t!("cmd-group-meetings-range", n = n)));
        }
        g.meetings = Some(n);
    }
    if let Some(p) = &s.protocol {
        g.protocol = Some(super::setup::library().resolve(p)?.id.clone());
    }
    if let Some(l) = &s.length {
        match crate::duration::parse_secs(l) {
            Ok(s) if s > 0 => g.length = Some(l.clone()),
            Ok(_) => {
                return Err(CliError::BadInput(crate::t!(
                    "cmd-length-zero",
                    length = crate::safe_text::clipped(l, 40)
                )));
            }
            Err(e) => {
                return Err(CliError::BadInput(format!(
                    "--length: {}",
                    crate::safe_text::clipped(&e.to_string(), 200)
                )));
            }
        }
    }
    Ok(())
}

/// A rename keeps the member's id, so their history, rotation and open commitments
/// follow them; the old name is kept to read records written before ids.
fn rename_member(g: &mut Group, old: &str, new: &str) -> Result<(), CliError> {
    let new = new.trim();
    let id = member(g, old)?.id.clone();
    if let Some(other) = g.find(new).filter(|m| m.id != id) {
        return Err(CliError::BadInput(crate::t!(
            "cmd-group-rename-taken",
            name = printable(&other.name)
        )));
    }
    let m = g.roster.iter_mut().find(|m| m.id == id).expect("found above");
    if m.name != new {
        let previous = std::mem::replace(&mut m.name, new.to_string());
        if !m.former.contains(&previous) {
            m.former.push(previous);
        }
    }
    Ok(())
}

/// A member who leaves stays on file (their history still reads). Their open
/// commitments are carried or dropped, as asked; circle does not guess.
fn remove_member(
    g: &mut Group,
    dir: &GroupDir,
    who: &str,
    open: Option<OpenOnLeave>,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    let id = member(g, who)?.id.clone();
    let name = member(g, who)?.name.clone();
    let (memory, _) = dir.memory(g)?;
    let theirs: Vec<_> = memory
        .open_commitments()
        .into_iter()
        .filter(|c| crate::plan::same_name(&c.commitment.owner, &name))
        .collect();
    match (open, theirs.is_empty()) {
        (_, true) | (Some(OpenOnLeave::Carry), false) => {}
        (None, false) => {
            return Err(CliError::BadInput(crate::t!(
                "cmd-group-leaver-open",
                name = printable(&name),
                count = theirs.len()
            )));
        }
        (Some(OpenOnLeave::Drop), false) => {
            let now = crate::engine::clock::wall_now().fixed_offset();
            let marks: Vec<LedgerMark> = theirs
                .iter()
                .map(|c| LedgerMark {
                    commitment: c.commitment.id.clone(),
                    status: Status::Dropped,
                    at: now,
                    note: Some(crate::t!("cmd-group-left-note", name = name.as_str())),
                })
                .collect();
            ledger::append(&dir.ledger(), &marks)?;
            let dropped = crate::t!("cmd-group-dropped", count = marks.len(), name = printable(&name));
            writeln!(out, "{dropped}").map_err(io)?;
        }
    }
    let today = crate::engine::clock::wall_now().date_naive();
    if let Some(m) = g.roster.iter_mut().find(|m| m.id == id) {
        m.left = Some(today);
    }
    Ok(())
}

fn show(data: &Path, name: &str, out: &mut dyn Write) -> Result<(), CliError> {
    check_name(name)?;
    let dir = GroupDir::new(data, name);
    let g = dir.load(name)?;
    let (memory, problems) = dir.memory(&g)?;
    writeln!(out, "{}", printable(&g.name)).map_err(io)?;
    let members = crate::t!("cmd-group-members", names = printable(&g.members().join(", ")));
    writeln!(out, "{members}").map_err(io)?;
    if let Some(f) = &g.facilitator {
        writeln!(out, "{}", crate::t!("cmd-group-facilitator", name = printable(f))).map_err(io)?;
    }
    let held = memory.finished().count();
    let every = g.every.describe();
    let rhythm = match g.meetings {
        Some(n) => crate::t!("cmd-group-programme-held", count = n, every = every, held = held),
        None => crate::t!("cmd-group-every-held", every = every, held = held),
    };
    writeln!(out, "{rhythm}").map_err(io)?;
    if g.protocol.is_some() || g.length.is_some() {
        let on = crate::t!(
            "cmd-group-meets-on",
            protocol = g.protocol.as_deref().unwrap_or(crate::defaults::PROTOCOL),
            length = g.length.as_deref().map(|l| format!(", {l}")).unwrap_or_default()
        );
        writeln!(out, "{on}").map_err(io)?;
    }
    if let Some(norms) = &g.norms {
        writeln!(out, "{}", crate::t!("cmd-group-norms")).map_err(io)?;
        for (i, n) in norms.iter().enumerate() {
            writeln!(out, "  {}. {}", i + 1, printable(n)).map_err(io)?;
        }
    }
    let then = crate::t!("cmd-group-then");
    let next = crate::t!(
        "cmd-group-next",
        names = printable(&memory.presenter_rotation(&g.members()).join(&format!(", {then} ")))
    );
    writeln!(out, "{next}").map_err(io)?;
    let open = memory.open_commitments();
    if !open.is_empty() {
        writeln!(out, "{}", crate::t!("cmd-group-open"))?;
        for c in open {
            let line = crate::t!(
                "cmd-group-open-line",
                owner = printable(&c.commitment.owner),
                text = printable(&c.commitment.text),
                due = crate::i18n::dates::day(c.commitment.due)
            );
            writeln!(out, "  {line}")?;
        }
    }
    writeln!(
        out,
        "{}",
        crate::t!("cmd-group-files", path = dir.path.display().to_string())
    )?;
    for p in problems {
        writeln!(out, "{}", crate::t!("cmd-warning", message = p))?;
    }
    Ok(())
}

fn member<'a>(g: &'a Group, who: &str) -> Result<&'a crate::memory::group::Member, CliError> {
    g.find(who).ok_or_else(|| {
        CliError::BadInput(crate::t!(
            "cmd-group-not-member",
            who = crate::safe_text::clipped(who, 40),
            name = printable(&g.name),
            members = printable(&g.members().join(", "))
        ))
    })
}

fn io(e: std::io::Error) -> CliError {
    CliError::Failed(e.into())
}
