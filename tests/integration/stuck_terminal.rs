//! A terminal that takes no output (its output stopped with Ctrl-S, or a window
//! nobody reads): circle, stuck writing its first frame, still ends on a signal
//! within a second or so, with the terminal's own settings handed back.

use std::os::fd::FromRawFd;
use std::os::unix::process::CommandExt;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::support::Circle;

/// The pty's two ends: (master, slave).
fn openpty(cols: u16, rows: u16) -> (libc::c_int, libc::c_int) {
    let (mut master, mut slave) = (0, 0);
    let size = libc::winsize {
        ws_row: rows,
        ws_col: cols,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    // SAFETY: openpty(3) fills the two descriptors; the name may be null.
    let rc = unsafe { libc::openpty(&mut master, &mut slave, std::ptr::null_mut(), std::ptr::null(), &size) };
    assert_eq!(rc, 0, "openpty");
    (master, slave)
}

fn lflag(fd: libc::c_int) -> libc::tcflag_t {
    // SAFETY: a zeroed termios for tcgetattr(3) to fill.
    let mut t: libc::termios = unsafe { std::mem::zeroed() };
    // SAFETY: tcgetattr(3) on a descriptor this test opened.
    assert_eq!(unsafe { libc::tcgetattr(fd, &mut t) }, 0);
    t.c_lflag
}

#[test]
fn a_signal_ends_circle_stuck_on_a_terminal_that_takes_no_output() {
    let circle = Circle::new();
    let (master, slave) = openpty(120, 40);
    let cooked = lflag(slave);
    assert_ne!(cooked & libc::ICANON, 0, "a new terminal is line by line");
    // Output stopped, as by Ctrl-S: circle's first write waits.
    // SAFETY: tcflow(3) on the slave this test opened.
    assert_eq!(unsafe { libc::tcflow(slave, libc::TCOOFF) }, 0);
    let mut child = unsafe {
        Command::new(assert_cmd::cargo::cargo_bin!("circle"))
            .args(["run", "peer-circle", "--members", "Ana,Ben,Chen", "--no-save"])
            .env("CIRCLE_CONFIG_DIR", circle.config_dir())
            .env("CIRCLE_DATA_DIR", circle.data_dir())
            .env("TERM", "xterm-256color")
            .stdin(Stdio::from(std::os::fd::OwnedFd::from_raw_fd(libc::dup(slave))))
            .stdout(Stdio::from(std::os::fd::OwnedFd::from_raw_fd(libc::dup(slave))))
            .stderr(Stdio::null())
            .pre_exec(move || {
                // Its own session, with this pty as its controlling terminal.
                libc::setsid();
                libc::ioctl(0, libc::TIOCSCTTY, 0);
                Ok(())
            })
            .spawn()
            .unwrap()
    };
    // Made raw, and stuck writing the first frame.
    let made_raw = Instant::now() + Duration::from_secs(10);
    while lflag(slave) & libc::ICANON != 0 {
        assert!(Instant::now() < made_raw, "circle never made the terminal raw");
        std::thread::sleep(Duration::from_millis(10));
    }
    std::thread::sleep(Duration::from_millis(300));
    assert!(
        child.try_wait().unwrap().is_none(),
        "circle waits on the stopped terminal"
    );
    // SAFETY: kill(2) of the child this test started.
    unsafe { libc::kill(child.id() as i32, libc::SIGTERM) };
    let sent = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        assert!(
            sent.elapsed() < Duration::from_secs(5),
            "circle is still running 5 s after SIGTERM, stuck on the terminal"
        );
        std::thread::sleep(Duration::from_millis(20));
    };
    assert!(
        sent.elapsed() < Duration::from_secs(2),
        "ended {:?} after the signal",
        sent.elapsed()
    );
    assert_eq!(status.code(), Some(128 + libc::SIGTERM));
    assert_eq!(
        lflag(slave) & (libc::ICANON | libc::ECHO),
        cooked & (libc::ICANON | libc::ECHO),
        "the terminal's settings are handed back"
    );
    // SAFETY: closing the descriptors openpty gave this test.
    unsafe {
        libc::tcflow(slave, libc::TCOON);
        libc::close(slave);
        libc::close(master);
    }
}

/// A volley of signals: circle ends by the first it caught (a second one, caught
/// while it is already on its way out, does not change its exit code).
#[test]
fn a_volley_of_signals_ends_circle_by_the_first() {
    use crate::support::meeting::{assert_closed_by_signal, group, note, start};
    let circle = Circle::new();
    group(&circle);
    let mut term = start(&circle);
    term.keys(" ");
    term.wait_for("step 1/");
    note(&mut term, "Said before the volley");
    term.signal(libc::SIGTERM);
    // SIGTERM's handler runs at once; the rest arrive while circle ends.
    std::thread::sleep(Duration::from_millis(30));
    for sig in [libc::SIGHUP, libc::SIGINT, libc::SIGQUIT, libc::SIGUSR1, libc::SIGALRM] {
        term.signal(sig);
    }
    assert_eq!(term.wait_exit(), 128 + libc::SIGTERM as u32);
    assert_closed_by_signal(&circle, &term, "Said before the volley", libc::SIGTERM);
}
