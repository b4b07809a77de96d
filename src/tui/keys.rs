//! Keys as data: one table says which key does what on which screen. The footer,
//! the `?` help of each screen and the README's key table are all made from it
//! (a test checks the README), so they cannot drift apart.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::line::LineEdit;
use crate::engine::Command;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
    /// Closes an overlay or the text line, or answers "no" to a question.
    Dismiss,
    /// Open the notes line.
    OpenNotes,
    /// Change the proposed presenters on the ready screen.
    EditPresenters,
    /// Hand the facilitator's role to the next member (ready screen).
    NextFacilitator,
    /// Move the selection in a report-back or check-out list.
    Select(i32),
    /// A digit: a report-back mark or a check-out rating.
    Digit(u8),
    /// Move the cursor or erase on a text line.
    Edit(LineEdit),
    /// Norms phase: the group adopts the norm just proposed.
    AcceptNorm,
    Nothing,
}

/// Which keys apply: the screen, or what is open on top of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    Setup,
    Ready,
    Live,
    Finished,
    /// A line of text being typed: the notes line, or the ready screen's presenters.
    TextLine,
    Help,
    ConfirmQuit,
}

impl Scope {
    /// The heading of this scope's keys in help and the README.
    pub fn title(self) -> &'static str {
        match self {
            Scope::Setup => "Who is here (setup)",
            Scope::Ready => "Ready screen",
            Scope::Live => "During the meeting",
            Scope::Finished => "After the last step",
            Scope::TextLine => "Typing a note or names",
            Scope::Help => "Help",
            Scope::ConfirmQuit => "Leave the meeting?",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Char(char),
    Space,
    Enter,
    Esc,
    Tab,
    Backspace,
    Left,
    Right,
    Up,
    Down,
    PageUp,
    PageDown,
    Home,
    End,
    Delete,
    /// Ctrl and a letter (other than c).
    Ctrl(char),
    CtrlC,
    /// Any key not bound otherwise.
    Any,
}

impl Key {
    pub fn label(self) -> String {
        match self {
            Key::Char(c) => c.to_string(),
            Key::Space => "space".into(),
            Key::Enter => "Enter".into(),
            Key::Esc => "Esc".into(),
            Key::Tab => "tab".into(),
            Key::Backspace => "Backspace".into(),
            Key::Left => "←".into(),
            Key::Right => "→".into(),
            Key::Up => "↑".into(),
            Key::Down => "↓".into(),
            Key::PageUp => "PgUp".into(),
            Key::Home => "Home".into(),
            Key::End => "End".into(),
            Key::Delete => "Del".into(),
            Key::Ctrl(c) => format!("ctrl-{c}"),
            Key::PageDown => "PgDn".into(),
            Key::CtrlC => "ctrl-c".into(),
            Key::Any => "any key".into(),
        }
    }

    fn matches(self, key: &KeyEvent) -> bool {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        match (self, key.code) {
            (Key::Any, _) => true,
            (Key::CtrlC, KeyCode::Char('c' | 'C')) => ctrl,
            (Key::Ctrl(a), KeyCode::Char(b)) => ctrl && a == b.to_ascii_lowercase(),
            (_, _) if ctrl => false,
            (Key::Char(a), KeyCode::Char(b)) => a == b,
            (Key::Space, KeyCode::Char(' ')) => true,
            (Key::Enter, KeyCode::Enter)
            | (Key::Esc, KeyCode::Esc)
            | (Key::Tab, KeyCode::Tab)
            | (Key::Backspace, KeyCode::Backspace)
            | (Key::Left, KeyCode::Left)
            | (Key::Right, KeyCode::Right)
            | (Key::Up, KeyCode::Up)
            | (Key::Down, KeyCode::Down)
            | (Key::PageUp, KeyCode::PageUp)
            | (Key::PageDown, KeyCode::PageDown)
            | (Key::Home, KeyCode::Home)
            | (Key::End, KeyCode::End)
            | (Key::Delete, KeyCode::Delete) => true,
            _ => false,
        }
    }
}

/// One row of the key table.
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    pub scope: Scope,
    pub keys: &'static [Key],
    pub action: Action,
    /// What it does, for the help and the README.
    pub does: &'static str,
    /// Its word in the footer; `None` keeps it out of the footer.
    pub footer: Option<&'static str>,
    /// Kept in the footer when the window is narrow.
    pub essential: bool,
}

const fn bind(scope: Scope, keys: &'static [Key], action: Action, does: &'static str) -> Binding {
    Binding {
        scope,
        keys,
        action,
        does,
        footer: None,
        essential: false,
    }
}

impl Binding {
    const fn footer(mut self, word: &'static str) -> Binding {
        self.footer = Some(word);
        self
    }

