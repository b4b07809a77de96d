//! `cargo bench --bench live`: circle measured as people use it. It runs the release
//! binary in a pseudo-terminal on a built-in protocol and prints one table, then the
//! same figures as one JSON line for scripts.
//!
//! `CIRCLE_BENCH_SHORT=1` runs every measurement briefly (CI checks it still runs;
//! timings are not judged there). `CIRCLE_BENCH_BIN=path` measures another build
//! of circle (the replay and the plan are this build's own code either way).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::mpsc::Receiver;
use std::time::{Duration, Instant};

use circle::app::{App, Effect, MeetingSpec, Msg};
use circle::engine::{Clock, ManualClock, Settings};
use circle::journal::Entry;
use circle::journal::{self, Journal};
use circle::meeting::Meeting;
use circle::plan::{self, PlanRequest, PresenterChoice};
use circle::protocol::Library;
use circle::theme::Theme;
use portable_pty::{Child, MasterPty};

mod offline;
#[path = "../../tests/integration/pty_spawn.rs"]
mod pty_spawn;
mod starts;
use offline::*;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use starts::*;

const BIN: &str = env!("CARGO_BIN_EXE_circle");

/// The binary measured: this build's, or `CIRCLE_BENCH_BIN` (an earlier build, to
/// compare before and after back to back on the same machine).
fn bin() -> PathBuf {
    std::env::var_os("CIRCLE_BENCH_BIN").map_or_else(|| PathBuf::from(BIN), PathBuf::from)
}
const MEMBERS: &str = "Ana,Ben,Chen,Dee,Eve";

struct Opts {
    starts: usize,
    idle_secs: u64,
    keys: usize,
    flip_secs: u64,
    replays: usize,
    plans: usize,
}

fn main() {
    // `cargo bench` passes `--bench`; any other argument is a filter we ignore.
    let short = std::env::var_os("CIRCLE_BENCH_SHORT").is_some_and(|v| !v.is_empty());
    let o = if short {
        Opts {
            starts: 3,
            idle_secs: 2,
            keys: 20,
            flip_secs: 3,
            replays: 2,
            plans: 50,
        }
    } else {
        Opts {
            starts: 20,
            idle_secs: 30,
            keys: 200,
            flip_secs: 30,
            replays: 50,
            plans: 2000,
        }
    };
    let home = tempfile::tempdir().expect("temp dir");

    let mut rows: Vec<(&str, String, &str, String)> = Vec::new();
    let mut json = serde_json::Map::new();
    let mut put = |key: &'static str, label: &'static str, value: f64, unit: &'static str, budget: &'static str| {
        json.insert(key.into(), serde_json::json!((value * 1000.0).round() / 1000.0));
        rows.push((label, format!("{value:.3} {unit}"), budget, key.to_string()));
    };

    // The replay first, in a fresh process: after the live runs the heap holds
    // their leftovers and the figure measured the allocator's state as much as
    // the replay (6.5–7 ms then, 4.2 ms alone).
    let replay = replay_10k_ms(home.path(), o.replays);
    // What a pseudo-terminal costs by itself (a program that only prints the
    // ready screen's two marks): circle's own start-up is the rest.
    let floor = floor_ms(home.path(), o.starts);
    let first = first_frame_ms(home.path(), 80, 24, o.starts);
    put(
        "first_frame_ms",
        "start to first full frame (median)",
        first,
        "ms",
        "≤ 20 ms",
    );
    put("pty_floor_ms", "  … a pty's own floor", floor, "ms", "—");
    put(
        "first_frame_own_ms",
        "  … circle's own part",
        (first - floor).max(0.0),
        "ms",
        "≤ 2.5 ms",
    );
    let wide = first_frame_ms(home.path(), 200, 60, o.starts);
    put("first_frame_200x60_ms", "  … at 200×60", wide, "ms", "≤ 20 ms");
    let resume = resume_ms(home.path(), o.starts);
    put(
        "resume_3h_ms",
        "resume a 3-hour meeting, to its screen (median)",
        resume,
        "ms",
        "≤ 5 ms",
    );
    put(
        "resume_3h_own_ms",
        "  … less the pty's floor",
        (resume - floor).max(0.0),
        "ms",
        "—",
    );
    let live = live_run(home.path(), &o);
    put(
        "idle_cpu_pct",
        "CPU while counting down",
        live.idle_cpu_pct,
        "% of a core",
        "≤ 0.2 %",
    );
    put(
        "rss_counting_mb",
        "resident memory while counting",
        live.rss_counting_mb,
        "MB",
        "≤ 5 MB",
    );
    put(
        "bytes_per_sec",
        "bytes to the terminal while counting",
        live.bytes_per_sec,
        "bytes/s",
        "≤ 300",
    );
    put(
        "peak_rss_mb",
        "peak memory (RSS high-water)",
        live.peak_rss_mb,
        "MB",
        "—",
    );
    put(
        "key_to_frame_p50_ms",
        "key to redrawn frame, p50",
        live.key_p50,
        "ms",
        "—",
    );
    put(
        "key_to_frame_p99_ms",
        "key to redrawn frame, p99",
        live.key_p99,
        "ms",
        "≤ 10 ms",
    );
    put(
        "flip_error_max_ms",
        "second flip vs true clock, max",
        live.flip_max,
        "ms",
        "≤ 20 ms",
    );
    put(
        "flip_error_median_ms",
        "second flip vs true clock, median",
        live.flip_median,
        "ms",
        "—",
    );
    put("drift_ms", "drift over the run", live.drift, "ms", "none");
    put("replay_10k_ms", "replay a 10,000-event journal", replay, "ms", "≤ 5 ms");
    put(
        "plan_15_us",
        "plan a 15-member mastermind",
        plan_15_us(o.plans),
        "µs",
        "—",
    );

    println!(
        "\ncircle live benchmark{}\n",
        if short {
            " (short mode: timings not meaningful)"
        } else {
            ""
        }
    );
    println!("| figure | result | budget |");
    println!("|---|---:|---|");
    for (label, value, budget, _) in &rows {
        println!("| {label} | {value} | {budget} |");
    }
    println!("\n{}", serde_json::Value::Object(json));
}

