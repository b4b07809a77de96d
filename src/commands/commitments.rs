//! `circle commitments`: who owes what, by when — soonest due first, overdue
//! flagged, each commitment once with its latest state — and `circle commitments
//! done|partly|drop ID` to mark one between meetings.

use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::Serialize;

use super::history::{memories, ungrouped_ledger};
use crate::cli::{CommitmentsAction, Format, MarkArgs};
use crate::commands::CliError;
use crate::memory::GroupDir;
use crate::memory::ledger::{self, LedgerMark};
use crate::record::Status;
use crate::safe_text::{clipped, printable};

#[derive(Serialize)]
struct CommitmentRow<'a> {
    id: &'a str,
    group: &'a str,
    owner: &'a str,
    commitment: &'a str,
    made: String,
    due: String,
    overdue: bool,
    buddy: Option<&'a str>,
    status: &'static str,
    learned: Option<String>,
    /// The due date itself, for text output in the reader's language.
    #[serde(skip)]
    due_day: NaiveDate,
}

pub fn commitments_command(
    data: &Path,
    group: Option<&str>,
    open_only: bool,
    format: Format,
    today: NaiveDate,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    let (memories, problems) = memories(data, group)?;
    let all: Vec<(String, Vec<_>)> = memories
        .iter()
        .map(|(g, _, m)| (g.clone(), m.all_commitments()))
        .collect();
    let mut rows = Vec::new();
    for (g, list) in &all {
        for (c, learned) in list {
            let closed = c.last.is_some_and(Status::closes);
            if open_only && closed {
                continue;
            }
            rows.push(CommitmentRow {
                id: &c.commitment.id,
                group: g,
                owner: &c.commitment.owner,
                commitment: &c.commitment.text,
                made: c.made.to_string(),
                due: c.commitment.due.to_string(),
                overdue: !closed && c.commitment.due < today,
                buddy: c.commitment.buddy.as_deref(),
                status: c.last.map_or("open", Status::key),
                learned: learned.clone(),
                due_day: c.commitment.due,
            });
        }
    }
    // Soonest due first; ISO dates sort as text.
    rows.sort_by(|a, b| a.due.cmp(&b.due).then_with(|| a.id.cmp(b.id)));
    let written = match format {
        Format::Json => serde_json::to_writer_pretty(&mut *out, &rows)
            .map_err(std::io::Error::other)
            .and_then(|()| writeln!(out)),
        Format::Text if rows.is_empty() && open_only => writeln!(out, "{}", crate::t!("cmd-commitments-none-open")),
        Format::Text if rows.is_empty() => writeln!(out, "{}", crate::t!("cmd-commitments-none")),
        Format::Text => rows.iter().try_for_each(|r| {
            let due = crate::t!("cmd-commitments-due", date = crate::i18n::dates::day(r.due_day));
            writeln!(
                out,
                "{}{due}  {:<10}  {}{}  [{}]  {}  {}",
                if r.overdue {
                    format!("{} ", crate::t!("cmd-commitments-overdue"))
                } else {
                    String::new()
                },
                clipped(&printable(r.owner), 10),
                printable(r.commitment),
                r.buddy
                    .map(|b| format!("  {}", crate::t!("cmd-commitments-buddy", name = printable(b))))
                    .unwrap_or_default(),
                status_text(r.status),
                printable(r.id),
                // "(no group)" is in brackets already: never "((no group))".
                if r.group == super::history::NO_GROUP {
                    super::history::group_label(r.group)
                } else {
                    format!("({})", clipped(&super::history::group_label(r.group), 20))
                },
            )
        }),
    };
    written.map_err(|e| CliError::Failed(e.into()))?;
    for p in problems {
        crate::safe_out::warn(&crate::t!("cmd-warning", message = p));
    }
    Ok(())
}

/// Mark a commitment between meetings; it is found by its id (or the unique end of
/// one) in the group named, or in every group and the meetings without one.
pub fn mark_command(
    data: &Path,
    group: Option<&str>,
    action: CommitmentsAction,
    now: chrono::DateTime<chrono::FixedOffset>,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    let (status, args): (Status, MarkArgs) = match action {
        CommitmentsAction::Done(a) => (Status::Done, a),
        CommitmentsAction::Partly(a) => (Status::Partly, a),
        CommitmentsAction::Drop(a) => (Status::Dropped, a),
    };
    let (memories, _) = memories(data, group)?;
    let wanted = args.id.trim();
    let mut found: Vec<(String, PathBuf, String, String)> = Vec::new();
    for (g, _, m) in &memories {
        for (c, _) in m.all_commitments() {
            let id = &c.commitment.id;
            if id == wanted || (!wanted.is_empty() && id.ends_with(wanted)) {
                let ledger = if g == super::history::NO_GROUP {
                    ungrouped_ledger(data)
                } else {
                    GroupDir::new(data, g).ledger()
                };
                found.push((
                    id.clone(),
                    ledger,
                    c.commitment.owner.clone(),
                    c.commitment.text.clone(),
                ));
            }
        }
    }
    if let Some(exact) = found.iter().position(|f| f.0 == wanted) {
        found = vec![found.swap_remove(exact)];
    }
    let (id, ledger_file, owner, text) = match found.len() {
        1 => found.remove(0),
        0 => {
            return Err(CliError::BadInput(crate::t!(
                "cmd-commitments-unknown",
                id = clipped(&printable(wanted), 60)
            )));
        }
        n => {
            return Err(CliError::BadInput(crate::t!(
                "cmd-commitments-ambiguous",
                id = clipped(&printable(wanted), 60),
                count = n,
                ids = found.iter().map(|f| printable(&f.0)).collect::<Vec<_>>().join(", ")
            )));
        }
    };
    let note = args.note.map(|n| n.trim().to_string()).filter(|n| !n.is_empty());
    // One writer at a time: the group's folder is locked while the mark is written.
    let _lock = match ledger_file.parent() {
        Some(folder) if ledger_file.starts_with(data.join("groups")) => Some(
            GroupDir {
                path: folder.to_path_buf(),
            }
            .lock()?,
        ),
        _ => None,
    };
    ledger::append(
        &ledger_file,
        &[LedgerMark {
            commitment: id,
            status,
            at: now,
            note,
        }],
    )?;
    writeln!(
        out,
        "{}: {} — {}",
        printable(&owner),
        printable(&text),
        status_text(status.key())
    )
    .map_err(|e| CliError::Failed(e.into()))?;
    Ok(())
}

/// A status as text output shows it; `label` stays the key JSON and files use.
fn status_text(label: &str) -> String {
    match label {
        "open" => crate::t!("cmd-status-open"),
        "done" => crate::t!("cmd-status-done"),
        "partly" => crate::t!("cmd-status-partly"),
        "not yet" => crate::t!("cmd-status-not-yet"),
        "dropped" => crate::t!("cmd-status-dropped"),
        other => other.to_string(),
    }
}
