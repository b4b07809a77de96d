//! The real binary in a pseudo-terminal: a person's key presses, what the screen
//! shows, and a terminal left as it was found, however circle ends.

use std::time::Duration;

use crate::bigread::{band_rows, digit_rows};
use crate::pty::Term;
use crate::support::Circle;

const FIVE: &[&str] = &["run", "peer-circle", "--members", "Ana,Ben,Chen,Dee,Eve"];

/// The rows of the big countdown digits (between the speaker line and the status line).
fn digits(screen: &str) -> String {
    screen.lines().skip(3).take(15).collect::<Vec<_>>().join("\n")
}

/// The time used on the status line ("0:07 of 5:58" → 7).
fn used(screen: &str) -> Option<u64> {
    crate::support::meeting::used_before(screen, " of ")
}

fn status_line(screen: &str) -> String {
    screen
        .lines()
        .find(|l| l.contains(" of 5:28") || l.contains("PAUSED"))
        .unwrap_or("")
        .trim()
        .to_string()
}

fn assert_restored(term: &Term) {
    assert!(
        !term.alternate_screen(),
        "still on the alternate screen:\n{}",
        term.text()
    );
    assert!(!term.cursor_hidden(), "the cursor was left hidden");
    let raw = String::from_utf8_lossy(&term.raw()).into_owned();
    let entered = raw.rfind("\u{1b}[?1049h").expect("entered the alternate screen");
    let left = raw.rfind("\u{1b}[?1049l").expect("left the alternate screen");
    assert!(left > entered);
    assert!(raw.rfind("\u{1b}[?25h").expect("showed the cursor") > entered);
}

#[test]
fn a_person_starts_pauses_moves_on_and_quits() {
    let circle = Circle::new();
    // Ten times faster (the rehearsal clock): the seconds to see pass, pass sooner.
    let mut term = Term::spawn_with(&circle, FIVE, &[("CIRCLE_SPEED", "10")], 80, 24);
    let ready = term.wait_for("Press SPACE to begin");
    assert!(term.alternate_screen());
    assert!(ready.contains("Members: Ana, Ben, Chen, Dee, Eve"), "{ready}");
    assert!(
        ready.contains("What is said in the circle stays in the circle."),
        "the norms are shown"
    );

    term.keys(" ");
    let live = term.wait_for("step 1/17");
    assert!(live.contains("Agree the norms"), "{live}");
    assert!(live.contains("facilitator leads"), "{live}");
    assert_eq!(band_rows(&live, "Ben"), Some(4), "the facilitator, named big:\n{live}");
    assert!(live.contains("██"), "big digits are drawn:\n{live}");
    // The countdown is moving.
    term.wait_until("two seconds used", |t| used(t).is_some_and(|u| u >= 2));

    term.keys(" ");
    let paused = term.wait_for("PAUSED");
    // Three seconds of meeting time, each of which a running clock would show.
    std::thread::sleep(Duration::from_millis(300));
    let still = term.text();
    assert_eq!(digits(&paused), digits(&still), "time stood still while paused");
    assert!(still.contains("PAUSED"));

    term.keys(" ");
    let resumed = term.wait_until("the countdown to move again", |t| digits(t) != digits(&still));
    assert!(!resumed.contains("PAUSED"), "{}", status_line(&resumed));

    term.keys("n");
    let next = term.wait_for("step 2/17");
    let header = next.lines().nth(1).unwrap_or("");
    // A meeting without a group has nothing to report back on: the challenge.
    assert!(header.starts_with("The challenge"), "{next}");
    assert!(band_rows(&next, "Ana").is_some(), "the presenter, named big:\n{next}");

    term.keys("q");
    term.wait_for("Leave the meeting?");
    term.keys("x");
    term.wait_until("the question to go away", |t| !t.contains("Leave the meeting?"));
    assert_eq!(term.quit_with_keys(), 0);
    assert_restored(&term);
}

