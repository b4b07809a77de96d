//! The one key table drives the footer, the help and the README: check they agree.

use circle::app::keys::{self, Action, Scope};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

const README: &str = include_str!("../../README.md");
const START: &str = "<!-- keys:start (made from src/app/keys/table.rs; a test checks it) -->\n";
const END: &str = "<!-- keys:end -->";

#[test]
fn the_readme_key_tables_are_the_key_table() {
    let start = README.find(START).expect("README has the keys:start marker") + START.len();
    let end = README[start..].find(END).expect("README has the keys:end marker") + start;
    let want = keys::markdown();
    assert!(
        README[start..end] == want,
        "README's key tables drifted from src/app/keys/table.rs; replace them with:\n\n{want}"
    );
}

#[test]
fn every_bound_key_does_what_the_table_says() {
    for b in keys::KEYS {
        for k in b.keys {
            let code = match k {
                keys::Key::Char(c) => KeyCode::Char(*c),
                keys::Key::Space => KeyCode::Char(' '),
                keys::Key::Enter => KeyCode::Enter,
                keys::Key::Esc => KeyCode::Esc,
                keys::Key::Tab => KeyCode::Tab,
                keys::Key::Backspace => KeyCode::Backspace,
                keys::Key::Left => KeyCode::Left,
                keys::Key::Right => KeyCode::Right,
                keys::Key::Up => KeyCode::Up,
                keys::Key::Down => KeyCode::Down,
                keys::Key::PageUp => KeyCode::PageUp,
                keys::Key::PageDown => KeyCode::PageDown,
                keys::Key::Home => KeyCode::Home,
                keys::Key::End => KeyCode::End,
                keys::Key::Delete => KeyCode::Delete,
                keys::Key::Ctrl(c) => KeyCode::Char(*c),
                keys::Key::Yes => KeyCode::Char('y'),
                keys::Key::CtrlC | keys::Key::Any => continue,
            };
            let mods = match k {
                keys::Key::Ctrl(_) => KeyModifiers::CONTROL,
                _ => KeyModifiers::NONE,
            };
            let got = keys::action(b.scope, KeyEvent::new(code, mods));
            let want = match (b.action, code) {
                (Action::Digit(_), KeyCode::Char(c)) => Action::Digit(c.to_digit(10).unwrap() as u8),
                (a, _) => a,
            };
            assert_eq!(got, want, "{:?} {} in {:?}", b.scope, k.label(), b.scope);
        }
    }
}

#[test]
fn the_footer_fits_or_keeps_the_essential_keys() {
    let wide = keys::footer(Scope::Live, 200);
    assert!(wide.contains("b rebalance") && wide.contains("c curtain"), "{wide}");
    let narrow = keys::footer(Scope::Live, 60);
    assert!(narrow.chars().count() <= 60, "{narrow}");
    assert!(narrow.contains("space pause") && narrow.contains("q quit"), "{narrow}");
}

#[test]
fn typed_letters_on_a_text_line_are_text_not_commands() {
    for c in ['n', 'r', 'c', 'q', ' ', '+'] {
        let got = keys::action(Scope::TextLine, KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
        assert_eq!(got, Action::Type(c));
    }
}

/// A scope with no essential keys never loses its whole footer: in German the
/// ready screen's full line is longer than 80 columns, and help and quit stay.
#[test]
fn a_footer_too_long_keeps_its_first_key_help_and_quit() {
    use circle::i18n::{Lang, with_lang};
    for lang in Lang::ALL {
        for width in [40, 60, 80] {
            let line = with_lang(lang, || keys::footer(Scope::Ready, width));
            let (help, quit) = with_lang(lang, || (circle::t!("footer-help"), circle::t!("footer-quit")));
            assert!(line.chars().count() <= width, "{}: {line}", lang.tag());
            assert!(
                line.contains(&help) && line.contains(&quit),
                "{} at {width}: {line:?}",
                lang.tag()
            );
        }
    }
}

/// "Leave the meeting?" takes the language's own yes: j in German (y still works),
/// and j in English is "stay", as any other key.
#[test]
fn the_quit_question_takes_the_languages_yes() {
    use circle::i18n::{Lang, with_lang};
    let press = |c: char| KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
    let de = |c| with_lang(Lang::De, || keys::action(Scope::ConfirmQuit, press(c)));
    let en = |c| with_lang(Lang::En, || keys::action(Scope::ConfirmQuit, press(c)));
    assert_eq!(de('j'), Action::Quit);
    assert_eq!(de('J'), Action::Quit);
    assert_eq!(de('y'), Action::Quit);
    assert_eq!(en('y'), Action::Quit);
    assert_eq!(en('j'), Action::Dismiss);
    assert_eq!(de('n'), Action::Dismiss);
}
