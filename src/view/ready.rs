//! Before the meeting: the norms, who presents, who holds the rotating roles, and
//! the whole plan (scrolling when it is longer than the window); space to begin.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};

use super::fold::{elide, fit_spans, join_fitting, wrap};
use super::util::{centered, left_lines, name, printable};
use crate::app::frame::FrameData;
use crate::app::keys::{self, Scope};
use crate::app::{App, Mode};
use crate::duration::{format_clock, format_secs};

/// Every line of the ready screen, for a window `w` columns wide.
pub fn lines(app: &App, data: &FrameData, w: usize) -> Vec<Line<'static>> {
    let Some(engine) = app.engine() else {
        return Vec::new();
    };
    let plan = engine.plan();
    let p = &plan.protocol;
    let theme = &app.theme;
    let names = |list: &[String]| list.iter().map(|m| name(m)).collect::<Vec<_>>();

    let mut lines: Vec<Line> = vec![Line::from(Span::styled(elide(&p.name, w), theme.strong))];
    for l in wrap(&p.summary, w.saturating_sub(1), 2) {
        lines.push(Line::from(Span::styled(l, theme.dim)));
    }
    lines.push(Line::default());
    let members = crate::t!("ready-members");
    lines.push(names_line(&members, &plan.members, w, theme.strong, theme.text));
    let head = crate::t!("ready-presenters", count = plan.presenters.len());
    lines.push(names_line(&head, &plan.presenters, w, theme.strong, theme.accent));
    if let Mode::Presenters(input) = &app.mode {
        let hint = format!("  {}", crate::t!("ready-presenters-hint"));
        let label = format!("{} › ", crate::t!("ready-change-presenters"));
        // The part of a long line around the cursor.
        let room = w
            .saturating_sub(label.chars().count() + hint.chars().count() + 1)
            .max(8);
        let (before, after) = input.window(room);
        lines.push(fit_spans(
            vec![
                Span::styled(label, theme.accent),
                Span::raw(printable(&before)),
                Span::styled("▏", theme.accent),
                Span::raw(printable(&after)),
                Span::styled(hint, theme.dim),
            ],
            w,
        ));
    } else if let Some(m) = &app.ui.message {
        lines.push(Line::from(Span::styled(elide(&m.text, w), theme.wrap_up)));
    }
    if let Some(ctx) = app.context() {
        if let Some(g) = &ctx.group {
            let mut t = crate::t!("ready-group", group = name(g));
            if !ctx.absent.is_empty() {
                let away = names(&ctx.absent).join(", ");
                t.push_str(&format!(" · {}", crate::t!("ready-away-today", names = away)));
            }
            t.push_str(&format!(" · {}", crate::t!("ready-fair-rotation")));
            for l in wrap(&t, w.saturating_sub(1), 2) {
                lines.push(Line::from(Span::styled(l, theme.dim)));
            }
        }
        for (role, who) in &ctx.roles {
            // An outside facilitator gets a line of their own (plan_notices).
            if plan.facilitator.as_deref() == Some(who.as_str()) {
                continue;
            }
            let how = if ctx.group.is_some() {
                crate::t!("ready-role-by-rotation")
            } else {
                crate::t!("ready-role-by-seating")
            };
            lines.push(fit_spans(
                vec![
                    Span::styled(format!("{}: ", printable(p.role_name(role))), theme.strong),
                    Span::styled(name(who), theme.accent),
                    Span::styled(format!("  ({how})"), theme.dim),
                ],
                w,
            ));
        }
        if !ctx.buddies.is_empty() {
            let pairs: Vec<String> = ctx
                .buddies
                .iter()
                .map(|b| format!("{} ↔ {}", name(&b.member), name(&b.buddy)))
                .collect();
            let head = format!("{}: ", crate::t!("ready-buddies"));
            let room = w.saturating_sub(head.chars().count() + 1);
            lines.push(Line::from(vec![
                Span::styled(head, theme.strong),
                join_fitting(&pairs, ", ", room, theme.text),
            ]));
        }
        if !ctx.open.is_empty() {
            lines.push(fit_spans(
                vec![
                    Span::styled(format!("{}: ", crate::t!("ready-report-back")), theme.strong),
                    Span::raw(crate::t!("ready-open-commitments", count = ctx.open.len())),
                ],
                w,
            ));
        }
        lines.extend(super::group_bits::carried_line(app));
    }
    if let Some(s) = data.schedule {
        let end = s.planned_end.format("%H:%M").to_string();
        let length = format_secs(plan.length);
        lines.push(fit_spans(
            vec![
                Span::styled(format!("{}: ", crate::t!("ready-length")), theme.strong),
                Span::raw(crate::t!("ready-length-ends", length = length, end = end)),
            ],
            w,
        ));
    }
    if let Some(label) = super::group_bits::programme_label(app) {
        lines.push(fit_spans(
            vec![
                Span::styled(format!("{}: ", crate::t!("ready-programme")), theme.strong),
                Span::raw(label),
            ],
            w,
        ));
    }
    // Who was drawn, and turn warnings: wrapped at words (two rows each at most),
    // never cut mid-word.
    for notice in super::plan_notices::warning_lines(plan, theme) {
        let style = notice.spans.first().map_or(theme.text, |s| s.style);
        let text: String = notice.spans.iter().map(|s| s.content.as_ref()).collect();
        for row in wrap(&text, w.saturating_sub(1).max(1), 2) {
            lines.push(Line::from(Span::styled(row, style)));
        }
    }
    let norms = super::group_bits::norms(app);
    if !norms.is_empty() {
        lines.push(Line::default());
        lines.push(Line::from(Span::styled(crate::t!("ready-our-norms"), theme.strong)));
        for n in &norms {
            for (k, l) in wrap(n, w.saturating_sub(5), 3).into_iter().enumerate() {
                lines.push(Line::from(format!("{}{l}", if k == 0 { "  • " } else { "    " })));
            }
        }
    }
    lines.push(Line::default());
    // When each phase starts if the meeting begins now, so the group can agree on
    // breaks and a presenter knows when they are on.
    let begins = data
        .schedule
        .map(|s| s.planned_end - chrono::Duration::seconds(plan.length as i64));
    let heading = if begins.is_some() {
        crate::t!("ready-the-plan-starts")
    } else {
        crate::t!("ready-the-plan")
    };
    lines.push(Line::from(Span::styled(elide(&heading, w), theme.strong)));
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
            (_, n) if n > 1 => crate::t!("ready-turns", count = n),
            (Some(_), _) => step
                .speaker
                .as_deref()
                .map(name)
                .unwrap_or_else(|| crate::t!("ready-everyone")),
            (None, _) => crate::t!("ready-everyone"),
        };
        let at = begins.map_or_else(String::new, |b| {
            let start = b + chrono::Duration::seconds(step.start as i64);
            format!("  {}", start.format("%H:%M"))
        });
        let at = if at.is_empty() { "  ".to_string() } else { at };
        lines.push(fit_spans(
            vec![
                Span::styled(at, theme.strong),
                Span::styled(format!("{:>7}  ", format_clock(total)), theme.dim),
                Span::raw(printable(&step.title)),
                Span::styled(format!("  — {who}"), theme.dim),
            ],
            w,
        ));
    }
    lines
}

