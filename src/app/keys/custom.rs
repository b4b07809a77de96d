//! Keys people set themselves, in `config.toml`:
//!
//! ```toml
//! [keys]
//! next = "x"               # one key
//! back = ["z", "left"]     # or several
//! ```
//!
//! A setting replaces the keys of every row of [`super::KEYS`] that does that
//! action, on the screens where keys are commands (ready, live, finished, help,
//! `circle watch`). The setup screen and text lines keep theirs: a letter there is
//! text. The footer and help are made from the table as set, so they show the
//! keys that work; the README documents the defaults.

use std::sync::OnceLock;

use super::{Action, Binding, KEYS, Key, Scope};
use crate::config::{KeyProblem, KeySetting};
use crate::engine::Command;

/// The table in use: the built-in one, or as `config.toml` changed it.
static ACTIVE: OnceLock<Vec<Binding>> = OnceLock::new();

pub fn active() -> &'static [Binding] {
    ACTIVE.get().map_or(KEYS, Vec::as_slice)
}

/// The name a setting uses for an action; actions without one keep their keys
/// (typing, line editing, the digit marks, "any key").
pub fn setting_name(action: Action) -> Option<&'static str> {
    Some(match action {
        Action::Engine(Command::TogglePause) => "pause",
        Action::Engine(Command::Next) => "next",
        Action::Engine(Command::Previous) => "back",
        Action::Engine(Command::Adjust { secs }) if secs > 0 => "more",
        Action::Engine(Command::Adjust { .. }) => "less",
        Action::Engine(Command::Restart) => "restart",
        Action::Engine(Command::Rebalance) => "rebalance",
        Action::NextPrompt => "prompt",
        Action::OpenNotes => "note",
        Action::Curtain => "curtain",
        Action::Help => "help",
        Action::AskQuit | Action::Quit => "quit",
        Action::Begin => "begin",
        Action::EditPresenters => "presenters",
        Action::NextFacilitator => "facilitator",
        Action::Select(-1) => "up",
        Action::Select(1) => "down",
        Action::Select(n) if n < 0 => "page-up",
        Action::Select(_) => "page-down",
        Action::AcceptNorm => "adopt",
        Action::HelpPage(n) if n > 0 => "next-page",
        Action::HelpPage(_) => "previous-page",
        _ => return None,
    })
}

/// Scopes whose keys a setting may change: not those where letters are text.
fn settable(scope: Scope) -> bool {
    !matches!(scope, Scope::Setup | Scope::TextLine)
}

fn names() -> Vec<&'static str> {
    let mut names: Vec<&str> = KEYS
        .iter()
        .filter(|b| settable(b.scope))
        .filter_map(|b| setting_name(b.action))
        .collect();
    names.sort_unstable();
    names.dedup();
    names
}

/// The names of keys that are not one character, as a setting writes them (the
/// same in every language: they are the file's syntax).
pub const KEY_NAMES: &str =
    "space, enter, esc, tab, backspace, left, right, up, down, page-up, page-down, home, end, delete, ctrl-x";

/// A key as a setting writes it: `"x"`, `"space"`, `"page-down"`, `"ctrl-x"`.
pub fn parse_key(text: &str) -> Option<Key> {
    let mut chars = text.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return (!c.is_control() && c != ' ').then_some(Key::Char(c));
    }
    let lower = text.to_ascii_lowercase().replace('+', "-");
    if let Some(c) = lower.strip_prefix("ctrl-").and_then(|l| {
        let mut cs = l.chars();
        cs.next().filter(|c| c.is_ascii_lowercase() && cs.next().is_none())
    }) {
        return Some(if c == 'c' { Key::CtrlC } else { Key::Ctrl(c) });
    }
    Some(match lower.as_str() {
        "space" => Key::Space,
        "enter" | "return" => Key::Enter,
        "esc" | "escape" => Key::Esc,
        "tab" => Key::Tab,
        "backspace" => Key::Backspace,
        "left" => Key::Left,
        "right" => Key::Right,
        "up" => Key::Up,
        "down" => Key::Down,
        "page-up" | "pageup" => Key::PageUp,
        "page-down" | "pagedown" => Key::PageDown,
        "home" => Key::Home,
        "end" => Key::End,
        "delete" | "del" => Key::Delete,
        _ => return None,
    })
}

