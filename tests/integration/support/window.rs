//! A window whose terminal can go away: the test opens a pseudo-terminal itself,
//! runs circle on its slave side and closes the master, as a closed window, a lost
//! SSH connection or a killed tmux does; then how soon, and how quietly, circle
//! exits.

use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::os::unix::process::CommandExt;
use std::process::{Command, Stdio};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::pty::WAIT;
use crate::support::Circle;

/// How the terminal is tied to circle.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Tie {
    /// circle leads a session whose controlling terminal this is (a window): closing
    /// the master sends it SIGHUP as well as ending its input.
    Controlling,
    /// The terminal is only circle's standard input and output: closing the master
    /// ends its input (EOF, EIO) and sends no signal at all.
    InputOnly,
}

/// What the thread serving the master side is told to do.
pub enum Order {
    Keys(Vec<u8>),
    Resize(u16, u16),
    /// Stop reading the master (a terminal nobody reads: output backs up).
    Stall,
    Close,
}

/// A terminal whose master side this process alone holds, so it can really close it.
pub struct Window {
    pub pid: i32,
    screen: Arc<Mutex<vt100::Parser>>,
    pub orders: Sender<Order>,
}

/// What a process used, from wait4(2).
pub struct Exit {
    pub code: Option<i32>,
    pub after: Duration,
    pub cpu: Duration,
}

impl Window {
    pub fn open(circle: &Circle, args: &[&str], tie: Tie) -> Window {
        let (cols, rows) = (100u16, 30u16);
        let size = libc::winsize {
            ws_row: rows,
            ws_col: cols,
            ws_xpixel: 0,
            ws_ypixel: 0,
        };
        let (mut master, mut slave) = (0, 0);
        // SAFETY: openpty(3) fills both descriptors; the name may be null, the sizes point at a live struct.
        let rc = unsafe { libc::openpty(&mut master, &mut slave, std::ptr::null_mut(), std::ptr::null(), &size) };
        assert_eq!(rc, 0, "openpty");
        // SAFETY: openpty just gave us these descriptors.
        let (master, slave) = unsafe { (OwnedFd::from_raw_fd(master), OwnedFd::from_raw_fd(slave)) };
        set_cloexec(master.as_raw_fd());
        let mut cmd = Command::new(assert_cmd::cargo::cargo_bin!("circle"));
        cmd.args(args)
            .env("CIRCLE_CONFIG_DIR", circle.config_dir())
            .env("CIRCLE_DATA_DIR", circle.data_dir())
            .env("TERM", "xterm-256color")
            .env("NO_COLOR", "1")
            .stdin(Stdio::from(slave.try_clone().unwrap()))
            .stdout(Stdio::from(slave.try_clone().unwrap()))
            .stderr(Stdio::from(slave));
        if tie == Tie::Controlling {
            // SAFETY: only async-signal-safe calls (setsid, ioctl) between fork and exec.
            unsafe {
                cmd.pre_exec(|| {
                    if libc::setsid() < 0 || libc::ioctl(0, libc::TIOCSCTTY, 0) < 0 {
                        return Err(std::io::Error::last_os_error());
                    }
                    Ok(())
                });
            }
        } else {
            // Its own process group, so signals meant for the test's group miss it.
            cmd.process_group(0);
        }
        let child = cmd.spawn().expect("spawn circle");
        // Our copies of the slave are gone with `cmd`: only circle holds it now.
        drop(cmd);
        let pid = child.id() as i32;
        std::mem::forget(child); // reaped with wait4 below, to read its CPU time
        let screen = Arc::new(Mutex::new(vt100::Parser::new(rows, cols, 0)));
        let (orders, inbox) = mpsc::channel();
        let s = Arc::clone(&screen);
        std::thread::spawn(move || serve(master, &s, &inbox));
        Window { pid, screen, orders }
    }

    pub fn keys(&self, keys: &str) {
        self.orders.send(Order::Keys(keys.as_bytes().to_vec())).unwrap();
    }