/// The furthest the ready screen scrolls for `rows` rows of body.
pub fn max_scroll(total: usize, rows: usize) -> usize {
    total.saturating_sub(rows)
}

pub fn render(app: &App, data: &FrameData, area: Rect, buf: &mut Buffer) {
    let theme = &app.theme;
    let rows = Layout::vertical([Constraint::Fill(1), Constraint::Length(1), Constraint::Length(1)]).split(area);
    let all = lines(app, data, area.width as usize);
    let body = rows[0].height as usize;
    let max = max_scroll(all.len(), body);
    app.ui.scroll_max.set(max);
    let scroll = app.ui.scroll.min(max);
    let total = all.len();
    let mut shown: Vec<Line> = all.into_iter().skip(scroll).take(body).collect();
    let below = total.saturating_sub(scroll + body);
    // Say what is off screen, in place of the last line or the first.
    if below > 0 && body > 0 {
        shown.pop();
        shown.push(Line::from(Span::styled(
            format!("  {}", crate::t!("ready-more-below", count = below + 1)),
            theme.dim,
        )));
    }
    if scroll > 0 && body > 1 {
        let above = format!("  {}", crate::t!("ready-more-above", count = scroll + 1));
        shown[0] = Line::from(Span::styled(above, theme.dim));
    }
    left_lines(buf, rows[0], shown);
    centered(
        buf,
        rows[1],
        &elide(&crate::t!("ready-start"), area.width as usize),
        theme.accent,
    );
    centered(
        buf,
        rows[2],
        &keys::footer(Scope::Ready, area.width as usize),
        theme.dim,
    );
}

/// "Members: Ana, Ben, …" fitted to the width, whole names only.
fn names_line(
    head: &str,
    list: &[String],
    w: usize,
    head_style: ratatui::style::Style,
    style: ratatui::style::Style,
) -> Line<'static> {
    let head = format!("{head}: ");
    let room = w.saturating_sub(head.chars().count() + 1);
    Line::from(vec![
        Span::styled(head, head_style),
        join_fitting(&list.iter().map(|m| name(m)).collect::<Vec<_>>(), ", ", room, style),
    ])
}
