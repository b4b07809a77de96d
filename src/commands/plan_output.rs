//! `circle plan`: the meeting's timeline as a readable table or as JSON.

use std::io::Write;
use std::path::Path;

use chrono::{DateTime, Local, NaiveTime, TimeZone};
use serde::Serialize;

use crate::cli::{Format, PlanArgs};
use crate::commands::{CliError, setup};
use crate::duration::{format_clock, format_secs};
use crate::notes::GroupContext;
use crate::plan::{Plan, Step};
use crate::record::Buddy;
use crate::safe_text::printable;

pub fn plan_command(args: &PlanArgs, data_dir: Option<&Path>, out: &mut dyn Write) -> Result<(), CliError> {
    // The same config as `circle run`: a broken one is an error here too.
    let config = super::config()?;
    let setup = setup::resolve(&args.meeting, data_dir, &config)?;
    // JSON is for scripts: its warnings and fixes are in English whatever language
    // circle speaks. A plan that cannot be made is refused in the person's language.
    let plan = match args.format {
        Format::Json => match crate::i18n::with_lang(crate::i18n::Lang::En, || setup.plan()) {
            Ok(plan) => plan,
            Err(_) => setup.plan()?,
        },
        Format::Text => setup.plan()?,
    };
    let context = setup.group_context(&plan);
    let start = match &args.start {
        Some(text) => parse_start(text).map_err(CliError::BadInput)?,
        None => crate::engine::clock::wall_now(),
    };
    let written = match args.format {
        Format::Text => write_text(&plan, start, context.as_ref(), out),
        Format::Json => crate::i18n::with_lang(crate::i18n::Lang::En, || {
            write_json(&plan, start, context.as_ref(), out)
        }),
    };
    Ok(written?)
}

/// "14:00" (or "14:00:30") today, local time.
pub fn parse_start(text: &str) -> Result<DateTime<Local>, String> {
    let time = NaiveTime::parse_from_str(text.trim(), "%H:%M")
        .or_else(|_| NaiveTime::parse_from_str(text.trim(), "%H:%M:%S"))
        .map_err(|_| crate::t!("cmd-plan-start-bad", text = text))?;
    let naive = crate::engine::clock::wall_now().date_naive().and_time(time);
    Local
        .from_local_datetime(&naive)
        .earliest()
        .ok_or_else(|| crate::t!("cmd-plan-start-missing", text = text))
}

fn at(start: DateTime<Local>, offset: u64) -> DateTime<Local> {
    start + chrono::Duration::seconds(offset as i64)
}

