//! The check the German screen tests make: a screen, less what the protocol and
//! the plan say (English in the built-ins), must hold no common English word.

use std::collections::{BTreeSet, HashMap};

use ratatui::Terminal;
use ratatui::backend::TestBackend;

use circle::app::App;
use circle::app::keys;
use circle::engine::{Clock, ManualClock};
use circle::view::AppView;

/// Common English words that are not also German words ("in", "an", "so", "was",
/// "will", "die", "hat", "also", "man", "plan", "phase", "pause", "name", "start",
/// "minute", "cursor", "option" are left out on purpose).
const ENGLISH: &str = "\
    the and to of is for with your you this that press next step steps time notes note are be from on at \
    by it its not no yes or any key keys quit paused resume back more less left right help save saved \
    close closes type names member members meeting meetings presenter presenters presents facilitator \
    round turn turns phases planned actual commitment commitments due done partly dropped yet open \
    everyone leads up end projected behind ahead begin change scroll restart rebalance rebalanced \
    curtain add erase stay over wrap track who here today what when has have there nothing already than \
    their our we they each only group norm norms report check buddy buddies value airtime programme \
    complete ended ratings given disk memory kept proposed adopt adopts adopted break pairs floor word \
    line letter page first last ends length took still away paste refused characters holds most learned \
    question advice focus initial suggestion people window taller without saving choose row above below \
    rate one minutes every same again later shared give into takes part welcome";

/// What is typed on the notes line: the group's own words, not the screen's.
pub const TYPED: &str = "What would help you most?";

pub const MEMBERS: [&str; 6] = ["Ana", "Ben", "Chen", "Dee", "Eve", "Finn"];

/// Text the screen shows that is not the screen's own: what the protocol says,
/// and what the plan says about who was drawn (the plan's part of the program).
pub fn foreign_text(a: &App) -> Vec<String> {
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
fn without(screen: &str, foreign: &Foreign) -> String {
    let s = words(&unquoted(&flat(screen)));
    // The cut pieces first, while the text around a cut is still whole.
    let pieces: Vec<&str> = s.split(CUTS).collect();
    let last = pieces.len() - 1;
    let mut s = pieces
        .iter()
        .enumerate()
        .map(|(i, piece)| {
            let mut piece = *piece;
            if i < last {
                piece = cut_end(piece, foreign);
            }
            if i > 0 {
                piece = cut_start(piece, foreign);
            }
            piece
        })
        .collect::<Vec<_>>()
        .join(" ");
    for f in &foreign.texts {
        s = replace_words(&s, f);
    }
    s
}

/// The foreign texts as they read on a screen (white space made one, quotes
/// left out), and sorted forwards and byte-reversed, so "is this the start (or
/// end) of a longer foreign text" is a binary search, not a scan of them all.
/// Made once for every size a screen is drawn at: the check looks at thousands of
/// screens, and these scans and this preparing were most of its time.
struct Foreign {
    texts: Vec<String>,
    forwards: Vec<Vec<u8>>,
    backwards: Vec<Vec<u8>>,
    /// The longest text's length: nothing as long is a part of one.
    longest: usize,
}

impl Foreign {
    fn of(foreign: &[String]) -> Foreign {
        let texts: Vec<String> = foreign
            .iter()
            .map(|f| words(&unquoted(f)))
            .filter(|f| !f.is_empty())
            .collect();
        let sorted = |mut v: Vec<Vec<u8>>| {
            v.sort();
            v.dedup();
            v
        };
        Foreign {
            forwards: sorted(texts.iter().map(|f| f.as_bytes().to_vec()).collect()),
            backwards: sorted(texts.iter().map(|f| f.bytes().rev().collect()).collect()),
            longest: texts.iter().map(String::len).max().unwrap_or(0),
            texts,
        }
    }

    /// Some foreign text is longer than `tail` and starts with it.
    fn longer_start(&self, tail: &str) -> bool {
        tail.len() < self.longest && longer_with_prefix(&self.forwards, tail.as_bytes())
    }

    /// Some foreign text is longer than `head` and ends with it. `head` is read
    /// backwards in place: the search stops at the first byte that differs, where
    /// a reversed copy of a long head would cost its whole length.
    fn longer_end(&self, head: &str) -> bool {
        if head.len() >= self.longest {
            return false;
        }
        let backwards = || head.bytes().rev();
        let at = self
            .backwards
            .partition_point(|f| f.iter().copied().cmp(backwards()).is_lt());
        self.backwards[at..]
            .iter()
            .find(|f| !f.iter().copied().eq(backwards()))
            .is_some_and(|f| f.len() > head.len() && f.iter().copied().zip(backwards()).all(|(a, b)| a == b))
    }
}

/// In a sorted list without repeats, the texts that start with `part` follow one
/// another from where `part` would go, `part` itself (not longer) first if there.
fn longer_with_prefix(sorted: &[Vec<u8>], part: &[u8]) -> bool {
    let at = sorted.partition_point(|f| f.as_slice() < part);
    sorted[at..]
        .iter()
        .find(|f| f.as_slice() != part)
        .is_some_and(|f| f.starts_with(part))
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
fn cut_end<'a>(text: &'a str, foreign: &Foreign) -> &'a str {
    let starts = text
        .char_indices()
        .map(|(i, _)| i)
        .filter(|&i| at_word_start(text, i) && !text[i..].starts_with(' '));
    for at in starts {
        let tail = &text[at..];
        if two_letters(tail) && foreign.longer_start(tail) {
            return &text[..at];
        }
    }
    text
}

