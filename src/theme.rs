//! Colours and emphasis. Every state also has words and shapes (the big alert word,
//! the bars beside the clock), so nothing is told by colour alone; `mono` (and
//! NO_COLOR) drops colour entirely.
//!
//! The digits are full `█` blocks, so only a style's *foreground* ever shows on
//! them, against the cell's background. State styles therefore set a foreground
//! only, and never REVERSED (a reversed block is painted in the background colour
//! and vanishes). Colours are from the 256-colour cube, whose values are the same
//! on every terminal (the 16 named colours are not):
//! - `default` keeps the terminal's own background, so each state colour is a
//!   mid-tone that stands at 3:1 or more against a dark (#1e1e1e) and a light
//!   (#ffffff) terminal alike; calm is blue and time is red, told apart with
//!   red-green colour blindness as well (blue against yellow-brown);
//! - `high-contrast` paints its own black background, so its colours reach 5:1+.

use ratatui::style::{Color, Modifier, Style};

use crate::config::ThemeName;
use crate::engine::Alert;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub name: ThemeName,
    /// The whole screen's colours, painted first (Reset: the terminal's own).
    pub base: Style,
    pub text: Style,
    pub dim: Style,
    pub strong: Style,
    pub accent: Style,
    pub calm: Style,
    pub wrap_up: Style,
    pub time: Style,
    /// The PAUSED word; the digits keep their state's colour while paused.
    pub paused: Style,
    /// The band behind a phase's rules.
    pub rules: Style,
    pub key: Style,
}

/// 256-colour cube entries (same on every terminal).
const BLUE: Color = Color::Indexed(31); // #0087af
const AMBER: Color = Color::Indexed(136); // #af8700
const RED: Color = Color::Indexed(196); // #ff0000
const VIOLET: Color = Color::Indexed(99); // #875fff
const GREY: Color = Color::Indexed(244); // #808080
const BLACK: Color = Color::Indexed(16); // #000000
const WHITE: Color = Color::Indexed(231); // #ffffff
const LIGHT_GREY: Color = Color::Indexed(250); // #bcbcbc
const YELLOW: Color = Color::Indexed(226); // #ffff00
const SALMON: Color = Color::Indexed(203); // #ff5f5f
const SKY: Color = Color::Indexed(117); // #87d7ff

impl Theme {
    pub fn new(name: ThemeName) -> Theme {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        match name {
            ThemeName::Default => Theme {
                name,
                base: Style::new(),
                text: Style::new(),
                dim: Style::new().fg(GREY),
                strong: bold,
                accent: bold.fg(BLUE),
                calm: bold.fg(BLUE),
                wrap_up: bold.fg(AMBER),
                time: bold.fg(RED),
                paused: bold.fg(VIOLET),
                rules: bold.fg(WHITE).bg(BLUE),
                key: bold.fg(BLUE),
            },
            ThemeName::HighContrast => Theme {
                name,
                base: Style::new().fg(WHITE).bg(BLACK),
                text: Style::new().fg(WHITE),
                dim: Style::new().fg(LIGHT_GREY),
                strong: bold.fg(WHITE),
                accent: bold.fg(SKY),
                calm: bold.fg(WHITE),
                wrap_up: bold.fg(YELLOW),
                time: bold.fg(SALMON),
                paused: bold.fg(SKY),
                rules: bold.fg(BLACK).bg(WHITE),
                key: bold.fg(YELLOW),
            },
            ThemeName::Mono => Theme {
                name,
                base: Style::new(),
                text: Style::new(),
                dim: Style::new().add_modifier(Modifier::DIM),
                strong: bold,
                accent: bold,
                calm: bold,
                wrap_up: bold,
                time: bold,
                paused: bold,
                // Text on a reversed band: letters, never full blocks.
                rules: bold.add_modifier(Modifier::REVERSED),
                key: bold,
            },
        }
    }

    /// The theme to use: NO_COLOR (any non-empty value) forces `mono`.
    pub fn choose(flag: Option<ThemeName>, config: ThemeName, no_color: bool) -> Theme {
        if no_color {
            return Theme::new(ThemeName::Mono);
        }
        Theme::new(flag.unwrap_or(config))
    }

    /// `circle watch --fill`: the whole screen in the state's colour, like a
    /// speaker's timing light, with every word and shape drawn over it in black or
    /// white (whichever stands out more). Without colour (`mono`, NO_COLOR) the
    /// screen turns to reverse video from the wrap-up on; the words still say which.
    pub fn filled(&self, alert: Alert) -> Theme {
        if self.name == ThemeName::Mono {
            if alert == Alert::Calm {
                return *self;
            }
            let reversed = |s: Style| s.add_modifier(Modifier::REVERSED);
            return Theme {
                base: reversed(self.base),
                text: reversed(self.text),
                dim: reversed(self.text),
                strong: reversed(self.strong),
                accent: reversed(self.accent),
                calm: reversed(self.calm),
                wrap_up: reversed(self.wrap_up),
                time: reversed(self.time),
                paused: reversed(self.paused),
                key: reversed(self.key),
                // The band of rules stands out the other way round.
                rules: self.strong,
                name: self.name,
            };
        }
        let (paint, ink) = fill_colours(alert);
        let bold = Style::new().add_modifier(Modifier::BOLD).fg(ink);
        Theme {
            name: self.name,
            base: Style::new().fg(ink).bg(paint),
            text: Style::new().fg(ink),
            dim: Style::new().fg(ink),
            strong: bold,
            accent: bold,
            calm: bold,
            wrap_up: bold,
            time: bold,
            paused: bold,
            rules: bold.fg(paint).bg(ink),
            key: bold,
        }
    }

    /// The digits' (and the alert word's) style at an alert level. Pausing does
    /// not change it: an overtime clock stays red while paused.
    pub fn for_alert(&self, alert: Alert) -> Style {
        match alert {
            Alert::Calm => self.calm,
            Alert::WrapUp => self.wrap_up,
            Alert::Time | Alert::Overdue => self.time,
        }
    }
}

/// The paint and the ink of `--fill` at an alert level: blue under white, amber
/// and red under black (so the two reds and blues differ in ink as well as paint).
pub fn fill_colours(alert: Alert) -> (Color, Color) {
    match alert {
        Alert::Calm => (BLUE, WHITE),
        Alert::WrapUp => (AMBER, BLACK),
        Alert::Time | Alert::Overdue => (RED, BLACK),
    }
}
