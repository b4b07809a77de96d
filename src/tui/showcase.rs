//! The live screen's states, reached the way a facilitator reaches them (real key
//! presses on a manual clock), for the contrast test, the render tests and the
//! screenshots in docs/screens/.

use chrono::{Local, TimeZone};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::app::{App, MeetingSpec, Msg};
use crate::cli::ThemeName;
use crate::engine::{Clock, ManualClock, Settings};
use crate::plan::Step;
use crate::protocol::{Library, Protocol, TurnMode};
use crate::theme::Theme;

/// Every state the clock can be in: calm, wrap-up, time, overtime, paused, the
/// curtain and both halves of a flash.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shown {
    Calm,
    WrapUp,
    Time,
    Overtime,
    Paused,
    /// Just after time ran out, in the flash's "on" half.
    FlashOn,
    /// Just after time ran out, in the flash's "off" half.
    FlashOff,
    Curtain,
}

impl Shown {
    pub const ALL: [Shown; 8] = [
        Shown::Calm,
        Shown::WrapUp,
        Shown::Time,
        Shown::Overtime,
        Shown::Paused,
        Shown::FlashOn,
        Shown::FlashOff,
        Shown::Curtain,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Shown::Calm => "calm",
            Shown::WrapUp => "wrap-up",
            Shown::Time => "time",
            Shown::Overtime => "overtime",
            Shown::Paused => "paused",
            Shown::FlashOn => "flash-on",
            Shown::FlashOff => "flash-off",
            Shown::Curtain => "curtain",
        }
    }
}

pub fn theme_key(name: ThemeName) -> &'static str {
    match name {
        ThemeName::Default => "default",
        ThemeName::HighContrast => "high-contrast",
        ThemeName::Mono => "mono",
    }
}

pub const THEMES: [ThemeName; 3] = [ThemeName::Default, ThemeName::HighContrast, ThemeName::Mono];

pub fn clock() -> ManualClock {
    ManualClock::new(
        Local
            .with_ymd_and_hms(2026, 11, 22, 14, 0, 0)
            .earliest()
            .expect("a date that exists in every zone"),
    )
}

pub fn press(app: &mut App, c: &ManualClock, code: KeyCode) {
    app.update(Msg::Key(KeyEvent::new(code, KeyModifiers::NONE)), c.now());
}

/// A meeting of `protocol` with `members`, begun and moved on to the first step
/// `at` picks (30 s a step), 62.5 s into it.
fn at_step(protocol: Protocol, members: &[&str], theme: ThemeName, at: impl Fn(&Step) -> bool) -> (App, ManualClock) {
    let c = clock();
    let spec = MeetingSpec::of(protocol);
    let members = members.iter().map(|m| m.to_string()).collect();
    let mut a = App::new(spec, Some(members), Settings::default(), Theme::new(theme), false).expect("plan");
    press(&mut a, &c, KeyCode::Char(' '));
    while !at(a.engine().expect("begun").current_step()) {
        c.advance_secs(30);
        press(&mut a, &c, KeyCode::Char('n'));
    }
    c.advance_ms(62_500);
    a.update(Msg::Tick, c.now());
    (a, c)
}

/// A five-member peer circle in its first round's powerful questions, 62.5 s in,
/// in Ben's turn: the built-in runs its questions as one open floor, but a turn
/// of one member is the screen with the most on it (a name in big letters, "1 of
/// 4", who is next), so the showcase asks them one coach at a time.
pub fn questions(theme: ThemeName) -> (App, ManualClock) {
    at_step(
        solo_turns(built_in("peer-circle")),
        &["Ana", "Ben", "Chen", "Dee", "Eve"],
        theme,
        |s| s.title == "Powerful questions",
    )
}

fn built_in(id: &str) -> Protocol {
    Library::load(None).get(id).expect("built-in").clone()
}

/// The protocol with its coach-led open floors taken one coach at a time.
pub fn solo_turns(mut protocol: Protocol) -> Protocol {
    for phase in &mut protocol.round {
        if phase.turns == TurnMode::Open && phase.speaker.as_deref() == Some("coach") {
            phase.turns = TurnMode::Coaches;
            phase.speaker = None;
        }
    }
    protocol
}

/// A five-member German group on `kollegiale-beratung` in its first consultation
/// turn (the German screenshots; draw it inside `i18n::with_lang`).
pub fn consultation(theme: ThemeName) -> (App, ManualClock) {
    at_step(
        built_in("kollegiale-beratung"),
        &["Anna", "Bernd", "Cem", "Dora", "Emil"],
        theme,
        |s| s.kind.rules().welcomes_advice,
    )
}

/// Run the clock to `ms` from the step's end (negative: past it).
fn to_remaining(a: &mut App, c: &ManualClock, ms: i64) {
    let left = a.engine().expect("begun").time(c.now()).remaining_ms;
    let ahead = (left - ms).max(0) as u64;
    c.advance_ms(ahead);
    a.update(Msg::Tick, c.now());
}

/// The peer circle's questions in `shown`, on `theme`.
pub fn app_in(shown: Shown, theme: ThemeName) -> (App, ManualClock) {
    put_in(questions(theme), shown)
}

/// A meeting moved on to `shown`.
pub fn put_in((mut a, c): (App, ManualClock), shown: Shown) -> (App, ManualClock) {
    let grace = Settings::default().grace_secs as i64 * 1000;
    match shown {
        Shown::Calm => {}
        Shown::WrapUp => to_remaining(&mut a, &c, 40_000),
        Shown::Time => to_remaining(&mut a, &c, -15_000),
        Shown::Overtime => to_remaining(&mut a, &c, -grace - 45_000),
        Shown::Paused => {
            to_remaining(&mut a, &c, -45_000);
            press(&mut a, &c, KeyCode::Char(' '));
        }
        Shown::FlashOn => to_remaining(&mut a, &c, -200),
        Shown::FlashOff => to_remaining(&mut a, &c, -700),
        Shown::Curtain => {
            to_remaining(&mut a, &c, 40_000);
            press(&mut a, &c, KeyCode::Char('c'));
        }
    }
    (a, c)
}
