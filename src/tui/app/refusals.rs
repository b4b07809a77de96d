//! Why the engine refused a command, as the screen says it. The engine gives its
//! reason as a fixed English phrase (tests and the journal's replay see that data);
//! the screen turns each phrase into the person's language here.

/// The engine's reason `why`, in the current language; a reason not known here is
/// shown as the engine gave it.
pub fn refusal(why: &'static str) -> String {
    match why {
        "the meeting has already started" => crate::t!("refused-started"),
        "press space to begin the meeting" => crate::t!("refused-not-begun"),
        "the meeting is over" => crate::t!("refused-over"),
        "this is the first step" => crate::t!("refused-first-step"),
        "time is already up: a cut cannot go below the time used" => crate::t!("refused-cut-below-used"),
        "on time: nothing to take back" => crate::t!("refused-on-time"),
        "no later shared step in the opening, the round or the closing has time to give" => {
            crate::t!("refused-nothing-to-give-single")
        }
        "no later shared step in the opening or the closing has time to give (the rounds keep their equal time)" => {
            crate::t!("refused-nothing-to-give-opening")
        }
        "no later shared step in this round has time to give" => crate::t!("refused-nothing-to-give-round"),
        "no later shared step in the closing has time to give" => crate::t!("refused-nothing-to-give-closing"),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::refusal;
    use crate::i18n::{Lang, with_lang};

    #[test]
    fn every_reason_the_engine_gives_is_known_and_english_is_unchanged() {
        let reasons = [
            "the meeting has already started",
            "press space to begin the meeting",
            "the meeting is over",
            "this is the first step",
            "time is already up: a cut cannot go below the time used",
            "on time: nothing to take back",
            "no later shared step in the opening, the round or the closing has time to give",
            "no later shared step in the opening or the closing has time to give (the rounds keep their equal time)",
            "no later shared step in this round has time to give",
            "no later shared step in the closing has time to give",
        ];
        for why in reasons {
            assert_eq!(with_lang(Lang::En, || refusal(why)), why);
            assert_ne!(with_lang(Lang::De, || refusal(why)), why, "not translated: {why}");
        }
    }
}
