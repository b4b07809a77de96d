//! The words of the live screen: who speaks and in what role, the status row, and
//! the lower lines (norms, rules, prompt, role does/avoids, up next, planned end).

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::fold::{elide, fit_spans, width, wrap};
use super::util::{name, printable};
use crate::app::App;
use crate::app::frame::FrameData;
use crate::app::keys;
use crate::duration::format_clock;
use crate::engine::Engine;
use crate::plan::Step;

/// Who the name band shows, and the line under it.
pub struct Who {
    pub name: String,
    pub role: String,
}

/// The member who holds a rotating role today, if one was named.
fn holder<'a>(app: &'a App, role: &str) -> Option<&'a str> {
    app.context()?.roles.get(role).map(String::as_str)
}

fn role_label(engine: &Engine, role: &str) -> String {
    printable(&engine.plan().protocol.role_in_text(role))
}

/// The speaker and their role; when a role leads the whole group, the member who
/// holds it today ("Ben — facilitator leads").
pub fn who(app: &App, engine: &Engine, step: &Step, data: Option<&FrameData>) -> Who {
    if step.kind.rules().rest {
        // A break: when everyone is back, under the word (the current step only).
        return Who {
            name: crate::t!("live-break"),
            role: data
                .and_then(|d| super::plan_notices::back_at(step, d))
                .unwrap_or_else(|| crate::t!("live-break-for-everyone")),
        };
    }
    if let Some(pairs) = crate::plan::describe_pairs(engine.plan(), step) {
        // Pairs at work on one timer: who in each pair speaks now ("A → B · C & D → E").
        return Who {
            name: crate::t!("live-in-pairs"),
            role: printable(&pairs),
        };
    }
    let role = step.role.as_deref();
    let turn = step.turn.map(|t| crate::t!("live-turn-of", index = t.index, of = t.of));
    let presenting = step.presenter.is_some() && step.presenter == step.speaker;
    let (name_text, mut role_text) = match (&step.speaker, role) {
        (Some(who), Some(r)) => {
            let label = role_label(engine, r);
            let role_text = match turn {
                // The presenter's own turn in a round where everyone speaks.
                Some(t) if presenting => format!("{label} · {}", crate::t!("live-turn", turn = t)),
                Some(t) => format!("{label} {t}"),
                None => label,
            };
            (who.clone(), role_text)
        }
        (Some(who), None) => (
            who.clone(),
            turn.map(|t| crate::t!("live-turn", turn = t)).unwrap_or_default(),
        ),
        (None, Some(r)) => match holder(app, r) {
            Some(h) => (
                h.to_string(),
                crate::t!("live-role-leads-all", role = role_label(engine, r)),
            ),
            None => (
                crate::t!("live-everyone"),
                crate::t!("live-role-leads", role = role_label(engine, r)),
            ),
        },
        (None, None) => (crate::t!("live-everyone"), crate::t!("live-open-floor")),
    };
    // Every rotating role is named, so the group knows who keeps time, who leads.
    if let Some(ctx) = app.context() {
        for (r, member) in &ctx.roles {
            if role == Some(r.as_str()) && (step.speaker.is_none() || step.speaker.as_deref() == Some(member)) {
                continue;
            }
            let part = format!("{}: {}", role_label(engine, r), name(member));
            role_text = if role_text.is_empty() {
                part
            } else {
                format!("{role_text} · {part}")
            };
        }
    }
    Who {
        name: name_text,
        role: role_text,
    }
}

/// From this many seconds before a turn ends, the screen says who is next.
pub const HANDOVER_CUE_SECS: u64 = 30;

/// Who speaks next, in a turn's last half minute (none when the next step has no
/// one speaking, or the same one).
pub fn handover_next(engine: &Engine, step: &Step, data: &FrameData) -> Option<(String, u64)> {
    let t = data.time?;
    let left = t.shown_remaining_secs();
    if step.speaker.is_none() || t.remaining_ms <= 0 || left > HANDOVER_CUE_SECS || data.handover {
        return None;
    }
    let next = engine.next_step()?;
    let speaker = next.speaker.as_ref().filter(|s| Some(*s) != step.speaker.as_ref())?;
    Some((name(speaker), left))
}

/// "Chen next · 0:28": in a turn's last half minute, the next speaker, so they
/// can get ready.
pub fn handover_cue(engine: &Engine, step: &Step, data: &FrameData) -> Option<String> {
    let (name, left) = handover_next(engine, step, data)?;
    Some(crate::t!("live-next-cue", name = name, left = format_clock(left)))
}

