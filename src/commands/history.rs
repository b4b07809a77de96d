//! `circle history`: what the group's meetings were worth to its members. Each
//! meeting's average and who did not rate it, the trend as a chart, each member's
//! average and kept rate, and the kept rate counted once per commitment.

use std::io::Write;
use std::path::Path;

use chrono::{Local, NaiveDate};
use serde::Serialize;

use crate::cli::Format;
use crate::commands::CliError;
use crate::memory::Memory;
use crate::memory::group::check_name;
use crate::memory::group_dir::{self, GroupDir, read_records};
use crate::plan::same_name;
use crate::record::Record;
use crate::record::Status;
use crate::record::Tally;
use crate::safe_text::{clipped, printable};

/// The memories asked for: one group's, or every group's and the ungrouped meetings.
/// Each group's name, roster (name, and whether they left) and memory, and the
/// records that could not be read.
pub type Memories = (Vec<(String, Vec<(String, bool)>, Memory)>, Vec<String>);

/// Current members first, then those who left: their history still counts.
fn roster(g: &crate::memory::Group) -> Vec<(String, bool)> {
    let mut all: Vec<(String, bool)> = g.current().map(|m| (m.name.clone(), false)).collect();
    all.extend(
        g.roster
            .iter()
            .filter(|m| m.left.is_some())
            .map(|m| (m.name.clone(), true)),
    );
    all
}

pub fn memories(data: &Path, group: Option<&str>) -> Result<Memories, CliError> {
    let mut out = Vec::new();
    let mut problems = Vec::new();
    match group {
        Some(name) => {
            check_name(name)?;
            let dir = GroupDir::new(data, name);
            let g = dir.load(name)?;
            let (m, p) = dir.memory(&g)?;
            problems.extend(p);
            out.push((g.name.clone(), roster(&g), m));
        }
        None => {
            for (g, dir) in group_dir::list(data) {
                let (m, p) = dir.memory(&g)?;
                problems.extend(p);
                out.push((g.name.clone(), roster(&g), m));
            }
            let (records, p) = read_records(&data.join("sessions"))?;
            problems.extend(p);
            let (ledger, p) = crate::memory::ledger::read(&ungrouped_ledger(data))?;
            problems.extend(p);
            if !records.is_empty() {
                let mut m = Memory::new(records);
                m.ledger = ledger;
                let members = everyone(&m).into_iter().map(|n| (n, false)).collect();
                out.push((NO_GROUP.to_string(), members, m));
            }
        }
    }
    Ok((out, problems))
}

/// The name the meetings held without a group go under. It is data (JSON shows
/// it as it is); text output shows it in the reader's language, see [`group_label`].
pub const NO_GROUP: &str = "(no group)";

/// A group's name for text output.
pub fn group_label(name: &str) -> String {
    if name == NO_GROUP {
        crate::t!("cmd-no-group")
    } else {
        printable(name)
    }
}

/// Where marks on commitments made without a group are kept.
pub fn ungrouped_ledger(data: &Path) -> std::path::PathBuf {
    data.join("marks.toml")
}

/// Everyone who was at any of these meetings, in order of first appearance.
fn everyone(m: &Memory) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for n in m.records.iter().flat_map(|r| &r.members) {
        if !names.iter().any(|x| same_name(x, n)) {
            names.push(n.clone());
        }
    }
    names
}

#[derive(Serialize)]
struct MeetingRow<'a> {
    /// In the viewer's time zone.
    date: String,
    protocol: &'a str,
    finished: bool,
    /// Unfinished meetings count towards no rating or kept rate; `presenters` lists
    /// the hot seats that count (a challenge that was heard), finished or not.
    counted: bool,
    /// Which meeting of the group this was, by date among the counted ones: two
    /// laptops that each held "meeting 4" get 4 and 5 once their files meet.
    #[serde(skip_serializing_if = "Option::is_none")]
    number: Option<usize>,
    members: &'a [String],
    absent: &'a [String],
    presenters: Vec<String>,
    commitments_made: usize,
    reported: usize,
    kept: usize,
    rating: Option<f64>,
    not_rated: Vec<String>,
    /// Seconds each member spoke (their turns), as the record has them.
    airtime: &'a [crate::record::Airtime],
    /// The date again, as text output shows it in the reader's language.
    #[serde(skip)]
    shown: String,
}

