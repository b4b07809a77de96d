//! A killed meeting resumes with the time it had: a running step's clock, and a
//! step the meeting moved to on its own.

use std::time::Instant;

use crate::pty::Term;
use crate::support::Circle;
use crate::support::meeting::{
    away_secs, elapsed_secs, freeze, group, hours_from_now, kill, resume_at, start, used_before,
};

#[test]
fn a_running_step_resumes_with_the_time_it_had_when_killed() {
    let circle = Circle::new();
    group(&circle);
    let mut term = start(&circle);
    term.keys(" ");
    term.wait_for("step 1/");
    // No key for a while: only the clock moves.
    term.wait_for("0:03 of");
    let killed = Instant::now();
    kill(&mut term);
    // An hour away on the resume's wall clock, none of it waited through.
    let mut term = resume_at(&circle, &hours_from_now(1));
    let back = term.wait_for("Resumed after");
    let away = away_secs(&back);
    // From the kill (the last heartbeat, at most a second before it), not from the
    // step's start three seconds before that.
    let since_kill = killed.elapsed().as_secs();
    assert!(
        (3600..=3601 + since_kill).contains(&away),
        "away {away}s, measured from the kill ({since_kill}s ago, an hour on):\n{back}"
    );
    term.keys(" ");
    let running = term.wait_for("on track");
    let secs = elapsed_secs(&running);
    assert!(
        (2..=4).contains(&secs),
        "the step had run 3 s when killed, and the hour away is no meeting time: {secs}"
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
    // Ten times faster (the rehearsal clock, in both processes), so the 10-second
    // opening moves on by itself in one second.
    let fast = [("CIRCLE_SPEED", "10")];
    let args = ["run", protocol.to_str().unwrap(), "--members", "Ana,Ben,Chen"];
    let mut term = Term::spawn_with(&circle, &args, &fast, 100, 30);
    term.wait_for("Press SPACE to begin");
    term.keys(" ");
    term.wait_until("step 2 to have run 2 s", |s| {
        s.contains("step 2/") && used_before(s, " of 5:00").is_some_and(|t| t >= 2)
    });
    let frozen = freeze(&term);
    let shown = used_before(&frozen, " of 5:00").unwrap();
    kill(&mut term);
    let mut term = Term::spawn_with(&circle, &["resume"], &fast, 100, 30);
    // Resumed paused, so its clock stands still to be read.
    let back = term.wait_until("the resumed step's clock", |s| {
        s.contains("Resumed after") && used_before(s, " of 5:00").is_some()
    });
    assert!(back.contains("step 2/"), "the automatic move was kept:\n{back}");
    let secs = used_before(&back, " of 5:00").unwrap();
    // The heartbeat is at most a (meeting) second old when the kill comes.
    assert!(
        (shown.saturating_sub(1)..=shown + 1).contains(&secs),
        "step 2 had run {shown} s when killed, resumed at {secs} s:\n{back}"
    );
    assert_eq!(term.quit_with_keys(), 0);
}
