//! Every screen in German: setup, ready (with help and the presenters line), each
//! step of a meeting on every built-in protocol in each of its states, and the
//! finished screen, drawn at 80×24 and 120×40. Once the protocol's own text (its
//! titles, prompts and role rules, English in the built-ins) is taken off the
//! screen, no common English word may be left.

use std::collections::BTreeSet;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::KeyCode;

use circle::engine::{Clock, ManualClock};
use circle::i18n::{Lang, with_lang};
use circle::protocol::{Library, Protocol};
use circle::tui::app::DiskStatus;
use circle::tui::app::{App, Msg, Screen};
use circle::tui::keys;
use circle::tui::view::AppView;

use crate::render::{app, clock, press};

/// Common English words that are not also German words ("in", "an", "so", "was",
/// "will", "die", "hat", "also", "man", "plan", "phase", "pause", "name", "start",
/// "minute", "cursor", "option" are left out on purpose).
const ENGLISH: &[&str] = &[
    "the",
    "and",
    "to",
    "of",
    "is",
    "for",
    "with",
    "your",
    "you",
    "this",
    "that",
    "press",
    "next",
    "step",
    "steps",
    "time",
    "notes",
    "note",
    "are",
    "be",
    "from",
    "on",
    "at",
    "by",
    "it",
    "its",
    "not",
    "no",
    "yes",
    "or",
    "any",
    "key",
    "keys",
    "quit",
    "paused",
    "resume",
    "back",
    "more",
    "less",
    "left",
    "right",
    "help",
    "save",
    "saved",
    "close",
    "closes",
    "type",
    "names",
    "member",
    "members",
    "meeting",
    "meetings",
    "presenter",
    "presenters",
    "presents",
    "facilitator",
    "round",
    "turn",
    "turns",
    "phases",
    "planned",
    "actual",
    "commitment",
    "commitments",
    "due",
    "done",
    "partly",
    "dropped",
    "yet",
    "open",
    "everyone",
    "leads",
    "up",
    "end",
    "projected",
    "behind",
    "ahead",
    "begin",
    "change",
    "scroll",
    "restart",
    "rebalance",
    "rebalanced",
    "curtain",
    "add",
    "erase",
    "stay",
    "over",
    "wrap",
    "track",
    "who",
    "here",
    "today",
    "what",
    "when",
    "has",
    "have",
    "there",
    "nothing",
    "already",
    "than",
    "their",
    "our",
    "we",
    "they",
    "each",
    "only",
    "group",
    "norm",
    "norms",
    "report",
    "check",
    "buddy",
    "buddies",
    "value",
    "airtime",
    "programme",
    "complete",
    "ended",
    "ratings",
    "given",
    "disk",
    "memory",
    "kept",
    "proposed",
    "adopt",
    "adopts",
    "adopted",
    "break",
    "pairs",
    "floor",
    "word",
    "line",
    "letter",
    "page",
    "first",
    "last",
    "ends",
    "length",
    "took",
    "still",
    "away",
    "paste",
    "refused",
    "characters",
    "holds",
    "most",
    "learned",
    "question",
    "advice",
    "focus",
    "initial",
    "suggestion",
    "people",
    "window",
    "taller",
    "without",
    "saving",
    "choose",
    "row",
    "above",
    "below",
    "rate",
    "one",
    "less",
    "minutes",
    "every",
    "same",
    "again",
    "later",
    "shared",
    "give",
    "into",
    "takes",
    "part",
    "welcome",
    "over",
];

fn size_for(p: &Protocol) -> usize {
    let min = p.group.min.unwrap_or(2) as usize;
    let max = p.group.max.unwrap_or(12) as usize;
    5.clamp(min, max)
}

/// What is typed on the notes line: the group's own words, not the screen's.
const TYPED: &str = "What would help you most?";

const MEMBERS: [&str; 6] = ["Ana", "Ben", "Chen", "Dee", "Eve", "Finn"];