#[derive(Serialize)]
struct MemberRow {
    member: String,
    /// The member has left the group.
    left: bool,
    rating: Option<f64>,
    ratings: usize,
    kept: usize,
    due: usize,
    kept_percent: Option<u32>,
    /// Seconds the member spoke across the counted meetings.
    airtime_s: u64,
}

#[derive(Serialize)]
struct GroupHistory<'a> {
    group: &'a str,
    meetings: Vec<MeetingRow<'a>>,
    /// Average rating of each counted meeting, oldest first.
    trend: Vec<Option<f64>>,
    members: Vec<MemberRow>,
    kept: Tally,
    kept_percent: Option<u32>,
}

use crate::record::round1;

fn meeting_row(r: &Record) -> MeetingRow<'_> {
    MeetingRow {
        date: r.started.with_timezone(&Local).format("%Y-%m-%d %H:%M").to_string(),
        protocol: &r.protocol,
        finished: r.finished,
        counted: r.finished,
        number: None,
        members: &r.members,
        absent: &r.absent,
        presenters: r.presented(),
        commitments_made: r.commitments.len(),
        reported: r.marks.len(),
        kept: r.marks.iter().filter(|m| m.status == Status::Done).count(),
        rating: r.average_rating().map(round1),
        not_rated: if r.finished { r.not_rated() } else { Vec::new() },
        airtime: &r.airtime,
        shown: super::day_time(&r.started.with_timezone(&Local)),
    }
}

/// Number the counted meetings by their start, oldest first.
fn numbered<'a>(mut rows: Vec<MeetingRow<'a>>, records: &[Record]) -> Vec<MeetingRow<'a>> {
    let mut order: Vec<(chrono::DateTime<chrono::FixedOffset>, usize)> = records
        .iter()
        .enumerate()
        .filter(|(_, r)| r.finished)
        .map(|(i, r)| (r.started, i))
        .collect();
    order.sort();
    for (k, (_, i)) in order.into_iter().enumerate() {
        rows[i].number = Some(k + 1);
    }
    rows
}

fn group_history<'a>(
    name: &'a str,
    members: &[(String, bool)],
    memory: &'a Memory,
    today: NaiveDate,
) -> GroupHistory<'a> {
    let kept = memory.tally(today, None);
    let member_rows = members
        .iter()
        .map(|(m, left)| {
            let given: Vec<f64> = memory
                .finished()
                .flat_map(|r| &r.ratings)
                .filter(|x| same_name(&x.member, m))
                .map(|x| f64::from(x.value))
                .collect();
            let t = memory.tally(today, Some(m));
            let airtime_s = memory
                .finished()
                .flat_map(|r| &r.airtime)
                .filter(|a| same_name(&a.member, m))
                .map(|a| a.secs)
                .sum();
            MemberRow {
                member: m.clone(),
                left: *left,
                rating: (!given.is_empty()).then(|| round1(given.iter().sum::<f64>() / given.len() as f64)),
                ratings: given.len(),
                kept: t.kept,
                due: t.due,
                kept_percent: t.percent(),
                airtime_s,
            }
        })
        .collect();
    GroupHistory {
        group: name,
        meetings: numbered(memory.records.iter().map(meeting_row).collect(), &memory.records),
        trend: memory.finished().map(|r| r.average_rating().map(round1)).collect(),
        members: member_rows,
        kept,
        kept_percent: kept.percent(),
    }
}

pub fn history_command(
    data: &Path,
    group: Option<&str>,
    format: Format,
    today: NaiveDate,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    let (memories, problems) = memories(data, group)?;
    let all: Vec<GroupHistory> = memories
        .iter()
        .map(|(g, members, m)| group_history(g, members, m, today))
        .collect();
    let written = match format {
        Format::Json => serde_json::to_writer_pretty(&mut *out, &all)
            .map_err(std::io::Error::other)
            .and_then(|()| writeln!(out)),
        Format::Text => history_text(&all, out),
    };
    written?;
    for p in problems {
        crate::safe_out::warn(&crate::t!("cmd-warning", message = p));
    }
    Ok(())
}

