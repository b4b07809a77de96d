//! Keys as data: one table says which key does what on which screen. The footer,
//! the `?` help of each screen and the README's key table are all made from it
//! (a test checks the README), so they cannot drift apart.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use crate::app::line::LineEdit;
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
    /// Help that takes more than one page: turn this many pages (from the last,
    /// on to the first).
    HelpPage(i32),
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
    /// `circle watch`: a read-only view of a meeting; its only key stops watching.
    Watch,
}

impl Scope {
    /// The heading of this scope's keys in help and the README.
    pub fn title(self) -> String {
        match self {
            Scope::Setup => crate::t!("keys-title-setup"),
            Scope::Ready => crate::t!("keys-title-ready"),
            Scope::Live => crate::t!("keys-title-live"),
            Scope::Finished => crate::t!("keys-title-finished"),
            Scope::TextLine => crate::t!("keys-title-line"),
            Scope::Help => crate::t!("keys-title-help"),
            Scope::ConfirmQuit => crate::t!("keys-title-confirm"),
            Scope::Watch => crate::t!("keys-title-watch"),
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
    /// Yes to a question: y, and the language's own letter too (j in German).
    Yes,
    /// Any key not bound otherwise.
    Any,
}

impl Key {
    pub fn label(self) -> String {
        match self {
            Key::Char(c) => c.to_string(),
            Key::Yes => crate::t!("key-name-yes"),
            Key::Space => crate::t!("key-name-space"),
            Key::Enter => "Enter".into(),
            Key::Esc => "Esc".into(),
            Key::Tab => "tab".into(),
            Key::Backspace => "Backspace".into(),
            Key::Left => "←".into(),
            Key::Right => "→".into(),
            Key::Up => "↑".into(),
            Key::Down => "↓".into(),
            // The names printed on the keyboards of the language: Strg, Bild↑, Entf.
            Key::PageUp => crate::t!("key-name-page-up"),
            Key::Home => crate::t!("key-name-home"),
            Key::End => crate::t!("key-name-end"),
            Key::Delete => crate::t!("key-name-delete"),
            Key::Ctrl(c) => crate::t!("key-name-ctrl", key = c.to_string()),
            Key::PageDown => crate::t!("key-name-page-down"),
            Key::CtrlC => crate::t!("key-name-ctrl", key = "c"),
            Key::Any => crate::t!("key-name-any"),
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
            (Key::Yes, KeyCode::Char(b)) => {
                let own = crate::t!("key-name-yes");
                b.eq_ignore_ascii_case(&'y') || own.chars().any(|c| c.eq_ignore_ascii_case(&b))
            }
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
    /// The message id of what it does, for the help and the README.
    pub does: &'static str,
    /// The message id of its word in the footer; `None` keeps it out of the footer.
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
    const fn footer(mut self, id: &'static str) -> Binding {
        self.footer = Some(id);
        self
    }

    const fn essential(mut self) -> Binding {
        self.essential = true;
        self
    }

    /// What it does, in the current language.
    pub fn does(&self) -> String {
        crate::i18n::text(self.does, None)
    }

    /// Its footer word, in the current language.
    pub fn footer_word(&self) -> Option<String> {
        self.footer.map(|id| crate::i18n::text(id, None))
    }

    /// The keys as written in help: `n  →`.
    pub fn keys_label(&self) -> String {
        self.keys.iter().map(|k| k.label()).collect::<Vec<_>>().join("  ")
    }
}

pub mod custom;
mod table;

pub use table::KEYS;

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
        (Scope::TextLine | Scope::Setup, KeyCode::Char(c)) if !key.modifiers.contains(KeyModifiers::CONTROL) => {
            Action::Type(c)
        }
        _ => Action::Nothing,
    }
}

/// The keys of a scope as they are in use (`[keys]` in `config.toml` may have
/// changed them), in the table's order.
pub fn bindings(scope: Scope) -> impl Iterator<Item = &'static Binding> {
    custom::active().iter().filter(move |b| b.scope == scope)
}

/// The key (as written in help) that does `action` in `scope`, as keys are set
/// now: what a message tells people to press.
pub fn key_for(scope: Scope, action: Action) -> String {
    bindings(scope)
        .find(|b| b.action == action)
        .and_then(|b| b.keys.first())
        .map(|k| k.label())
        .unwrap_or_default()
}

/// The footer of a scope: `space pause · n next · …`. When the full line would not
/// fit `width`: only the essential keys, or, in a scope with none, the first key and
/// help and quit with as many of the others as fit (a blank footer helps nobody).
pub fn footer(scope: Scope, width: usize) -> String {
    let items = |essential_only: bool| -> Vec<String> {
        bindings(scope)
            .filter(|b| b.footer.is_some() && (b.essential || !essential_only))
            .map(|b| format!("{} {}", b.keys[0].label(), b.footer_word().unwrap_or_default()))
            .collect()
    };
    let fits = |line: &str| line.chars().count() <= width;
    let full = items(false);
    if fits(&full.join(" · ")) {
        return full.join(" · ");
    }
    let essential = items(true);
    if !essential.is_empty() {
        return essential.join(" · ");
    }
    let mut shown = full;
    while shown.len() > 3 && !fits(&shown.join(" · ")) {
        shown.remove(shown.len() - 3);
    }
    let line = shown.join(" · ");
    if fits(&line) { line } else { String::new() }
}

/// The scopes a person meets, in the order the README lists them.
pub const README_SCOPES: [Scope; 6] = [
    Scope::Live,
    Scope::Ready,
    Scope::Setup,
    Scope::TextLine,
    Scope::Finished,
    Scope::Watch,
];

/// The README's key tables, made from [`KEYS`]; in English whatever the
/// language, as the README is.
pub fn markdown() -> String {
    crate::i18n::with_lang(crate::i18n::Lang::En, markdown_here)
}

fn markdown_here() -> String {
    let mut out = String::new();
    for scope in README_SCOPES {
        out.push_str(&format!("**{}**\n\n| key | does |\n|---|---|\n", scope.title()));
        // The defaults, whatever this machine's `config.toml` says.
        for b in KEYS.iter().filter(|b| b.scope == scope) {
            let keys = b
                .keys
                .iter()
                .map(|k| match k.label().as_str() {
                    "|" => "`\\|`".to_string(),
                    l => format!("`{l}`"),
                })
                .collect::<Vec<_>>()
                .join(" ");
            out.push_str(&format!("| {keys} | {} |\n", b.does()));
        }
        out.push('\n');
    }
    out
}
