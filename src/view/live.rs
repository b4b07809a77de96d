//! The meeting in progress: who speaks (big), the countdown (bigger), the state
//! (a big word and the bars beside the digits), then what to do now.

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::{Line, Span};

use super::big_text;
use super::cue::{self, ClockState};
use super::digits::BigDigits;
use super::fold::elide;
use super::live_layout::{Part, layout};
use super::live_lines::{self, rules_list, speaker_text};
use super::util::{centered, centered_rect, left_lines, line, name};
use crate::app::App;
use crate::app::frame::FrameData;
use crate::app::keys::Scope;
use crate::duration::format_clock;
use crate::engine::{Engine, StepTime};

/// The widest text the clock can show this step, with the overtime sign: the
/// digits are sized for it, so they keep their size when time runs out.
pub fn widest_clock(t: &StepTime) -> String {
    let secs = (t.allotted_ms / 1000).max(t.overtime_secs());
    format!("+{}", format_clock(secs))
}

pub fn render(app: &App, data: &FrameData, area: Rect, buf: &mut Buffer) {
    let Some(engine) = app.engine() else { return };
    let Some(time) = data.time else { return };
    let step = engine.current_step();
    let theme = &app.theme;
    let digit_style = theme.for_alert(time.alert);
    let state = ClockState {
        // Just handed over by itself: the cues still say TIME for the step left.
        alert: if data.handover {
            crate::engine::Alert::Time
        } else {
            time.alert
        },
        paused: data.paused,
        flash_off: data.flashing && !data.flash_on,
    };

    // A tiny window: one line with the essentials.
    if area.height < 3 || area.width < 12 {
        let text = format!("{} {}", data.clock_text, speaker_text(app, engine, step));
        let shown = elide(&text, area.width as usize);
        line(buf, area, Line::from(Span::styled(shown, digit_style)), Alignment::Left);
        return;
    }

    let curtain = app.ui.curtain;
    let widest = widest_clock(&time);
    let lay = layout(area, &widest, curtain);
    let who = live_lines::who(app, engine, step, Some(data));
    let rules = rules_list(step);
    let mut rules_in_band = false;
    let mut norms_in_band = false;
    // The alert band first: the lower area needs to know what it took. Calm, the
    // band rarely needs all its rows; those it leaves are lent to the lower lines
    // (the digits keep their size: only the text under them moves).
    let mut lent = 0;
    if let Some(rect) = lay.rect(Part::Alert) {
        // Calm in a norms step, the band lists the norms, if they all fit.
        let calm = state.big_word().is_none() && !data.handover;
        if calm && !curtain && step.kind.rules().shows_norms {
            norms_in_band = cue::norms_band(theme, &super::group_bits::norms(app), rect, buf);
        }
        if !norms_in_band {
            let shown_rules: &[String] = if curtain { &[] } else { &rules };
            // A turn's last half minute: who is next, big, where the state word was.
            let next = live_lines::handover_next(engine, step, data).map(|(name, _)| name);
            let used = cue::alert_band(state, theme, shown_rules, next.as_deref(), lay.band_scale, rect, buf);
            rules_in_band = used.rules;
            lent = rect.height - used.rows;
        }
    }
    for &(part, rect) in &lay.parts {
        match part {
            Part::Ribbon => ribbon(app, engine, rect, buf),
            Part::Title => title(app, data, engine, rect, buf),
            Part::Name => {
                let drawn = lay.band_scale > 0 && big_text::render(&who.name, theme.strong, rect, buf);
                if !drawn {
                    let text = if lay.band_scale > 0 {
                        name(&who.name)
                    } else {
                        speaker_text(app, engine, step)
                    };
                    // A name big letters cannot draw (an emoji, a script that needs
                    // shaping) sits in the middle of the band meant for it.
                    let row = centered_rect(rect, rect.width, 1);
                    centered(buf, row, &elide(&text, rect.width as usize), theme.strong);
                }
            }
            Part::Role => {
                if let Some(cue) = live_lines::handover_cue(engine, step, data) {
                    // The turn's last half minute: who is next, where the role was.
                    centered(buf, rect, &elide(&cue, rect.width as usize), theme.accent);
                } else if lay.band_scale > 0 {
                    centered(buf, rect, &elide(&who.role, rect.width as usize), theme.accent);
                } else {
                    // The name row already says the role: the rotating roles here.
                    let rest: Vec<&str> = who.role.split(" · ").skip(1).collect();
                    centered(buf, rect, &elide(&rest.join(" · "), rect.width as usize), theme.dim);
                }
            }
            Part::Digits => {
                let margin = lay.bar_cols + 1;
                let inner = Rect::new(
                    rect.x + margin.min(rect.width),
                    rect.y,
                    rect.width.saturating_sub(2 * margin),
                    rect.height,
                );
                // Where the digits are drawn (centred, at the layout's scale): the
                // bars stand a fixed gap from them, not at the window's edges.
                let drawn = (lay.digit_scale > 0).then(|| {
                    let w = super::digits::size_at(&data.clock_text, lay.digit_scale).0;
                    (inner.x + inner.width.saturating_sub(w) / 2, w)
                });
                cue::bars(state, theme, rect, lay.bar_cols, drawn, buf);
                ratatui::widgets::Widget::render(
                    BigDigits {
                        text: &data.clock_text,
                        fit: &widest,
                        style: digit_style,
                    },
                    inner,
                    buf,
                );
            }
            Part::Status => {
                let no_room = lay.rect(Part::Lower).is_none();
                let (text, style) = live_lines::status(app, data, rect.width as usize, no_room);
                centered(buf, rect, &text, style);
            }
            Part::Alert => {}
            Part::Lower => {
                let rect = Rect::new(rect.x, rect.y - lent, rect.width, rect.height + lent);
                // The lines are drawn a column in from the left edge: one column
                // less to fill, so a line's last word is never under the edge.
                let width = rect.width.saturating_sub(1);
                // The public screen never shows what is typed, listed or rated.
                let pane = if app.ui.public {
                    Vec::new()
                } else {
                    super::notes_pane::lines(app, width, rect.height as usize)
                };
                let lines = live_lines::lower(
                    app,
                    data,
                    pane,
                    rules_in_band,
                    norms_in_band,
                    width,
                    rect.height as usize,
                );
                left_lines(buf, rect, lines);
            }
            Part::Footer if app.ui.public => {
                let keys = crate::app::keys::footer(Scope::Watch, rect.width as usize);
                centered(buf, rect, &elide(&keys, rect.width as usize), theme.dim);
            }
            Part::Footer if app.mode == crate::app::Mode::Notes => {
                // Space and letters type now: the line's own keys.
                let keys = super::notes_pane::typing_footer(rect.width as usize);
                centered(buf, rect, &keys, theme.dim);
            }
            Part::Footer => {
                let mut keys = crate::app::keys::footer(Scope::Live, rect.width as usize);
                if data.paused {
                    // What space does now.
                    let space = crate::app::keys::Key::Space.label();
                    let pause = format!("{space} {}", crate::t!("footer-pause"));
                    keys = keys.replacen(&pause, &format!("{space} {}", crate::t!("footer-resume")), 1);
                }
                centered(buf, rect, &elide(&keys, rect.width as usize), theme.dim);
            }
        }
    }
}

