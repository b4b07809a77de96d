//! Keys → actions. What a key means depends on the screen and the open overlay.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use crate::session::Command;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    Engine(Command),
    Begin,
    Curtain,
    Help,
    NextPrompt,
    AskQuit,
    Quit,
    Type(char),
    Erase,
    Enter,
    /// Any key that closes an overlay or cancels a question.
    Dismiss,
    /// Open the notes line.
    OpenNotes,
    /// Change the proposed presenters on the ready screen.
    EditPresenters,
    /// Move the selection in a report-back or check-out list.
    Select(i32),
    /// A digit: a report-back mark or a check-out rating.
    Digit(u8),
    Nothing,
}

/// Where the key lands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    Setup,
    Ready,
    Live,
    Finished,
    Help,
    ConfirmQuit,
    /// A line of text being typed: the notes line, or the ready screen's presenters.
    TextInput,
}

pub fn action(context: Context, key: KeyEvent) -> Action {
    // Key releases (kitty protocol, Windows) are not presses.
    if key.kind == KeyEventKind::Release {
        return Action::Nothing;
    }
    let ctrl_c = key.modifiers.contains(KeyModifiers::CONTROL) && matches!(key.code, KeyCode::Char('c' | 'C'));
    match context {
        Context::ConfirmQuit => match key.code {
            KeyCode::Char('y' | 'Y') => Action::Quit,
            _ => Action::Dismiss,
        },
        Context::Help => Action::Dismiss,
        _ if ctrl_c => Action::AskQuit,
        Context::TextInput => match key.code {
            KeyCode::Enter => Action::Enter,
            KeyCode::Backspace => Action::Erase,
            KeyCode::Esc => Action::Dismiss,
            KeyCode::Char(c) if !key.modifiers.contains(KeyModifiers::CONTROL) => Action::Type(c),
            _ => Action::Nothing,
        },
        Context::Setup => match key.code {
            KeyCode::Enter => Action::Enter,
            KeyCode::Backspace => Action::Erase,
            KeyCode::Esc => Action::AskQuit,
            KeyCode::Char(c) if !key.modifiers.contains(KeyModifiers::CONTROL) => Action::Type(c),
            _ => Action::Nothing,
        },
        Context::Ready => match key.code {
            KeyCode::Char(' ') | KeyCode::Enter => Action::Begin,
            KeyCode::Char('e') => Action::EditPresenters,
            KeyCode::Char('?') => Action::Help,
            KeyCode::Char('q') | KeyCode::Esc => Action::AskQuit,
            _ => Action::Nothing,
        },
        Context::Finished => match key.code {
            KeyCode::Char('q') | KeyCode::Esc => Action::Quit,
            KeyCode::Char('p') | KeyCode::Left => Action::Engine(Command::Previous),
            KeyCode::Char('?') => Action::Help,
            _ => Action::Nothing,
        },
        Context::Live => match key.code {
            KeyCode::Char(' ') => Action::Engine(Command::TogglePause),
            KeyCode::Char('n') | KeyCode::Right => Action::Engine(Command::Next),
            KeyCode::Char('p') | KeyCode::Left => Action::Engine(Command::Previous),
            KeyCode::Char('+' | '=') => Action::Engine(Command::Adjust { secs: 60 }),
            KeyCode::Char('-' | '_') => Action::Engine(Command::Adjust { secs: -60 }),
            KeyCode::Char('r') => Action::Engine(Command::Restart),
            KeyCode::Char('b') => Action::Engine(Command::Rebalance),
            KeyCode::Char('c') => Action::Curtain,
            KeyCode::Tab => Action::NextPrompt,
            KeyCode::Char('i') => Action::OpenNotes,
            KeyCode::Up | KeyCode::Char('k') => Action::Select(-1),
            KeyCode::Down | KeyCode::Char('j') => Action::Select(1),
            KeyCode::Char(c @ '1'..='5') => Action::Digit(c as u8 - b'0'),
            KeyCode::Char('?') => Action::Help,
            KeyCode::Char('q') | KeyCode::Esc => Action::AskQuit,
            _ => Action::Nothing,
        },
    }
}
