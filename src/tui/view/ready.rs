//! Before the meeting: the norms, who presents, and the plan; space to begin.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};

use super::util::{centered, left_lines, name, printable};
use crate::protocol::duration::{format_clock, format_secs};
use crate::tui::app::{App, Mode};
use crate::tui::frame::FrameData;
use crate::tui::keys::{self, Scope};
use crate::tui::text;

pub fn render(app: &App, data: &FrameData, area: Rect, buf: &mut Buffer) {
    let Some(session) = app.session() else { return };
    let plan = session.plan();
    let p = &plan.protocol;
    let theme = &app.theme;

    let mut lines: Vec<Line> = vec![
        Line::from(Span::styled(printable(&p.name), theme.strong)),
        Line::from(Span::styled(printable(&p.summary), theme.dim)),
        Line::default(),
        Line::from(vec![
            Span::styled("Members: ", theme.strong),
            Span::raw(plan.members.iter().map(|m| name(m)).collect::<Vec<_>>().join(", ")),
        ]),
        Line::from(vec![
            Span::styled(
                if plan.presenters.len() == 1 {
                    "Presenter: "
                } else {
                    "Presenters: "
                },
                theme.strong,
            ),
            Span::styled(
                plan.presenters.iter().map(|m| name(m)).collect::<Vec<_>>().join(", "),
                theme.accent,
            ),
        ]),
    ];
    if let Mode::Presenters(input) = &app.mode {
        lines.push(Line::from(vec![
            Span::styled("Change presenters › ", theme.accent),
            Span::raw(printable(input)),
            Span::styled(
                "▏  (names, a number or \"all\"; Enter to apply, Esc to keep)",
                theme.dim,
            ),
        ]));
    } else if let Some(m) = &app.ui.message {
        lines.push(Line::from(Span::styled(printable(&m.text), theme.wrap_up)));
    }
    if let Some(ctx) = app.context() {
        if let Some(g) = &ctx.group {
            let mut t = format!("Group: {}", name(g));
            if !ctx.absent.is_empty() {
                t.push_str(&format!(
                    " · away today: {}",
                    ctx.absent.iter().map(|a| name(a)).collect::<Vec<_>>().join(", ")
                ));
            }
            t.push_str(" · presenters proposed by fair rotation");
            lines.push(Line::from(Span::styled(t, theme.dim)));
        }
        for (role, who) in &ctx.roles {
            // An outside facilitator gets a line of their own (plan_notices).
            if plan.facilitator.as_deref() == Some(who.as_str()) {
                continue;
            }
            lines.push(Line::from(vec![
                Span::styled(format!("{}: ", printable(p.role_name(role))), theme.strong),
                Span::raw(name(who)),
            ]));
        }
        if !ctx.buddies.is_empty() {
            let pairs: Vec<String> = ctx
                .buddies
                .iter()
                .map(|b| format!("{} ↔ {}", name(&b.member), name(&b.buddy)))
                .collect();
            lines.push(Line::from(vec![
                Span::styled("Accountability buddies: ", theme.strong),
                Span::raw(pairs.join(", ")),
            ]));
        }
        if !ctx.open.is_empty() {
            lines.push(Line::from(vec![
                Span::styled("To report back on: ", theme.strong),
                Span::raw(format!("{} open commitment(s) from earlier meetings", ctx.open.len())),
            ]));
        }
        lines.extend(super::group_bits::carried_line(app));
    }
    if let Some(s) = data.schedule {
        lines.push(Line::from(vec![
            Span::styled("Length: ", theme.strong),
            Span::raw(format!(
                "{} — if you begin now, it ends at {}",
                format_secs(plan.length),
                s.planned_end.format("%H:%M")
            )),
        ]));
    }
    if let Some(label) = super::group_bits::programme_label(app) {
        lines.push(Line::from(vec![
            Span::styled("Programme: ", theme.strong),
            Span::raw(label),
        ]));
    }
    lines.extend(super::plan_notices::warning_lines(plan, theme));
    let norms = super::group_bits::norms(app);
    if !norms.is_empty() {
        lines.push(Line::default());
        lines.push(Line::from(Span::styled("Our norms", theme.strong)));
        for n in &norms {
            lines.push(Line::from(format!("  • {}", printable(n))));
        }
    }
    lines.push(Line::default());
    lines.push(Line::from(Span::styled("The plan", theme.strong)));
    // One line per phase (turns folded together).
    let mut last: Option<(Option<usize>, Option<usize>, &str)> = None;
    for (i, step) in plan.steps.iter().enumerate() {
        let key = (step.round, step.phase, step.section.key());
        if last == Some(key) {
            continue;
        }
        last = Some(key);
        let same: Vec<&crate::plan::Step> = plan.steps[i..]
            .iter()
            .take_while(|s| (s.round, s.phase, s.section.key()) == key)
            .collect();
        let total: u64 = same.iter().map(|s| s.length).sum();
        let who = match (&step.presenter, same.len()) {
            (_, n) if n > 1 => format!("{n} turns"),
            (Some(_), _) => step.speaker.as_deref().map(name).unwrap_or_else(|| "everyone".into()),
            (None, _) => "everyone".into(),
        };
        lines.push(Line::from(vec![
            Span::styled(format!("  {:>7}  ", format_clock(total)), theme.dim),
            Span::raw(printable(&step.title)),
            Span::styled(format!("  — {who}"), theme.dim),
        ]));
    }

    let rows = Layout::vertical([Constraint::Fill(1), Constraint::Length(1), Constraint::Length(1)]).split(area);
    left_lines(buf, rows[0], lines);
    centered(buf, rows[1], text::READY_START, theme.accent);
    centered(
        buf,
        rows[2],
        &keys::footer(Scope::Ready, rows[2].width as usize),
        theme.dim,
    );
}
