//! Every screen in German: setup, ready (with help and the presenters line), each
//! step of a meeting on every built-in protocol in each of its states, and the
//! finished screen, drawn at 80×24 and 120×40. Once the protocol's own text (its
//! titles, prompts and role rules, English in the built-ins) is taken off the
//! screen, no common English word may be left.

use ratatui::crossterm::event::KeyCode;

use circle::app::{App, DiskStatus, Msg, Screen};
use circle::engine::{Clock, ManualClock};
use circle::i18n::{Lang, with_lang};
use circle::protocol::{Library, Protocol};

use crate::german_check::{Look, MEMBERS, TYPED, draw, english_left, foreign_text};
use crate::support::screen::{app, clock, press};

fn size_for(p: &Protocol) -> usize {
    let min = p.group.min.unwrap_or(2) as usize;
    let max = p.group.max.unwrap_or(12) as usize;
    5.clamp(min, max)
}

fn typed(a: &mut App, c: &ManualClock, text: &str) {
    for ch in text.chars() {
        press(a, c, KeyCode::Char(ch));
    }
}

fn step_name(a: &App) -> String {
    let e = a.engine().unwrap();
    format!("step {} ({})", e.current_index() + 1, e.current_step().title)
}

/// Run the current step's clock to `ms` before its end (negative: past it).
fn to_remaining(a: &mut App, c: &ManualClock, ms: i64) {
    let left = a.engine().unwrap().time(c.now()).remaining_ms;
    c.advance_ms((left - ms).max(0) as u64);
    a.update(Msg::Tick, c.now());
}

fn setup_and_ready(id: &str, n: usize, look: &mut Look) -> (App, ManualClock) {
    let c = clock();
    let mut a = app(id, None);
    look.at(&a, &c, &format!("{id}: setup"));
    press(&mut a, &c, KeyCode::Enter);
    look.at(&a, &c, &format!("{id}: setup, Enter before a name"));
    typed(&mut a, &c, MEMBERS[0]);
    press(&mut a, &c, KeyCode::Enter);
    typed(&mut a, &c, MEMBERS[0]);
    press(&mut a, &c, KeyCode::Enter);
    look.at(&a, &c, &format!("{id}: setup, a name twice"));
    for _ in 0..MEMBERS[0].len() {
        press(&mut a, &c, KeyCode::Backspace);
    }
    typed(&mut a, &c, &MEMBERS[1..n].join(", "));
    press(&mut a, &c, KeyCode::Enter);
    look.at(&a, &c, &format!("{id}: setup, all in"));
    press(&mut a, &c, KeyCode::Enter);
    assert_eq!(a.screen, Screen::Ready, "{id}: the ready screen");
    look.at(&a, &c, &format!("{id}: ready"));
    press(&mut a, &c, KeyCode::Char('?'));
    look.at(&a, &c, &format!("{id}: ready, help"));
    press(&mut a, &c, KeyCode::Char('x'));
    press(&mut a, &c, KeyCode::Char('e'));
    look.at(&a, &c, &format!("{id}: ready, presenters line"));
    press(&mut a, &c, KeyCode::Esc);
    press(&mut a, &c, KeyCode::Char('f'));
    look.at(&a, &c, &format!("{id}: ready, facilitator handed on"));
    press(&mut a, &c, KeyCode::Char('q'));
    look.at(&a, &c, &format!("{id}: ready, leave?"));
    press(&mut a, &c, KeyCode::Char('n'));
    a.update(Msg::Paste("Ana".into()), c.now());
    look.at(&a, &c, &format!("{id}: ready, a paste with nowhere to go"));
    (a, c)
}

/// One step, in every state a facilitator sees it in.
fn every_state_of_the_step(a: &mut App, c: &ManualClock, id: &str, look: &mut Look) {
    let here = format!("{id}: {}", step_name(a));
    c.advance_secs(20);
    a.update(Msg::Tick, c.now());
    look.at(a, c, &format!("{here}, calm"));
    // The report-back and check-out keys, and a norm adopted.
    press(a, c, KeyCode::Char('1'));
    press(a, c, KeyCode::Char('4'));
    look.at(a, c, &format!("{here}, after a digit"));
    press(a, c, KeyCode::Char('a'));
    look.at(a, c, &format!("{here}, after a"));
    // The notes line: open, a note saved, its echo; a paste too long.
    press(a, c, KeyCode::Char('i'));
    look.at(a, c, &format!("{here}, notes line open"));
    // An open question, so no coaching hint (the notes' part) comes with it.
    typed(a, c, TYPED);
    press(a, c, KeyCode::Enter);
    look.at(a, c, &format!("{here}, a note saved"));
    a.update(Msg::Paste("x".repeat(12_000)), c.now());
    look.at(a, c, &format!("{here}, a paste too long"));
    press(a, c, KeyCode::Esc);
    a.update(Msg::Paste("Notiz".into()), c.now());
    look.at(a, c, &format!("{here}, a paste with the line closed"));
    // Time and its keys.
    press(a, c, KeyCode::Char('+'));
    look.at(a, c, &format!("{here}, a minute more"));
    press(a, c, KeyCode::Char('r'));
    look.at(a, c, &format!("{here}, restarted"));
    press(a, c, KeyCode::Char('b'));
    look.at(a, c, &format!("{here}, rebalance"));
    press(a, c, KeyCode::Tab);
    to_remaining(a, c, 30_000);
    look.at(a, c, &format!("{here}, wrap-up"));
    press(a, c, KeyCode::Char('c'));
    look.at(a, c, &format!("{here}, curtain"));
    press(a, c, KeyCode::Char('i'));
    look.at(a, c, &format!("{here}, notes line under the curtain"));
    press(a, c, KeyCode::Esc);
    press(a, c, KeyCode::Char('c'));
    to_remaining(a, c, -10_000);
    look.at(a, c, &format!("{here}, time"));
    to_remaining(a, c, -200_000);
    look.at(a, c, &format!("{here}, overtime"));
    press(a, c, KeyCode::Char('-'));
    look.at(a, c, &format!("{here}, a minute less at overtime"));
    press(a, c, KeyCode::Char(' '));
    look.at(a, c, &format!("{here}, paused"));
    press(a, c, KeyCode::Char('?'));
    look.at(a, c, &format!("{here}, help"));
    press(a, c, KeyCode::Char('x'));
    press(a, c, KeyCode::Char(' '));
    press(a, c, KeyCode::Char('q'));
    look.at(a, c, &format!("{here}, leave?"));
    press(a, c, KeyCode::Char('n'));
}

