//! What a phase of each kind does during a meeting, in one place: what a typed note
//! becomes, which list the step works through, and how questions are coached. The
//! matches are exhaustive, so a new kind cannot be added without saying what it does.

use crate::coach::Purpose;
use crate::protocol::Kind;
use crate::record::Category;

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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KindRules {
    pub note: Category,
    pub list: StepList,
    /// How a question typed here is coached; `None` when notes are not questions.
    pub questions: Option<Purpose>,
    /// What the group does now, shown for a phase with no prompts of its own, so
    /// the screen always says what to do.
    pub what: &'static str,
}

pub fn rules(kind: Kind) -> KindRules {
    let (note, list, questions) = match kind {
        Kind::Contracting => (Category::Hope, StepList::None, None),
        Kind::Review => (Category::Review, StepList::Programme, None),
        Kind::Norms => (Category::Norm, StepList::Norms, None),
        Kind::ReportBack => (Category::Learning, StepList::Commitments, None),
        Kind::Challenge => (Category::Focus, StepList::None, None),
        Kind::Clarifying => (Category::Question, StepList::None, Some(Purpose::Clarify)),
        Kind::Questions => (Category::Question, StepList::None, Some(Purpose::Explore)),
        Kind::Reframe => (Category::Reframe, StepList::None, None),
        Kind::Options => (Category::Option, StepList::None, None),
        Kind::Reflection => (Category::Insight, StepList::None, None),
        Kind::Feedback => (Category::Suggestion, StepList::None, None),
        Kind::Commitment => (Category::Commitment, StepList::NewCommitment, None),
        Kind::CheckOut => (Category::Insight, StepList::Ratings, None),
        Kind::Break => (Category::Insight, StepList::None, None),
        Kind::Custom => (Category::Insight, StepList::None, None),
    };
    KindRules {
        note,
        list,
        questions,
        what: what_to_do(kind),
    }
}

/// What to do in a phase, in the current language. The screen keeps it as
/// `&'static str`, so each translation is made once per language and kept.
fn what_to_do(kind: Kind) -> &'static str {
    static KEPT: [crate::record::Labels; 15] = [const { crate::record::Labels::new() }; 15];
    let (i, make): (usize, fn() -> String) = match kind {
        Kind::Norms => (0, || crate::t!("kind-what-norms")),
        Kind::ReportBack => (1, || crate::t!("kind-what-report-back")),
        Kind::Challenge => (2, || crate::t!("kind-what-challenge")),
        Kind::Clarifying => (3, || crate::t!("kind-what-clarifying")),
        Kind::Questions => (4, || crate::t!("kind-what-questions")),
        Kind::Reframe => (5, || crate::t!("kind-what-reframe")),
        Kind::Options => (6, || crate::t!("kind-what-options")),
        Kind::Reflection => (7, || crate::t!("kind-what-reflection")),
        Kind::Feedback => (8, || crate::t!("kind-what-feedback")),
        Kind::Commitment => (9, || crate::t!("kind-what-commitment")),
        Kind::CheckOut => (10, || crate::t!("kind-what-check-out")),
        Kind::Custom => (11, || crate::t!("kind-what-custom")),
        Kind::Break => (12, || crate::t!("kind-what-break")),
        Kind::Contracting => (13, || crate::t!("kind-what-contracting")),
        Kind::Review => (14, || crate::t!("kind-what-review")),
    };
    KEPT[i].get(make)
}
