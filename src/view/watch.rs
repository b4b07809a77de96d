//! `circle watch`'s screens: the live meeting is the console's live screen in its
//! public form (see [`AppView`]); around it, the wait for a meeting to begin and
//! the word that it has ended.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::AppView;
use super::big_text;
use super::fold::elide;
use super::util::{centered, footer, printable};
use crate::app::Screen;
use crate::app::keys::{self, Scope};
use crate::app::watch::{Followed, State, Watch};

/// The watcher's whole screen at `wall`.
pub struct WatchView<'a> {
    pub watch: &'a Watch,
    pub wall: chrono::DateTime<chrono::Local>,
    /// What the watcher waits for, in words ("a meeting", "Tuesday circle's meeting").
    pub awaited: &'a str,
}

impl Widget for WatchView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        if area.is_empty() {
            return;
        }
        match &self.watch.state {
            State::Following(f) if f.app.screen == Screen::Finished => ended(self.watch, f, self.wall, area, buf),
            // A journal is begun with its meeting, so this is not seen; if it were,
            // the console's ready screen (its plan, its keys) is not for the room.
            State::Following(f) if f.app.screen != Screen::Live => waiting(self.watch, self.awaited, area, buf),
            State::Following(f) => AppView {
                app: &f.app,
                now: f.now(self.wall),
            }
            .render(area, buf),
            State::Waiting => waiting(self.watch, self.awaited, area, buf),
        }
    }
}

/// A big word over lines of text, centred in the window, with the watcher's keys
/// at the bottom.
fn panel(watch: &Watch, word: &str, lines: Vec<Line<'static>>, area: Rect, buf: &mut Buffer) {
    let theme = &watch.theme;
    buf.set_style(area, theme.base);
    let rows = lines.len() as u16;
    let word_rows = big_text::rows_at((area.height / 24).max(1));
    let body = word_rows + 1 + rows;
    let top = area.y + area.height.saturating_sub(body) / 2;
    let word_area = Rect::new(area.x, top, area.width, word_rows.min(area.height));
    if area.height < body || !big_text::render(word, theme.strong, word_area, buf) {
        centered(buf, Rect::new(area.x, top, area.width, 1), word, theme.strong);
    }
    let first = (top + word_rows + 1).min(area.bottom().saturating_sub(1));
    // The last row is the footer's.
    for (y, l) in (first..area.bottom().saturating_sub(1)).zip(lines) {
        let rect = Rect::new(area.x, y, area.width, 1);
        super::util::line(buf, rect, l.centered(), ratatui::layout::Alignment::Center);
    }
    let keys = keys::footer(Scope::Watch, area.width as usize);
    footer(buf, area, &keys, theme.dim);
}

fn waiting(watch: &Watch, awaited: &str, area: Rect, buf: &mut Buffer) {
    let theme = &watch.theme;
    let w = area.width as usize;
    let mut lines = vec![
        Line::from(Span::styled(
            elide(&crate::t!("watch-waiting", awaited = awaited), w),
            theme.text,
        )),
        Line::from(Span::styled(elide(&crate::t!("watch-waiting-how"), w), theme.dim)),
    ];
    if let Some(t) = &watch.trouble {
        lines.push(Line::from(Span::styled(elide(&printable(t), w), theme.wrap_up)));
    }
    panel(watch, &crate::t!("watch-waiting-word"), lines, area, buf);
}

fn ended(watch: &Watch, f: &Followed, wall: chrono::DateTime<chrono::Local>, area: Rect, buf: &mut Buffer) {
    let theme = &watch.theme;
    let w = area.width as usize;
    let mut lines = vec![Line::from(Span::styled(
        elide(&crate::t!("watch-ended"), w),
        theme.text,
    ))];
    if let Some(engine) = f.app.engine() {
        let s = engine.schedule(f.now(wall));
        let text = crate::t!(
            "finished-ended",
            ended = s.projected_end.format("%H:%M").to_string(),
            planned = s.planned_end.format("%H:%M").to_string(),
            behind = super::util::behind(s.behind_secs)
        );
        lines.push(Line::from(Span::styled(elide(&text, w), theme.dim)));
    }
    panel(watch, &crate::t!("watch-ended-word"), lines, area, buf);
}
