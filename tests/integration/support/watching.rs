//! A console and its watcher as two real processes on two pseudo-terminals: the
//! console in English at 100×30, the watcher in German at 200×60; what each says
//! of the meeting, and waiting until they agree.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::pty::Term;
use crate::support::{Circle, fixtures};

/// How soon the watcher must show what the console shows.
pub const WITHIN: Duration = Duration::from_secs(1);

pub fn group(circle: &Circle) {
    circle
        .cmd()
        .args(["group", "new", "Tuesday circle", "--members", "Ana,Ben,Chen"])
        .assert()
        .success();
}

/// The console on the ready screen of a short meeting: a 3-minute challenge, two
/// coaches' turns of questions, a check-out.
pub fn console(circle: &Circle) -> Term {
    let protocol = fixtures().join("watch/short.toml");
    let args = ["run", protocol.to_str().unwrap(), "--group", "Tuesday circle"];
    let term = Term::spawn(circle, &args, 100, 30);
    term.wait_for("Press SPACE to begin");
    term
}

/// A watcher in German at 200×60.
pub fn watcher(circle: &Circle, args: &[&str]) -> Term {
    let mut all = vec!["--lang", "de", "watch"];
    all.extend_from_slice(args);
    Term::spawn(circle, &all, 200, 60)
}

/// What a screen says of the meeting in text: the step number, the time used and
/// allotted ("0:07 of 3:00" / "0:07 von 3:00"), and whether it is paused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reading {
    pub step: u32,
    pub used: u64,
    pub allotted: u64,
    pub paused: bool,
}

pub fn clock(text: &str) -> Option<u64> {
    let (m, s) = text.split_once(':')?;
    (s.len() == 2).then_some(())?;
    Some(m.parse::<u64>().ok()? * 60 + s.parse::<u64>().ok()?)
}

pub fn reading(screen: &str, step_word: &str, of: &str) -> Option<Reading> {
    let words: Vec<&str> = screen.split_whitespace().collect();
    let step = words
        .windows(2)
        .find(|w| w[0] == step_word)
        .and_then(|w| w[1].split('/').next()?.parse().ok())?;
    let (used, allotted) = words
        .windows(3)
        .filter(|w| w[1] == of)
        .find_map(|w| Some((clock(w[0])?, clock(w[2])?)))?;
    Some(Reading {
        step,
        used,
        allotted,
        // A resumed meeting waits, paused, under the words that say so.
        paused: screen.contains("❚❚ PAUSE") || screen.contains("Resumed after"),
    })
}

pub fn console_reading(t: &Term) -> Option<Reading> {
    reading(&t.text(), "step", "of")
}

pub fn watcher_reading(t: &Term) -> Option<Reading> {
    reading(&t.text(), "Schritt", "von")
}

/// Wait until the watcher shows what the console shows now: the same step, the
/// same pause and allotted time, and a time used at most a second apart (the two
/// turn their seconds over at slightly different moments). Fails after [`WITHIN`].
pub fn agree(console: &Term, watcher: &Term, what: &str) -> Reading {
    let start = Instant::now();
    loop {
        let (c, w) = (console_reading(console), watcher_reading(watcher));
        if let (Some(c), Some(w)) = (c, w)
            && c.step == w.step
            && c.paused == w.paused
            && c.allotted == w.allotted
            && c.used.abs_diff(w.used) <= 1
        {
            return c;
        }
        if start.elapsed() > WITHIN {
            panic!(
                "{what}: the watcher did not follow within {WITHIN:?}: console {c:?}, watcher {w:?}\n\
                 console:\n{}\nwatcher:\n{}",
                console.text(),
                watcher.text()
            );
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// Every screen the watcher shows, gathered until told to stop.
pub struct Recorder {
    seen: Arc<Mutex<Vec<String>>>,
    stop: Arc<AtomicBool>,
    thread: std::thread::JoinHandle<()>,
}

impl Recorder {
    pub fn start(watcher: Arc<Mutex<Term>>) -> Recorder {
        let seen = Arc::new(Mutex::new(Vec::new()));
        let stop = Arc::new(AtomicBool::new(false));
        let (s, halt) = (Arc::clone(&seen), Arc::clone(&stop));
        let thread = std::thread::spawn(move || {
            while !halt.load(Ordering::SeqCst) {
                let text = watcher.lock().unwrap().text();
                let mut seen = s.lock().unwrap();
                if seen.last() != Some(&text) {
                    seen.push(text);
                }
                drop(seen);
                std::thread::sleep(Duration::from_millis(5));
            }
        });
        Recorder { seen, stop, thread }
    }

    pub fn finish(self) -> Vec<String> {
        self.stop.store(true, Ordering::SeqCst);
        self.thread.join().unwrap();
        Arc::try_unwrap(self.seen).unwrap().into_inner().unwrap()
    }
}

pub fn type_note(console: &mut Term, text: &str) {
    console.keys("i");
    console.wait_for("› ▏");
    console.keys(text);
    console.keys("\r");
    console.wait_for("saved as");
    console.keys("\u{1b}");
    console.wait_until("the notes line to close", |t| !t.contains("saved as"));
}

/// Every file under `dir`, with its bytes.
pub fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap().flatten() {
            let path = entry.path();
            if entry.file_type().unwrap().is_dir() {
                stack.push(path);
            } else {
                out.insert(path.clone(), std::fs::read(&path).unwrap());
            }
        }
    }
    out
}