fn median(v: &mut [f64]) -> f64 {
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    if v.is_empty() { 0.0 } else { v[v.len() / 2] }
}

fn percentile(v: &mut [f64], p: f64) -> f64 {
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    if v.is_empty() {
        return 0.0;
    }
    let i = ((v.len() as f64 * p).ceil() as usize).clamp(1, v.len()) - 1;
    v[i]
}

struct Live {
    idle_cpu_pct: f64,
    rss_counting_mb: f64,
    bytes_per_sec: f64,
    peak_rss_mb: f64,
    key_p50: f64,
    key_p99: f64,
    flip_max: f64,
    flip_median: f64,
    drift: f64,
}

/// CPU time the process has used, in seconds: from /proc/<pid>/schedstat (ns), or
/// /proc/<pid>/stat (clock ticks) where schedstat is missing.
fn cpu_secs(pid: u32) -> f64 {
    if let Ok(s) = std::fs::read_to_string(format!("/proc/{pid}/schedstat"))
        && let Some(ns) = s.split_whitespace().next().and_then(|x| x.parse::<u64>().ok())
    {
        return ns as f64 / 1e9;
    }
    // SAFETY: sysconf only reads a system constant.
    let clk_tck = unsafe { libc::sysconf(libc::_SC_CLK_TCK) } as f64;
    proc_cpu_ticks(pid) as f64 / clk_tck
}

fn proc_cpu_ticks(pid: u32) -> u64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    // Fields after the command name (which may hold spaces) start after ") ".
    let rest = stat.rsplit_once(") ").map_or("", |(_, r)| r);
    let f: Vec<&str> = rest.split_whitespace().collect();
    // utime and stime are fields 14 and 15 of the whole line: 12 and 13 here.
    f.get(11).and_then(|x| x.parse::<u64>().ok()).unwrap_or(0)
        + f.get(12).and_then(|x| x.parse::<u64>().ok()).unwrap_or(0)
}

fn peak_rss_mb(pid: u32) -> f64 {
    status_mb(pid, "VmHWM:")
}

/// A figure of /proc/<pid>/status in MB: `VmRSS:` (resident now), `VmHWM:` (peak).
fn status_mb(pid: u32, field: &str) -> f64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find(|l| l.starts_with(field))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|kb| kb.parse::<f64>().ok())
        .map_or(0.0, |kb| kb / 1024.0)
}

