//! The question classifier's verdicts: every built-in prompt, each family of
//! question that used to be misjudged, and `circle questions check`. (Its measured
//! accuracy has its own file, `question_accuracy.rs`.)

use circle::coach::{CoachLanguage, Purpose, Verdict, check, check_for, check_in};
use circle::protocol::{Library, Section};
use serde_json::Value;

use crate::support::Circle;

#[test]
fn every_built_in_prompt_is_open() {
    let mut wrong = Vec::new();
    let mut seen = 0;
    let lib = Library::load(None);
    assert!(lib.broken.is_empty());
    for (p, _) in &lib.entries {
        let id = &p.id;
        // Each protocol's prompts are judged by the coach of its own language.
        let lang = CoachLanguage::for_tag(p.language.as_deref()).expect("a coach for every built-in");
        for section in Section::ALL {
            for phase in p.phases(section) {
                for prompt in &phase.prompts {
                    seen += 1;
                    // In a clarifying phase a closed question that pins down a fact
                    // is what is wanted; everywhere else a prompt must be open.
                    let purpose = phase.kind.rules().questions.unwrap_or_default();
                    let c = check_in(prompt, purpose, lang);
                    let right = match purpose {
                        Purpose::Clarify => c.fine,
                        Purpose::Explore => c.verdict == Verdict::Open,
                    };
                    if !right {
                        wrong.push(format!("{id}: {prompt:?} is {:?}", c.verdict));
                    }
                }
            }
        }
    }
    assert!(seen > 40, "only {seen} prompts found");
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

fn verdicts(questions: &[&str]) -> Vec<(String, Verdict)> {
    questions.iter().map(|q| (q.to_string(), check(q).verdict)).collect()
}

fn all_are(want: Verdict, questions: &[&str]) {
    let wrong: Vec<_> = verdicts(questions).into_iter().filter(|(_, v)| *v != want).collect();
    assert!(wrong.is_empty(), "want {want:?}: {wrong:?}");
}

#[test]
fn polite_requests_are_open() {
    all_are(
        Verdict::Open,
        &[
            "Could you say more about the handover?",
            "Can you tell me more about your boss?",
            "Would you walk us through the budget?",
            "Would you be willing to describe the worst moment?",
            "Could you go into a bit more detail?",
        ],
    );
    // A request to do something else is not a request to talk.
    all_are(Verdict::Closed, &["Will you tell her?", "Can you see a way out?"]);
}

#[test]
fn the_question_sentence_decides_not_the_first_one() {
    all_are(
        Verdict::Open,
        &[
            "You mentioned feeling stuck. What does stuck feel like?",
            "I hear a lot of pressure. Where does it come from?",
        ],
    );
    assert_eq!(check("That sounds hard. Did you tell him?").verdict, Verdict::Closed);
    assert_eq!(check("Good point. Have you tried a rota?").verdict, Verdict::Advice);
}

#[test]
fn a_typo_in_the_leading_word_is_read_as_meant() {
    all_are(
        Verdict::Open,
        &["Waht does stuck feel like?", "Hwo might you start?", "Whta matters?"],
    );
    assert_eq!(check("Hvae you tried a rota?").verdict, Verdict::Advice);
    // Real words next to a question word are not "corrected".
    assert_eq!(check("That sounds hard.").verdict, Verdict::Closed);
}

#[test]
fn every_family_of_disguised_advice_is_advice() {
    all_are(
        Verdict::Advice,
        &[
            "How about a weekly slot?",
            "What about asking HR?",
            "Wouldn't it be easier to hire a contractor?",
            "Maybe you could ask for a week?",
            "Could you not just say no?",
            "Isn't the obvious answer to move teams?",
            "Why not set up a rota?",
            "Have you considered a mentor?",
            "Don't you think you should call her?",
            "You need to talk to him.",
            "If I were you, I'd resign.",
        ],
    );
    // What a question asks about is not a suggestion: "What about this worries you?"
    assert_eq!(check("What about this worries you?").verdict, Verdict::Open);
}

#[test]
fn have_you_tried_and_you_need_to_are_advice_only_in_their_advice_form() {
    all_are(
        Verdict::Open,
        &[
            "What have you tried so far?",
            "What do you need to be pushed on?",
            "What support will you need to make this work?",
            "What else have you tried that worked?",
        ],
    );
    all_are(Verdict::Advice, &["Have you tried a rota?", "You need to rest."]);
}

#[test]
fn plural_and_singular_in_what_way_are_open() {
    all_are(
        Verdict::Open,
        &["In what ways could you involve them?", "In what way does it matter?"],
    );
}

#[test]
fn blame_is_judgemental_with_a_gentler_rewording() {
    all_are(
        Verdict::Judgemental,
        &[
            "Why didn't you ask sooner?",
            "Why would you agree to that?",
            "Why haven't you told him?",
            "What were you thinking?",
            "How could you let it happen?",
        ],
    );
    let c = check("Why didn't you just tell HR?");
    assert!(c.hint.contains("\"What made it hard to tell HR?\""), "{}", c.hint);
    let c = check("Why would you agree to that?");
    assert!(c.hint.contains("\"What led you to agree to that?\""), "{}", c.hint);
    assert_eq!(c.correction(), Some(c.hint.as_str()));
    // A plain why is curiosity, not blame.
    assert_eq!(check("Why does this matter to you?").verdict, Verdict::Open);
}

#[test]
fn closed_fact_questions_need_no_correction_while_clarifying() {
    let exploring = check_for("Is your manager aware of this?", Purpose::Explore);
    let clarifying = check_for("Is your manager aware of this?", Purpose::Clarify);
    assert_eq!(exploring.verdict, Verdict::Closed);
    assert!(exploring.correction().is_some_and(|h| h.contains("Open it up")));
    assert_eq!(clarifying.verdict, Verdict::Closed);
    assert_eq!(clarifying.correction(), None);
    // Advice and blame are corrected in every phase; a statement is still not a question.
    assert!(
        check_for("Have you tried a rota?", Purpose::Clarify)
            .correction()
            .is_some()
    );
    assert!(
        check_for("Why didn't you ask?", Purpose::Clarify)
            .correction()
            .is_some()
    );
    assert!(check_for("That sounds hard.", Purpose::Clarify).correction().is_some());
}

#[test]
fn the_command_line_checks_questions_as_json() {
    let circle = Circle::new();
    let out = circle
        .cmd()
        .args([
            "questions",
            "check",
            "Did you talk to him?",
            "What matters most?",
            "Why don't you quit?",
            "Why didn't you ask?",
        ])
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let verdicts: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["verdict"].as_str().unwrap())
        .collect();
    assert_eq!(verdicts, ["closed", "open", "advice", "judgemental"]);
    assert_eq!(v[0]["question"], "Did you talk to him?");
    assert_eq!(v[0]["fine"], false);
    assert!(v[0]["hint"].as_str().unwrap().len() > 10);

    let text = circle
        .cmd()
        .args(["questions", "check", "Is it late?"])
        .output()
        .unwrap();
    let s = String::from_utf8(text.stdout).unwrap();
    assert!(s.starts_with("closed") && s.contains("Open it up"), "{s}");

    let clarifying = circle
        .cmd()
        .args(["questions", "check", "--clarifying", "Is it late?", "--format", "json"])
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&clarifying.stdout).unwrap();
    assert_eq!(v[0]["verdict"], "closed");
    assert_eq!(v[0]["fine"], true);
}

