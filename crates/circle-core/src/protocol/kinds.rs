//! What a phase of each kind does, in one table: its key in a protocol file, how
//! long a turn may be, whether its time is fixed or shares in a rebalance, who
//! holds the floor, at which meetings it runs, what a typed note becomes, which
//! list it works through, how its questions are coached, and its words on screen.
//!
//! Everything else asks this table (`rules(step.kind).rest`, never
//! `step.kind == Kind::Break`), so a new kind is one row here, its messages in
//! `locales/*/`, and nothing else. The match is exhaustive: a kind cannot be added
//! without saying what it does.

use serde::{Deserialize, Serialize};

use super::{Kind, Secs};
use crate::coach::Purpose;

/// What a note is, decided by the kind of phase it was taken in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    /// The presenter's initial focus (challenge phase).
    Focus,
    /// The reframed focus (reframe phase).
    Reframe,
    Question,
    Option,
    /// Feedback or feedforward, credited to its giver.
    Suggestion,
    Commitment,
    /// What was learned, in report-back.
    Learning,
    Insight,
    /// A proposed norm (norms phase), adopted with a key.
    Norm,
    /// Why a member is here and what they want from the circle (contracting).
    Hope,
    /// Looking back on a programme: what it was worth, what to take on.
    Review,
}

/// The list a step of this kind works through with ↑/↓ and the digit keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepList {
    None,
    /// The group's norms, and the changes proposed to them.
    Norms,
    /// Earlier commitments, each marked done, partly, not yet or dropped.
    Commitments,
    /// Every member's 1–5 rating of the meeting.
    Ratings,
    /// The commitment being made now, with its buddy and due date.
    NewCommitment,
    /// What the speaker committed to across the programme, and what came of it.
    Programme,
}

/// Which of a group's meetings a phase of this kind runs at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Runs {
    Always,
    /// Only once there is a last meeting to look back on (report-back).
    AfterTheFirst,
    /// Added at a group's first meeting when the protocol has none (contracting).
    AddedAtFirst,
    /// Added at a programme's last meeting when the protocol has none (the review).
    AddedAtLast,
}

#[derive(Debug, Clone, Copy)]
pub struct KindRules {
    /// Its `kind = "…"` in a protocol file.
    pub key: &'static str,
    /// The shortest and longest sensible turn: long enough to say something that
    /// helps (a question ≥ 1:30 per coach, a suggestion ≥ 45 s, the challenge ≥ 3
    /// min), short enough that the meeting keeps moving.
    pub turn: (Secs, Secs),
    /// A rest: nobody holds the floor, it stands outside the rounds, and its time
    /// is never cut to make up for an overrun.
    pub rest: bool,
    /// For the whole circle, one member after another, even in a protocol whose
    /// work happens in pairs.
    pub whole_circle: bool,
    pub runs: Runs,
    /// The group's norms are what this step is about, so they are on screen.
    pub shows_norms: bool,
    /// Advice is welcome here (the questions before it should not give it).
    pub welcomes_advice: bool,
    /// With coaches taking turns, the givers are drawn from the circle (a large
    /// feedforward) rather than everyone speaking.
    pub draws_givers: bool,
    /// A round counts as its presenter's hot seat once it is past this step.
    pub opens_hot_seat: bool,
    /// The meeting's close: a programme's review goes just before it.
    pub closes: bool,
    pub note: Category,
    pub list: StepList,
    /// How a question typed here is coached; `None` when notes are not questions.
    pub questions: Option<Purpose>,
    /// The title a phase gets when its file gives none, in the current language.
    pub title: fn() -> String,
    /// What the group does now, shown for a phase with no prompts of its own (so
    /// the screen always says what to do); made once per language and kept.
    pub what: fn() -> &'static str,
}

const M: Secs = 60;

/// The row every kind starts from; each kind says how it differs.
const PLAIN: KindRules = KindRules {
    key: "",
    turn: (M, 15 * M),
    rest: false,
    whole_circle: false,
    runs: Runs::Always,
    shows_norms: false,
    welcomes_advice: false,
    draws_givers: false,
    opens_hot_seat: false,
    closes: false,
    note: Category::Insight,
    list: StepList::None,
    questions: None,
    title: || crate::t!("kind-title-custom"),
    what: || crate::label!("kind-what-custom"),
};

