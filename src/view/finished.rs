//! After the last step: what the meeting made (commitments, its rated value, where
//! the notes are), airtime per member as a bar chart, and time per phase.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::fold::{elide, fit_spans};
use super::util::{footer, left_lines, name, printable};
use crate::app::App;
use crate::app::frame::FrameData;
use crate::app::keys::{self, Scope};
use crate::duration::format_clock;

pub fn render(app: &App, data: &FrameData, area: Rect, buf: &mut Buffer) {
    let Some(engine) = app.engine() else { return };
    let theme = &app.theme;
    let w = area.width as usize;
    let body = Rect::new(area.x, area.y, area.width, area.height.saturating_sub(1));
    let mut top = vec![Line::from(Span::styled(crate::t!("finished-title"), theme.strong))];
    if let Some(s) = data.schedule {
        let ended = s.projected_end.format("%H:%M").to_string();
        let planned = s.planned_end.format("%H:%M").to_string();
        let behind = super::util::behind(s.behind_secs);
        let text = crate::t!("finished-ended", ended = ended, planned = planned, behind = behind);
        top.push(Line::from(Span::styled(elide(&text, w), theme.dim)));
    }
    top.extend(super::celebration::lines(app, data.now, w));
    let record = app.notes().map(|n| &n.record);
    let ratings: Vec<u8> = record
        .map(|r| r.ratings.iter().map(|r| r.value).collect())
        .unwrap_or_default();
    let rating = if ratings.is_empty() {
        crate::t!("finished-no-ratings")
    } else {
        let avg = f64::from(ratings.iter().map(|&v| u32::from(v)).sum::<u32>()) / ratings.len() as f64;
        let avg = crate::i18n::decimal(avg, 1);
        crate::t!("finished-rating", average = avg, count = ratings.len())
    };
    let value = format!("{}: ", crate::t!("finished-value"));
    top.push(fit_spans(vec![Span::styled(value, theme.strong), Span::raw(rating)], w));
    let saved = match (&app.ui.saved_to, &app.ui.disk_warning) {
        (_, Some(_)) => crate::t!("finished-notes-in-memory"),
        (Some(p), None) => printable(&p.display().to_string()),
        (None, None) => crate::t!("finished-notes-not-saved"),
    };
    let notes = format!("{}: ", crate::t!("finished-notes"));
    if notes.chars().count() + saved.chars().count() <= w.saturating_sub(1) {
        top.push(Line::from(vec![Span::styled(notes, theme.strong), Span::raw(saved)]));
    } else {
        // A long path, whole: broken anywhere (it has no spaces), on lines of its own.
        top.push(Line::from(Span::styled(notes, theme.strong)));
        let chars: Vec<char> = saved.chars().collect();
        for chunk in chars.chunks(w.saturating_sub(3).max(1)) {
            top.push(Line::from(format!("  {}", chunk.iter().collect::<String>())));
        }
    }
    let commitments = record.map(|r| r.commitments.clone()).unwrap_or_default();
    top.push(Line::from(Span::styled(
        crate::t!("finished-commitments", count = commitments.len()),
        theme.strong,
    )));
    for c in &commitments {
        top.push(fit_spans(
            vec![
                Span::styled(format!("  {}: ", super::util::owner(&c.owner)), theme.accent),
                Span::raw(printable(&c.text)),
                Span::styled(
                    format!(
                        "  ({})",
                        crate::t!("finished-due", due = crate::i18n::dates::day(c.due))
                    ),
                    theme.dim,
                ),
            ],
            w,
        ));
    }

    // The summary may take half the screen; airtime a row per member; the phase
    // table what is left.
    let airtime = engine.airtime_ms(data.now);
    let h = body.height as usize;
    let top_max = (h / 2).max(5).min(h);
    if top.len() > top_max && top_max > 0 {
        let hidden = top.len() - top_max + 1;
        top.truncate(top_max - 1);
        let more = format!("  {}", crate::t!("fold-more", count = hidden));
        top.push(Line::from(Span::styled(more, theme.dim)));
    }
    let chart_rows = airtime.len().min(h.saturating_sub(top.len() + 1 + 2));
    let top_h = top.len() as u16;
    left_lines(buf, Rect::new(body.x, body.y, body.width, top_h.min(body.height)), top);
    let mut y = body.y + top_h;
    if chart_rows > 0 && y + 1 < body.bottom() {
        left_lines(
            buf,
            Rect::new(body.x, y, body.width, 1),
            vec![Line::from(Span::styled(crate::t!("finished-airtime"), theme.strong))],
        );
        y += 1;
        let h = (chart_rows as u16).min(body.bottom() - y);
        airtime_chart(
            app,
            &airtime,
            Rect::new(body.x + 1, y, body.width.saturating_sub(2), h),
            buf,
        );
        y += h;
    }
    if y < body.bottom() {
        let phases = phase_lines(app, data, w);
        left_lines(
            buf,
            Rect::new(body.x, y, body.width, body.bottom() - y),
            fit_rows(phases, (body.bottom() - y) as usize, theme.dim),
        );
    }
    footer(
        buf,
        area,
        &keys::footer(Scope::Finished, area.width as usize),
        theme.dim,
    );
}

