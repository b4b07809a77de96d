//! Drawing. Views only read the model and the frame snapshot; they change nothing.

mod big_font;
mod big_text;
mod celebration;
mod cue;
mod digits;
mod finished;
mod fold;
mod group_bits;
mod help;
mod live;
mod live_layout;
mod live_lines;
mod lower_lists;
mod notes_pane;
mod overlays;
mod plan_notices;
mod ready;
mod rules_fit;
mod setup;
mod util;
mod watch;

pub use digits::{BigDigits, scale_for};
pub use watch::WatchView;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

use crate::app::frame::FrameData;
use crate::app::{App, Mode, Screen};
use crate::engine::Now;

/// The whole app as a widget, so it can be drawn on a real terminal or off-screen.
pub struct AppView<'a> {
    pub app: &'a App,
    pub now: Now,
}

impl Widget for AppView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        if area.is_empty() {
            return;
        }
        let data = FrameData::capture(self.app, self.now);
        // The theme's own background (high-contrast paints black) under everything.
        buf.set_style(area, self.app.theme.base);
        match &self.app.screen {
            Screen::Setup(form) => setup::render(self.app, form, area, buf),
            Screen::Ready => ready::render(self.app, &data, area, buf),
            Screen::Live => live::render(self.app, &data, area, buf),
            Screen::Finished => finished::render(self.app, &data, area, buf),
        }
        match self.app.mode {
            Mode::Help => help::help(self.app, &data, area, buf),
            Mode::ConfirmQuit => overlays::confirm_quit(self.app, area, buf),
            Mode::Normal | Mode::Notes | Mode::Presenters(_) => {}
        }
    }
}