/// The live screen: a closed fact question in peer-circle's clarifying phase is saved
/// without a correction; the same question while exploring gets "Open it up".
#[test]
fn the_clarifying_phase_does_not_correct_a_fact_question_on_screen() {
    use circle::protocol::Kind;
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    use ratatui::crossterm::event::KeyCode;

    use crate::support::screen::{app, clock, press};

    let c = clock();
    let mut a = app("peer-circle", Some("Ana,Ben,Chen,Dee"));
    press(&mut a, &c, KeyCode::Char(' '));
    let mut ask_in = |kind: Kind, question: &str| {
        for _ in 0..60 {
            if a.engine().unwrap().current_step().kind == kind {
                break;
            }
            c.advance_secs(20);
            press(&mut a, &c, KeyCode::Char('n'));
        }
        assert_eq!(a.engine().unwrap().current_step().kind, kind);
        press(&mut a, &c, KeyCode::Char('i'));
        for ch in question.chars() {
            press(&mut a, &c, KeyCode::Char(ch));
        }
        press(&mut a, &c, KeyCode::Enter);
        let mut t = Terminal::new(TestBackend::new(100, 40)).unwrap();
        t.draw(|f| {
            f.render_widget(
                circle::view::AppView {
                    app: &a,
                    now: circle::engine::Clock::now(&c),
                },
                f.area(),
            )
        })
        .unwrap();
        press(&mut a, &c, KeyCode::Esc);
        t.backend().to_string()
    };
    let clarifying = ask_in(Kind::Clarifying, "Is your manager aware of it?");
    assert!(clarifying.contains("saved as question (closed)"), "{clarifying}");
    assert!(!clarifying.contains("Open it up"), "{clarifying}");
    let exploring = ask_in(Kind::Questions, "Is your manager aware of it?");
    assert!(exploring.contains("Open it up"), "{exploring}");
}

#[test]
fn an_empty_question_is_refused_not_judged() {
    let out = crate::support::Circle::new()
        .cmd()
        .args(["questions", "check", "What matters?", "  "])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("question 2 is empty"));
    assert!(out.stdout.is_empty(), "nothing judged");
}