    const fn essential(mut self) -> Binding {
        self.essential = true;
        self
    }

    /// The keys as written in help: `n  →`.
    pub fn keys_label(&self) -> String {
        self.keys.iter().map(|k| k.label()).collect::<Vec<_>>().join("  ")
    }
}

use Action as A;
use Key as K;
use Scope as S;

/// Every key circle knows, by scope, in the order help lists them.
pub const KEYS: &[Binding] = &[
    bind(
        S::Setup,
        &[K::Enter],
        A::Enter,
        "add the typed name; on an empty line, done",
    )
    .footer("add"),
    bind(S::Setup, &[K::Backspace], A::Erase, "erase a letter, or the last name").footer("erase"),
    bind(S::Setup, &[K::Esc, K::CtrlC], A::AskQuit, "quit (asks first)").footer("quit"),
    bind(S::Ready, &[K::Space, K::Enter], A::Begin, "begin the meeting").footer("begin"),
    bind(S::Ready, &[K::Char('e')], A::EditPresenters, "change who presents").footer("change presenters"),
    bind(
        S::Ready,
        &[K::Char('f')],
        A::NextFacilitator,
        "hand the facilitator's role to the next member in the seating order",
    )
    .footer("facilitator"),
    bind(S::Ready, &[K::Up, K::Char('k')], A::Select(-1), "scroll the plan up").footer("scroll"),
    bind(S::Ready, &[K::Down, K::Char('j')], A::Select(1), "scroll the plan down"),
    bind(S::Ready, &[K::PageUp], A::Select(-10), "scroll a page up"),
    bind(S::Ready, &[K::PageDown], A::Select(10), "scroll a page down"),
    bind(S::Ready, &[K::Char('?')], A::Help, "these keys").footer("help"),
    bind(
        S::Ready,
        &[K::Char('q'), K::Esc, K::CtrlC],
        A::AskQuit,
        "quit (asks first)",
    )
    .footer("quit"),
    bind(S::Live, &[K::Space], A::Engine(Command::TogglePause), "pause · resume")
        .footer("pause")
        .essential(),
    bind(
        S::Live,
        &[K::Char('n'), K::Right],
        A::Engine(Command::Next),
        "next step",
    )
    .footer("next")
    .essential(),
    bind(
        S::Live,
        &[K::Char('p'), K::Left],
        A::Engine(Command::Previous),
        "previous step (its time carries on)",
    )
    .footer("back")
    .essential(),
    bind(
        S::Live,
        &[K::Char('+'), K::Char('=')],
        A::Engine(Command::Adjust { secs: 60 }),
        "one minute more for this step",
    )
    .footer("1 min more"),
    bind(
        S::Live,
        &[K::Char('-'), K::Char('_')],
        A::Engine(Command::Adjust { secs: -60 }),
        "one minute less for this step",
    )
    .footer("1 min less"),
    bind(
        S::Live,
        &[K::Char('r')],
        A::Engine(Command::Restart),
        "restart this step's time",
    )
    .footer("restart"),
    bind(
        S::Live,
        &[K::Char('b')],
        A::Engine(Command::Rebalance),
        "rebalance: take an overrun back from later shared steps",
    )
    .footer("rebalance"),
    bind(S::Live, &[K::Tab], A::NextPrompt, "next prompt for this phase"),
    bind(
        S::Live,
        &[K::Char('i')],
        A::OpenNotes,
        "notes line (Enter saves, Esc closes)",
    )
    .footer("note"),
    bind(
        S::Live,
        &[K::Up, K::Char('k')],
        A::Select(-1),
        "report-back or check-out: choose the row above",
    ),
    bind(
        S::Live,
        &[K::Down, K::Char('j')],
        A::Select(1),
        "report-back or check-out: choose the row below",
    ),
    bind(
        S::Live,
        &[K::Char('1'), K::Char('2'), K::Char('3'), K::Char('4'), K::Char('5')],
        A::Digit(0),
        "report-back: 1 done · 2 partly · 3 not yet · 4 dropped; check-out: rate 1–5",
    ),
    bind(
        S::Live,
        &[K::Char('a')],
        A::AcceptNorm,
        "norms step: adopt the norm just proposed",
    ),
    bind(
        S::Live,
        &[K::Char('c')],
        A::Curtain,
        "curtain: show only the clock, the speaker and the alert",
    )
    .footer("curtain"),
    bind(S::Live, &[K::Char('?')], A::Help, "these keys")
        .footer("help")
        .essential(),
    bind(
        S::Live,
        &[K::Char('q'), K::Esc, K::CtrlC],
        A::AskQuit,
        "quit (asks first)",
    )
    .footer("quit")
    .essential(),
    bind(S::Finished, &[K::Char('q'), K::Esc, K::CtrlC], A::Quit, "quit").footer("quit"),
    bind(
        S::Finished,
        &[K::Char('p'), K::Left],
        A::Engine(Command::Previous),
        "back to the last step",
    )
    .footer("back to the last step"),
    bind(S::Finished, &[K::Char('?')], A::Help, "these keys").footer("help"),
    bind(S::TextLine, &[K::Enter], A::Enter, "save the line").footer("save"),
    bind(S::TextLine, &[K::Esc], A::Dismiss, "close the line without saving").footer("close"),
    bind(
        S::TextLine,
        &[K::Backspace],
        A::Erase,
        "erase the letter before the cursor",
    ),
    bind(
        S::TextLine,
        &[K::Delete],
        A::Edit(LineEdit::Delete),
        "erase the letter after the cursor",
    ),
    bind(S::TextLine, &[K::Left], A::Edit(LineEdit::Left), "cursor left"),
    bind(S::TextLine, &[K::Right], A::Edit(LineEdit::Right), "cursor right"),
    bind(
        S::TextLine,
        &[K::Home, K::Ctrl('a')],
        A::Edit(LineEdit::Home),
        "cursor to the start",
    ),
    bind(
        S::TextLine,
        &[K::End, K::Ctrl('e')],
        A::Edit(LineEdit::End),
        "cursor to the end",
    ),
    bind(
        S::TextLine,
        &[K::Ctrl('u')],
        A::Edit(LineEdit::EraseToStart),
        "erase from the start to the cursor",
    ),
    bind(
        S::TextLine,
        &[K::Ctrl('w')],
        A::Edit(LineEdit::EraseWord),
        "erase the word before the cursor",
    ),
    bind(S::TextLine, &[K::CtrlC], A::AskQuit, "quit (asks first)"),
    bind(S::Help, &[K::Any], A::Dismiss, "close the help"),
    bind(S::ConfirmQuit, &[K::Char('y'), K::Char('Y')], A::Quit, "yes, quit").footer("quit"),
    bind(S::ConfirmQuit, &[K::Any], A::Dismiss, "stay").footer("stay"),
];

