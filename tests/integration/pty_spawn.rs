//! Starting the real `circle` in a pseudo-terminal: shared by the integration tests
//! (`pty.rs`, which reads the output into a vt100 screen) and the benchmark (which
//! also needs each chunk's arrival time). Depends on nothing else in the tests.

use std::io::{Read, Write};
use std::path::Path;
use std::sync::mpsc::{Receiver, channel};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

/// A `circle` running in a pseudo-terminal; its output arrives on `output`, each
/// chunk stamped with its arrival time (µs on CLOCK_BOOTTIME, circle's own clock).
pub struct Spawned {
    pub child: Box<dyn Child + Send + Sync>,
    pub writer: Box<dyn Write + Send>,
    pub master: Box<dyn MasterPty + Send>,
    pub output: Receiver<(u64, Vec<u8>)>,
}

/// Where a spawned circle keeps its files: `<home>/config` and `<home>/data`.
pub struct Home<'a> {
    pub dir: &'a Path,
    /// Extra environment, e.g. `NO_COLOR`.
    pub env: &'a [(&'a str, &'a str)],
}

pub fn spawn(bin: &Path, home: Home, args: &[&str], cols: u16, rows: u16) -> Spawned {
    let pair = native_pty_system()
        .openpty(PtySize {
            rows,
            cols,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("open a pty");
    let mut cmd = CommandBuilder::new(bin);
    cmd.args(args);
    cmd.env("CIRCLE_CONFIG_DIR", home.dir.join("config"));
    cmd.env("CIRCLE_DATA_DIR", home.dir.join("data"));
    cmd.env("TERM", "xterm-256color");
    // English unless a test asks for another language (portable-pty starts
    // from this process's environment).
    cmd.env_remove("LC_ALL");
    cmd.env_remove("LC_MESSAGES");
    cmd.env("LANG", "C.UTF-8");
    for (k, v) in home.env {
        cmd.env(k, v);
    }
    cmd.cwd(home.dir);
    let child = pair.slave.spawn_command(cmd).expect("spawn circle");
    drop(pair.slave);
    let mut reader = pair.master.try_clone_reader().expect("pty reader");
    let writer = pair.master.take_writer().expect("pty writer");
    let (tx, output) = channel();
    std::thread::spawn(move || {
        let mut buf = [0u8; 16384];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 || tx.send((boot_us(), buf[..n].to_vec())).is_err() {
                break;
            }
        }
    });
    Spawned {
        child,
        writer,
        master: pair.master,
        output,
    }
}

/// CLOCK_BOOTTIME in microseconds: the clock circle counts down on.
pub fn boot_us() -> u64 {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: clock_gettime only writes the timespec it is given.
    unsafe { libc::clock_gettime(libc::CLOCK_BOOTTIME, &mut ts) };
    ts.tv_sec as u64 * 1_000_000 + ts.tv_nsec as u64 / 1000
}
