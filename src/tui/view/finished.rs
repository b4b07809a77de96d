//! After the last step: time per phase against the plan, and airtime per member.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::util::{footer, left_lines, name, printable};
use crate::protocol::duration::format_clock;
use crate::tui::app::App;
use crate::tui::frame::FrameData;
use crate::tui::keys::{self, Scope};
use crate::tui::text;

pub fn render(app: &App, data: &FrameData, area: Rect, buf: &mut Buffer) {
    let Some(session) = app.session() else { return };
    let theme = &app.theme;
    let plan = session.plan();
    let now = data.now;
    let used = session.used_ms(now);
    let mut lines = vec![Line::from(Span::styled(text::FINISHED_TITLE, theme.strong))];
    if let Some(s) = data.schedule {
        lines.push(Line::from(Span::styled(
            format!(
                "Ended {} — planned {} ({})",
                s.projected_end.format("%H:%M"),
                s.planned_end.format("%H:%M"),
                text::behind(s.behind_secs)
            ),
            theme.dim,
        )));
    }
    lines.push(Line::default());
    lines.extend(super::celebration::lines(app, now, area.width as usize));
    lines.push(Line::from(Span::styled(
        format!("{:<40} {:>8} {:>8}", "Phase", "planned", "actual"),
        theme.strong,
    )));
    let mut i = 0;
    while i < plan.steps.len() {
        let s = &plan.steps[i];
        let key = (s.section, s.round, s.phase);
        let mut j = i;
        let (mut planned, mut actual) = (0, 0);
        while j < plan.steps.len() && (plan.steps[j].section, plan.steps[j].round, plan.steps[j].phase) == key {
            planned += plan.steps[j].length;
            actual += used[j] / 1000;
            j += 1;
        }
        let title = match s.round {
            Some(r) => format!("{} (round {r})", printable(&s.title)),
            None => printable(&s.title),
        };
        let style = if actual > planned { theme.wrap_up } else { theme.text };
        lines.push(Line::from(Span::styled(
            format!(
                "{:<40} {:>8} {:>8}",
                super::util::clipped(&title, 40),
                format_clock(planned),
                format_clock(actual)
            ),
            style,
        )));
        i = j;
    }
    lines.push(Line::default());
    lines.push(Line::from(Span::styled("Airtime", theme.strong)));
    for (member, ms) in session.airtime_ms(now) {
        lines.push(Line::from(format!(
            "  {:<32} {:>8}",
            name(&member),
            format_clock(ms / 1000)
        )));
    }
    left_lines(
        buf,
        Rect::new(area.x, area.y, area.width, area.height.saturating_sub(1)),
        lines,
    );
    footer(
        buf,
        area,
        &keys::footer(Scope::Finished, area.width as usize),
        theme.dim,
    );
}
