//! The state of the screen around the meeting: which screen and input mode, the
//! notes line, messages, the bells due, scrolling and help pages. The meeting
//! itself is [`crate::meeting::Meeting`].

use std::collections::VecDeque;

use super::Offer;
use crate::app::line::LineInput;
use crate::engine::Ms;

/// The notes line and what the last note became.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct NotesUi {
    pub input: LineInput,
    /// What the last saved note became, and a coaching hint for questions.
    pub echo: Option<Echo>,
    /// The selected row of the report-back or check-out list.
    pub selected: usize,
}

/// The line under the notes line after a note is saved or a commitment marked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Echo {
    pub said: String,
    /// What a saved note was saved as, so that the pane can say it is only kept
    /// in memory while the disk refuses.
    pub saved: Option<String>,
    /// A coaching hint for questions, or how to go on.
    pub hint: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SetupForm {
    pub names: Vec<String>,
    pub input: String,
    pub error: Option<String>,
    /// The names typed are kept as a group (off for `--no-save`).
    pub remembers: bool,
    /// The group that met here last: Enter on an empty form continues with it.
    pub offer: Option<Offer>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Screen {
    Setup(SetupForm),
    Ready,
    Live,
    Finished,
}

/// What the keyboard is talking to, on top of the screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mode {
    Normal,
    Help,
    ConfirmQuit,
    /// The notes line is open.
    Notes,
    /// The ready screen's presenters line, as typed so far.
    Presenters(LineInput),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub text: String,
    pub until: Ms,
}

/// State of the screen that is not the meeting itself.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Ui {
    pub curtain: bool,
    /// Index of the prompt shown for the current step.
    pub prompt: usize,
    pub message: Option<Message>,
    /// The alert level already announced, per step, so each level rings once.
    pub announced: Option<(usize, crate::engine::Alert)>,
    /// When the next rings are due.
    pub bells: VecDeque<Ms>,
    pub notes: NotesUi,
    /// Set while the notes cannot be written; the meeting goes on.
    pub disk_warning: Option<String>,
    /// Until when the cues flash for a step handed over by itself (auto-advance).
    pub handover_until: Option<Ms>,
    /// Where the notes' summary was last written.
    pub saved_to: Option<std::path::PathBuf>,
    /// How far the ready screen is scrolled, in lines.
    pub scroll: usize,
    /// The furthest it can scroll, as the last frame found (the view writes it,
    /// like ratatui's list state, so a key never scrolls past the end).
    pub scroll_max: std::cell::Cell<usize>,
    /// The public screen of `circle watch`: no notes pane (nor anything typed), the
    /// watcher's own keys in the footer.
    pub public: bool,
    /// How many `circle watch` follow this console's meeting, once counted.
    pub watchers: Option<usize>,
    /// The page of help shown, when help takes more than one.
    pub help_page: usize,
    /// How many pages help took in the last frame (the view writes it, as it
    /// writes `scroll_max`: only the view knows the window's size).
    pub help_pages: std::cell::Cell<usize>,
}
