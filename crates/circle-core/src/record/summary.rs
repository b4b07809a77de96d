//! The Markdown summary of a meeting: what a person would want to read afterwards
//! or paste elsewhere. Drawn entirely from the record.

use std::fmt::Write;

use crate::duration::format_clock;
use crate::plan::same_name;
use crate::protocol::Category;
use crate::record::{Note, Record};

pub fn markdown(r: &Record) -> String {
    // The summary is the group's: the facilitator's private notes have their own file.
    let shared = crate::record::private_notes::shared(r);
    let r = &*shared;
    let mut md = String::new();
    front_matter(&mut md, r);
    let title = r.group.as_deref().unwrap_or(&r.protocol_name);
    let _ = writeln!(
        md,
        "# {} — {}{}\n",
        inline(title),
        crate::i18n::dates::long_date_time(&r.started),
        r.programme.map(|p| format!(" ({})", p.label())).unwrap_or_default()
    );
    if !r.finished {
        let _ = writeln!(md, "*{}*\n", crate::t!("summary-unfinished"));
    }
    if !r.roles.is_empty() {
        let roles: Vec<String> = r
            .roles
            .iter()
            .map(|(role, m)| {
                // The record keeps role ids; the one every built-in rotates has a name
                // in each language ("Moderation").
                let role = match role.as_str() {
                    "facilitator" => crate::t!("summary-role-facilitator"),
                    other => other.to_string(),
                };
                crate::t!("summary-role", role = inline(&role), member = inline(m))
            })
            .collect();
        let _ = writeln!(md, "{}\n", crate::t!("summary-roles", roles = roles.join(" · ")));
    }

    crate::record::summary_parts::norms(&mut md, r);

    for p in &r.presenters {
        let mine: Vec<&Note> = r
            .notes
            .iter()
            .filter(|n| n.presenter.as_deref() == Some(p.as_str()))
            .collect();
        // An interrupted meeting leaves out the rounds it never reached.
        if mine.is_empty() && !r.commitments.iter().any(|c| same_name(&c.owner, p)) {
            continue;
        }
        let _ = writeln!(md, "## {}\n", crate::t!("summary-presents", name = inline(p)));
        focus(&mut md, &mine, Category::Focus, &crate::t!("summary-initial-focus"));
        focus(&mut md, &mine, Category::Reframe, &crate::t!("summary-reframed-focus"));
        list(
            &mut md,
            &mine,
            Category::Question,
            &crate::t!("summary-questions"),
            |n| {
                let verdict = n
                    .verdict
                    .map(|v| format!(" *({})*", verdict_word(v)))
                    .unwrap_or_default();
                format!("{verdict}{}", giver(n))
            },
        );
        super::options::options(&mut md, &mine);
        list(
            &mut md,
            &mine,
            Category::Suggestion,
            &crate::t!("summary-suggestions"),
            giver,
        );
        list(&mut md, &mine, Category::Insight, &crate::t!("summary-insights"), giver);
        commitments(&mut md, r, Some(p));
    }

    let outside: Vec<&Note> = r
        .notes
        .iter()
        .filter(|n| n.presenter.is_none() && n.category != Category::Norm)
        .collect();
    let group_commitments = r
        .commitments
        .iter()
        .any(|c| !r.presenters.iter().any(|p| same_name(&c.owner, p)));
    if !outside.is_empty() || group_commitments {
        // Written aside first: the heading only goes in above something.
        let mut part = String::new();
        // Everything typed outside a presenter's round is kept: pairs' focuses and
        // questions as well as learnings and suggestions.
        list(&mut part, &outside, Category::Focus, &crate::t!("summary-focus"), giver);
        list(
            &mut part,
            &outside,
            Category::Reframe,
            &crate::t!("summary-reframed-focus"),
            giver,
        );
        list(
            &mut part,
            &outside,
            Category::Question,
            &crate::t!("summary-questions"),
            giver,
        );
        list(
            &mut part,
            &outside,
            Category::Learning,
            &crate::t!("summary-learnings"),
            giver,
        );
        list(&mut part, &outside, Category::Hope, &crate::t!("summary-hopes"), giver);
        list(
            &mut part,
            &outside,
            Category::Insight,
            &crate::t!("summary-insights"),
            giver,
        );
        list(
            &mut part,
            &outside,
            Category::Review,
            &crate::t!("summary-review"),
            giver,
        );
        list(
            &mut part,
            &outside,
            Category::Suggestion,
            &crate::t!("summary-suggestions"),
            giver,
        );
        list(
            &mut part,
            &outside,
            Category::Option,
            &crate::t!("summary-options"),
            giver,
        );
        commitments(&mut part, r, None);
        if !part.trim().is_empty() {
            let _ = writeln!(md, "## {}\n", crate::t!("summary-whole-group"));
            md.push_str(&part);
        }
    }

    crate::record::summary_parts::report_back(&mut md, r);
    crate::record::summary_parts::buddies(&mut md, r);
    crate::record::summary_parts::celebration(&mut md, r);

    if let Some(avg) = r.average_rating().map(crate::record::round1) {
        let _ = writeln!(md, "## {}\n", crate::t!("summary-value"));
        let each: Vec<String> = r
            .ratings
            .iter()
            .map(|x| format!("{} {}", inline(&x.member), x.value))
            .collect();
        let avg = crate::i18n::decimal(avg, 1);
        let _ = writeln!(
            md,
            "{} — {}\n",
            each.join(" · "),
            crate::t!("summary-average", average = avg)
        );
    }

    if r.airtime.iter().any(|a| a.secs > 0) {
        let _ = writeln!(md, "## {}\n", crate::t!("summary-airtime"));
        let (member, spoke) = (crate::t!("summary-col-member"), crate::t!("summary-col-spoke"));
        let _ = writeln!(md, "| {member} | {spoke} |\n|---|---:|");
        for a in &r.airtime {
            let _ = writeln!(md, "| {} | {} |", inline(&a.member), format_clock(a.secs));
        }
        md.push('\n');
    }
    // Phases an interrupted meeting never reached are left out.
    let phases: Vec<_> = r.phases.iter().filter(|p| r.finished || p.used_s > 0).collect();
    if !phases.is_empty() {
        let _ = writeln!(md, "## {}\n", crate::t!("summary-time-per-phase"));
        let _ = writeln!(
            md,
            "| {} | {} | {} |\n|---|---:|---:|",
            crate::t!("summary-col-phase"),
            crate::t!("summary-col-planned"),
            crate::t!("summary-col-used")
        );
        for p in phases {
            let name = match &p.presenter {
                Some(who) => format!("{} ({})", p.title, who),
                None => p.title.clone(),
            };
            let _ = writeln!(
                md,
                "| {} | {} | {} |",
                inline(&name),
                format_clock(p.planned_s),
                format_clock(p.used_s)
            );
        }
        md.push('\n');
    }
    md
}

