//! The terminal going away under a live circle, on the real OS: the test opens a
//! pseudo-terminal itself, runs circle on its slave side and closes the master, as a
//! closed window, a lost SSH connection or a killed tmux does. circle must save, exit
//! within 2 s having used almost no CPU, and `circle resume` must bring it back.

use std::time::{Duration, Instant};

use circle::journal::{self, Event};

use crate::pty::{Term, WAIT};
use crate::support::Circle;
use crate::support::meeting::{group, summary, the_journal};
use crate::support::window::{CPU, LIMIT, Order, Tie, Window, assert_quick_and_quiet};

#[test]
fn closing_the_window_on_the_ready_screen_ends_circle_at_once() {
    for tie in [Tie::Controlling, Tie::InputOnly] {
        let circle = Circle::new();
        let window = Window::open(&circle, &["run", "peer-circle", "--members", "Ana,Ben,Chen"], tie);
        window.wait_for("Press SPACE to begin");
        window.close();
        assert_quick_and_quiet(&window.exit_within(LIMIT), &format!("ready screen, {tie:?}"));
    }
}

#[test]
fn closing_the_window_on_the_setup_screen_ends_circle_at_once() {
    let circle = Circle::new();
    let window = Window::open(&circle, &["run", "peer-circle"], Tie::InputOnly);
    window.wait_for("Enter add");
    window.keys("Ana");
    window.close();
    assert_quick_and_quiet(&window.exit_within(LIMIT), "setup screen");
}

#[test]
fn closing_the_window_mid_meeting_saves_and_resume_brings_it_back() {
    for tie in [Tie::Controlling, Tie::InputOnly] {
        let circle = Circle::new();
        group(&circle);
        let window = Window::open(&circle, &["run", "--group", "Tuesday circle"], tie);
        window.wait_for("Press SPACE to begin");
        window.keys(" ");
        window.wait_for("step 1/");
        window.keys("n");
        window.wait_for("step 2/");
        window.keys("i");
        window.wait_for("note (");
        window.keys("Said just before the window closed\r");
        window.wait_for("saved as");
        window.close();
        assert_quick_and_quiet(&window.exit_within(LIMIT), &format!("mid-meeting, {tie:?}"));

        let j = journal::read(&the_journal(&circle)).unwrap();
        assert!(
            matches!(j.entries.last().unwrap().event, Event::Closed { finished: false }),
            "{tie:?}: the journal is closed: {:?}",
            j.entries.last()
        );
        assert!(summary(&circle).contains("Said just before the window closed"));
        let mut term = Term::spawn(&circle, &["resume"], 100, 30);
        let back = term.wait_for("Resumed after");
        assert!(back.contains("step 2/"), "{tie:?}: back where it was:\n{back}");
        assert_eq!(term.quit_with_keys(), 0);
    }
}

