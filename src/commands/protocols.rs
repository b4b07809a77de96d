//! `circle protocols list | show | check`.

use std::io::Write;

use crate::cli::ProtocolsCommand;
use crate::commands::{CliError, setup};
use crate::duration::format_secs;
use crate::protocol::library::{Origin, load_file};
use crate::protocol::{LoadError, Protocol, Section, Timing, TurnMode};
use crate::safe_text::printable;

pub fn protocols_command(cmd: ProtocolsCommand, out: &mut dyn Write) -> Result<(), CliError> {
    let io = |e: std::io::Error| CliError::Failed(e.into());
    match cmd {
        ProtocolsCommand::List => {
            let lib = setup::library();
            // Columns as wide as the longest id and name, so a long id of one's
            // own does not push its row out of line with the others.
            let id_w = lib
                .entries
                .iter()
                .map(|(p, _)| p.id.chars().count())
                .max()
                .unwrap_or(0)
                .max(14);
            let name_w = lib
                .entries
                .iter()
                .map(|(p, _)| printable(&p.name).chars().count())
                .max()
                .unwrap_or(0)
                .clamp(24, 40);
            let length_of = |p: &Protocol| {
                p.length
                    .map_or_else(|| crate::t!("cmd-protocols-natural-length"), format_secs)
            };
            let len_w = lib
                .entries
                .iter()
                .map(|(p, _)| length_of(p).chars().count())
                .max()
                .unwrap_or(0);
            for (p, origin) in &lib.entries {
                let from = match origin {
                    Origin::BuiltIn => crate::t!("cmd-protocols-built-in"),
                    Origin::User(path) => format!("{}", path.display()),
                    Origin::Overrides(path) => crate::t!("cmd-protocols-replaces", path = path.display().to_string()),
                };
                let length = length_of(p);
                writeln!(
                    out,
                    "{:<id_w$} {:<name_w$} {length:>len_w$}  {from}",
                    p.id,
                    printable(&p.name)
                )?;
                writeln!(out, "{:<id_w$} {}", "", printable(&p.summary))?;
            }
            for (path, _) in &lib.broken {
                writeln!(
                    out,
                    "{:<id_w$} {}",
                    crate::protocol::library::file_id(path),
                    crate::t!("cmd-protocols-not-loaded", path = path.display().to_string())
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
                            "{}",
                            crate::t!(
                                "cmd-protocols-check-ok",
                                file = file.display().to_string(),
                                name = printable(&p.name),
                                count = p.phase_count()
                            )
                        )?,
                        Some(why) => failures.push(crate::t!(
                            "cmd-protocols-unusable",
                            file = file.display().to_string(),
                            why = why
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
        return Some(crate::t!("cmd-protocols-too-few", min = min));
    }
    let mut first_error = None;
    for n in min..=max.min(min + TRY_UP_TO) {
        let request = crate::plan::PlanRequest {
            members: (1..=n).map(|i| crate::t!("cmd-protocols-member-n", n = i)).collect(),
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
        crate::t!("cmd-protocols-range-one", count = min)
    } else {
        crate::t!("cmd-protocols-range", min = min, max = max)
    };
    Some(crate::t!(
        "cmd-protocols-unplannable",
        range = range,
        n = n,
        errors = e.0.join("; ")
    ))
}

fn show(p: &Protocol, out: &mut dyn Write) -> std::io::Result<()> {
    writeln!(out, "{} ({})", printable(&p.name), p.id)?;
    if !p.summary.is_empty() {
        writeln!(out, "{}", printable(&p.summary))?;
    }
    writeln!(out)?;
    let length = p
        .length
        .map_or_else(|| crate::t!("cmd-protocols-sum-of-phases"), format_secs);
    let mut facts = vec![
        (crate::t!("cmd-protocols-length"), length),
        (crate::t!("cmd-protocols-group"), p.group.describe()),
        (crate::t!("cmd-protocols-presenters"), p.presenters.describe()),
    ];
    if let Some(w) = p.warn {
        facts.push((crate::t!("cmd-protocols-wrap-up"), w.describe()));
    }
    // The values line up one space after the longest label, in either language.
    let width = facts.iter().map(|(l, _)| l.chars().count()).max().unwrap_or(0) + 2;
    for (label, value) in facts {
        writeln!(out, "{:<width$}{value}", format!("{label}:"))?;
    }
    if !p.norms.is_empty() {
        writeln!(out, "\n{}", crate::t!("cmd-protocols-norms"))?;
        for n in &p.norms {
            writeln!(out, "  • {}", printable(n))?;
        }
    }
    if !p.roles.is_empty() {
        writeln!(out, "\n{}", crate::t!("cmd-protocols-roles"))?;
        for r in &p.roles {
            let rotates = if r.rotates {
                format!(" {}", crate::t!("cmd-protocols-rotates"))
            } else {
                String::new()
            };
            writeln!(out, "  {}{rotates}", printable(&r.name))?;
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
            Section::Opening => crate::t!("cmd-protocols-opening"),
            Section::Round => crate::t!("cmd-protocols-round"),
            Section::Closing => crate::t!("cmd-protocols-closing"),
        };
        writeln!(out, "\n{heading}")?;
        for ph in phases {
            let time = match ph.timing {
                Timing::Total(s) => format_secs(s),
                Timing::PerTurn(s) => crate::t!("cmd-protocols-each", time = format_secs(s)),
            };
            let turns = match ph.turns {
                TurnMode::Open => String::new(),
                TurnMode::Presenter => format!(", {}", crate::t!("cmd-protocols-turns-presenter")),
                TurnMode::Each => format!(", {}", crate::t!("cmd-protocols-turns-each")),
                TurnMode::Coaches => format!(", {}", crate::t!("cmd-protocols-turns-coaches")),
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
                writeln!(out, "      {}", crate::t!("cmd-protocols-rule", rule = printable(rule)))?;
            }
        }
    }
    Ok(())
}
