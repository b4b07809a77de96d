//! What the group sees about a question: short enough for one line of the notes
//! pane, and for judgemental questions a gentler question built from the words the
//! person used.

use super::rules::Reword;
use super::{Judgement, Purpose, Verdict};

const ADVICE: &str = "Advice in disguise: it carries your answer. Ask for theirs: \
\"What options do you see?\" or \"What have you already tried?\"";
const CLOSED: &str = "Closed: it invites a yes or a no. Open it up: \"What …?\" or \"How might you …?\" \
(\"Did you talk to him?\" → \"What conversations could you have with him?\")";
const CLOSED_WHILE_CLARIFYING: &str = "Closed, and fine here: clarifying questions pin down the facts.";
const STATEMENT: &str = "Not a question yet. Turn it into one that starts with what or how: \
\"What makes this matter to you?\"";
const OPEN: &str = "Open: it leaves the answer to the presenter.";
const GENTLER: &str = "What was going on for you at the time?";

pub fn for_judgement(j: &Judgement, purpose: Purpose) -> String {
    match j.verdict {
        Verdict::Open => OPEN.to_string(),
        Verdict::Advice => ADVICE.to_string(),
        Verdict::Closed if !j.asked => STATEMENT.to_string(),
        Verdict::Closed if purpose == Purpose::Clarify => CLOSED_WHILE_CLARIFYING.to_string(),
        Verdict::Closed => CLOSED.to_string(),
        Verdict::Judgemental => format!(
            "Judgemental: it can sound like blame. Ask what got in the way: \"{}\"",
            gentler(j.reword, &j.rest)
        ),
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
        return GENTLER.to_string();
    }
    let what = rest.join(" ");
    match reword {
        Reword::HardTo => format!("What made it hard to {what}?"),
        Reword::LedTo => format!("What led you to {what}?"),
        Reword::General | Reword::None => GENTLER.to_string(),
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
        assert_eq!(gentler(Reword::HardTo, &[]), GENTLER);
    }
}