pub fn write_text(
    plan: &Plan,
    start: DateTime<Local>,
    group: Option<&GroupContext>,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let p = &plan.protocol;
    writeln!(out, "{} ({})", printable(&p.name), p.id)?;
    if let Some(g) = group {
        writeln!(
            out,
            "{}",
            crate::t!("cmd-plan-group", name = printable(g.group.as_deref().unwrap_or("")))
        )?;
        if !g.absent.is_empty() {
            writeln!(
                out,
                "{}",
                crate::t!("cmd-plan-absent", names = printable(&g.absent.join(", ")))
            )?;
        }
    }
    let members = crate::t!(
        "cmd-plan-members",
        count = plan.members.len(),
        names = printable(&plan.members.join(", "))
    );
    writeln!(out, "{members}")?;
    if plan.pairing.is_empty() {
        let presenters = crate::t!(
            "cmd-plan-presenters",
            count = plan.presenters.len(),
            names = printable(&plan.presenters.join(", "))
        );
        writeln!(out, "{presenters}")?;
    }
    let length = crate::t!(
        "cmd-plan-length",
        length = format_secs(plan.length),
        start = start.format("%H:%M").to_string(),
        end = at(start, plan.length).format("%H:%M").to_string()
    );
    writeln!(out, "{length}")?;
    for line in crate::plan::describe_choices(plan) {
        writeln!(out, "{}", printable(&line))?;
    }
    if let Some(g) = group {
        for (role, who) in &g.roles {
            // An outside facilitator is named above, with what that means.
            if plan.facilitator.as_deref() == Some(who.as_str()) {
                continue;
            }
            writeln!(out, "{}: {}", plan.protocol.role_name(role), printable(who))?;
        }
        if let Some(p) = g.programme {
            writeln!(out, "{}", crate::t!("cmd-plan-programme", label = p.label()))?;
        }
        for b in &g.buddies {
            writeln!(
                out,
                "{}",
                crate::t!(
                    "cmd-plan-buddy",
                    member = printable(&b.member),
                    buddy = printable(&b.buddy)
                )
            )?;
        }
        if !g.open.is_empty() {
            writeln!(out, "{}", crate::t!("cmd-plan-open", count = g.open.len()))?;
        }
        if !g.carried.is_empty() {
            writeln!(out, "{}", crate::t!("cmd-plan-carried", count = g.carried.len()))?;
        }
    }
    writeln!(out)?;
    writeln!(
        out,
        "{:>8}  {:>7}  {:<44}  {}",
        crate::t!("cmd-plan-col-start"),
        crate::t!("cmd-plan-col-length"),
        crate::t!("cmd-plan-col-phase"),
        crate::t!("cmd-plan-col-speaker")
    )?;
    let mut last_round = None;
    for step in &plan.steps {
        // A break between rounds belongs to no round: it does not start one.
        if step.round != last_round && !step.kind.rules().rest {
            if let (Some(n), Some(who)) = (step.round, &step.presenter) {
                writeln!(
                    out,
                    "  {}",
                    crate::t!("cmd-plan-round-presents", n = n, presenter = printable(who))
                )?;
            } else if let (Some(n), false) = (step.round, plan.pairing.is_empty()) {
                writeln!(out, "  {}", crate::t!("cmd-plan-round-pairs", n = n))?;
            } else if last_round.is_some() {
                writeln!(out, "  {}", crate::t!("cmd-plan-closing"))?;
            }
            last_round = step.round;
        }
        writeln!(
            out,
            "{:>8}  {:>7}  {:<44}  {}",
            at(start, step.start).format("%H:%M:%S"),
            format_clock(step.length),
            clip(&printable(&step.title), 44),
            speaker_text(plan, step),
        )?;
    }
    if !plan.warnings.is_empty() {
        writeln!(out)?;
        for w in &plan.warnings {
            writeln!(out, "{}", crate::t!("cmd-warning", message = printable(&w.message())))?;
        }
    }
    if plan.spare > 0 {
        let home = plan.steps.iter().find(|s| s.spare).map_or("", |s| s.title.as_str());
        writeln!(out)?;
        let spare = crate::t!("cmd-plan-spare", secs = plan.spare, phase = printable(home));
        writeln!(out, "{spare}")?;
    }
    Ok(())
}

fn speaker_text(plan: &Plan, step: &Step) -> String {
    if let Some(pairs) = crate::plan::describe_pairs(plan, step) {
        return printable(&pairs);
    }
    let role = step.role.as_deref().map(|r| plan.protocol.role_in_text(r));
    let mut text = match (&step.speaker, role) {
        (Some(name), Some(role)) => format!("{} ({})", printable(name), printable(&role)),
        (Some(name), None) => printable(name),
        (None, Some(role)) => crate::t!("cmd-plan-role-leads", role = printable(&role)),
        (None, None) => crate::t!("cmd-plan-everyone"),
    };
    if let Some(t) = step.turn {
        text.push_str(&format!(" {}/{}", t.index, t.of));
    }
    text
}

fn clip(s: &str, width: usize) -> String {
    crate::safe_text::clipped(s, width)
}

