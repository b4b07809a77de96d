//! The bell: once at wrap-up, twice at time, three times past the grace period.

use super::{App, BELL_GAP_MS, Screen};
use crate::engine::Now;

impl App {
    /// Each level rings once per step. Moving to a step never rings for where it
    /// already is; adding time lets a later crossing ring again.
    pub(super) fn announce_alerts(&mut self, now: Now) {
        let Some(engine) = self.engine() else { return };
        if self.screen != Screen::Live {
            return;
        }
        let index = engine.current_index();
        let alert = engine.time(now).alert;
        match self.ui.announced {
            Some((i, seen)) if i == index => {
                if alert > seen {
                    if self.bell {
                        for k in 0..alert.rings() {
                            self.ui.bells.push_back(now.mono + u64::from(k) * BELL_GAP_MS);
                        }
                    }
                    self.ui.announced = Some((index, alert));
                } else if alert < seen {
                    self.ui.announced = Some((index, alert));
                }
            }
            _ => self.ui.announced = Some((index, alert)),
        }
    }
}
