//! The git command line, run in a group's folder: circle moves a group's memory
//! between laptops with git and no network code of its own. Never asks for a
//! password on the terminal (a remote that needs one fails with git's message),
//! and gives up after a while, so an offline laptop is never stuck.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use super::CliError;

/// The longest one git command may take (a clone, a pull or a push).
const GIVE_UP_AFTER: Duration = Duration::from_secs(60);
/// Before a meeting, the group is waiting: a sync gives up sooner.
const QUICKLY: Duration = Duration::from_secs(15);

static IN_A_HURRY: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// From now on, give up after a few seconds (a meeting is about to start).
pub fn be_quick() {
    IN_A_HURRY.store(true, std::sync::atomic::Ordering::Relaxed);
}

fn patience() -> Duration {
    if IN_A_HURRY.load(std::sync::atomic::Ordering::Relaxed) {
        QUICKLY
    } else {
        GIVE_UP_AFTER
    }
}

/// What git printed, when it succeeded.
pub struct Said {
    pub stdout: String,
}

/// Run `git ARGS` in `dir`. The group's commits are made as the person's git
/// identity when they have one, else as "circle".
pub fn git(dir: &Path, args: &[&str]) -> Result<Said, CliError> {
    let mut cmd = Command::new("git");
    cmd.current_dir(dir)
        .args(identity(dir))
        .args(args)
        .env("GIT_TERMINAL_PROMPT", "0")
        .env("GIT_ASKPASS", "true")
        .env("LC_ALL", "C")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let child = cmd
        .spawn()
        .map_err(|e| CliError::BadInput(crate::t!("cmd-git-missing", error = e.to_string())))?;
    let out = wait_with_timeout(child)?;
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    if out.status.success() {
        Ok(Said { stdout })
    } else {
        // git's lines, joined into one message (a terminal shows no line break
        // from inside a message: they would read as "␊").
        let stderr = String::from_utf8_lossy(&out.stderr);
        let said: Vec<&str> = stderr.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
        Err(CliError::BadInput(crate::t!(
            "cmd-git-failed",
            command = format!("git {}", args.join(" ")),
            said = crate::safe_text::clipped(&said.join(" · "), 600)
        )))
    }
}

fn identity(dir: &Path) -> Vec<String> {
    let known = Command::new("git")
        .current_dir(dir)
        .args(["config", "user.email"])
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .output()
        .is_ok_and(|o| o.status.success() && !o.stdout.trim_ascii().is_empty());
    if known {
        Vec::new()
    } else {
        ["-c", "user.name=circle", "-c", "user.email=circle@localhost"]
            .map(String::from)
            .to_vec()
    }
}

fn wait_with_timeout(mut child: std::process::Child) -> Result<std::process::Output, CliError> {
    let start = Instant::now();
    loop {
        match child.try_wait() {
            Ok(Some(_)) => return child.wait_with_output().map_err(CliError::from),
            Ok(None) if start.elapsed() < patience() => std::thread::sleep(Duration::from_millis(20)),
            Ok(None) => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(CliError::BadInput(crate::t!(
                    "cmd-git-timeout",
                    secs = patience().as_secs()
                )));
            }
            Err(e) => return Err(e.into()),
        }
    }
}