/// Text the screen shows that is not the screen's own: what the protocol says,
/// and what the plan says about who was drawn (the plan's part of the program).
fn foreign_text(a: &App) -> Vec<String> {
    let mut out = Vec::new();
    let p = &a.spec.protocol;
    out.push(p.name.clone());
    out.push(p.summary.clone());
    out.extend(p.norms.iter().cloned());
    for r in &p.roles {
        out.push(r.name.clone());
        out.push(r.name.to_lowercase());
        out.extend(r.does.iter().cloned());
        out.extend(r.avoids.iter().cloned());
    }
    for s in circle::protocol::Section::ALL {
        for ph in p.phases(s) {
            out.push(ph.title.clone());
            out.extend(ph.prompts.iter().cloned());
            for r in &ph.rules {
                out.push(r.clone());
                out.push(r.to_uppercase());
            }
        }
    }
    if let Some(e) = a.engine() {
        let plan = e.plan();
        // The plan's own step titles too: a break it inserts is called "Break".
        for s in &plan.steps {
            out.push(s.title.clone());
            out.extend(s.prompts.iter().cloned());
            out.extend(s.rules.iter().flat_map(|r| [r.clone(), r.to_uppercase()]));
        }
        out.extend(circle::plan::describe_choices(plan));
        out.extend(plan.warnings.iter().map(|w| format!("⚠ {}", w.message())));
        for pairs in plan.steps.iter().filter_map(|s| circle::plan::describe_pairs(plan, s)) {
            // Up next names the first pair only.
            out.extend(pairs.split(" · ").map(String::from));
            out.push(pairs);
        }
    }
    out.push(TYPED.to_string());
    out.retain(|s| s.chars().count() > 1);
    // Longest first, so that a title is not cut by a shorter one inside it.
    out.sort_by_key(|s| std::cmp::Reverse(s.chars().count()));
    out
}

/// The screen as one line of words: rows joined, runs of spaces made one, so text
/// wrapped over rows reads whole again.
fn flat(screen: &str) -> String {
    let rows: Vec<String> = screen
        .lines()
        .map(|l| l.strip_prefix('"').and_then(|l| l.strip_suffix('"')).unwrap_or(l))
        // A row that runs to the window's edge may be cut there.
        .map(|l| match l.chars().next_back() {
            Some(c) if !c.is_whitespace() && l.chars().count() >= 80 => format!("{l}│"),
            _ => l.to_string(),
        })
        .collect();
    words(&rows.join(" "))
}

/// Runs of white space made one space.
fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Where text on screen may be cut: an elision, or the edge of a box drawn over it.
const CUTS: [char; 7] = ['…', '│', '┌', '┐', '└', '┘', '─'];

/// The screen without the protocol's text: whole, elided ("Powerful ques…"), or
/// cut by a box drawn over it ("Report bac│", "│ion").
fn without(screen: &str, foreign: &[String]) -> String {
    let foreign: Vec<String> = foreign.iter().map(|f| words(f)).collect();
    let s = unquoted(&flat(screen));
    // The cut pieces first, while the text around a cut is still whole.
    let pieces: Vec<&str> = s.split(CUTS).collect();
    let last = pieces.len() - 1;
    let mut s = pieces
        .iter()
        .enumerate()
        .map(|(i, piece)| {
            let mut piece = *piece;
            if i < last {
                piece = cut_end(piece, &foreign);
            }
            if i > 0 {
                piece = cut_start(piece, &foreign);
            }
            piece
        })
        .collect::<Vec<_>>()
        .join(" ");
    for f in &foreign {
        s = replace_words(&s, f);
    }
    s
}

/// `text` with each whole-word `what` (not inside a longer word) made a space.
fn replace_words(text: &str, what: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    let mut done = 0;
    while let Some(i) = rest.find(what) {
        let end = i + what.len();
        let whole = at_word_start(text, done + i) && !rest[end..].chars().next().is_some_and(char::is_alphanumeric);
        out.push_str(&rest[..i]);
        out.push_str(if whole { " " } else { what });
        rest = &rest[end..];
        done += end;
    }
    out.push_str(rest);
    out
}

/// What a person types, quoted „…“ (the due-date phrases circle reads are
/// English), is input to copy, not the screen's own words.
fn unquoted(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(i) = rest.find('„') {
        out.push_str(&rest[..i]);
        match rest[i..].find('“') {
            Some(j) => rest = &rest[i + j + '“'.len_utf8()..],
            None => rest = "",
        }
    }
    out.push_str(rest);
    out
}

fn at_word_start(text: &str, at: usize) -> bool {
    !text[..at].chars().next_back().is_some_and(char::is_alphanumeric)
}

/// `text` without the longest start of a foreign text it ends with (two
/// letters at least, from the start of a word).
fn cut_end<'a>(text: &'a str, foreign: &[String]) -> &'a str {
    let starts = text
        .char_indices()
        .map(|(i, _)| i)
        .filter(|&i| at_word_start(text, i) && !text[i..].starts_with(' '));
    for at in starts {
        let tail = &text[at..];
        if tail.trim().chars().count() >= 2 && foreign.iter().any(|f| f.len() > tail.len() && f.starts_with(tail)) {
            return &text[..at];
        }
    }
    text
}