#[test]
fn a_whole_meeting_runs_on_keys_alone() {
    let circle = Circle::new();
    let mut term = Term::spawn(&circle, FIVE, 100, 30);
    term.wait_for("Press SPACE to begin");
    term.keys(" ");
    term.wait_for("step 1/17");
    for step in 2..=17 {
        term.keys("n");
        term.wait_for(&format!("step {step}/17"));
    }
    term.keys("n");
    let done = term.wait_for("Meeting complete");
    assert!(done.contains("Ana"), "the summary names the members:\n{done}");
    term.keys("q");
    assert_eq!(term.wait_exit(), 0);
    assert_restored(&term);
}

#[test]
fn ctrl_c_asks_before_quitting() {
    let circle = Circle::new();
    let mut term = Term::spawn(&circle, FIVE, 80, 24);
    term.wait_for("Press SPACE to begin");
    term.keys(" ");
    term.wait_for("step 1/17");
    term.keys("\u{3}");
    term.wait_for("Leave the meeting?");
    term.keys("y");
    assert_eq!(term.wait_exit(), 0);
    assert_restored(&term);
}

#[test]
fn sigterm_and_sighup_restore_the_terminal() {
    for signal in [libc::SIGTERM, libc::SIGHUP] {
        let circle = Circle::new();
        let mut term = Term::spawn(&circle, FIVE, 80, 24);
        term.wait_for("Press SPACE to begin");
        term.keys(" ");
        term.wait_for("step 1/17");
        term.signal(signal);
        term.wait_exit();
        assert_restored(&term);
    }
}

#[test]
fn the_setup_screen_takes_names_at_one_laptop() {
    let circle = Circle::new();
    let mut term = Term::spawn(&circle, &["run", "peer-circle"], 80, 24);
    term.wait_for("Enter add");
    for name in ["Ana", "Ben", "Chen"] {
        term.keys(name);
        term.keys("\r");
        term.wait_for(name);
    }
    term.keys("\r");
    let ready = term.wait_for("Press SPACE to begin");
    assert!(ready.contains("Members: Ana, Ben, Chen"), "{ready}");
    assert_eq!(term.quit_with_keys(), 0);
    assert_restored(&term);
}

#[test]
fn holding_plus_does_not_freeze_the_countdown() {
    let circle = Circle::new();
    // Ten times faster (the rehearsal clock): a meeting second every 100 ms, still
    // four key repeats apart, so a countdown that waits for quiet keys still freezes.
    let mut term = Term::spawn_with(&circle, FIVE, &[("CIRCLE_SPEED", "10")], 80, 24);
    term.wait_for("Press SPACE to begin");
    term.keys(" ");
    term.wait_for("step 1/");
    // Key repeat: a press every 25 ms for 1 s.
    for _ in 0..40 {
        term.keys("+");
        std::thread::sleep(Duration::from_millis(25));
    }
    // 40 minutes were added, and the elapsed time kept counting while the key was held.
    let screen = term.wait_for("of 45:58");
    let status = screen.lines().find(|l| l.contains("of 45:58")).unwrap();
    let elapsed = status.split(" of").next().unwrap().rsplit(' ').next().unwrap();
    let secs: u32 = elapsed
        .split(':')
        .fold(0, |acc, part| acc * 60 + part.parse::<u32>().unwrap());
    assert!(secs >= 2, "the countdown froze while + was held: {status}");
}

fn sessions(circle: &Circle) -> Vec<std::path::PathBuf> {
    let dir = circle.data_dir().join("groups/tuesday-circle/sessions");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map(|d| d.map(|e| e.unwrap().path()).collect())
        .unwrap_or_default();
    files.sort();
    files
}

