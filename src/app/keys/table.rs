//! The key table itself: which key does what on which screen, in the order help
//! lists them. Everything else about keys is made from these rows.

use super::{Action, Binding, Key, Scope, bind};
use crate::app::line::LineEdit;
use crate::engine::Command;

// Each row names its messages (locales/*/keys.ftl): what it does, its footer word.
// i18n-ids: key-setup-add key-setup-erase key-quit-asks key-ready-begin key-ready-presenters
// i18n-ids: key-ready-facilitator key-ready-up key-ready-down key-ready-page-up key-ready-page-down key-help
// i18n-ids: key-live-pause key-live-next key-live-back key-live-more key-live-less key-live-restart
// i18n-ids: key-live-rebalance key-live-prompt key-live-note key-live-up key-live-down key-live-digits
// i18n-ids: key-live-adopt key-live-curtain key-quit key-finished-back key-line-save key-line-close
// i18n-ids: key-line-erase key-line-delete key-line-left key-line-right key-line-home key-line-end
// i18n-ids: key-line-erase-start key-line-erase-word key-help-close key-confirm-quit key-confirm-stay
// i18n-ids: footer-add footer-erase footer-quit footer-begin footer-presenters footer-facilitator
// i18n-ids: footer-scroll footer-help footer-pause footer-next footer-back footer-more footer-less
// i18n-ids: footer-restart footer-rebalance footer-note footer-curtain footer-finished-back footer-save
// i18n-ids: footer-close footer-stay key-line-private key-watch-quit footer-watch-quit
// i18n-ids: key-help-next key-help-back

use Action as A;
use Key as K;
use Scope as S;

