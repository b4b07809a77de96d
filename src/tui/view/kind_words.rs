//! Words the screen says about a phase from its kind alone, when the protocol
//! gives it nothing of its own: what the group does now, and how big a group is.

use crate::protocol::GroupSize;
use crate::protocol::Kind;

/// What the group does in a phase of this kind, for a phase with no prompts.
pub fn what_to_do(kind: Kind) -> String {
    match kind {
        Kind::Norms => crate::t!("what-norms"),
        Kind::ReportBack => crate::t!("what-report-back"),
        Kind::Challenge => crate::t!("what-challenge"),
        Kind::Clarifying => crate::t!("what-clarifying"),
        Kind::Questions => crate::t!("what-questions"),
        Kind::Reframe => crate::t!("what-reframe"),
        Kind::Options => crate::t!("what-options"),
        Kind::Reflection => crate::t!("what-reflection"),
        Kind::Feedback => crate::t!("what-feedback"),
        Kind::Commitment => crate::t!("what-commitment"),
        Kind::CheckOut => crate::t!("what-check-out"),
        Kind::Custom => crate::t!("what-custom"),
        Kind::Break => crate::t!("what-break"),
    }
}

/// "3–12 members", as the setup screen says whom a protocol is for.
pub fn group_size(g: &GroupSize) -> String {
    match (g.min, g.max) {
        (Some(min), Some(max)) => crate::t!("group-size-range", min = min, max = max),
        (Some(min), None) => crate::t!("group-size-min", min = min),
        (None, Some(max)) => crate::t!("group-size-max", max = max),
        (None, None) => crate::t!("group-size-any"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_is_what_the_kinds_and_the_protocol_say() {
        crate::i18n::with_lang(crate::i18n::Lang::En, || {
            for kind in Kind::ALL {
                assert_eq!(what_to_do(kind), crate::notes::kinds::rules(kind).what);
            }
            for (min, max) in [(Some(3), Some(12)), (Some(2), None), (None, Some(8)), (None, None)] {
                let g = GroupSize { min, max };
                assert_eq!(group_size(&g), g.describe());
            }
        });
    }
}
