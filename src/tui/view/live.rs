//! The meeting in progress: who and what now, the big countdown, where we are.

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};

use super::digits::BigDigits;
use super::util::{centered, left_lines, line, name, printable};
use crate::plan::Step;
use crate::protocol::duration::format_clock;
use crate::session::{Alert, Session};
use crate::tui::app::App;
use crate::tui::frame::FrameData;
use crate::tui::keys::Scope;
use crate::tui::text;

/// The parts of the live screen, top to bottom.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Ribbon,
    Title,
    Speaker,
    Digits,
    Status,
    Pane,
    Rules,
    Prompt,
    Role,
    Next,
    Schedule,
    Footer,
}

/// Which parts to keep as the window shrinks: first dropped last.
const PRIORITY: [Part; 11] = [
    Part::Speaker,
    Part::Status,
    Part::Pane,
    Part::Title,
    Part::Rules,
    Part::Next,
    Part::Schedule,
    Part::Prompt,
    Part::Footer,
    Part::Ribbon,
    Part::Role,
];

pub fn render(app: &App, data: &FrameData, area: Rect, buf: &mut Buffer) {
    let Some(session) = app.session() else { return };
    let Some(time) = data.time else { return };
    let step = session.current_step();
    let theme = &app.theme;

    let mut digit_style = theme.for_alert(time.alert, data.paused);
    if data.flash_on {
        digit_style = digit_style.add_modifier(Modifier::REVERSED);
    }

    // A tiny window: one line with the essentials.
    if area.height < 3 || area.width < 12 {
        let who = step.speaker.as_deref().map(name).unwrap_or_default();
        let text = format!("{} {}", data.clock_text, who);
        line(buf, area, Line::from(Span::styled(text, digit_style)), Alignment::Left);
        return;
    }

    let rules = rules_text(step);
    let role_lines = role_lines(app, session, step);
    // The pane may take up to a third of the window, so the digits stay large.
    let pane = super::notes_pane::lines(app, area.width, (area.height / 3) as usize);
    let tall = area.height >= 40;
    let height_of = |part: Part| -> u16 {
        match part {
            Part::Rules if rules.is_empty() => 0,
            Part::Rules if tall => 3,
            Part::Prompt if step.prompts.is_empty() => 0,
            Part::Role => role_lines.len() as u16,
            Part::Pane => pane.len() as u16,
            Part::Digits => 0,
            _ => 1,
        }
    };
    let curtain = app.ui.curtain;
    let mut parts: Vec<Part> = if curtain {
        vec![Part::Speaker, Part::Digits, Part::Status]
    } else {
        vec![
            Part::Ribbon,
            Part::Title,
            Part::Speaker,
            Part::Digits,
            Part::Status,
            Part::Pane,
            Part::Rules,
            Part::Prompt,
            Part::Role,
            Part::Next,
            Part::Schedule,
            Part::Footer,
        ]
    };
    parts.retain(|p| *p == Part::Digits || height_of(*p) > 0);
    // Drop the least important parts until the digits get at least 3 rows (or 1).
    let min_digits = if area.height >= 12 { 3 } else { 1 };
    for drop in PRIORITY.iter().rev() {
        let fixed: u16 = parts.iter().map(|p| height_of(*p)).sum();
        if fixed + min_digits <= area.height {
            break;
        }
        parts.retain(|p| p != drop);
    }
    let constraints: Vec<Constraint> = parts
        .iter()
        .map(|p| {
            if *p == Part::Digits {
                Constraint::Fill(1)
            } else {
                Constraint::Length(height_of(*p))
            }
        })
        .collect();
    let rects = Layout::vertical(constraints).split(area);

    for (part, rect) in parts.iter().zip(rects.iter()) {
        let rect = *rect;
        match part {
            Part::Ribbon => ribbon(app, session, rect, buf),
            Part::Title => {
                let mut right = round_text(session, step);
                if let Some(p) = super::group_bits::programme_label(app) {
                    right = format!("{p} · {right}");
                }
                let clock = data.wall.format("%H:%M").to_string();
                line(
                    buf,
                    rect,
                    Line::from(Span::styled(printable(&step.title), theme.strong)),
                    Alignment::Left,
                );
                line(
                    buf,
                    rect,
                    Line::from(vec![
                        Span::styled(right, theme.dim),
                        Span::raw("  "),
                        Span::styled(clock, theme.strong),
                    ]),
                    Alignment::Right,
                );
            }
            Part::Speaker => {
                let who = super::plan_notices::back_at(step, data)
                    .or_else(|| crate::plan::describe_pairs(session.plan(), step).map(|p| printable(&p)))
                    .unwrap_or_else(|| speaker_text(session, step));
                centered(buf, rect, &who, theme.accent)
            }
            Part::Digits => {
                // Leave a column of air either side; cap the scale on huge windows.
                let inner = Rect::new(
                    rect.x + 1.min(rect.width),
                    rect.y,
                    rect.width.saturating_sub(2),
                    rect.height,
                );
                BigDigits {
                    text: &data.clock_text,
                    style: digit_style,
                    max_scale: 0,
                }
                .render_into(inner, buf);
            }
            Part::Status => status(app, data, time.alert, rect, buf),
            Part::Pane => left_lines(buf, rect, pane.clone()),
            Part::Rules => {
                let y = if tall { rect.y + 1 } else { rect.y };
                if tall {
                    buf.set_style(rect, theme.rules);
                }
                centered(buf, Rect::new(rect.x, y, rect.width, 1), &rules, theme.rules);
            }
            Part::Prompt => {
                let i = app.ui.prompt % step.prompts.len();
                let counter = if step.prompts.len() > 1 {
                    format!("  ({}/{} · tab)", i + 1, step.prompts.len())
                } else {
                    String::new()
                };
                line(
                    buf,
                    rect,
                    Line::from(vec![
                        Span::styled("› ", theme.accent),
                        Span::styled(printable(&step.prompts[i]), theme.text),
                        Span::styled(counter, theme.dim),
                    ]),
                    Alignment::Center,
                );
            }
            Part::Role => {
                for (k, l) in role_lines.iter().enumerate() {
                    let r = Rect::new(rect.x, rect.y + k as u16, rect.width, 1);
                    line(buf, r, l.clone(), Alignment::Center);
                }
            }
            Part::Next => line(buf, rect, next_line(app, session), Alignment::Left),
            Part::Schedule => line(buf, rect, schedule_line(app, data), Alignment::Left),
            Part::Footer => {
                let keys = crate::tui::keys::footer(Scope::Live, rect.width as usize);
                centered(buf, rect, &keys, theme.dim);
            }
        }
    }
}

