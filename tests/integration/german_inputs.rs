//! In German, the messages about what was typed (members, presenters, lengths,
//! givers), a broken config.toml or roster, and the question coach's hints leave
//! no English behind, and errors keep their place (`file:line:col:`) and exit code.

use circle::i18n::{Lang, with_lang};

use crate::german_errors::english_left;
use crate::support::Circle;

/// `circle --lang de ARGS…` in `circle`'s dirs: exit code and what it printed.
fn german_run(circle: &Circle, args: &[&str]) -> (Option<i32>, String) {
    let out = circle.cmd().arg("--lang").arg("de").args(args).output().unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.code(), text)
}

#[test]
fn german_plan_config_and_roster_errors_keep_their_place_and_leave_no_english() {
    let circle = Circle::new();
    let refused: &[&[&str]] = &[
        &["plan", "--members", "Ana,Ben,Ana"],
        &["plan", "--members", "Ana,Ben"],
        &["plan", "--members", "Ana,Ben,Chen", "--length", "10m"],
        &["plan", "--members", "Ana,Ben,Chen", "--presenters", "Zoe"],
        &["plan", "--members", "Ana,Ben,Chen", "--presenters", "5"],
        &["plan", "--members", "Ana,Ben,Chen", "--facilitator", "Ana"],
        &["plan", "--members", "Ana,Ben,Chen", "no-such-protocol"],
        &[
            "plan",
            "feedforward",
            "--members",
            "Ana,Ben,Chen,Dee",
            "--givers",
            "Zoe",
        ],
    ];
    for args in refused {
        let (code, text) = german_run(&circle, args);
        assert_eq!(code, Some(2), "{args:?}: {text}");
        let left = english_left(&text, &[]);
        assert!(left.is_empty(), "{args:?}: English {left:?} in\n{text}");
    }

    // Warnings and who was drawn, on a plan that runs.
    let (code, text) = german_run(&circle, &["plan", "get-better", "--members", "Ana,Ben,Chen,Dee"]);
    assert_eq!(code, Some(0), "{text}");
    let drawn = text
        .lines()
        .find(|l| l.starts_with("Paare, zufällig gelost:"))
        .expect(&text);
    assert!(english_left(drawn, &[]).is_empty(), "{drawn}");

    // A broken config.toml: every problem at its place.
    std::fs::create_dir_all(circle.config_dir()).unwrap();
    let config = circle.config_dir().join("config.toml");
    std::fs::write(&config, "thme = \"mono\"\nbell = \"yes\"\ntheme = \"pink\"\n").unwrap();
    let (code, text) = german_run(&circle, &["plan", "--members", "Ana,Ben,Chen"]);
    assert_eq!(code, Some(2), "{text}");
    let shown = config.display().to_string();
    for place in [
        ":1:1: Fehler in `thme`",
        ":2:8: Fehler in `bell`",
        ":3:9: Fehler in `theme`",
    ] {
        assert!(text.contains(&format!("{shown}{place}")), "{place} in\n{text}");
    }
    let left = english_left(&text, &[shown]);
    assert!(left.is_empty(), "English {left:?} in\n{text}");
    std::fs::remove_file(&config).unwrap();

    // A broken roster.
    let roster = circle.home.path().join("roster.toml");
    std::fs::write(&roster, "name = \"\"\nmembers = 5\n").unwrap();
    let shown = roster.display().to_string();
    let (code, text) = german_run(&circle, &["plan", "--roster", &shown]);
    assert_eq!(code, Some(2), "{text}");
    assert!(text.contains(&format!("{shown}:1:8: Fehler in `name`")), "{text}");
    let left = english_left(&text, &[shown]);
    assert!(left.is_empty(), "English {left:?} in\n{text}");
}

#[test]
fn the_question_coach_hints_in_german() {
    for question in [
        "Why didn't you just tell HR?",
        "Did you talk to him?",
        "Have you thought about asking for help?",
        "You should ask for help.",
        "What would success look like?",
    ] {
        let hint = with_lang(Lang::De, || circle::coach::check(question).hint);
        let left = english_left(&hint, &[]);
        assert!(left.is_empty(), "{question}: English {left:?} in {hint}");
    }
}

/// The due-date examples the screen quotes, in each language, are ones circle reads:
/// a hint that teaches a phrase the reader does not know would send people wrong.
#[test]
fn the_due_date_examples_on_screen_are_understood() {
    use circle::dates::due::{DuePhrase, read};
    let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 2).unwrap();
    for lang in circle::i18n::Lang::ALL {
        let mut seen = 0;
        for (id, text) in circle::i18n::messages(lang) {
            if id != "commitments-due" && id != "due-impossible" {
                continue;
            }
            let quoted: Vec<&str> = match lang {
                circle::i18n::Lang::De => text.split(['„', '“']).skip(1).step_by(2).collect(),
                circle::i18n::Lang::En => text.split('"').skip(1).step_by(2).collect(),
            };
            for example in quoted.into_iter().filter(|q| !q.contains("{$")) {
                seen += 1;
                let phrase = format!("Sam anrufen {example}");
                assert!(
                    matches!(read(&phrase, today), DuePhrase::Understood { .. }),
                    "{}: {id} quotes {example:?}, which circle does not read",
                    lang.tag()
                );
            }
        }
        assert!(seen >= 3, "{}: only {seen} examples found", lang.tag());
    }
}
