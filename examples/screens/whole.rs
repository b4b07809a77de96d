//! The words around the clock at 80×24, whole (issue 21): help in English and
//! German, a coach's hint, a commitment's echo, the norms step with five norms,
//! the handover cue, the ready screen's start times, and speakers named 李明 and
//! Łukasz (drawn big from Unifont: braille at 80×24, blocks at 200×60).

use std::path::Path;

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyCode;

use circle::app::{App, MeetingSpec, Msg};
use circle::cli::ThemeName;
use circle::engine::{Clock, ManualClock, Settings};
use circle::i18n::{Lang, with_lang};
use circle::protocol::{Kind, Library};
use circle::theme::Theme;
use circle::tui::showcase::{clock, press, questions};

type Draw = fn(&App, &ManualClock, u16, u16) -> Buffer;

fn peer_circle(norms: Option<Vec<String>>) -> (App, ManualClock) {
    circle_of(norms, &["Ana", "Ben", "Chen", "Dee", "Eve"])
}

fn circle_of(norms: Option<Vec<String>>, members: &[&str]) -> (App, ManualClock) {
    let mut p = Library::load(None).get("peer-circle").expect("built-in").clone();
    if let Some(n) = norms {
        p.norms = n;
    }
    let members = members.iter().map(|m| m.to_string()).collect();
    let theme = Theme::new(ThemeName::Default);
    let a = App::new(MeetingSpec::of(p), Some(members), Settings::default(), theme, false).expect("plan");
    (a, clock())
}

fn at(a: &mut App, c: &ManualClock, kind: Kind) {
    press(a, c, KeyCode::Char(' '));
    while a.engine().expect("begun").current_step().kind != kind {
        press(a, c, KeyCode::Char('n'));
    }
    c.advance_ms(62_500);
    a.update(Msg::Tick, c.now());
}

fn note(a: &mut App, c: &ManualClock, text: &str) {
    press(a, c, KeyCode::Char('i'));
    for ch in text.chars() {
        press(a, c, KeyCode::Char(ch));
    }
    press(a, c, KeyCode::Enter);
}

pub fn write(dir: &Path, svg: fn(&Buffer) -> String, draw: Draw) {
    let put = |name: &str, buf: Buffer| {
        std::fs::write(dir.join(format!("whole-{name}-80x24.svg")), svg(&buf)).expect("write svg");
    };
    for (lang, key) in [(Lang::En, "en"), (Lang::De, "de")] {
        with_lang(lang, || {
            let (mut a, c) = questions(ThemeName::Default);
            press(&mut a, &c, KeyCode::Char('?'));
            put(&format!("help-{key}"), draw(&a, &c, 80, 24));
            press(&mut a, &c, KeyCode::Char(' '));
            put(&format!("help-{key}-page-2"), draw(&a, &c, 80, 24));
            press(&mut a, &c, KeyCode::Esc);

            let (mut a, c) = questions(ThemeName::Default);
            let closed = if lang == Lang::En {
                "Did you talk to him?"
            } else {
                "Hast du mit ihm gesprochen?"
            };
            note(&mut a, &c, closed);
            put(&format!("hint-{key}"), draw(&a, &c, 80, 24));

            let (mut a, c) = peer_circle(None);
            at(&mut a, &c, Kind::Commitment);
            note(
                &mut a,
                &c,
                "Ana: I will call the budget office and ask for the numbers by Friday",
            );
            put(&format!("echo-{key}"), draw(&a, &c, 80, 24));
        });
    }
    let five = [
        "What is said in the circle stays in the circle.",
        "Everyone has a voice, and everyone gets the same time.",
        "We respect each other, especially when we disagree.",
        "We are all teachers and all learners.",
        "We start on time and end on time, whoever is late.",
    ];
    let (mut a, c) = peer_circle(Some(five.iter().map(|n| n.to_string()).collect()));
    at(&mut a, &c, Kind::Norms);
    put("norms-five", draw(&a, &c, 80, 24));

    let (mut a, c) = questions(ThemeName::Default);
    let left = a.engine().expect("begun").time(c.now()).remaining_ms as u64;
    c.advance_ms(left - 25_000);
    a.update(Msg::Tick, c.now());
    put("handover", draw(&a, &c, 80, 24));

    let (a, c) = peer_circle(None);
    put("ready", draw(&a, &c, 80, 24));

    // The first member presents the challenge: their name is the big one.
    for (key, first) in [("li-ming", "李明"), ("lukasz", "Łukasz")] {
        let (mut a, c) = circle_of(None, &[first, "Ana", "Chen", "Dee", "Eve"]);
        at(&mut a, &c, Kind::Challenge);
        for (w, h) in [(80, 24), (200, 60)] {
            let path = dir.join(format!("whole-name-{key}-{w}x{h}.svg"));
            std::fs::write(path, svg(&draw(&a, &c, w, h))).expect("write svg");
        }
    }
}
