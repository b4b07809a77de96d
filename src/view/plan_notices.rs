//! Small pieces of the screens that come from the plan: turn warnings on the ready
//! screen, and the break's "back at" line on the live screen.

use chrono::Duration;
use ratatui::text::{Line, Span};

use super::util::printable;
use crate::app::frame::FrameData;
use crate::plan::{Plan, Step};
use crate::theme::Theme;

/// Who was drawn or chosen (pairs, givers, an outside facilitator), then one line
/// per phase whose turns are too short or too long, with its fix.
pub fn warning_lines(plan: &Plan, theme: &Theme) -> Vec<Line<'static>> {
    let choices = crate::plan::describe_choices(plan)
        .into_iter()
        .map(|c| Line::from(Span::styled(printable(&c), theme.strong)));
    let warnings = plan
        .warnings
        .iter()
        .map(|w| Line::from(Span::styled(format!("⚠ {}", printable(&w.message())), theme.wrap_up)));
    choices.chain(warnings).collect()
}

/// "Break — back at 16:10" while a break runs: the time people return, from the
/// wall clock and the time left.
pub fn back_at(step: &Step, data: &FrameData) -> Option<String> {
    if !step.kind.rules().rest {
        return None;
    }
    let t = data.time?;
    if t.overtime_secs() > 0 {
        return Some(crate::t!("break-over"));
    }
    let back = data.wall + Duration::seconds(t.shown_remaining_secs() as i64);
    Some(crate::t!("break-back-at", time = back.format("%H:%M").to_string()))
}