impl BigDigits<'_> {
    fn render_into(self, area: Rect, buf: &mut Buffer) {
        ratatui::widgets::Widget::render(self, area, buf);
    }
}

fn rules_text(step: &Step) -> String {
    step.rules
        .iter()
        .map(|r| printable(r).to_uppercase())
        .collect::<Vec<_>>()
        .join("  ◆  ")
}

fn round_text(session: &Session, step: &Step) -> String {
    let plan = session.plan();
    let pos = format!("step {}/{}", session.current_index() + 1, plan.steps.len());
    match (step.round, &step.presenter) {
        (Some(r), Some(p)) => format!("round {r}/{} · {} presents · {pos}", plan.presenters.len(), name(p)),
        _ => pos,
    }
}

pub fn speaker_text(session: &Session, step: &Step) -> String {
    let protocol = &session.plan().protocol;
    let role = step.role.as_deref().map(|r| protocol.role_name(r).to_lowercase());
    let turn = step
        .turn
        .map(|t| format!(" {} of {}", t.index, t.of))
        .unwrap_or_default();
    match (&step.speaker, role) {
        _ if step.kind == crate::protocol::Kind::Break => "Everyone — a break".to_string(),
        (Some(who), Some(role)) => format!("{} — {role}{turn}", name(who)),
        (Some(who), None) => format!("{}{turn}", name(who)),
        (None, Some(role)) => format!("Everyone — the {role} leads"),
        (None, None) => "Everyone — open floor".to_string(),
    }
}

