//! How soon circle is on screen: the first full frame, a pseudo-terminal's own
//! floor, and a resumed meeting's screen. Each start is a fresh process.

use super::*;

/// A `circle` in a pseudo-terminal (started by the tests' own harness); output
/// arrives on a channel with its arrival time.
pub struct Pty {
    pub child: Box<dyn Child + Send + Sync>,
    pub writer: Box<dyn Write + Send>,
    pub chunks: Receiver<(u64, Vec<u8>)>,
    pub parser: vt100::Parser,
    pub _master: Box<dyn MasterPty + Send>,
}

impl Pty {
    pub fn spawn(home: &Path, args: &[&str], cols: u16, rows: u16) -> Pty {
        let s = pty_spawn::spawn(&bin(), pty_spawn::Home { dir: home, env: &[] }, args, cols, rows);
        Pty {
            child: s.child,
            writer: s.writer,
            chunks: s.output,
            parser: vt100::Parser::new(rows, cols, 0),
            _master: s.master,
        }
    }

    /// Feed output until the screen satisfies `ok`; returns the arrival time (µs) of
    /// the chunk that made it so.
    pub fn until(&mut self, ok: impl Fn(&str) -> bool) -> u64 {
        // A screen that never shows what is awaited fails the run (CI must not hang),
        // even while circle goes on drawing its clock.
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            let Ok((t, bytes)) = self.chunks.recv_timeout(left) else {
                panic!("waited 30 s; the screen shows:\n{}", self.parser.screen().contents());
            };
            self.parser.process(&bytes);
            if ok(&self.parser.screen().contents()) {
                return t;
            }
        }
    }

    pub fn key(&mut self, s: &str) {
        self.writer.write_all(s.as_bytes()).unwrap();
        self.writer.flush().unwrap();
    }

    pub fn pid(&self) -> u32 {
        self.child.process_id().unwrap()
    }

    pub fn quit(mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// One start of circle on the ready screen, from spawn until its last line is on
/// the (emulated) screen, in milliseconds.
pub fn first_frame_once(home: &Path, cols: u16, rows: u16) -> f64 {
    let t0 = Instant::now();
    let mut pty = Pty::spawn(
        home,
        &["run", "peer-circle", "--members", MEMBERS, "--no-save"],
        cols,
        rows,
    );
    // The ready screen's last line is drawn: the frame is complete.
    pty.until(|s| s.contains("Press SPACE to begin") && s.contains("e change presenters"));
    let ms = t0.elapsed().as_secs_f64() * 1000.0;
    pty.quit();
    ms
}

pub fn first_frame_ms(home: &Path, cols: u16, rows: u16, starts: usize) -> f64 {
    let mut times: Vec<f64> = (0..starts).map(|_| first_frame_once(home, cols, rows)).collect();
    median(&mut times)
}

/// One start of a program that only prints the ready screen's two marks: what a
/// pseudo-terminal costs by itself, in milliseconds.
pub fn floor_once(home: &Path) -> f64 {
    let t0 = Instant::now();
    let s = pty_spawn::spawn(
        Path::new("/bin/echo"),
        pty_spawn::Home { dir: home, env: &[] },
        &["Press SPACE to begin", "e change presenters"],
        80,
        24,
    );
    let mut parser = vt100::Parser::new(24, 80, 0);
    loop {
        let (_, bytes) = s.output.recv_timeout(Duration::from_secs(10)).expect("echo's output");
        parser.process(&bytes);
        let screen = parser.screen().contents();
        if screen.contains("Press SPACE to begin") && screen.contains("e change presenters") {
            break;
        }
    }
    let ms = t0.elapsed().as_secs_f64() * 1000.0;
    let mut child = s.child;
    let _ = child.wait();
    ms
}

/// The floor: the median of `starts` starts of [`floor_once`], run back to back.
/// (Taken in turn with circle's starts, a floor right after each circle measured a
/// millisecond slower: the ending of the circle before it weighed on it.)
pub fn floor_ms(home: &Path, starts: usize) -> f64 {
    let mut times: Vec<f64> = (0..starts).map(|_| floor_once(home)).collect();
    median(&mut times)
}

/// The median time from spawning `circle resume` on a 3-hour meeting's journal
/// (killed mid-step) until its screen says it is back.
pub fn resume_ms(home: &Path, starts: usize) -> f64 {
    let journal = make_journal(home, 600, 18_000);
    let header: serde_json::Value =
        serde_json::from_str(std::fs::read_to_string(&journal).unwrap().lines().next().unwrap()).unwrap();
    let stem = circle::store::slug(header["id"].as_str().unwrap());
    let mut times = Vec::new();
    for _ in 0..starts {
        let run = home.join("resume-run");
        let _ = std::fs::remove_dir_all(&run);
        let sessions = run.join("data/sessions");
        std::fs::create_dir_all(&sessions).unwrap();
        std::fs::copy(&journal, sessions.join(format!("{stem}.journal"))).unwrap();
        let t0 = Instant::now();
        let mut pty = Pty::spawn(&run, &["resume"], 80, 24);
        pty.until(|s| s.contains("Resumed after"));
        times.push(t0.elapsed().as_secs_f64() * 1000.0);
        pty.quit();
    }
    median(&mut times)
}
