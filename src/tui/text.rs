//! Every word the live screen shows, in one place.

pub const WRAP_UP: &str = "▲ WRAP UP ▲";
pub const TIME: &str = "■ TIME ■";
pub const OVERDUE: &str = "■■ OVER TIME ■■";
pub const PAUSED: &str = "❚❚ PAUSED — space to resume";
pub const ON_TRACK: &str = "● on track";
pub const CURTAIN: &str = "curtain closed — c to open";

pub const READY_START: &str = "Press SPACE to begin the meeting";
pub const READY_KEYS: &str = "e change presenters · ? help · q quit";
pub const SETUP_TITLE: &str = "Who is here today?";
pub const SETUP_HELP: &str = "Type a name and press Enter; Enter on an empty line when all are in.";
pub const SETUP_KEYS: &str = "Enter add · Backspace erase · Esc quit";

pub const FINISHED_TITLE: &str = "Meeting complete";
pub const FINISHED_KEYS: &str = "q quit · p back to the last step";

pub const CONFIRM_QUIT: &str = "Leave the meeting?  y = quit · any other key = stay";

pub const NOTES_KEYS: &str = "Enter save · Esc close · notes are saved privately";
pub const REPORT_BACK_KEYS: &str = "↑↓ choose · 1 done · 2 partly · 3 not yet · 4 dropped · i what was learned";
pub const NO_OPEN_COMMITMENTS: &str = "No open commitments from earlier meetings for this turn.";
pub const CHECK_OUT_KEYS: &str = "Value of this meeting for your time: press 1–5";

/// The footer at full width and when narrow.
pub const FOOTER_WIDE: &str =
    "space pause · n/→ next · p/← back · +/- 1 min · r restart · b rebalance · i note · c curtain · ? help · q quit";
pub const FOOTER_NARROW: &str = "space pause · n next · p back · ? help · q quit";

/// (keys, what they do) for the help overlay.
pub const HELP: &[(&str, &str)] = &[
    ("space", "start · pause · resume"),
    ("n  →", "next step"),
    ("p  ←", "previous step (its time carries on)"),
    ("+  -", "one minute more / less for this step"),
    ("r", "restart this step's time"),
    ("b", "rebalance: take an overrun back from later shared steps"),
    ("tab", "next prompt"),
    ("i", "notes line (Enter saves, Esc closes)"),
    ("↑ ↓  1–5", "report-back: choose and mark · check-out: rate 1–5"),
    ("c", "curtain: show only the clock and the speaker"),
    ("?", "this help (any key closes it)"),
    ("q  ctrl-c", "quit (asks first)"),
];

pub fn behind(secs: i64) -> String {
    use crate::protocol::duration::format_clock;
    match secs {
        0 => "on time".to_string(),
        s if s > 0 => format!("+{} behind", format_clock(s as u64)),
        s => format!("{} ahead", format_clock(s.unsigned_abs())),
    }
}