fn title(app: &App, data: &FrameData, engine: &Engine, rect: Rect, buf: &mut Buffer) {
    let theme = &app.theme;
    let step = engine.current_step();
    let clock = data.wall.format("%H:%M").to_string();
    let w = rect.width as usize;
    let mut round = live_lines::round_text(engine, step);
    if let Some(p) = super::group_bits::programme_label(app) {
        round = format!("{p} · {round}");
    }
    // An outside facilitator takes no turn, so no speaker line ever names them.
    if let Some(f) = &engine.plan().facilitator {
        let f = crate::t!("live-outside-facilitator", name = crate::safe_text::printable(f));
        round = format!("{f} · {round}");
    }
    // Who else sees this meeting: the console's own count of its watchers, where
    // it fits beside the step counter.
    if let Some(n) = app.ui.watchers.filter(|n| *n > 0 && !app.ui.public) {
        let with = format!("{round} · {}", crate::t!("live-watchers", count = n));
        if with.chars().count() + clock.chars().count() + 14 <= w {
            round = with;
        }
    }
    // The title whole before the details beside it: they give way from their
    // front (the round, then who presents), the step counter and the clock last.
    let title_w = crate::safe_text::printable(&step.title).chars().count();
    let parts: Vec<&str> = round.split(" · ").collect();
    let right = (0..parts.len())
        .map(|k| format!("{}  {clock}", parts[k..].join(" · ")))
        .chain([clock.clone()])
        .find(|r| title_w + 2 + r.chars().count() <= w)
        .unwrap_or_else(|| clock.clone());
    let right = if title_w + 2 + right.chars().count() > w && format!("{round}  {clock}").chars().count() + 12 <= w {
        // The title is cut anyway: keep the details, as before.
        format!("{round}  {clock}")
    } else {
        right
    };
    let right_w = right.chars().count();
    let left = elide(&step.title, w.saturating_sub(right_w + 2));
    line(buf, rect, Line::from(Span::styled(left, theme.strong)), Alignment::Left);
    line(buf, rect, Line::from(Span::styled(right, theme.dim)), Alignment::Right);
}

/// The whole meeting as one bar, each cell a slice of planned time: ▰ done,
/// █ now, ▱ to come. Shapes, not only colours.
fn ribbon(app: &App, engine: &Engine, rect: Rect, buf: &mut Buffer) {
    let plan = engine.plan();
    let total = plan.length.max(1);
    let current = engine.current_step();
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