/// Two characters at least, not counting white space at either end (counting
/// them all would walk the whole rest of the screen at every word).
fn two_letters(text: &str) -> bool {
    text.trim().chars().nth(1).is_some()
}

/// `text` without the longest end of a foreign text it starts with (to the end
/// of a word).
fn cut_start<'a>(text: &'a str, foreign: &Foreign) -> &'a str {
    let ends: Vec<usize> = text
        .char_indices()
        .map(|(i, c)| i + c.len_utf8())
        .filter(|&e| !text[e..].chars().next().is_some_and(char::is_alphanumeric))
        .collect();
    for &end in ends.iter().rev() {
        let head = &text[..end];
        if two_letters(head) && foreign.longer_end(head) {
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

pub fn english_left(screen: &str, foreign: &[String]) -> Vec<String> {
    Words::new().left(screen, &Foreign::of(foreign))
}

/// The words a screen may show in any language: key names and the members'.
struct Words {
    names: BTreeSet<String>,
    english: BTreeSet<&'static str>,
}

impl Words {
    fn new() -> Words {
        Words {
            names: key_names(),
            english: ENGLISH.split_whitespace().collect(),
        }
    }

    /// The common English words left on `screen` once the foreign text is off it.
    fn left(&self, screen: &str, foreign: &Foreign) -> Vec<String> {
        let text = without(screen, foreign);
        let mut left: Vec<String> = text
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty() && !self.names.contains(*w) && !MEMBERS.contains(w))
            .map(str::to_lowercase)
            .filter(|w| self.english.contains(w.as_str()))
            .collect();
        left.dedup();
        left
    }
}

pub fn draw(a: &App, c: &ManualClock, w: u16, h: u16) -> String {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| f.render_widget(AppView { app: a, now: c.now() }, f.area()))
        .unwrap();
    t.backend().to_string()
}

/// Every screen looked at, with where it was; the failures, with their words.
#[derive(Default)]
pub struct Look {
    pub seen: usize,
    pub failures: Vec<String>,
    /// The first screen that failed, to read.
    pub first: Option<String>,
    /// The words of the first look, in its language (a look speaks one).
    words: Option<Words>,
    /// The foreign text of the last look, prepared: a meeting's stays the same
    /// from one look to the next until its plan changes.
    foreign: Option<(Vec<String>, Foreign)>,
    /// What each screen drawn under that foreign text left: a key that changes
    /// nothing draws the same screen again, and the check would say the same.
    checked: HashMap<String, Vec<String>>,
}

impl Look {
    pub fn at(&mut self, a: &App, c: &ManualClock, what: &str) {
        let text = foreign_text(a);
        if self.foreign.as_ref().is_none_or(|(last, _)| *last != text) {
            let prepared = Foreign::of(&text);
            self.foreign = Some((text, prepared));
            self.checked.clear();
        }
        let words = self.words.get_or_insert_with(Words::new);
        let foreign = &self.foreign.as_ref().expect("prepared above").1;
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
            let left = match self.checked.get(&screen) {
                Some(left) => left.clone(),
                None => {
                    let left = words.left(&screen, foreign);
                    self.checked.insert(screen.clone(), left.clone());
                    left
                }
            };
            if !left.is_empty() {
                self.failures.push(format!("{what} at {w}x{h}: {left:?}"));
                let wanted = std::env::var("GERMAN_SHOW").is_ok_and(|w| what.contains(&w));
                if self.first.is_none() || wanted {
                    self.first = Some(format!(
                        "{screen}\nwithout the protocol's text:\n{}",
                        without(&screen, foreign)
                    ));
                }
            }
        }
    }
}
