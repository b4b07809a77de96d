//! `circle protocols list | show | check`.

use std::io::Write;

use crate::cli::ProtocolsCommand;
use crate::commands::{CliError, setup};
use crate::protocol::duration::format_secs;
use crate::protocol::library::{Origin, load_file};
use crate::protocol::{LoadError, Protocol, Section, Timing, TurnMode};
use crate::safe_text::printable;

pub fn protocols_command(cmd: ProtocolsCommand, out: &mut dyn Write) -> Result<(), CliError> {
    let io = |e: std::io::Error| CliError::Failed(e.into());
    match cmd {
        ProtocolsCommand::List => {
            let lib = setup::library();
            for (p, origin) in &lib.entries {
                let from = match origin {
                    Origin::BuiltIn => "built-in".to_string(),
                    Origin::User(path) => format!("{}", path.display()),
                    Origin::Overrides(path) => format!("{} (replaces the built-in)", path.display()),
                };
                let length = p.length.map_or_else(|| "natural length".into(), format_secs);
                writeln!(out, "{:<14} {:<24} {:>7}  {}", p.id, printable(&p.name), length, from)?;
                writeln!(out, "{:<14} {}", "", printable(&p.summary))?;
            }
            for (path, _) in &lib.broken {
                writeln!(
                    out,
                    "{:<14} (not loaded: {} has problems; run `circle protocols check {}`)",
                    crate::protocol::library::file_id(path),
                    path.display(),
                    path.display()
                )?;
            }
            Ok(())
        }
        ProtocolsCommand::Show { id } => {
            let p = setup::library().resolve(&id)?;
            show(&p, out).map_err(io)
        }
        ProtocolsCommand::Check { files } => {
            let mut failures = Vec::new();
            for file in &files {
                match load_file(file) {
                    Ok(p) => match unplannable(&p) {
                        None => writeln!(
                            out,
                            "ok: {} ({}, {} phase{})",
                            file.display(),
                            printable(&p.name),
                            p.phase_count(),
                            if p.phase_count() == 1 { "" } else { "s" }
                        )?,
                        Some(why) => failures.push(format!(
                            "{}: error: no meeting can use this protocol: {why}",
                            file.display()
                        )),
                    },
                    Err(e @ LoadError::Io { .. }) => failures.push(e.to_string()),
                    Err(e) => failures.push(e.to_string()),
                }
            }
            if failures.is_empty() {
                Ok(())
            } else {
                Err(CliError::BadInput(failures.join("\n")))
            }
        }
    }
}

/// The most members a protocol is tried with when it names no maximum.
const TRY_UP_TO: u32 = 30;

/// Why no group of any size the protocol allows can be planned with it, if so: a
/// protocol that reads well may still ask for the impossible (more presenters than
/// members, phases that cannot fit its length).
pub fn unplannable(p: &Protocol) -> Option<String> {
    let min = p.group.min.unwrap_or(1).max(1);
    let max = p.group.max.unwrap_or(TRY_UP_TO).max(min);
    if min > TRY_UP_TO.max(max) {
        return Some(format!("it asks for at least {min} members"));
    }
    let mut first_error = None;
    for n in min..=max.min(min + TRY_UP_TO) {
        let request = crate::plan::PlanRequest {
            members: (1..=n).map(|i| format!("Member {i}")).collect(),
            presenters: crate::plan::PresenterChoice::ProtocolDefault,
            length: None,
            rotation: None,
            extras: Default::default(),
        };
        match crate::plan::build(p, &request) {
            Ok(_) => return None,
            Err(e) if first_error.is_none() => first_error = Some((n, e)),
            Err(_) => {}
        }
    }
    let (n, e) = first_error?;
    let range = if min == max {
        format!("{min} member{}", if min == 1 { "" } else { "s" })
    } else {
        format!("{min} to {max} members")
    };
    Some(format!(
        "tried with {range}, none can be planned; with {n}: {}",
        e.0.join("; ")
    ))
}

fn show(p: &Protocol, out: &mut dyn Write) -> std::io::Result<()> {
    writeln!(out, "{} ({})", printable(&p.name), p.id)?;
    if !p.summary.is_empty() {
        writeln!(out, "{}", printable(&p.summary))?;
    }
    writeln!(out)?;
    let length = p.length.map_or_else(|| "the sum of its phases".into(), format_secs);
    writeln!(out, "Length:     {length}")?;
    writeln!(out, "Group:      {}", p.group.describe())?;
    writeln!(out, "Presenters: {}", p.presenters.describe())?;
    if let Some(w) = p.warn {
        writeln!(out, "Wrap-up:    {}", w.describe())?;
    }
    if !p.norms.is_empty() {
        writeln!(out, "\nNorms")?;
        for n in &p.norms {
            writeln!(out, "  • {}", printable(n))?;
        }
    }
    if !p.roles.is_empty() {
        writeln!(out, "\nRoles")?;
        for r in &p.roles {
            writeln!(
                out,
                "  {}{}",
                printable(&r.name),
                if r.rotates { " (rotates)" } else { "" }
            )?;
            for d in &r.does {
                writeln!(out, "    + {}", printable(d))?;
            }
            for a in &r.avoids {
                writeln!(out, "    − {}", printable(a))?;
            }
        }
    }
    for section in Section::ALL {
        let phases = p.phases(section);
        if phases.is_empty() {
            continue;
        }
        let heading = match section {
            Section::Opening => "Opening (once)",
            Section::Round => "Each presenter's round",
            Section::Closing => "Closing (once)",
        };
        writeln!(out, "\n{heading}")?;
        for ph in phases {
            let time = match ph.timing {
                Timing::Total(s) => format_secs(s),
                Timing::PerTurn(s) => format!("{} each", format_secs(s)),
            };
            let turns = match ph.turns {
                TurnMode::Open => "",
                TurnMode::Presenter => ", presenter",
                TurnMode::Each => ", everyone in turn",
                TurnMode::Coaches => ", coaches in turn",
            };
            writeln!(
                out,
                "  {:<40} {:>10}  [{}{}]",
                printable(&ph.title),
                time,
                ph.kind.key(),
                turns
            )?;
            for rule in &ph.rules {
                writeln!(out, "      rule: {}", printable(rule))?;
            }
        }
    }
    Ok(())
}
