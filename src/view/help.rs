//! The `?` help: every key of the screen under it with its whole description,
//! wrapped under itself. When the window is too short for all of them (80×24
//! during a meeting, where the box keeps under the clock) it shows them in pages
//! and says so on its last row; an entry is never split between pages.

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Widget};

use super::fold::{elide, fit_spans, wrap};
use super::live_layout::{Part, layout};
use super::util::{centered_rect, line};
use crate::app::frame::FrameData;
use crate::app::keys::{self, Action, Key};
use crate::app::{App, Screen};
use crate::theme::Theme;

/// Columns of help side by side from this inner width up (each still wide enough
/// for a description on a line or two).
const TWO_COLUMNS: usize = 120;
/// The gap between two columns.
const GAP: usize = 2;

/// The keys of the screen in use. During a meeting the box sits under the digits,
/// so the clock stays in sight for everyone while the facilitator reads.
pub fn help(app: &App, data: &FrameData, area: Rect, buf: &mut Buffer) {
    let theme = &app.theme;
    // The keys of the screen under the help, from the one key table.
    let scope = app.screen_scope();
    let keys: Vec<(String, String)> = keys::bindings(scope)
        .filter(|b| b.action != Action::Help)
        .map(|b| (b.keys_label(), b.does()))
        .collect();
    // Where the box may go: under the digits during a meeting, else the window.
    let mut room = area;
    let live = app.screen == Screen::Live;
    if live
        && let Some(t) = data.time
        && let Some(digits) = layout(area, &super::live::widest_clock(&t), app.ui.curtain).rect(Part::Digits)
    {
        room = Rect::new(
            area.x,
            digits.bottom(),
            area.width,
            area.bottom().saturating_sub(digits.bottom()),
        );
    }
    if room.height < 3 {
        // No room for a box: one line, over the bottom row.
        let y = area.bottom().saturating_sub(1);
        let row = Rect::new(area.x, y, area.width, 1);
        Clear.render(row, buf);
        let all: Vec<&str> = keys.iter().map(|(k, _)| k.as_str()).collect();
        let text = crate::t!("help-one-line", keys = all.join(" · "));
        super::util::centered(buf, row, &elide(&text, area.width as usize), theme.key);
        return;
    }
    let width = if live { room.width } else { room.width.min(80) };
    // Inside the box's edges, a column of air on each side.
    let inner_w = width.saturating_sub(4) as usize;
    let columns = if inner_w >= TWO_COLUMNS { 2 } else { 1 };
    let col_w = (inner_w + GAP) / columns - GAP;
    let entries: Vec<Vec<Line<'static>>> = {
        let key_w = keys
            .iter()
            .map(|(k, _)| k.chars().count())
            .max()
            .unwrap_or(0)
            .min(col_w / 3);
        keys.iter().map(|(k, d)| entry(k, d, key_w, col_w, theme)).collect()
    };
    // One page, boxed, on the fewest rows that hold it (balanced columns)…
    let one_page = (1..=room.height.saturating_sub(2) as usize).find_map(|rows| {
        let cols = pack(&entries, rows);
        (cols.len() <= columns).then_some((rows, cols))
    });
    let (rect, borders, pages, title) = match one_page {
        Some((rows, cols)) => {
            let h = rows as u16 + 2;
            let rect = if live {
                Rect::new(room.x, room.y, width, h)
            } else {
                centered_rect(room, width, h)
            };
            let title = crate::t!("help-title", scope = scope.title());
            (rect, Borders::ALL, vec![cols], title)
        }
        // …else pages over the whole room: a title row, the keys, the page row.
        None => {
            let rows = room.height.saturating_sub(2).max(1) as usize;
            let cols = pack(&entries, rows);
            let pages = cols.chunks(columns).map(<[_]>::to_vec).collect();
            let rect = Rect::new(room.x + (room.width - width) / 2, room.y, width, room.height);
            (rect, Borders::TOP, pages, scope.title())
        }
    };
    app.ui.help_pages.set(pages.len());
    let page = app.ui.help_page % pages.len();
    Clear.render(rect, buf);
    buf.set_style(rect, theme.base);
    let block = Block::default().borders(borders).title(format!(" {title} "));
    let inner = block.inner(rect);
    block.render(rect, buf);
    let inner = if borders == Borders::TOP {
        Rect::new(inner.x + 2, inner.y, inner.width.saturating_sub(4), inner.height)
    } else {
        Rect::new(inner.x + 1, inner.y, inner.width.saturating_sub(2), inner.height)
    };
    for (c, col) in pages[page].iter().enumerate() {
        let x = inner.x + (c * (col_w + GAP)) as u16;
        for (r, l) in col.iter().enumerate().take(inner.height as usize) {
            let at = Rect::new(x, inner.y + r as u16, col_w as u16, 1).intersection(inner);
            line(buf, at, l.clone(), Alignment::Left);
        }
    }
    if pages.len() > 1 {
        let text = crate::t!(
            "help-page",
            page = page + 1,
            pages = pages.len(),
            next = Key::Space.label(),
            back = Key::Up.label()
        );
        let at = Rect::new(inner.x, inner.bottom().saturating_sub(1), inner.width, 1);
        line(
            buf,
            at,
            Line::from(Span::styled(elide(&text, inner.width as usize), theme.dim)),
            Alignment::Left,
        );
    }
}

/// One key's lines: its keys right-aligned in their column, what it does wrapped
/// beside them, each further line indented under the first word.
fn entry(keys: &str, does: &str, key_w: usize, col_w: usize, theme: &Theme) -> Vec<Line<'static>> {
    let indent = key_w + 2;
    let text_w = col_w.saturating_sub(indent).max(8);
    let mut lines = Vec::new();
    for (k, part) in wrap(does, text_w, usize::MAX).into_iter().enumerate() {
        let lead = if k == 0 {
            Span::styled(format!("{keys:>key_w$}  "), theme.key)
        } else {
            Span::raw(" ".repeat(indent))
        };
        lines.push(fit_spans(vec![lead, Span::styled(part, theme.text)], col_w));
    }
    lines
}

/// Entries into columns of at most `rows` lines, never splitting an entry (one
/// taller than a column, in a tiny window, is cut at the column's foot).
fn pack(entries: &[Vec<Line<'static>>], rows: usize) -> Vec<Vec<Line<'static>>> {
    let mut cols: Vec<Vec<Line<'static>>> = vec![Vec::new()];
    for e in entries {
        let cur = cols.last_mut().expect("a column");
        if !cur.is_empty() && cur.len() + e.len() > rows {
            cols.push(Vec::new());
        }
        let cur = cols.last_mut().expect("a column");
        cur.extend(e.iter().take(rows).cloned());
    }
    cols
}
