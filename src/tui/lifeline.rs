//! Knowing when to stop, however the end comes: SIGTERM, SIGHUP, SIGINT or any other
//! signal that would end circle (see [`ENDING_SIGNALS`]), or the
//! terminal hanging up (a closed window, a lost SSH connection, a killed tmux).
//!
//! crossterm 0.29's `event::poll` spins for ever on a hung-up terminal (its read
//! returns 0 and it reads again: crossterm issue #793), so the live screen never
//! calls it with a timeout. It waits here instead, in `poll(2)` on the terminal and a
//! wake-up pipe, and only asks crossterm for events when there are bytes to read.
//! One thread watches for the end on its own: for a signal (its handler writes to a
//! pipe) and for the terminal's hang-up (a `poll` asking for no events, which wakes
//! only for that). It wakes the main loop, which saves and returns; if it has not
//! within [`GRACE`] (it may be stuck writing to a terminal nobody reads, or spinning
//! in crossterm), the thread closes the journal itself, hands the terminal back as
//! it found it, and exits the process.
//!
//! The thread starts with [`Lifeline::start`], before the first frame: a first
//! frame that cannot be written (a terminal that takes no output) must not keep a
//! signal from ending circle.

use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::sync::atomic::{AtomicBool, AtomicI32, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use crate::engine::Ms;
use crate::journal::writer::JournalCloser;

/// How long the main loop has to save and return after a stop, before a watching
/// thread closes the journal and exits for it.
pub const GRACE: Duration = Duration::from_millis(700);

/// Exit code when the terminal hung up without a signal (as for SIGHUP).
pub const HANGUP_EXIT: i32 = 128 + libc::SIGHUP;
/// The stop word for a hang-up seen on the terminal itself (not a signal number).
const GONE: i32 = -1;

/// Why the live screen stops by itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stop {
    Signal(i32),
    TerminalGone,
}

impl Stop {
    /// The shell's convention: 128 + the signal (129 for a hang-up, 143 for SIGTERM).
    pub fn exit_code(self) -> i32 {
        match self {
            Stop::Signal(sig) => 128 + sig,
            Stop::TerminalGone => HANGUP_EXIT,
        }
    }

    /// How a stop is kept in one atomic word: the signal's number, or [`GONE`].
    fn word(self) -> i32 {
        match self {
            Stop::Signal(sig) => sig,
            Stop::TerminalGone => GONE,
        }
    }

    fn from_word(word: i32) -> Stop {
        if word == GONE {
            Stop::TerminalGone
        } else {
            Stop::Signal(word)
        }
    }
}

/// What ended a wait.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wake {
    /// Bytes from the terminal are waiting: crossterm can read them without spinning.
    Input,
    Timeout,
    Stop(Stop),
}

struct Shared {
    wake_tx: OwnedFd,
    /// The first stop ([`Stop::word`]), or 0.
    stop: AtomicI32,
    /// The main loop has closed the journal and saved what it could.
    saved: AtomicBool,
    closer: Mutex<Option<JournalCloser>>,
}

impl Shared {
    /// The first stop wins: wake the main loop, give it the grace period, then do
    /// what it has not done.
    fn stop(&self, stop: Stop) {
        if self
            .stop
            .compare_exchange(0, stop.word(), Ordering::SeqCst, Ordering::SeqCst)
            .is_err()
        {
            return;
        }
        // SAFETY: write(2) of one byte from a live buffer to a pipe this struct owns.
        let _ = unsafe { libc::write(self.wake_tx.as_raw_fd(), b"!".as_ptr().cast(), 1) };
        std::thread::sleep(GRACE);
        if !self.saved.load(Ordering::SeqCst) {
            let closer = self.closer.lock().ok().and_then(|c| c.clone());
            if let Some(closer) = closer {
                closer.close_in_haste(Duration::from_millis(200));
            }
            self.hand_back_terminal();
        }
        // The journal holds every event; resume brings the meeting back.
        // SAFETY: _exit(2) ends the process without running destructors that could block
        // on a terminal that is gone.
        unsafe { libc::_exit(stop.exit_code()) }
    }

    /// What the main loop does on its way out, done for it: the sequences that
    /// leave the alternate screen, show the cursor and end bracketed paste, and the
    /// terminal's own settings back (crossterm kept them when it made it raw). The
    /// sequences are written without blocking (a terminal that takes no output is
    /// why the main loop is stuck), after a CAN that ends any escape sequence a
    /// frame was cut off in; crossterm's `execute!` would block there.
    fn hand_back_terminal(&self) {
        const BACK: &[u8] = b"\x18\x1b[0m\x1b[?2004l\x1b[?25h\x1b[?1049l";
        // SAFETY: fcntl(2) and write(2) on standard output, from a static buffer of
        // the length given.
        unsafe {
            let flags = libc::fcntl(libc::STDOUT_FILENO, libc::F_GETFL);
            if flags >= 0 {
                libc::fcntl(libc::STDOUT_FILENO, libc::F_SETFL, flags | libc::O_NONBLOCK);
            }
            let _ = libc::write(libc::STDOUT_FILENO, BACK.as_ptr().cast(), BACK.len());
        }
        let _ = ratatui::crossterm::terminal::disable_raw_mode();
    }
}

