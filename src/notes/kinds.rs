//! What a phase of each kind does during a meeting, in one place: what a typed note
//! becomes, which list the step works through, and how questions are coached. The
//! matches are exhaustive, so a new kind cannot be added without saying what it does.

use super::classify::Purpose;
use super::record::Category;
use crate::protocol::Kind;

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

fn what_to_do(kind: Kind) -> &'static str {
    match kind {
        Kind::Norms => "Read the norms aloud; everyone agrees before the circle starts.",
        Kind::ReportBack => "Each says what became of last time's commitments: done, partly, not yet, dropped.",
        Kind::Challenge => "The presenter describes the challenge; the others listen without interrupting.",
        Kind::Clarifying => "Ask short questions about the facts, to understand the situation; no advice.",
        Kind::Questions => "The coaches ask open questions, one at a time; no advice.",
        Kind::Reframe => "Offer another way to see the challenge; the presenter listens.",
        Kind::Options => "Name possible ways forward; the presenter chooses none yet.",
        Kind::Reflection => "Each says what they take away from this round.",
        Kind::Feedback => "Give the presenter ideas for the future; they only say thank you.",
        Kind::Commitment => "The presenter names one next step, by when, and who will check in.",
        Kind::CheckOut => "Each says one word about the meeting and rates its value for their time.",
        Kind::Custom => "Time for the group to use as it agreed.",
        Kind::Break => "A break: stretch, get a drink; the clock says when we start again.",
    }
}