#[derive(Serialize)]
struct JsonPlan<'a> {
    protocol: &'a str,
    protocol_name: &'a str,
    members: &'a [String],
    presenters: &'a [String],
    start: String,
    end: String,
    duration_s: u64,
    spare_s: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    group: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    absent: Option<&'a [String]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    roles: Option<&'a std::collections::BTreeMap<String, String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    buddies: Option<&'a [Buddy]>,
    warnings: Vec<JsonWarning<'a>>,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    pairs: &'a [Vec<String>],
    /// The seed of the meeting's random draws, when something was drawn.
    #[serde(skip_serializing_if = "Option::is_none")]
    seed: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    givers: Option<&'a crate::plan::Givers>,
    #[serde(skip_serializing_if = "Option::is_none")]
    facilitator: Option<&'a str>,
    steps: Vec<JsonStep<'a>>,
}

#[derive(Serialize)]
struct JsonPairTurn {
    speaking: Vec<String>,
    listening: Vec<String>,
}

#[derive(Serialize)]
struct JsonWarning<'a> {
    title: &'a str,
    kind: &'static str,
    /// "squeezed" (under the minimum) or "stretched" (past the maximum).
    misfit: &'static str,
    turn_s: u64,
    min_s: u64,
    max_s: u64,
    fixes: &'a [String],
    message: String,
}

#[derive(Serialize)]
struct JsonStep<'a> {
    index: usize,
    section: &'static str,
    round: Option<usize>,
    presenter: Option<&'a str>,
    kind: &'static str,
    title: &'a str,
    speaker: Option<&'a str>,
    role: Option<&'a str>,
    turn: Option<usize>,
    turns: Option<usize>,
    start: String,
    duration_s: u64,
    /// In a meeting of pairs: who speaks and who listens in each pair.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pairs: Vec<JsonPairTurn>,
}

pub fn write_json(
    plan: &Plan,
    start: DateTime<Local>,
    group: Option<&GroupContext>,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let json = JsonPlan {
        protocol: &plan.protocol.id,
        protocol_name: &plan.protocol.name,
        members: &plan.members,
        presenters: &plan.presenters,
        start: start.to_rfc3339(),
        end: at(start, plan.length).to_rfc3339(),
        duration_s: plan.length,
        spare_s: plan.spare,
        group: group.and_then(|g| g.group.as_deref()),
        absent: group.map(|g| g.absent.as_slice()),
        roles: group.map(|g| &g.roles),
        buddies: group.map(|g| g.buddies.as_slice()),
        warnings: plan
            .warnings
            .iter()
            .map(|w| JsonWarning {
                title: &w.title,
                kind: w.kind.key(),
                misfit: match w.misfit {
                    crate::plan::Misfit::Squeezed => "squeezed",
                    crate::plan::Misfit::Stretched => "stretched",
                },
                turn_s: w.turn,
                min_s: w.bounds.min,
                max_s: w.bounds.max,
                fixes: &w.fixes,
                message: w.message(),
            })
            .collect(),
        pairs: &plan.pairing,
        seed: plan.drawn.then_some(plan.seed),
        givers: plan.givers.as_ref(),
        facilitator: plan.facilitator.as_deref(),
        steps: plan
            .steps
            .iter()
            .enumerate()
            .map(|(index, s)| JsonStep {
                index,
                section: s.section.key(),
                round: s.round,
                presenter: s.presenter.as_deref(),
                kind: s.kind.key(),
                title: &s.title,
                speaker: s.speaker.as_deref(),
                role: s.role.as_deref(),
                turn: s.turn.map(|t| t.index),
                turns: s.turn.map(|t| t.of),
                start: at(start, s.start).to_rfc3339(),
                duration_s: s.length,
                pairs: crate::plan::pair_turns(plan, s)
                    .into_iter()
                    .map(|t| JsonPairTurn {
                        speaking: t.speaking,
                        listening: t.listening,
                    })
                    .collect(),
            })
            .collect(),
    };
    serde_json::to_writer_pretty(&mut *out, &json)?;
    writeln!(out)
}
