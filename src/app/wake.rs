//! When the screen must next change by itself: the loop sleeps until then.

use super::{App, Screen};
use crate::engine::{Ms, Now};

impl App {
    /// Milliseconds until the screen must change by itself, if ever.
    pub fn next_wake_in(&self, now: Now) -> Option<Ms> {
        let mut wake: Option<Ms> = None;
        let mut consider = |ms: Ms| wake = Some(wake.map_or(ms, |w| w.min(ms)));
        if let Some(s) = self.engine()
            && self.screen == Screen::Live
        {
            if let Some(ms) = s.next_change_in(now) {
                consider(ms);
            }
            if let Some(edge) = crate::app::frame::flash_edge_in(&s.time(now), now) {
                consider(edge);
            }
            if let Some(edge) = crate::app::frame::handover_edge_in(self, now) {
                consider(edge);
            }
        }
        if let Some(m) = &self.ui.message {
            consider(m.until.saturating_sub(now.mono));
        }
        if let Some(&at) = self.ui.bells.front() {
            consider(at.saturating_sub(now.mono));
        }
        // The wall clock on screen changes each minute.
        let into_minute = (chrono::Timelike::second(&now.wall) as Ms) * 1000
            + (chrono::Timelike::nanosecond(&now.wall) as Ms / 1_000_000).min(999);
        consider(60_000 - into_minute);
        wake
    }
}
