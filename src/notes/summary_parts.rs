//! The summary's sections about the group rather than one presenter: its norms,
//! report-back (with what was not marked, and what was carried for those away),
//! buddies, and a programme's closing celebration. Empty sections are left out.

use std::fmt::Write;

use super::record::{Category, Record};
use super::summary::{giver, inline};
use crate::protocol::duration::format_clock;

pub fn norms(md: &mut String, r: &Record) {
    let proposed: Vec<_> = r.notes.iter().filter(|n| n.category == Category::Norm).collect();
    if r.norms.is_empty() && proposed.is_empty() {
        return;
    }
    md.push_str("## Our norms\n\n");
    for n in &r.norms {
        let changed = r.norm_changes.iter().find(|c| &c.norm == n);
        let tag = match changed.map(|c| &c.replaces) {
            Some(Some(old)) => format!(" *(changed today; was: {})*", inline(old)),
            Some(None) => " *(new today)*".to_string(),
            None => String::new(),
        };
        let _ = writeln!(md, "- {}{tag}", inline(n));
    }
    let open: Vec<_> = proposed
        .iter()
        .filter(|p| !r.norms.iter().any(|n| n == super::norms::wording(&p.text)))
        .collect();
    if !open.is_empty() {
        md.push_str("\nProposed, not adopted:\n\n");
        for p in open {
            let _ = writeln!(md, "- {}{}", inline(&p.text), giver(p));
        }
    }
    md.push('\n');
}

pub fn report_back(md: &mut String, r: &Record) {
    let unmarked: Vec<_> = r
        .awaiting
        .iter()
        .filter(|a| !a.carried && !r.marks.iter().any(|m| m.commitment == a.commitment))
        .collect();
    let carried: Vec<_> = r.awaiting.iter().filter(|a| a.carried).collect();
    if r.marks.is_empty() && unmarked.is_empty() && carried.is_empty() {
        return;
    }
    md.push_str("## Report-back\n\n");
    if !r.marks.is_empty() {
        md.push_str("| member | commitment | status | learned |\n|---|---|---|---|\n");
        for m in &r.marks {
            let _ = writeln!(
                md,
                "| {} | {} | {} | {} |",
                inline(&m.owner),
                inline(&m.text),
                m.status.label(),
                inline(m.learned.as_deref().unwrap_or(""))
            );
        }
        md.push('\n');
    }
    if !unmarked.is_empty() {
        md.push_str("Not marked (still open):\n\n");
        for a in unmarked {
            let _ = writeln!(md, "- **{}**: {} — due {}", inline(&a.owner), inline(&a.text), a.due);
        }
        md.push('\n');
    }
    if !carried.is_empty() {
        md.push_str("Carried to the next meeting (away today):\n\n");
        for a in carried {
            let _ = writeln!(md, "- **{}**: {} — due {}", inline(&a.owner), inline(&a.text), a.due);
        }
        md.push('\n');
    }
}

pub fn buddies(md: &mut String, r: &Record) {
    if r.buddies.is_empty() {
        return;
    }
    md.push_str("## Accountability buddies\n\n");
    for b in &r.buddies {
        let _ = writeln!(md, "- {} checks in with {}", inline(&b.buddy), inline(&b.member));
    }
    md.push('\n');
}

pub fn celebration(md: &mut String, r: &Record) {
    let Some(c) = &r.celebration else { return };
    md.push_str("## Celebration: what we kept\n\n");
    if c.kept.is_empty() {
        md.push_str("No commitment was marked done in this programme.\n\n");
    }
    for k in &c.kept {
        let _ = writeln!(
            md,
            "- **{}**: {} *(from {})*",
            inline(&k.owner),
            inline(&k.text),
            k.made
        );
    }
    if !c.kept.is_empty() {
        md.push('\n');
    }
    md.push_str("## Return on our time\n\n");
    let _ = writeln!(
        md,
        "- {} meetings, {} together",
        c.meetings,
        format_clock(c.minutes * 60)
    );
    match c.tally.percent() {
        Some(p) => {
            let _ = writeln!(
                md,
                "- Commitments kept: {} of the {} that came due ({p}%)",
                c.tally.kept, c.tally.due
            );
        }
        None => md.push_str("- No commitment came due\n"),
    }
    let trend: Vec<String> = c
        .ratings
        .iter()
        .map(|x| x.map_or("—".to_string(), |v| format!("{v:.1}")))
        .collect();
    let _ = writeln!(md, "- Value for our time, meeting by meeting: {}\n", trend.join(" → "));
}
