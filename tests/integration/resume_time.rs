//! A killed meeting resumes with the time it had: a running step's clock, and a
//! step the meeting moved to on its own.

use std::time::Duration;

use crate::pty::Term;
use crate::support::Circle;
use crate::support::meeting::{away_secs, elapsed_secs, group, kill, start};

#[test]
fn a_running_step_resumes_with_the_time_it_had_when_killed() {
    let circle = Circle::new();
    group(&circle);
    let mut term = start(&circle);
    term.keys(" ");
    term.wait_for("step 1/");
    // No key for a while: only the clock moves.
    term.wait_for("0:05 of");
    kill(&mut term);
    std::thread::sleep(Duration::from_secs(3));
    let mut term = Term::spawn(&circle, &["resume"], 100, 30);
    let back = term.wait_for("Resumed after");
    let away = away_secs(&back);
    assert!((2..=5).contains(&away), "away {away}s, measured from the kill:\n{back}");
    term.keys(" ");
    let running = term.wait_for("on track");
    let secs = elapsed_secs(&running);
    assert!(
        (4..=7).contains(&secs),
        "the step had run 5 s when killed, shows {secs}"
    );
    assert_eq!(term.quit_with_keys(), 0);
}

#[test]
fn automatic_step_changes_survive_a_kill() {
    let circle = Circle::new();
    let protocol = circle.home.path().join("quick.toml");
    std::fs::write(
        &protocol,
        "name = \"Quick\"\nauto_advance = true\n\n[[opening]]\ntitle = \"One\"\nduration = \"10s\"\nmin_turn = \"5s\"\n\n\
         [[round]]\ntitle = \"Two\"\nduration = \"5m\"\n",
    )
    .unwrap();
    let args = ["run", protocol.to_str().unwrap(), "--members", "Ana,Ben,Chen"];
    let mut term = Term::spawn(&circle, &args, 100, 30);
    term.wait_for("Press SPACE to begin");
    term.keys(" ");
    term.wait_for("step 2/");
    term.wait_for("0:02 of 5:00");
    kill(&mut term);
    let mut term = Term::spawn(&circle, &["resume"], 100, 30);
    let back = term.wait_for("Resumed after");
    assert!(back.contains("step 2/"), "the automatic move was kept:\n{back}");
    term.keys(" ");
    let running = term.wait_for("of 5:00");
    let line = running.lines().find(|l| l.contains("of 5:00")).unwrap();
    let t = line.split(" of ").next().unwrap().rsplit(' ').next().unwrap();
    let secs = t.split(':').fold(0, |acc, p| acc * 60 + p.parse::<u64>().unwrap());
    // The heartbeat is at most a second old when the kill comes.
    assert!((1..=5).contains(&secs), "step 2 had run 2 s: {line}");
    assert_eq!(term.quit_with_keys(), 0);
}
