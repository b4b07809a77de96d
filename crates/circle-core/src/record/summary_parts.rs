//! The summary's sections about the group rather than one presenter: its norms,
//! report-back (with what was not marked, and what was carried for those away),
//! buddies, and a programme's closing celebration. Empty sections are left out.

use std::fmt::Write;

use crate::duration::format_clock;
use crate::protocol::Category;
use crate::record::Record;
use crate::record::summary::{giver, inline, owner};

pub fn norms(md: &mut String, r: &Record) {
    let proposed: Vec<_> = r.notes.iter().filter(|n| n.category == Category::Norm).collect();
    if r.norms.is_empty() && proposed.is_empty() {
        return;
    }
    let _ = writeln!(md, "## {}\n", crate::t!("summary-our-norms"));
    for n in &r.norms {
        let changed = r.norm_changes.iter().find(|c| &c.norm == n);
        let tag = match changed.map(|c| &c.replaces) {
            Some(Some(old)) => format!(" *({})*", crate::t!("summary-norm-changed", old = inline(old))),
            Some(None) => format!(" *({})*", crate::t!("summary-norm-new")),
            None => String::new(),
        };
        let _ = writeln!(md, "- {}{tag}", inline(n));
    }
    let open: Vec<_> = proposed
        .iter()
        .filter(|p| !r.norms.iter().any(|n| n == crate::record::norms::wording(&p.text)))
        .collect();
    if !open.is_empty() {
        let _ = writeln!(md, "\n{}\n", crate::t!("summary-norms-proposed"));
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
    let _ = writeln!(md, "## {}\n", crate::t!("summary-report-back"));
    if !r.marks.is_empty() {
        let _ = writeln!(
            md,
            "| {} | {} | {} | {} |\n|---|---|---|---|",
            crate::t!("summary-col-member"),
            crate::t!("summary-col-commitment"),
            crate::t!("summary-col-status"),
            crate::t!("summary-col-learned")
        );
        for m in &r.marks {
            let _ = writeln!(
                md,
                "| {} | {} | {} | {} |",
                owner(&m.owner),
                inline(&m.text),
                m.status.label(),
                inline(m.learned.as_deref().unwrap_or(""))
            );
        }
        md.push('\n');
    }
    if !unmarked.is_empty() {
        let _ = writeln!(md, "{}\n", crate::t!("summary-not-marked"));
        for a in unmarked {
            let due = crate::t!("summary-due", date = a.due.to_string());
            let _ = writeln!(md, "- **{}**: {} — {due}", owner(&a.owner), inline(&a.text));
        }
        md.push('\n');
    }
    if !carried.is_empty() {
        let _ = writeln!(md, "{}\n", crate::t!("summary-carried"));
        for a in carried {
            let due = crate::t!("summary-due", date = a.due.to_string());
            let _ = writeln!(md, "- **{}**: {} — {due}", owner(&a.owner), inline(&a.text));
        }
        md.push('\n');
    }
}

pub fn buddies(md: &mut String, r: &Record) {
    if r.buddies.is_empty() {
        return;
    }
    let _ = writeln!(md, "## {}\n", crate::t!("summary-buddies"));
    for b in &r.buddies {
        let line = crate::t!(
            "summary-checks-in",
            buddy = inline(&b.buddy),
            member = inline(&b.member)
        );
        let _ = writeln!(md, "- {line}");
    }
    md.push('\n');
}

pub fn celebration(md: &mut String, r: &Record) {
    let Some(c) = &r.celebration else { return };
    let _ = writeln!(md, "## {}\n", crate::t!("summary-celebration"));
    if c.kept.is_empty() {
        let _ = writeln!(md, "{}\n", crate::t!("summary-nothing-kept"));
    }
    for k in &c.kept {
        let from = crate::t!("summary-kept-from", made = k.made.to_string());
        let _ = writeln!(md, "- **{}**: {} *({from})*", owner(&k.owner), inline(&k.text));
    }
    if !c.kept.is_empty() {
        md.push('\n');
    }
    let _ = writeln!(md, "## {}\n", crate::t!("summary-return"));
    let together = format_clock(c.minutes * 60);
    let _ = writeln!(
        md,
        "- {}",
        crate::t!("summary-meetings-together", count = c.meetings, time = together)
    );
    match c.tally.percent() {
        Some(p) => {
            let kept = crate::t!(
                "summary-kept-tally",
                kept = c.tally.kept,
                due = c.tally.due,
                percent = p
            );
            let _ = writeln!(md, "- {kept}");
        }
        None => {
            let _ = writeln!(md, "- {}", crate::t!("summary-none-due"));
        }
    }
    let trend: Vec<String> = c
        .ratings
        .iter()
        .map(|x| x.map_or("—".to_string(), |v| crate::i18n::decimal(v, 1)))
        .collect();
    let _ = writeln!(
        md,
        "- {}\n",
        crate::t!("summary-value-trend", trend = trend.join(" → "))
    );
}
