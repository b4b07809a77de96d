//! What the group sees about a question: short enough for one line of the notes
//! pane, and a rewrite of *this* question that keeps its topic: advice becomes a
//! question about the options ("What options do you see for the report?"), a
//! leading question asks for the presenter's view, blame a gentler question built
//! from the words the person used, and advice followed by a question keeps the
//! question alone.

use super::rules::Reword;
use super::topic::noun_phrase;
use super::{CoachLanguage, Judgement, Purpose, Verdict};

// The words are in coach.ftl, in the language circle speaks. The English
// rewordings reuse the person's own words of an English question; a topic is
// quoted as typed in either language.

pub fn for_judgement(j: &Judgement, purpose: Purpose) -> String {
    match j.verdict {
        Verdict::Open => crate::t!("coach-open"),
        Verdict::Advice => advice(j),
        Verdict::Closed if !j.asked => crate::t!("coach-statement"),
        Verdict::Closed if purpose == Purpose::Clarify => crate::t!("coach-closed-clarifying"),
        Verdict::Closed => crate::t!("coach-closed"),
        Verdict::Judgemental => crate::t!("coach-judgemental", question = blameless(j)),
    }
}

/// The advice hint, rewritten for this question.
fn advice(j: &Judgement) -> String {
    if let Some(question) = &j.keep {
        return crate::t!("coach-advice-keep", question = question.as_str());
    }
    let topic = |words: &[String]| noun_phrase(words, j.lang);
    match j.reword {
        Reword::Leading => match topic(&j.clause) {
            Some(t) => crate::t!("coach-leading", topic = t),
            None => crate::t!("coach-advice"),
        },
        _ => match topic(&j.rest).or_else(|| topic(&j.clause)) {
            Some(t) => crate::t!("coach-advice-topic", topic = t),
            None => crate::t!("coach-advice"),
        },
    }
}

/// A question without the blame: from the person's own words where the English
/// rules kept them, else about the topic of the question.
fn blameless(j: &Judgement) -> String {
    let english = j.lang == CoachLanguage::English;
    if english && matches!(j.reword, Reword::HardTo | Reword::LedTo) {
        return gentler(j.reword, &j.rest);
    }
    match noun_phrase(&j.clause, j.lang) {
        Some(t) => crate::t!("coach-gentler-topic", topic = t),
        None => crate::t!("coach-gentler"),
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
        Reword::General | Reword::None | Reword::Leading => crate::t!("coach-gentler"),
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