/// The one-line form of the speaker, for up-next and tiny windows.
pub fn speaker_text(app: &App, engine: &Engine, step: &Step) -> String {
    let w = who(app, engine, step, None);
    let role = w.role.split(" · ").next().unwrap_or("").to_string();
    if role.is_empty() {
        name(&w.name)
    } else {
        format!("{} — {role}", name(&w.name))
    }
}

pub fn round_text(engine: &Engine, step: &Step) -> String {
    let plan = engine.plan();
    let pos = crate::t!("live-step-of", step = engine.current_index() + 1, of = plan.steps.len());
    match (step.round, &step.presenter) {
        (Some(r), Some(p)) => {
            let round = crate::t!("live-round-of", round = r, of = plan.presenters.len());
            let presents = crate::t!("live-presents", name = name(p));
            format!("{round} · {presents} · {pos}")
        }
        _ => pos,
    }
}

/// The phase's rules as shown: in capitals, each printable.
pub fn rules_list(step: &Step) -> Vec<String> {
    step.rules.iter().map(|r| printable(r).to_uppercase()).collect()
}

/// The status row: a disk warning, or a message, then time used of time allotted
/// (which never gives way to a message).
pub fn status(app: &App, data: &FrameData, width: usize, no_room_for_notes: bool) -> (String, Style) {
    let theme = &app.theme;
    if let Some(w) = &app.ui.disk_warning {
        return (elide(&format!("⚠ {w}"), width), theme.time);
    }
    let Some(t) = data.time else {
        return (String::new(), theme.dim);
    };
    let elapsed = format_clock(t.elapsed_ms / 1000);
    let allotted = format_clock(t.allotted_ms / 1000);
    let used = crate::t!("live-used-of", used = elapsed, allotted = allotted);
    let said = if let Some(m) = &app.ui.message {
        Some((m.text.clone(), theme.accent))
    } else if app.ui.curtain && app.mode == crate::app::Mode::Notes {
        // What is typed never shows under the curtain; only that the line is open.
        Some((crate::t!("notes-under-curtain"), theme.dim))
    } else if no_room_for_notes && app.mode == crate::app::Mode::Notes {
        // A window too small for the line: keys still go into it, so say so;
        // whole, before the time used if both do not fit (the digits show it).
        let said = crate::t!("notes-too-small");
        let with = format!("{said}  ·  {used}");
        return if with.chars().count() <= width {
            (with, theme.dim)
        } else {
            (elide(&said, width), theme.dim)
        };
    } else {
        None
    };
    if let Some((said, style)) = said {
        let room = width.saturating_sub(used.chars().count() + 5);
        return (elide(&format!("{}  ·  {used}", elide(&said, room)), width), style);
    }
    let text = if data.paused && app.ui.public {
        // The watcher has no key to resume with.
        crate::t!("live-status-paused-public", used = used)
    } else if data.paused {
        crate::t!(
            "live-status-paused",
            used = used,
            key = keys::key_for(
                keys::Scope::Live,
                keys::Action::Engine(crate::engine::Command::TogglePause)
            )
        )
    } else if t.alert == crate::engine::Alert::Calm {
        format!("{}  ·  {used}", crate::t!("on-track"))
    } else {
        used
    };
    (elide(&text, width), theme.dim)
}

