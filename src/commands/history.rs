//! `circle history` and `circle commitments`: what the group's records say.

use std::io::Write;
use std::path::Path;

use serde::Serialize;

use crate::cli::Format;
use crate::commands::CliError;
use crate::notes::group::{self, GroupDir, check_name, read_records};
use crate::notes::record::Status;
use crate::notes::{Memory, Record};
use crate::safe_text::{clipped, printable};

/// The memories asked for: one group's, or every group's and the ungrouped meetings.
/// Each group's name and memory, and the records that could not be read.
type Memories = (Vec<(String, Memory)>, Vec<String>);

fn memories(data: &Path, group: Option<&str>) -> Result<Memories, CliError> {
    let mut out = Vec::new();
    let mut problems = Vec::new();
    match group {
        Some(name) => {
            check_name(name)?;
            let dir = GroupDir::new(data, name);
            let g = dir.load(name)?;
            let (m, p) = dir.memory();
            problems.extend(p);
            out.push((g.name, m));
        }
        None => {
            for (g, dir) in group::list(data) {
                let (m, p) = dir.memory();
                problems.extend(p);
                out.push((g.name, m));
            }
            let (records, p) = read_records(&data.join("sessions"));
            problems.extend(p);
            if !records.is_empty() {
                out.push(("(no group)".to_string(), Memory::new(records)));
            }
        }
    }
    Ok((out, problems))
}

#[derive(Serialize)]
struct HistoryRow<'a> {
    group: &'a str,
    date: String,
    protocol: &'a str,
    finished: bool,
    members: &'a [String],
    absent: &'a [String],
    presenters: &'a [String],
    commitments_made: usize,
    reported: usize,
    kept: usize,
    rating: Option<f64>,
}

fn row<'a>(group: &'a str, r: &'a Record) -> HistoryRow<'a> {
    HistoryRow {
        group,
        date: r.started.format("%Y-%m-%d %H:%M").to_string(),
        protocol: &r.protocol,
        finished: r.finished,
        members: &r.members,
        absent: &r.absent,
        presenters: &r.presenters,
        commitments_made: r.commitments.len(),
        reported: r.marks.len(),
        kept: r.marks.iter().filter(|m| m.status == Status::Done).count(),
        rating: r.average_rating().map(|a| (a * 10.0).round() / 10.0),
    }
}

pub fn history_command(data: &Path, group: Option<&str>, format: Format, out: &mut dyn Write) -> Result<(), CliError> {
    let (memories, problems) = memories(data, group)?;
    let rows: Vec<HistoryRow> = memories
        .iter()
        .flat_map(|(g, m)| m.records.iter().map(move |r| row(g, r)))
        .collect();
    let written = match format {
        Format::Json => serde_json::to_writer_pretty(&mut *out, &rows)
            .map_err(std::io::Error::other)
            .and_then(|()| writeln!(out)),
        Format::Text => history_text(&memories, out),
    };
    written?;
    for p in problems {
        eprintln!("warning: {p}");
    }
    Ok(())
}

fn history_text(memories: &[(String, Memory)], out: &mut dyn Write) -> std::io::Result<()> {
    if memories.iter().all(|(_, m)| m.records.is_empty()) {
        return writeln!(out, "No meetings yet. Run one with: circle run --group NAME");
    }
    for (name, memory) in memories {
        writeln!(out, "{}", printable(name))?;
        writeln!(
            out,
            "  {:<16}  {:<12}  {:<24}  {:>9}  {:>8}  {:>6}",
            "date", "protocol", "presented", "committed", "kept", "rating"
        )?;
        let mut ratings = Vec::new();
        let (mut reported, mut kept) = (0, 0);
        for r in &memory.records {
            let x = row(name, r);
            reported += x.reported;
            kept += x.kept;
            if let Some(a) = x.rating {
                ratings.push(a);
            }
            writeln!(
                out,
                "  {:<16}  {:<12}  {:<24}  {:>9}  {:>8}  {:>6}{}",
                x.date,
                clipped(x.protocol, 12),
                clipped(&x.presenters.join(", "), 24),
                x.commitments_made,
                if x.reported > 0 {
                    format!("{}/{}", x.kept, x.reported)
                } else {
                    "—".into()
                },
                x.rating.map(|a| format!("{a:.1}")).unwrap_or_else(|| "—".into()),
                if r.finished { "" } else { "  (unfinished)" }
            )?;
        }
        if let Some(pct) = (kept * 100).checked_div(reported) {
            writeln!(out, "  Commitments kept: {kept} of {reported} reported ({pct}%)")?;
        }
        if ratings.len() >= 2 {
            let (prev, last) = (ratings[ratings.len() - 2], ratings[ratings.len() - 1]);
            let trend = if last > prev {
                "rising ↗"
            } else if last < prev {
                "falling ↘"
            } else {
                "steady →"
            };
            let list: Vec<String> = ratings.iter().map(|a| format!("{a:.1}")).collect();
            writeln!(out, "  Value for our time: {} — {trend}", list.join(" → "))?;
        }
        writeln!(out)?;
    }
    Ok(())
}

#[derive(Serialize)]
struct CommitmentRow<'a> {
    group: &'a str,
    owner: &'a str,
    commitment: &'a str,
    made: String,
    due: String,
    buddy: Option<&'a str>,
    status: &'static str,
    learned: Option<String>,
}

pub fn commitments_command(
    data: &Path,
    group: Option<&str>,
    open_only: bool,
    format: Format,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    let (memories, problems) = memories(data, group)?;
    let all: Vec<(String, Vec<_>)> = memories.iter().map(|(g, m)| (g.clone(), m.all_commitments())).collect();
    let mut rows = Vec::new();
    for (g, list) in &all {
        for (c, learned) in list {
            let closed = c.last.is_some_and(Status::closes);
            if open_only && closed {
                continue;
            }
            rows.push(CommitmentRow {
                group: g,
                owner: &c.commitment.owner,
                commitment: &c.commitment.text,
                made: c.made.to_string(),
                due: c.commitment.due.to_string(),
                buddy: c.commitment.buddy.as_deref(),
                status: c.last.map_or("open", Status::label),
                learned: learned.clone(),
            });
        }
    }
    let written = match format {
        Format::Json => serde_json::to_writer_pretty(&mut *out, &rows)
            .map_err(std::io::Error::other)
            .and_then(|()| writeln!(out)),
        Format::Text if rows.is_empty() => writeln!(out, "No commitments{}.", if open_only { " open" } else { "" }),
        Format::Text => rows.iter().try_for_each(|r| {
            writeln!(
                out,
                "{:<10}  due {}  {:<14}  {}{}  [{}]",
                clipped(r.owner, 10),
                r.due,
                clipped(r.group, 14),
                printable(r.commitment),
                r.buddy
                    .map(|b| format!("  (buddy {})", printable(b)))
                    .unwrap_or_default(),
                r.status
            )
        }),
    };
    written?;
    for p in problems {
        eprintln!("warning: {p}");
    }
    Ok(())
}
