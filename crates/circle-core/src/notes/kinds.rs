//! What the group does now in a phase of each kind, said in the current language:
//! shown for a phase with no prompts of its own, so the screen always says what
//! to do. What a kind *does* is [`crate::protocol::kinds`].

use crate::protocol::Kind;

/// What to do in a phase, in the current language. The screen keeps it as
/// `&'static str`, so each translation is made once per language and kept.
pub fn what_to_do(kind: Kind) -> &'static str {
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
