//! Colours and emphasis. Every state also has words and shapes, so nothing is
//! told by colour alone; `mono` (and NO_COLOR) drops colour entirely.

use ratatui::style::{Color, Modifier, Style};

use crate::config::ThemeName;
use crate::session::Alert;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub name: ThemeName,
    pub text: Style,
    pub dim: Style,
    pub strong: Style,
    pub accent: Style,
    pub calm: Style,
    pub wrap_up: Style,
    pub time: Style,
    pub paused: Style,
    /// The band behind a phase's rules.
    pub rules: Style,
    pub key: Style,
}

impl Theme {
    pub fn new(name: ThemeName) -> Theme {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        match name {
            ThemeName::Default => Theme {
                name,
                text: Style::new(),
                dim: Style::new().fg(Color::DarkGray),
                strong: bold,
                accent: bold.fg(Color::Cyan),
                calm: bold.fg(Color::Green),
                wrap_up: bold.fg(Color::Yellow),
                time: bold.fg(Color::Red),
                paused: bold.fg(Color::Blue),
                rules: bold.fg(Color::Black).bg(Color::Cyan),
                key: bold.fg(Color::Cyan),
            },
            ThemeName::HighContrast => Theme {
                name,
                text: Style::new().fg(Color::White),
                dim: Style::new().fg(Color::Gray),
                strong: bold.fg(Color::White),
                accent: bold.fg(Color::LightCyan),
                calm: bold.fg(Color::White),
                wrap_up: bold.fg(Color::Black).bg(Color::LightYellow),
                time: bold.fg(Color::White).bg(Color::Red),
                paused: bold.fg(Color::Black).bg(Color::White),
                rules: bold.fg(Color::Black).bg(Color::White),
                key: bold.fg(Color::LightYellow),
            },
            ThemeName::Mono => Theme {
                name,
                text: Style::new(),
                dim: Style::new().add_modifier(Modifier::DIM),
                strong: bold,
                accent: bold,
                calm: bold,
                wrap_up: bold,
                time: bold.add_modifier(Modifier::REVERSED),
                paused: bold,
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

    pub fn for_alert(&self, alert: Alert, paused: bool) -> Style {
        if paused {
            return self.paused;
        }
        match alert {
            Alert::Calm => self.calm,
            Alert::WrapUp => self.wrap_up,
            Alert::Time | Alert::Overdue => self.time,
        }
    }
}