/// The table with these settings applied, or what is wrong with each setting
/// (by its index in `settings`): an unknown name or key, or a key that another
/// action keeps on the same screen.
pub fn apply(settings: &[KeySetting]) -> Result<Vec<Binding>, Vec<KeyProblem>> {
    let mut problems = Vec::new();
    let mut table: Vec<Binding> = KEYS.to_vec();
    let known = names();
    for (i, s) in settings.iter().enumerate() {
        if !known.contains(&s.action.as_str()) {
            let help = match crate::toml_reader::did_you_mean(&s.action, &known) {
                Some(best) => crate::t!("err-did-you-mean-key", best = best),
                None => crate::t!("err-keys-actions", actions = known.join(", ")),
            };
            problems.push(KeyProblem {
                setting: i,
                in_name: true,
                message: crate::t!("err-keys-unknown-action", action = s.action.as_str()),
                help: Some(help),
            });
            continue;
        }
        let mut keys = Vec::new();
        for text in &s.keys {
            match parse_key(text) {
                Some(k) if !keys.contains(&k) => keys.push(k),
                Some(_) => {}
                None => problems.push(KeyProblem {
                    setting: i,
                    in_name: false,
                    message: crate::t!("err-keys-unknown-key", key = text.as_str()),
                    help: Some(crate::t!("err-keys-key-names", names = KEY_NAMES)),
                }),
            }
        }
        if s.keys.is_empty() {
            // A command with no key could never be given again (a quit with none
            // would keep the meeting open for good).
            problems.push(KeyProblem {
                setting: i,
                in_name: false,
                message: crate::t!("err-keys-empty", action = s.action.as_str()),
                help: None,
            });
        }
        if keys.is_empty() {
            continue;
        }
        let keys: &'static [Key] = Box::leak(keys.into_boxed_slice());
        for row in table.iter_mut() {
            if settable(row.scope) && setting_name(row.action) == Some(s.action.as_str()) {
                row.keys = keys;
            }
        }
    }
    problems.extend(clashes(&table, settings));
    if problems.is_empty() { Ok(table) } else { Err(problems) }
}

/// A key that two rows of one screen answer to, named at the setting that made it so.
fn clashes(table: &[Binding], settings: &[KeySetting]) -> Vec<KeyProblem> {
    let mut out = Vec::new();
    for (i, a) in table.iter().enumerate() {
        for b in &table[i + 1..] {
            if a.scope != b.scope || setting_name(a.action) == setting_name(b.action) {
                continue;
            }
            for k in a.keys.iter().filter(|k| **k != Key::Any && b.keys.contains(k)) {
                // The setting that brought the key in is the one to change.
                let who = settings
                    .iter()
                    .rposition(|s| [a, b].iter().any(|r| setting_name(r.action) == Some(s.action.as_str())));
                if let Some(at) = who {
                    let other = if setting_name(a.action) == Some(settings[at].action.as_str()) {
                        b
                    } else {
                        a
                    };
                    out.push(KeyProblem {
                        setting: at,
                        in_name: false,
                        message: crate::t!(
                            "err-keys-taken",
                            key = k.label(),
                            does = other.does(),
                            screen = a.scope.title()
                        ),
                        help: Some(match setting_name(other.action) {
                            Some(n) => crate::t!("err-keys-taken-help", name = n),
                            None => crate::t!("err-keys-taken-fixed"),
                        }),
                    });
                }
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

/// Use these settings from now on (once, at start, after the config is read).
pub fn configure(table: Vec<Binding>) {
    let _ = ACTIVE.set(table);
}

/// The check `config.toml`'s reader runs over `[keys]`.
pub fn check(settings: &[KeySetting]) -> Vec<KeyProblem> {
    apply(settings).err().unwrap_or_default()
}