#[test]
fn a_group_meeting_saves_the_notes_typed() {
    let circle = Circle::new();
    circle
        .cmd()
        .args(["group", "new", "Tuesday circle", "--members", "Ana,Ben,Chen,Dee,Eve"])
        .assert()
        .success();
    let mut term = Term::spawn(
        &circle,
        &["run", "--group", "Tuesday circle", "--absent", "Eve"],
        100,
        30,
    );
    let ready = term.wait_for("Press SPACE to begin");
    assert!(ready.contains("away today: Eve"), "{ready}");
    term.keys(" ");
    term.wait_for("step 1/");
    for _ in 0..5 {
        term.keys("n");
    }
    let challenge = term.wait_for("step 6/");
    assert!(
        challenge.lines().nth(1).unwrap().starts_with("The challenge"),
        "{challenge}"
    );
    term.keys("i");
    term.wait_for("note (initial focus)");
    term.keys("Convince my boss\r");
    term.wait_for("saved as initial focus");
    term.keys("\u{1b}");
    term.wait_until("the notes line to close", |t| !t.contains("note (initial focus)"));
    // Saved while the meeting runs, not only at the end.
    let md = sessions(&circle)
        .into_iter()
        .find(|p| p.extension().is_some_and(|x| x == "md"))
        .expect("a summary");
    let text = std::fs::read_to_string(&md).unwrap();
    assert!(
        text.contains("Convince my boss") && text.contains("absent: [\"Eve\"]"),
        "{text}"
    );
    assert_eq!(term.quit_with_keys(), 0);
    let record = std::fs::read_to_string(md.with_extension("toml")).unwrap();
    assert!(
        record.contains("text = \"Convince my boss\"") && record.contains("finished = false"),
        "{record}"
    );
}

#[test]
fn no_save_writes_nothing() {
    let circle = Circle::new();
    circle
        .cmd()
        .args(["group", "new", "Tuesday circle", "--members", "Ana,Ben,Chen"])
        .assert()
        .success();
    let mut term = Term::spawn(&circle, &["run", "--group", "Tuesday circle", "--no-save"], 100, 30);
    term.wait_for("Press SPACE to begin");
    term.keys(" ");
    term.wait_for("step 1/");
    term.keys("i");
    term.keys("A thought\r");
    // A group's first meeting opens with why each member is here.
    term.wait_for("saved as why I am here");
    term.keys("\u{1b}");
    term.wait_until("the notes line to close", |t| !t.contains("saved as why I am here"));
    assert_eq!(term.quit_with_keys(), 0);
    assert!(sessions(&circle).is_empty());
}

/// The real binary at 80×24: the name and the alert word are bands several rows
/// tall, the digits keep their height when the notes line opens and when time runs
/// out, and the curtain keeps the alert and the speaker.
#[test]
fn big_name_and_alert_bands_and_a_clock_that_keeps_its_size() {
    let circle = Circle::new();
    let mut term = Term::spawn(&circle, FIVE, 80, 24);
    term.wait_for("Press SPACE to begin");
    term.keys(" ");
    let running = term.wait_for("0:01 of ");
    let name_rows = band_rows(&running, "Ben").unwrap_or(0);
    assert!(name_rows >= 3, "the facilitator's name band:\n{running}");
    let height = digit_rows(&running);
    assert!(height >= 8, "{running}");

    term.keys("i");
    let open = term.wait_for("note (");
    assert_eq!(digit_rows(&open), height, "the notes line shrank the digits:\n{open}");
    term.keys("\u{1b}");
    term.wait_until("the notes line to close", |t| !t.contains("note ("));

    // Cut the step's time until it is up.
    for _ in 0..7 {
        term.keys("-");
    }
    let up = term.wait_until("TIME in big letters", |t| band_rows(t, "TIME").is_some_and(|r| r >= 3));
    assert_eq!(digit_rows(&up), height, "the digits changed size at time-up:\n{up}");
    assert!(band_rows(&up, "Ben").is_some_and(|r| r >= 3), "{up}");

    term.keys("c");
    let curtain = term.wait_until("the curtain", |t| !t.contains("Agree the norms"));
    assert!(
        band_rows(&curtain, "TIME").is_some_and(|r| r >= 3),
        "the curtain hid TIME:\n{curtain}"
    );
    assert!(band_rows(&curtain, "Ben").is_some_and(|r| r >= 3), "{curtain}");
    assert!(!curtain.contains("c to open"), "{curtain}");

    term.resize(200, 60);
    let wide = term.wait_until("the window to grow", |t| {
        band_rows(t, "TIME").is_some_and(|r| r > name_rows)
    });
    assert!(
        band_rows(&wide, "Ben").is_some_and(|r| r > name_rows),
        "the name grows:\n{wide}"
    );
    assert!(digit_rows(&wide) > height, "{wide}");
    term.keys("c");
    assert_eq!(term.quit_with_keys(), 0);
}