/// What a key does in this scope.
pub fn action(scope: Scope, key: KeyEvent) -> Action {
    // Key releases (kitty protocol, Windows) are not presses.
    if key.kind == KeyEventKind::Release {
        return Action::Nothing;
    }
    if let Some(b) = bindings(scope).find(|b| b.keys.iter().any(|k| k.matches(&key))) {
        return match (b.action, key.code) {
            // One row of the table covers the digit keys; the key says which digit.
            (Action::Digit(_), KeyCode::Char(c)) => Action::Digit(c.to_digit(10).unwrap_or(0) as u8),
            (action, _) => action,
        };
    }
    match (scope, key.code) {
        // Letters typed on a text line or the setup screen are text.
        (S::TextLine | S::Setup, KeyCode::Char(c)) if !key.modifiers.contains(KeyModifiers::CONTROL) => Action::Type(c),
        _ => Action::Nothing,
    }
}

pub fn bindings(scope: Scope) -> impl Iterator<Item = &'static Binding> {
    KEYS.iter().filter(move |b| b.scope == scope)
}

/// The footer of a scope: `space pause · n next · …`; only the essential keys when
/// the full line would not fit `width`.
pub fn footer(scope: Scope, width: usize) -> String {
    let line = |essential_only: bool| {
        bindings(scope)
            .filter(|b| b.footer.is_some() && (b.essential || !essential_only))
            .map(|b| format!("{} {}", b.keys[0].label(), b.footer.unwrap_or_default()))
            .collect::<Vec<_>>()
            .join(" · ")
    };
    let full = line(false);
    if full.chars().count() <= width {
        full
    } else {
        line(true)
    }
}

/// The scopes a person meets, in the order the README lists them.
pub const README_SCOPES: [Scope; 5] = [
    Scope::Live,
    Scope::Ready,
    Scope::Setup,
    Scope::TextLine,
    Scope::Finished,
];

/// The README's key tables, made from [`KEYS`].
pub fn markdown() -> String {
    let mut out = String::new();
    for scope in README_SCOPES {
        out.push_str(&format!("**{}**\n\n| key | does |\n|---|---|\n", scope.title()));
        for b in bindings(scope) {
            let keys = b
                .keys
                .iter()
                .map(|k| match k.label().as_str() {
                    "|" => "`\\|`".to_string(),
                    l => format!("`{l}`"),
                })
                .collect::<Vec<_>>()
                .join(" ");
            out.push_str(&format!("| {keys} | {} |\n", b.does));
        }
        out.push('\n');
    }
    out
}
