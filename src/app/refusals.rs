//! Why the engine refused a command, as the screen says it.

use crate::engine::{GiveFrom, Refusal};

/// The engine's reason, in the current language.
pub fn refusal(why: Refusal) -> String {
    match why {
        Refusal::AlreadyStarted => crate::t!("refused-started"),
        Refusal::NotBegun => crate::t!("refused-not-begun"),
        Refusal::Over => crate::t!("refused-over"),
        Refusal::FirstStep => crate::t!("refused-first-step"),
        Refusal::CutBelowUsed => crate::t!("refused-cut-below-used"),
        Refusal::OnTime => crate::t!("refused-on-time"),
        Refusal::NothingToGive(GiveFrom::Anywhere) => crate::t!("refused-nothing-to-give-single"),
        Refusal::NothingToGive(GiveFrom::OpeningAndClosing) => crate::t!("refused-nothing-to-give-opening"),
        Refusal::NothingToGive(GiveFrom::ThisRound) => crate::t!("refused-nothing-to-give-round"),
        Refusal::NothingToGive(GiveFrom::Closing) => crate::t!("refused-nothing-to-give-closing"),
    }
}