fn history_text(all: &[GroupHistory], out: &mut dyn Write) -> std::io::Result<()> {
    if all.iter().all(|g| g.meetings.is_empty()) {
        return writeln!(out, "{}", crate::t!("cmd-history-none"));
    }
    // A heading longer than its column (in another language) widens the column.
    let kept = crate::t!("cmd-history-col-kept");
    let kw = kept.chars().count().max(5);
    let date = crate::t!("cmd-history-col-date");
    let dw = all
        .iter()
        .flat_map(|g| &g.meetings)
        .map(|x| x.shown.chars().count())
        .chain([date.chars().count(), 16])
        .max()
        .unwrap_or(16);
    for g in all.iter().filter(|g| !g.meetings.is_empty()) {
        writeln!(out, "{}", group_label(g.group))?;
        writeln!(
            out,
            "  {:<dw$}  {:<12}  {:<20}  {:>6}  {:<16}  {:>kw$}",
            date,
            crate::t!("cmd-history-col-protocol"),
            crate::t!("cmd-history-col-presented"),
            crate::t!("cmd-history-col-rating"),
            crate::t!("cmd-history-col-not-rated"),
            kept
        )?;
        for x in &g.meetings {
            if !x.counted {
                // The one rule: a hot seat counts once its challenge is heard,
                // finished or not; ratings and kept rates only count finished meetings.
                let said = if x.presenters.is_empty() {
                    crate::t!("cmd-history-unfinished")
                } else {
                    crate::t!(
                        "cmd-history-unfinished-seats",
                        names = printable(&x.presenters.join(", "))
                    )
                };
                writeln!(out, "  {:<dw$}  {:<12}  {}", x.shown, clipped(x.protocol, 12), said)?;
                continue;
            }
            writeln!(
                out,
                "  {:<dw$}  {:<12}  {:<20}  {:>6}  {:<16}  {:>kw$}",
                x.shown,
                clipped(x.protocol, 12),
                clipped(&printable(&x.presenters.join(", ")), 20),
                x.rating
                    .map(|a| crate::i18n::decimal(a, 1))
                    .unwrap_or_else(|| "—".into()),
                clipped(&printable(&none_dash(&x.not_rated)), 16),
                if x.reported > 0 {
                    format!("{}/{}", x.kept, x.reported)
                } else {
                    "—".into()
                },
            )?;
        }
        if g.trend.iter().any(Option::is_some) {
            writeln!(out, "\n  {}", crate::t!("cmd-history-chart-title"))?;
            for line in super::chart::bars(&g.trend) {
                writeln!(out, "  {line}")?;
            }
        }
        let airtime = crate::t!("cmd-history-col-airtime");
        let aw = airtime.chars().count().max(8);
        writeln!(
            out,
            "\n  {:<20}  {:>6}  {:>16}  {:>aw$}",
            crate::t!("cmd-history-col-member"),
            crate::t!("cmd-history-col-rating"),
            kept,
            airtime
        )?;
        for m in &g.members {
            writeln!(
                out,
                "  {:<20}  {:>6}  {:>16}  {:>aw$}",
                clipped(
                    &if m.left {
                        crate::t!("cmd-history-left", name = printable(&m.member))
                    } else {
                        printable(&m.member)
                    },
                    20
                ),
                m.rating
                    .map(|a| crate::i18n::decimal(a, 1))
                    .unwrap_or_else(|| "—".into()),
                kept_text(m.kept, m.due, m.kept_percent),
                crate::duration::format_clock(m.airtime_s)
            )?;
        }
        match g.kept_percent {
            Some(pct) => writeln!(
                out,
                "\n  {}",
                crate::t!("cmd-history-kept", kept = g.kept.kept, due = g.kept.due, pct = pct)
            )?,
            None => writeln!(out, "\n  {}", crate::t!("cmd-history-kept-none"))?,
        }
        writeln!(out)?;
    }
    Ok(())
}

fn none_dash(names: &[String]) -> String {
    if names.is_empty() {
        "—".into()
    } else {
        names.join(", ")
    }
}

fn kept_text(kept: usize, due: usize, pct: Option<u32>) -> String {
    match pct {
        Some(p) => crate::t!("cmd-history-kept-of", kept = kept, due = due, pct = p),
        None => "—".into(),
    }
}
