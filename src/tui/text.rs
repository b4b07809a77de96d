//! Every word the live screen shows, in one place.

pub const WRAP_UP: &str = "▲ WRAP UP ▲";
pub const TIME: &str = "■ TIME ■";
pub const OVERDUE: &str = "■■ OVER TIME ■■";
pub const PAUSED: &str = "❚❚ PAUSED ❚❚";
pub const ON_TRACK: &str = "● on track";
pub const NOTES_UNDER_CURTAIN: &str = "✎ notes line open, hidden by the curtain · Enter saves · Esc closes";

pub const READY_START: &str = "Press SPACE to begin the meeting";
pub const SETUP_TITLE: &str = "Who is here today?";
pub const SETUP_HELP: &str =
    "Type a name (or several: \"Chen, Dee, Eve\") and press Enter; Enter on an empty line when all are in.";

pub const FINISHED_TITLE: &str = "Meeting complete";

pub const CONFIRM_QUIT: &str = "Leave the meeting?  y = quit · any other key = stay";

pub const REPORT_BACK_KEYS: &str = "↑↓ choose · 1 done · 2 partly · 3 not yet · 4 dropped · i what was learned";
pub const NO_OPEN_COMMITMENTS: &str = "No open commitments from earlier meetings for this turn.";
pub const CHECK_OUT_KEYS: &str = "Value of this meeting for your time: press 1–5";

pub fn behind(secs: i64) -> String {
    use crate::protocol::duration::format_clock;
    match secs {
        0 => "on time".to_string(),
        s if s > 0 => format!("+{} behind", format_clock(s as u64)),
        s => format!("{} ahead", format_clock(s.unsigned_abs())),
    }
}