#[test]
fn sigterm_ends_circle_even_when_its_terminal_takes_no_output() {
    let circle = Circle::new();
    group(&circle);
    let window = Window::open(&circle, &["run", "--group", "Tuesday circle"], Tie::InputOnly);
    window.wait_for("Press SPACE to begin");
    window.keys(" ");
    window.wait_for("step 1/");
    window.keys("i");
    window.wait_for("note (");
    window.keys("Kept though the screen froze\r");
    window.wait_for("saved as");
    // Nobody reads the terminal any more, and the curtain going up and down redraws
    // it whole: circle ends up blocked writing to it, where no main loop can notice
    // a signal.
    window.orders.send(Order::Resize(250, 80)).unwrap();
    window.orders.send(Order::Stall).unwrap();
    // The kernel tells a terminal's foreground process of a resize by SIGWINCH;
    // this terminal is not circle's controlling one, so the test tells it instead.
    std::thread::sleep(Duration::from_millis(50));
    // SAFETY: kill(2) on our own child.
    assert_eq!(unsafe { libc::kill(window.pid, libc::SIGWINCH) }, 0);
    // /proc/<pid>/syscall starts with the number of the call it is blocked in.
    let write = format!("{} ", libc::SYS_write);
    let blocked =
        || std::fs::read_to_string(format!("/proc/{}/syscall", window.pid)).is_ok_and(|w| w.starts_with(&write));
    let start = Instant::now();
    while !blocked() && start.elapsed() < WAIT {
        window.keys("c");
        std::thread::sleep(Duration::from_millis(5));
    }
    assert!(blocked(), "circle is stuck writing to the terminal");
    // SAFETY: kill(2) on our own child.
    assert_eq!(unsafe { libc::kill(window.pid, libc::SIGTERM) }, 0);
    let exit = window.exit_within(LIMIT);
    assert_eq!(exit.code, Some(143), "SIGTERM exits 143");
    assert!(exit.cpu < CPU, "used {:?}", exit.cpu);
    let j = journal::read(&the_journal(&circle)).unwrap();
    assert!(
        matches!(j.entries.last().unwrap().event, Event::Closed { finished: false }),
        "{:?}",
        j.entries.last()
    );
    assert!(
        j.entries
            .iter()
            .any(|e| matches!(&e.event, Event::Note { text } if text == "Kept though the screen froze"))
    );
    window.close();
}

#[test]
fn sigterm_after_the_terminal_is_gone_still_exits() {
    let circle = Circle::new();
    group(&circle);
    let window = Window::open(&circle, &["run", "--group", "Tuesday circle"], Tie::InputOnly);
    window.wait_for("Press SPACE to begin");
    window.keys(" ");
    window.wait_for("step 1/");
    window.close();
    // SAFETY: kill(2) on our own child (it may be on its way out already).
    unsafe { libc::kill(window.pid, libc::SIGTERM) };
    let exit = window.exit_within(LIMIT);
    assert!(matches!(exit.code, Some(129 | 143)), "{:?}", exit.code);
    assert!(exit.cpu < CPU);
    let j = journal::read(&the_journal(&circle)).unwrap();
    assert!(matches!(j.entries.last().unwrap().event, Event::Closed { .. }));
}

#[test]
fn sigterm_in_every_state_exits_143() {
    for (args, wait) in [
        (&["run", "peer-circle"][..], "Enter add"),
        (
            &["run", "peer-circle", "--members", "Ana,Ben,Chen"][..],
            "Press SPACE to begin",
        ),
    ] {
        let circle = Circle::new();
        let mut term = Term::spawn(&circle, args, 80, 24);
        term.wait_for(wait);
        term.signal(libc::SIGTERM);
        assert_eq!(term.wait_exit(), 143, "{wait}");
    }
    let circle = Circle::new();
    let mut term = Term::spawn(&circle, &["run", "peer-circle", "--members", "Ana,Ben,Chen"], 80, 24);
    term.wait_for("Press SPACE to begin");
    term.keys(" ");
    term.wait_for("step 1/");
    term.signal(libc::SIGHUP);
    assert_eq!(term.wait_exit(), 129, "SIGHUP mid-meeting");
}

#[test]
fn closing_the_window_at_the_resume_question_is_no_answer() {
    let circle = Circle::new();
    group(&circle);
    let mut term = crate::support::meeting::start(&circle);
    term.keys(" ");
    term.wait_for("step 1/");
    crate::support::meeting::kill(&mut term);
    let window = Window::open(&circle, &["run", "--group", "Tuesday circle"], Tie::InputOnly);
    window.wait_for("[R/d/k]");
    window.close();
    assert_quick_and_quiet(&window.exit_within(LIMIT), "at the resume question");
    // End of input is not "yes": the meeting was not taken up, and is still there.
    let j = journal::read(&the_journal(&circle)).unwrap();
    assert!(!j.entries.iter().any(|e| matches!(e.event, Event::Resumed { .. })));
}