/// Every key circle knows, by scope, in the order help lists them.
pub const KEYS: &[Binding] = &[
    bind(S::Setup, &[K::Enter], A::Enter, "key-setup-add").footer("footer-add"),
    bind(S::Setup, &[K::Backspace], A::Erase, "key-setup-erase").footer("footer-erase"),
    bind(S::Setup, &[K::Esc, K::CtrlC], A::AskQuit, "key-quit-asks").footer("footer-quit"),
    bind(S::Ready, &[K::Space, K::Enter], A::Begin, "key-ready-begin").footer("footer-begin"),
    bind(S::Ready, &[K::Char('e')], A::EditPresenters, "key-ready-presenters").footer("footer-presenters"),
    bind(S::Ready, &[K::Char('f')], A::NextFacilitator, "key-ready-facilitator").footer("footer-facilitator"),
    bind(S::Ready, &[K::Up, K::Char('k')], A::Select(-1), "key-ready-up").footer("footer-scroll"),
    bind(S::Ready, &[K::Down, K::Char('j')], A::Select(1), "key-ready-down"),
    bind(S::Ready, &[K::PageUp], A::Select(-10), "key-ready-page-up"),
    bind(S::Ready, &[K::PageDown], A::Select(10), "key-ready-page-down"),
    bind(S::Ready, &[K::Char('?')], A::Help, "key-help").footer("footer-help"),
    bind(S::Ready, &[K::Char('q'), K::Esc, K::CtrlC], A::AskQuit, "key-quit-asks").footer("footer-quit"),
    bind(S::Live, &[K::Space], A::Engine(Command::TogglePause), "key-live-pause")
        .footer("footer-pause")
        .essential(),
    bind(
        S::Live,
        &[K::Char('n'), K::Right],
        A::Engine(Command::Next),
        "key-live-next",
    )
    .footer("footer-next")
    .essential(),
    bind(
        S::Live,
        &[K::Char('p'), K::Left],
        A::Engine(Command::Previous),
        "key-live-back",
    )
    .footer("footer-back")
    .essential(),
    bind(
        S::Live,
        &[K::Char('+'), K::Char('=')],
        A::Engine(Command::Adjust { secs: 60 }),
        "key-live-more",
    )
    .footer("footer-more"),
    bind(
        S::Live,
        &[K::Char('-'), K::Char('_')],
        A::Engine(Command::Adjust { secs: -60 }),
        "key-live-less",
    )
    .footer("footer-less"),
    bind(
        S::Live,
        &[K::Char('r')],
        A::Engine(Command::Restart),
        "key-live-restart",
    )
    .footer("footer-restart"),
    bind(
        S::Live,
        &[K::Char('b')],
        A::Engine(Command::Rebalance),
        "key-live-rebalance",
    )
    .footer("footer-rebalance"),
    bind(S::Live, &[K::Tab], A::NextPrompt, "key-live-prompt"),
    bind(S::Live, &[K::Char('i')], A::OpenNotes, "key-live-note").footer("footer-note"),
    bind(S::Live, &[K::Up, K::Char('k')], A::Select(-1), "key-live-up"),
    bind(S::Live, &[K::Down, K::Char('j')], A::Select(1), "key-live-down"),
    bind(
        S::Live,
        &[K::Char('1'), K::Char('2'), K::Char('3'), K::Char('4'), K::Char('5')],
        A::Digit(0),
        "key-live-digits",
    ),
    bind(S::Live, &[K::Char('a')], A::AcceptNorm, "key-live-adopt"),
    bind(S::Live, &[K::Char('c')], A::Curtain, "key-live-curtain").footer("footer-curtain"),
    bind(S::Live, &[K::Char('?')], A::Help, "key-help")
        .footer("footer-help")
        .essential(),
    bind(S::Live, &[K::Char('q'), K::Esc, K::CtrlC], A::AskQuit, "key-quit-asks")
        .footer("footer-quit")
        .essential(),
    bind(S::Finished, &[K::Char('q'), K::Esc, K::CtrlC], A::Quit, "key-quit").footer("footer-quit"),
    bind(
        S::Finished,
        &[K::Char('p'), K::Left],
        A::Engine(Command::Previous),
        "key-finished-back",
    )
    .footer("footer-finished-back"),
    bind(S::Finished, &[K::Char('?')], A::Help, "key-help").footer("footer-help"),
    bind(S::TextLine, &[K::Enter], A::Enter, "key-line-save").footer("footer-save"),
    bind(S::TextLine, &[K::Esc], A::Dismiss, "key-line-close").footer("footer-close"),
    bind(S::TextLine, &[K::Backspace], A::Erase, "key-line-erase"),
    bind(S::TextLine, &[K::Delete], A::Edit(LineEdit::Delete), "key-line-delete"),
    bind(S::TextLine, &[K::Left], A::Edit(LineEdit::Left), "key-line-left"),
    bind(S::TextLine, &[K::Right], A::Edit(LineEdit::Right), "key-line-right"),
    bind(
        S::TextLine,
        &[K::Home, K::Ctrl('a')],
        A::Edit(LineEdit::Home),
        "key-line-home",
    ),
    bind(
        S::TextLine,
        &[K::End, K::Ctrl('e')],
        A::Edit(LineEdit::End),
        "key-line-end",
    ),
    bind(
        S::TextLine,
        &[K::Ctrl('u')],
        A::Edit(LineEdit::EraseToStart),
        "key-line-erase-start",
    ),
    bind(
        S::TextLine,
        &[K::Ctrl('w')],
        A::Edit(LineEdit::EraseWord),
        "key-line-erase-word",
    ),
    // `!` types itself; the row is here so that help and the README say what it means.
    bind(S::TextLine, &[K::Char('!')], A::Type('!'), "key-line-private"),
    bind(S::TextLine, &[K::CtrlC], A::AskQuit, "key-quit-asks"),
    // Help of more than one page (80×24 during a meeting) turns its pages; any other key closes it.
    bind(
        S::Help,
        &[K::Space, K::Down, K::PageDown],
        A::HelpPage(1),
        "key-help-next",
    ),
    bind(S::Help, &[K::Up, K::PageUp], A::HelpPage(-1), "key-help-back"),
    bind(S::Help, &[K::Any], A::Dismiss, "key-help-close"),
    bind(S::ConfirmQuit, &[K::Yes], A::Quit, "key-confirm-quit").footer("footer-quit"),
    bind(S::ConfirmQuit, &[K::Any], A::Dismiss, "key-confirm-stay").footer("footer-stay"),
    bind(S::Watch, &[K::Char('q'), K::Esc, K::CtrlC], A::Quit, "key-watch-quit").footer("footer-watch-quit"),
];
