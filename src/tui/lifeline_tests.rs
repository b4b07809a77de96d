//! The lifeline's watcher, on real pseudo-terminals and pipes.

use super::*;

#[test]
fn a_hung_up_terminal_is_seen_at_once() {
    let (mut master, mut slave) = (0, 0);
    // SAFETY: openpty(3) fills the two descriptors; the other pointers may be null.
    let rc = unsafe {
        libc::openpty(
            &mut master,
            &mut slave,
            std::ptr::null_mut(),
            std::ptr::null(),
            std::ptr::null(),
        )
    };
    assert_eq!(rc, 0);
    let (signals, _signal_tx) = pipe().unwrap();
    let watcher = std::thread::spawn(move || wait_for_end(signals.as_raw_fd(), slave, &AtomicI32::new(0)));
    std::thread::sleep(Duration::from_millis(50));
    assert!(!watcher.is_finished(), "no hang-up yet, so the watcher waits");
    // SAFETY: closing the master descriptor openpty gave us.
    unsafe { libc::close(master) };
    assert_eq!(
        watcher.join().unwrap(),
        Some(Stop::TerminalGone),
        "closing the master hangs the terminal up"
    );
    assert!(hung_up(slave), "and a zero-time check sees it too");
    assert!(!bytes_waiting(slave), "a hung-up terminal has nothing to read");
    // SAFETY: closing the slave descriptor openpty gave us.
    unsafe { libc::close(slave) };
}

#[test]
fn a_caught_signal_is_seen_with_its_number() {
    let (signals, signal_tx) = pipe().unwrap();
    let caught = Arc::new(AtomicI32::new(0));
    let seen = Arc::clone(&caught);
    // Standard input may be anything here (a pipe, /dev/null): only the signal
    // pipe is written to.
    let watcher = std::thread::spawn(move || wait_for_end(signals.as_raw_fd(), -1, &seen));
    std::thread::sleep(Duration::from_millis(50));
    assert!(!watcher.is_finished(), "nothing caught yet, so the watcher waits");
    caught.store(libc::SIGQUIT, Ordering::SeqCst);
    // SAFETY: write(2) of one byte from a static buffer to a pipe we own.
    unsafe { libc::write(signal_tx.as_raw_fd(), b"!".as_ptr().cast(), 1) };
    assert_eq!(watcher.join().unwrap(), Some(Stop::Signal(libc::SIGQUIT)));
}

#[test]
fn the_first_signal_caught_is_the_one_kept() {
    let caught = AtomicI32::new(0);
    first_caught(&caught, libc::SIGTERM);
    first_caught(&caught, libc::SIGHUP);
    assert_eq!(caught.load(Ordering::SeqCst), libc::SIGTERM);
}
