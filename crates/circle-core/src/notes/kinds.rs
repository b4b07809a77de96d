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
/// `&'static str`, so it is a [`label!`](crate::label), made once and kept.
fn what_to_do(kind: Kind) -> &'static str {
    match kind {
        Kind::Norms => crate::label!("kind-what-norms"),
        Kind::ReportBack => crate::label!("kind-what-report-back"),
        Kind::Challenge => crate::label!("kind-what-challenge"),
        Kind::Clarifying => crate::label!("kind-what-clarifying"),
        Kind::Questions => crate::label!("kind-what-questions"),
        Kind::Reframe => crate::label!("kind-what-reframe"),
        Kind::Options => crate::label!("kind-what-options"),
        Kind::Reflection => crate::label!("kind-what-reflection"),
        Kind::Feedback => crate::label!("kind-what-feedback"),
        Kind::Commitment => crate::label!("kind-what-commitment"),
        Kind::CheckOut => crate::label!("kind-what-check-out"),
        Kind::Custom => crate::label!("kind-what-custom"),
        Kind::Break => crate::label!("kind-what-break"),
        Kind::Contracting => crate::label!("kind-what-contracting"),
        Kind::Review => crate::label!("kind-what-review"),
    }
}
