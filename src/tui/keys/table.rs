//! The key table itself: which key does what on which screen, in the order help
//! lists them. Everything else about keys is made from these rows.

use super::{Action, Binding, Key, Scope, bind};
use crate::engine::Command;
use crate::tui::line::LineEdit;

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