/// `text` without the longest end of a foreign text it starts with (to the end
/// of a word).
fn cut_start<'a>(text: &'a str, foreign: &[String]) -> &'a str {
    let ends: Vec<usize> = text
        .char_indices()
        .map(|(i, c)| i + c.len_utf8())
        .filter(|&e| !text[e..].chars().next().is_some_and(char::is_alphanumeric))
        .collect();
    for &end in ends.iter().rev() {
        let head = &text[..end];
        if head.trim().chars().count() >= 2 && foreign.iter().any(|f| f.len() > head.len() && f.ends_with(head)) {
            return &text[end..];
        }
    }
    text
}

/// Key names are names (Enter, Esc, End, Home): not words to translate.
fn key_names() -> BTreeSet<String> {
    keys::KEYS
        .iter()
        .flat_map(|b| b.keys.iter().map(|k| k.label()))
        .filter(|l| l.chars().all(|c| c.is_alphabetic()))
        .collect()
}

fn english_left(screen: &str, foreign: &[String]) -> Vec<String> {
    let names = key_names();
    let english: BTreeSet<&str> = ENGLISH.iter().copied().collect();
    let text = without(screen, foreign);
    let mut left: Vec<String> = text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty() && !names.contains(*w) && !MEMBERS.contains(w))
        .map(str::to_lowercase)
        .filter(|w| english.contains(w.as_str()))
        .collect();
    left.dedup();
    left
}

fn draw(a: &App, c: &ManualClock, w: u16, h: u16) -> String {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| f.render_widget(AppView { app: a, now: c.now() }, f.area()))
        .unwrap();
    t.backend().to_string()
}

/// Every screen looked at, with where it was; the failures, with their words.
#[derive(Default)]
struct Look {
    seen: usize,
    failures: Vec<String>,
    /// The first screen that failed, to read.
    first: Option<String>,
}

impl Look {
    fn at(&mut self, a: &App, c: &ManualClock, what: &str) {
        let foreign = foreign_text(a);
        for (w, h) in [(80, 24), (120, 40)] {
            let screen = draw(a, c, w, h);
            self.seen += 1;
            // GERMAN_DUMP=file writes every screen there, to read the German.
            if let Ok(path) = std::env::var("GERMAN_DUMP") {
                use std::io::Write as _;
                let mut f = std::fs::OpenOptions::new()
                    .create(true)
                    .append(true)
                    .open(path)
                    .unwrap();
                writeln!(f, "== {what} at {w}x{h}\n{screen}").unwrap();
            }
            let left = english_left(&screen, &foreign);
            if !left.is_empty() {
                self.failures.push(format!("{what} at {w}x{h}: {left:?}"));
                let wanted = std::env::var("GERMAN_SHOW").is_ok_and(|w| what.contains(&w));
                if self.first.is_none() || wanted {
                    self.first = Some(format!(
                        "{screen}\nwithout the protocol's text:\n{}",
                        without(&screen, &foreign)
                    ));
                }
            }
        }
    }
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
    with_lang(Lang::De, || {
        let mut look = Look::default();
        let lib = Library::load(None);
        for id in lib.ids() {
            whole_meeting(id, &mut look);
        }
        assert!(look.seen > 500, "only {} screens looked at", look.seen);
        if !look.failures.is_empty() {
            let n = look.failures.len();
            look.failures.truncate(40);
            panic!(
                "{n} German screens with English words:\n{}\nThe first:\n{}",
                look.failures.join("\n"),
                look.first.unwrap_or_default()
            );
        }
    });
}

#[test]
fn the_check_finds_english() {
    // The check itself: an English screen fails it, the protocol's text does not.
    let (a, c) = (app("peer-circle", Some("Ana,Ben,Chen")), clock());
    let foreign = foreign_text(&a);
    let screen = draw(&a, &c, 80, 24);
    assert!(!english_left(&screen, &foreign).is_empty(), "{screen}");
    let german = with_lang(Lang::De, || draw(&a, &c, 80, 24));
    assert_eq!(english_left(&german, &foreign), Vec::<String>::new(), "{german}");
    assert_eq!(english_left("Powerful ques…  the", &foreign), ["the"]);
    assert!(english_left("Powerful ques…", &foreign).is_empty());
}
