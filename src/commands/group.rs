//! `circle group new|show|list|edit`: the rosters circle remembers.

use std::io::Write;
use std::path::Path;

use crate::cli::{GroupCommand, GroupSettings, OpenOnLeave};
use crate::commands::CliError;
use crate::notes::Group;
use crate::notes::every::Every;
use crate::notes::group::{self, GroupDir, check_name, check_roster};
use crate::notes::ledger::{self, LedgerMark};
use crate::notes::record::Status;
use crate::plan::split_names;
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
                return Err(CliError::BadInput(format!(
                    "a group \"{}\" already exists; change it with `circle group edit`",
                    printable(&existing)
                )));
            }
            let mut g = Group::new(name, &members, Every::default());
            apply_settings(&mut g, &settings)?;
            check_size(&g)?;
            if g.norms.is_none() {
                let id = g.protocol.as_deref().unwrap_or(crate::defaults::PROTOCOL);
                g.norms = Some(super::setup::library().resolve(id)?.norms.clone());
            }
            dir.save(&g)?;
            writeln!(
                out,
                "Created {} with {} members: {}",
                printable(&g.name),
                g.members().len(),
                printable(&g.members().join(", "))
            )
            .map_err(io)?;
            if let Some(n) = g.meetings {
                writeln!(out, "A programme of {n} meetings, every {}", g.every).map_err(io)?;
            }
            writeln!(
                out,
                "Start its first meeting with: circle run --group {}",
                crate::safe_text::shell_quoted(&g.name)
            )?;
            Ok(())
        }
        GroupCommand::Show { name } => show(data, &name, out),
        GroupCommand::List => {
            let groups = group::list(data);
            if groups.is_empty() {
                writeln!(
                    out,
                    "No groups yet. Create one: circle group new \"Tuesday circle\" --members \"Ana,Ben,Chen\""
                )?;
            }
            for (g, dir) in groups {
                let (mut records, _) = dir.records();
                // Unfinished meetings do not count.
                records.retain(|r| r.finished);
                let last = records.iter().map(|r| r.started).max();
                writeln!(
                    out,
                    "{}  ({} members, {} meeting{}{})",
                    printable(&g.name),
                    g.members().len(),
                    records.len(),
                    if records.len() == 1 { "" } else { "s" },
                    last.map(|d| format!(", last {}", d.format("%Y-%m-%d")))
                        .unwrap_or_default()
                )?;
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
            let mut g = dir.load(&name)?;
            for r in &rename {
                let (old, new) = r.split_once('=').ok_or_else(|| {
                    CliError::BadInput(format!("--rename {r}: write OLD=NEW, e.g. --rename Ben=Benjamin"))
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
            if g.members().is_empty() {
                return Err(CliError::BadInput(format!(
                    "that would leave {} with no members; a group needs at least one (add someone with --add)",
                    printable(&g.name)
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
        Some(max) if n > max => Err(CliError::BadInput(format!(
            "{n} members, but \"{id}\" is for {}: split them into two groups, or choose a protocol for a larger circle with --protocol (mastermind seats up to 15)",
            protocol.group.describe()
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
            return Err(CliError::BadInput(format!(
                "--meetings {n}: a programme has 1 to 100 meetings"
            )));
        }
        g.meetings = Some(n);
    }
    if let Some(p) = &s.protocol {
        g.protocol = Some(super::setup::library().resolve(p)?.id.clone());
    }
    if let Some(l) = &s.length {
        match crate::protocol::duration::parse_secs(l) {
            Ok(s) if s > 0 => g.length = Some(l.clone()),
            Ok(_) => {
                return Err(CliError::BadInput(format!(
                    "--length {l}: a meeting must be longer than zero"
                )));
            }
            Err(e) => return Err(CliError::BadInput(format!("--length: {e}"))),
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
        return Err(CliError::BadInput(format!(
            "--rename: \"{}\" is already the name of another member",
            printable(&other.name)
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
    let (memory, _) = dir.memory(g);
    let theirs: Vec<_> = memory
        .open_commitments()
        .into_iter()
        .filter(|c| crate::plan::same_name(&c.commitment.owner, &name))
        .collect();
    match (open, theirs.is_empty()) {
        (_, true) | (Some(OpenOnLeave::Carry), false) => {}
        (None, false) => {
            return Err(CliError::BadInput(format!(
                "{} has {} open commitment(s); say what becomes of them: --open carry (keep them open) or --open drop",
                printable(&name),
                theirs.len()
            )));
        }
        (Some(OpenOnLeave::Drop), false) => {
            let now = chrono::Local::now().fixed_offset();
            let marks: Vec<LedgerMark> = theirs
                .iter()
                .map(|c| LedgerMark {
                    commitment: c.commitment.id.clone(),
                    status: Status::Dropped,
                    at: now,
                    note: Some(format!("{name} left the group")),
                })
                .collect();
            ledger::append(&dir.ledger(), &marks)?;
            writeln!(
                out,
                "Dropped {} open commitment(s) of {}",
                marks.len(),
                printable(&name)
            )
            .map_err(io)?;
        }
    }
    let today = chrono::Local::now().date_naive();
    if let Some(m) = g.roster.iter_mut().find(|m| m.id == id) {
        m.left = Some(today);
    }
    Ok(())
}

fn show(data: &Path, name: &str, out: &mut dyn Write) -> Result<(), CliError> {
    check_name(name)?;
    let dir = GroupDir::new(data, name);
    let g = dir.load(name)?;
    let (memory, problems) = dir.memory(&g);
    writeln!(out, "{}", printable(&g.name)).map_err(io)?;
    writeln!(out, "Members: {}", printable(&g.members().join(", "))).map_err(io)?;
    if let Some(f) = &g.facilitator {
        writeln!(out, "Facilitator: {} (from outside: no turns)", printable(f)).map_err(io)?;
    }
    let held = memory.finished().count();
    match g.meetings {
        Some(n) => writeln!(
            out,
            "A programme of {n} meetings, every {}; {held} held so far",
            g.every
        ),
        None => writeln!(out, "Meets every {}; {held} meeting(s) so far", g.every),
    }
    .map_err(io)?;
    if g.protocol.is_some() || g.length.is_some() {
        writeln!(
            out,
            "Meets on: {}{}",
            g.protocol.as_deref().unwrap_or(crate::defaults::PROTOCOL),
            g.length.as_deref().map(|l| format!(", {l}")).unwrap_or_default()
        )
        .map_err(io)?;
    }
    if let Some(norms) = &g.norms {
        writeln!(out, "Norms:").map_err(io)?;
        for (i, n) in norms.iter().enumerate() {
            writeln!(out, "  {}. {}", i + 1, printable(n)).map_err(io)?;
        }
    }
    writeln!(
        out,
        "Next to present: {}",
        printable(&memory.presenter_rotation(&g.members()).join(", then "))
    )
    .map_err(io)?;
    let open = memory.open_commitments();
    if !open.is_empty() {
        writeln!(out, "Open commitments:")?;
        for c in open {
            writeln!(
                out,
                "  {}: {} (due {})",
                printable(&c.commitment.owner),
                printable(&c.commitment.text),
                c.commitment.due
            )?;
        }
    }
    writeln!(out, "Files: {}", dir.path.display())?;
    for p in problems {
        writeln!(out, "warning: {p}")?;
    }
    Ok(())
}

fn member<'a>(g: &'a Group, who: &str) -> Result<&'a crate::notes::group::Member, CliError> {
    g.find(who).ok_or_else(|| {
        CliError::BadInput(format!(
            "\"{}\" is not a member of {} ({})",
            crate::safe_text::clipped(who, 40),
            printable(&g.name),
            printable(&g.members().join(", "))
        ))
    })
}

fn io(e: std::io::Error) -> CliError {
    CliError::Failed(e.into())
}