/// The watcher, and the main loop's way to wait on it and on the terminal.
pub struct Lifeline {
    wake_rx: OwnedFd,
    /// Written on SIGWINCH: crossterm then has a resize to report.
    winch_rx: OwnedFd,
    shared: Arc<Shared>,
}

/// Every signal whose default action ends the process and that can be caught
/// (SIGKILL and SIGSTOP cannot; SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP and SIGSYS
/// mean circle itself went wrong, and the panic hook is not for them). Left to the
/// default, SIGQUIT or a stray SIGUSR1 would leave the terminal raw and on the
/// alternate screen, and the journal open.
const ENDING_SIGNALS: [i32; 13] = [
    libc::SIGTERM,
    libc::SIGHUP,
    libc::SIGINT,
    libc::SIGQUIT,
    libc::SIGUSR1,
    libc::SIGUSR2,
    libc::SIGALRM,
    libc::SIGVTALRM,
    libc::SIGPROF,
    libc::SIGXCPU,
    libc::SIGIO,
    libc::SIGPWR,
    libc::SIGSTKFLT,
];

/// The terminal circle reads keys from (crossterm uses standard input when it is one).
const TTY: RawFd = libc::STDIN_FILENO;

impl Lifeline {
    /// Catch every ending signal and SIGWINCH from now on, and start the thread
    /// that watches for a signal or a hang-up.
    pub fn start() -> std::io::Result<Lifeline> {
        let (wake_rx, wake_tx) = pipe()?;
        let (winch_rx, winch_tx) = pipe()?;
        signal_hook::low_level::pipe::register(signal_hook::consts::SIGWINCH, winch_tx)?;
        // A full disk must be an error circle handles, not a signal that kills it.
        // SAFETY: setting a signal to be ignored has no preconditions.
        unsafe { libc::signal(libc::SIGXFSZ, libc::SIG_IGN) };
        let (signal_rx, signal_tx) = pipe()?;
        let signal_tx = Arc::new(signal_tx);
        // The first ending signal caught (its number): the one circle ends by.
        let caught = Arc::new(AtomicI32::new(0));
        for sig in ENDING_SIGNALS {
            let (tx, caught) = (Arc::clone(&signal_tx), Arc::clone(&caught));
            let action = move || {
                first_caught(&caught, sig);
                // SAFETY: write(2) of one byte from a static buffer to a pipe this
                // closure keeps open; the pipe does not block (a full one means the
                // watcher is already awake).
                let _ = unsafe { libc::write(tx.as_raw_fd(), b"!".as_ptr().cast(), 1) };
            };
            // SAFETY: the action only uses a lock-free atomic and write(2), both
            // async-signal-safe; it neither allocates nor locks.
            unsafe { signal_hook::low_level::register(sig, action) }?;
        }
        let shared = Arc::new(Shared {
            wake_tx,
            stop: AtomicI32::new(0),
            saved: AtomicBool::new(false),
            closer: Mutex::new(None),
        });
        let watcher = Arc::clone(&shared);
        std::thread::Builder::new().name("lifeline".into()).spawn(move || {
            if let Some(stop) = wait_for_end(signal_rx.as_raw_fd(), TTY, &caught) {
                watcher.stop(stop);
            }
        })?;
        Ok(Lifeline {
            wake_rx,
            winch_rx,
            shared,
        })
    }

    /// Sleep until input, a stop, or `timeout_ms`.
    pub fn wait(&self, timeout_ms: Ms) -> Wake {
        if let Some(stop) = self.stopped() {
            return Wake::Stop(stop);
        }
        let mut fds = [
            libc::pollfd {
                fd: TTY,
                events: libc::POLLIN,
                revents: 0,
            },
            libc::pollfd {
                fd: self.wake_rx.as_raw_fd(),
                events: libc::POLLIN,
                revents: 0,
            },
            libc::pollfd {
                fd: self.winch_rx.as_raw_fd(),
                events: libc::POLLIN,
                revents: 0,
            },
        ];
        let timeout = timeout_ms.min(i32::MAX as Ms) as i32;
        // SAFETY: poll(2) on an array of three pollfd structs that lives across the call.
        let rc = unsafe { libc::poll(fds.as_mut_ptr(), 3, timeout) };
        if let Some(stop) = self.stopped() {
            return Wake::Stop(stop);
        }
        if rc <= 0 {
            return Wake::Timeout;
        }
        if fds[2].revents & libc::POLLIN != 0 {
            drain(self.winch_rx.as_raw_fd());
            if !hung_up(TTY) {
                return Wake::Input;
            }
        }
        if fds[0].revents == 0 && !hung_up(TTY) {
            return Wake::Timeout;
        }
        if fds[0].revents & (libc::POLLHUP | libc::POLLERR | libc::POLLNVAL) != 0 || !bytes_waiting(TTY) {
            return Wake::Stop(self.terminal_gone());
        }
        Wake::Input
    }