/// The lower area's lines, most important first, at most `rows` of them.
pub fn lower(
    app: &App,
    data: &FrameData,
    pane: Vec<Line<'static>>,
    rules_in_band: bool,
    norms_in_band: bool,
    width: u16,
    rows: usize,
) -> Vec<Line<'static>> {
    let Some(engine) = app.engine() else {
        return Vec::new();
    };
    let step = engine.current_step();
    let theme = &app.theme;
    let w = width as usize;
    let mut out = pane;
    let protocol = &engine.plan().protocol;
    let norms = super::group_bits::norms(app);
    if step.kind.rules().shows_norms && !norms.is_empty() && !norms_in_band {
        let room = rows.saturating_sub(out.len());
        out.extend(super::lower_lists::norms_list(app, &norms, w, room));
    }
    if !rules_in_band {
        // Whole rules only, on one line: the ones that do not fit are left out.
        for l in super::rules_fit::lines(&rules_list(step), w.saturating_sub(2), 1) {
            out.push(Line::from(Span::styled(l, theme.rules)).centered());
        }
    }
    if !step.prompts.is_empty() {
        let i = app.ui.prompt % step.prompts.len();
        // Which prompt, and the console's key for the next: not the watcher's.
        let counter = if step.prompts.len() > 1 && !app.ui.public {
            format!("  ({}/{} · tab)", i + 1, step.prompts.len())
        } else {
            String::new()
        };
        let room = w.saturating_sub(2 + counter.chars().count());
        // A prompt is a question to read aloud: whole, on two lines if need be.
        let mut parts = wrap(&step.prompts[i], room, 2);
        if parts.len() > rows.saturating_sub(out.len()) {
            // One row left: one line, its cut marked.
            parts = vec![elide(&step.prompts[i], room)];
        }
        let last = parts.len().saturating_sub(1);
        for (k, part) in parts.into_iter().enumerate() {
            let lead = if k == 0 { "› " } else { "  " };
            let tail = if k == last { counter.clone() } else { String::new() };
            out.push(
                Line::from(vec![
                    Span::styled(lead, theme.accent),
                    Span::styled(part, theme.text),
                    Span::styled(tail, theme.dim),
                ])
                .centered(),
            );
        }
    } else if !step.kind.rules().shows_norms || norms.is_empty() {
        for part in wrap((step.kind.rules().what)(), w, 2) {
            out.push(Line::from(Span::styled(part, theme.text)).centered());
        }
    }
    out.push(next_line(app, engine, w));
    if let Some(role) = step.role.as_deref().and_then(|r| protocol.role(r)) {
        if !role.does.is_empty() {
            let items: Vec<String> = role.does.iter().map(|d| printable(d)).collect();
            let head = format!(" {} ", crate::t!("live-role-does", role = printable(&role.name)));
            let lines = rows.saturating_sub(out.len()).min(2);
            out.extend(super::lower_lists::items_lines(
                head,
                &items,
                w,
                lines,
                theme.strong,
                theme.text,
            ));
        }
        if !role.avoids.is_empty() {
            let items: Vec<String> = role.avoids.iter().map(|d| printable(d)).collect();
            let head = format!(" {} ", crate::t!("live-role-avoids"));
            let lines = rows.saturating_sub(out.len()).min(2);
            out.extend(super::lower_lists::items_lines(
                head,
                &items,
                w,
                lines,
                theme.strong,
                theme.dim,
            ));
        }
    }
    out.push(schedule_line(app, data, w));
    out.truncate(rows);
    out
}

fn next_line(app: &App, engine: &Engine, w: usize) -> Line<'static> {
    let theme = &app.theme;
    match engine.next_step() {
        Some(next) => {
            let len = format_clock(engine.clocks()[engine.current_index() + 1].allotted_ms / 1000);
            let head = format!(" {} ", crate::t!("live-up-next"));
            let title = printable(&next.title);
            // Columns, not characters: a name in ideographs takes two a character.
            let fixed = width(&head) + width(&title);
            // Whole words: the role gives way, then the length, before anything is cut.
            let speaker = speaker_text(app, engine, next);
            let who = name(&who(app, engine, next, None).name);
            let tail = [
                format!(" — {speaker} · {len}"),
                format!(" — {who} · {len}"),
                format!(" — {who}"),
            ]
            .into_iter()
            .find(|t| fixed + width(t) <= w)
            .unwrap_or_default();
            fit_spans(
                vec![
                    Span::styled(head, theme.dim),
                    Span::styled(title, theme.strong),
                    Span::styled(tail, theme.text),
                ],
                w,
            )
        }
        None => Line::from(Span::styled(format!(" {}", crate::t!("live-up-next-end")), theme.dim)),
    }
}

fn schedule_line(app: &App, data: &FrameData, w: usize) -> Line<'static> {
    let theme = &app.theme;
    let Some(s) = data.schedule else { return Line::default() };
    let behind_style = if s.behind_secs > 0 { theme.wrap_up } else { theme.dim };
    fit_spans(
        vec![
            Span::styled(format!(" {} ", crate::t!("live-planned-end")), theme.dim),
            Span::styled(s.planned_end.format("%H:%M").to_string(), theme.strong),
            Span::styled(format!("  ·  {} ", crate::t!("live-projected")), theme.dim),
            Span::styled(s.projected_end.format("%H:%M").to_string(), theme.strong),
            Span::raw(" "),
            Span::styled(format!("({})", super::util::behind(s.behind_secs)), behind_style),
        ],
        w,
    )
}
