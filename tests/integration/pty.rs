//! The real `circle` binary in a pseudo-terminal, read back through a vt100 emulator,
//! so tests see exactly what a person would see after real key presses.

use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{Child, MasterPty, PtySize};

use crate::pty_spawn::{Home, Spawned, spawn};
use crate::support::Circle;

/// A running `circle` in a terminal of a given size.
pub struct Term {
    screen: Arc<Mutex<vt100::Parser>>,
    /// Every byte the program wrote, for checks on escape sequences.
    raw: Arc<Mutex<Vec<u8>>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn Child + Send + Sync>,
    master: Box<dyn MasterPty + Send>,
    /// Set when the reader has taken the last byte (the terminal's other side closed).
    read_all: Arc<AtomicBool>,
}

pub const WAIT: Duration = Duration::from_secs(15);

impl Term {
    pub fn spawn(circle: &Circle, args: &[&str], cols: u16, rows: u16) -> Term {
        Term::spawn_with(circle, args, &[], cols, rows)
    }

    /// Spawn with more environment (the rehearsal clock: `CIRCLE_NOW`, `CIRCLE_SPEED`).
    pub fn spawn_with(circle: &Circle, args: &[&str], env: &[(&str, &str)], cols: u16, rows: u16) -> Term {
        let mut all = vec![("NO_COLOR", "1")];
        all.extend_from_slice(env);
        let home = Home {
            dir: circle.home.path(),
            env: &all,
        };
        let Spawned {
            child,
            writer,
            master,
            output,
        } = spawn(assert_cmd::cargo::cargo_bin!("circle"), home, args, cols, rows);
        let screen = Arc::new(Mutex::new(vt100::Parser::new(rows, cols, 0)));
        let raw = Arc::new(Mutex::new(Vec::new()));
        let (s, r) = (screen.clone(), raw.clone());
        let read_all = Arc::new(AtomicBool::new(false));
        let done = read_all.clone();
        std::thread::spawn(move || {
            for (_, bytes) in output {
                let mut parser = s.lock().unwrap();
                // vt100 0.16 overflows when a frame drawn for a wider window lands
                // on a 1-column one mid-resize. That is the emulator's bug, not
                // circle's: start a fresh emulator, which circle's next whole
                // redraw (it redraws whole after every resize) fills in.
                let fed = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| parser.process(&bytes)));
                if fed.is_err() {
                    let (rows, cols) = parser.screen().size();
                    *parser = vt100::Parser::new(rows, cols, 0);
                }
                drop(parser);
                r.lock().unwrap().extend_from_slice(&bytes);
            }
            done.store(true, Ordering::SeqCst);
        });
        Term {
            screen,
            raw,
            writer,
            child,
            master,
            read_all,
        }
    }

    /// Resize the window, as a person dragging its corner would.
    pub fn resize(&mut self, cols: u16, rows: u16) {
        // The emulator first, so everything drawn after the program hears of the
        // new size lands on a screen of that size.
        self.screen.lock().unwrap().screen_mut().set_size(rows, cols);
        let size = PtySize {
            rows,
            cols,
            pixel_width: 0,
            pixel_height: 0,
        };
        self.master.resize(size).expect("resize");
    }

    /// The screen's text as a person sees it now.
    pub fn text(&self) -> String {
        self.screen.lock().unwrap().screen().contents()
    }

    pub fn raw(&self) -> Vec<u8> {
        self.raw.lock().unwrap().clone()
    }

    pub fn alternate_screen(&self) -> bool {
        self.screen.lock().unwrap().screen().alternate_screen()
    }

    pub fn cursor_hidden(&self) -> bool {
        self.screen.lock().unwrap().screen().hide_cursor()
    }

    pub fn keys(&mut self, bytes: &str) {
        self.writer.write_all(bytes.as_bytes()).unwrap();
        self.writer.flush().unwrap();
    }

    /// Wait until the screen satisfies `ok`, or fail with what it showed.
    pub fn wait_until(&self, what: &str, ok: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let text = self.text();
            if ok(&text) {
                return text;
            }
            if start.elapsed() > WAIT {
                panic!("waited {WAIT:?} for {what}; the screen shows:\n{text}");
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    pub fn wait_for(&self, needle: &str) -> String {
        self.wait_until(needle, |t| t.contains(needle))
    }

    /// Quit as a person does: `q`, then `y` to the question. Returns the exit code.
    pub fn quit_with_keys(&mut self) -> u32 {
        self.keys("q");
        self.wait_for("Leave the meeting?");
        self.keys("y");
        self.wait_exit()
    }

    pub fn pid(&self) -> i32 {
        self.child.process_id().expect("child pid") as i32
    }

    pub fn signal(&self, sig: i32) {
        // SAFETY: kill(2) on our own child's pid has no memory-safety preconditions.
        let rc = unsafe { libc::kill(self.pid(), sig) };
        assert_eq!(rc, 0, "kill({sig}) failed");
    }

    /// Wait for the program to exit; returns its exit code.
    pub fn wait_exit(&mut self) -> u32 {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().expect("try_wait") {
                // Let the reader take the last bytes: it ends when the terminal's
                // other side closes, which a process the program left behind may
                // delay (then a tenth of a second, as long as the reader needs).
                let exited = Instant::now();
                while !self.read_all.load(Ordering::SeqCst) && exited.elapsed() < Duration::from_millis(100) {
                    std::thread::sleep(Duration::from_millis(2));
                }
                return status.exit_code();
            }
            if start.elapsed() > WAIT {
                let _ = self.child.kill();
                panic!("circle did not exit; the screen shows:\n{}", self.text());
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Term {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
        }
    }
}
