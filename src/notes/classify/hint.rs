//! What the group sees about a question: short enough for one line of the notes
//! pane, and for judgemental questions a gentler question built from the words the
//! person used.

use super::rules::Reword;
use super::{Judgement, Purpose, Verdict};

// The words are in coach.ftl, in the language circle speaks. The English
// rewordings reuse the person's own words of an English question; the German
// coach's rules ask for none of them.

pub fn for_judgement(j: &Judgement, purpose: Purpose) -> String {
    match j.verdict {
        Verdict::Open => crate::t!("coach-open"),
        Verdict::Advice => crate::t!("coach-advice"),
        Verdict::Closed if !j.asked => crate::t!("coach-statement"),
        Verdict::Closed if purpose == Purpose::Clarify => crate::t!("coach-closed-clarifying"),
        Verdict::Closed => crate::t!("coach-closed"),
        Verdict::Judgemental => crate::t!("coach-judgemental", question = gentler(j.reword, &j.rest)),
    }
}

/// A question that asks about the same thing without the blame.
fn gentler(reword: Reword, rest: &[String]) -> String {
    // "Why didn't you just ask?" → "ask": the softeners carry the judgement.
    let rest: Vec<&str> = rest
        .iter()
        .map(String::as_str)
        .skip_while(|w| ["just", "even", "really", "actually", "ever", "simply"].contains(&w.to_lowercase().as_str()))
        .collect();
    if rest.is_empty() || rest.len() > 8 {
        return crate::t!("coach-gentler");
    }
    let what = rest.join(" ");
    match reword {
        Reword::HardTo => crate::t!("coach-hard-to", what = what),
        Reword::LedTo => crate::t!("coach-led-to", what = what),
        Reword::General | Reword::None => crate::t!("coach-gentler"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rewordings_reuse_the_persons_words() {
        let rest = |t: &str| t.split(' ').map(str::to_string).collect::<Vec<_>>();
        assert_eq!(
            gentler(Reword::HardTo, &rest("just tell HR")),
            "What made it hard to tell HR?"
        );
        assert_eq!(
            gentler(Reword::LedTo, &rest("agree to that")),
            "What led you to agree to that?"
        );
        assert_eq!(gentler(Reword::HardTo, &[]), "What was going on for you at the time?");
    }
}
