//! Everything one frame needs, read once per frame from the model and the time,
//! so every widget of a frame agrees on the same instant.

use chrono::{DateTime, Local};

use crate::app::App;
use crate::duration::format_clock;
use crate::engine::{Alert, Ms, Now, Schedule, StepTime};

/// A flash lasts this long after each change of alert level, then stays steady.
pub const FLASH_MS: Ms = 3000;
/// Half a flash cycle: 1 flash a second, well under the 3 Hz safety limit.
pub const FLASH_HALF_MS: Ms = 500;

pub struct FrameData {
    pub now: Now,
    pub wall: DateTime<Local>,
    pub time: Option<StepTime>,
    pub schedule: Option<Schedule>,
    /// Within the few seconds after an alert change, when the cues blink.
    pub flashing: bool,
    pub flash_on: bool,
    /// Just after the meeting moved on by itself: the cues show TIME and flash, as
    /// they did before a facilitator's own handover.
    pub handover: bool,
    /// The countdown as text: `7:05`, `0:00`, `+1:12`.
    pub clock_text: String,
    pub paused: bool,
}

impl FrameData {
    pub fn capture(app: &App, now: Now) -> FrameData {
        let engine = app.engine();
        let time = engine.map(|s| s.time(now));
        let paused = engine.is_some_and(|s| s.state() == crate::engine::RunState::Paused);
        let handover = handover_age(app, now);
        FrameData {
            now,
            wall: now.wall,
            time,
            schedule: engine.map(|s| s.schedule(now)),
            flashing: time.is_some_and(|t| flash_age(&t, now).is_some()) || handover.is_some(),
            flash_on: match handover {
                Some(age) => (age / FLASH_HALF_MS).is_multiple_of(2),
                None => time.is_some_and(|t| flash_on(&t, now)),
            },
            handover: handover.is_some(),
            clock_text: time.map_or_else(String::new, |t| clock_text(&t)),
            paused,
        }
    }
}

/// The sign appears the moment time is up: `0:01`, then `+0:00`, `+0:01`…
pub fn clock_text(t: &StepTime) -> String {
    if t.is_over() {
        format!("+{}", format_clock(t.overtime_secs()))
    } else {
        format_clock(t.shown_remaining_secs())
    }
}

fn flash_age(t: &StepTime, now: Now) -> Option<Ms> {
    if t.alert == Alert::Calm || !t.running {
        return None;
    }
    let age = now.mono.saturating_sub(t.alert_since?);
    (age < FLASH_MS).then_some(age)
}

/// Whether the flash is in its "on" half right now.
pub fn flash_on(t: &StepTime, now: Now) -> bool {
    flash_age(t, now).is_some_and(|age| (age / FLASH_HALF_MS).is_multiple_of(2))
}

/// How long ago an automatic handover happened, while its flash lasts.
fn handover_age(app: &App, now: Now) -> Option<Ms> {
    let until = app.ui.handover_until?;
    (now.mono < until).then(|| FLASH_MS - (until - now.mono))
}

/// Milliseconds to the next edge of an automatic handover's flash, or its end.
pub fn handover_edge_in(app: &App, now: Now) -> Option<Ms> {
    handover_age(app, now).map(|age| FLASH_HALF_MS - age % FLASH_HALF_MS)
}

/// Milliseconds to the next flash edge while flashing.
pub fn flash_edge_in(t: &StepTime, now: Now) -> Option<Ms> {
    flash_age(t, now).map(|age| FLASH_HALF_MS - age % FLASH_HALF_MS)
}