    pub fn wait_for(&self, needle: &str) -> String {
        let start = Instant::now();
        loop {
            let text = self.screen.lock().unwrap().screen().contents();
            if text.contains(needle) {
                return text;
            }
            assert!(
                start.elapsed() < WAIT,
                "waited for {needle:?}; the screen shows:\n{text}"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    pub fn close(&self) {
        self.orders.send(Order::Close).unwrap();
    }

    /// Wait for circle to exit, at most `limit`; its exit code, how long it took and
    /// the CPU it used in all.
    pub fn exit_within(&self, limit: Duration) -> Exit {
        let start = Instant::now();
        loop {
            let mut status = 0;
            // SAFETY: rusage is plain data wait4(2) fills in.
            let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
            // SAFETY: wait4 on our own child with live out-pointers.
            let rc = unsafe { libc::wait4(self.pid, &mut status, libc::WNOHANG, &mut usage) };
            if rc == self.pid {
                let tv = |t: libc::timeval| Duration::from_micros(t.tv_sec as u64 * 1_000_000 + t.tv_usec as u64);
                return Exit {
                    code: libc::WIFEXITED(status).then(|| libc::WEXITSTATUS(status)),
                    after: start.elapsed(),
                    cpu: tv(usage.ru_utime) + tv(usage.ru_stime),
                };
            }
            if start.elapsed() > limit {
                let cpu = cpu_so_far(self.pid);
                // SAFETY: kill(2) on our own child.
                unsafe { libc::kill(self.pid, libc::SIGKILL) };
                panic!("circle still runs {limit:?} later (CPU so far {cpu:?})");
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    }
}

impl Drop for Window {
    fn drop(&mut self) {
        // SAFETY: kill(2) and a non-blocking wait on our own child, if still there.
        unsafe {
            libc::kill(self.pid, libc::SIGKILL);
            libc::waitpid(self.pid, std::ptr::null_mut(), libc::WNOHANG);
        }
    }
}

/// The master's one owner: feeds what circle writes to the screen, writes keys, and
/// closes the master when told (which hangs the terminal up).
fn serve(master: OwnedFd, screen: &Mutex<vt100::Parser>, inbox: &Receiver<Order>) {
    let fd = master.as_raw_fd();
    let mut stalled = false;
    let mut buf = [0u8; 8192];
    loop {
        match inbox.try_recv() {
            Ok(Order::Keys(bytes)) => {
                // SAFETY: write(2) from a live buffer to the master we own.
                let n = unsafe { libc::write(fd, bytes.as_ptr().cast(), bytes.len()) };
                assert_eq!(n, bytes.len() as isize, "keys written");
            }
            Ok(Order::Resize(cols, rows)) => {
                let size = libc::winsize {
                    ws_row: rows,
                    ws_col: cols,
                    ws_xpixel: 0,
                    ws_ypixel: 0,
                };
                // SAFETY: TIOCSWINSZ reads one winsize struct.
                unsafe { libc::ioctl(fd, libc::TIOCSWINSZ, &size) };
            }
            Ok(Order::Stall) => stalled = true,
            Ok(Order::Close) | Err(mpsc::TryRecvError::Disconnected) => return drop(master),
            Err(mpsc::TryRecvError::Empty) => {}
        }
        if stalled {
            std::thread::sleep(Duration::from_millis(20));
            continue;
        }
        let mut pfd = libc::pollfd {
            fd,
            events: libc::POLLIN,
            revents: 0,
        };
        // SAFETY: poll(2) on one live pollfd.
        if unsafe { libc::poll(&mut pfd, 1, 20) } > 0 {
            // SAFETY: read(2) into a live buffer of its length.
            let n = unsafe { libc::read(fd, buf.as_mut_ptr().cast(), buf.len()) };
            if n > 0 {
                screen.lock().unwrap().process(&buf[..n as usize]);
            } else {
                std::thread::sleep(Duration::from_millis(20));
            }
        }
    }
}

fn set_cloexec(fd: RawFd) {
    // SAFETY: fcntl(2) flag changes on a descriptor we own.
    unsafe { libc::fcntl(fd, libc::F_SETFD, libc::FD_CLOEXEC) };
}

/// utime + stime from /proc/<pid>/stat, for the message when circle does not exit.
fn cpu_so_far(pid: i32) -> Duration {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    let after = stat.rsplit(')').next().unwrap_or("");
    let fields: Vec<&str> = after.split_whitespace().collect();
    // SAFETY: sysconf has no preconditions.
    let ticks = unsafe { libc::sysconf(libc::_SC_CLK_TCK) }.max(1) as u64;
    let t = |i: usize| fields.get(i).and_then(|f| f.parse::<u64>().ok()).unwrap_or(0);
    Duration::from_millis((t(11) + t(12)) * 1000 / ticks)
}

/// How soon circle must exit once its terminal is gone, and how much CPU it may
/// use in all (a busy loop on a dead terminal would use a core).
pub const LIMIT: Duration = Duration::from_secs(2);
pub const CPU: Duration = Duration::from_millis(500);

pub fn assert_quick_and_quiet(exit: &Exit, what: &str) {
    assert!(exit.after < LIMIT, "{what}: exited after {:?}", exit.after);
    assert!(exit.cpu < CPU, "{what}: used {:?} of CPU in all", exit.cpu);
    assert_eq!(exit.code, Some(129), "{what}: a hang-up exits 129");
}