/// At most `rows` lines; the last says how many more there are.
fn fit_rows(mut lines: Vec<Line<'static>>, rows: usize, style: Style) -> Vec<Line<'static>> {
    if lines.len() > rows && rows > 0 {
        let more = lines.len() - rows + 1;
        lines.truncate(rows - 1);
        let more = format!("  {}", crate::t!("finished-more-phases", count = more));
        lines.push(Line::from(Span::styled(more, style)));
    }
    lines
}

/// Who spoke how long: the name, the time in a column of its own, then a bar
/// scaled to the longest, two columns clear of the time ("Chen  14:28  ████").
fn airtime_chart(app: &App, airtime: &[(String, u64)], area: Rect, buf: &mut Buffer) {
    let theme = &app.theme;
    let label_w = airtime
        .iter()
        .map(|(m, _)| name(m).chars().count())
        .max()
        .unwrap_or(0)
        .min(20);
    let times: Vec<String> = airtime.iter().map(|(_, ms)| format_clock(ms / 1000)).collect();
    let time_w = times.iter().map(|t| t.chars().count()).max().unwrap_or(0);
    let longest = airtime.iter().map(|(_, ms)| *ms).max().unwrap_or(0).max(1);
    let bar_room = (area.width as usize).saturating_sub(label_w + time_w + 4);
    for (k, ((m, ms), time)) in airtime.iter().zip(&times).take(area.height as usize).enumerate() {
        let cells = (*ms as usize * bar_room).div_ceil(longest as usize);
        let row = Rect::new(area.x, area.y + k as u16, area.width, 1);
        let line = Line::from(vec![
            Span::styled(format!("{:<label_w$}  ", elide(&name(m), label_w)), theme.text),
            Span::styled(format!("{time:>time_w$}  "), theme.strong),
            Span::styled("█".repeat(cells), theme.accent),
        ]);
        super::util::line(buf, row, line, ratatui::layout::Alignment::Left);
    }
}

fn phase_lines(app: &App, data: &FrameData, w: usize) -> Vec<Line<'static>> {
    let Some(engine) = app.engine() else {
        return Vec::new();
    };
    let theme = &app.theme;
    let plan = engine.plan();
    let used = engine.used_ms(data.now);
    // As wide as the longest title, so titles are whole where the window allows.
    let longest = plan
        .steps
        .iter()
        .map(|s| s.title.chars().count() + if s.round.is_some() { 12 } else { 0 })
        .max()
        .unwrap_or(0);
    let title_w = longest.min(w.saturating_sub(20)).max(8);
    let mut lines = vec![Line::from(Span::styled(
        format!(
            " {:<title_w$} {:>8} {:>8}",
            crate::t!("finished-phase"),
            crate::t!("finished-planned"),
            crate::t!("finished-actual")
        ),
        theme.strong,
    ))];
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
            Some(r) => format!("{} ({})", s.title, crate::t!("finished-round", round = r)),
            None => s.title.clone(),
        };
        let style = if actual > planned { theme.wrap_up } else { theme.text };
        lines.push(Line::from(Span::styled(
            format!(
                " {:<title_w$} {:>8} {:>8}",
                elide(&title, title_w),
                format_clock(planned),
                format_clock(actual)
            ),
            style,
        )));
        i = j;
    }
    lines
}