    /// Before asking crossterm for more events: a stop under way, or the terminal
    /// found hung up (crossterm would spin on it).
    pub fn check(&self) -> Option<Stop> {
        if hung_up(TTY) {
            return Some(self.terminal_gone());
        }
        self.stopped()
    }

    /// A stop already under way, if any.
    pub fn stopped(&self) -> Option<Stop> {
        match self.shared.stop.load(Ordering::SeqCst) {
            0 => None,
            word => Some(Stop::from_word(word)),
        }
    }

    /// The main loop found the terminal gone (a read or write failed): stop as for a
    /// hang-up, unless a signal came first.
    pub fn terminal_gone(&self) -> Stop {
        let _ = self
            .shared
            .stop
            .compare_exchange(0, GONE, Ordering::SeqCst, Ordering::SeqCst);
        self.stopped().unwrap_or(Stop::TerminalGone)
    }

    /// The journal to close if the main loop cannot.
    pub fn watch_journal(&self, closer: Option<JournalCloser>) {
        if let (Some(c), Ok(mut slot)) = (closer, self.shared.closer.lock())
            && slot.is_none()
        {
            *slot = Some(c);
        }
    }

    /// The main loop has closed the journal and saved the record.
    pub fn saved(&self) {
        self.shared.saved.store(true, Ordering::SeqCst);
    }
}

/// Keep `sig` as the signal circle ends by, unless one came before it. Lock-free,
/// so fit for a signal handler.
fn first_caught(caught: &AtomicI32, sig: i32) {
    let _ = caught.compare_exchange(0, sig, Ordering::SeqCst, Ordering::SeqCst);
}

fn pipe() -> std::io::Result<(OwnedFd, OwnedFd)> {
    let mut fds = [0; 2];
    // SAFETY: pipe2(2) fills the two-element array it is given.
    if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC | libc::O_NONBLOCK) } != 0 {
        return Err(std::io::Error::last_os_error());
    }
    // SAFETY: pipe2 just returned these descriptors; nothing else owns them.
    Ok(unsafe { (OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1])) })
}

/// Empty a non-blocking pipe.
fn drain(fd: RawFd) {
    let mut buf = [0u8; 64];
    // SAFETY: read(2) into a live buffer of the length given.
    while unsafe { libc::read(fd, buf.as_mut_ptr().cast(), buf.len()) } > 0 {}
}

/// True when the terminal has hung up (checked without waiting).
fn hung_up(fd: RawFd) -> bool {
    let mut pfd = libc::pollfd {
        fd,
        events: 0,
        revents: 0,
    };
    // SAFETY: poll(2) on one pollfd struct that lives across the call.
    let rc = unsafe { libc::poll(&mut pfd, 1, 0) };
    rc > 0 && pfd.revents & (libc::POLLHUP | libc::POLLERR | libc::POLLNVAL) != 0
}

/// Block until an ending signal is caught (its pipe `signals` turns readable) or
/// the terminal `tty` hangs up; `None` when neither can be watched. Asking `poll`
/// for no events on the terminal wakes it only for a hang-up or an error.
fn wait_for_end(signals: RawFd, tty: RawFd, caught: &AtomicI32) -> Option<Stop> {
    let mut fds = [
        libc::pollfd {
            fd: signals,
            events: libc::POLLIN,
            revents: 0,
        },
        libc::pollfd {
            fd: tty,
            events: 0,
            revents: 0,
        },
    ];
    loop {
        // SAFETY: poll(2) on an array of two pollfd structs that lives across the call.
        let rc = unsafe { libc::poll(fds.as_mut_ptr(), 2, -1) };
        if rc < 0 {
            if std::io::Error::last_os_error().kind() == std::io::ErrorKind::Interrupted {
                continue;
            }
            return None;
        }
        if fds[0].revents != 0 {
            return Some(Stop::Signal(caught.load(Ordering::SeqCst)));
        }
        if fds[1].revents & (libc::POLLHUP | libc::POLLERR | libc::POLLNVAL) != 0 {
            return Some(Stop::TerminalGone);
        }
    }
}

/// True when the terminal has bytes to read. A terminal that polls readable with
/// nothing to read is at end-of-file, and one that refuses the question (EIO) has
/// hung up.
fn bytes_waiting(fd: RawFd) -> bool {
    let mut n: libc::c_int = 0;
    // SAFETY: FIONREAD writes one c_int through the pointer it is given.
    let rc = unsafe { libc::ioctl(fd, libc::FIONREAD, &mut n) };
    rc == 0 && n > 0
}

#[cfg(test)]
#[path = "lifeline_tests.rs"]
mod tests;