fn status(app: &App, data: &FrameData, alert: Alert, rect: Rect, buf: &mut Buffer) {
    let theme = &app.theme;
    if let Some(w) = &app.ui.disk_warning {
        centered(buf, rect, &format!("⚠ {}", printable(w)), theme.time);
        return;
    }
    if let Some(m) = &app.ui.message {
        centered(buf, rect, &printable(&m.text), theme.accent);
        return;
    }
    if data.paused {
        centered(buf, rect, text::PAUSED, theme.paused);
        return;
    }
    if app.ui.curtain {
        centered(buf, rect, text::CURTAIN, theme.dim);
        return;
    }
    let style = theme.for_alert(alert, false);
    let label = match alert {
        Alert::Calm => {
            let t = data.time.expect("live screen has a step");
            let text = format!(
                "{}  ·  {} of {}",
                text::ON_TRACK,
                format_clock(t.elapsed_ms / 1000),
                format_clock(t.allotted_ms / 1000)
            );
            centered(buf, rect, &text, theme.dim);
            return;
        }
        Alert::WrapUp => text::WRAP_UP,
        Alert::Time => text::TIME,
        Alert::Overdue => text::OVERDUE,
    };
    centered(buf, rect, label, style);
}

fn role_lines(app: &App, session: &Session, step: &Step) -> Vec<Line<'static>> {
    let theme = &app.theme;
    let Some(role) = step.role.as_deref().and_then(|r| session.plan().protocol.role(r)) else {
        return Vec::new();
    };
    let mut lines = Vec::new();
    if !role.does.is_empty() {
        let items: Vec<String> = role.does.iter().map(|d| printable(d)).collect();
        lines.push(Line::from(vec![
            Span::styled(format!("{} does: ", printable(&role.name)), theme.strong),
            Span::styled(items.join(" · "), theme.text),
        ]));
    }
    if !role.avoids.is_empty() {
        let items: Vec<String> = role.avoids.iter().map(|d| printable(d)).collect();
        lines.push(Line::from(vec![
            Span::styled("avoids: ", theme.strong),
            Span::styled(items.join(" · "), theme.dim),
        ]));
    }
    lines
}

fn next_line(app: &App, session: &Session) -> Line<'static> {
    let theme = &app.theme;
    match session.next_step() {
        Some(next) => {
            let len = session.clocks()[session.current_index() + 1].allotted_ms / 1000;
            Line::from(vec![
                Span::styled(" Up next: ", theme.dim),
                Span::styled(printable(&next.title), theme.strong),
                Span::styled(
                    format!(" — {} · {}", speaker_text(session, next), format_clock(len)),
                    theme.text,
                ),
            ])
        }
        None => Line::from(Span::styled(" Up next: the end of the meeting", theme.dim)),
    }
}

fn schedule_line(app: &App, data: &FrameData) -> Line<'static> {
    let theme = &app.theme;
    let Some(s) = data.schedule else { return Line::default() };
    let behind_style = if s.behind_secs > 0 { theme.wrap_up } else { theme.calm };
    let mut spans = vec![
        Span::styled(" Planned end ", theme.dim),
        Span::styled(s.planned_end.format("%H:%M").to_string(), theme.strong),
        Span::styled("  ·  projected ", theme.dim),
        Span::styled(s.projected_end.format("%H:%M").to_string(), theme.strong),
        Span::raw(" "),
        Span::styled(format!("({})", text::behind(s.behind_secs)), behind_style),
    ];
    if let Some(f) = app.session().and_then(|s| s.plan().facilitator.as_deref()) {
        spans.push(Span::styled("  ·  facilitator ", theme.dim));
        spans.push(Span::styled(name(f), theme.strong));
    }
    Line::from(spans)
}

/// The whole meeting as one bar, each cell a slice of planned time: ▰ done,
/// █ now, ▱ to come. Shapes, not only colours.
fn ribbon(app: &App, session: &Session, rect: Rect, buf: &mut Buffer) {
    let plan = session.plan();
    let total = plan.length.max(1);
    let current = session.current_step();
    let width = rect.width as u64;
    let here = current.start * width / total;
    for x in 0..width {
        let t = x * total / width;
        let (symbol, style) = if x == here || (t >= current.start && t < current.end()) {
            ("█", app.theme.accent)
        } else if t < current.start {
            ("▰", app.theme.dim)
        } else {
            ("▱", app.theme.dim)
        };
        buf[(rect.x + x as u16, rect.y)].set_symbol(symbol).set_style(style);
    }
}
