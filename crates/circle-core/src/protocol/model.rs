//! The protocol as circle uses it after reading and checking a file.

use serde::Serialize;

use super::kinds::KindRules;

use crate::duration::{Secs, Warn};

/// A session protocol: what happens in a meeting, in what order, for how long.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Protocol {
    /// The id people type: the file name without `.toml`.
    pub id: String,
    /// Where it came from: `built-in` or a file path.
    pub origin: String,
    pub name: String,
    pub summary: String,
    /// The language of the file's own text (`"de"`, `"en-GB"`); `None` is English.
    pub language: Option<String>,
    /// Default meeting length; when set, plans scale every phase to end exactly on it.
    pub length: Option<Secs>,
    pub group: GroupSize,
    pub presenters: PresenterCount,
    /// Default wrap-up warning for every phase that does not set its own.
    pub warn: Option<Warn>,
    /// Move on to the next step by itself when time is up (off: facilitators move on).
    pub auto_advance: bool,
    /// The room splits at random into pairs (a trio when odd) that work at the same
    /// time on one shared timer; each round, the next member of each pair asks.
    pub pairs: bool,
    /// In a group larger than this, each receiver's suggestions come from this many
    /// givers drawn at random (`--givers` overrides).
    pub givers: Option<u32>,
    pub norms: Vec<String>,
    /// Roles in the order the file lists them.
    pub roles: Vec<Role>,
    pub opening: Vec<Phase>,
    pub round: Vec<Phase>,
    pub closing: Vec<Phase>,
    /// The TOML it was read from: the journal keeps it, so a meeting resumes on the
    /// protocol it began with even if the file changed since.
    #[serde(skip)]
    pub source: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct GroupSize {
    pub min: Option<u32>,
    pub max: Option<u32>,
}

impl GroupSize {
    pub fn describe(&self) -> String {
        match (self.min, self.max) {
            // One size only: "exactly 3 members", never "3–3".
            (Some(a), Some(b)) if a == b => crate::t!("protocol-group-exactly", count = a),
            (Some(a), Some(b)) => crate::t!("protocol-group-range", min = a, max = b),
            (Some(a), None) => crate::t!("protocol-group-at-least", min = a),
            (None, Some(b)) => crate::t!("protocol-group-up-to", max = b),
            (None, None) => crate::t!("protocol-group-any"),
        }
    }
}

/// How many members take the hot seat in one meeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PresenterCount {
    Count(u32),
    All,
}

impl PresenterCount {
    pub fn describe(&self) -> String {
        match self {
            PresenterCount::Count(n) => crate::t!("protocol-presenters", count = *n),
            PresenterCount::All => crate::t!("protocol-presenters-all"),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Role {
    pub id: String,
    pub name: String,
    pub does: Vec<String>,
    pub avoids: Vec<String>,
    /// A role held by one member per meeting that passes around (facilitator, timekeeper).
    pub rotates: bool,
}

/// The three phase lists of a protocol.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Section {
    Opening,
    Round,
    Closing,
}

impl Section {
    pub const ALL: [Section; 3] = [Section::Opening, Section::Round, Section::Closing];

    pub fn key(self) -> &'static str {
        match self {
            Section::Opening => "opening",
            Section::Round => "round",
            Section::Closing => "closing",
        }
    }
}

/// What a phase is for; the kind decides what circle does with notes taken in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// A group's first meeting: why each member is here and what they want.
    Contracting,
    Norms,
    ReportBack,
    Challenge,
    /// Questions to understand the facts: closed questions are welcome here.
    Clarifying,
    Questions,
    Reframe,
    Options,
    Reflection,
    Feedback,
    Commitment,
    CheckOut,
    /// A programme's last meeting: what each set out to do, what they kept, and
    /// what the time was worth.
    Review,
    /// A pause with no speaker; its time is never cut to make up for an overrun.
    Break,
    Custom,
}

impl Kind {
    pub const ALL: [Kind; 15] = [
        Kind::Contracting,
        Kind::Norms,
        Kind::ReportBack,
        Kind::Challenge,
        Kind::Clarifying,
        Kind::Questions,
        Kind::Reframe,
        Kind::Options,
        Kind::Reflection,
        Kind::Feedback,
        Kind::Commitment,
        Kind::CheckOut,
        Kind::Review,
        Kind::Break,
        Kind::Custom,
    ];

    /// What a phase of this kind does: see [`super::kinds`].
    pub const fn rules(self) -> KindRules {
        super::kinds::rules(self)
    }

    pub fn key(self) -> &'static str {
        self.rules().key
    }

    pub fn from_key(key: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.key() == key)
    }

    /// The title a phase gets when its file gives none.
    pub fn default_title(self) -> String {
        (self.rules().title)()
    }
}

/// Who speaks during a phase.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TurnMode {
    /// One step; anyone may speak (or the phase's `speaker` role leads).
    Open,
    /// One step for the round's presenter.
    Presenter,
    /// Every member in turn, with exactly equal time.
    Each,
    /// Every member but the presenter in turn, with exactly equal time.
    Coaches,
}

impl TurnMode {
    pub const ALL: [TurnMode; 4] = [TurnMode::Open, TurnMode::Presenter, TurnMode::Each, TurnMode::Coaches];

    pub fn key(self) -> &'static str {
        match self {
            TurnMode::Open => "open",
            TurnMode::Presenter => "presenter",
            TurnMode::Each => "each",
            TurnMode::Coaches => "coaches",
        }
    }

    pub fn from_key(key: &str) -> Option<TurnMode> {
        TurnMode::ALL.into_iter().find(|m| m.key() == key)
    }
}

/// How long a phase lasts: a total split equally among its turns, or a time per turn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Timing {
    Total(Secs),
    PerTurn(Secs),
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Phase {
    pub kind: Kind,
    pub title: String,
    pub timing: Timing,
    pub turns: TurnMode,
    /// The role that leads the phase (a role id), if any.
    pub speaker: Option<String>,
    pub prompts: Vec<String>,
    /// Shown large on screen while the phase runs.
    pub rules: Vec<String>,
    pub warn: Option<Warn>,
    /// The shortest and longest sensible turn, when the file sets them; otherwise
    /// the kind's defaults apply (see `bounds.rs`).
    pub min_turn: Option<Secs>,
    pub max_turn: Option<Secs>,
    /// Only in a meeting of a saved group (report-back needs last time's notes).
    pub group_only: bool,
}

impl Protocol {
    pub fn phases(&self, section: Section) -> &[Phase] {
        match section {
            Section::Opening => &self.opening,
            Section::Round => &self.round,
            Section::Closing => &self.closing,
        }
    }

    pub fn role(&self, id: &str) -> Option<&Role> {
        self.roles.iter().find(|r| r.id == id)
    }

    /// The name to show for a role id; falls back to the id itself.
    pub fn role_name<'a>(&'a self, id: &'a str) -> &'a str {
        self.role(id).map_or(id, |r| r.name.as_str())
    }

    /// A role's name inside one of circle's sentences: lower case in an English
    /// sentence about an English protocol ("Bernd (peer coach)"), as written
    /// otherwise: German nouns keep their capitals ("Bernd (Berater·in)").
    pub fn role_in_text(&self, id: &str) -> String {
        let name = self.role_name(id);
        let english = self
            .language
            .as_deref()
            .is_none_or(|l| l == "en" || l.starts_with("en-"));
        if english && crate::i18n::lang() == crate::i18n::Lang::En {
            name.to_lowercase()
        } else {
            name.to_string()
        }
    }

    pub fn phase_count(&self) -> usize {
        self.opening.len() + self.round.len() + self.closing.len()
    }
}
