//! Meetings through the real binary on the rehearsal clock (`CIRCLE_NOW`,
//! `CIRCLE_SPEED`), month by month: starting one at a given time, stepping
//! through it as a script says, and the commands run between meetings.

use std::collections::BTreeMap;

use crate::pty::Term;
use crate::support::Circle;

pub const SPEED: &str = "30";

/// The step counter in the title row: (step, of).
pub fn step_of(screen: &str) -> Option<(usize, usize)> {
    let line = screen.lines().find(|l| l.contains("step "))?;
    let at = line.find("step ")? + 5;
    let rest: String = line[at..]
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '/')
        .collect();
    let (a, b) = rest.split_once('/')?;
    Some((a.parse().ok()?, b.parse().ok()?))
}

/// The title row's phase title (the first words of the second row).
pub fn title(screen: &str) -> String {
    let line = screen.lines().find(|l| l.contains("step ")).unwrap_or("");
    line[..line.find("step ").unwrap_or(0)].trim().to_string()
}

/// The meeting's next step, waiting until the screen shows it.
pub fn next(t: &mut Term) {
    let before = step_of(&t.text());
    t.keys("n");
    t.wait_until("the next step", |s| {
        step_of(s) != before || s.contains("Meeting complete")
    });
    // The title row is drawn first: give the rest of the frame a moment to land.
    std::thread::sleep(std::time::Duration::from_millis(15));
}

/// Type a note on the notes line and close the line; the screen as it echoed.
pub fn note(t: &mut Term, text: &str) -> String {
    t.keys("i");
    t.wait_for("Enter save");
    t.keys(text);
    t.keys("\r");
    let echoed = t.wait_for("commitment of");
    t.keys("\x1b");
    t.wait_until("the line to close", |s| !s.contains("Enter save"));
    echoed
}

/// What happens in one meeting, step by step.
pub struct Script<'a> {
    /// Report-back: the key to press for each member's first listed commitment.
    pub marks: &'a [(&'a str, char)],
    /// The presenter's commitment at the commitment step.
    pub commit: &'a str,
    /// The check-out rating everyone gives.
    pub rating: char,
    /// Typed at the programme's review, if it has one.
    pub review: Option<&'a str>,
}

/// Hold a meeting from the live screen's first step to its end screen; returns
/// what the screen showed at each phase title (the last sighting).
pub fn hold(t: &mut Term, script: &Script) -> BTreeMap<String, String> {
    let mut seen = BTreeMap::new();
    let mut committed = false;
    loop {
        let screen = t.text();
        assert!(!screen.contains("panicked"), "{screen}");
        if screen.contains("Meeting complete") {
            seen.insert("end".to_string(), screen);
            return seen;
        }
        let phase = title(&screen);
        if phase.starts_with("Report back") && screen.contains("partly last time") {
            seen.insert("partly shown".to_string(), screen.clone());
        }
        if phase.starts_with("Looking back") && screen.contains("across the programme and kept") {
            seen.insert("review shown".to_string(), screen.clone());
        }
        if phase.starts_with("Report back") && screen.contains(" → ") {
            seen.insert("history shown".to_string(), screen.clone());
        }
        if phase.starts_with("Looking back")
            && let Some(text) = script.review
            && !seen.contains_key("review note")
        {
            t.keys("i");
            t.wait_for("Enter save");
            t.keys(text);
            t.keys("\r");
            let echoed = t.wait_for("saved as looking back");
            t.keys("\x1b");
            t.wait_until("the line to close", |s| !s.contains("Enter save"));
            seen.insert("review note".to_string(), echoed);
        }
        if phase.starts_with("Report back") {
            // The list is the speaker's own commitments: mark the first.
            for (owner, key) in script.marks {
                if screen.contains(&format!("▶ {owner}:")) {
                    t.keys(&key.to_string());
                    let word = match key {
                        '1' => "[done]",
                        '2' => "[partly]",
                        '3' => "[not yet]",
                        _ => "[dropped]",
                    };
                    t.wait_for(word);
                }
            }
        }
        if phase.starts_with("Commit to an action") && !committed {
            let echo = note(t, script.commit);
            seen.insert("commit echo".to_string(), echo);
            committed = true;
        }
        if phase.starts_with("Check-out") {
            t.keys(&script.rating.to_string());
        }
        let screen = t.text();
        seen.insert(phase, screen);
        next(t);
    }
}

pub fn at(month: u32, hour: u32) -> String {
    format!("2026-{month:02}-15T{hour:02}:00:00+00:00")
}

pub fn circle_at(c: &Circle, now: &str, args: &[&str]) -> Term {
    Term::spawn_with(
        c,
        args,
        &[("CIRCLE_NOW", now), ("CIRCLE_SPEED", SPEED), ("TZ", "UTC")],
        100,
        34,
    )
}

pub fn command(c: &Circle, now: &str, args: &[&str]) -> String {
    let out = c
        .cmd()
        .env("CIRCLE_NOW", now)
        .env("TZ", "UTC")
        .args(args)
        .output()
        .expect("circle runs");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success(), "circle {args:?}:\n{text}");
    assert!(!text.contains("panicked"), "{text}");
    text
}

/// The next `circle`, continuing with the group offered (Enter) or with who is
/// typed; waits for the ready screen.
pub fn continue_with(t: &mut Term, typed: Option<&str>) -> String {
    t.wait_for("Continue with");
    if let Some(names) = typed {
        t.keys(names);
        t.keys("\r");
    }
    t.keys("\r");
    t.wait_for("Press SPACE to begin")
}

pub fn begin(t: &mut Term) {
    t.keys(" ");
    t.wait_until("the first step", |s| step_of(s).is_some());
}

pub fn finish(t: &mut Term) {
    t.keys("q");
    assert_eq!(t.wait_exit(), 0, "{}", t.text());
}

pub fn presenter(ready: &str) -> String {
    let line = ready
        .lines()
        .find(|l| l.trim_start().starts_with("Presenter:"))
        .expect("a presenter line");
    line.trim().trim_start_matches("Presenter:").trim().to_string()
}

pub fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}
