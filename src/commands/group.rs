//! `circle group new|show|list|edit`: the rosters circle remembers.

use std::io::Write;
use std::path::Path;

use crate::cli::GroupCommand;
use crate::commands::CliError;
use crate::notes::group::{self, GroupDir, check_name, check_roster};
use crate::notes::{Group, GroupError};
use crate::plan::{same_name, split_names};
use crate::safe_text::printable;

pub fn group_command(cmd: GroupCommand, data: &Path, out: &mut dyn Write) -> Result<(), CliError> {
    match cmd {
        GroupCommand::New { name, members, every } => {
            check_name(&name)?;
            let members = split_names(&members);
            check_roster(&members)?;
            check_cadence(every)?;
            let dir = GroupDir::new(data, &name);
            if dir.file().exists() {
                let existing = dir.load(&name).map(|g| g.name).unwrap_or_default();
                return Err(CliError::BadInput(format!(
                    "a group \"{}\" already exists; change it with `circle group edit`",
                    printable(&existing)
                )));
            }
            let g = Group {
                version: group::GROUP_VERSION,
                name,
                members,
                cadence_days: every,
            };
            dir.save(&g)?;
            writeln!(
                out,
                "Created {} with {} members: {}",
                printable(&g.name),
                g.members.len(),
                printable(&g.members.join(", "))
            )?;
            writeln!(
                out,
                "Start its first meeting with: circle run --group \"{}\"",
                printable(&g.name)
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
                let (records, _) = dir.records();
                let last = records.iter().map(|r| r.started).max();
                writeln!(
                    out,
                    "{}  ({} members, {} meeting{}{})",
                    printable(&g.name),
                    g.members.len(),
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
            rename,
            every,
        } => {
            check_name(&name)?;
            let dir = GroupDir::new(data, &name);
            let mut g = dir.load(&name)?;
            for r in &rename {
                let (old, new) = r.split_once('=').ok_or_else(|| {
                    CliError::BadInput(format!("--rename {r}: write OLD=NEW, e.g. --rename Ben=Benjamin"))
                })?;
                let i = position(&g, old)?;
                g.members[i] = new.trim().to_string();
            }
            if let Some(remove) = remove {
                for who in split_names(&remove) {
                    let i = position(&g, &who)?;
                    g.members.remove(i);
                }
            }
            if let Some(add) = add {
                g.members.extend(split_names(&add));
            }
            if let Some(every) = every {
                check_cadence(every)?;
                g.cadence_days = every;
            }
            check_roster(&g.members)?;
            dir.save(&g)?;
            writeln!(out, "{}: {}", printable(&g.name), printable(&g.members.join(", ")))?;
            Ok(())
        }
    }
}

fn show(data: &Path, name: &str, out: &mut dyn Write) -> Result<(), CliError> {
    check_name(name)?;
    let dir = GroupDir::new(data, name);
    let g = dir.load(name)?;
    let (memory, problems) = dir.memory();
    writeln!(out, "{}", printable(&g.name))?;
    writeln!(out, "Members: {}", printable(&g.members.join(", ")))?;
    writeln!(
        out,
        "Meets every {} days; {} meeting(s) so far",
        g.cadence_days,
        memory.records.len()
    )?;
    writeln!(
        out,
        "Next to present: {}",
        printable(&memory.presenter_rotation(&g.members).join(", then "))
    )?;
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

fn position(g: &Group, who: &str) -> Result<usize, CliError> {
    g.members.iter().position(|m| same_name(m, who)).ok_or_else(|| {
        CliError::BadInput(format!(
            "\"{}\" is not a member of {} ({})",
            crate::safe_text::clipped(who, 40),
            printable(&g.name),
            printable(&g.members.join(", "))
        ))
    })
}

fn check_cadence(days: i64) -> Result<(), GroupError> {
    if (1..=366).contains(&days) {
        Ok(())
    } else {
        Err(GroupError::Bad(format!(
            "--every {days}: give the days between meetings, 1 to 366"
        )))
    }
}