fn whole_meeting(id: &str, look: &mut Look) {
    let n = size_for(Library::load(None).get(id).unwrap());
    let (mut a, c) = setup_and_ready(id, n, look);
    press(&mut a, &c, KeyCode::Char(' '));
    press(&mut a, &c, KeyCode::Char('p'));
    look.at(&a, &c, &format!("{id}: back at the first step"));
    let resumed = a.resume_after(c.now(), 300);
    drop(resumed);
    look.at(&a, &c, &format!("{id}: resumed"));
    press(&mut a, &c, KeyCode::Char(' '));
    a.update(Msg::Disk(DiskStatus::Refused("Platte voll".into())), c.now());
    look.at(&a, &c, &format!("{id}: the disk refuses"));
    a.update(Msg::Disk(DiskStatus::Saved), c.now());
    let mut guard = 0;
    while a.screen == Screen::Live {
        every_state_of_the_step(&mut a, &c, id, look);
        press(&mut a, &c, KeyCode::Char('n'));
        guard += 1;
        assert!(guard < 200, "{id}: the meeting never ends");
    }
    assert_eq!(a.screen, Screen::Finished, "{id}: finished");
    look.at(&a, &c, &format!("{id}: finished"));
    press(&mut a, &c, KeyCode::Char('?'));
    look.at(&a, &c, &format!("{id}: finished, help"));
    press(&mut a, &c, KeyCode::Char('x'));
    press(&mut a, &c, KeyCode::Char('n'));
    look.at(&a, &c, &format!("{id}: finished, a key that does nothing"));
}

#[test]
fn no_english_word_is_left_on_any_german_screen() {
    let lib = Library::load(None);
    let ids = lib.ids();
    // Thousands of screens: the protocols are shared out over the machine's cores
    // (the language is chosen per thread), and the looks gathered in their order.
    let threads = std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .min(ids.len());
    let looks: Vec<Look> = std::thread::scope(|scope| {
        let lots: Vec<_> = ids
            .chunks(ids.len().div_ceil(threads))
            .map(|lot| {
                scope.spawn(move || {
                    with_lang(Lang::De, || {
                        let mut look = Look::default();
                        for id in lot {
                            whole_meeting(id, &mut look);
                        }
                        look
                    })
                })
            })
            .collect();
        lots.into_iter()
            .map(|t| t.join().expect("a lot of protocols looked at"))
            .collect()
    });
    let seen: usize = looks.iter().map(|l| l.seen).sum();
    assert!(seen > 500, "only {seen} screens looked at");
    let mut failures: Vec<String> = looks.iter().flat_map(|l| l.failures.clone()).collect();
    if !failures.is_empty() {
        let n = failures.len();
        failures.truncate(40);
        let first = looks.into_iter().find_map(|l| l.first).unwrap_or_default();
        panic!(
            "{n} German screens with English words:\n{}\nThe first:\n{first}",
            failures.join("\n"),
        );
    }
}

#[test]
fn the_check_finds_english() {
    // The check itself: an English screen fails it, the protocol's text does not.
    let (a, c) = (app("peer-circle", Some("Ana,Ben,Chen")), clock());
    let foreign = foreign_text(&a);
    let screen = draw(&a, &c, 80, 24);
    assert!(!english_left(&screen, &foreign).is_empty(), "{screen}");
    let (german, foreign_de) = with_lang(Lang::De, || (draw(&a, &c, 80, 24), foreign_text(&a)));
    assert_eq!(english_left(&german, &foreign_de), Vec::<String>::new(), "{german}");
    assert_eq!(english_left("Powerful ques…  the", &foreign), ["the"]);
    assert_eq!(
        english_left("Agree the┌──┐ Report bac│", &foreign),
        Vec::<String>::new()
    );
    assert!(english_left("Powerful ques…", &foreign).is_empty());
}