/// The elapsed seconds on the status line ("● on track · 0:07 of 6:08").
fn shown_elapsed(screen: &str) -> Option<u64> {
    let line = screen.lines().find(|l| l.contains("on track"))?;
    let t = line.split(" of ").next()?.rsplit(' ').next()?;
    t.split(':')
        .try_fold(0u64, |acc, p| p.parse::<u64>().ok().map(|n| acc * 60 + n))
}

fn the_journal(home: &Path) -> PathBuf {
    journal::find_all(&home.join("data"))
        .into_iter()
        .max()
        .expect("a journal")
}

fn live_run(home: &Path, o: &Opts) -> Live {
    let _ = std::fs::remove_dir_all(home.join("data"));
    // 120×40, as the side-by-side comparison in issue 23 measured.
    let mut pty = Pty::spawn(
        home,
        &["run", "peer-circle", "--members", MEMBERS, "--length", "3h"],
        120,
        40,
    );
    pty.until(|s| s.contains("Press SPACE to begin"));
    pty.key(" ");
    pty.until(|s| s.contains("step 1/"));
    let pid = pty.pid();

    // Second flips against the true clock, from the journal's start time.
    let j = journal::read(&the_journal(home)).expect("journal");
    let started = j.entries.first().expect("start event").t;
    let mut errors: Vec<f64> = Vec::new();
    let mut last = None;
    // The first second settles (the step's first frame); counting starts after.
    let settle = Instant::now() + Duration::from_millis(1200);
    while Instant::now() < settle {
        if let Ok((_, bytes)) = pty.chunks.recv_timeout(Duration::from_millis(100)) {
            pty.parser.process(&bytes);
        }
    }
    let cpu0 = cpu_secs(pid);
    let wall0 = Instant::now();
    let window = Duration::from_secs(o.flip_secs.max(o.idle_secs));
    let mut written = 0usize;
    while wall0.elapsed() < window {
        let Ok((t, bytes)) = pty.chunks.recv_timeout(Duration::from_secs(2)) else {
            continue;
        };
        written += bytes.len();
        pty.parser.process(&bytes);
        let shown = shown_elapsed(&pty.parser.screen().contents());
        if shown.is_some() && shown != last {
            if let (Some(_), Some(secs)) = (last, shown) {
                // The display flips when the true elapsed time reaches a whole second.
                let boundary_ms = (started + secs * 1000) as f64;
                errors.push(t as f64 / 1000.0 - boundary_ms);
            }
            last = shown;
        }
    }
    let idle_cpu_pct = (cpu_secs(pid) - cpu0) / wall0.elapsed().as_secs_f64() * 100.0;
    let bytes_per_sec = written as f64 / wall0.elapsed().as_secs_f64();
    let rss_counting_mb = status_mb(pid, "VmRSS:");
    let abs: Vec<f64> = errors.iter().map(|e| e.abs()).collect();
    let flip_max = abs.iter().cloned().fold(0.0, f64::max);
    let flip_median = median(&mut abs.clone());
    let k = errors.len().min(5);
    let drift = if errors.len() >= 2 * k && k > 0 {
        let first: f64 = errors[..k].iter().sum::<f64>() / k as f64;
        let lastk: f64 = errors[errors.len() - k..].iter().sum::<f64>() / k as f64;
        lastk - first
    } else {
        0.0
    };

    // Key to frame: `?` opens the help overlay, any key closes it.
    let mut lat = Vec::new();
    for i in 0..o.keys {
        let open = i % 2 == 0;
        let t0 = pty_spawn::boot_us();
        pty.key("?");
        let t = pty.until(|s| s.contains("any key closes") == open);
        lat.push(t.saturating_sub(t0) as f64 / 1000.0);
    }
    let key_p50 = percentile(&mut lat.clone(), 0.5);
    let key_p99 = percentile(&mut lat, 0.99);
    let peak = peak_rss_mb(pid);
    pty.quit();
    Live {
        idle_cpu_pct,
        rss_counting_mb,
        bytes_per_sec,
        peak_rss_mb: peak,
        key_p50,
        key_p99,
        flip_max,
        flip_median,
        drift,
    }
}