pub const fn rules(kind: Kind) -> KindRules {
    match kind {
        Kind::Contracting => KindRules {
            key: "contracting",
            title: || crate::t!("kind-title-contracting"),
            what: || crate::label!("kind-what-contracting"),
            turn: (M, 5 * M),
            whole_circle: true,
            runs: Runs::AddedAtFirst,
            note: Category::Hope,
            ..PLAIN
        },
        Kind::Norms => KindRules {
            key: "norms",
            title: || crate::t!("kind-title-norms"),
            what: || crate::label!("kind-what-norms"),
            shows_norms: true,
            note: Category::Norm,
            list: StepList::Norms,
            ..PLAIN
        },
        Kind::ReportBack => KindRules {
            key: "report-back",
            title: || crate::t!("kind-title-report-back"),
            what: || crate::label!("kind-what-report-back"),
            turn: (M, 10 * M),
            runs: Runs::AfterTheFirst,
            note: Category::Learning,
            list: StepList::Commitments,
            ..PLAIN
        },
        Kind::Challenge => KindRules {
            key: "challenge",
            title: || crate::t!("kind-title-challenge"),
            what: || crate::label!("kind-what-challenge"),
            turn: (3 * M, 15 * M),
            opens_hot_seat: true,
            note: Category::Focus,
            ..PLAIN
        },
        Kind::Clarifying => KindRules {
            key: "clarifying",
            title: || crate::t!("kind-title-clarifying"),
            what: || crate::label!("kind-what-clarifying"),
            turn: (M, 10 * M),
            note: Category::Question,
            questions: Some(Purpose::Clarify),
            ..PLAIN
        },
        Kind::Questions => KindRules {
            key: "questions",
            title: || crate::t!("kind-title-questions"),
            what: || crate::label!("kind-what-questions"),
            turn: (90, 12 * M),
            note: Category::Question,
            questions: Some(Purpose::Explore),
            ..PLAIN
        },
        Kind::Reframe => KindRules {
            key: "reframe",
            title: || crate::t!("kind-title-reframe"),
            what: || crate::label!("kind-what-reframe"),
            note: Category::Reframe,
            ..PLAIN
        },
        Kind::Options => KindRules {
            key: "options",
            title: || crate::t!("kind-title-options"),
            what: || crate::label!("kind-what-options"),
            welcomes_advice: true,
            note: Category::Option,
            ..PLAIN
        },
        Kind::Reflection => KindRules {
            key: "reflection",
            title: || crate::t!("kind-title-reflection"),
            what: || crate::label!("kind-what-reflection"),
            turn: (45, 15 * M),
            ..PLAIN
        },
        Kind::Feedback => KindRules {
            key: "feedback",
            title: || crate::t!("kind-title-feedback"),
            what: || crate::label!("kind-what-feedback"),
            turn: (45, 5 * M),
            welcomes_advice: true,
            draws_givers: true,
            note: Category::Suggestion,
            ..PLAIN
        },
        Kind::Commitment => KindRules {
            key: "commitment",
            title: || crate::t!("kind-title-commitment"),
            what: || crate::label!("kind-what-commitment"),
            turn: (45, 10 * M),
            note: Category::Commitment,
            list: StepList::NewCommitment,
            ..PLAIN
        },
        Kind::CheckOut => KindRules {
            key: "check-out",
            title: || crate::t!("kind-title-check-out"),
            what: || crate::label!("kind-what-check-out"),
            turn: (30, 15 * M),
            closes: true,
            list: StepList::Ratings,
            ..PLAIN
        },
        Kind::Review => KindRules {
            key: "review",
            title: || crate::t!("kind-title-review"),
            what: || crate::label!("kind-what-review"),
            turn: (M, 8 * M),
            whole_circle: true,
            runs: Runs::AddedAtLast,
            note: Category::Review,
            list: StepList::Programme,
            ..PLAIN
        },
        Kind::Break => KindRules {
            key: "break",
            title: || crate::t!("kind-title-break"),
            what: || crate::label!("kind-what-break"),
            turn: (5 * M, 30 * M),
            rest: true,
            ..PLAIN
        },
        Kind::Custom => KindRules {
            key: "custom",
            title: || crate::t!("kind-title-custom"),
            what: || crate::label!("kind-what-custom"),
            turn: (30, 30 * M),
            ..PLAIN
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_its_own_key_and_a_sensible_turn() {
        let keys: std::collections::BTreeSet<_> = Kind::ALL.iter().map(|k| rules(*k).key).collect();
        assert_eq!(keys.len(), Kind::ALL.len(), "two kinds share a key");
        for k in Kind::ALL {
            let (min, max) = rules(k).turn;
            assert!(!rules(k).key.is_empty() && 0 < min && min < max, "{k:?}");
        }
    }
}
