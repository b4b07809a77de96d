//! What the group does now in a phase of each kind, said in the current language:
//! shown for a phase with no prompts of its own, so the screen always says what
//! to do. What a kind *does* is [`crate::protocol::kinds`].

use crate::protocol::Kind;

/// What to do in a phase, in the current language. The screen keeps it as
/// `&'static str`, so it is a [`label!`](crate::label), made once and kept.
pub fn what_to_do(kind: Kind) -> &'static str {
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