fn front_matter(md: &mut String, r: &Record) {
    // JSON strings are valid YAML scalars, so any name is quoted safely.
    let q = |s: &str| serde_json::to_string(s).unwrap_or_default();
    let qs = |v: &[String]| format!("[{}]", v.iter().map(|s| q(s)).collect::<Vec<_>>().join(", "));
    md.push_str("---\n");
    let _ = writeln!(md, "date: {}", r.started.format("%Y-%m-%dT%H:%M:%S%:z"));
    let _ = writeln!(md, "started: {}", r.started.format("%Y-%m-%dT%H:%M:%S%:z"));
    if let Some(end) = r.ended {
        let _ = writeln!(md, "ended: {}", end.format("%Y-%m-%dT%H:%M:%S%:z"));
        let _ = writeln!(
            md,
            "length: \"{}\"",
            format_clock((end - r.started).num_seconds().max(0) as u64)
        );
    }
    if let Some(p) = r.programme {
        let _ = writeln!(md, "meeting: {}\nof: {}", p.number, p.of);
    }
    if let Some(g) = &r.group {
        let _ = writeln!(md, "group: {}", q(g));
    }
    let _ = writeln!(md, "protocol: {}", q(&r.protocol));
    let _ = writeln!(md, "members: {}", qs(&r.members));
    let _ = writeln!(md, "absent: {}", qs(&r.absent));
    let _ = writeln!(md, "presenters: {}", qs(&r.presenters));
    md.push_str("---\n\n");
}

/// Who a commitment is for, as the summary shows it: a commitment made outside
/// anyone's turn is kept under the owner "the group" (see `notes::taking`).
pub(super) fn owner(name: &str) -> String {
    if name == "the group" {
        crate::t!("summary-group-owner")
    } else {
        inline(name)
    }
}

/// The coach's verdict on a question, as a word for people.
fn verdict_word(v: crate::coach::Verdict) -> String {
    use crate::coach::Verdict;
    match v {
        Verdict::Open => crate::t!("summary-verdict-open"),
        Verdict::Closed => crate::t!("summary-verdict-closed"),
        Verdict::Advice => crate::t!("summary-verdict-advice"),
        Verdict::Judgemental => crate::t!("summary-verdict-judgemental"),
    }
}

pub(super) fn giver(n: &Note) -> String {
    n.speaker
        .as_deref()
        .map(|s| format!(" — {}", inline(s)))
        .unwrap_or_default()
}

fn focus(md: &mut String, notes: &[&Note], category: Category, label: &str) {
    let texts: Vec<String> = notes
        .iter()
        .filter(|n| n.category == category)
        .map(|n| inline(&n.text))
        .collect();
    if !texts.is_empty() {
        let _ = writeln!(md, "**{label}:** {}\n", texts.join(" / "));
    }
}

fn list(md: &mut String, notes: &[&Note], category: Category, label: &str, suffix: impl Fn(&Note) -> String) {
    let items: Vec<&&Note> = notes.iter().filter(|n| n.category == category).collect();
    if items.is_empty() {
        return;
    }
    let _ = writeln!(md, "### {label}\n");
    for n in items {
        let _ = writeln!(md, "- {}{}", inline(&n.text), suffix(n));
    }
    md.push('\n');
}

fn commitments(md: &mut String, r: &Record, presenter: Option<&String>) {
    let items: Vec<_> = r
        .commitments
        .iter()
        .filter(|c| match presenter {
            Some(p) => same_name(&c.owner, p),
            None => !r.presenters.iter().any(|p| same_name(&c.owner, p)),
        })
        .collect();
    if items.is_empty() {
        return;
    }
    let _ = writeln!(md, "### {}\n", crate::t!("summary-commitments"));
    for c in items {
        let buddy = c
            .buddy
            .as_deref()
            .map(|b| format!(", {}", crate::t!("summary-buddy", name = inline(b))))
            .unwrap_or_default();
        let due = crate::t!("summary-due", date = c.due.to_string());
        let _ = writeln!(md, "- **{}**: {} — {due}{buddy}", owner(&c.owner), inline(&c.text));
    }
    md.push('\n');
}

/// User text on one Markdown line: no line breaks, and nothing that starts markup.
pub(super) fn inline(text: &str) -> String {
    let flat: String = crate::safe_text::printable(&text.replace(['\n', '\r'], " "));
    let mut out = String::with_capacity(flat.len());
    for c in flat.chars() {
        if matches!(c, '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '#' | '|') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_text_cannot_break_the_markdown() {
        assert_eq!(inline("a|b\n# c"), "a\\|b \\# c");
    }
}
